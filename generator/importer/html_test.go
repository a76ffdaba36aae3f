package importer

import (
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestReadHTMLNotice(t *testing.T) {
	tb := readTable(t, "notice.html")
	if tb.Place != "table 2" {
		t.Errorf("place = %q, want the nested list table, table 2", tb.Place)
	}
	wantFields := []Field{FieldSeq, FieldRegion, FieldName, FieldUSCC, FieldIndustry, FieldReasons, FieldLevel, FieldUnknown}
	if !slices.Equal(tb.Fields, wantFields) {
		t.Errorf("fields = %q, want %q", tb.Fields, wantFields)
	}
	if got := tb.Header[2]; got != "企业名称" {
		t.Errorf("header split by <br> = %q, want 企业名称", got)
	}
	if got := tb.Unmapped(); !slices.Equal(got, []string{"备注"}) {
		t.Errorf("unmapped = %q", got)
	}
	checks := []struct {
		field Field
		want  []string
	}{
		{FieldName, []string{"某某甲印染有限公司", "某某乙电镀(佛山) 有限公司", "某某丙化工有限公司", "某某己皮革有限公司", "某某丁造纸有限公司。"}},
		// The county is written once per county (rowspan) and belongs to every row it spans.
		{FieldRegion, []string{"某某区", "某某区", "某某区", "某某县", "某某县"}},
		// The level of the first row spans the second.
		{FieldLevel, []string{"省控", "省控", "市控", "重点", "国家重点监控企业"}},
		{FieldUSCC, []string{codeJia, "", "", "", codeDing}},
	}
	for _, c := range checks {
		if got := column(tb, c.field); !slices.Equal(got, c.want) {
			t.Errorf("%s = %q, want %q", c.field, got, c.want)
		}
	}
	if got, want := wheres(tb), []string{"row 3", "row 4", "row 5", "row 8", "row 9"}; !slices.Equal(got, want) {
		t.Errorf("rows at %q, want %q", got, want)
	}
	wantSkips := []string{"row 1 caption row", "row 6 caption row", "row 7 repeated header row", "row 10 blank row", "row 11 total row"}
	if got := skips(tb.Skipped); !slices.Equal(got, wantSkips) {
		t.Errorf("skipped = %q, want %q", got, wantSkips)
	}
	if got := tb.Skipped[4].Text; got != "合计 | 5家" {
		t.Errorf("total row text = %q: colspan cells must show once", got)
	}
}

// grid parses the first table of an HTML fragment into its expanded grid.
func htmlFragmentGrid(t *testing.T, fragment string) [][]string {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(fragment))
	if err != nil {
		t.Fatal(err)
	}
	return htmlGrid(doc.Find("table").First(), "").rows
}

func TestHTMLGridSpans(t *testing.T) {
	cases := []struct {
		name, html string
		want       [][]string
	}{
		{"rowspan and colspan together",
			`<table><tr><td rowspan="2" colspan="2">A</td><td>B</td></tr><tr><td>C</td></tr></table>`,
			[][]string{{"A", "A", "B"}, {"A", "A", "C"}}},
		{"rowspan in a middle column",
			`<table><tr><td>1</td><td rowspan="3">区</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr><tr><td>3</td><td>丙</td></tr><tr><td>4</td><td>县</td><td>丁</td></tr></table>`,
			[][]string{{"1", "区", "甲"}, {"2", "区", "乙"}, {"3", "区", "丙"}, {"4", "县", "丁"}}},
		{"rowspan past the last row is cut",
			`<table><tr><td rowspan="9">X</td><td>a</td></tr><tr><td>b</td></tr></table>`,
			[][]string{{"X", "a"}, {"X", "b"}}},
		{"rowspan 0 reaches the end",
			`<table><tr><td rowspan="0">X</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>`,
			[][]string{{"X", "a"}, {"X", "b"}, {"X", "c"}}},
		{"spanned cell in the last column of a short row",
			`<table><tr><td>a</td><td>b</td><td rowspan="2">Z</td></tr><tr><td>c</td></tr></table>`,
			[][]string{{"a", "b", "Z"}, {"c", "", "Z"}}},
		{"bad span attributes are 1",
			`<table><tr><td colspan="x" rowspan="-2">a</td><td colspan="0">b</td></tr><tr><td>c</td></tr></table>`,
			[][]string{{"a", "b"}, {"c"}}},
		{"nested table rows belong to the nested table",
			`<table><tr><td>outer<table><tr><td>inner</td></tr></table></td></tr></table>`,
			[][]string{{"outer inner"}}},
		{"whitespace, nbsp and line breaks",
			"<table><tr><td>\n  某某&nbsp;有限<br>公司 </td><td>Co.,&nbsp;Ltd</td></tr></table>",
			[][]string{{"某某有限公司", "Co., Ltd"}}},
	}
	for _, c := range cases {
		if got := htmlFragmentGrid(t, c.html); !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("%s: grid = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestHTMLGridColspanBounded(t *testing.T) {
	rows := htmlFragmentGrid(t, `<table><tr><td colspan="100000">a</td><td colspan="100000">b</td></tr></table>`)
	if len(rows[0]) != maxColumns {
		t.Errorf("width = %d, want it bounded at %d", len(rows[0]), maxColumns)
	}
}

func TestReadHTMLErrors(t *testing.T) {
	cases := []struct{ file, want string }{
		{"notable.html", "testdata/notable.html: the page has no table"},
		{"noname.html", `testdata/noname.html: no table has a column for the enterprise name (企业名称 or 单位名称); the first table starts with "序号 | 地区 | 行业 | 家数"`},
	}
	for _, c := range cases {
		_, err := ReadFile("testdata/" + c.file)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to start with %q", c.file, err, c.want)
		}
	}
}
