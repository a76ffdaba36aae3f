package load

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/domain"
	"cpportal/internal/fixture"
)

// scaledSource is the valid fixture with n enterprises and a disclosure row and an audit event
// for each, the shape of a large province-wide dataset.
func scaledSource(b *testing.B, n int) fstest.MapFS {
	fsys := fixture.Source()
	var ent, disc, aud strings.Builder
	ent.WriteString("uscc,name,city,county,industry,control_level,address\n")
	disc.WriteString("uscc,year,pollutant,outlet,discharge_method,concentration,unit,limit,total_t,quota_t,standard,published,source_url\n")
	aud.WriteString("uscc,batch,event,date,doc_number,agency\n")
	for i := 0; i < n; i++ {
		code, err := domain.CompleteUSCC(fmt.Sprintf("91440101MA%06d", i))
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(&ent, "%s,广州市示例第%d印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路%d号\n", code, i, i)
		fmt.Fprintf(&disc, "%s,2009,化学需氧量,DW001,间接排放,95.5,mg/L,80,120.5,100,GB 4287-2012,2009-02-20,https://example.org/d/%d\n", code, i)
		fmt.Fprintf(&aud, "%s,2009-1,started,2009-03-15,粤环〔2009〕%d号,ag01\n", code, i)
	}
	fsys["data/enterprises.csv"] = &fstest.MapFile{Data: []byte(ent.String())}
	fsys["data/disclosures.csv"] = &fstest.MapFile{Data: []byte(disc.String())}
	fsys["data/audits.csv"] = &fstest.MapFile{Data: []byte(aud.String())}
	return fsys
}

// BenchmarkLoad50k loads 50,000 enterprises with one disclosure and one event each.
func BenchmarkLoad50k(b *testing.B) {
	fsys := scaledSource(b, 50000)
	b.ResetTimer()
	for b.Loop() {
		ds, ps := Load(fsys)
		if len(ps) != 0 || len(ds.Enterprises) != 50000 {
			b.Fatalf("%d enterprises, problems:\n%s", len(ds.Enterprises), ps.Error())
		}
	}
}
