package serve

import (
	"bytes"
	"html/template"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"cpportal/search/contract"
	"cpportal/search/index"
)

// searchPage is the site's rendered /search/index.html cut into pieces: the text before the
// result slot, after it, and the search inputs (name="q") whose value is filled with the query.
type searchPage struct {
	parts []pagePart
	words *contract.Words // the language's words, read from the site with the page
}

type pagePart struct {
	text  []byte
	input *html.Token // an <input name="q"> to write with the query as its value
	langs *html.Token // a language-switch link (<a hreflang>) to write with the query kept
	slot  bool        // where the results go
}

// fallbackPage is used when the site has no search page: plain, but in the same shape.
const fallbackPage = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>搜索</title></head>` +
	`<body><main><h1>搜索</h1><form action="/search" method="get" role="search"><label for="q">关键词</label> <input id="q" name="q" type="search"> <button type="submit">搜索</button></form>` +
	`<div id="search-results" ` + contract.AttrSlot + `></div></main></body></html>`

// loadSearchPages reads the search page of every results language. A language whose page
// the site lacks uses the Chinese one.
func loadSearchPages(root *os.Root, lg *log.Logger) map[string]*searchPage {
	pages := map[string]*searchPage{}
	for _, l := range resultLangs {
		words := loadWords(root, l, lg)
		if l.code == contract.LangZh {
			pages[l.code] = loadSearchPage(root, l.file, lg)
			pages[l.code].words = orEmpty(words)
			continue
		}
		if raw, err := readFile(root, l.file); err == nil {
			if p, ok := parseSearchPage(raw); ok {
				p.words = orEmpty(words)
				pages[l.code] = p
				continue
			}
		}
		fallback := *pages[contract.LangZh]
		if words != nil {
			fallback.words = words
		}
		pages[l.code] = &fallback
	}
	return pages
}

func loadSearchPage(root *os.Root, file string, lg *log.Logger) *searchPage {
	raw, err := readFile(root, file)
	if err != nil {
		lg.Printf("no search page in the site (%v); using a plain one", err)
		raw = []byte(fallbackPage)
	}
	p, ok := parseSearchPage(raw)
	if !ok {
		lg.Printf("search/index.html has no element with %s; using a plain page", contract.AttrSlot)
		p, _ = parseSearchPage([]byte(fallbackPage))
	}
	return p
}

func readFile(root *os.Root, name string) ([]byte, error) {
	if root == nil {
		return nil, os.ErrNotExist
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 4<<20))
}

// parseSearchPage finds the slot element (its content is replaced) and the q inputs.
func parseSearchPage(raw []byte) (*searchPage, bool) {
	z := html.NewTokenizer(bytes.NewReader(raw))
	p := &searchPage{}
	var lit bytes.Buffer
	depth, slotFound := 0, false
	inSlot := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		rawTok := bytes.Clone(z.Raw()) // Token() may overwrite what Raw returns
		tok := z.Token()
		if inSlot {
			switch tt {
			case html.StartTagToken:
				if !voidElement(tok.Data) {
					depth++
				}
				continue
			case html.EndTagToken:
				if depth > 0 {
					depth--
					continue
				}
				inSlot = false
				p.parts = append(p.parts, pagePart{slot: true})
				lit.Write(rawTok)
			}
			continue
		}
		if (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && tok.Data == "input" && attr(tok, "name") == "q" {
			p.parts = append(p.parts, pagePart{text: bytes.Clone(lit.Bytes())})
			lit.Reset()
			t := tok
			p.parts = append(p.parts, pagePart{input: &t})
			continue
		}
		if tt == html.StartTagToken && tok.Data == "a" && hasAttr(tok, "hreflang") && isSearchPath(attr(tok, "href")) {
			p.parts = append(p.parts, pagePart{text: bytes.Clone(lit.Bytes())})
			lit.Reset()
			t := tok
			p.parts = append(p.parts, pagePart{langs: &t})
			continue
		}
		lit.Write(rawTok)
		if tt == html.StartTagToken && !slotFound && hasAttr(tok, contract.AttrSlot) {
			slotFound, inSlot, depth = true, true, 0
			p.parts = append(p.parts, pagePart{text: bytes.Clone(lit.Bytes())})
			lit.Reset()
			if voidElement(tok.Data) {
				return nil, false
			}
		}
	}
	p.parts = append(p.parts, pagePart{text: bytes.Clone(lit.Bytes())})
	return p, slotFound && !inSlot
}

func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

func attr(t html.Token, name string) string {
	for _, a := range t.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasAttr(t html.Token, name string) bool {
	for _, a := range t.Attr {
		if a.Key == name {
			return true
		}
	}
	return false
}

// isSearchPath reports whether href is a search page of some language (/search/, /en/search/),
// whose language-switch link should keep the reader's query.
func isSearchPath(href string) bool { return langOfPath(strings.TrimSuffix(href, "?")) != nil }

// write writes the page with q in its inputs, results (already safe HTML) in the slot, and the
// query string (q, filters, page) on the links to the other languages' results.
func (p *searchPage) write(w io.Writer, q string, results []byte, query string) {
	for _, part := range p.parts {
		switch {
		case part.slot:
			w.Write(results)
		case part.langs != nil:
			t := *part.langs
			attrs := make([]html.Attribute, 0, len(t.Attr))
			for _, a := range t.Attr {
				if a.Key == "href" && query != "" {
					// The results live at /search?… (no slash), as the page's own links write them.
					a.Val = strings.TrimSuffix(a.Val, "/") + "?" + query
				}
				attrs = append(attrs, a)
			}
			t.Attr = attrs
			io.WriteString(w, t.String()) // escapes the attributes
		case part.input != nil:
			t := *part.input
			attrs := make([]html.Attribute, 0, len(t.Attr)+1)
			for _, a := range t.Attr {
				if a.Key != "value" {
					attrs = append(attrs, a)
				}
			}
			t.Attr = append(attrs, html.Attribute{Key: "value", Val: q})
			io.WriteString(w, t.String()) // escapes the value
		default:
			w.Write(part.text)
		}
	}
}

func (s *Server) handleResults(w http.ResponseWriter, r *http.Request) {
	lang := langOfPath(r.URL.Path)
	if lang == nil {
		s.handleStatic(w, r)
		return
	}
	if !allowMethods(w, r) {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	g := s.acquire()
	page := g.pages[lang.code]
	g.release()

	status := http.StatusOK
	var body bytes.Buffer
	p, perr := s.parseParams(r)
	p.lang, p.words = lang, page.words
	switch {
	case perr != nil:
		status = perr.Status
		renderMessage(&body, perr.Message)
	case p.empty():
		// The search page as it is.
	default:
		res, err := s.search(r.Context(), p)
		if err != nil {
			status = err.Status
			if status == http.StatusServiceUnavailable {
				w.Header().Set("Retry-After", retryAfter)
			}
			renderMessage(&body, err.Message)
		} else if err := resultsTemplate.Execute(&body, newResultsView(p, res)); err != nil {
			s.log.Printf("rendering results: %v", err)
			status = http.StatusServiceUnavailable
			body.Reset()
			renderMessage(&body, "the results could not be shown")
		}
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		query := ""
		if perr == nil && !p.empty() {
			query = p.queryString(p.Page)
		}
		page.write(w, p.Query, body.Bytes(), query)
	}
}

func renderMessage(w io.Writer, msg string) {
	io.WriteString(w, `<p class="search-message" role="alert">`+template.HTMLEscapeString(msg)+`</p>`)
}

// orEmpty stands in no words for missing ones: values are then shown as they are.
func orEmpty(w *contract.Words) *contract.Words {
	if w == nil {
		return &contract.Words{}
	}
	return w
}

type resultsView struct {
	W       *pageWords
	Heading string
	Query   string
	Total   uint64
	From    int
	Hits    []hitView
	Facets  []facetView
	Active  []linkView // filters in force, each a link removing it
	Prev    string
	Next    string
	Pages   []pageLink
	Summary string

	Fallback fallbackView // partial results, words not found
}

type hitView struct {
	URL     string
	Lang    string // the page's language, for the lang attribute of its title and text
	Title   string
	Type    string
	Snippet template.HTML // built by the index: escaped text and <mark> only
	Meta    string
	Badges  []badgeView // an enterprise's current standing
	Missing string      // the query's words a partial hit lacks
}

// badgeView is one status badge of a hit: a symbol and words, as the site's lists show them.
type badgeView struct{ Class, Symbol, Label string }

// badges returns the status badges of an enterprise hit, in the order of its stored values.
func badges(w *contract.Words, h index.Hit) []badgeView {
	var out []badgeView
	for _, s := range h.Fields.Status {
		if b, ok := w.Badges[s]; ok {
			out = append(out, badgeView{Class: b.Class, Symbol: b.Symbol, Label: b.Label})
		}
	}
	return out
}

type facetView struct {
	Label  string
	Values []linkView
}

type linkView struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

type pageLink struct {
	Number  int
	URL     string
	Current bool
}

func newResultsView(p params, res index.Result) resultsView {
	w := orEmpty(p.words)
	v := resultsView{W: pageWordsOf(w), Heading: heading(w, p.Query, res.Total), Query: p.Query, Total: res.Total, From: (p.Page-1)*p.Size + 1}
	v.Fallback = fallbackOf(p, res)
	for _, h := range res.Hits {
		var meta []string
		meta = append(meta, h.Fields.City...)
		meta = append(meta, h.Fields.County...)
		meta = append(meta, h.Fields.Industry...)
		meta = append(meta, h.Fields.Level...)
		hitLang := "zh-CN"
		if h.Fields.Lang == contract.LangEn {
			hitLang = "en"
		}
		// A page's URL is its own language's (/en/… for English): the search keeps to one.
		v.Hits = append(v.Hits, hitView{URL: safeURL(h.URL), Lang: hitLang, Title: h.Title, Type: w.Label(contract.FacetType, h.Type),
			Snippet: template.HTML(h.Snippet), Meta: strings.Join(meta, " · "), Badges: badges(w, h), Missing: missingOf(p, res, h)})
	}
	for _, f := range res.Facets {
		fv := facetView{Label: w.Facets[f.Name]}
		for _, val := range f.Values {
			active := contains(p.Filters[f.Name], val.Value)
			fv.Values = append(fv.Values, linkView{Label: w.Label(f.Name, val.Value), Count: val.Count,
				URL: p.toggle(f.Name, val.Value).url(1), Active: active})
		}
		v.Facets = append(v.Facets, fv)
	}
	for _, name := range contract.Facets {
		for _, val := range p.Filters[name] {
			v.Active = append(v.Active, linkView{Label: w.Facets[name] + w.Text["colon"] + w.Label(name, val), URL: p.toggle(name, val).url(1), Active: true})
		}
	}
	pages := int((res.Total + uint64(p.Size) - 1) / uint64(p.Size))
	pages = min(pages, index.MaxWindow/p.Size)
	if p.Page > 1 {
		v.Prev = p.url(p.Page - 1)
	}
	if p.Page < pages {
		v.Next = p.url(p.Page + 1)
	}
	for n := max(1, p.Page-4); n <= min(pages, p.Page+4); n++ {
		v.Pages = append(v.Pages, pageLink{Number: n, URL: p.url(n), Current: n == p.Page})
	}
	return v
}

// safeURL keeps only site-relative paths for links to hits.
func safeURL(u string) string {
	if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") && !strings.ContainsAny(u, "\\\x00") {
		return u
	}
	return "/"
}

// toggle returns the parameters with the filter value added, or removed if present.
func (p params) toggle(name, value string) params {
	q := params{Query: p.Query, Size: p.Size, Page: 1, Filters: map[string][]string{}, Lang: p.Lang, lang: p.lang, words: p.words}
	for k, vs := range p.Filters {
		q.Filters[k] = append([]string(nil), vs...)
	}
	if contains(q.Filters[name], value) {
		var keep []string
		for _, x := range q.Filters[name] {
			if x != value {
				keep = append(keep, x)
			}
		}
		q.Filters[name] = keep
	} else {
		q.Filters[name] = append(q.Filters[name], value)
	}
	return q
}

// url is the results page for these parameters at the given page.
func (p params) url(page int) string {
	prefix := ""
	if p.lang != nil {
		prefix = p.lang.prefix
	}
	return prefix + "/search?" + p.queryString(page)
}

// queryString encodes the query, the filters and the page, as the results page reads them.
func (p params) queryString(page int) string {
	v := url.Values{}
	if p.Query != "" {
		v.Set("q", p.Query)
	}
	for _, name := range contract.Facets {
		for _, x := range p.Filters[name] {
			v.Add(name, x)
		}
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if p.Size != index.DefaultSize {
		v.Set("size", strconv.Itoa(p.Size))
	}
	return v.Encode()
}

var resultsTemplate = template.Must(template.New("results").Parse(`<section class="search-results" aria-labelledby="search-results-heading">
<div role="status"><h2 id="search-results-heading">{{.Heading}}</h2>
{{- with .Fallback.Notice}}<p class="search-partial">{{.}}</p>{{end}}
{{- with .Fallback.NotFound}}<p class="search-not-found">{{.}}</p>{{end}}
{{- with .Fallback.SuggestURL}}<p class="search-suggest">{{$.Fallback.SuggestLabel}}<a href="{{.}}" lang="{{$.Fallback.SuggestLang}}">{{$.Fallback.Suggest}}</a></p>{{end}}</div>
{{- if .Active}}
<p class="search-active">{{.W.Filters}}{{range .Active}}<a href="{{.URL}}" class="search-filter" aria-label="{{$.W.RemoveFilter}} {{.Label}}">{{.Label}} ×</a> {{end}}</p>
{{- end}}
<div class="search-layout">
{{- if .Hits}}
<ol class="search-hits" start="{{.From}}">
{{- range .Hits}}
<li><p class="search-hit-title"><a href="{{.URL}}" lang="{{.Lang}}">{{.Title}}</a> <span class="search-hit-type">{{.Type}}</span></p>
{{- if .Meta}}<p class="search-hit-meta" lang="zh-CN">{{.Meta}}</p>{{end}}
{{- if .Badges}}<p class="row-badges">{{range .Badges}}<span class="badge {{.Class}}"><span aria-hidden="true">{{.Symbol}}</span>{{.Label}}</span>{{end}}</p>{{end}}
<p class="search-hit-snippet" lang="{{.Lang}}">{{.Snippet}}</p>
{{- if .Missing}}<p class="search-hit-missing">{{.Missing}}</p>{{end}}</li>
{{- end}}
</ol>
{{- else}}
<p class="search-none">{{.W.None}}</p>
{{- end}}
{{- if .Facets}}
<nav class="search-facets" aria-label="{{.W.FacetsLabel}}">
{{- range .Facets}}
<section><h3>{{.Label}}</h3><ul>
{{- range .Values}}<li><a href="{{.URL}}"{{if .Active}} aria-current="true" class="active"{{end}}>{{.Label}}</a> <span class="count">{{.Count}}</span></li>{{end}}
</ul></section>
{{- end}}
</nav>
{{- end}}
</div>
{{- if or .Prev .Next}}
<nav class="search-pages" aria-label="{{.W.PagesLabel}}"><ul>
{{- if .Prev}}<li><a href="{{.Prev}}" rel="prev">{{.W.Prev}}</a></li>{{end}}
{{- range .Pages}}<li>{{if .Current}}<span aria-current="page">{{.Number}}</span>{{else}}<a href="{{.URL}}">{{.Number}}</a>{{end}}</li>{{end}}
{{- if .Next}}<li><a href="{{.Next}}" rel="next">{{.W.Next}}</a></li>{{end}}
</ul></nav>
{{- end}}
</section>`))
