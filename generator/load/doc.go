// Package load reads a source folder (the site root holding data/ and content/) into typed
// records.
//
// In: an fs.FS rooted at the source folder, holding data/site.yaml, data/cities.csv,
// data/industries.csv, data/enterprises.csv, data/lists/<id>.yaml with data/lists/<id>.csv,
// data/disclosures.csv, data/audits.csv, data/options.csv, data/agencies.csv, an optional
// data/calendar.csv and the case studies content/cases/*.md (see data/README.md).
//
// Out: a *domain.Dataset whose every record carries its source position, and the problems
// found in the files themselves: encoding, headers, field counts, syntax of every field (dates,
// numbers, enums, required values), strict YAML keys, case-study front matter, sections and
// links. Each problem is positioned as file:line:column relative to the source folder, the
// column counted in characters. Loading goes on past a bad row or file so that one run reports
// everything; cross-record checks (credit codes, references, duplicates, order of events) are
// left to package validate.
package load
