package importer

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// checkTable asserts what every reader promises of a table it returns.
func checkTable(t *testing.T, tb *Table, err error) {
	if err != nil {
		if tb != nil {
			t.Errorf("a table returned with the error %v", err)
		}
		if !strings.HasPrefix(err.Error(), "fuzz") {
			t.Errorf("error %q does not name the file", err)
		}
		return
	}
	if len(tb.Fields) != len(tb.Header) {
		t.Fatalf("%d fields for %d header cells", len(tb.Fields), len(tb.Header))
	}
	name := tb.Col(FieldName)
	if name < 0 {
		t.Fatalf("a table without a name column: %q", tb.Header)
	}
	if len(tb.Header) > maxColumns {
		t.Errorf("%d columns, more than %d", len(tb.Header), maxColumns)
	}
	for _, r := range tb.Rows {
		if len(r.Cells) != len(tb.Header) {
			t.Fatalf("%s: %d cells, header has %d", r.Loc.At(0), len(r.Cells), len(tb.Header))
		}
		if r.Cells[name] == "" {
			t.Errorf("%s: a member row without a name", r.Loc.At(name))
		}
	}
}

func addFixtureSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		f.Add(readFixture(f, n))
	}
}

func FuzzReadHTML(f *testing.F) {
	addFixtureSeeds(f, "notice.html", "notable.html", "noname.html")
	f.Add([]byte(`<table><tr><td rowspan="0" colspan="3">企业名称</td></tr><tr><td rowspan=2>甲</td></tr><tr></tr></table>`))
	f.Add([]byte(`<table><tr><th>企业名称</th><th colspan=2>地区</th></tr><tr><td>甲<table><tr><td>乙</td></tr></table></td></tr></table>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadHTML("fuzz.html", bytes.NewReader(data))
		checkTable(t, tb, err)
	})
}

func FuzzReadCSV(f *testing.F) {
	addFixtureSeeds(f, "bom.csv", "list-gbk.csv", "empty.csv")
	f.Add([]byte("企业名称\t行业\n\"甲\n乙\"\t印染\n"))
	f.Add([]byte("\xff\xfe" + "\x01\x4f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadCSV("fuzz.csv", bytes.NewReader(data))
		checkTable(t, tb, err)
	})
}

func FuzzReadXLSX(f *testing.F) {
	addFixtureSeeds(f, "list.xlsx", "truncated.xlsx")
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadXLSX("fuzz.xlsx", io.NopCloser(bytes.NewReader(data)))
		checkTable(t, tb, err)
	})
}
