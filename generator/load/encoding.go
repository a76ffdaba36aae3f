package load

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"cpportal/domain"
)

// utf8BOM is the byte-order mark some spreadsheet programs write at the start of a UTF-8 file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText strips a byte-order mark and checks that data is UTF-8. A file that is not gets
// exactly one problem, at its first invalid byte, because every later line would be wrong for
// the same reason. CSV exports of published lists are often GBK-encoded, so when the bytes
// decode cleanly as GB18030 (a superset of GBK) the hint says so.
func decodeText(file string, data []byte) ([]byte, *domain.Problem) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if utf8.Valid(data) {
		return data, nil
	}
	bad := 0
	for bad < len(data) {
		r, size := utf8.DecodeRune(data[bad:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		bad += size
	}
	line := 1 + bytes.Count(data[:bad], []byte{'\n'})
	lineStart := bytes.LastIndexByte(data[:bad], '\n') + 1
	col := 1 + utf8.RuneCount(data[lineStart:bad])
	p := &domain.Problem{
		Pos:        domain.Pos{File: file, Line: line, Col: col},
		Message:    "file is not valid UTF-8",
		Hint:       "save it as UTF-8",
		Unreadable: true,
	}
	if looksGB18030(data) {
		p.Hint = "file looks GBK-encoded; save it as UTF-8"
	}
	return nil, p
}

// looksGB18030 reports whether data decodes as GB18030 without a single invalid sequence.
func looksGB18030(data []byte) bool {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return false
	}
	// The decoder replaces invalid input with U+FFFD instead of failing.
	return !bytes.ContainsRune(out, utf8.RuneError)
}
