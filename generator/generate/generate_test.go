package generate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/internal/fixture"
)

// frontMatter reads the JSON front matter of a generated page and returns it with the body.
func frontMatter(t *testing.T, dir, rel string, v any) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, rel))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: front matter: %v", rel, err)
	}
	return strings.TrimSpace(string(b[dec.InputOffset():]))
}

func write(t *testing.T, src fstest.MapFS) (string, Stats) {
	t.Helper()
	dir := t.TempDir()
	st, err := Write(dir, Input{Dataset: fixture.Dataset(), Facts: fixture.Facts(), Source: src, AsOfSource: "SOURCE_DATE_EPOCH"})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func TestWriteCountsPages(t *testing.T) {
	_, st := write(t, fstest.MapFS{"content/about.md": {Data: []byte("---\ntitle: 关于\n---\n")}})
	// sections: lists, enterprises, cities, industries, agencies, search, province, data, the library;
	// filters: 1 family and 1 industry with a case, 7 benefits, 3 cost classes, 3 payback thresholds, demonstration yes and no
	got := Stats{Enterprises: st.Enterprises, Batches: st.Batches, Cities: st.Cities, Industries: st.Industries, Agencies: st.Agencies, Cases: st.Cases,
		Filters: st.Filters, Sections: st.Sections, Copied: st.Copied, Twins: st.Twins}
	want := Stats{Enterprises: 3, Batches: 2, Cities: 2, Industries: 3, Agencies: 1, Cases: 1, Filters: 17, Sections: 9, Copied: 1, Twins: 3 + 2 + 2 + 3 + 1 + 1 + 1}
	if got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	if st.Pages() != 39 {
		t.Errorf("Pages() = %d, want 39", st.Pages())
	}
}

func TestEnterprisePage(t *testing.T) {
	dir, _ := write(t, nil)
	var p struct {
		Title  string
		Weight int
		Search map[string]string
		Twin   string
		Row    struct {
			CityName     string `json:"city_name"`
			OverdueSteps int    `json:"overdue_steps"`
			MaxOverdue   int    `json:"max_days_overdue"`
		}
		E struct {
			USCC    string   `json:"uscc"`
			Reasons []string `json:"reasons"`
			Batch   string   `json:"batch"`
			Overdue []struct {
				Step        string `json:"step"`
				DaysOverdue int    `json:"days_overdue"`
			} `json:"overdue"`
		}
		Fragment string
	}
	body := frontMatter(t, dir, "content/enterprises/"+fixture.Plating+".md", &p)
	if body != "" {
		t.Errorf("enterprise page has a body: %q", body)
	}
	wantSearch := map[string]string{
		"type": "enterprise", "id": fixture.Plating, "city": "佛山市", "industry": "金属表面处理及热处理加工",
		"level": "市控", "year": "2009|2010", "reason": "排放有毒有害物质|涉重金属", "overdue": "true",
	}
	for k, v := range wantSearch {
		if p.Search[k] != v {
			t.Errorf("search[%s] = %q, want %q", k, p.Search[k], v)
		}
	}
	if p.Title != "佛山示例电镀厂" || p.Twin != "/enterprises/"+fixture.Plating+"/index.json" || p.E.USCC != fixture.Plating {
		t.Errorf("page = %+v", p)
	}
	if p.Row.CityName != "佛山市" || p.Row.OverdueSteps != 1 || p.Row.MaxOverdue != 16 {
		t.Errorf("row = %+v", p.Row)
	}
	if p.E.Batch != "2010-1" || strings.Join(p.E.Reasons, "|") != "涉重金属|排放有毒有害物质" || len(p.E.Overdue) != 1 ||
		p.E.Overdue[0].Step != "disclosure" || p.E.Overdue[0].DaysOverdue != 16 {
		t.Errorf("header facts = %+v", p.E)
	}
	if p.Fragment != "enterprises/"+fixture.Plating+".html" {
		t.Errorf("fragment = %q", p.Fragment)
	}
	if _, err := os.Stat(filepath.Join(dir, "fragments", "zh", p.Fragment)); err != nil {
		t.Errorf("the dossier body was not written: %v", err)
	}
}

// The enterprise index is ordered by city code, then by name in pinyin order (安 ān, 北 běi,
// 张 zhāng), which differs from code-point order (北 U+5317, 安 U+5B89, 张 U+5F20).
func TestEnterpriseOrder(t *testing.T) {
	facts := &derive.Facts{}
	for _, e := range []struct{ uscc, city, name string }{
		{"A", "440600", "张家化工"}, {"B", "440600", "北方印染"}, {"C", "440600", "安达电镀"}, {"D", "440100", "张记纸业"},
	} {
		facts.Enterprises = append(facts.Enterprises, derive.Enterprise{Enterprise: domain.Enterprise{USCC: e.uscc, City: e.city, Name: e.name}})
	}
	g := newGenerator(t.TempDir(), Input{Dataset: &domain.Dataset{}, Facts: facts})
	order := g.enterpriseOrder()
	want := map[string]int{"D": 1, "C": 2, "B": 3, "A": 4}
	for uscc, w := range want {
		if order[uscc] != w {
			t.Errorf("order = %v, want %v", order, want)
			break
		}
	}
}

func TestTwinsAndLookups(t *testing.T) {
	dir, _ := write(t, nil)
	var twin struct {
		ID      string           `json:"id"`
		Members []map[string]any `json:"members"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "static/lists/2009-1/index.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &twin); err != nil || twin.ID != "2009-1" || len(twin.Members) != 3 {
		t.Errorf("batch twin = %+v (%v)", twin, err)
	}
	var portal struct {
		AsOf       string `json:"as_of"`
		AsOfSource string `json:"as_of_source"`
		Site       struct {
			BaseURL string `json:"base_url"`
			Sample  bool
		}
		Totals struct {
			Enterprises, Listings, Accepted int
			OverdueSteps                    int `json:"overdue_steps"`
			OverdueEnterprises              int `json:"overdue_enterprises"`
		}
		Batches []struct{ ID string }
	}
	b, _ = os.ReadFile(filepath.Join(dir, "data/portal.json"))
	if err := json.Unmarshal(b, &portal); err != nil {
		t.Fatal(err)
	}
	tot := portal.Totals
	if portal.AsOf != "2010-06-30" || portal.AsOfSource != "SOURCE_DATE_EPOCH" || portal.Site.BaseURL != "/" || !portal.Site.Sample ||
		tot.Enterprises != 3 || tot.Listings != 4 || tot.Accepted != 1 || tot.OverdueSteps != 2 || tot.OverdueEnterprises != 2 ||
		len(portal.Batches) != 2 || portal.Batches[0].ID != "2010-1" {
		t.Errorf("portal = %+v", portal)
	}
	var agencies map[string]struct{ Name string }
	b, _ = os.ReadFile(filepath.Join(dir, "data/agencies.json"))
	if err := json.Unmarshal(b, &agencies); err != nil || agencies["A01"].Name != "示例环保咨询公司" {
		t.Errorf("agencies = %v (%v)", agencies, err)
	}
}

func TestCasePage(t *testing.T) {
	dir, _ := write(t, nil)
	var p struct {
		Date           string
		EnterpriseName string `json:"enterprise_name"`
		IndustryName   string `json:"industry_name"`
		Reductions     []struct {
			Key    string
			Amount float64
			Unit   string
		}
		Search map[string]string
	}
	body := frontMatter(t, dir, "content/cases/paper-white-water.md", &p)
	if !strings.HasPrefix(body, "## 问题") {
		t.Errorf("case body = %q", body)
	}
	if p.Date != "2010-03-01" || p.EnterpriseName != "广州示例纸业有限公司" || p.IndustryName != "机制纸及纸板制造" ||
		p.Search["city"] != "广州市" || p.Search["type"] != "case" {
		t.Errorf("case = %+v", p)
	}
	if len(p.Reductions) != 2 || p.Reductions[0].Key != "cod" || p.Reductions[1].Unit != "t/a" || p.Reductions[1].Amount != 50000 {
		t.Errorf("reductions = %+v", p.Reductions)
	}
}

func TestCopySource(t *testing.T) {
	src := fstest.MapFS{
		"content/_index.md":             {Data: []byte("home prose")},
		"content/guides/paper.md":       {Data: []byte("guide")},
		"content/cases/old.md":          {Data: []byte("case source: generated from the dataset instead")},
		"content/cases/figure.png":      {Data: []byte("png")},
		"content/lists/_index.md":       {Data: []byte("source list index: the generated one wins")},
		"layouts/_partials/footer.html": {Data: []byte("footer")},
		"static/logo.svg":               {Data: []byte("<svg/>")},
		"content/.hidden.md":            {Data: []byte("editor file")},
	}
	dir, st := write(t, src)
	for rel, want := range map[string]string{
		"content/_index.md": "home prose", "content/guides/paper.md": "guide", "content/cases/figure.png": "png",
		"layouts/_partials/footer.html": "footer", "static/logo.svg": "<svg/>",
	} {
		if b, err := os.ReadFile(filepath.Join(dir, rel)); err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", rel, b, err, want)
		}
	}
	for _, rel := range []string{"content/cases/old.md", "content/.hidden.md"} {
		if _, err := os.Stat(filepath.Join(dir, rel)); err == nil {
			t.Errorf("%s was copied", rel)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "content/lists/_index.md")); !bytes.HasPrefix(b, []byte("{")) {
		t.Errorf("the source's lists/_index.md replaced the generated one: %q", b)
	}
	if st.Copied != 2 || st.Overrides != 2 {
		t.Errorf("copied %d pages and %d overrides, want 2 and 2", st.Copied, st.Overrides)
	}
}

func TestWriteNeedsFacts(t *testing.T) {
	if _, err := Write(t.TempDir(), Input{Dataset: fixture.Dataset()}); err == nil {
		t.Error("Write without facts succeeded")
	}
}
