package validate

import (
	"cpportal/domain"
)

// code checks an enterprise identifier where it appears (a credit code, an organisation code
// or a local id) and reports whether it is well formed. Each distinct identifier is checked
// once, however often it appears.
func (v *checker) code(src domain.Source, field, code string) bool {
	if code == "" {
		return false // the loader has reported the missing value
	}
	err, seen := v.codes[code]
	if !seen {
		err = domain.CheckID(code)
		v.codes[code] = err
	}
	if err != nil {
		v.ps.Add(src, field, "%s", err)
		return false
	}
	return true
}

// wellFormed reports whether a credit code already checked by code passed the check.
func (v *checker) wellFormed(code string) bool {
	err, seen := v.codes[code]
	return seen && err == nil
}

// enterprise checks an enterprise identifier and that the registry holds it; it returns the registry
// record, nil when there is none.
func (v *checker) enterprise(src domain.Source, field, code string) *domain.Enterprise {
	if !v.code(src, field, code) {
		return nil
	}
	e, ok := v.enterprises[code]
	if !ok {
		v.ps.AddHint(src, field, "add the enterprise to data/enterprises.csv", "%s is not in the enterprise registry", code)
		return nil
	}
	return e
}

// city checks a city code reference.
func (v *checker) city(src domain.Source, field, code string) {
	if _, ok := v.cities[code]; code != "" && !ok {
		v.ps.AddHint(src, field, "the cities are listed in data/cities.csv", "unknown city code %q", code)
	}
}

// industry checks an industry code reference.
func (v *checker) industry(src domain.Source, field, code string) {
	if _, ok := v.industries[code]; code != "" && !ok {
		v.ps.AddHint(src, field, "the industries are listed in data/industries.csv", "unknown industry code %q", code)
	}
}

// batch checks a list reference and returns the list, nil when there is none.
func (v *checker) batch(src domain.Source, field, id string) *domain.Batch {
	if id == "" {
		return nil
	}
	b, ok := v.batches[id]
	if !ok {
		v.ps.AddHint(src, field, "the lists are the files data/lists/<id>.yaml", "unknown list %q", id)
	}
	return b
}

// agency checks an optional agency reference.
func (v *checker) agency(src domain.Source, field, id string) {
	if _, ok := v.agencies[id]; id != "" && !ok {
		v.ps.AddHint(src, field, "the agencies are listed in data/agencies.csv", "unknown agency %q", id)
	}
}

// onList checks that an enterprise is a member of the list a record belongs to.
func (v *checker) onList(src domain.Source, code string, b *domain.Batch) bool {
	if _, ok := v.members[member{b.ID, code}]; !ok {
		v.ps.AddHint(src, "batch", "add it to data/lists/"+b.ID+".csv or correct the list", "%s is not on list %s", code, b.ID)
		return false
	}
	return true
}

// notBeforePublished checks that a date of a list's round is not before the list was published.
func (v *checker) notBeforePublished(src domain.Source, field string, d domain.Date, b *domain.Batch) {
	if !d.IsZero() && !b.Published.IsZero() && d.Before(b.Published) {
		v.ps.Add(src, field, "%s is before list %s was published on %s", d, b.ID, b.Published)
	}
}
