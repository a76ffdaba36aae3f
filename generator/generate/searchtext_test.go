package generate

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"cpportal/internal/fixture"
)

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)([^>]*?)(/?)>`)

// indexedText returns the text of a fragment as the search index reads it: elements carrying
// data-search-ignore are left out with everything inside them. The fragments are this package's
// own markup, so a tag scanner is enough.
func indexedText(t *testing.T, frag string) string {
	t.Helper()
	var b strings.Builder
	skip := 0 // depth inside an pagehtml.Ignored element
	var open []string
	last := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(frag, -1) {
		if skip == 0 {
			b.WriteString(html.UnescapeString(frag[last:m[0]]))
		}
		last = m[1]
		closing, name, attrs := frag[m[2]:m[3]] == "/", frag[m[4]:m[5]], frag[m[6]:m[7]]
		selfClosing := frag[m[8]:m[9]] == "/" || name == "br"
		switch {
		case selfClosing:
		case closing:
			if len(open) == 0 || open[len(open)-1] != name {
				t.Fatalf("</%s> closes %v", name, open)
			}
			open = open[:len(open)-1]
			if skip > 0 {
				skip--
			}
			b.WriteString("\n")
		default:
			open = append(open, name)
			if skip > 0 || strings.Contains(attrs, "data-search-ignore") {
				skip++
			}
			b.WriteString("\n")
		}
	}
	b.WriteString(frag[last:])
	return b.String()
}

// TestDossierIndexedText checks what a dossier gives the search index: what readers search an
// enterprise by, and none of the explanations every dossier repeats, the charts' labels, the
// figures of the tables or other records' text.
func TestDossierIndexedText(t *testing.T) {
	g, f := testFrag(t)
	f.dossier(g, enterprise(t, g, fixture.Paper))
	text := indexedText(t, f.String())
	for _, want := range []string{
		"第一批强制性清洁生产审核企业名单", "粤环〔2009〕31号", // the list and its document number
		"粤环审〔2010〕3号", "粤环审〔2010〕9号", "示例环保咨询公司", // events: documents and agency
		"化学需氧量 · DW001", // pollutant and outlet
		"白水回收", "碱回收改造", // option names
	} {
		if !strings.Contains(text, want) {
			t.Errorf("indexed text lacks %q:\n%s", want, text)
		}
	}
	for _, key := range []string{"batch_note", "emissions_note", "archive_note", "options_stats_note", "legend_concentration", "legend_quota", "h_archive", "h_cases"} {
		if s := f.T(key); strings.Contains(text, s) {
			t.Errorf("indexed text repeats %s %q", key, s)
		}
	}
	for _, notWanted := range []string{
		"造纸白水回收利用",      // the enterprise's case study: indexed on its own page
		"12.5", "50000", // option figures
		"排放浓度与标准限值", // chart captions
	} {
		if strings.Contains(text, notWanted) {
			t.Errorf("indexed text holds %q:\n%s", notWanted, text)
		}
	}
	if !strings.Contains(f.String(), "造纸白水回收利用") || !strings.Contains(f.String(), f.T("emissions_note")) {
		t.Error("the page no longer shows what the index leaves out")
	}
}
