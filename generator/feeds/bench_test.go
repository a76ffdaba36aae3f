package feeds

import (
	"fmt"
	"path/filepath"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// BenchmarkWrite20k writes the feeds of 20,000 enterprises with three years of disclosures
// each, 21 cities and 40 industries.
func BenchmarkWrite20k(b *testing.B) {
	fx := newFixture(b)
	fx.ds.Cities, fx.ds.Industries = nil, nil
	for i := range 21 {
		fx.ds.Cities = append(fx.ds.Cities, domain.City{Code: fmt.Sprintf("44%02d00", i+1), Name: fmt.Sprintf("城市%d", i)})
	}
	for i := range 40 {
		fx.ds.Industries = append(fx.ds.Industries, domain.Industry{Code: fmt.Sprintf("%04d", 1000+i), Name: fmt.Sprintf("行业%d", i)})
	}
	var ents []derive.Enterprise
	for i := range 20000 {
		e := fx.facts.Enterprises[0]
		e.USCC = fmt.Sprintf("9144%014d", i)
		e.City, e.Industry = fx.ds.Cities[i%21].Code, fx.ds.Industries[i%40].Code
		var ds []derive.DisclosureFact
		for y := range 3 {
			d := e.Disclosures[0]
			d.Year = 2021 + y
			d.Published = domain.MustDate(fmt.Sprintf("%d-03-%02d", 2022+y, 1+i%28))
			ds = append(ds, d)
		}
		e.Disclosures = ds
		ents = append(ents, e)
	}
	fx.facts.Enterprises = ents
	var st Stats
	for i := 0; b.Loop(); i++ {
		var err error
		if st, err = Write(filepath.Join(b.TempDir(), fmt.Sprint(i)), fx.ds, fx.facts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Feeds), "feeds")
	b.ReportMetric(float64(st.Entries), "entries")
}
