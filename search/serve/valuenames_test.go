package serve

import "testing"

// TestEnglishCountyLabels: the English results page labels a county facet value in English
// with the published name beside it, keeps values it does not know as they are, and the
// Chinese page keeps the published name.
func TestEnglishCountyLabels(t *testing.T) {
	en, zh := langOfPath("/en/search"), langOfPath("/search")
	if got := label(&en.words, "county", "顺德区"); got != "Shunde District (顺德区)" {
		t.Errorf("English label of 顺德区: %q", got)
	}
	if got := label(&en.words, "county", "虎门镇"); got != "虎门镇" {
		t.Errorf("English label of a town outside the table: %q", got)
	}
	if got := label(&zh.words, "county", "顺德区"); got != "顺德区" {
		t.Errorf("Chinese label of 顺德区: %q", got)
	}
}
