package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings the CSV reader tells apart, as the report names them.
const (
	EncUTF8    = "UTF-8"
	EncUTF8BOM = "UTF-8 with byte-order mark"
	EncUTF16   = "UTF-16"
	EncGB18030 = "GBK/GB18030"
)

// maxCSVBytes bounds the size of a CSV export the importer reads; lists are a few hundred rows.
const maxCSVBytes = 64 << 20

// ReadCSV reads a CSV export of a list. The encoding is detected: UTF-8 (with or without a
// byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode text"), and otherwise GBK
// or GB18030, which Chinese spreadsheet programs write by default. Rows may have different
// numbers of cells; a tab-separated export is recognised by its first line.
func ReadCSV(file string, r io.Reader) (*Table, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxCSVBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(raw) > maxCSVBytes {
		return nil, fmt.Errorf("%s: larger than %d MB; is this really a list?", file, maxCSVBytes>>20)
	}
	text, enc, undecoded := decodeCSV(raw)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fmt.Errorf("%s: the file is empty", file)
	}
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = sniffComma(text)
	cr.FieldsPerRecord = -1 // published exports are ragged
	cr.LazyQuotes = true
	g := grid{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		line, _ := cr.FieldPos(0)
		row := make([]string, min(len(rec), maxColumns))
		for i := range row {
			row[i] = cleanCell(rec[i])
		}
		g.rows = append(g.rows, row)
		g.locs = append(g.locs, Loc{Kind: LocLine, N: line})
	}
	t, ok := buildTable(file, []grid{g})
	if !ok {
		return nil, errNoNameColumn(file, "line", []grid{g})
	}
	t.Encoding = enc
	if undecoded > 0 {
		t.Notes = append(t.Notes, fmt.Sprintf("%d bytes are neither UTF-8 nor GBK/GB18030 and show as �; check the names around them", undecoded))
	}
	return t, nil
}

// decodeCSV returns the file as UTF-8 without a byte-order mark, the encoding it was found
// in, and how many characters could not be decoded.
func decodeCSV(raw []byte) (text []byte, enc string, undecoded int) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return bytes.ToValidUTF8(raw[3:], []byte("\uFFFD")), EncUTF8BOM, countInvalidUTF8(raw[3:])
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err == nil {
			return out, EncUTF16, bytes.Count(out, []byte("\uFFFD"))
		}
	case utf8.Valid(raw):
		return raw, EncUTF8, 0
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil { // the decoder replaces bad input instead of failing; keep the bytes as they are
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), EncUTF8, countInvalidUTF8(raw)
	}
	// The decoder writes U+FFFD for each sequence that is not GB18030 either.
	return out, EncGB18030, bytes.Count(out, []byte("\uFFFD"))
}

// countInvalidUTF8 counts the invalid bytes of a text that should be UTF-8.
func countInvalidUTF8(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// sniffComma returns a tab when the first line holds tabs and no commas, a comma otherwise.
func sniffComma(text []byte) rune {
	first, _, _ := bytes.Cut(text, []byte{'\n'})
	if bytes.IndexByte(first, '\t') >= 0 && bytes.IndexByte(first, ',') < 0 {
		return '\t'
	}
	return ','
}
