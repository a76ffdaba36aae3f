package importer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// update rewrites the generated fixtures: go test ./generator/importer/ -run TestFixtures -update
var update = flag.Bool("update", false, "rewrite the generated fixtures in testdata")

// xlsxSheets is the content of testdata/list.xlsx: a notes sheet without a list, then the list
// with a caption merged across the top, a county merged over three rows, reasons merged over
// two, a subtotal, a blank row and a total. Cells are given by reference.
var xlsxSheets = []struct {
	name   string
	cells  [][2]string
	merges [][2]string
}{
	{name: "说明", cells: [][2]string{{"A1", "本工作簿为虚构示例，企业均不存在。"}, {"A2", "名单见第二张工作表。"}}},
	{name: "名单", cells: [][2]string{
		{"A1", "某某市2099年第二批强制性清洁生产审核企业名单"},
		{"A2", "序号"}, {"B2", "企业（单位）名称"}, {"C2", "信用代码"}, {"D2", "所在地"}, {"E2", "行业类别"}, {"F2", "审核原因"}, {"G2", "类别"}, {"H2", "联系人"},
		{"A3", "1"}, {"B3", "某某甲印染有限公司"}, {"C3", "91449901000010014G"}, {"D3", "某某区"}, {"E3", "印染"}, {"F3", "超标"}, {"G3", "省控"},
		{"A4", "2"}, {"B4", "某某戊线路板有限公司"}, {"C4", ""}, {"E4", "线路板"}, {"F4", "涉重金属"}, {"G4", "国控"}, {"H4", "张某"},
		{"A5", "3"}, {"B5", "某某丙化工有限公司"}, {"E5", "化工"}, {"F5", "双有"}, {"G5", "市级"},
		{"A6", "小计"}, {"B6", "3家"},
		{"A7", "4"}, {"B7", " 某某辛电镀 有限公司 "}, {"D7", "某某县"}, {"E7", "电镀"}, {"F7", "重金属"}, {"G7", "省级"},
		{"A8", "5"}, {"B8", "某某乙电镀（佛山）有限公司"}, {"C8", "91449901000010022B"}, {"D8", "某某县"}, {"E8", "电镀"}, {"G8", "国控"},
		{"A10", "合计"}, {"B10", "5家"},
	}, merges: [][2]string{{"A1", "H1"}, {"D3", "D5"}, {"F7", "F8"}}},
}

// buildXLSX makes the workbook of xlsxSheets.
func buildXLSX(t testing.TB) *excelize.File {
	f := excelize.NewFile()
	for i, s := range xlsxSheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for _, c := range s.cells {
			if err := f.SetCellStr(s.name, c[0], c[1]); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	return f
}

// gbkCSV is the text of testdata/list-gbk.csv before encoding: a spreadsheet export with
// other column titles, half-width brackets and stray spaces in a name, a ragged row, a blank
// line, a section caption and a total.
const gbkCSV = "序号,单位名称,地区,所属行业,类型,控制级别\r\n" +
	"1,某某乙电镀 (佛山) 有限公司,某某区,电镀,涉重,国控\r\n" +
	"2,某某丁造纸有限公司,某某县,造纸,超能耗,省控\r\n" +
	"\r\n" +
	"3,某某己皮革有限公司,某某县,皮革,双超\r\n" +
	"4,某某丙化工有限公司,某某区,化工,排放有毒有害物质,市控\r\n" +
	"合计,,,,,\r\n"

// workbookCells reads every sheet of a workbook as rows of cells plus its merged ranges.
func workbookCells(t testing.TB, f *excelize.File) map[string][][]string {
	out := map[string][][]string{}
	for _, s := range f.GetSheetList() {
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		merges, err := f.GetMergeCells(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range merges {
			rows = append(rows, []string{"merge", m.GetStartAxis(), m.GetEndAxis(), m.GetCellValue()})
		}
		out[s] = rows
	}
	return out
}

// TestFixtures checks that the generated fixtures are what their generators make now, and
// rewrites them with -update.
func TestFixtures(t *testing.T) {
	var xlsx bytes.Buffer
	if err := buildXLSX(t).Write(&xlsx); err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(gbkCSV))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		write := func(name string, data []byte) {
			if err := os.WriteFile(filepath.Join("testdata", name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("list.xlsx", xlsx.Bytes())
		write("list-gbk.csv", gbk)
		write("truncated.xlsx", xlsx.Bytes()[:xlsx.Len()/2])
	}

	committed, err := excelize.OpenFile(filepath.Join("testdata", "list.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer committed.Close()
	fresh, err := excelize.OpenReader(bytes.NewReader(xlsx.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want, got := workbookCells(t, fresh), workbookCells(t, committed)
	if !slices.Equal(fresh.GetSheetList(), committed.GetSheetList()) {
		t.Errorf("sheets: committed %v, generated %v", committed.GetSheetList(), fresh.GetSheetList())
	}
	for name, rows := range want {
		if !slices.EqualFunc(got[name], rows, slices.Equal) {
			t.Errorf("sheet %s: committed cells\n%q\ngenerated\n%q\n(run with -update)", name, got[name], rows)
		}
	}
	if disk := readFixture(t, "list-gbk.csv"); !bytes.Equal(disk, gbk) {
		t.Errorf("testdata/list-gbk.csv differs from gbkCSV encoded as GBK (run with -update)")
	}
	if disk := readFixture(t, "truncated.xlsx"); len(disk) == 0 || bytes.Equal(disk, readFixture(t, "list.xlsx")) {
		t.Errorf("testdata/truncated.xlsx must be a cut-off workbook")
	}
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
