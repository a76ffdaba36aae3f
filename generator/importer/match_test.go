package importer

import (
	"slices"
	"strings"
	"testing"

	"cpportal/domain"
)

// matchRows matches rows given under the header 企业名称,统一社会信用代码,监管级别,列入原因.
func matchRows(t *testing.T, rows ...[]string) []Entry {
	t.Helper()
	g := grid{rows: [][]string{{"企业名称", "统一社会信用代码", "监管级别", "列入原因"}}, locs: []Loc{{N: 1}}}
	for i, r := range rows {
		g.rows = append(g.rows, r)
		g.locs = append(g.locs, Loc{N: i + 2})
	}
	tb, ok := buildTable("t.csv", []grid{g})
	if !ok {
		t.Fatal("no table")
	}
	reg := testRegistry()
	var out []Entry
	for _, r := range tb.Rows {
		out = append(out, reg.match(tb, r))
	}
	return out
}

func TestMatch(t *testing.T) {
	cases := []struct {
		name    string
		row     []string
		outcome Outcome
		uscc    string
		written string
		level   domain.ControlLevel
		notes   []string // substrings, in order
	}{
		{"by code", []string{"某某甲印染有限公司", codeJia, "省控", "双超"}, ByCode, codeJia, "某某甲印染有限公司", domain.LevelProvince, nil},
		{"by code, full-width and lower case", []string{"某某甲印染有限公司", strings.ToLower("９１449901000010014g"), "", "双超"}, ByCode, codeJia, "某某甲印染有限公司", domain.LevelProvince, nil},
		{"by name with half-width brackets and stray spaces", []string{" 某某乙电镀 ( 佛山 ) 有限公司 ", "", "国控", "重金属"}, ByName, codeYi, "某某乙电镀（佛山）有限公司", domain.LevelState, nil},
		{"by name with trailing punctuation", []string{"某某丁造纸有限公司。", "", "省控", "高耗能"}, ByName, codeDing, "某某丁造纸有限公司", domain.LevelProvince, nil},
		{"ambiguous", []string{"某某丙化工有限公司", "", "市控", "双有"}, Ambiguous, "", "某某丙化工有限公司", domain.LevelCity, nil},
		{"new", []string{"某某己皮革有限公司。", "", "省控", "超标"}, New, "", "某某己皮革有限公司", domain.LevelProvince, nil},
		{"new keeps a valid code", []string{"某某己皮革有限公司", "91449901000010073K", "省控", "超标"}, New, "91449901000010073K", "某某己皮革有限公司", domain.LevelProvince, nil},
		{"invalid code falls back to the name", []string{"某某甲印染有限公司", "91449901000010014X", "省控", "超标"}, ByName, codeJia, "某某甲印染有限公司", domain.LevelProvince,
			[]string{"check character (position 18) is X, want G; the name is used instead"}},
		{"code of another enterprise than the name's", []string{"某某甲印染有限公司", "91449901000010073K", "省控", "超标"}, ByName, codeJia, "某某甲印染有限公司", domain.LevelProvince,
			[]string{"the list gives credit code 91449901000010073K, the registry has " + codeJia}},
		{"renamed enterprise found by code", []string{"某某甲纺织有限公司", codeJia, "省控", "超标"}, ByCode, codeJia, "某某甲印染有限公司", domain.LevelProvince,
			[]string{`the list names it "某某甲纺织有限公司", the registry "某某甲印染有限公司"`}},
		{"level falls back to the registry", []string{"某某戊线路板有限公司", "", "", "重金属"}, ByName, codeWu, "某某戊线路板有限公司", domain.LevelState, nil},
		{"level not understood falls back to the registry", []string{"某某戊线路板有限公司", "", "重点", "重金属"}, ByName, codeWu, "某某戊线路板有限公司", domain.LevelState,
			[]string{`control level "重点" not understood`}},
		{"level not understood on a new row stays empty", []string{"某某己皮革有限公司", "", "重点", "其他"}, New, "", "某某己皮革有限公司", "",
			[]string{`control level "重点" not understood`, `reason "其他" not understood`}},
		{"level differs from the registry", []string{"某某戊线路板有限公司", codeWu, "市控", "重金属"}, ByCode, codeWu, "某某戊线路板有限公司", domain.LevelCity,
			[]string{"control level 市控 in the list, 国控 in the registry"}},
	}
	for _, c := range cases {
		e := matchRows(t, c.row)[0]
		if e.Outcome != c.outcome || e.USCC != c.uscc || e.Name != c.written || e.Level != c.level {
			t.Errorf("%s: got %s %q %q %q, want %s %q %q %q", c.name, e.Outcome, e.USCC, e.Name, e.Level, c.outcome, c.uscc, c.written, c.level)
		}
		if len(e.Notes) != len(c.notes) {
			t.Errorf("%s: notes %q, want %d", c.name, e.Notes, len(c.notes))
			continue
		}
		for i, n := range c.notes {
			if !strings.Contains(e.Notes[i], n) {
				t.Errorf("%s: note %q does not say %q", c.name, e.Notes[i], n)
			}
		}
	}
}

func TestMatchAmbiguousNamesCandidates(t *testing.T) {
	e := matchRows(t, []string{"某某丙化工有限公司", "", "", "双有"})[0]
	var got []string
	for _, c := range e.Candidates {
		got = append(got, c.USCC+" "+c.County)
	}
	if want := []string{codeBing1 + " 某某区", codeBing2 + " 某某县"}; !slices.Equal(got, want) {
		t.Errorf("candidates = %q, want %q", got, want)
	}
	if e.Level != "" {
		t.Errorf("level = %q: an ambiguous row has no registry level to fall back to", e.Level)
	}
}

func TestMatchReasons(t *testing.T) {
	e := matchRows(t, []string{"某某甲印染有限公司", codeJia, "省控", "双超；重金属"})[0]
	want := []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonHeavyMetal}
	if !slices.Equal(e.Reasons, want) {
		t.Errorf("reasons = %q, want %q", e.Reasons, want)
	}
}
