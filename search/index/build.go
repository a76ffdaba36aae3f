package index

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Options tune Build. The zero value is what the portal uses.
type Options struct {
	// BatchSize is how many documents go into one segment before the final merge (default 500).
	BatchSize int
	// Workers is how many pages are parsed at once (default GOMAXPROCS).
	Workers int
}

// Stats describe one build.
type Stats struct {
	Files     int            // HTML files read
	Documents int            // documents indexed (pages carrying data-search-body)
	Skipped   int            // HTML files without an indexable body
	ByType    map[string]int // documents per data-search-type
	ByLang    map[string]int // documents per language (zh, en)
	TextBytes int64          // extracted text indexed
	IndexSize int64          // bytes on disk of the new index
	Duration  time.Duration
}

// String is one line for the build log.
func (s Stats) String() string {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	parts := make([]string, 0, len(types))
	for _, t := range types {
		parts = append(parts, fmt.Sprintf("%s %d", t, s.ByType[t]))
	}
	langs := make([]string, 0, len(Langs))
	for _, l := range Langs {
		if n := s.ByLang[l]; n > 0 {
			langs = append(langs, fmt.Sprintf("%s %d", l, n))
		}
	}
	if len(langs) > 0 {
		parts = append(parts, strings.Join(langs, " + "))
	}
	return fmt.Sprintf("%d documents (%s) from %d HTML files, %.1f MB text, index %.1f MB, %s",
		s.Documents, strings.Join(parts, ", "), s.Files, float64(s.TextBytes)/1e6,
		float64(s.IndexSize)/1e6, s.Duration.Round(time.Millisecond))
}

// Build indexes every HTML page under siteDir into a new index and puts it at indexDir. The
// new index is written into a temporary sibling of indexDir and swapped in atomically once it
// is complete and has been reopened successfully; if anything fails or ctx is cancelled, the
// temporary index is removed and indexDir is left exactly as it was.
func Build(ctx context.Context, siteDir, indexDir string, opts Options) (Stats, error) {
	start := time.Now()
	var st Stats
	site, err := filepath.Abs(siteDir)
	if err != nil {
		return st, err
	}
	target, err := filepath.Abs(indexDir)
	if err != nil {
		return st, err
	}
	if fi, err := os.Stat(site); err != nil {
		return st, fmt.Errorf("index: site folder: %w", err)
	} else if !fi.IsDir() {
		return st, fmt.Errorf("index: site folder %s is not a directory", siteDir)
	}
	if target == site || strings.HasPrefix(target, site+string(filepath.Separator)) {
		return st, fmt.Errorf("index: the index %s must not be inside the site folder %s", indexDir, siteDir)
	}
	w, err := NewWriter(ctx, target, opts)
	if err != nil {
		return st, err
	}
	files, err := htmlFiles(site)
	if err != nil {
		w.Abort()
		return st, err
	}
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(rel)))
		if err != nil {
			w.Abort()
			return st, fmt.Errorf("index: %w", err)
		}
		if err := w.Add(rel, data); err != nil {
			break // the writer failed or ctx ended: Commit reports why
		}
	}
	st, err = w.Commit()
	st.Duration = time.Since(start)
	return st, err
}

// mayHaveBody reports whether a page can carry the data-search-body attribute at all. Most
// pages that do not (other languages, redirects, the 404 page) are then skipped without
// tokenizing them, which is most of what indexing them would cost. HTML attribute names are
// case-insensitive, so a page without the exact name is looked at again, ignoring case, at
// every hyphen (without lowering a copy of the whole page: half the pages of a site take
// this path).
func mayHaveBody(page []byte) bool {
	if bytes.Contains(page, []byte(attrBody)) {
		return true
	}
	before := strings.IndexByte(attrBody, '-') // look at each "-" in the page as attrBody's first
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '-')
		if j < 0 {
			return false
		}
		k := i + j
		if k >= before && k-before+len(attrBody) <= len(page) && bytes.EqualFold(page[k-before:k-before+len(attrBody)], []byte(attrBody)) {
			return true
		}
		i = k + 1
	}
	return false
}

// internalStats keys the document count stored with the index, checked when it is reopened.
const internalStats = "cpportal.documents"

// verify reopens a finished index read-only and checks that it holds every document.
func verify(dir string, want int) error {
	ix, err := Open(dir)
	if err != nil {
		return fmt.Errorf("index: the new index does not open: %w", err)
	}
	defer ix.Close()
	n, err := ix.bleve.DocCount()
	if err != nil {
		return err
	}
	if int(n) != want {
		return fmt.Errorf("index: the new index holds %d documents, %d were written", n, want)
	}
	return nil
}

// htmlFiles lists the site's .html files in a stable order. Symbolic links are not followed:
// the index describes what the site itself contains.
func htmlFiles(site string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != site && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !strings.EqualFold(filepath.Ext(p), ".html") {
			return nil
		}
		rel, err := filepath.Rel(site, p)
		if err != nil {
			return err
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index: reading the site: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
