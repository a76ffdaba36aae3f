package load

import (
	"strings"
	"testing"

	"cpportal/internal/fixture"
)

// TestForbiddenCharactersAreReported puts control and bidirectional characters into CSV
// fields, YAML values, case front matter and a case body, and expects each reported at its
// own position, while zero-width joiners, emoji and tabs pass.
func TestForbiddenCharactersAreReported(t *testing.T) {
	src := fixture.Source()
	replace := func(file, old, new string) {
		t.Helper()
		s := string(src[file].Data)
		if !strings.Contains(s, old) {
			t.Fatalf("%s does not hold %q", file, old)
		}
		src[file].Data = []byte(strings.Replace(s, old, new, 1))
	}
	replace("data/enterprises.csv", "番禺区示例路1号", "番禺区\x00示例路1号")
	replace("data/agencies.csv", "广东示例清洁生产咨询有限公司", "广东示例\u202e清洁生产咨询有限公司")
	replace("data/options.csv", "染色废水中水回用", "染色废水\x1b[31m中水回用")
	replace("data/lists/2009-1.yaml", "issuer: 广东省环境保护局", `issuer: "广东省\u0007环境保护局"`)
	replace("content/cases/dyeing-water-reuse.md", "technology: 膜法中水回用", `technology: "膜法\u2066中水回用"`)
	replace("content/cases/electroplating-rinse.md", "单级漂洗耗水。", "单级漂洗\u0085耗水。")
	// Allowed: emoji with a zero-width joiner, a zero-width space, a tab.
	replace("data/cities.csv", "Guangzhou", "Guangzhou 👩\u200d🔬\u200b\tcity")

	got := problemLines(src)
	want := []string{
		"content/cases/dyeing-water-reuse.md:5:13: technology: value holds the bidirectional control character U+2066",
		"content/cases/electroplating-rinse.md:16:5: body: value holds the control character U+0085",
		"data/agencies.csv:2:6: name: value holds the bidirectional control character U+202E",
		"data/enterprises.csv:2:51: address: value holds the control character U+0000",
		"data/lists/2009-1.yaml:3:9: issuer: value holds the control character U+0007",
		"data/options.csv:2:31: title: value holds the control character U+001B",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) || !strings.Contains(got[i], "(hint: ") {
			t.Errorf("problem %d:\n got  %s\n want %s (hint: …)", i, got[i], want[i])
		}
	}
}

func TestForbiddenRune(t *testing.T) {
	for _, tc := range []struct {
		in     string
		r      rune
		before int
		found  bool
	}{
		{"广州市示例印染有限公司", 0, 0, false},
		{"line\nbreak\ttab\rcr", 0, 0, false},
		{"emoji 😀 zwj 👩\u200d🔬 zwsp \u200b lrm \u200e", 0, 0, false},
		{"a\x00b", 0, 1, true},
		{"中\x7f", 0x7f, 1, true},
		{"中文\u009b", 0x9b, 2, true},
		{"abc\u202edef", 0x202e, 3, true},
		{"\u2069", 0x2069, 0, true},
	} {
		r, before, found := forbiddenRune(tc.in)
		if found != tc.found || (found && (r != tc.r || before != tc.before)) {
			t.Errorf("forbiddenRune(%q) = %U, %d, %v; want %U, %d, %v", tc.in, r, before, found, tc.r, tc.before, tc.found)
		}
	}
}
