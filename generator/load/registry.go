package load

import (
	"io/fs"

	"cpportal/domain"
)

// The registry files: who and where. Their typed parsing stops at the value itself; whether a
// city or industry code exists is a cross-record check (package validate).

var (
	citiesSpec     = csvSpec{file: "data/cities.csv", columns: []string{"code", "name"}, optional: []string{"name_en"}}
	industriesSpec = csvSpec{file: "data/industries.csv", columns: []string{"code", "name"},
		optional: []string{"name_en", "guide"}}
	enterprisesSpec = csvSpec{file: "data/enterprises.csv",
		columns:  []string{"uscc", "name", "city", "county", "industry", "control_level", "address"},
		optional: []string{"org_code", "local_id"}}
	agenciesSpec = csvSpec{file: "data/agencies.csv", columns: []string{"id", "name", "city"}}
	calendarSpec = csvSpec{file: "data/calendar.csv", columns: []string{"date", "kind"}}
)

func loadCities(fsys fs.FS, ps *domain.Problems) []domain.City {
	return readRecords(fsys, citiesSpec, ps, false, func(r *csvRow) domain.City {
		c := domain.City{Code: r.required("code"), Name: r.required("name"), NameEN: r.text("name_en"), Src: r.src}
		if c.Code != "" && !isDigits(c.Code, 6, 6) {
			r.ps.Add(r.src, "code", "%q is not a 6-digit administrative division code", c.Code)
		}
		return c
	})
}

func loadIndustries(fsys fs.FS, ps *domain.Problems) []domain.Industry {
	return readRecords(fsys, industriesSpec, ps, false, func(r *csvRow) domain.Industry {
		ind := domain.Industry{Code: r.required("code"), Name: r.required("name"), NameEN: r.text("name_en"),
			Guide: r.text("guide"), Src: r.src}
		if ind.Code != "" && !isIndustryCode(ind.Code) {
			r.ps.AddHint(r.src, "code", "GB/T 4754-2017 codes are a section letter or 2 to 4 digits, e.g. 1713",
				"%q is not an industry code", ind.Code)
		}
		if ind.Guide != "" && !isSlug(ind.Guide) {
			r.ps.AddHint(r.src, "guide", "a guide is named by its file stem in content/guides/, e.g. printing-dyeing",
				"%q is not a page name (lower-case letters, digits and -)", ind.Guide)
		}
		return ind
	})
}

func loadEnterprises(fsys fs.FS, ps *domain.Problems) []domain.Enterprise {
	return readRecords(fsys, enterprisesSpec, ps, false, func(r *csvRow) domain.Enterprise {
		e := domain.Enterprise{
			CreditCode: r.text("uscc"),
			OrgCode:    r.text("org_code"),
			LocalID:    r.text("local_id"),
			Name:       r.required("name"),
			City:       r.required("city"),
			County:     r.text("county"),
			Industry:   r.text("industry"),
			Level:      optionalEnum(r, "control_level", domain.ControlLevels, domain.ControlLevel.Valid),
			Address:    r.text("address"),
			Src:        r.src,
		}
		if e.USCC = e.BestID(); e.USCC == "" {
			r.ps.AddHint(r.src, "uscc", "give the credit code, the organisation code (org_code) or a local id (local_id); import assigns local ids",
				"the enterprise has no identifier")
		}
		return e
	})
}

func loadAgencies(fsys fs.FS, ps *domain.Problems) []domain.Agency {
	return readRecords(fsys, agenciesSpec, ps, false, func(r *csvRow) domain.Agency {
		return domain.Agency{ID: r.required("id"), Name: r.required("name"), City: r.required("city"), Src: r.src}
	})
}

func loadCalendar(fsys fs.FS, ps *domain.Problems) []domain.CalendarDay {
	return readRecords(fsys, calendarSpec, ps, true, func(r *csvRow) domain.CalendarDay {
		return domain.CalendarDay{
			Date: r.requiredDate("date"),
			Kind: enum(r, "kind", []domain.DayKind{domain.DayHoliday, domain.DayWorking}, domain.DayKind.Valid),
			Src:  r.src,
		}
	})
}

// isDigits reports whether s is between lo and hi ASCII digits.
func isDigits(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isIndustryCode accepts a GB/T 4754-2017 section letter (A–T) or a division, group or class
// code of 2 to 4 digits.
func isIndustryCode(s string) bool {
	if len(s) == 1 {
		return s[0] >= 'A' && s[0] <= 'T'
	}
	return isDigits(s, 2, 4)
}

// isSlug reports whether s is usable as a page name in a URL: lower-case ASCII letters, digits
// and inner hyphens.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
