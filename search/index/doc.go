// Package index builds and searches the full-text index of the rendered portal.
//
// In: rendered HTML pages, either a whole site folder (Build) or one page at a time while the
// site renders (Writer). Out: a bleve index in its own folder beside the site (never inside
// it), opened read-only by the search server.
//
// # The markup contract
//
// What a page must carry to be indexed (data-search-body, its type, title, record key,
// language and facets) is defined in search/contract. A line break is inserted after every
// block element and table cell so that text of adjacent blocks never forms false bigrams.
//
// # Analysis, chosen by measurement
//
// Title and body are indexed twice: with bleve's cjk analyzer (Unicode words, full-width to
// half-width, lower case, bigrams of adjacent ideographs) and with unigrams. Queries are
// phrase matches on the bigram fields, so any two or more consecutive characters of a name
// find it (千百丽); an ideograph standing alone (镍) is looked up in the unigram fields. The
// record key is a keyword field with a strong boost; enterprise titles (registered names)
// weigh extra; pollutant names expand to their aliases (化学需氧量 = COD = CODcr) from
// domain.Pollutants. TestAnalysisChoice measures each part against search/relevance/testdata/relevance.tsv;
// on the fixture site: bigrams only 0.963 precision@5, unigrams only 0.356, without aliases
// 0.929, without partial matches 0.929, without suggestions 0.912, full analysis 0.997 (59
// queries, 10 of them English, first hit right in all; 0.996 over the 49 Chinese queries
// before English pages were indexed).
//
// English pages (data-search-lang="en") are indexed in fields of their own (title_en,
// body_en) with bleve's English analyzer (stop words, Porter stemming: dyeing finds dye);
// Chinese names on them become one term per ideograph, found as phrases. Every search is of
// one language (Request.Lang, zh by default): a term filter on the lang field keeps its hits,
// facet counts, partial matches and suggestions to the pages of that language, and its
// words are analysed as that language's pages are. English cases in the relevance table
// start with "@en".
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
// The relevance evaluator is a tool of its own (search/relevance), kept out of the server;
// StoredDocuments gives it the documents to judge hits by.
package index
