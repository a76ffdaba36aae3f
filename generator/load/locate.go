package load

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"sync"
	"unicode/utf8"
)

// lazyLines converts csv.Reader's byte columns into character columns. It finds line starts
// only as far into the text as a position asks for, so a file without problems is never
// scanned for them.
type lazyLines struct {
	data    []byte
	starts  []int // byte offset of the start of each line found so far; starts[0] is line 1
	scanned int   // bytes of data searched for line ends
}

// start returns the byte offset at which a 1-based line starts, and false past the text.
func (li *lazyLines) start(line int) (int, bool) {
	if li.starts == nil {
		li.starts = []int{0}
	}
	for len(li.starts) < line && li.scanned < len(li.data) {
		i := bytes.IndexByte(li.data[li.scanned:], '\n')
		if i < 0 {
			li.scanned = len(li.data)
			break
		}
		li.scanned += i + 1
		li.starts = append(li.starts, li.scanned)
	}
	if line < 1 || line > len(li.starts) {
		return 0, false
	}
	return li.starts[line-1], true
}

// runeCol returns the 1-based character column of a 1-based byte column on a 1-based line.
func (li *lazyLines) runeCol(line, byteCol int) int {
	start, ok := li.start(line)
	if !ok || byteCol < 1 {
		return max(byteCol, 1)
	}
	end := min(start+byteCol-1, len(li.data))
	return 1 + utf8.RuneCount(li.data[start:end])
}

// csvLocator finds where a field of a CSV record starts, for problem reports. Records keep
// only their first line; when a position is asked for, the record is parsed again from that
// line with the same reader settings, which gives the same line and column as the first pass.
// After loading, the text is dropped and read again from the source folder on the first
// request, so a valid dataset does not hold its files twice in memory.
type csvLocator struct {
	file  string
	index map[string]int // column name → field index

	mu    sync.Mutex // guards the fields below: validation may ask from several goroutines
	fsys  fs.FS      // where to read the text again; nil keeps data for good
	data  []byte
	lines *lazyLines
}

// release drops the text; it is read again from fsys if a position is asked for later.
func (l *csvLocator) release(fsys fs.FS) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.fsys, l.data, l.lines = fsys, nil, nil
}

// text returns the file's decoded text and its line index, reading it again when released.
func (l *csvLocator) text() ([]byte, *lazyLines) {
	if l.data == nil && l.fsys != nil {
		raw, err := fs.ReadFile(l.fsys, l.file)
		if err != nil {
			return nil, nil
		}
		data, bad := decodeText(l.file, raw)
		if bad != nil {
			return nil, nil
		}
		l.data = data
	}
	if l.data == nil {
		return nil, nil
	}
	if l.lines == nil {
		l.lines = &lazyLines{data: l.data}
	}
	return l.data, l.lines
}

// Locate implements domain.FieldLocator.
func (l *csvLocator) Locate(line int, field string) (fieldLine, col int, ok bool) {
	i, known := l.index[field]
	if !known {
		return 0, 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	data, lines := l.text()
	if data == nil {
		return 0, 0, false
	}
	start, found := lines.start(line)
	if !found {
		return 0, 0, false
	}
	r := csv.NewReader(bytes.NewReader(data[start:]))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil || i >= len(rec) {
		return 0, 0, false
	}
	fl, fc := r.FieldPos(i)
	fieldLine = line + fl - 1
	return fieldLine, lines.runeCol(fieldLine, fc), true
}
