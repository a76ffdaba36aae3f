package domain

import (
	"strings"
	"unicode"
)

// NormalizeName folds the ways one enterprise name is written in published lists into one
// form for matching: full-width and half-width brackets become （）, full-width Latin letters
// and digits become half-width, spaces (including the ideographic space) are removed, and
// trailing punctuation is dropped. It is for comparison only; the site shows names as
// published.
func NormalizeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		case r >= 0xFF01 && r <= 0xFF5E && r != '（' && r != '）':
			r -= 0xFEE0 // full-width ASCII variants
		}
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimRightFunc(b.String(), func(r rune) bool {
		return strings.ContainsRune("。，、；：,.;:*＊", r)
	})
}
