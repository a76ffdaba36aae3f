package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"cpportal/generator/precompress"
)

// reused is what the build took from the published site.
type reused struct {
	pages int             // HTML pages left unrendered and linked from the published site
	gz    map[string]bool // files (absolute, in staging) whose gzip copy was linked too
}

// reuseOutput links into staging the files of the pages Hugo left unrendered, from the
// published site in out, and hands each page to onPage (the index). Every such file must
// be there: the cache said so. It also links the gzip copy of every compressible file whose
// bytes are the published one's, so the compress phase does not redo it.
func reuseOutput(out, staging string, unrendered []string, onPage func(string, []byte)) (reused, error) {
	r := reused{gz: map[string]bool{}}
	for _, rel := range unrendered {
		src := filepath.Join(out, filepath.FromSlash(rel))
		dst := filepath.Join(staging, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return r, err
		}
		if err := os.Link(src, dst); err != nil {
			return r, fmt.Errorf("the published site lacks %s, which the cache says it holds (the next build renders every page): %w", rel, err)
		}
		r.pages++
		if onPage != nil {
			b, err := os.ReadFile(dst)
			if err != nil {
				return r, err
			}
			onPage(rel, b)
		}
	}
	// The gzip copies: of the reused pages, and of every other file that came out the same.
	err := filepath.WalkDir(staging, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !precompress.Compressible(p) {
			return err
		}
		rel, _ := filepath.Rel(staging, p)
		old := filepath.Join(out, rel)
		if !sameFile(p, old) {
			return nil
		}
		if err := os.Link(old+".gz", p+".gz"); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // too small, or no smaller compressed: the compress phase decides again
			}
			return err
		}
		r.gz[p] = true
		return nil
	})
	return r, err
}

// sameFile reports whether two files hold the same bytes (a hard link of one another, or equal).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil || fa.Size() != fb.Size() || !fb.Mode().IsRegular() {
		return false
	}
	if os.SameFile(fa, fb) {
		return true
	}
	x, err := os.ReadFile(a)
	if err != nil {
		return false
	}
	y, err := os.ReadFile(b)
	return err == nil && bytes.Equal(x, y)
}
