package sample

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// TestTableWritesWhatEncodingCSVWrites keeps the fast CSV writer byte-compatible with the
// standard one, so that every loader reads the rows back unchanged.
func TestTableWritesWhatEncodingCSVWrites(t *testing.T) {
	rows := [][]string{
		{"uscc", "name", "note"},
		{"91449906MA0000000X", "佛山市某某千百丽纺织印染有限公司", ""},
		{"a,b", `say "hi"`, "two\nlines"},
		{" leading space", "\ttab", `\.`},
		{"", "", "end\r"},
	}
	path := filepath.Join(t.TempDir(), "t.csv")
	if err := writeTable(path, rows[0], rows[1:]); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	w := csv.NewWriter(&want)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("table wrote\n%q\nencoding/csv writes\n%q", got, want.Bytes())
	}
	back, err := csv.NewReader(bytes.NewReader(got)).ReadAll()
	if err != nil || len(back) != len(rows) || back[2][2] != "two\nlines" {
		t.Errorf("rows do not read back: %q, %v", back, err)
	}
}
