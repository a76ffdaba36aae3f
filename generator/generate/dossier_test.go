package generate

import (
	"regexp"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/internal/fixture"
)

func enterprise(t *testing.T, g *generator, uscc string) *derive.Enterprise {
	t.Helper()
	for i := range g.in.Facts.Enterprises {
		if g.in.Facts.Enterprises[i].USCC == uscc {
			return &g.in.Facts.Enterprises[i]
		}
	}
	t.Fatalf("no enterprise %s", uscc)
	return nil
}

var tlItem = regexp.MustCompile(`<li class="tl-([a-z_]+)"><span class="tl-step">([^<]+)</span>(.*?)</li>`)

// timelineOf returns the class, step and text of each milestone of the n-th timeline.
func timelineOf(t *testing.T, html string, n int) [][3]string {
	t.Helper()
	parts := strings.Split(html, `<ol class="timeline"`)
	if len(parts) <= n+1 {
		t.Fatalf("timeline %d missing", n)
	}
	ol := parts[n+1][:strings.Index(parts[n+1], "</ol>")]
	var out [][3]string
	for _, m := range tlItem.FindAllStringSubmatch(ol, -1) {
		out = append(out, [3]string{m[1], m[2], regexp.MustCompile(`<[^>]+>`).ReplaceAllString(m[3], "")})
	}
	return out
}

