package load

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"cpportal/domain"
)

// csvSpec names a CSV file of the data contract and its columns.
type csvSpec struct {
	file     string   // slash path relative to the source folder
	columns  []string // columns the header must name, in documented order
	optional []string // columns that may be left out of the header altogether
}

// allColumns is the documented column list, for hints.
func (s csvSpec) allColumns() string {
	return strings.Join(append(slices.Clone(s.columns), s.optional...), ",")
}

// csvRow is one record of a CSV file. Its fields are read through the typed accessors in
// fields.go, which report a problem at the field's own position when a value is wrong.
type csvRow struct {
	src    domain.Source
	index  map[string]int // column name → field index, shared by all rows of a file
	fields []string
	ps     *domain.Problems
}

// raw returns the field as written, "" when the column is absent (an optional column).
func (r *csvRow) raw(field string) string {
	i, ok := r.index[field]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return r.fields[i]
}

// lineIndex converts csv.Reader's byte columns into character columns.
type lineIndex struct {
	data   []byte
	starts []int // byte offset of the start of each line; starts[0] is line 1
}

func newLineIndex(data []byte) lineIndex {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{data: data, starts: starts}
}

// runeCol returns the 1-based character column of a 1-based byte column on a 1-based line.
func (li lineIndex) runeCol(line, byteCol int) int {
	if line < 1 || line > len(li.starts) || byteCol < 1 {
		return max(byteCol, 1)
	}
	start := li.starts[line-1]
	end := min(start+byteCol-1, len(li.data))
	return 1 + utf8.RuneCount(li.data[start:end])
}

// readCSV reads a CSV file of the contract: UTF-8 with an optional byte-order mark, a header
// naming exactly the documented columns (optional ones may be absent, order is free), and
// records with one field per header column. Every problem of the file is added to ps; rows that
// cannot be matched to the header are skipped, every other row is returned for typed parsing.
// A missing file is a problem unless optionalFile is set.
func readCSV(fsys fs.FS, spec csvSpec, ps *domain.Problems, optionalFile bool) []csvRow {
	data, err := fs.ReadFile(fsys, spec.file)
	if err != nil {
		if !(optionalFile && errors.Is(err, fs.ErrNotExist)) {
			*ps = append(*ps, fileProblem(spec.file, err))
		}
		return nil
	}
	data, bad := decodeText(spec.file, data)
	if bad != nil {
		*ps = append(*ps, *bad)
		return nil
	}
	rows, loc := parseCSV(spec, data, ps)
	if loc != nil {
		loc.release(fsys)
	}
	return rows
}

// readRecords reads a CSV file of the contract (see readCSV) and turns each row it returns into
// a record with parse, which reports the problems of the row's values.
func readRecords[T any](fsys fs.FS, spec csvSpec, ps *domain.Problems, optionalFile bool, parse func(*csvRow) T) []T {
	rows := readCSV(fsys, spec, ps, optionalFile)
	out := make([]T, 0, len(rows))
	for i := range rows {
		out = append(out, parse(&rows[i]))
	}
	return out
}

// fileProblem reports a file that cannot be read.
func fileProblem(file string, err error) domain.Problem {
	if errors.Is(err, fs.ErrNotExist) {
		return domain.Problem{Pos: domain.Pos{File: file}, Message: "file is missing", Unreadable: true}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return domain.Problem{Pos: domain.Pos{File: file}, Message: "cannot read file: " + err.Error(), Unreadable: true}
}

// parseCSV parses UTF-8 CSV text already stripped of its byte-order mark. Its rows locate
// their fields through the returned locator (nil when no row was read).
func parseCSV(spec csvSpec, data []byte, ps *domain.Problems) ([]csvRow, *csvLocator) {
	lines := lazyLines{data: data}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // counted here, to report the line and go on
	r.ReuseRecord = false

	header, err := r.Read()
	if err == io.EOF {
		*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: spec.file, Line: 1, Col: 1},
			Message: "file is empty", Hint: "the first line is the header: " + spec.allColumns(), Unreadable: true})
		return nil, nil
	}
	if err != nil {
		p := csvSyntaxProblem(spec.file, &lines, err)
		p.Unreadable = true
		*ps = append(*ps, p)
		return nil, nil
	}
	index, ok := checkHeader(spec, header, r, &lines, ps)
	if !ok {
		return nil, nil
	}
	loc := &csvLocator{file: spec.file, index: index, data: data}
	// Every line ends a record in a well-formed file, which sizes the rows at once.
	rows := make([]csvRow, 0, bytes.Count(data, []byte{'\n'}))
	lastErrLine := -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.Line == lastErrLine {
				break // no progress: the rest of the file is one broken field
			}
			if pe != nil {
				lastErrLine = pe.Line
			}
			*ps = append(*ps, csvSyntaxProblem(spec.file, &lines, err))
			continue
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			*ps = append(*ps, domain.Problem{
				Pos:     domain.Pos{File: spec.file, Line: line, Col: 1},
				Message: fmt.Sprintf("line has %d fields, the header has %d", len(rec), len(header)),
				Hint:    `a value that contains a comma must be quoted ("a,b")`,
			})
			continue
		}
		// Columns are found again from the text only when a problem is reported (csvLocator).
		src := domain.Source{File: spec.file, Line: line, Locator: loc}
		for name, i := range index {
			checkText(ps, src, name, rec[i])
		}
		rows = append(rows, csvRow{src: src, index: index, fields: rec, ps: ps})
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows, loc
}

