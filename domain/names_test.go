package domain

import (
	"strings"
	"testing"
	"unicode"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"深圳市示例电镀有限公司（宝安）", "深圳市示例电镀有限公司（宝安）"},
		{"深圳市示例电镀有限公司(宝安)", "深圳市示例电镀有限公司（宝安）"},
		{"深圳市示例电镀有限公司 (宝安)", "深圳市示例电镀有限公司（宝安）"},
		{" 广州市\u3000示例 印染\t有限公司 ", "广州市示例印染有限公司"},
		{"广州\u200b示例公司", "广州示例公司"},
		{"ＡＢＣ电子（广州）有限公司", "ABC电子（广州）有限公司"},
		{"佛山市１２３陶瓷厂", "佛山市123陶瓷厂"},
		{"东莞市示例纸业有限公司。", "东莞市示例纸业有限公司"},
		{"东莞市示例纸业有限公司；，", "东莞市示例纸业有限公司"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeName(tt.in); got != tt.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Different enterprises stay different.
	for _, pair := range [][2]string{
		{"广州市示例印染有限公司", "广州市示例染整有限公司"},
		{"示例（广州）有限公司", "示例（深圳）有限公司"},
		{"示例电镀厂", "示例电镀厂二厂"},
	} {
		if NormalizeName(pair[0]) == NormalizeName(pair[1]) {
			t.Errorf("%q and %q normalize to the same name", pair[0], pair[1])
		}
	}
}

// FuzzNormalizeName: never panics, is idempotent, and leaves no spaces, no half-width brackets
// and no full-width ASCII variants other than the brackets.
func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"深圳市示例电镀有限公司 (宝安)", "ＡＢＣ（广州）。", "a ．", "\u3000\ufeff公司", "\xff(", "（）()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeName(s)
		if again := NormalizeName(n); again != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, again)
		}
		if strings.ContainsAny(n, "()") {
			t.Fatalf("half-width bracket left in %q", n)
		}
		for _, r := range n {
			if unicode.IsSpace(r) || r == '\u3000' || r == '\u200b' || r == '\ufeff' {
				t.Fatalf("space %U left in %q", r, n)
			}
			if r >= 0xFF01 && r <= 0xFF5E && r != '（' && r != '）' {
				t.Fatalf("full-width %q left in %q", r, n)
			}
		}
	})
}
