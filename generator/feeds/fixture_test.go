package feeds

import (
	"testing"

	"cpportal/generator/derive"
	"cpportal/generator/domain"
	"cpportal/internal/testkit"
)

// hostile carries markup, a CDATA end, NUL and other control characters, invalid UTF-8 and a
// bidirectional override.
const hostile = testkit.HostileMarkup + testkit.HostileBytes

func f64(x float64) *float64 { return &x }

type fixture struct {
	ds     *domain.Dataset
	facts  *derive.Facts
	e1, e2 string
}

// newFixture is two cities, two industries, three lists, disclosures of two years and two
// case studies, one of them dated after the as-of date.
func newFixture(t testing.TB) fixture {
	uscc := func(p string) string {
		c, err := domain.CompleteUSCC(p)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	e1, e2 := uscc("9144010119050000"), uscc("9144030019060000")
	d := domain.MustDate
	ds := &domain.Dataset{
		Site: domain.Site{Title: "广东省强制性清洁生产审核信息公开平台", Province: "广东省",
			Email: "cp-audit@example.org", BaseURL: "https://cp.example.gov.cn/"},
		Cities:     []domain.City{{Code: "440300", Name: "深圳市"}, {Code: "440100", Name: "广州市"}},
		Industries: []domain.Industry{{Code: "3360", Name: "金属表面处理及热处理加工"}, {Code: "1713", Name: "棉印染精加工"}},
		Cases: []domain.Case{
			{Slug: "plating-rinse", Title: "电镀逆流漂洗 " + hostile, USCC: e2, Industry: "3360",
				Technology: "逆流漂洗", Summary: "节水 40%。" + hostile, Date: d("2025-01-20")},
			{Slug: "future-case", Title: "尚未发布", Industry: "1713", Date: d("2026-01-01")},
		},
	}
	batch := func(id, title, published string, rows ...derive.Member) derive.Batch {
		return derive.Batch{Batch: domain.Batch{ID: id, Title: title, Issuer: "广东省环境保护局",
			DocNumber: "粤环〔" + id + "〕号", Published: d(published)}, Rows: rows}
	}
	m1 := derive.Member{USCC: e1, Name: "广州某印染厂", City: "440100", Industry: "1713"}
	m2 := derive.Member{USCC: e2, Name: hostile, City: "440300", Industry: "3360"}
	disc := func(uscc string, year int, pollutant, published string, c, l *float64) derive.DisclosureFact {
		return derive.DisclosureFactOf(domain.Disclosure{USCC: uscc, Year: year, Pollutant: pollutant, Outlet: "DW001",
			DischargeMethod: "间接排放", Concentration: c, Limit: l, Unit: domain.UnitWater, Standard: "GB 21900-2008",
			TotalT: f64(1), QuotaT: f64(2), Published: d(published)})
	}
	facts := &derive.Facts{
		AsOf: d("2025-06-30"),
		Batches: []derive.Batch{
			batch("2009-1", "第一批名单", "2009-01-31", m1),
			batch("2024-A", "第二批名单 "+hostile, "2024-03-15", m1, m2),
			batch("2025-1", "第三批名单", "2025-05-06", m1),
		},
		Enterprises: []derive.Enterprise{
			{Enterprise: domain.Enterprise{USCC: e1, Name: "广州某印染厂", City: "440100", Industry: "1713"},
				CityName: "广州市", IndustryName: "棉印染精加工",
				Disclosures: []derive.DisclosureFact{
					disc(e1, 2023, "化学需氧量", "2024-03-10", f64(120), f64(100)),
					disc(e1, 2023, "氨氮", "2024-03-12", nil, f64(12)),
					disc(e1, 2024, "化学需氧量", "2025-03-14", f64(80), f64(100)),
				}},
			{Enterprise: domain.Enterprise{USCC: e2, Name: hostile, City: "440300", Industry: "3360"},
				CityName: "深圳市", IndustryName: "金属表面处理及热处理加工",
				Disclosures: []derive.DisclosureFact{disc(e2, 2024, "总铬", "2025-03-01", f64(0.3), f64(0.5))}},
		},
	}
	return fixture{ds: ds, facts: facts, e1: e1, e2: e2}
}