// checkHeader matches the header row against the spec. It reports unknown, repeated and
// missing columns; rows are only worth reading when no documented column is missing.
func checkHeader(spec csvSpec, header []string, r *csv.Reader, lines *lazyLines, ps *domain.Problems) (map[string]int, bool) {
	known := map[string]bool{}
	for _, c := range spec.columns {
		known[c] = true
	}
	for _, c := range spec.optional {
		known[c] = true
	}
	index := map[string]int{}
	for i, name := range header {
		name = strings.TrimSpace(name)
		fl, fc := r.FieldPos(i)
		pos := domain.Pos{File: spec.file, Line: fl, Col: lines.runeCol(fl, fc)}
		switch _, seen := index[name]; {
		case !known[name]:
			*ps = append(*ps, domain.Problem{Pos: pos, Message: fmt.Sprintf("unknown column %q", name),
				Hint: "the columns are " + spec.allColumns()})
		case seen:
			*ps = append(*ps, domain.Problem{Pos: pos, Message: fmt.Sprintf("column %q appears twice", name)})
		default:
			index[name] = i
		}
	}
	ok := true
	for _, c := range spec.columns {
		if _, has := index[c]; !has {
			ok = false
			*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: spec.file, Line: 1, Col: 1},
				Message: fmt.Sprintf("missing column %q", c), Hint: "the columns are " + spec.allColumns(), Unreadable: true})
		}
	}
	return index, ok
}

// csvSyntaxProblem turns a csv.ParseError (a stray or unclosed quote) into a problem.
func csvSyntaxProblem(file string, lines *lazyLines, err error) domain.Problem {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return domain.Problem{Pos: domain.Pos{File: file}, Message: err.Error()}
	}
	if errors.Is(pe.Err, csv.ErrQuote) {
		if line, col, ok := unclosedQuote(lines, pe.StartLine, pe.Line); ok {
			return domain.Problem{Pos: domain.Pos{File: file, Line: line, Col: col}, Unreadable: true,
				Message: "this quote opens a value that is never closed",
				Hint:    `close the value with a quote; a quote inside a quoted value is doubled ("say ""hi""")`}
		}
	}
	p := domain.Problem{
		Pos:     domain.Pos{File: file, Line: pe.Line, Col: lines.runeCol(pe.Line, pe.Column)},
		Message: pe.Err.Error(),
	}
	if errors.Is(pe.Err, csv.ErrBareQuote) || errors.Is(pe.Err, csv.ErrQuote) {
		p.Hint = `a value that contains a quote must be quoted, with the quote doubled ("say ""hi""")`
	}
	return p
}

// unclosedQuote finds a quote that opens a field of the record starting on line start and is
// never closed: the CSV reader reports that at the end of the file (where it gave up), but
// the mistake is where the quote opens. It looks no further than line end, where the reader
// stopped; ok is false when the error is of another kind (a stray quote inside a value).
func unclosedQuote(lines *lazyLines, start, end int) (line, col int, ok bool) {
	from, found := lines.start(start)
	if !found {
		return 0, 0, false
	}
	data := lines.data
	fieldStart := true
	for i := from; i < len(data); i++ {
		switch c := data[i]; {
		case fieldStart && c == '"':
			open := i
			for i++; ; i += 2 {
				j := bytes.IndexByte(data[i:], '"')
				if j < 0 {
					l := start + bytes.Count(data[from:open], []byte{'\n'})
					if l > end {
						return 0, 0, false
					}
					ls, _ := lines.start(l)
					return l, lines.runeCol(l, open-ls+1), true
				}
				i += j
				if i+1 >= len(data) || data[i+1] != '"' {
					break // the closing quote
				}
			}
			fieldStart = false
		case c == ',' || c == '\n':
			fieldStart = true
		default:
			fieldStart = false
		}
	}
	return 0, 0, false
}
