package generate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
)

// files creates the project's files. It is shared by the goroutines that write pages: each
// writes through its own writer, and files only remembers which directories exist.
type files struct {
	root string
	mu   sync.Mutex
	dirs map[string]bool // directories already created
}

func newFiles(root string) *files { return &files{root: root, dirs: map[string]bool{}} }

// create opens root/rel for writing, creating its directory.
func (f *files) create(rel string) (*os.File, error) {
	path := filepath.Join(f.root, filepath.FromSlash(rel))
	dir := filepath.Dir(path)
	f.mu.Lock()
	made := f.dirs[dir]
	f.mu.Unlock()
	if !made {
		// Two goroutines may both make dir; MkdirAll accepts one that exists.
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		f.mu.Lock()
		f.dirs[dir] = true
		f.mu.Unlock()
	}
	return os.Create(path)
}

// file writes b as root/rel in one write: pages and fragments are rendered into memory first,
// so each file costs one open, one write and one close.
func (f *files) file(rel string, b []byte) error {
	out, err := f.create(rel)
	if err != nil {
		return err
	}
	_, err = out.Write(b)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// writer encodes pages and JSON files into a buffer it keeps, then writes each as one file.
// One goroutine uses one writer: the buffer and the encoders' own buffers grow to the largest
// page once and are reused, so writing page after page allocates next to nothing.
type writer struct {
	*files
	buf      bytes.Buffer
	compact  *json.Encoder // front matter
	indented *json.Encoder // JSON twins and data files
}

func (f *files) writer() *writer {
	w := &writer{files: f}
	w.compact = json.NewEncoder(&w.buf)
	w.compact.SetEscapeHTML(false)
	w.indented = json.NewEncoder(&w.buf)
	w.indented.SetEscapeHTML(false)
	w.indented.SetIndent("", " ") // the twins are meant to be read by people as well as programs
	return w
}

// page writes a content file: the front matter as a JSON object (Hugo recognises a file that
// starts with "{"), then the markdown body.
func (w *writer) page(rel string, frontMatter any, body string) error {
	w.buf.Reset()
	if err := w.compact.Encode(frontMatter); err != nil {
		return err
	}
	if body != "" {
		w.buf.WriteString("\n")
		w.buf.WriteString(body)
	}
	return w.file(rel, w.buf.Bytes())
}

// json writes v as indented JSON.
func (w *writer) json(rel string, v any) error {
	w.buf.Reset()
	if err := w.indented.Encode(v); err != nil {
		return err
	}
	return w.file(rel, w.buf.Bytes())
}
