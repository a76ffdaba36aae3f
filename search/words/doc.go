// Package words makes the search's words (contract.Words) of a language from the theme's
// i18n files, the only home of interface words, and the English names of published values:
// the build writes them beside each language's search page for the server and search.js.
//
// In: a language and English names. Out: contract.Words.
package words
