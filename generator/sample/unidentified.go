package sample

import (
	"fmt"

	"cpportal/domain"
)

// The bundled sample also holds a list as early city notices were published: 佛山市's list of
// 2011 names its enterprises by county and name only, with no credit code, control level or
// listing reasons. Its enterprises show every way the registry identifies an enterprise that
// a notice gave no credit code for:
//
//   - by its organisation code alone (enterprises that closed before credit codes), with or
//     without an industry and address;
//   - by the local id that import assigned, with industry and address not known;
//   - by a credit code found later, keeping its local id (its old address redirects), while
//     the list and its audit still name it by the local id it had when they were imported.
//
// These enterprises closed long ago: they have no disclosures or options. Three have audit
// rounds recorded; the others have none, which the site shows as overdue, as the records are.

// SampleOrgPrefix begins every organisation code of the sample (SAMPL0104, …). An organisation
// code holds no division code that could be made impossible, so the sample's are marked, and
// with a letter that rules out a real holder: S is not in the credit code's alphabet, so an
// organisation code with an S could never have been carried into a credit code (GB 32100-2015
// puts the holder's organisation code in positions 9–17).
const SampleOrgPrefix = "SAMPL"

// earlyBatch is the city list, published before the second provincial list rolled over.
var earlyBatch = domain.Batch{
	ID:        "2011-fs",
	Title:     "佛山市2011年强制性清洁生产审核企业名单（示例）",
	Issuer:    "佛山市环境保护局",
	DocNumber: "佛环示〔2011〕23号",
	Published: domain.MustDate("2011-06-17"),
	SourceURL: "https://example.org/notice/2011-fs.html",
}

// earlyMember describes one enterprise of the city list.
type earlyMember struct {
	brand, term, form, county string
	industry                  string // "" when not known
	address                   bool   // whether the registry knows its address
	id                        string // how it is identified: org, local, credit+local, credit+org
	accepted                  bool   // whether an audit round was recorded, up to acceptance
}

var earlyMembers = []earlyMember{
	{brand: "旧城", term: "五金电镀", form: "厂", county: "南海区", industry: "3360", address: true, id: "org", accepted: true},
	{brand: "桥头", term: "漂染", form: "厂", county: "顺德区", id: "local"},
	{brand: "河畔", term: "印染", form: "有限公司", county: "南海区", industry: "1713", id: "local"},
	{brand: "新塘", term: "纸品", form: "有限公司", county: "三水区", industry: "2221", address: true, id: "credit+local", accepted: true},
	{brand: "沙岗", term: "皮革", form: "有限公司", county: "高明区", id: "org"},
	{brand: "石湾", term: "陶瓷", form: "厂", county: "禅城区", id: "local"},
}

// addEarlyList adds the city list and its enterprises. Their choices come from a stream of
// their own, so the rest of the sample is the same with or without them.
func (w *world) addEarlyList() {
	if w.cfg.Enterprises > 1000 {
		return // the larger data sets are for measuring speed: one list a year, all with credit codes
	}
	rng := newRand(w.cfg.Seed, 3<<32)
	cityPos := cityIndex("440600")
	c := &cities[cityPos]
	b := &batch{Batch: earlyBatch}
	for i, m := range earlyMembers {
		name := c.name + Placeholder + m.brand + m.term + m.form
		e := &enterprise{Enterprise: domain.Enterprise{Name: name, City: c.code, County: m.county, Industry: m.industry},
			cityPos: cityPos, index: len(w.ents), early: true}
		if m.address {
			e.Address = address(rng, c, m.county)
		}
		// A local id as import assigns it, but from the sample's own division code 4499NN
		// (as in its credit codes), so that no local id of the sample can be a real one.
		fictional := fmt.Sprintf("%s%02d", FictionalDivision, cityPos+1)
		orgCode := func() string {
			body := fmt.Sprintf("%s%03d", SampleOrgPrefix, 10*(i+1)+rng.IntN(10))
			check, _ := domain.OrgCodeCheck(body)
			return body + string(check)
		}
		listedAs := ""
		switch m.id {
		case "org":
			e.OrgCode = orgCode()
			listedAs = e.OrgCode
		case "local":
			e.LocalID = domain.LocalID(fictional, name)
			listedAs = e.LocalID
		case "credit+local":
			e.CreditCode = creditCode(rng, "91", cityPos)
			e.LocalID = domain.LocalID(fictional, name)
			listedAs = e.LocalID
		}
		e.USCC = e.IDs()[0]
		l := &listing{ent: e, batch: b, listedAs: listedAs}
		if m.accepted {
			l.events = earlyRound(listedAs, b.Published, i)
		}
		b.listings = append(b.listings, l)
		w.ents = append(w.ents, e)
	}
	at := len(w.batches)
	for i, other := range w.batches {
		if other.Published.After(b.Published) {
			at = i
			break
		}
	}
	w.batches = append(w.batches[:at], append([]*batch{b}, w.batches[at:]...)...)
}

// earlyRound is an audit round carried through to acceptance, named by the identifier the
// list used; the i-th enterprise's dates are a few days apart from the others'.
func earlyRound(id string, published domain.Date, i int) []domain.AuditEvent {
	ev := func(kind domain.EventKind, days int, doc string) domain.AuditEvent {
		return domain.AuditEvent{USCC: id, Batch: earlyBatch.ID, Event: kind, Date: published.AddDays(days + 2*i), DocNumber: doc}
	}
	return []domain.AuditEvent{
		ev(domain.EventDisclosed, 20, ""),
		ev(domain.EventStarted, 45, ""),
		ev(domain.EventReportSubmitted, 300, ""),
		ev(domain.EventEvaluated, 340, fmt.Sprintf("佛环示函〔2012〕%d号", 40+i)),
		ev(domain.EventAccepted, 700, fmt.Sprintf("佛环示函〔2013〕%d号", 60+i)),
	}
}
