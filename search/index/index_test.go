package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"cpportal/internal/fixture"
)

func TestExtractFollowsTheContract(t *testing.T) {
	page := `<html><head><title>T</title><script>var x = "脚本";</script></head><body>
<header><nav>导航菜单</nav></header>
<main data-search-body data-search-type="enterprise" data-search-title="甲公司" data-search-id="91440101MA59XXXX0X"
  data-search-city="广州市" data-search-industry="印染|造纸" data-search-level="国控" data-search-year="2009|2012"
  data-search-reason="超标排放|涉重金属" data-search-overdue="true" data-search-lang="zh">
<h1>甲公司</h1><p>第一段甲</p><p>乙第二段</p><table><tr><td>化学</td><td>需氧</td></tr></table>
<div data-search-ignore><p>忽略的表格</p></div><svg><title>图</title></svg><script>alert("内联")</script>
<p>零宽&#x200b;字符</p></main><footer>页脚</footer></body></html>`
	doc, ok, err := extract([]byte(page), "enterprises/x/index.html")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if doc.URL != "/enterprises/x/" || doc.Type != "enterprise" || doc.Title != "甲公司" || doc.ID != "91440101MA59XXXX0X" || doc.Lang != "zh" {
		t.Errorf("doc %+v", doc)
	}
	f := doc.Facets
	if strings.Join(f["industry"], ",") != "印染,造纸" || strings.Join(f["year"], ",") != "2009,2012" ||
		strings.Join(f["reason"], ",") != "超标排放,涉重金属" || f["overdue"][0] != "true" || f["city"][0] != "广州市" || f["level"][0] != "国控" {
		t.Errorf("facets %+v", doc)
	}
	for _, absent := range []string{"导航", "页脚", "脚本", "内联", "忽略", "甲乙", "化学需氧"} {
		if strings.Contains(doc.Body, absent) {
			t.Errorf("body contains %q: %q", absent, doc.Body)
		}
	}
	for _, present := range []string{"第一段甲\n乙第二段", "化学\n需氧", "零宽字符"} {
		if !strings.Contains(doc.Body, present) {
			t.Errorf("body lacks %q: %q", present, doc.Body)
		}
	}
	if _, ok, err := extract([]byte(`<main><h1>x</h1></main>`), "404.html"); ok || err != nil {
		t.Errorf("a page without data-search-body was indexed (%v)", err)
	}
	if _, _, err := extract([]byte(`<main data-search-body data-search-type="secret"></main>`), "a.html"); err == nil {
		t.Error("an unknown type was accepted")
	}
	if _, _, err := extract([]byte(`<main data-search-body></main><div data-search-body></div>`), "a.html"); err == nil {
		t.Error("two bodies were accepted")
	}
	d, _, _ := extract([]byte(`<main data-search-body><h1>标题 <b>一</b></h1></main>`), "a/b.html")
	if d.Title != "标题 一" || d.URL != "/a/b.html" || d.Type != "page" {
		t.Errorf("defaults: %+v", d)
	}
}

