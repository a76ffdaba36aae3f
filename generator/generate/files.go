package generate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
)

// files writes the project's files. Every file goes through a buffered writer and a JSON
// encoder, so no page is ever held in memory as one big string.
type files struct {
	root string
	dirs map[string]bool // directories already created
}

// create opens root/rel for writing, creating its directory.
func (f *files) create(rel string) (*os.File, error) {
	path := filepath.Join(f.root, filepath.FromSlash(rel))
	dir := filepath.Dir(path)
	if !f.dirs[dir] {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		f.dirs[dir] = true
	}
	return os.Create(path)
}

// page writes a content file: the front matter as a JSON object (Hugo recognises a file that
// starts with "{"), then the markdown body.
func (f *files) page(rel string, frontMatter any, body string) error {
	return f.write(rel, func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(frontMatter); err != nil {
			return err
		}
		if body == "" {
			return nil
		}
		if _, err := w.WriteString("\n"); err != nil {
			return err
		}
		_, err := w.WriteString(body)
		return err
	})
}

// json writes v as indented JSON: the twins are meant to be read by people as well as programs.
func (f *files) json(rel string, v any) error {
	return f.write(rel, func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(v)
	})
}

func (f *files) write(rel string, fill func(*bufio.Writer) error) error {
	out, err := f.create(rel)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 64<<10)
	err = fill(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
