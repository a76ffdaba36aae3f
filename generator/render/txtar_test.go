package render

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"cpportal/search/contract"
	"cpportal/themes"
)

// writeProject writes a txtar archive into a fresh project folder.
func writeProject(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	files := txtar.Parse([]byte(archive)).Files
	// Every generated project holds the search contract's names for the theme (package
	// generate writes it); a tiny project gets them unless it brings its own.
	if !slices.ContainsFunc(files, func(f txtar.File) bool { return f.Name == "data/search.json" }) {
		b, err := json.Marshal(contract.ThemeData())
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, txtar.File{Name: "data/search.json", Data: b})
	}
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tinyProject is the least a project from package generate holds, plus a source override of
// the theme's footer and a static file of the project.
const tinyProject = `
-- data/portal.json --
{"site": {"title": "小站", "email": "a@example.org", "base_url": "https://cp.example.org/", "sample": false}, "as_of": "2024-01-02", "totals": {}, "batches": []}
-- content/about.md --
{"title": "关于"}
<b>粗体</b> and **markdown**
-- layouts/_partials/footer.html --
<footer>project footer {{ hugo.Data.portal.as_of }}</footer>
-- static/extra.txt --
project static
`

func TestRenderTinyProject(t *testing.T) {
	project := writeProject(t, tinyProject)
	out := filepath.Join(t.TempDir(), "out")
	st, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t, "Raw HTML omitted"}})
	if err != nil {
		t.Fatal(err)
	}
	themeStatic := 0
	fs.WalkDir(themes.FS, "portal/static", func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			themeStatic++
		}
		return nil
	})
	if st.Regular != 2 || st.Static != themeStatic+1 {
		t.Errorf("stats %+v, want 1 regular page in each of 2 languages and %d static files (the theme's and the project's)", st, themeStatic+1)
	}
	about := read(t, out, "about/index.html")
	for _, want := range []string{"project footer 2024-01-02", "<strong>markdown</strong>", `<link rel="canonical" href="https://cp.example.org/about/">`} {
		if !strings.Contains(about, want) {
			t.Errorf("about page lacks %q", want)
		}
	}
	for _, unwanted := range []string{"<b>粗体</b>", "示例数据"} {
		if strings.Contains(about, unwanted) {
			t.Errorf("about page has %q (raw HTML must be omitted; no sample notice for real data)", unwanted)
		}
	}
	if got := read(t, out, "robots.txt"); !strings.Contains(got, "Sitemap: https://cp.example.org/sitemap.xml") {
		t.Errorf("robots.txt = %q", got)
	}
	if read(t, out, "extra.txt") != "project static\n" {
		t.Error("project static file not copied")
	}
}

func TestRenderRefusesNonEmptyOutput(t *testing.T) {
	project := writeProject(t, tinyProject)
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "stale.html"), nil, 0o644)
	_, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out})
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("err = %v, want an error about the non-empty output", err)
	}
	// The build's render phase names the stage; Render does not repeat it.
	if strings.Contains(err.Error(), "render:") {
		t.Errorf("error %q names the stage", err)
	}
}

func TestRenderTemplateErrorHasPosition(t *testing.T) {
	project := writeProject(t, tinyProject+`
-- layouts/page.html --
{{ define "main" }}
<p>{{ if }}</p>
{{ end }}
`)
	_, err := Render(context.Background(), Options{ProjectDir: project, OutDir: filepath.Join(t.TempDir(), "out")})
	if err == nil {
		t.Fatal("a broken template rendered without error")
	}
	msg := err.Error()
	t.Log(msg)
	if !strings.Contains(msg, "page.html:2:") {
		t.Errorf("error %q lacks the template's file:line:col", msg)
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	renderFixture(t, a)
	renderFixture(t, b)
	files := 0
	err := filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			t.Errorf("%s is missing from the second render", rel)
			return nil
		}
		if string(x) != string(y) {
			t.Errorf("%s differs between two renders", rel)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 30 {
		t.Errorf("compared only %d files", files)
	}
}
