package derive

import (
	"slices"
	"strings"

	"cpportal/domain"
)

// DisclosureItems are the items of a disclosure row that count as disclosed or not, named by
// their disclosures.csv columns and in that file's order. The unit travels with the
// concentration, and published/source_url describe where the row comes from rather than what
// was disclosed, so they are not items.
var DisclosureItems = []string{"outlet", "discharge_method", "concentration", "limit", "total_t", "quota_t", "standard"}

// DisclosureFactOf returns a disclosure row with what follows from it:
//
//   - NotDisclosed lists the items left empty (DisclosureItems order); never nil;
//   - OverLimit when both concentration C and limit L are disclosed and C > L;
//   - Exceedance = (C − L) / L rounded to 2 decimals, only when over the limit and L > 0;
//   - OverQuota when both total and quota are disclosed and total > quota.
func DisclosureFactOf(d domain.Disclosure) DisclosureFact {
	f := DisclosureFact{Disclosure: d, NotDisclosed: []string{}}
	for _, item := range DisclosureItems {
		if !disclosed(d, item) {
			f.NotDisclosed = append(f.NotDisclosed, item)
		}
	}
	if d.Concentration != nil && d.Limit != nil && *d.Concentration > *d.Limit {
		f.OverLimit = true
		if *d.Limit > 0 {
			x := Round((*d.Concentration-*d.Limit) / *d.Limit, exceedancePlaces)
			f.Exceedance = &x
		}
	}
	if d.TotalT != nil && d.QuotaT != nil && *d.TotalT > *d.QuotaT {
		f.OverQuota = true
	}
	return f
}

// disclosed reports whether the item (a DisclosureItems name) has a value in d.
func disclosed(d domain.Disclosure, item string) bool {
	switch item {
	case "outlet":
		return strings.TrimSpace(d.Outlet) != ""
	case "discharge_method":
		return strings.TrimSpace(d.DischargeMethod) != ""
	case "concentration":
		return d.Concentration != nil
	case "limit":
		return d.Limit != nil
	case "total_t":
		return d.TotalT != nil
	case "quota_t":
		return d.QuotaT != nil
	case "standard":
		return strings.TrimSpace(d.Standard) != ""
	}
	return true
}

// Complete reports whether every item of the row was disclosed.
func (f DisclosureFact) Complete() bool { return len(f.NotDisclosed) == 0 }

// pollutantRank orders pollutants as domain.Pollutants lists them (COD first); unknown names
// come after the known ones.
func pollutantRank(name string) int {
	i := slices.IndexFunc(domain.Pollutants, func(p domain.Pollutant) bool { return p.Name == name })
	if i < 0 {
		return len(domain.Pollutants)
	}
	return i
}

// disclosureOrder sorts disclosure rows by year, pollutant (domain order, then name), outlet.
func disclosureOrder(a, b DisclosureFact) int {
	if a.Year != b.Year {
		return a.Year - b.Year
	}
	if c := pollutantRank(a.Pollutant) - pollutantRank(b.Pollutant); c != 0 {
		return c
	}
	if c := strings.Compare(a.Pollutant, b.Pollutant); c != 0 {
		return c
	}
	return strings.Compare(a.Outlet, b.Outlet)
}
