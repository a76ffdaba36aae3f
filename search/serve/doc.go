// Package serve is the portal's HTTP server: the static site, the search API and the
// server-rendered results page, with the net/http standard library only.
//
// In: the rendered site folder and the index folder built from it (package index), and a
// Config whose zero value works. Out: an http.Handler and a server with timeouts, limits,
// graceful shutdown and index reloading.
//
// Routes:
//
//   - GET /api/search?q=&type=&city=&industry=&level=&year=&reason=&overdue=&page=&size=
//     answers {query, total, took_ms, page, size, hits: [{url, title, type, snippet, fields}],
//     facets: {name: [{value, count}]}}. snippet is HTML whose only markup is <mark>. Facet
//     parameters may repeat (alternatives). Errors share one shape, {error: {code, message}}:
//     400 for invalid parameters (size over 50, a page beyond the first 1,000 results, unknown
//     filter values, invalid UTF-8), 405 for methods other than GET and HEAD, 413 for a query
//     over 200 characters or a query string over MaxURLBytes, 503 (with Retry-After) when no
//     index is open, the search is saturated (MaxConcurrent, QueueWait) or over its time
//     budget (SearchTimeout).
//   - GET /search?q=… fills the data-search-slot element of the site's /search/index.html with
//     escaped results, facet links and paging, and puts the query into its name="q" inputs;
//     without q or filters the page is served as it is. It works without JavaScript. Its
//     words (headings, facet labels, badges, and on /en/search the English names of cities,
//     industries and counties) are the build's search/words.json beside each language's
//     search page (contract.Words, made from the theme's i18n files), read with the page.
//   - GET /healthz reports whether search is available and how many documents it holds.
//   - Everything else is a file of the site, read through an os.Root so that nothing outside
//     the folder is reachable (.., encoded slashes, symbolic links); hidden files are not
//     served, directories serve their index.html and are never listed, and missing files get
//     the site's 404.html with status 404. Responses carry a content type from a fixed table,
//     ETag and Last-Modified (304 on revalidation), and Cache-Control.
//
// Every response carries a Content-Security-Policy that allows only the site's own scripts,
// styles and images (no inline script, no framing), X-Content-Type-Options: nosniff and a
// Referrer-Policy.
//
// Connections: at most MaxConnections are open at once (more wait in the listen backlog); a
// client that has not sent its request headers within ReadHeaderTimeout is disconnected, so
// slow clients (slowloris) cannot hold the server; reads, writes and idle keep-alive
// connections have their own timeouts, and request headers are limited to MaxHeaderBytes.
//
// Reload reopens the index and rereads the search pages and words (after a rebuild; the
// command line calls it on SIGHUP) and swaps
// it in without failing requests in flight: searches hold the index they started with, and
// the old index is closed once they are done. A missing or broken index never stops the
// server: the site is served, searches answer 503, the reason is logged, and a later Reload
// picks up a good index.
package serve
