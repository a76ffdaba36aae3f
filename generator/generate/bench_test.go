package generate

import (
	"os"
	"path/filepath"
	"testing"

	"cpportal/generator/derive"
	"cpportal/generator/load"
)

// BenchmarkWriteSample writes the Hugo project of the bundled sample (data/ and content/ at the
// repository root). go test -bench WriteSample ./generator/generate/
func BenchmarkWriteSample(b *testing.B) {
	src := os.DirFS(filepath.Join("..", ".."))
	ds, problems := load.Load(src)
	if len(problems) > 0 {
		b.Fatalf("the sample does not load: %v", problems)
	}
	facts := derive.Derive(ds, ds.Site.AsOf)
	for b.Loop() {
		if _, err := Write(b.TempDir(), Input{Dataset: ds, Facts: facts, Source: src}); err != nil {
			b.Fatal(err)
		}
	}
}
