package render

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"cpportal/generator/derive"
	"cpportal/generator/generate"
	"cpportal/generator/load"
)

// BenchmarkRenderSample renders the bundled sample (data/ and content/ at the repository root):
// generate once, then render per iteration. go test -bench RenderSample -benchtime 3x ./generator/render/
func BenchmarkRenderSample(b *testing.B) {
	root := filepath.Join("..", "..")
	src := os.DirFS(root)
	ds, problems := load.Load(src)
	if len(problems) > 0 {
		b.Fatalf("the sample does not load: %v", problems)
	}
	facts := derive.Derive(ds, ds.Site.AsOf)
	project := b.TempDir()
	if _, err := generate.Write(project, generate.Input{Dataset: ds, Facts: facts, Source: src, AsOfSource: "site.yaml", Languages: OtherLanguages}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		out := filepath.Join(b.TempDir(), "out")
		st, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Pages), "pages")
	}
}
