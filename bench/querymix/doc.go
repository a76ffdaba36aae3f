// Command querymix writes the realistic search requests the benchmark sends to the search
// server, drawn with a fixed seed from the source data so that every run sends the same mix.
//
// In: a source folder (--source, holding data/enterprises.csv, cities.csv and industries.csv).
// Out: --n request paths on stdout, one a line, each /api/search?… with its parameters
// URL-encoded. The mix is what readers do: frequent words (30%), parts of enterprise names
// (25%), credit codes (15%), words with facet filters (20%) and deep result pages (10%).
package main
