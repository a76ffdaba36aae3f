package importer

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadXLSXMergedCells(t *testing.T) {
	tb := readTable(t, "list.xlsx")
	if tb.Place != "sheet 名单" {
		t.Errorf("place = %q, want the second sheet: the first has no list", tb.Place)
	}
	wantFields := []Field{FieldSeq, FieldName, FieldUSCC, FieldRegion, FieldIndustry, FieldReasons, FieldLevel, FieldUnknown}
	if !slices.Equal(tb.Fields, wantFields) {
		t.Errorf("fields = %q, want %q", tb.Fields, wantFields)
	}
	checks := []struct {
		field Field
		want  []string
	}{
		{FieldName, []string{"某某甲印染有限公司", "某某戊线路板有限公司", "某某丙化工有限公司", "某某辛电镀有限公司", "某某乙电镀（佛山）有限公司"}},
		// D3:D5 is merged: the county of row 3 belongs to rows 4 and 5.
		{FieldRegion, []string{"某某区", "某某区", "某某区", "某某县", "某某县"}},
		// F7:F8 is merged.
		{FieldReasons, []string{"超标", "涉重金属", "双有", "重金属", "重金属"}},
		{FieldLevel, []string{"省控", "国控", "市级", "省级", "国控"}},
	}
	for _, c := range checks {
		if got := column(tb, c.field); !slices.Equal(got, c.want) {
			t.Errorf("%s = %q, want %q", c.field, got, c.want)
		}
	}
	if got, want := wheres(tb), []string{"名单!B3", "名单!B4", "名单!B5", "名单!B7", "名单!B8"}; !slices.Equal(got, want) {
		t.Errorf("rows at %q, want %q", got, want)
	}
	wantSkips := []string{"名单!A1 caption row", "名单!A6 total row", "名单!A9 blank row", "名单!A10 total row"}
	if got := skips(tb.Skipped); !slices.Equal(got, wantSkips) {
		t.Errorf("skipped = %q, want %q", got, wantSkips)
	}
	if got := tb.Unmapped(); !slices.Equal(got, []string{"联系人"}) {
		t.Errorf("unmapped = %q", got)
	}
	for _, r := range tb.Rows {
		if len(r.Cells) != len(tb.Header) {
			t.Errorf("%s has %d cells, header %d", r.Loc.At(0), len(r.Cells), len(tb.Header))
		}
	}
}

func TestReadXLSXErrors(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "序号")
	f.SetCellStr("Sheet1", "B1", "行业")
	var noName bytes.Buffer
	if err := f.Write(&noName); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"truncated.xlsx", readFixture(t, "truncated.xlsx"), "truncated.xlsx: not a readable XLSX workbook"},
		{"plain.xlsx", []byte("序号,企业名称\n1,某某有限公司\n"), "plain.xlsx: not a readable XLSX workbook"},
		{"noname.xlsx", noName.Bytes(), `noname.xlsx: no sheet has a column for the enterprise name (企业名称 or 单位名称); the first sheet starts with "序号 | 行业"`},
	}
	for _, c := range cases {
		_, err := ReadXLSX(c.name, bytes.NewReader(c.data))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to start with %q", c.name, err, c.want)
		}
	}
}

func TestReadXLSXSkipsHiddenSheets(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "企业名称")
	f.SetCellStr("Sheet1", "A2", "某某旧名单有限公司")
	f.NewSheet("名单")
	f.SetCellStr("名单", "A1", "企业名称")
	f.SetCellStr("名单", "A2", "某某新名单有限公司")
	f.SetActiveSheet(1)
	if err := f.SetSheetVisible("Sheet1", false); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	tb, err := ReadXLSX("hidden.xlsx", &b)
	if err != nil {
		t.Fatal(err)
	}
	if got := column(tb, FieldName); !slices.Equal(got, []string{"某某新名单有限公司"}) {
		t.Errorf("names = %q, want the visible sheet's", got)
	}
}

func TestColumnLetters(t *testing.T) {
	for col, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := columnLetters(col); got != want {
			t.Errorf("columnLetters(%d) = %q, want %q", col, got, want)
		}
	}
}
