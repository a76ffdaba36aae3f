// Command indexonly runs the build's index phase alone (search/index.Build) on a rendered
// site, so that the benchmark can time it the same way as Pagefind on the same pages.
//
// In: the rendered site folder and the index folder to write (arguments). Out: the index, and
// the phase's one-line summary (documents, text, index size, duration) on stdout.
package main
