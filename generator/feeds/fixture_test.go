package feeds

import (
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/internal/fixture"
	"cpportal/internal/testkit"
)

// hostile carries markup, a CDATA end, NUL and other control characters, invalid UTF-8 and a
// bidirectional override.
const hostile = testkit.HostileMarkup + testkit.HostileBytes

type feedFixture struct {
	ds    *domain.Dataset
	facts *derive.Facts
}

// newFixture is the shared fixture (two cities, three industries, two lists, disclosures of
// 2009, one case study; as of 2010-06-30) with a base URL, hostile text in a list's title and
// in a second case study, and a third case dated after the as-of date.
func newFixture(t testing.TB) feedFixture {
	t.Helper()
	ds, facts := fixture.Dataset(), fixture.Facts()
	ds.Site.BaseURL = "https://cp.example.gov.cn/"
	facts.Batches[1].Batch.Title = "第二批名单 " + hostile
	ds.Cases = append(ds.Cases,
		domain.Case{Slug: "plating-rinse", Title: "电镀逆流漂洗 " + hostile, USCC: fixture.Plating, Industry: "3360",
			Technology: "逆流漂洗", Summary: "节水 40%。" + hostile, Date: domain.MustDate("2010-04-01")},
		domain.Case{Slug: "future-case", Title: "尚未发布", Industry: "1713", Date: domain.MustDate("2011-01-01")},
	)
	return feedFixture{ds: ds, facts: facts}
}
