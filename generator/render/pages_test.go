package render

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/generator/generate"
	"cpportal/internal/fixture"
)

// TestBodiesRenderedInGo renders the fixture with a guide page and checks that the bodies
// rendered by package generate reach the pages through the theme: the dossier's timeline and
// charts, the yearly summary's charts, the library and its facet pages, the guide link.
func TestBodiesRenderedInGo(t *testing.T) {
	project := t.TempDir()
	src := fstest.MapFS{
		"content/guides/printing-dyeing.md": {Data: []byte("---\ntitle: 印染行业清洁生产审核要点\n---\n\n印染。\n")},
	}
	if _, err := generate.Write(project, generate.Input{Dataset: fixture.Dataset(), Facts: fixture.Facts(), Source: src}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t: t}}); err != nil {
		t.Fatal(err)
	}
	dossier := read(t, out, "enterprises/"+fixture.Dyeing+"/index.html")
	for _, want := range []string{
		`<span class="badge badge-overdue"><span aria-hidden="true">✖</span>1 项逾期，最长 149 天</span>`,
		`<li class="tl-overdue"><span class="tl-step">提交审核报告</span>`,
		`<li class="tl-rect"><span class="tl-step">责令限期改正</span>`,
		`role="img" aria-labelledby="chart-1-t chart-1-d"`,
		`<path class="pt pt-over" data-year="2009" data-value="150"`,
		`<h2 id="archive">减排核查档案</h2>`,
		`<h2 id="sources">`,
	} {
		if !strings.Contains(dossier, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
	if n := strings.Count(dossier, "data-search-body"); n != 1 {
		t.Errorf("dossier has %d search bodies, want 1", n)
	}
	if regexp.MustCompile(`<script>|style="`).MatchString(dossier) {
		t.Error("dossier has an inline script or style attribute")
	}
	industry := read(t, out, "industries/1713/index.html")
	for _, want := range []string{`href="/guides/printing-dyeing/"`, `<h2 id="years">`} {
		if !strings.Contains(industry, want) {
			t.Errorf("industry page lacks %q", want)
		}
	}
	province := read(t, out, "province/index.html")
	for _, want := range []string{`data-series="accepted" data-year="2010" data-value="1"`, `<section aria-labelledby="by-city">`} {
		if !strings.Contains(province, want) {
			t.Errorf("province page lacks %q", want)
		}
	}
	cases := read(t, out, "cases/index.html")
	for _, want := range []string{`<script src="/js/cases.js" defer></script>`, `id="case-filter" hidden`, `data-industry="2221"`} {
		if !strings.Contains(cases, want) {
			t.Errorf("/cases/ lacks %q", want)
		}
	}
	water := read(t, out, "cases/benefit/water/index.html")
	if !strings.Contains(water, `aria-current="page">节水 <span class="count">1</span>`) || strings.Contains(water, "data-search-body") {
		t.Error("the water page lacks its current choice, or is marked for the search index")
	}
	read(t, out, "js/cases.js")
}
