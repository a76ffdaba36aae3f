package serve

import (
	"strings"

	"cpportal/search/contract"
	"cpportal/search/index"
)

// fallbackView is what the results page shows of a partial result.
type fallbackView struct {
	Notice   string // the results hold only some of the words
	NotFound string // the words no document holds
	// Suggest is the corrected query ("did you mean"), SuggestURL its results with the same
	// filters, SuggestLabel the words before it.
	Suggest, SuggestURL, SuggestLabel string
	SuggestLang                       string // the language of the words suggested: the pages'
}

// quote quotes the words a partial result lacks or no document holds, as the language does.
func quote(w *contract.Words, words []string) string {
	return w.Text["quote_open"] + strings.Join(words, w.Text["quote_sep"]) + w.Text["quote_close"]
}

func fallbackOf(p params, res index.Result) fallbackView {
	w := orEmpty(p.words)
	var v fallbackView
	if res.Partial {
		v.Notice = w.Text["partial"]
	}
	if len(res.Unmatched) > 0 && len(res.Matched)+len(res.Unmatched) > 1 {
		v.NotFound = w.Text["not_found"] + quote(w, res.Unmatched)
	}
	if res.Suggestion != "" {
		q := p
		q.Query = res.Suggestion
		v.Suggest, v.SuggestURL, v.SuggestLabel = res.Suggestion, q.url(1), w.Text["suggest"]
		v.SuggestLang = "zh-CN"
		if p.request().Lang == contract.LangEn {
			v.SuggestLang = "en"
		}
	}
	return v
}

// missingOf says which of the query's words a partial hit lacks; "" for a full result.
func missingOf(p params, res index.Result, h index.Hit) string {
	if !res.Partial {
		return ""
	}
	var lacks []string
	for _, w := range res.Matched {
		if !contains(h.Matched, w) {
			lacks = append(lacks, w)
		}
	}
	lacks = append(lacks, res.Unmatched...)
	if len(lacks) == 0 {
		return ""
	}
	w := orEmpty(p.words)
	return w.Text["missing"] + quote(w, lacks)
}
