package derive

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/domain"
)

// enterprises derives every registry enterprise, by credit code. An enterprise listed twice in
// the registry (which validation reports) is derived once, from its first row.
func (in *inputs) enterprises(ds *domain.Dataset) []Enterprise {
	recs := make([]*domain.Enterprise, 0, len(in.registry))
	for i := range ds.Enterprises {
		if e := &ds.Enterprises[i]; in.registry[e.USCC] == e {
			recs = append(recs, e)
		}
	}
	// Sort the pointers, not the derived records: those are large and slow to move.
	slices.SortFunc(recs, func(a, b *domain.Enterprise) int { return strings.Compare(a.USCC, b.USCC) })
	out := make([]Enterprise, len(recs))
	for i, rec := range recs {
		out[i] = in.enterprise(rec)
	}
	return out
}

func (in *inputs) enterprise(rec *domain.Enterprise) Enterprise {
	keyed := rec.KeyedIdentifiers()
	e := Enterprise{
		Enterprise:   keyed,
		Identifiers:  nonNil(keyed.IDs()),
		CityName:     in.cityNames[rec.City],
		IndustryName: in.industryNames[rec.Industry],
		Listings:     nonNil(in.listings[rec.USCC]),
		Stage:        StageNotListed,
	}
	if n := len(e.Listings); n > 0 {
		e.Stage = StageOf(e.Listings[n-1])
	}
	e.Overdue = overdueSteps(&e)

	rows := in.disclosures[rec.USCC]
	e.Disclosures = make([]DisclosureFact, len(rows))
	for i, d := range rows {
		e.Disclosures[i] = DisclosureFactOf(d)
	}
	slices.SortStableFunc(e.Disclosures, disclosureOrder)
	e.DisclosureGaps = disclosureGaps(&e, in.asOf)

	e.Options = nonNil(in.options[rec.USCC]) // the index's own copy: sorting it is safe
	slices.SortStableFunc(e.Options, in.optionOrder)
	e.OptionStats = OptionStatsOf(e.Options, in.asOf)

	e.Cases = slices.Clone(in.cases[rec.USCC])
	slices.Sort(e.Cases)
	e.Cases = nonNil(e.Cases)
	return e
}

// optionOrder sorts options by their batch's publication order (batches not yet published
// last), then batch id, then option id.
func (in *inputs) optionOrder(a, b domain.Option) int {
	rank := func(id string) int {
		if r, ok := in.batchRank[id]; ok {
			return r
		}
		return len(in.batches)
	}
	return cmp.Or(
		cmp.Compare(rank(a.Batch), rank(b.Batch)),
		strings.Compare(a.Batch, b.Batch),
		strings.Compare(a.ID, b.ID),
	)
}

// batchFacts lists every batch published by the as-of date with its members' standing, in
// publication order. Members keep the order of the published list.
func (in *inputs) batchFacts() []Batch {
	out := make([]Batch, 0, len(in.batches))
	for _, b := range in.batches {
		fb := Batch{Batch: *b, Rows: make([]Member, 0, len(b.Members))}
		seen := make(map[string]bool, len(b.Members))
		for _, m := range b.Members {
			l := in.listingAt[roundKey{m.USCC, b.ID}]
			if l == nil || seen[m.USCC] {
				continue // a second entry for one enterprise: validation reports it
			}
			seen[m.USCC] = true
			row := Member{
				USCC: m.USCC, Name: m.Name, Level: m.Level, Reasons: l.Reasons,
				Steps: l.Steps, Outcome: l.Outcome, NextBatch: l.NextBatch,
				Rectifications: len(l.Rectifications),
				OrderCounts:    l.Procedure.Count(),
			}
			if rec := in.registry[m.USCC]; rec != nil {
				row.City, row.Industry = rec.City, rec.Industry
				row.CityName, row.IndustryName = in.cityNames[rec.City], in.industryNames[rec.Industry]
			}
			for _, s := range l.Steps {
				if s.Status == StatusOverdue {
					fb.Overdue++
				}
			}
			fb.Rows = append(fb.Rows, row)
		}
		out = append(out, fb)
	}
	return out
}
