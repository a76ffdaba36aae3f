package derive

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/domain"
)

// Derive computes every fact the site shows from a validated dataset as of one date. It reads
// no clock and no file: the same dataset and date always give the same Facts, with every
// slice in a fixed order. Records dated after asOf (lists, events, completions, disclosures)
// are left out, as they had not happened on that day.
func Derive(ds *domain.Dataset, asOf domain.Date) *Facts {
	in := index(ds, asOf)
	f := &Facts{AsOf: asOf}
	f.Enterprises = in.enterprises(ds)
	f.Batches = in.batchFacts()
	f.Cities, f.Industries, f.Province = in.areas(ds, f.Enterprises)
	attachReports(f, in.cityReports(ds))
	f.Overdue = f.Province.Overdue
	f.CalendarLastYear, f.Provisional = in.cal.LastYear(), countProvisional(f.Enterprises)
	f.Agencies = agencyFacts(ds, f.Enterprises, asOf, in.cityNames)
	return f
}

// roundKey names one audit round: an enterprise on one list.
type roundKey struct{ uscc, batch string }

// entryRef is one list entry with the batch that holds it.
type entryRef struct {
	batch *domain.Batch
	entry *domain.ListEntry
}

// inputs are the dataset's records indexed for one pass of derivation.
type inputs struct {
	asOf          domain.Date
	cal           Calendar
	batches       []*domain.Batch // published by asOf, by publication date then id
	batchRank     map[string]int  // batch id → position in batches
	cityNames     map[string]string
	industryNames map[string]string
	registry      map[string]*domain.Enterprise
	entries       map[string][]entryRef            // uscc → its list entries, oldest batch first
	events        map[roundKey][]domain.AuditEvent // by round, dated by asOf, in eventOrder
	options       map[string][]domain.Option       // by uscc
	disclosures   map[string][]domain.Disclosure   // by uscc, dated by asOf
	cases         map[string][]string              // uscc → case slugs
	listings      map[string][]Listing             // uscc → listings, oldest batch first
	listingAt     map[roundKey]*Listing            // into listings
	firstYear     int                              // first year of the yearly summaries
}

func index(ds *domain.Dataset, asOf domain.Date) *inputs {
	in := &inputs{
		asOf:          asOf,
		cal:           NewCalendar(ds.Calendar),
		batchRank:     map[string]int{},
		cityNames:     map[string]string{},
		industryNames: map[string]string{},
		registry:      make(map[string]*domain.Enterprise, len(ds.Enterprises)),
		entries:       make(map[string][]entryRef, len(ds.Enterprises)),
		firstYear:     asOf.Year,
	}
	for i := range ds.Batches {
		if b := &ds.Batches[i]; !b.Published.After(asOf) {
			in.batches = append(in.batches, b)
		}
	}
	slices.SortStableFunc(in.batches, func(a, b *domain.Batch) int {
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.ID, b.ID))
	})
	for i, b := range in.batches {
		in.batchRank[b.ID] = i
		if i == 0 {
			in.firstYear = b.Published.Year
		}
	}
	for _, c := range ds.Cities {
		in.cityNames[c.Code] = c.Name
	}
	for _, c := range ds.Industries {
		in.industryNames[c.Code] = c.Name
	}
	for i := range ds.Enterprises {
		e := &ds.Enterprises[i]
		if _, dup := in.registry[e.USCC]; !dup {
			in.registry[e.USCC] = e
		}
	}
	for _, b := range in.batches {
		for j := range b.Members {
			m := &b.Members[j]
			refs := in.entries[m.USCC]
			if len(refs) > 0 && refs[len(refs)-1].batch == b {
				continue // listed twice in one batch: validation reports it; count it once
			}
			in.entries[m.USCC] = append(refs, entryRef{b, m})
		}
	}
	in.events = groupBy(ds.Events,
		func(e *domain.AuditEvent) bool { return !e.Date.After(asOf) },
		func(e *domain.AuditEvent) roundKey { return roundKey{e.USCC, e.Batch} })
	for _, evs := range in.events {
		slices.SortStableFunc(evs, eventOrder)
	}
	in.options = groupBy(ds.Options, always, func(o *domain.Option) string { return o.USCC })
	in.disclosures = groupBy(ds.Disclosures,
		func(d *domain.Disclosure) bool { return d.Year <= asOf.Year && !d.Published.After(asOf) },
		func(d *domain.Disclosure) string { return d.USCC })
	in.cases = map[string][]string{}
	for _, c := range ds.Cases {
		if c.USCC != "" {
			in.cases[c.USCC] = append(in.cases[c.USCC], c.Slug)
		}
	}
	in.buildListings()
	return in
}

// buildListings counts every list entry's round: steps, outcome, rectification orders and the
// batch it rolled into.
func (in *inputs) buildListings() {
	in.listings = make(map[string][]Listing, len(in.entries))
	in.listingAt = make(map[roundKey]*Listing, len(in.entries))
	for uscc, refs := range in.entries {
		ls := make([]Listing, len(refs))
		for i, r := range refs {
			ls[i] = in.listing(r)
			if i+1 < len(refs) {
				ls[i].NextBatch = refs[i+1].batch.ID
				ls[i].supersede(refs[i+1].batch.Published)
			}
		}
		in.listings[uscc] = ls
		for i := range ls {
			in.listingAt[roundKey{uscc, ls[i].Batch}] = &ls[i]
		}
	}
}

// listing counts one round from its list entry and its events.
func (in *inputs) listing(r entryRef) Listing {
	events := in.events[roundKey{r.entry.USCC, r.batch.ID}]
	l := Listing{
		Batch:          r.batch.ID,
		BatchTitle:     r.batch.Title,
		DocNumber:      r.batch.DocNumber,
		SourceURL:      r.batch.SourceURL,
		Published:      r.batch.Published,
		Level:          r.entry.Level,
		Reasons:        nonNil(r.entry.Reasons),
		Steps:          listingSteps(r.batch.Published, events, in.cal, in.asOf),
		Events:         nonNil(events),
		Outcome:        OutcomeOf(events),
		Rectifications: []domain.AuditEvent{},
	}
	for _, e := range events {
		if e.Event == domain.EventRectification {
			l.Rectifications = append(l.Rectifications, e)
		}
	}
	in.procedure(&l, r.entry.USCC, events)
	return l
}

// nonNil returns s, or an empty slice when s is nil, so JSON shows [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// overdueSteps returns the overdue steps of an enterprise's listings.
func overdueSteps(e *Enterprise) []OverdueStep {
	out := []OverdueStep{}
	for _, l := range e.Listings {
		for _, s := range l.Steps {
			if s.Status == StatusOverdue {
				out = append(out, OverdueStep{
					USCC: e.USCC, Name: e.Name, City: e.City, CityName: e.CityName,
					Batch: l.Batch, Step: s.Step, Due: s.Due, DaysOverdue: s.DaysOverdue,
				})
			}
		}
	}
	slices.SortFunc(out, overdueOrder)
	return out
}

// overdueOrder puts the most days overdue first, then orders by credit code, batch and step.
func overdueOrder(a, b OverdueStep) int {
	return cmp.Or(
		cmp.Compare(b.DaysOverdue, a.DaysOverdue),
		strings.Compare(a.USCC, b.USCC),
		a.Due.Compare(b.Due),
		strings.Compare(a.Batch, b.Batch),
		cmp.Compare(slices.Index(StepNames, a.Step), slices.Index(StepNames, b.Step)),
	)
}
