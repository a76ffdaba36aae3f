package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// renameFile moves a finished file into place; tests replace it to make a rename fail.
var renameFile = os.Rename

// listCSV renders the members file: uscc,name,control_level,reasons, reasons joined with ";".
func listCSV(entries []Entry) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"uscc", "name", "control_level", "reasons"})
	for _, e := range entries {
		reasons := make([]string, len(e.Reasons))
		for i, r := range e.Reasons {
			reasons[i] = string(r)
		}
		w.Write([]string{e.USCC, e.Name, string(e.Level), strings.Join(reasons, ";")})
	}
	w.Flush() // writing to a bytes.Buffer cannot fail
	return b.Bytes()
}

// listYAML renders the list file with its keys in the order data/README.md shows them. Every
// key is written, empty ones too, so that staff see what is left to fill in.
func listYAML(o Options) []byte {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key, value, tag string) {
		m.Content = append(m.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: key},
			&yaml.Node{Kind: yaml.ScalarNode, Value: value, Tag: tag})
	}
	add("id", o.Batch, "!!str")
	add("title", o.Title, "!!str")
	add("issuer", o.Issuer, "!!str")
	add("doc_number", o.DocNumber, "!!str")
	add("published", o.Published.String(), "!!timestamp") // written plain: 2009-01-31
	add("source_url", o.SourceURL, "!!str")
	out, err := yaml.Marshal(m)
	if err != nil { // a mapping of plain strings always encodes
		panic(fmt.Sprintf("encoding the list file: %v", err))
	}
	return out
}

// output is one file to be written.
type output struct {
	path string
	data []byte
}

// writeAll writes the files so that a failure leaves no file half-written: each is first
// written completely to a temporary file beside it and synced, then all are renamed into
// place. If a rename fails, the files already renamed are put back as they were (removed when
// they did not exist before), so the list is either wholly there or not changed.
func writeAll(files []output) error {
	var temps []string
	defer func() {
		for _, t := range temps {
			os.Remove(t) // a temp that was renamed no longer exists; nothing to report
		}
	}()
	for _, f := range files {
		t, err := writeTemp(f.path, f.data)
		if err != nil {
			return err
		}
		temps = append(temps, t)
	}
	var done []undo
	for i, f := range files {
		u, err := replace(temps[i], f.path)
		if err != nil {
			for j := len(done) - 1; j >= 0; j-- {
				done[j].run()
			}
			return err
		}
		done = append(done, u)
	}
	for _, u := range done {
		u.discard()
	}
	return nil
}

// writeTemp writes data to a new temporary file in the folder of path and syncs it.
func writeTemp(path string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	// CreateTemp makes the file private; a data file is as readable as any other in the repo.
	merr := f.Chmod(0o644)
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(merr, werr, serr, cerr); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Name(), nil
}

// undo restores a file replaced by replace.
type undo struct {
	path, backup string // backup is "" when path did not exist before
}

func (u undo) run() {
	if u.backup == "" {
		os.Remove(u.path)
		return
	}
	os.Rename(u.backup, u.path) // best effort: the error that made the write fail is the one reported
}

func (u undo) discard() {
	if u.backup != "" {
		os.Remove(u.backup)
	}
}

// replace renames temp to path, keeping any file already at path as a hidden backup until
// the whole write has succeeded.
func replace(temp, path string) (undo, error) {
	u := undo{path: path}
	if _, err := os.Lstat(path); err == nil {
		u.backup = filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".bak")
		if err := renameFile(path, u.backup); err != nil {
			return undo{}, fmt.Errorf("replacing %s: %w", path, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return undo{}, err
	}
	if err := renameFile(temp, path); err != nil {
		u.run()
		return undo{}, fmt.Errorf("writing %s: %w", path, err)
	}
	return u, nil
}
