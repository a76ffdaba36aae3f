package validate

import (
	"fmt"

	"cpportal/generator/domain"
)

// Validate runs every cross-record check over ds and returns all problems, sorted.
func Validate(ds *domain.Dataset) domain.Problems {
	v := newChecker(ds)
	v.site()
	v.registry()
	v.gaps()
	v.lists()
	v.disclosures()
	v.events()
	v.options()
	v.cases()
	v.reports()
	return v.ps.Sort()
}

// checker holds the dataset's keys, indexed once, and collects problems.
type checker struct {
	ds          *domain.Dataset
	ps          domain.Problems
	enterprises map[string]*domain.Enterprise // first record per credit code
	cities      map[string]*domain.City
	industries  map[string]*domain.Industry
	batches     map[string]*domain.Batch
	agencies    map[string]*domain.Agency
	members     map[member]*domain.ListEntry // first entry per list and credit code
	codes       map[string]error             // credit-code check results, computed once per code
	lastGoodURL string                       // the last source link that passed, checked once per run of rows
}

// member is an enterprise on a list.
type member struct{ batch, uscc string }

func newChecker(ds *domain.Dataset) *checker {
	v := &checker{
		ds:          ds,
		enterprises: map[string]*domain.Enterprise{},
		cities:      map[string]*domain.City{},
		industries:  map[string]*domain.Industry{},
		batches:     map[string]*domain.Batch{},
		agencies:    map[string]*domain.Agency{},
		members:     map[member]*domain.ListEntry{},
		codes:       map[string]error{},
	}
	for i := range ds.Cities {
		c := &ds.Cities[i]
		if first, dup := v.cities[c.Code]; dup && c.Code != "" {
			v.duplicate(c.Src, "code", "city code "+c.Code, first.Src)
		} else if c.Code != "" {
			v.cities[c.Code] = c
		}
	}
	for i := range ds.Industries {
		ind := &ds.Industries[i]
		if first, dup := v.industries[ind.Code]; dup && ind.Code != "" {
			v.duplicate(ind.Src, "code", "industry code "+ind.Code, first.Src)
		} else if ind.Code != "" {
			v.industries[ind.Code] = ind
		}
	}
	for i := range ds.Enterprises {
		v.addEnterprise(&ds.Enterprises[i])
	}
	for i := range ds.Agencies {
		a := &ds.Agencies[i]
		if first, dup := v.agencies[a.ID]; dup && a.ID != "" {
			v.duplicate(a.Src, "id", "agency "+a.ID, first.Src)
		} else if a.ID != "" {
			v.agencies[a.ID] = a
		}
	}
	for i := range ds.Batches {
		b := &ds.Batches[i]
		if first, dup := v.batches[b.ID]; dup {
			v.duplicate(b.Src, "id", "list "+b.ID, first.Src)
			continue
		}
		v.batches[b.ID] = b
		for j := range b.Members {
			m := &b.Members[j]
			key := member{b.ID, m.USCC}
			if first, dup := v.members[key]; dup && m.USCC != "" {
				v.ps.AddHint(m.Src, "uscc", "", "%s is listed twice in %s, first at %s", m.USCC, b.ID, line(first.Src))
			} else if m.USCC != "" {
				v.members[key] = m
			}
		}
	}
	return v
}

// duplicate reports a record whose key an earlier record already has.
func (v *checker) duplicate(src domain.Source, field, what string, first domain.Source) {
	v.ps.Add(src, field, "duplicate %s, first at %s", what, line(first))
}

// line formats a record's position as file:line, for messages that point at another record.
func line(src domain.Source) string { return fmt.Sprintf("%s:%d", src.File, src.Line) }
