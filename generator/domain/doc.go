// Package domain holds the typed records of the cleaner-production audit regime that every
// stage of the portal shares: cities, industries, enterprises, audit lists (batches), emission
// disclosures, audit events, medium/high-cost options, consulting agencies, the holiday
// calendar and case studies, plus the civil Date type, the credit-code check of GB 32100-2015
// and the Problem type that carries a file:line:column position for error reports.
//
// In: nothing but the standard library. Out: types and pure helpers; no I/O happens here.
package domain
