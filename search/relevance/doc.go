// Package relevance judges a search against a relevance table: for each query, whether the
// first hit is right and the precision of the first five (format in relevance.go). It is a
// tool for tests and benchmarks (search/index's analysis tests, the bundled sample's build
// test, bench/relevance comparing engines) and is never linked into the server.
//
// In: a table, the documents of the pages searched, and a ranker. Out: a Report.
package relevance
