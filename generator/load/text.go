package load

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"cpportal/domain"
)

// forbiddenRune returns the first character of s that no text of the data may hold, and how
// many characters precede it. Tab, line feed and carriage return are allowed (multi-line
// values, spreadsheet exports); every other control character is not: NUL and the C0 and C1
// controls are invisible, break terminals and spreadsheets, and are never part of a name or a
// title. Bidirectional embedding, override and isolate controls are refused as well, because
// they make text display in another order than it is stored ("Trojan source" names that read
// as one enterprise and sort or match as another). Zero-width joiners and emoji are ordinary
// text and pass; everything that passes is escaped wherever it is written.
func forbiddenRune(s string) (r rune, before int, found bool) {
	for _, c := range s {
		if isForbidden(c) {
			return c, before, true
		}
		before++
	}
	return 0, 0, false
}

func isForbidden(c rune) bool {
	switch {
	case c == '\t' || c == '\n' || c == '\r':
		return false
	case c < 0x20 || (c >= 0x7f && c <= 0x9f):
		return true
	case c >= 0x202a && c <= 0x202e, c >= 0x2066 && c <= 0x2069:
		return true
	}
	return false
}

// forbiddenMessage describes a forbidden character for a problem report.
func forbiddenMessage(c rune) (msg, hint string) {
	if c >= 0x202a {
		return fmt.Sprintf("value holds the bidirectional control character %U", c),
			"it makes the text display in another order than it is stored; remove it"
	}
	return fmt.Sprintf("value holds the control character %U", c),
		"remove it; control characters are invisible and are not part of any name or title"
}

// checkText reports a field whose value holds a forbidden character.
func checkText(ps *domain.Problems, src domain.Source, field, value string) {
	if c, _, bad := forbiddenRune(value); bad {
		msg, hint := forbiddenMessage(c)
		ps.AddHint(src, field, hint, "%s", msg)
	}
	checkLength(ps, src, field, value)
}

// checkBodyText reports the first forbidden character of a markdown body at its own line and
// column; one report per file is enough to find and remove them.
func checkBodyText(ps *domain.Problems, file string, firstLine int, body []byte) {
	for i := 0; i < len(body); {
		c, size := utf8.DecodeRune(body[i:])
		if isForbidden(c) {
			lineStart := bytes.LastIndexByte(body[:i], '\n') + 1
			msg, hint := forbiddenMessage(c)
			*ps = append(*ps, domain.Problem{
				Pos:     domain.Pos{File: file, Line: firstLine + bytes.Count(body[:i], []byte{'\n'}), Col: 1 + utf8.RuneCount(body[lineStart:i])},
				Field:   "body",
				Message: msg, Hint: hint,
			})
			return
		}
		i += size
	}
}
