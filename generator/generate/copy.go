package generate

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// copySource copies the source's hand-written content pages and its layouts/ and static/
// overrides. Case studies are generated from the dataset, so content/cases/*.md is skipped
// (files beside them, such as images, are copied). A file the generator already wrote wins
// over a source file of the same path: generated pages carry the facts and search facets.
func (g *generator) copySource() error {
	if g.in.Source == nil {
		return nil
	}
	for _, root := range []string{"content", "layouts", "static"} {
		err := fs.WalkDir(g.in.Source, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			isPage := root == "content" && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".html"))
			if isPage && strings.HasPrefix(p, "content/cases/") {
				return nil
			}
			copied, err := g.copyFile(p)
			if err != nil || !copied {
				return err
			}
			if isPage {
				g.stats.Copied++
			} else if root != "content" {
				g.stats.Overrides++
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// copyFile copies one source file to the same path in the project unless that path exists.
func (g *generator) copyFile(p string) (bool, error) {
	target := filepath.Join(g.out.root, filepath.FromSlash(p))
	if _, err := os.Stat(target); err == nil {
		return false, nil
	}
	src, err := g.in.Source.Open(p)
	if err != nil {
		return false, err
	}
	defer src.Close()
	dst, err := g.out.create(p)
	if err != nil {
		return false, err
	}
	_, err = io.Copy(dst, src)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err == nil, err
}
