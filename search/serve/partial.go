package serve

import (
	"strings"

	"cpportal/search/contract"
	"cpportal/search/index"
)

// What the results page says when no document holds every word of the query (see
// index.Result.Partial), in each results language.
type fallbackText struct {
	partial  string // the notice above partial results
	notFound string // before the words no document holds
	missing  string // before the words a partial hit lacks
	suggest  string // before the suggestion ("did you mean")
	quote    func(words []string) string
}

var fallbackTexts = map[string]fallbackText{
	"zh": {
		partial:  "没有同时包含全部词语的结果。以下结果包含其中部分词语，包含词语多的排在前面。",
		notFound: "没有找到：",
		missing:  "缺少：",
		suggest:  "您是不是要找：",
		quote:    func(ws []string) string { return "“" + strings.Join(ws, "”“") + "”" },
	},
	"en": {
		partial:  "No result holds every word. These results hold some of them, those holding more first.",
		notFound: "Not found: ",
		missing:  "Missing: ",
		suggest:  "Did you mean: ",
		quote:    func(ws []string) string { return "“" + strings.Join(ws, "”, “") + "”" },
	},
}

// fallbackView is what the results page shows of a partial result.
type fallbackView struct {
	Notice   string // the results hold only some of the words
	NotFound string // the words no document holds
	// Suggest is the corrected query ("did you mean"), SuggestURL its results with the same
	// filters, SuggestLabel the words before it.
	Suggest, SuggestURL, SuggestLabel string
	SuggestLang                       string // the language of the words suggested: the pages'
}

func textsOf(p params) fallbackText {
	if p.lang != nil {
		if t, ok := fallbackTexts[p.lang.code]; ok {
			return t
		}
	}
	return fallbackTexts["zh"]
}

func fallbackOf(p params, res index.Result) fallbackView {
	t := textsOf(p)
	var v fallbackView
	if res.Partial {
		v.Notice = t.partial
	}
	if len(res.Unmatched) > 0 && len(res.Matched)+len(res.Unmatched) > 1 {
		v.NotFound = t.notFound + t.quote(res.Unmatched)
	}
	if res.Suggestion != "" {
		q := p
		q.Query = res.Suggestion
		v.Suggest, v.SuggestURL, v.SuggestLabel = res.Suggestion, q.url(1), t.suggest
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
	t := textsOf(p)
	return t.missing + t.quote(lacks)
}
