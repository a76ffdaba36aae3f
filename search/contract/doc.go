// Package contract names the search contract between the pages the portal builds and the
// search that reads them: the data-search-* attributes a page carries, the facets, the
// document types and statuses, the languages and the fields of an indexed document. The
// site generator, the index and the server spell these names only through this package;
// the theme's templates and scripts read them from data the build writes (Theme, written as
// the Hugo data file data/search.json), so a new facet is added here and nowhere else by
// name.
//
// # The markup contract (what the theme marks, what the index reads)
//
// A page is indexed only if exactly one element carries data-search-body (usually <main> or
// the page's <article>); pages without it (404, the search page, feeds) are skipped, and a
// page with two is an error. On that element:
//
//   - data-search-type: one of Types (default page)
//   - data-search-title: the title shown in results (default: the first <h1>, then <title>)
//   - data-search-id: the record key (credit code, batch id, case slug, city or industry
//     code); a query equal to it, in any case or width, puts the record first
//   - data-search-lang: zh (also when absent) or en; anything else is an error
//   - facets, several values separated by "|", omitted when they do not apply:
//     data-search-city (佛山市), data-search-county (顺德区), data-search-industry,
//     data-search-level (国控|省控|市控), data-search-year (2009|2012),
//     data-search-reason (超标排放|涉重金属), data-search-overdue (true or false) and
//     data-search-status (Statuses that apply now), the last three on enterprises only
//
// Descendants carrying data-search-ignore or hidden, and script, style, template, noscript,
// iframe and object elements, are skipped; navigation, header and footer sit outside the body
// and are never indexed. A document's URL is its file's path: enterprises/X/index.html →
// /enterprises/X/. The results page of the site (search/index.html) marks where the server
// puts the results with data-search-slot.
//
// In: nothing. Out: names; Theme and Words, the shapes of what the build writes for the theme,
// the server and the scripts.
package contract
