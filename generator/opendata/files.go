package opendata

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"iter"
	"os"
	"path/filepath"
	"reflect"
)

// FileInfo describes one file written into the downloads folder.
type FileInfo struct {
	Path   string `json:"path"`   // slash-separated, relative to the downloads folder (/data/)
	Format string `json:"format"` // csv or json
	Bytes  int64  `json:"bytes"`  // size, the CSV byte-order mark included
	SHA256 string `json:"sha256"` // lower-case hex digest of the file's bytes
	Rows   int    `json:"rows"`   // records, header not counted
}

// bom is the UTF-8 byte-order mark that tells spreadsheets the CSV is UTF-8.
const bom = "\uFEFF"

// sink is a file being written that counts and hashes its bytes as they go.
type sink struct {
	f    *os.File
	h    hash.Hash
	n    int64
	path string
}

func createSink(dir, rel string) (*sink, error) {
	full := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(full)
	if err != nil {
		return nil, err
	}
	return &sink{f: f, h: sha256.New(), path: rel}, nil
}

func (s *sink) Write(p []byte) (int, error) {
	n, err := s.f.Write(p)
	s.h.Write(p[:n])
	s.n += int64(n)
	return n, err
}

// close closes the file, keeping the first error of writing or closing.
func (s *sink) close(format string, rows int, werr error) (FileInfo, error) {
	err := errors.Join(werr, s.f.Close())
	if err != nil {
		return FileInfo{}, fmt.Errorf("%s: %w", s.path, err)
	}
	return FileInfo{Path: s.path, Format: format, Bytes: s.n, SHA256: hex.EncodeToString(s.h.Sum(nil)), Rows: rows}, nil
}

// writeTable writes rows as base.csv and base.json in one pass, so a large table is never held
// twice. The CSV has a byte-order mark, a header row and CRLF line ends (RFC 4180); the JSON
// file is an array with one record per line.
func writeTable[R any](dir, base string, rows iter.Seq[R]) (csvInfo, jsonInfo FileInfo, err error) {
	cols := columnsOf(reflect.TypeFor[R]())
	cs, err := createSink(dir, base+".csv")
	if err != nil {
		return csvInfo, jsonInfo, err
	}
	js, err := createSink(dir, base+".json")
	if err != nil {
		cs.close("csv", 0, nil)
		return csvInfo, jsonInfo, err
	}
	n, werr := encodeRows(cs, js, cols, rows)
	csvInfo, cerr := cs.close("csv", n, werr)
	jsonInfo, jerr := js.close("json", n, nil)
	return csvInfo, jsonInfo, errors.Join(cerr, jerr)
}

// bufSize is the write buffer of each file: the tables run to hundreds of megabytes at the
// nation size, and every write to the file is a system call.
const bufSize = 256 << 10

// encodeRows writes the CSV and JSON forms of every row and returns how many it wrote.
func encodeRows[R any](csvOut, jsonOut *sink, cols []column, rows iter.Seq[R]) (int, error) {
	// csv.NewWriter uses a bufio.Writer it is given as it is, so the CSV shares this buffer.
	cb := bufio.NewWriterSize(csvOut, bufSize)
	if _, err := cb.WriteString(bom); err != nil {
		return 0, err
	}
	cw := csv.NewWriter(cb)
	cw.UseCRLF = true
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.name
	}
	if err := cw.Write(header); err != nil {
		return 0, err
	}
	jw := bufio.NewWriterSize(jsonOut, bufSize)
	jw.WriteString("[")
	// One encoder and one buffer for every row: json.Marshal would allocate a copy per row.
	var rowJSON bytes.Buffer
	enc := json.NewEncoder(&rowJSON)
	n := 0
	cells := make([]string, 0, len(cols))
	for row := range rows {
		v := reflect.ValueOf(&row).Elem()
		cleanRow(v, cols)
		var err error
		if cells, err = csvCells(cells[:0], v, cols); err != nil {
			return n, fmt.Errorf("row %d: %w", n+1, err)
		}
		if err := cw.Write(cells); err != nil {
			return n, err
		}
		rowJSON.Reset()
		if err := enc.Encode(row); err != nil {
			return n, fmt.Errorf("row %d: %w", n+1, err)
		}
		if n > 0 {
			jw.WriteString(",")
		}
		jw.WriteString("\n")
		jw.Write(bytes.TrimSuffix(rowJSON.Bytes(), []byte("\n"))) // Encode ends each value with a newline
		n++
	}
	if n > 0 {
		jw.WriteString("\n")
	}
	jw.WriteString("]\n")
	cw.Flush()
	return n, errors.Join(cw.Error(), jw.Flush())
}

// writeJSON writes v as an indented JSON document and describes the file.
func writeJSON(dir, rel string, v any) (FileInfo, error) {
	s, err := createSink(dir, rel)
	if err != nil {
		return FileInfo{}, err
	}
	enc := json.NewEncoder(s)
	enc.SetIndent("", "  ")
	return s.close("json", 0, enc.Encode(v))
}
