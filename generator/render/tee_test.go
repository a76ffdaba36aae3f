package render

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// TestOnPageSeesEveryHTMLFile: every HTML file of the rendered site reaches OnPage once, with
// exactly the content written to disk, and nothing else does.
func TestOnPageSeesEveryHTMLFile(t *testing.T) {
	project := writeProject(t, tinyProject+`
-- static/plain.html --
<p>a static page</p>
`)
	out := filepath.Join(t.TempDir(), "out")
	var mu sync.Mutex
	got := map[string]string{}
	_, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t, "Raw HTML omitted"},
		OnPage: func(rel string, content []byte) {
			mu.Lock()
			defer mu.Unlock()
			if _, twice := got[rel]; twice {
				t.Errorf("%s handed over twice", rel)
			}
			got[rel] = string(content)
		}})
	if err != nil {
		t.Fatal(err)
	}
	onDisk := 0
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		onDisk++
		rel, _ := filepath.Rel(out, p)
		want, _ := os.ReadFile(p)
		if c, ok := got[filepath.ToSlash(rel)]; !ok {
			t.Errorf("%s was not handed over", rel)
		} else if c != string(want) {
			t.Errorf("%s: handed-over content differs from the file (%d vs %d bytes)", rel, len(c), len(want))
		}
		return nil
	})
	if onDisk < 5 || len(got) != onDisk {
		t.Errorf("%d pages handed over, %d HTML files on disk", len(got), onDisk)
	}
	for rel := range got {
		if !strings.HasSuffix(rel, ".html") || strings.HasPrefix(rel, "/") {
			t.Errorf("handed over %q: want a relative .html path", rel)
		}
	}
	if !strings.Contains(got["about/index.html"], "<strong>markdown</strong>") || got["plain.html"] != "<p>a static page</p>\n" {
		t.Errorf("about page or static page missing from what was handed over")
	}
}

// TestStaticFilesAreLinkedNotShared: static files are hard links to the project's where
// possible, and rendering the project again never changes a site rendered before.
func TestStaticFilesAreLinkedNotShared(t *testing.T) {
	project := writeProject(t, tinyProject)
	first := filepath.Join(t.TempDir(), "first")
	if _, err := Render(context.Background(), Options{ProjectDir: project, OutDir: first}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(first, "extra.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Nlink < 2 {
		t.Errorf("extra.txt has %d links; want a hard link to the project's file", st.Nlink)
	}
	// The theme is written into the project again on every render: as new files, so that
	// the first site's links keep pointing at the files it was rendered with.
	site := filepath.Join(first, "js", "search.js")
	proj := filepath.Join(project, "themes", themeName, "static", "js", "search.js")
	if !sameFile(t, site, proj) {
		t.Fatal("js/search.js is not a link to the project's file")
	}
	if _, err := Render(context.Background(), Options{ProjectDir: project, OutDir: filepath.Join(t.TempDir(), "second")}); err != nil {
		t.Fatal(err)
	}
	if sameFile(t, site, proj) {
		t.Error("rendering again rewrote the theme's file in place, under a site rendered before")
	}
}

func sameFile(t *testing.T, a, b string) bool {
	t.Helper()
	fa, err := os.Stat(a)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := os.Stat(b)
	if err != nil {
		t.Fatal(err)
	}
	return os.SameFile(fa, fb)
}
