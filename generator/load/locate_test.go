package load

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"
	"testing/fstest"

	"cpportal/domain"
)

// eagerPositions is what records once kept for every field: each field's line and character
// column, read in the same pass as the record. The locator must give exactly these.
func eagerPositions(t *testing.T, text []byte) []map[string]domain.Pos {
	t.Helper()
	lines := newLineIndex(text)
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]domain.Pos
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		pos := map[string]domain.Pos{}
		for i := range rec {
			fl, fc := r.FieldPos(i)
			pos[header[i]] = domain.Pos{File: "data/x.csv", Line: fl, Col: lines.runeCol(fl, fc)}
		}
		out = append(out, pos)
	}
}

func TestLocatorMatchesEagerPositions(t *testing.T) {
	text := "uscc,name,city,name_en\r\n" +
		"91449901MA59AB121C,广州市示例印染有限公司,440100,Guangzhou\r\n" +
		"91449903708461C363,\"深圳市\n示例（宝安）\",440300,\"Shen\"\"zhen\"\r\n" +
		"\n" + // a blank line between records
		"91449901MA59AB121C,＂全角＂ 名称,\"44\n01\n00\",\n"
	spec := csvSpec{file: "data/x.csv", columns: []string{"uscc", "name", "city"}, optional: []string{"name_en"}}
	want := eagerPositions(t, []byte(text))

	check := func(t *testing.T, rows []csvRow) {
		t.Helper()
		if len(rows) != len(want) {
			t.Fatalf("%d rows, want %d", len(rows), len(want))
		}
		for i, r := range rows {
			for field, w := range want[i] {
				if got := r.src.At(field); got != w {
					t.Errorf("row %d %s: at %v, want %v", i+1, field, got, w)
				}
			}
			if got, w := r.src.At("no_such_column"), (domain.Pos{File: "data/x.csv", Line: r.src.Line, Col: 1}); got != w {
				t.Errorf("row %d unknown field: at %v, want the record's start %v", i+1, got, w)
			}
		}
	}

	t.Run("while parsing", func(t *testing.T) {
		var ps domain.Problems
		rows, loc := parseCSV(spec, []byte(text), &ps)
		if len(ps) != 0 || loc == nil {
			t.Fatalf("problems %v, locator %v", ps, loc)
		}
		check(t, rows)
	})
	t.Run("after release, read again from the folder", func(t *testing.T) {
		fsys := fstest.MapFS{"data/x.csv": {Data: []byte("\ufeff" + text)}}
		var ps domain.Problems
		rows := readCSV(fsys, spec, &ps, false)
		if len(ps) != 0 {
			t.Fatal(ps)
		}
		if loc := rows[0].src.Locator.(*csvLocator); loc.data != nil {
			t.Fatal("the text is still held after loading")
		}
		check(t, rows)
	})
	t.Run("file gone: record start", func(t *testing.T) {
		fsys := fstest.MapFS{"data/x.csv": {Data: []byte(text)}}
		var ps domain.Problems
		rows := readCSV(fsys, spec, &ps, false)
		delete(fsys, "data/x.csv")
		if got, w := rows[1].src.At("city"), (domain.Pos{File: "data/x.csv", Line: 3, Col: 1}); got != w {
			t.Errorf("at %v, want %v", got, w)
		}
	})
}

func TestLazyLinesScansOnlyWhatIsAsked(t *testing.T) {
	li := lazyLines{data: []byte("ab\n甲乙丙\nxyz\n")}
	if got := li.runeCol(1, 2); got != 2 {
		t.Errorf("line 1 byte 2: column %d, want 2", got)
	}
	if li.scanned != 0 {
		t.Errorf("scanned %d bytes for line 1", li.scanned)
	}
	if got := li.runeCol(2, 7); got != 3 { // 丙 starts at byte 7
		t.Errorf("line 2 byte 7: column %d, want 3", got)
	}
	if _, ok := li.start(5); ok {
		t.Error("line 5 of a 3-line text has a start")
	}
	if got := li.runeCol(9, 4); got != 4 {
		t.Errorf("past the end: column %d, want the byte column 4", got)
	}
}
