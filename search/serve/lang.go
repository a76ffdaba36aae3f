package serve

import "fmt"

// resultLang is a language of the results page: where its page lives in the site, the prefix
// of its links, and its words. Record values (names, cities, snippets) stay as published.
type resultLang struct {
	code   string // zh or en
	prefix string // prepended to site paths: "" or "/en"
	file   string // the site's rendered search page for this language
	words  words
}

// words are the results page's interface text in one language.
type words struct {
	Filters, RemoveFilter, FacetsLabel, None, PagesLabel, Prev, Next string

	colon   string
	facets  map[string]string
	values  map[string]map[string]string
	heading func(query string, total uint64) string
}

var resultLangs = []*resultLang{
	{code: "zh", prefix: "", file: "search/index.html", words: words{
		Filters: "筛选：", RemoveFilter: "取消筛选", FacetsLabel: "筛选结果", PagesLabel: "分页",
		None: "没有找到结果。请换一个词，或减少筛选条件。", Prev: "上一页", Next: "下一页", colon: "：",
		facets: map[string]string{"type": "类型", "city": "城市", "county": "区县", "industry": "行业", "level": "监管级别", "status": "当前状况",
			"year": "年份", "reason": "当初列入名单的原因", "overdue": "逾期情况"},
		values: map[string]map[string]string{
			"type":    {"enterprise": "企业", "batch": "名单", "case": "案例", "city": "城市", "industry": "行业", "agency": "咨询机构", "page": "页面"},
			"overdue": {"true": "有逾期步骤", "false": "无逾期步骤"},
			"status":  {"overdue": "有逾期步骤", "exceeding": "最近一年超标或超总量", "undisclosed": "最近一年有未公开项", "rectification": "整改未完成"},
		},
		heading: func(q string, total uint64) string {
			if q == "" {
				return fmt.Sprintf("共 %d 条结果", total)
			}
			return fmt.Sprintf("“%s”：共 %d 条结果", q, total)
		},
	}},
	{code: "en", prefix: "/en", file: "en/search/index.html", words: words{
		Filters: "Filters: ", RemoveFilter: "Remove filter", FacetsLabel: "Filter results", PagesLabel: "Pages",
		None: "Nothing found. Try another word, or fewer filters.", Prev: "Previous", Next: "Next", colon: ": ",
		facets: map[string]string{"type": "Type", "city": "City", "county": "County or district", "industry": "Industry", "level": "Control level",
			"status": "Current standing", "year": "Year", "reason": "Why it was listed (at the time)", "overdue": "Overdue"},
		values: map[string]map[string]string{
			"type":    {"enterprise": "Enterprise", "batch": "List", "case": "Case study", "city": "City", "industry": "Industry", "agency": "Consulting agency", "page": "Page"},
			"overdue": {"true": "Has overdue steps", "false": "No overdue steps"},
			"status":  {"overdue": "Has overdue steps", "exceeding": "Over a limit or quota in the latest year", "undisclosed": "Items not disclosed in the latest year", "rectification": "Rectification order open"},
			"level":   {"国控": "State-monitored (国控)", "省控": "Province-monitored (省控)", "市控": "City-monitored (市控)"},
		},
		heading: func(q string, total uint64) string {
			noun := "results"
			if total == 1 {
				noun = "result"
			}
			if q == "" {
				return fmt.Sprintf("%d %s", total, noun)
			}
			return fmt.Sprintf("%d %s for “%s”", total, noun, q)
		},
	}},
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
