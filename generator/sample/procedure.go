package sample

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"path/filepath"

	"cpportal/domain"
)

// The notice's procedure in the sample: the city's stage of evaluation and acceptance, where
// disclosures were published, and the grounds, deadline, proposal and closing of rectification
// orders. Its choices come from a stream of their own, so that the rest of the sample is drawn
// exactly as without them.

// procedureStream is the random stream of the procedural details.
const procedureStream = 3 << 32

// procRand returns the procedure stream of one round.
func (w *world) procRand(l *listing) *rand.Rand {
	return newRand(w.cfg.Seed, procedureStream|uint64(l.ent.index)<<8|uint64(l.batch.ordinal&0xff))
}

// cityStage adds the city's step before a province decision on a review: for 国控/省控 the
// city's preliminary review reported up, for 市控 its preliminary evaluation or acceptance
// report. It returns the day of the province's decision, which for 市控 comes after the city's
// report (and may lie after the as-of date: the round then awaits the province).
func cityStage(rng *rand.Rand, e *enterprise, acceptance bool, decided, reported domain.Date,
	add func(domain.EventKind, domain.Date, string, string), doc func(string, domain.Date) string) domain.Date {
	if e.Level != domain.LevelCity {
		d := later(decided.AddDays(-10-rng.IntN(30)), reported.AddDays(1))
		add(domain.EventCityReviewed, d, doc("审", d), "")
		return decided
	}
	kind := domain.EventCityEvaluated
	if acceptance {
		kind = domain.EventCityAccepted
	}
	add(kind, decided, doc("初", decided), "")
	if decided.After(AsOf.AddDays(-365)) && rng.Float64() < 0.6 {
		// a recent report the province has not yet decided on: its opinion lies after the as-of date
		return AsOf.AddDays(1 + rng.IntN(90))
	}
	return decided.AddDays(20 + rng.IntN(160))
}

// disclosureMedia says where a disclosure was published: most name the medium and link to it,
// some name the medium only, and some say nothing (shown as 公开途径未注明).
func disclosureMedia(rng *rand.Rand, e *enterprise, batch string) (media, url string) {
	switch r := rng.Float64(); {
	case r < 0.7:
		return cities[e.cityPos].name + Placeholder + "报（示例）", fmt.Sprintf("https://example.org/disclosure/%s/%s.html", e.USCC, batch)
	case r < 0.85:
		return cities[e.cityPos].name + Placeholder + "报（示例）", ""
	}
	return "", ""
}

// orderDetails completes a rectification order: its grounds (not auditing as required, mostly;
// untruthful reporting after a failed review), a deadline one to three months on, the city's
// proposal before it for 国控/省控, and its closing, on time, late or not (yet).
func orderDetails(rng *rand.Rand, e *enterprise, afterFailure bool, order *domain.AuditEvent,
	add func(domain.EventKind, domain.Date, string, string), doc func(string, domain.Date) string) {
	order.Grounds = domain.GroundNotAudited
	switch r := rng.Float64(); {
	case afterFailure && r < 0.6:
		order.Grounds = domain.GroundUntruthful
	case r < 0.08:
		order.Grounds = domain.GroundOther
	}
	if rng.Float64() < 0.9 {
		order.Deadline = order.Date.AddDays(30 + rng.IntN(60))
	}
	if e.Level != domain.LevelCity && rng.Float64() < 0.7 {
		d := order.Date.AddDays(-5 - rng.IntN(15))
		add(domain.EventRectificationProposed, d, doc("建", d), "")
	}
	due := order.Deadline
	if due.IsZero() {
		due = order.Date.AddDays(60)
	}
	switch r := rng.Float64(); {
	case r < 0.6:
		add(domain.EventRectified, order.Date.AddDays(10+rng.IntN(max(1, order.Date.DaysUntil(due)-9))), "", "")
	case r < 0.8:
		add(domain.EventRectified, due.AddDays(5+rng.IntN(60)), "", "")
	}
}

