package validate

import (
	"strings"

	"cpportal/domain"
)

// cases checks each case study's enterprise, industry and links into the records (the loader
// has checked its benefits).
func (v *checker) cases() {
	for i := range v.ds.Cases {
		c := &v.ds.Cases[i]
		if c.USCC != "" {
			v.enterprise(c.Src, "uscc", c.USCC)
		}
		v.industry(c.Src, "industry", c.Industry)
		for _, l := range c.Links {
			v.link(l)
		}
	}
}

// link checks a link from a case study to a record page: /enterprises/<uscc>/, /lists/<id>/,
// /cities/<code>/ or /industries/<code>/ (or the section itself).
func (v *checker) link(l domain.CaseLink) {
	segs := strings.Split(strings.Trim(l.Path, "/"), "/")
	report := func(msg string) {
		v.ps = append(v.ps, domain.Problem{Pos: l.Pos, Field: "link", Message: msg})
	}
	if len(segs) == 1 {
		return
	}
	if len(segs) > 2 {
		report(l.Path + " leads to no page")
		return
	}
	key := segs[1]
	switch segs[0] {
	case "enterprises":
		if err := domain.CheckID(key); err != nil {
			report(l.Path + ": " + err.Error())
		} else if _, ok := v.enterprises[key]; !ok {
			report(l.Path + " names no enterprise in the registry")
		}
	case "lists":
		if _, ok := v.batches[key]; !ok {
			report(l.Path + " names no list")
		}
	case "cities":
		if _, ok := v.cities[key]; !ok {
			report(l.Path + " names no city")
		}
	case "industries":
		if _, ok := v.industries[key]; !ok {
			report(l.Path + " names no industry")
		}
	default:
		report(l.Path + " leads to no page")
	}
}