func TestBlockBoundariesMakeNoFalseBigrams(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	writeFile(t, filepath.Join(site, "a", "index.html"), `<main data-search-body><p>第一段甲</p><p>乙第二段</p></main>`)
	if _, err := Build(context.Background(), site, filepath.Join(dir, "index"), Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n := mustSearch(t, ix, Request{Query: "甲乙"}).Total; n != 0 {
		t.Errorf("甲乙 across two paragraphs matched %d", n)
	}
	if n := mustSearch(t, ix, Request{Query: "段甲"}).Total; n != 1 {
		t.Errorf("段甲 matched %d", n)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBuildSwapsAtomicallyAndKeepsTheOldIndexOnFailure(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	ixDir := filepath.Join(dir, "index")
	if _, err := fixture.WriteSite(site, 5); err != nil {
		t.Fatal(err)
	}
	st, err := Build(context.Background(), site, ixDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Five enterprises, each with a Chinese and an English page.
	if st.Documents == 0 || st.ByType["enterprise"] != 10 || st.ByLang["en"] == 0 || st.ByLang["zh"]+st.ByLang["en"] != st.Documents ||
		st.IndexSize == 0 || st.Files <= st.Documents || st.Skipped == 0 {
		t.Errorf("stats %+v", st)
	}
	if !strings.Contains(st.String(), "enterprise 10") || !strings.Contains(st.String(), fmt.Sprintf("zh %d + en %d", st.ByLang["zh"], st.ByLang["en"])) {
		t.Errorf("stats line %q", st.String())
	}
	before := docCount(t, ixDir)

	// A broken page fails the build: the old index stays, no temporary folder is left.
	writeFile(t, filepath.Join(site, "bad", "index.html"), `<main data-search-body data-search-type="nonsense"></main>`)
	if _, err := Build(context.Background(), site, ixDir, Options{}); err == nil {
		t.Fatal("a build with a broken page succeeded")
	}
	if got := docCount(t, ixDir); got != before {
		t.Errorf("the failed build changed the index: %d documents, was %d", got, before)
	}
	// A cancelled build leaves it too.
	os.RemoveAll(filepath.Join(site, "bad"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, site, ixDir, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled build: %v", err)
	}
	if got := docCount(t, ixDir); got != before {
		t.Errorf("the cancelled build changed the index")
	}
	// A good rebuild replaces it while a reader holds the old one open.
	old, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	writeFile(t, filepath.Join(site, "extra", "index.html"), `<main data-search-body><h1>新增页面</h1></main>`)
	if _, err := Build(context.Background(), site, ixDir, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := docCount(t, ixDir); got != before+1 {
		t.Errorf("after rebuild %d documents, want %d", got, before+1)
	}
	if n := mustSearch(t, old, Request{Query: "公司"}).Total; n == 0 {
		t.Error("the reader of the old index lost it during the swap")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".build-") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
	if _, err := Build(context.Background(), site, filepath.Join(site, "index"), Options{}); err == nil {
		t.Error("an index inside the site folder was accepted")
	}
}

func docCount(t *testing.T, dir string) uint64 {
	t.Helper()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	return ix.Documents()
}

func TestOpenReportsMissingAndDamagedIndexes(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "none")); !errors.Is(err, ErrNoIndex) {
		t.Errorf("missing: %v", err)
	}
	writeFile(t, filepath.Join(dir, "bad", "index_meta.json"), "{")
	if _, err := Open(filepath.Join(dir, "bad")); err == nil {
		t.Error("a damaged index opened")
	}
}

func TestSearchBehaviour(t *testing.T) {
	ix, site := sharedIndex(t)
	e := site.Enterprises[0]
	// Any two or more consecutive characters of a name find it.
	name := []rune("千百丽纺织印染")
	for i := 0; i < len(name)-1; i++ {
		for j := i + 2; j <= len(name); j++ {
			q := string(name[i:j])
			found := false
			for _, h := range mustSearch(t, ix, Request{Query: q, Size: 50}).Hits {
				found = found || h.URL == e.URL
			}
			if !found {
				t.Errorf("%s does not find %s", q, e.Name)
			}
		}
	}
	// Width and case folding; full-width credit codes.
	for _, q := range []string{"ＣＯＤ", "cod", "Cod"} {
		if mustSearch(t, ix, Request{Query: q}).Total != mustSearch(t, ix, Request{Query: "COD"}).Total {
			t.Errorf("%s finds a different number of documents than COD", q)
		}
	}
	// Deterministic order: the same request gives the same hits.
	a := mustSearch(t, ix, Request{Query: "审核", Size: 50})
	b := mustSearch(t, ix, Request{Query: "审核", Size: 50})
	for i := range a.Hits {
		if a.Hits[i].URL != b.Hits[i].URL {
			t.Fatal("two identical searches ordered hits differently")
		}
		if i > 0 && a.Hits[i].Score == a.Hits[i-1].Score && a.Hits[i].URL < a.Hits[i-1].URL {
			t.Fatal("ties are not broken by URL")
		}
	}
	// Limits.
	for _, r := range []Request{{Query: "x", Size: MaxSize + 1}, {Query: "x", From: MaxWindow}, {Query: "x", From: -1},
		{Query: strings.Repeat("字", MaxQueryRunes+1)}, {Query: "x", Filters: map[string][]string{"secret": {"1"}}}, {}} {
		var re *RequestError
		if _, err := ix.Search(context.Background(), r); !errors.As(err, &re) {
			t.Errorf("%+v: %v, want a RequestError", r, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, Request{Query: "审核"}); !errors.Is(err, ErrTimeout) {
		t.Errorf("cancelled search: %v", err)
	}
}

func TestParseQuery(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []Clause
	}{
		{"印染  废水", []Clause{{"印染", false}, {"废水", false}}},
		{`"印染 废水" COD`, []Clause{{"印染 废水", true}, {"COD", false}}},
		{"“清洁生产”", []Clause{{"清洁生产", true}}},
		{"「清洁」生产", []Clause{{"清洁", true}, {"生产", false}}},
		{`"unclosed phrase`, []Clause{{"unclosed phrase", true}}},
		{"印\u200b染\u202e", []Clause{{"印染", false}}},
		{"印染\u3000废水", []Clause{{"印染", false}, {"废水", false}}},
		{`""`, nil},
	} {
		got, err := ParseQuery(c.in)
		if err != nil || len(got) != len(c.want) {
			t.Errorf("%q: %v %v", c.in, got, err)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %v, want %v", c.in, got, c.want)
			}
		}
	}
	if _, err := ParseQuery("\xff"); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
}

// FuzzQuery: whatever is typed, parsing and building never panic and the query holds only
// match, phrase, term, conjunction and disjunction queries without fuzziness or prefixes.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"千百丽", `"印染 废水"`, "title:x", "a*b?", "/re.*/", "x~2", "+a -b", "a^5", `\"`, "ＣＯＤ",
		"9144990600104729XR", "镍", "NH3-N", "ammonia nitrogen", "“未闭合", "\x00", "\xff", "<script>", strings.Repeat("字", 250)} {
		f.Add(s)
	}
	m, err := newMapping()
	if err != nil {
		f.Fatal(err)
	}
	b := queryBuilder{m: m}
	f.Fuzz(func(t *testing.T, s string) {
		clauses, err := ParseQuery(s)
		if err != nil {
			return
		}
		q := b.build(clauses)
		if q != nil {
			checkQuery(t, q)
		}
	})
}

func checkQuery(t *testing.T, q query.Query) {
	switch q := q.(type) {
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.Prefix != 0 {
			t.Fatalf("fuzzy or prefix match query %+v", q)
		}
	case *query.MatchPhraseQuery:
		if q.Fuzziness != 0 {
			t.Fatalf("fuzzy phrase %+v", q)
		}
	case *query.TermQuery:
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			checkQuery(t, c)
		}
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			checkQuery(t, c)
		}
	default:
		t.Fatalf("query of type %T built from user text", q)
	}
}
