package generate

import (
	"os"
	"path/filepath"
	"testing"

	"cpportal/generator/derive"
	"cpportal/generator/load"
)

// BenchmarkBodiesSample renders the bodies of every dossier and area page of the bundled
// sample in memory (no files): the cost this package adds per page.
// go test -run XXX -bench BodiesSample ./generator/generate/
func BenchmarkBodiesSample(b *testing.B) {
	src := os.DirFS(filepath.Join("..", ".."))
	ds, problems := load.Load(src)
	if len(problems) > 0 {
		b.Fatalf("the sample does not load: %v", problems)
	}
	facts := derive.Derive(ds, ds.Site.AsOf)
	g := newGenerator(b.TempDir(), Input{Dataset: ds, Facts: facts, Source: src})
	f, err := g.newPageBody(defaultLang)
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for b.Loop() {
		bytes = 0
		for i := range facts.Enterprises {
			f.Reset()
			f.dossier(g, &facts.Enterprises[i])
			bytes += f.Len()
		}
		for i := range facts.Cities {
			f.Reset()
			g.areaBody(f, "city", &facts.Cities[i])
			bytes += f.Len()
		}
	}
	b.ReportMetric(float64(bytes)/float64(len(facts.Enterprises)+len(facts.Cities)), "bytes/page")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(facts.Enterprises)+len(facts.Cities)), "ns/page")
}