// procDoc is docNumber drawn from the procedure stream.
func procDoc(rng *rand.Rand, e *enterprise, kind string, d domain.Date) string {
	abbr := "粤"
	if e.Level == domain.LevelCity {
		abbr = cities[e.cityPos].abbr
	}
	return fmt.Sprintf("%s环示%s〔%d〕%d号", abbr, kind, d.Year, 1+rng.IntN(300))
}

// verifyRand returns the stream that decides which of a round's options were verified.
func (w *world) verifyRand(l *listing) *rand.Rand {
	return newRand(w.cfg.Seed, 4<<32|uint64(l.ent.index)<<8|uint64(l.batch.ordinal&0xff))
}

// verify dates the check of a completed option's reductions (纳入减排核算): about two thirds
// are verified one to seven months after completion; the rest, and those whose check would
// fall after the as-of date, stay claimed only.
func verify(rng *rand.Rand, o *domain.Option) {
	if o.Status != domain.OptionCompleted || rng.Float64() >= 0.65 {
		return
	}
	if d := o.Completed.AddDays(30 + rng.IntN(180)); !d.After(AsOf) {
		o.Verified = d
	}
}

// reportsFrom is the first year of the cities' year-end reports the sample records.
const reportsFrom = 2012

// writeReports writes data/reports.csv: each city's year-end report to the province from
// reportsFrom to the year before the as-of date, mostly by 31 December, some in the new year,
// and a few never submitted.
func (w *world) writeReports(data string) error {
	rng := newRand(w.cfg.Seed, 5<<32)
	var rows [][]string
	for y := reportsFrom; y < AsOf.Year; y++ {
		for _, c := range cities {
			var d domain.Date
			switch r := rng.Float64(); {
			case r < 0.82:
				d = domain.Date{Year: y, Month: 12, Day: 5 + rng.IntN(27)}
			case r < 0.93:
				d = domain.Date{Year: y + 1, Month: 1, Day: 2 + rng.IntN(28)}.AddDays(rng.IntN(60))
			default:
				continue // never reported
			}
			if d.After(AsOf) {
				continue
			}
			doc := fmt.Sprintf("%s环示报〔%d〕%d号", c.abbr, d.Year, 1+rng.IntN(200))
			rows = append(rows, []string{c.code, fmt.Sprint(y), d.String(), doc,
				fmt.Sprintf("https://example.org/report/%s/%d.html", c.code, y)})
		}
	}
	return writeTable(filepath.Join(data, "reports.csv"), []string{"city", "year", "submitted", "doc_number", "source_url"}, rows)
}

// demonstration decides, from the case's slug alone (so that no other draw changes), whether
// the province selected its technology as a demonstration technology (about two in five) and
// by which sample document, of the case's year.
func (c *caseStudy) demonstration() (doc string, ok bool) {
	h := fnv.New32a()
	h.Write([]byte(c.slug))
	v := h.Sum32()
	if v%5 >= 2 {
		return "", false
	}
	return fmt.Sprintf("粤环示〔%d〕%d号", c.date.Year, 1+v/5%200), true
}

// finishBeforeAcceptance has most accepted rounds complete their medium/high-cost options
// before the acceptance, as the notice has enterprises apply once they are implemented; about
// one round in ten is accepted with options unfinished, which the build warns about.
func finishBeforeAcceptance(rng *rand.Rand, events []domain.AuditEvent, opts []domain.Option) {
	var accepted domain.Date
	for _, e := range events {
		if e.Event == domain.EventAccepted && !e.Date.After(AsOf) {
			accepted = e.Date
		}
	}
	if accepted.IsZero() || rng.Float64() < 0.1 {
		return
	}
	for i := range opts {
		o := &opts[i]
		if !o.CostClass.MediumOrHigh() || o.Status == domain.OptionCancelled {
			continue
		}
		if o.Status != domain.OptionCompleted || o.Completed.After(accepted) {
			o.Status = domain.OptionCompleted
			o.Completed = later(accepted.AddDays(-10-rng.IntN(50)), o.Planned.AddDays(-60))
			if o.Completed.After(accepted) {
				o.Completed = accepted
			}
			if !o.Verified.IsZero() && o.Verified.Before(o.Completed) {
				o.Verified = o.Completed.AddDays(30)
			}
		}
	}
}
