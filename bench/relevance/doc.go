// Command relevance scores search engines on the relevance table
// (search/relevance/testdata/relevance.tsv) over the same rendered pages, for the benchmark.
//
// In: a search index built by the portal (--index) and the table (--table); optionally a
// Pagefind bundle built from the same site (--pagefind) and the Node script that queries it
// headless (--node-script). Out: one line per engine on stdout,
//
//	engine<TAB>precision@5<TAB>first-hit-right<TAB>queries
//
// and, with --v, the per-query report on stderr. Precision@5 of a query is the share of its
// first five hits that are relevant, out of min(5, relevant pages): the recall of the first
// five. Every hit is judged by the portal index's stored copy of the same page, so both engines
// are held to one judgement.
package main
