// Command indexonly runs the build's indexer alone (search/index.Build: the same page reader
// and index writer the build feeds page by page while it renders) on a rendered site, so that
// the benchmark can time it the same way as Pagefind on the same pages.
//
// In: the rendered site folder and the index folder to write (arguments). Out: the index, and
// the indexer's one-line summary (documents, text, index size, duration) on stdout.
package main
