package domain

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Source is where a record was read: the file (slash-separated, relative to the source
// folder), the line, and the 1-based character column at which each field starts.
type Source struct {
	File  string
	Line  int
	Cols  map[string]int
	Lines map[string]int // per-field lines, for records spread over several lines (YAML)

	// Locator, when set, finds the fields that Cols does not hold. Large CSV files use it so
	// that a record keeps only its line, and a field's column is worked out when a problem is
	// reported, instead of two maps for every one of millions of records.
	Locator FieldLocator
}

// FieldLocator finds where a field of the record starting at line begins: its line (a quoted
// value may span lines) and 1-based character column. ok is false for an unknown field.
type FieldLocator interface {
	Locate(line int, field string) (fieldLine, col int, ok bool)
}

// At returns the position of a field of the record; the record's line start when the field
// has no recorded column.
func (s Source) At(field string) Pos {
	col, line := 1, s.Line
	if c, ok := s.Cols[field]; ok {
		col = c
	} else if s.Locator != nil {
		if l, c, ok := s.Locator.Locate(s.Line, field); ok {
			return Pos{File: s.File, Line: l, Col: c}
		}
	}
	if l, ok := s.Lines[field]; ok {
		line = l
	}
	return Pos{File: s.File, Line: line, Col: col}
}

// Pos is a position in a data file. Line and Col are 1-based; a zero Line means the whole file.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, max(p.Col, 1))
}

// Problem is one thing wrong with the data, reported as "file:line:column: field: message".
type Problem struct {
	Pos     Pos
	Field   string // the column or front-matter key; "" for a problem with the whole file
	Message string
	Hint    string // how to fix it, when that is not obvious

	// Unreadable marks a file that could not be read as a whole (missing, not UTF-8, broken
	// quoting or YAML, a missing column): problems found elsewhere may only follow from it.
	Unreadable bool

	// Severity is Error (the zero value) or Warning: a gap a published notice leaves, which
	// is shown as such and never stops a build (see warning.go).
	Severity Severity
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Pos.String())
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Hint != "" {
		b.WriteString(" (hint: ")
		b.WriteString(p.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// Problems collects every problem of a run so that all of them are reported at once.
type Problems []Problem

// Add records a problem at a field of a record.
func (ps *Problems) Add(src Source, field, format string, args ...any) {
	*ps = append(*ps, Problem{Pos: src.At(field), Field: field, Message: fmt.Sprintf(format, args...)})
}

// AddHint records a problem with a hint on how to fix it.
func (ps *Problems) AddHint(src Source, field, hint, format string, args ...any) {
	*ps = append(*ps, Problem{Pos: src.At(field), Field: field, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// Sort orders problems by file, line, column and message, and drops exact duplicates, so the
// report reads top to bottom like the files.
func (ps Problems) Sort() Problems {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.Compact(out)
}

// Error makes Problems usable as an error: one problem per line, sorted.
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps.Sort() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}
