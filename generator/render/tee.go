package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/afero"
)

// teeFs is the output file system handed to Hugo: files go to the wrapped file system as
// before, and every HTML file is also handed, once written and closed, to onPage. That lets
// the build index pages while the rest of the site is still rendering, instead of reading
// the whole site back from disk afterwards.
type teeFs struct {
	afero.Fs
	onPage func(rel string, content []byte)
}

func (t teeFs) Create(name string) (afero.File, error) {
	f, err := t.Fs.Create(name)
	if err != nil || !isHTML(name) {
		return f, err
	}
	return &teeFile{File: f, rel: relPath(name), onPage: t.onPage}, nil
}

func (t teeFs) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	f, err := t.Fs.OpenFile(name, flag, perm)
	if err != nil || !isHTML(name) || flag&(os.O_WRONLY|os.O_RDWR) == 0 {
		return f, err
	}
	return &teeFile{File: f, rel: relPath(name), onPage: t.onPage}, nil
}

func isHTML(name string) bool { return strings.EqualFold(filepath.Ext(name), ".html") }

// relPath turns a name inside the publish folder (Hugo passes /a/b/index.html) into the
// slash-separated path relative to it.
func relPath(name string) string {
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(string(filepath.Separator)+name)), "/")
}

// teeFile keeps a copy of what is written and hands it over on Close, after the file itself
// was closed without error.
type teeFile struct {
	afero.File
	rel    string
	buf    bytes.Buffer
	onPage func(string, []byte)
	closed bool
}

func (f *teeFile) Write(p []byte) (int, error) {
	n, err := f.File.Write(p)
	f.buf.Write(p[:n])
	return n, err
}

func (f *teeFile) WriteString(s string) (int, error) { return f.Write([]byte(s)) }

func (f *teeFile) Close() error {
	if err := f.File.Close(); err != nil {
		return err
	}
	if !f.closed {
		f.closed = true
		f.onPage(f.rel, f.buf.Bytes())
	}
	return nil
}
