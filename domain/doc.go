// Package domain holds the typed records of the cleaner-production audit regime that every
// stage of the portal shares: cities, industries, enterprises, audit lists (batches), emission
// disclosures, audit events, medium/high-cost options, consulting agencies, the holiday
// calendar and case studies, plus the civil Date type, the credit-code check of GB 32100-2015,
// the enterprise identifiers (credit code, organisation code of GB 11714-1997, the portal's
// local id; see ids.go) and the Problem type that carries a file:line:column position and a
// severity (an error, or a warning for what a published notice leaves open) for reports.
//
// In: nothing but the standard library. Out: types and pure helpers; no I/O happens here.
package domain
