package serve

import (
	"encoding/json"
	"log"
	"os"
	"strings"

	"cpportal/search/contract"
)

// resultLang is a language of the results page: where its page and words live in the site,
// and the prefix of its links. Its words (contract.Words) are read from the site with its
// search page, so a rebuild that changes them is served after the next reload.
type resultLang struct {
	code   string // zh or en
	prefix string // prepended to site paths: "" or "/en"
	file   string // the site's rendered search page for this language
}

var resultLangs = []*resultLang{
	{code: contract.LangZh, prefix: "", file: "search/index.html"},
	{code: contract.LangEn, prefix: "/en", file: "en/search/index.html"},
}

// wordsFile is the language's contract.Words in the site.
func (l *resultLang) wordsFile() string {
	return strings.TrimPrefix(l.prefix+"/", "/") + contract.WordsFile
}

// langOfPath returns the results language served at path, or nil when path is not a results
// page (/search, /search/, /en/search, /en/search/).
func langOfPath(path string) *resultLang {
	for _, l := range resultLangs {
		base := l.prefix + "/search"
		if path == base || path == base+"/" {
			return l
		}
	}
	return nil
}

// loadWords reads the words of a results language from the site; nil when the site has none
// (a site built before they were written), after logging why.
func loadWords(root *os.Root, l *resultLang, lg *log.Logger) *contract.Words {
	raw, err := readFile(root, l.wordsFile())
	if err != nil {
		lg.Printf("no search words for %s in the site (%v)", l.code, err)
		return nil
	}
	var w contract.Words
	if err := json.Unmarshal(raw, &w); err != nil {
		lg.Printf("search words %s: %v", l.wordsFile(), err)
		return nil
	}
	return &w
}

// pageWords are the words of the results page's own markup.
type pageWords struct {
	Filters, RemoveFilter, FacetsLabel, None, PagesLabel, Prev, Next string
}

func pageWordsOf(w *contract.Words) *pageWords {
	t := w.Text
	return &pageWords{Filters: t["filters"], RemoveFilter: t["remove_filter"], FacetsLabel: t["facets_label"],
		None: t["none"], PagesLabel: t["pages_label"], Prev: t["prev"], Next: t["next"]}
}

// heading is the results' heading: how many, and for what.
func heading(w *contract.Words, q string, total uint64) string {
	if q == "" {
		return w.Say("heading", int(total))
	}
	return w.Say("heading_query", int(total), "query", q)
}
