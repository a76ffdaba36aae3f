package importer

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// benchRows is the size of the lists the benchmarks read: larger than any batch published so
// far (a few hundred enterprises).
const benchRows = 2000

func benchName(i int) string { return fmt.Sprintf("某某%04d号印染有限公司", i) }

func BenchmarkReadHTML(b *testing.B) {
	var s strings.Builder
	s.WriteString("<table><tr><td colspan=6>某某名单</td></tr><tr><th>序号</th><th>县（市、区）</th><th>企业名称</th><th>行业</th><th>列入原因</th><th>监管级别</th></tr>")
	for i := range benchRows {
		county := ""
		if i%10 == 0 {
			county = `<td rowspan="10">某某区</td>`
		}
		fmt.Fprintf(&s, "<tr><td>%d</td>%s<td>%s</td><td>印染</td><td>双超</td><td>省控</td></tr>", i+1, county, benchName(i))
	}
	s.WriteString("</table>")
	data := []byte(s.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadHTML("bench.html", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCSV(b *testing.B) {
	var s strings.Builder
	s.WriteString("序号,企业名称,地区,行业,列入原因,监管级别\n")
	for i := range benchRows {
		fmt.Fprintf(&s, "%d,%s,某某区,印染,双超,省控\n", i+1, benchName(i))
	}
	data := []byte(s.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadCSV("bench.csv", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadXLSX(b *testing.B) {
	f := excelize.NewFile()
	for c, h := range []string{"序号", "企业名称", "所在地", "行业", "列入原因", "监管级别"} {
		cell, _ := excelize.CoordinatesToCellName(c+1, 1)
		f.SetCellStr("Sheet1", cell, h)
	}
	for i := range benchRows {
		row := i + 2
		f.SetCellInt("Sheet1", fmt.Sprintf("A%d", row), int64(i+1))
		f.SetCellStr("Sheet1", fmt.Sprintf("B%d", row), benchName(i))
		if i%10 == 0 {
			f.SetCellStr("Sheet1", fmt.Sprintf("C%d", row), "某某区")
			f.MergeCell("Sheet1", fmt.Sprintf("C%d", row), fmt.Sprintf("C%d", row+9))
		}
		f.SetCellStr("Sheet1", fmt.Sprintf("D%d", row), "印染")
		f.SetCellStr("Sheet1", fmt.Sprintf("E%d", row), "双超")
		f.SetCellStr("Sheet1", fmt.Sprintf("F%d", row), "省控")
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		t, err := ReadXLSX("bench.xlsx", bytes.NewReader(data))
		if err != nil || len(t.Rows) != benchRows {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	t := &Table{Header: []string{"企业名称", "列入原因", "监管级别"}, Fields: []Field{FieldName, FieldReasons, FieldLevel}}
	for i := range benchRows {
		t.Rows = append(t.Rows, Row{Cells: []string{benchName(i), "双超；重金属", "省控"}, Loc: Loc{N: i + 2}})
	}
	reg := testRegistry()
	for b.Loop() {
		buildReport(t, reg, Options{Batch: "bench"})
	}
}
