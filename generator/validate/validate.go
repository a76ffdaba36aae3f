package validate

import (
	"fmt"

	"cpportal/domain"
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
	index(v, ds.Cities, v.cities, "code", "city code", func(c *domain.City) (string, domain.Source) { return c.Code, c.Src })
	index(v, ds.Industries, v.industries, "code", "industry code", func(i *domain.Industry) (string, domain.Source) { return i.Code, i.Src })
	for i := range ds.Enterprises {
		v.addEnterprise(&ds.Enterprises[i])
	}
	index(v, ds.Agencies, v.agencies, "id", "agency", func(a *domain.Agency) (string, domain.Source) { return a.ID, a.Src })
	index(v, ds.Batches, v.batches, "id", "list", func(b *domain.Batch) (string, domain.Source) { return b.ID, b.Src })
	for i := range ds.Batches {
		b := &ds.Batches[i]
		if v.batches[b.ID] != b {
			continue // a duplicate list, reported above: its members are not looked at
		}
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

// index adds each record to m under its key, the first record of a key only, and reports each
// later record with the same key ("duplicate <what> <key>, first at …", at field). Records
// without a key are left out: a missing key is reported where the record is checked.
func index[T any](v *checker, records []T, m map[string]*T, field, what string, key func(*T) (string, domain.Source)) {
	for i := range records {
		r := &records[i]
		k, src := key(r)
		if k == "" {
			continue
		}
		if first, dup := m[k]; dup {
			_, firstSrc := key(first)
			v.duplicate(src, field, what+" "+k, firstSrc)
			continue
		}
		m[k] = r
	}
}

// duplicate reports a record whose key an earlier record already has.
func (v *checker) duplicate(src domain.Source, field, what string, first domain.Source) {
	v.ps.Add(src, field, "duplicate %s, first at %s", what, line(first))
}

// line formats a record's position as file:line, for messages that point at another record.
func line(src domain.Source) string { return fmt.Sprintf("%s:%d", src.File, src.Line) }
