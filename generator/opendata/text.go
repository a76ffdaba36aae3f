package opendata

import (
	"strings"
	"unicode/utf8"
)

// CleanText returns s as every published download carries it: bytes that are not UTF-8 become
// U+FFFD, and characters that have no business in a record are removed — C0 control characters
// other than tab, line feed and carriage return (NUL among them), DEL and the C1 controls, the
// noncharacters U+FFFE and U+FFFF, and the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069), which can make a name read differently from what it
// is. Line breaks are written as a single line feed, as XML parsers and CSV readers read them
// back anyway, so a value reads back the same from every format. What remains is valid UTF-8
// and valid XML 1.0 character data, so the feeds use the same rule. Every other character,
// zero-width joiners and emoji included, is kept as published.
func CleanText(s string) string {
	if cleanAlready(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case unwantedRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanAlready reports whether CleanText would return s unchanged; the common case of clean
// data then costs no allocation.
func cleanAlready(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == '\r' || unwantedRune(r) {
			return false
		}
		i += size
	}
	return true
}

func unwantedRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return true // C0 controls, DEL, C1 controls
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional embeddings, overrides and isolates
	case r == 0xFFFE || r == 0xFFFF:
		return true // noncharacters, not allowed in XML
	}
	return false
}

// formulaStarts are the first characters that make a spreadsheet read a cell as a formula
// (OWASP's list: = + - @, tab and carriage return), plus their full-width forms, which the
// spreadsheets of Chinese-language systems may fold into the ASCII ones, and the single quote
// itself, so that neutralising can always be undone (see NeutraliseCell).
const formulaStarts = "=+-@\t\r＝＋－＠'"

// NeutraliseCell makes a text cell safe to open in a spreadsheet: when s starts with a
// character that would make the spreadsheet evaluate it as a formula, a single quote is put in
// front, which is the spreadsheet's own mark for "this is text" and is not shown. A text that
// already starts with a single quote gets a second one, so the rule can always be undone by
// removing exactly one leading quote, and no published value is ambiguous.
//
// Only text columns go through it. Numbers, dates and booleans are formatted by the portal
// (plain decimals, never negative, YYYY-MM-DD, true/false) and cannot start a formula, so they
// are written unchanged and stay numbers for whoever reads the file.
func NeutraliseCell(s string) string {
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(formulaStarts, r) {
		return "'" + s
	}
	return s
}
