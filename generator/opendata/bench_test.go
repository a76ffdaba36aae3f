package opendata

import (
	"fmt"
	"path/filepath"
	"testing"

	"cpportal/generator/derive"
)

// largeFixture repeats the fixture's two enterprises n/2 times under new credit codes, with
// one list per 1,000 enterprises: the size of a province-wide registry.
func largeFixture(b *testing.B, n int) fixture {
	fx := newFixture(b)
	base := fx.facts.Enterprises
	ents := make([]derive.Enterprise, 0, n)
	var batches []derive.Batch
	for i := range n {
		e := base[i%2]
		e.USCC = fmt.Sprintf("9144%014d", i)
		ents = append(ents, e)
		if i%1000 == 0 {
			bt := fx.facts.Batches[i%2]
			bt.ID = fmt.Sprintf("b%03d", i/1000)
			bt.Rows = nil
			batches = append(batches, bt)
		}
		m := fx.facts.Batches[i%2].Rows[0]
		m.USCC = e.USCC
		batches[len(batches)-1].Rows = append(batches[len(batches)-1].Rows, m)
	}
	fx.facts.Enterprises, fx.facts.Batches = ents, batches
	return fx
}

func BenchmarkWrite20k(b *testing.B) {
	fx := largeFixture(b, 20000)
	var st Stats
	for i := 0; b.Loop(); i++ {
		var err error
		st, err = Write(filepath.Join(b.TempDir(), fmt.Sprint(i)), fx.ds, fx.facts, Options{})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Bytes)/1e6, "MB")
	b.ReportMetric(float64(st.Files), "files")
}
