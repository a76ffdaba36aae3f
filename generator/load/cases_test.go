package load

import (
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/internal/fixture"
)

// caseFront is a valid front matter: lines 1–8 of a case file; the body starts on line 9.
const caseFront = `---
title: 测试案例
uscc: 91449901MA59AB121C
industry: "1713"
technology: 膜法中水回用
problem: 废水超标
date: 2011-04-01
---
`

const caseSectionsBody = "## 问题\n\n用水多。\n\n## 技术方案\n\n回用。\n\n## 投资与效益\n\n省钱。\n"

const caseKeysHint = " (hint: the keys are title, uscc, industry, technology, problem, benefits, cost_class, investment_wan, benefit_wan, payback_years, reductions, date, demonstration, demonstration_doc)"

func TestCaseProblems(t *testing.T) {
	const file = "content/cases/test-case.md"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"valid", caseFront + "简介。\n\n" + caseSectionsBody, nil},
		{"no front matter", "## 问题\n",
			[]string{file + ":1:1: missing front matter (hint: the file starts with a line ---, the YAML keys, and a line ---)"}},
		{"unterminated front matter", "---\ntitle: x\n\n## 问题\n",
			[]string{file + ":1:1: missing front matter (hint: the file starts with a line ---, the YAML keys, and a line ---)"}},
		{"unknown and missing keys", "---\ntitle: 测试\nindustry: \"1713\"\nproblem: 超标\ndate: 2011-04-01\ntags: [水]\n---\n" + caseSectionsBody,
			[]string{
				file + ":2:1: technology: key is missing",
				file + ":6:1: tags: unknown key" + caseKeysHint,
			}},
		{"bad values", "---\ntitle: 测试\nindustry: \"1713\"\ntechnology: 膜法\nproblem: 超标\n" +
			"benefits: [cod, dust, cod]\ncost_class: 低费\ninvestment_wan: -5\nreductions: {cod: x, water: , dust: 1}\ndate: 2011/04/01\n---\n" + caseSectionsBody,
			[]string{
				file + `:6:17: benefits: "dust" is not one of cod, so2, nox, nh3n, heavymetal, water, energy`,
				file + `:6:23: benefits: "cod" is given twice`,
				file + `:7:13: cost_class: "低费" is not one of 无低费, 中费, 高费`,
				file + `:8:17: investment_wan: "-5" is negative; numbers are never negative`,
				file + `:9:14: reductions.cod: "x" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				file + `:9:22: reductions.water: amount is missing`,
				file + `:9:31: reductions.dust: unknown benefit "dust" (hint: the benefits are cod, so2, nox, nh3n, heavymetal, water, energy)`,
				file + `:10:7: date: "2011/04/01" is not a date written as YYYY-MM-DD`,
			}},
		{"missing sections", caseFront + "简介。\n\n## 问题\n\n### 技术方案\n\n# 投资与效益\n",
			[]string{file + ":9:1: body: missing section 技术方案, 投资与效益 (hint: a case study has the level-2 headings ## 问题, ## 技术方案, ## 投资与效益)"}},
		{"links", caseFront + caseSectionsBody + "\n" + strings.Join([]string{
			"[a](../no-such-case/)",
			"[b](/cases/nope/)",
			"[c](/files/missing.pdf)",
			"[d](dyeing-water-reuse.md)",
			"[e](javascript:alert(1))",
			"[f](/about/)",
			"中文![g](img/x.png)",
			"[ok](https://example.org/) [ok](#问题) [ok](mailto:a@example.org) [ok](/lists/) [ok](/policy/)",
			"[ok](../dyeing-water-reuse/) [ok](/files/guide.pdf) [ok](/enterprises/91449901MA59AB121C/) <https://example.org/>",
		}, "\n"),
			[]string{
				file + ":21:1: link: no case study no-such-case (hint: case studies are the files in content/cases/)",
				file + ":22:1: link: no case study nope (hint: case studies are the files in content/cases/)",
				file + `:23:1: link: "/files/missing.pdf" is not a file in static/ or content/`,
				file + `:24:1: link: "dyeing-water-reuse.md" links to a markdown file (hint: link to the page instead, e.g. ../dyeing-water-reuse/)`,
				file + `:25:1: link: "javascript:alert(1)" uses the javascript: scheme (hint: links are http(s), mailto or site paths)`,
				file + `:26:1: link: "/about/" leads to no page (hint: site pages are /enterprises/<uscc>/, /lists/<id>/, /cities/<code>/, /industries/<code>/, /cases/<slug>/ or pages in content/)`,
				file + `:27:3: link: "img/x.png" is not a file in static/ or content/`,
			}},
		{"shortcodes and attributes", caseFront + caseSectionsBody + "\n" + strings.Join([]string{
			"{{< youtube abc >}}",
			"中文 {{% qr \"x\" %}}",
			"## 标题 {style=\"color:red\"}",
			"",
			"## 其他 {#ok}",
			"",
			"## 又一个 {.red}",
			"",
			"`{{ .Title }}` and { {< spaced",
		}, "\n"),
			[]string{
				file + `:21:1: body: shortcode "{{< youtube abc >}}": case studies are markdown only` + shortcodeHint,
				file + `:22:4: body: shortcode "{{% qr \"x\" %}}": case studies are markdown only` + shortcodeHint,
				file + `:23:7: body: attribute "style": only {#id} may follow a heading (hint: styles and classes come from the site's theme; remove the attribute)`,
				file + `:27:8: body: attribute "class": only {#id} may follow a heading (hint: styles and classes come from the site's theme; remove the attribute)`,
			}},
		{"body of a GBK file", gbk(caseFront + caseSectionsBody),
			[]string{file + ":2:8: file is not valid UTF-8 (hint: file looks GBK-encoded; save it as UTF-8)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, problemLines(fixture.SourceWith(map[string]string{file: tt.text})), tt.want)
		})
	}
}

