package site

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/generator/generate"
	"cpportal/generator/generate/fixture"
)

var keep = flag.String("keep", "", "also render the fixture site into this folder, for looking at it")

// renderFixture generates the fixture project and renders it into a fresh folder.
func renderFixture(t *testing.T, out string) Stats {
	t.Helper()
	project := t.TempDir()
	src := fstest.MapFS{
		"content/about.md":  {Data: []byte("---\ntitle: 关于本站\n---\n\n本站公开强制性清洁生产审核信息。\n")},
		"content/policy.md": {Data: []byte("---\ntitle: 政策与计算方法\nlayout: policy\n---\n\n## 期限\n\n自公布之日起计算。\n")},
	}
	_, err := generate.Write(project, generate.Input{Dataset: fixture.Dataset(), Facts: fixture.Facts(), Source: src, AsOfSource: "--as-of"})
	if err != nil {
		t.Fatal(err)
	}
	st, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) { l.t.Log(strings.TrimSpace(string(b))); return len(b), nil }

func read(t *testing.T, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestGenerateAndRender(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	st := renderFixture(t, out)
	if *keep != "" {
		os.RemoveAll(*keep)
		renderFixture(t, *keep)
	}
	if st.Regular < 3+2+2+3+1 {
		t.Errorf("rendered %+v, want at least the enterprise, list, city, industry and case pages", st)
	}
	page := read(t, out, "enterprises/"+fixture.Dyeing+"/index.html")
	for _, want := range []string{
		`lang="zh-CN"`,
		`data-search-type="enterprise"`,
		`data-search-id="` + fixture.Dyeing + `"`,
		`data-search-overdue="true"`,
		`data-search-reason="超标排放|超总量排放"`,
		"1 项逾期，最长 149 天", // the overdue badge
		"已逾期 149 天",
		"逾期完成（晚 10 天）",
		"未公开",     // the undisclosed ammonia concentration
		"超标 0.5 倍", // the COD exceedance (150 − 100) / 100
		"超总量",
		"责令限期改正",
		"佛环〔2010〕12号",
		"示例数据，均为虚构，不代表任何真实企业",
		"统计截至 2010-06-30",
		`href="/enterprises/` + fixture.Dyeing + `/index.json"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("enterprise page lacks %q", want)
		}
	}

	var twin struct {
		USCC     string `json:"uscc"`
		Name     string `json:"name"`
		Listings []struct {
			Batch     string `json:"batch"`
			Published *string
			Steps     []struct {
				Step   string  `json:"step"`
				Due    *string `json:"due"`
				Done   *string `json:"done"`
				Status string  `json:"status"`
			} `json:"steps"`
		} `json:"listings"`
	}
	if err := json.Unmarshal([]byte(read(t, out, "enterprises/"+fixture.Dyeing+"/index.json")), &twin); err != nil {
		t.Fatal(err)
	}
	if twin.USCC != fixture.Dyeing || twin.Name == "" || len(twin.Listings) != 1 || len(twin.Listings[0].Steps) != 3 {
		t.Fatalf("twin has the wrong shape: %+v", twin)
	}
	report := twin.Listings[0].Steps[2]
	if report.Step != "report" || report.Due == nil || *report.Due != "2010-02-01" || report.Done != nil || report.Status != "overdue" {
		t.Errorf("twin's report step = %+v, want due 2010-02-01, done null, overdue", report)
	}
}
