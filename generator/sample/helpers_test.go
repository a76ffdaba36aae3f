package sample

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"cpportal/domain"
	"cpportal/generator/load"
)

// bundledDir holds one write of the bundled sample shared by the tests that only read it.
var bundled struct {
	once sync.Once
	dir  string
	ds   *domain.Dataset
	errs domain.Problems
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bundled.dir != "" {
		os.RemoveAll(bundled.dir)
	}
	os.Exit(code)
}

// bundledSample writes the bundled sample once and loads it.
func bundledSample(t testing.TB) (string, *domain.Dataset) {
	t.Helper()
	bundled.once.Do(func() {
		bundled.dir, bundled.err = os.MkdirTemp("", "sample-bundled-")
		if bundled.err == nil {
			bundled.err = Write(bundled.dir, Config{})
		}
		if bundled.err == nil {
			bundled.ds, bundled.errs = load.Load(os.DirFS(bundled.dir))
		}
	})
	if bundled.err != nil {
		t.Fatal(bundled.err)
	}
	if len(bundled.errs) > 0 {
		t.Fatalf("the bundled sample does not load:\n%s", bundled.errs.Error())
	}
	return bundled.dir, bundled.ds
}

// generatedFiles lists the files the generator owns under a source folder: data/ except its
// README, and content/cases/.
func generatedFiles(t testing.TB, root string) []string {
	t.Helper()
	var files []string
	for _, sub := range []string{"data", filepath.Join("content", "cases")} {
		err := filepath.WalkDir(filepath.Join(root, sub), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return nil
				}
				return err
			}
			rel, _ := filepath.Rel(root, path)
			rel = filepath.ToSlash(rel)
			if d.IsDir() || rel == "data/README.md" || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			files = append(files, rel)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(files)
	return files
}

// diffTrees reports the generated files that differ between two source folders.
func diffTrees(t testing.TB, a, b string) []string {
	t.Helper()
	fa, fb := generatedFiles(t, a), generatedFiles(t, b)
	var diffs []string
	for _, f := range fa {
		if !slices.Contains(fb, f) {
			diffs = append(diffs, f+": only in "+a)
			continue
		}
		x, err1 := os.ReadFile(filepath.Join(a, f))
		y, err2 := os.ReadFile(filepath.Join(b, f))
		if err1 != nil || err2 != nil || !bytes.Equal(x, y) {
			diffs = append(diffs, f+": differs")
		}
	}
	for _, f := range fb {
		if !slices.Contains(fa, f) {
			diffs = append(diffs, f+": only in "+b)
		}
	}
	return diffs
}
