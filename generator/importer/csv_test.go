package importer

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestReadCSVGBK(t *testing.T) {
	tb := readTable(t, "list-gbk.csv")
	if tb.Encoding != EncGB18030 {
		t.Errorf("encoding = %q, want %q", tb.Encoding, EncGB18030)
	}
	wantFields := []Field{FieldSeq, FieldName, FieldRegion, FieldIndustry, FieldReasons, FieldLevel}
	if !slices.Equal(tb.Fields, wantFields) {
		t.Errorf("fields = %q, want %q", tb.Fields, wantFields)
	}
	if got, want := column(tb, FieldName), []string{"某某乙电镀 (佛山) 有限公司", "某某丁造纸有限公司", "某某己皮革有限公司", "某某丙化工有限公司"}; !slices.Equal(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
	// Line 5 is ragged: it has no level; the cell is there, empty.
	if got, want := column(tb, FieldLevel), []string{"国控", "省控", "", "市控"}; !slices.Equal(got, want) {
		t.Errorf("levels = %q, want %q", got, want)
	}
	if got, want := wheres(tb), []string{"line 2", "line 3", "line 5", "line 6"}; !slices.Equal(got, want) {
		t.Errorf("rows at %q, want %q", got, want)
	}
	// encoding/csv drops the empty line 4 itself; the total on line 7 is reported.
	if got, want := skips(tb.Skipped), []string{"line 7 total row"}; !slices.Equal(got, want) {
		t.Errorf("skipped = %q, want %q", got, want)
	}
}

func TestReadCSVBOM(t *testing.T) {
	tb := readTable(t, "bom.csv")
	if tb.Encoding != EncUTF8BOM {
		t.Errorf("encoding = %q, want %q", tb.Encoding, EncUTF8BOM)
	}
	if tb.Header[0] != "序号" || tb.Fields[0] != FieldSeq {
		t.Errorf("first column %q (%s): the byte-order mark must not stick to it", tb.Header[0], tb.Fields[0])
	}
	if got, want := wheres(tb), []string{"line 2", "line 3", "line 5", "line 6", "line 8"}; !slices.Equal(got, want) {
		t.Errorf("rows at %q, want %q", got, want)
	}
	if got, want := skips(tb.Skipped), []string{"line 4 repeated header row", "line 7 blank row"}; !slices.Equal(got, want) {
		t.Errorf("skipped = %q, want %q", got, want)
	}
	if len(tb.Notes) != 1 || !strings.Contains(tb.Notes[0], "line 8: cells beyond the last titled column ignored: 多余") {
		t.Errorf("notes = %q, want the extra cell of line 8", tb.Notes)
	}
	if got := tb.Value(tb.Rows[1], FieldReasons); got != "涉重金属,双有" {
		t.Errorf("quoted cell = %q", got)
	}
}

func TestDecodeCSV(t *testing.T) {
	text := "企业名称,行业\n某某𠀀有限公司,€ 印染\n" // 𠀀 needs GB18030's four-byte form, € is in GBK
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		raw       []byte
		enc       string
		undecoded int
	}{
		{"utf-8", []byte(text), EncUTF8, 0},
		{"bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), EncUTF8BOM, 0},
		{"gb18030", gb, EncGB18030, 0},
		{"utf-16", utf16, EncUTF16, 0},
	}
	for _, c := range cases {
		got, enc, bad := decodeCSV(c.raw)
		if string(got) != text || enc != c.enc || bad != c.undecoded {
			t.Errorf("%s: decoded %q as %s with %d undecoded, want %q as %s", c.name, got, enc, bad, text, c.enc)
		}
	}
	// A byte that is neither UTF-8 nor GB18030 is counted and replaced.
	broken := append(append([]byte{}, gb...), 0xFF)
	got, enc, bad := decodeCSV(broken)
	if enc != EncGB18030 || bad != 1 || !bytes.HasSuffix(got, []byte("\uFFFD")) {
		t.Errorf("broken: %q as %s with %d undecoded", got, enc, bad)
	}
	tb, err := ReadCSV("broken.csv", bytes.NewReader(broken))
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Notes) != 1 || !strings.HasPrefix(tb.Notes[0], "1 bytes are neither UTF-8 nor GBK/GB18030") {
		t.Errorf("notes = %q", tb.Notes)
	}
}

func TestReadCSVShapes(t *testing.T) {
	cases := []struct {
		name, text string
		names      []string
	}{
		{"tab separated", "序号\t企业名称\t行业\n1\t某某有限公司\t印染\n", []string{"某某有限公司"}},
		{"ragged and caption", "某某市名单,,\n企业名称,行业\n某某甲有限公司\n某某乙有限公司,印染,多余,更多\n", []string{"某某甲有限公司", "某某乙有限公司"}},
		{"quoted line break in a name", "企业名称,行业\n\"某某甲\n有限公司\",印染\n某某乙有限公司,印染\n", []string{"某某甲有限公司", "某某乙有限公司"}},
		{"stray quote", "企业名称,行业\n某某\"甲\"有限公司,印染\n", []string{"某某\"甲\"有限公司"}},
	}
	for _, c := range cases {
		tb, err := ReadCSV(c.name+".csv", strings.NewReader(c.text))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := column(tb, FieldName); !slices.Equal(got, c.names) {
			t.Errorf("%s: names = %q, want %q", c.name, got, c.names)
		}
	}
	// A record spanning lines is placed at the line it starts on.
	tb, _ := ReadCSV("x.csv", strings.NewReader("企业名称,行业\n\"某某甲\n有限公司\",印染\n某某乙有限公司,印染\n"))
	if got := wheres(tb); !slices.Equal(got, []string{"line 2", "line 4"}) {
		t.Errorf("multi-line record at %q", got)
	}
}

func TestReadCSVErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"empty.csv", "", "empty.csv: the file is empty"},
		{"blank.csv", " \r\n\r\n", "blank.csv: the file is empty"},
		{"noname.csv", "序号,地区\n1,某某区\n", `noname.csv: no line has a column for the enterprise name (企业名称 or 单位名称); the first line starts with "序号 | 地区"`},
	}
	for _, c := range cases {
		_, err := ReadCSV(c.name, strings.NewReader(c.text))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := ReadFile("testdata/empty.csv"); err == nil || err.Error() != "testdata/empty.csv: the file is empty" {
		t.Errorf("empty fixture: %v", err)
	}
}
