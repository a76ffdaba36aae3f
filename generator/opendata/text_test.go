package opendata

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNeutraliseCell(t *testing.T) {
	cases := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"+86 20 1234", "'+86 20 1234"},
		{"-粤环函〔2024〕5号", "'-粤环函〔2024〕5号"},
		{"\tcalc", "'\tcalc"},
		{"\rcalc", "'\rcalc"},
		{"＝1+1", "'＝1+1"}, // full-width equals sign
		{"'already quoted", "''already quoted"},
		{"广州市", "广州市"},
		{"1+1=2", "1+1=2"}, // a formula character later in the text is harmless
		{"", ""},
		{" =1", " =1"},
		{"https://example.org/a?b=c", "https://example.org/a?b=c"},
	}
	for _, c := range cases {
		if got := NeutraliseCell(c.in); got != c.want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", c.in, got, c.want)
		}
		if back := unneutraliseCell(NeutraliseCell(c.in)); back != c.in {
			t.Errorf("unneutraliseCell(NeutraliseCell(%q)) = %q", c.in, back)
		}
	}
}

// Numbers never go through NeutraliseCell: the CSV writer formats them itself. This checks the
// writer leaves a number column alone even where the same text in a text column is quoted.
func TestNumbersAreNotNeutralised(t *testing.T) {
	type row struct {
		Text   string  `json:"text"`
		Amount *Number `json:"amount"`
		Count  int     `json:"count"`
	}
	cols := columnsOf(typeOf[row]())
	n := Number(1.5)
	r := row{Text: "-1.5", Amount: &n, Count: 7}
	cells, err := csvCells(nil, valueOf(&r), cols)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"'-1.5", "1.5", "7"}; strings.Join(cells, "|") != strings.Join(want, "|") {
		t.Errorf("cells = %q, want %q", cells, want)
	}
}

func FuzzNeutraliseCell(f *testing.F) {
	for _, s := range []string{"=1+1", "@SUM", "+1", "-1", "\t", "\r", "'", "''=", "＝", "plain", "", "\xff=", "广州"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := NeutraliseCell(s)
		if out != "" {
			r, _ := utf8.DecodeRuneInString(out)
			if strings.ContainsRune(formulaStarts, r) && r != '\'' {
				t.Fatalf("NeutraliseCell(%q) = %q starts with a formula character", s, out)
			}
		}
		if out != s && out != "'"+s {
			t.Fatalf("NeutraliseCell(%q) = %q changes more than a leading quote", s, out)
		}
		if back := unneutraliseCell(out); back != s {
			t.Fatalf("unneutraliseCell(%q) = %q, want %q", out, back, s)
		}
	})
}

func TestCleanText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"广州市某某公司", "广州市某某公司"},
		{"a\x00b", "ab"},
		{"a\x07\x1bb\x7f\u0085c", "abc"},
		{"tab\tand\nnewline", "tab\tand\nnewline"},
		{"crlf\r\nline\rend", "crlf\nline\nend"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"\u202egnp.exe", "gnp.exe"},
		{"\u2066iso\u2069", "iso"},
		{"non\uFFFEchar\uFFFF", "nonchar"},
		{"zero\u200bwidth 👩\u200d🔬", "zero\u200bwidth 👩\u200d🔬"},
		{"\xed\xa0\x80surrogate", "\uFFFD\uFFFD\uFFFDsurrogate"},
	}
	for _, c := range cases {
		if got := CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "广州", "a\x00b", "\r\n", "\xff", "\u202e", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := CleanText(s)
		if !utf8.ValidString(out) {
			t.Fatalf("CleanText(%q) = %q is not UTF-8", s, out)
		}
		for _, r := range out {
			if r == '\r' || unwantedRune(r) {
				t.Fatalf("CleanText(%q) = %q keeps %U", s, out, r)
			}
		}
		if CleanText(out) != out {
			t.Fatalf("CleanText is not idempotent on %q", s)
		}
	})
}

// unneutraliseCell undoes NeutraliseCell, as a reader of the downloads does: it removes the
// quote NeutraliseCell added.
func unneutraliseCell(s string) string {
	if rest, ok := strings.CutPrefix(s, "'"); ok {
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && strings.ContainsRune(formulaStarts, r) {
			return rest
		}
	}
	return s
}