func TestDossierTimeline(t *testing.T) {
	g, f := testFrag(t)
	f.dossier(g, enterprise(t, g, fixture.Dyeing))
	html := withoutLabels(f.String())
	got := timelineOf(t, html, 0)
	want := []struct{ class, step, text string }{
		{"done", "名单公布", "完成 2009-01-31"},
		{"on_time", "公布排放情况", "按期完成"},
		{"late", "启动审核", "逾期完成（晚 10 天）"},
		{"overdue", "提交审核报告", "已逾期 149 天"},
		{"rect", "责令限期改正", "佛环〔2010〕12号"}, // dated 2010-04-01: after the report's due date
		{"none", "实施方案", "未登记中高费方案"},
		{"none", "评估", "尚未进行"},
		{"none", "验收", "尚未进行"},
		{"none", "下一轮审核", "尚未转入新一轮"},
	}
	if len(got) != len(want) {
		t.Fatalf("timeline = %q, want %d milestones", got, len(want))
	}
	for i, w := range want {
		if got[i][0] != w.class || got[i][1] != w.step || !strings.Contains(got[i][2], w.text) {
			t.Errorf("milestone %d = %q, want class %s, step %s, text with %q", i, got[i], w.class, w.step, w.text)
		}
	}
	if !strings.Contains(got[3][2], "期限 2010-02-01") || !strings.Contains(got[2][2], "期限 2009-03-31") || !strings.Contains(got[2][2], "完成 2009-04-10") {
		t.Errorf("due and done dates missing: %q", got[2:4])
	}
	for _, want := range []string{`<article class="listing" id="round-2009-1">`, "已逾期 149 天", "本轮审核共有 1 次责令限期改正。", `id="disclosures"`, `id="options"`, `id="archive"`, `id="cases"`} {
		if !strings.Contains(html, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
}

func TestDossierRoundsAndOptions(t *testing.T) {
	g, f := testFrag(t)
	f.dossier(g, enterprise(t, g, fixture.Plating))
	first := timelineOf(t, f.String(), 0)
	if ev := first[5]; ev[1] != "评估" || ev[0] != "failed" || !strings.Contains(ev[2], "未通过") || !strings.Contains(ev[2], "佛环〔2010〕20号") {
		t.Errorf("evaluation of the failed round = %q", ev)
	}
	if next := first[len(first)-1]; next[0] != "done" || !strings.Contains(next[2], "转入 2010-1 批") {
		t.Errorf("next round = %q, want rolled into 2010-1", next)
	}
	if second := timelineOf(t, f.String(), 1); second[1][0] != "overdue" || !strings.Contains(second[1][2], "已逾期 16 天") || second[2][0] != "pending" {
		t.Errorf("second round = %q", second)
	}

	f.Reset()
	f.dossier(g, enterprise(t, g, fixture.Paper))
	html := withoutLabels(f.String())
	tl := timelineOf(t, html, 0)
	if opt := tl[4]; opt[1] != "实施方案" || opt[0] != "pending" || !strings.Contains(opt[2], "中高费方案完成 1 / 2") || !strings.Contains(opt[2], "期限 2010-12-31") {
		t.Errorf("options milestone = %q", opt)
	}
	if tl[5][0] != "done" || !strings.Contains(tl[5][2], "粤环审〔2010〕3号") || tl[6][0] != "done" || !strings.Contains(tl[6][2], "日期 2010-05-01") {
		t.Errorf("evaluation and acceptance = %q", tl[5:7])
	}
	// totals: investment of both options, reductions of both; then the completed ones; the rate
	for _, want := range []string{
		`<th scope="row" colspan="3">合计（全部方案，不含已取消）</th><td>360.0</td>`,
		`<th scope="row" colspan="3">其中已完成方案</th><td>300.0</td>`,
		"<dt>中高费方案完成率</dt><dd>50.0% <small>(1 / 2)</small></dd>",
		"年节水（中水回用等）50,000 t/a",
		`<span class="doc">粤环审〔2010〕9号</span> <small>示例环保咨询公司</small>`, // the acceptance report in the archive
		"2009 年：1 条记录，超标或超总量 0 条，有缺项 0 条",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("paper dossier lacks %q", want)
		}
	}
}

func TestDossierEscapesEverything(t *testing.T) {
	g, f := testFrag(t)
	e := *enterprise(t, g, fixture.Dyeing)
	e.Listings = append([]derive.Listing(nil), e.Listings...)
	e.Listings[0].DocNumber = `<script>alert(1)</script>{{< shortcode >}}`
	e.Listings[0].SourceURL = `javascript:"x"`
	e.Listings[0].Rectifications = []domain.AuditEvent{{Event: domain.EventRectification, Date: domain.MustDate("2010-04-01"), DocNumber: `{{% x %}}"'&`}}
	f.dossier(g, &e)
	html := f.String()
	for _, bad := range []string{"<script", "{{<", "{{%", `"x"`, `"'&`} {
		if strings.Contains(html, bad) {
			t.Errorf("dossier contains unescaped %q", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;") || !strings.Contains(html, "&#123;&#123;% x %}}&#34;&#39;&amp;") {
		t.Error("escaped text missing")
	}
}

func TestAreaBodyFiguresAndRates(t *testing.T) {
	g, f := testFrag(t)
	prov := g.in.Facts.Province
	prov.Totals = derive.YearSummary{Listed: 4, DisclosedOnTime: 3, DisclosureDue: 4, Accepted: 1, MediumHighDone: 1, Reductions: fixture.Sums(0, map[domain.ReductionKind]float64{domain.ReduceCOD: 12.5})}
	prov.Rates = derive.Rates{DisclosedOnTime: derive.NewRate(3, 4), Accepted: derive.NewRate(1, 3), Completeness: derive.NewRate(0, 0)}
	g.areaBody(f, "province", &prov)
	html := withoutLabels(f.String())
	for _, want := range []string{
		// 2010: listed 1, on time 0, rate — (nothing due), started 0, reports 1, evaluated 1, accepted 1, failed 1, postponed 0,
		// 1 option, COD 12.5
		`<tr><th scope="row">2010</th><td>1</td><td>0</td><td>—</td><td>0</td><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>1</td><td>12.50</td><td>0.00</td>`,
		`<dt>按期公开率</dt><dd>75.0%<small> (3 / 4)</small></dd>`,
		`<dt>验收通过率</dt><dd>33.3%<small> (1 / 3)</small></dd>`,
		`<dt>公开完整率</dt><dd>—</dd>`,
		`href="/policy/#rates"`, `href="/policy/#summary"`,
		`<section aria-labelledby="by-city">`,
		`aria-hidden="true">✖</span>149 天</span>`, // the overdue list
	} {
		if !strings.Contains(html, want) {
			t.Errorf("province body lacks %q", want)
		}
	}
	if strings.Contains(html, `id="enterprises"`) {
		t.Error("the province page lists enterprises")
	}
	// the yearly chart draws the table's figures
	svg := parseSVG(t, html)
	found := false
	svg.walk(func(n svgNode) {
		if n.attr("data-series") == "accepted" && n.attr("data-year") == "2010" {
			found = n.attr("data-value") == "1"
		}
	})
	if !found {
		t.Error("the chart has no bar for the 2010 acceptances with value 1")
	}
}

func TestCityComparisonUsesRates(t *testing.T) {
	g, f := testFrag(t)
	cities := append([]derive.Area(nil), g.in.Facts.Cities...)
	cities[0].Rates.DisclosedOnTime = derive.NewRate(1, 1)
	cities[1].Rates.DisclosedOnTime = derive.NewRate(1, 4)
	f.cityComparison(cities)
	svg := parseSVG(t, f.String())
	widths := map[string]float64{}
	svg.walk(func(n svgNode) {
		if n.attr("class") == "bar" {
			widths[n.attr("data-city")] = atof(t, n.attr("width"))
			if v := atof(t, n.attr("data-value")); (n.attr("data-city") == "440100" && v != 1) || (n.attr("data-city") == "440600" && v != 0.25) {
				t.Errorf("bar of %s has value %v", n.attr("data-city"), v)
			}
		}
	})
	if len(widths) != 2 || widths["440600"]*4-widths["440100"] > 0.5 || widths["440100"]-widths["440600"]*4 > 0.5 {
		t.Errorf("bar widths = %v, want 100%% four times 25%%", widths)
	}
	if html := withoutLabels(f.String()); strings.Contains(html, "COD") || !strings.Contains(html, "25.0% (1/4)") {
		t.Error("the comparison should show rates with their counts and no tonnage")
	}
}
