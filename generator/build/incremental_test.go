package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cpportal/internal/fixture"
	"cpportal/search/index"
)

// TestIncrementalBuildEqualsFullBuild builds the test source, then changes records of every
// kind one after the other and builds again with the cache after each change: every
// published file must be byte for byte what a clean full build of the same data gives, and
// the index must hold the same documents. Changes of records render only some pages; a
// template of the source and a new as-of date render every page and say why. (bench/run.sh
// checks the same on the generated samples.)
func TestIncrementalBuildEqualsFullBuild(t *testing.T) {
	src := t.TempDir()
	writeSource(t, src, fixture.Source())
	work := t.TempDir()
	inc := Config{Source: src, Out: filepath.Join(work, "public"), Index: filepath.Join(work, "index"), Cache: filepath.Join(work, "cache")}
	sum, err := Run(context.Background(), inc)
	if err != nil {
		t.Fatal(err)
	}
	if sum.FullReason != "no previous build in the cache" || sum.Reused != 0 {
		t.Fatalf("first build: reused %d pages, full because %q; want every page rendered, for want of a cache", sum.Reused, sum.FullReason)
	}

	edit := func(file, old, new string) func(t *testing.T) {
		return func(t *testing.T) {
			t.Helper()
			name := filepath.Join(src, filepath.FromSlash(file))
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), old) {
				t.Fatalf("%s does not hold %q", file, old)
			}
			if err := os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	steps := []struct {
		name   string
		change func(t *testing.T)
		asOf   string
		full   string // part of the reason for rendering every page; "" when only changed pages are
	}{
		{name: "an enterprise", change: edit("data/enterprises.csv", "番禺区示例路1号", "番禺区示例路3号")},
		{name: "a disclosure row", change: edit("data/disclosures.csv", "2009,化学需氧量,DW001,间接排放,95,", "2009,化学需氧量,DW001,间接排放,96,")},
		{name: "an event", change: edit("data/audits.csv", "粤环审〔2010〕88号", "粤环审〔2010〕89号")},
		{name: "an option", change: edit("data/options.csv", "车间照明改造", "车间照明节能改造")},
		{name: "a case", change: edit("content/cases/dyeing-water-reuse.md", "\n## 技术方案", "\n膜法出水稳定。\n\n## 技术方案")},
		{name: "a list", change: edit("data/lists/2009-1.csv", "省控,超标排放；超总量排放", "省控,超标排放")},
		{name: "the calendar", change: edit("data/calendar.csv", "2009-05-01,休\n", "")},
		{name: "a theme template", full: "the source's layouts", change: func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(repoRoot, "themes", "portal", "layouts", "_partials", "footer.html"))
			if err != nil {
				t.Fatal(err)
			}
			override := filepath.Join(src, "layouts", "_partials", "footer.html")
			os.MkdirAll(filepath.Dir(override), 0o755)
			if err := os.WriteFile(override, []byte(strings.Replace(string(b), "</footer>", "<p>本地版本</p></footer>", 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "the as-of date", asOf: "2012-01-02", full: "as-of date"},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if step.change != nil {
				step.change(t)
			}
			inc.AsOf = step.asOf
			sum, err := Run(context.Background(), inc)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case step.full == "" && (sum.FullReason != "" || sum.Reused == 0 || sum.Rendered >= sum.Pages):
				t.Errorf("rendered %d of %d pages, reused %d, full because %q; want only the changed pages rendered", sum.Rendered, sum.Pages, sum.Reused, sum.FullReason)
			case step.full != "" && (!strings.Contains(sum.FullReason, step.full) || sum.Reused != 0):
				t.Errorf("reused %d pages, full because %q; want every page rendered because of %s", sum.Reused, sum.FullReason, step.full)
			}
			t.Logf("%d pages rendered, %d reused %s", sum.Rendered, sum.Reused, sum.FullReason)

			clean := t.TempDir()
			full := Config{Source: src, Out: filepath.Join(clean, "public"), Index: filepath.Join(clean, "index"), Cache: "-", AsOf: step.asOf}
			if _, err := Run(context.Background(), full); err != nil {
				t.Fatal(err)
			}
			sameTree(t, "incremental build", tree(t, full.Out), tree(t, inc.Out))
			if a, b := indexContents(t, full.Index), indexContents(t, inc.Index); !slices.Equal(a, b) {
				t.Errorf("the incremental build's index holds other documents than the full build's (%d and %d)", len(b), len(a))
			}
		})
	}
}

func indexContents(t *testing.T, dir string) []string {
	t.Helper()
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	lines, err := ix.Contents()
	if err != nil {
		t.Fatal(err)
	}
	return lines
}
