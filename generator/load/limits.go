package load

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"cpportal/domain"
)

// Text limits, in characters (documented in data/README.md). Real names and titles are far
// shorter; a value beyond them is a pasted document or an attack, and a 10 MB value makes
// every page and search that shows it slow.
const (
	maxShortText = 200     // names, codes, numbers, enumerations
	maxTitleText = 300     // titles, addresses, standards
	maxURLText   = 2000    // source_url, base_url
	maxOtherText = 1000    // every other CSV cell or YAML value
	maxCaseBody  = 100_000 // a case study's markdown body
)

// maxRunes is the longest value a field may hold.
func maxRunes(field string) int {
	switch field {
	case "name", "name_en", "county", "issuer", "doc_number", "outlet", "technology", "problem",
		"agency", "email", "uscc", "id", "code", "batch", "option_id", "city", "industry", "pollutant", "unit":
		return maxShortText
	case "title", "title_en", "address", "standard":
		return maxTitleText
	case "source_url", "base_url":
		return maxURLText
	}
	return maxOtherText
}

// checkLength reports a value longer than its field allows.
func checkLength(ps *domain.Problems, src domain.Source, field, value string) {
	limit := maxRunes(field)
	if len(value) <= limit { // at least one byte per character: surely short enough
		return
	}
	if n := utf8.RuneCountInString(value); n > limit {
		ps.AddHint(src, field, "shorten it; data/README.md lists the limits",
			"value is %s characters long; at most %s are allowed", thousands(n), thousands(limit))
	}
}

// Number limits (documented in data/README.md): every number is finite and at most
// maxNumber; concentrations and limits at most maxConcentration; payback times at most
// maxPaybackYears. Beyond them a value is a typing error (a unit mixed up, digits pasted
// twice) and sums of such values stop being finite numbers.
const (
	maxNumber        = 1e9
	maxConcentration = 1e6
	maxPaybackYears  = 100
)

// numberLimit is the largest value a numeric field may hold.
func numberLimit(field string) float64 {
	switch field {
	case "concentration", "limit":
		return maxConcentration
	case "payback_years":
		return maxPaybackYears
	}
	return maxNumber
}

// rangeProblem says why a parsed number is out of its field's range; "" when it is not.
func rangeProblem(field, text string, f float64) string {
	if limit := numberLimit(field); f > limit {
		return fmt.Sprintf("%q is over %s, the largest value allowed here", text, thousands(int(limit)))
	}
	return ""
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
