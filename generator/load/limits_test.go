package load

import (
	"strings"
	"testing"

	"cpportal/internal/fixture"
)

// replaced is the fixture with one text replaced in one file.
func replaced(t *testing.T, file, old, new string) []string {
	t.Helper()
	src := fixture.Source()
	text := string(src[file].Data)
	if !strings.Contains(text, old) {
		t.Fatalf("%s does not hold %q", file, old)
	}
	src[file].Data = []byte(strings.Replace(text, old, new, 1))
	return problemLines(src)
}

// TestTextLimits: a value longer than its field's documented limit is refused at its
// position (a 10 MB address used to load and make searches time out).
func TestTextLimits(t *testing.T) {
	const hint = " (hint: shorten it; data/README.md lists the limits)"
	checkProblems(t, replaced(t, "data/enterprises.csv", "广州市番禺区示例路1号", strings.Repeat("址", 3_500_000) /* 10 MB */),
		[]string{"data/enterprises.csv:2:51: address: value is 3,500,000 characters long; at most 300 are allowed" + hint})
	checkProblems(t, replaced(t, "data/enterprises.csv", "广州市示例印染有限公司", strings.Repeat("名", 201)),
		[]string{"data/enterprises.csv:2:20: name: value is 201 characters long; at most 200 are allowed" + hint})
	checkProblems(t, replaced(t, "data/enterprises.csv", "广州市示例印染有限公司", strings.Repeat("名", 200)), nil)
	checkProblems(t, replaced(t, "data/lists/2009-1.yaml", "广东省第一批强制性清洁生产审核企业名单", strings.Repeat("题", 301)),
		[]string{"data/lists/2009-1.yaml:2:8: title: value is 301 characters long; at most 300 are allowed" + hint})
	got := replaced(t, "content/cases/dyeing-water-reuse.md", "## 问题", strings.Repeat("长", maxCaseBody)+"\n\n## 问题")
	if len(got) != 1 || !strings.Contains(got[0], ": body: the body is ") || !strings.HasSuffix(got[0], "at most 100,000 are allowed (hint: split it into several case studies or link to a document)") {
		t.Errorf("a long case body: %q", got)
	}
}

// TestNumberLimits: numbers are finite and within their documented range (a reduction of
// 1e308 used to load and fail later as +Inf with no position).
func TestNumberLimits(t *testing.T) {
	checkProblems(t, replaced(t, "data/disclosures.csv", ",95,mg/L,80,120.5,", ",95,mg/L,80,1"+strings.Repeat("0", 308)+","),
		[]string{`data/disclosures.csv:2:53: total_t: "1` + strings.Repeat("0", 308) + `" is over 1,000,000,000, the largest value allowed here`})
	checkProblems(t, replaced(t, "data/disclosures.csv", ",95,mg/L,", ",1000001,mg/L,"),
		[]string{`data/disclosures.csv:2:42: concentration: "1000001" is over 1,000,000, the largest value allowed here`})
	checkProblems(t, replaced(t, "content/cases/dyeing-water-reuse.md", "payback_years: 2.7", "payback_years: 150"),
		[]string{`content/cases/dyeing-water-reuse.md:11:16: payback_years: "150" is over 100, the largest value allowed here`})
	checkProblems(t, replaced(t, "content/cases/dyeing-water-reuse.md", "investment_wan: 120", "investment_wan: 10000000000"),
		[]string{`content/cases/dyeing-water-reuse.md:9:17: investment_wan: "10000000000" is over 1,000,000,000, the largest value allowed here`})
	checkProblems(t, replaced(t, "data/disclosures.csv", ",95,mg/L,80,120.5,", ",95,mg/L,80,1000000000,"), nil)
}
