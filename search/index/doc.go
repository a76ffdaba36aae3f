// Package index builds and searches the full-text index of the rendered portal.
//
// In: rendered HTML pages, either a whole site folder (Build) or one page at a time while the
// site renders (Writer). Out: a bleve index in its own folder beside the site (never inside
// it), opened read-only by the search server.
//
// # The markup contract (what the theme marks, what the index reads)
//
// A page is indexed only if exactly one element carries data-search-body (usually <main> or
// the page's <article>); pages without it (404, the search page, feeds) are skipped, and a
// page with two is an error. On that element:
//
//   - data-search-type: enterprise | batch | case | city | industry | agency | page (default page)
//   - data-search-title: the title shown in results (default: the first <h1>, then <title>)
//   - data-search-id: the record key (credit code, batch id, case slug, city or industry
//     code); a query equal to it, in any case or width, puts the record first
//   - data-search-lang: zh or en
//   - facets, several values separated by "|", omitted when they do not apply:
//     data-search-city (佛山市), data-search-industry, data-search-level (国控|省控|市控),
//     data-search-year (2009|2012), data-search-reason (超标排放|涉重金属),
//     data-search-overdue (true or false, enterprises only)
//
// Descendants carrying data-search-ignore or hidden, and script, style, template, noscript,
// iframe and object elements, are skipped; navigation, header and footer sit outside the body
// and are never indexed. A line break is inserted after every block element and table cell
// so that text of adjacent blocks never forms false bigrams. A document's URL is its file's
// path: enterprises/X/index.html → /enterprises/X/.
//
// # Analysis, chosen by measurement
//
// Title and body are indexed twice: with bleve's cjk analyzer (Unicode words, full-width to
// half-width, lower case, bigrams of adjacent ideographs) and with unigrams. Queries are
// phrase matches on the bigram fields, so any two or more consecutive characters of a name
// find it (千百丽); an ideograph standing alone (镍) is looked up in the unigram fields. The
// record key is a keyword field with a strong boost; enterprise titles (registered names)
// weigh extra; pollutant names expand to their aliases (化学需氧量 = COD = CODcr) from
// domain.Pollutants. TestAnalysisChoice measures each part against testdata/relevance.tsv;
// on the fixture site: bigrams only 0.955 precision@5, unigrams only 0.224, without aliases
// 0.914, without partial matches 0.914, without suggestions 0.914, full analysis 0.996 (49
// queries, first hit right in all).
//
// When no document holds every word, the documents holding the most of them are the answer,
// said to be partial (partial.go); a word found nowhere gets a suggestion of a close word the
// index holds (suggest.go).
//
// What users type never reaches bleve's query-string syntax: ParseQuery splits text into
// words and quoted phrases ("…", “…”, 「…」) and the query is built from match, phrase and
// term queries only. Facet filters are exact term queries that do not change the ranking.
// Hits are ordered by score, then by URL. Snippets are built here from term locations: all
// text escaped, matches in <mark>.
//
// # Building
//
// Pages are read in one pass of the HTML tokenizer (no tree; scan.go), by a pool of workers,
// and written with bleve's offline builder: each batch becomes a segment file and the
// segments are merged into one at the end, which costs less than an online index merging in
// the background and gives the fastest index to search. Build and Writer write the new index
// into a temporary sibling folder and reopen and check it. Writer.Finish leaves it staged
// there, for the site build to publish together with the site (generator/publish);
// Build and Writer.Commit swap it in alone, with the same package. A failed or cancelled build
// leaves the previous index exactly as it was (a staging folder left by a killed build is
// removed by the next one); readers that have the old one open keep using it until they
// reopen.
//
// # Relevance
//
// LoadTable reads a relevance table (format in eval.go) and Evaluate reports precision@5 and
// whether the first hit is right for each query.
package index