const shortcodeHint = " (hint: write the content as markdown (a link instead of an embed); to show the characters, put a space after {{)"

func TestCaseFileName(t *testing.T) {
	fsys := fixture.SourceWith(map[string]string{"content/cases/Water_Reuse.md": caseFront + caseSectionsBody})
	checkProblems(t, problemLines(fsys), []string{
		"content/cases/Water_Reuse.md: file name Water_Reuse is not a page name (hint: use lower-case letters, digits and -, e.g. dyeing-water-reuse.md)",
	})
}

func TestCaseLinksToContentPages(t *testing.T) {
	fsys := fixture.SourceWith(map[string]string{
		"content/about.md":                  "---\ntitle: 关于\n---\n",
		"content/guides/printing-dyeing.md": "---\ntitle: 印染\n---\n",
		"content/cases/test-case.md": caseFront + caseSectionsBody +
			"\n[关于](/about/) [指南](../../guides/printing-dyeing/) [图](/cases/test-case/flow.png)\n",
		"content/cases/test-case/flow.png": "png",
	})
	checkProblems(t, problemLines(fsys), nil)
}

func TestCaseRecords(t *testing.T) {
	ds, ps := Load(fixture.Source())
	if len(ps) != 0 {
		t.Fatal(ps.Error())
	}
	c := ds.Cases[0]
	if c.Slug != "dyeing-water-reuse" || c.Title != "染色废水中水回用" || c.USCC != fixture.SourceDyeing || c.Industry != "1713" {
		t.Errorf("case = %+v", c)
	}
	if c.CostClass != domain.CostMedium || *c.InvestmentWan != 120 || *c.PaybackYears != 2.7 || c.Date != domain.MustDate("2011-04-01") {
		t.Errorf("case numbers = %+v", c)
	}
	if len(c.Benefits) != 2 || c.Benefits[0] != domain.BenefitCOD || c.Reductions.Amount(domain.ReduceWater) != 30000 || c.Reductions.Amount(domain.ReduceCOD) != 12.5 || c.Reductions.Given() != 2 {
		t.Errorf("benefits %v, reductions %v", c.Benefits, c.Reductions)
	}
	if !strings.HasPrefix(c.Body, "[广州市示例印染有限公司]") {
		t.Errorf("body must start after the front matter: %q", c.Body[:40])
	}
	if want := "广州市示例印染有限公司把染色废水经膜处理后回用。"; c.Summary != want {
		t.Errorf("summary %q, want %q", c.Summary, want)
	}
	wantText := strings.Join([]string{
		"广州市示例印染有限公司把染色废水经膜处理后回用。",
		"问题", "染色工序用水量大，废水排放超标。",
		"技术方案", "超滤加反渗透", "浓水回到预处理", "见电镀漂洗案例与审核指南。",
		"投资与效益", "项目 数值", "投资 120 万元",
	}, "\n")
	if c.PlainText != wantText {
		t.Errorf("plain text:\n%s\nwant:\n%s", c.PlainText, wantText)
	}
	if len(c.Links) != 1 || c.Links[0].Path != "/enterprises/91449901MA59AB121C/" || c.Links[0].Pos.String() != "content/cases/dyeing-water-reuse.md:17:1" {
		t.Errorf("links = %+v", c.Links)
	}
	if got := c.Src.At("reductions.water").String(); got != "content/cases/dyeing-water-reuse.md:14:3" {
		t.Errorf("reductions.water at %s", got)
	}
	if got := c.Src.At("industry").String(); got != "content/cases/dyeing-water-reuse.md:4:11" {
		t.Errorf("industry at %s", got)
	}
}

// TestPlainTextDialect checks that the extensions Hugo renders with are parsed as such, so
// the plain text holds what a reader sees and none of the markup.
func TestPlainTextDialect(t *testing.T) {
	body := strings.Join([]string{
		`他说 "ok" -- 好。~~旧~~新，访问 https://example.org 了解。`,
		"",
		"- [x] 已完成",
		"- [ ] 未开始",
		"",
		"术语",
		": 定义文字",
		"",
		"引用一处[^1]，<span>内联</span>代码 `a < b`。",
		"",
		"```go",
		"x := 1",
		"```",
		"",
		"---",
		"",
		"[^1]: 脚注内容。",
	}, "\n")
	doc := parseMarkdown([]byte(body))
	got := blockText(doc, []byte(body))
	want := strings.Join([]string{
		"他说 “ok” – 好。旧新，访问 https://example.org 了解。",
		"已完成", "未开始",
		"术语", "定义文字",
		"引用一处，内联代码 a < b。",
		"x := 1",
		"脚注内容。",
	}, "\n")
	if got != want {
		t.Errorf("plain text:\n%s\nwant:\n%s", got, want)
	}
}
