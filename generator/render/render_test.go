package render

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
	"cpportal/internal/fixture"
)

var keep = flag.String("keep", "", "also render the fixture site into this folder, for looking at it")

// renderFixture generates the fixture project and renders it into a fresh folder.
func renderFixture(t *testing.T, out string) Stats {
	t.Helper()
	project := t.TempDir()
	src := fstest.MapFS{
		"content/about.md":    {Data: []byte("---\ntitle: 关于本站\n---\n\n本站公开强制性清洁生产审核信息。\n")},
		"content/policy.md":   {Data: []byte("---\ntitle: 政策与计算方法\nlayout: policy\n---\n\n## 期限\n\n自公布之日起计算。\n")},
		"content/about.en.md": {Data: []byte("---\ntitle: About this site\n---\n\nThis site publishes the audits.\n")},
	}
	_, err := generate.Write(project, generate.Input{Dataset: fixture.Dataset(), Facts: fixture.Facts(), Source: src, AsOfSource: "--as-of", Languages: OtherLanguages})
	if err != nil {
		t.Fatal(err)
	}
	st, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t: t}})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// testLog passes Hugo's log to the test log and fails the test on any warning: a missing
// translation, a deprecated setting or a path written twice is a theme bug.
// allowed names the one warning a test expects, if any.
type testLog struct {
	t       *testing.T
	allowed string
}

func (l testLog) Write(b []byte) (int, error) {
	l.t.Helper()
	if s := strings.TrimSpace(string(b)); s != "" && (l.allowed == "" || !strings.Contains(s, l.allowed)) {
		l.t.Errorf("hugo: %s", s)
	}
	return len(b), nil
}

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
	pages := map[string][]string{
		"index.html": {"<h1>测试平台</h1>", `data-search-type="page"`, "/lists/2010-1/", `id="site-search-q"`, `<div id="site-search-instant" hidden></div>`,
			`<script src="/js/search.js" defer></script>`, "mailto:cp@example.org"},
		"lists/index.html":        {"粤环〔2009〕31号", "广东省环境保护局", "https://example.org/notice/2009-1", "2009-01-31"},
		"lists/2010-1/index.html": {`data-search-type="batch"`, `data-search-year="2010"`, "佛山示例电镀厂", "已逾期 16 天", "期限 <time datetime=\"2011-05-16\">", "未到期"},
		"lists/2009-1/index.html": {"已通过验收", "未通过", "逾期完成（晚 10 天）"},
		"cities/440600/index.html": {`data-search-type="city"`, `data-search-city="佛山市"`, "佛山市示例印染有限公司", "149 天",
			"<h2 id=\"years\">年度汇总</h2>", "<h2 id=\"enterprises\">企业名录</h2>"},
		"industries/1713/index.html": {`data-search-type="industry"`, `data-search-industry="棉印染精加工"`},
		"province/index.html":        {"广东省汇总", "12.50", "5.00", "万吨/年", "50.0%", "<h2 id=\"by-city\">", "<h2 id=\"map\">", `<a href="/cities/440600/"><title>佛山市 `},
		"cases/paper-white-water/index.html": {`data-search-type="case"`, "白水多盘回收", "3.75 年", "广州示例纸业有限公司",
			"<h2 id=\"问题\">问题</h2>", "/cases/paper-white-water/index.json"},
		"cases/index.html":       {"造纸白水回收利用", "机制纸及纸板制造"},
		"enterprises/index.html": {"共 3 家企业", "佛山示例电镀厂", "广州示例纸业有限公司"},
		"policy/index.html":      {"统计截至 2010-06-30", "日期来源：--as-of", "自公布之日起计算"},
		"about/index.html":       {`data-search-type="page"`, "本站公开强制性清洁生产审核信息"},
		"search/index.html":      {`<form class="search-page" action="/search" method="get" role="search" aria-label="搜索企业、名单、城市、行业和技术案例"`, `name="q"`, `<div id="search-results" data-search-slot></div>`},
		"404.html":               {"找不到该页面"},
		"robots.txt":             {"Sitemap: /sitemap.xml"},
		"sitemap.xml":            {"/zh/sitemap.xml", "/en/sitemap.xml"},
		"zh/sitemap.xml":         {"/enterprises/" + fixture.Dyeing + "/"},
		"en/sitemap.xml":         {"/en/enterprises/" + fixture.Dyeing + "/"},
	}
	for rel, wants := range pages {
		got := read(t, out, rel)
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q", rel, want)
			}
		}
	}
	for _, rel := range []string{"search/index.html", "404.html", "enterprises/index.html"} {
		if strings.Contains(read(t, out, rel), "data-search-body") {
			t.Errorf("%s is marked for the search index", rel)
		}
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
		"未公开",       // the undisclosed ammonia concentration
		"超标 0.50 倍", // the COD exceedance, two decimals: (150 − 100) / 100
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
