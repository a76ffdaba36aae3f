package importer

import (
	"fmt"
	"strings"

	"cpportal/domain"
)

// Outcome is how a list row was tied to the enterprise registry.
type Outcome string

const (
	ByCode    Outcome = "matched by credit code"
	ByName    Outcome = "matched by name"
	ByLocalID Outcome = "matched by local id" // a name the registry's enterprise was listed under before
	New       Outcome = "new"                 // no registry enterprise has the code or the name
	Ambiguous Outcome = "ambiguous"           // several registry enterprises have the name
)

// Entry is a list row as it will be written, with how it was matched.
type Entry struct {
	Where      string              // line, row or cell of the name
	Published  string              // the name as the list gives it
	Name       string              // the name written: the registry's for a match, else as published
	USCC       string              // the credit code written; "" for staff to complete
	Level      domain.ControlLevel // "" for staff to complete
	Reasons    []domain.Reason     // empty for staff to complete
	Outcome    Outcome
	Candidates []domain.Enterprise // the registry enterprises an ambiguous name could be
	Region     string              // as published, to help staff place a new enterprise
	Industry   string              // as published
	Notes      []string            // values not understood and disagreements with the registry

	// Added is the registry entry written for a new enterprise (nil otherwise): its name as
	// published, its city from the notice or the county, its id.
	Added *domain.Enterprise
}

// registry indexes the enterprises of data/enterprises.csv for matching.
type registry struct {
	byCode map[string]domain.Enterprise
	byName map[string][]domain.Enterprise
}

func newRegistry(es []domain.Enterprise) *registry {
	r := &registry{byCode: map[string]domain.Enterprise{}, byName: map[string][]domain.Enterprise{}}
	for _, e := range es {
		for _, id := range append(e.IDs(), e.USCC) {
			if id != "" {
				r.byCode[id] = e
			}
		}
		key := domain.NormalizeName(e.Name)
		r.byName[key] = append(r.byName[key], e)
	}
	return r
}

// normalizeCode cleans a published credit code: spaces dropped, full-width letters and digits
// made half-width, letters upper case.
func normalizeCode(s string) string {
	return strings.ToUpper(domain.NormalizeName(s))
}

// match ties one row of the table to the registry and maps its level and reasons.
func (reg *registry) match(t *Table, row Row) Entry {
	published := row.Cells[t.Col(FieldName)]
	e := Entry{
		Where:     row.Loc.At(t.Col(FieldName)),
		Published: published,
		Name:      strings.TrimRightFunc(published, isTrailingPunct),
		Region:    t.Value(row, FieldRegion),
		Industry:  t.Value(row, FieldIndustry),
	}
	note := func(format string, args ...any) { e.Notes = append(e.Notes, fmt.Sprintf(format, args...)) }

	code := normalizeCode(t.Value(row, FieldUSCC))
	if code != "" {
		if err := domain.CheckUSCC(code); err != nil {
			note("%v; the name is used instead", err)
			code = ""
		}
	}
	var found *domain.Enterprise
	if ent, ok := reg.byCode[code]; ok && code != "" {
		found, e.Outcome = &ent, ByCode
	} else {
		switch cands := reg.byName[domain.NormalizeName(published)]; {
		case len(cands) == 1:
			found, e.Outcome = &cands[0], ByName
			if code != "" {
				note("the list gives credit code %s, the registry has %s for this name; the registry's is written", code, cands[0].USCC)
			}
		case len(cands) > 1:
			e.Outcome, e.Candidates = Ambiguous, cands
			if code != "" {
				note("the list's credit code %s is not in the registry", code)
			}
		default:
			// A valid code the registry does not know yet is still the list's own word: it is
			// kept so that staff only have to add the enterprise to the registry.
			e.Outcome, e.USCC = New, code
		}
	}
	if found != nil {
		// The registry's spelling is written: the published one differs at most in bracket
		// widths and spaces, which the report still shows, or it is a renamed enterprise.
		e.USCC, e.Name = found.USCC, found.Name
		if domain.NormalizeName(published) != domain.NormalizeName(found.Name) {
			note("the list names it %q, the registry %q; the registry's name is written", published, found.Name)
		}
	}

	if v := t.Value(row, FieldLevel); v != "" {
		if l, ok := ParseLevel(v); ok {
			e.Level = l
			if found != nil && found.Level.Valid() && found.Level != l {
				note("control level %s in the list, %s in the registry; the list's is written", l, found.Level)
			}
		} else {
			note("control level %q not understood", v)
		}
	}
	if e.Level == "" && found != nil {
		e.Level = found.Level
	}

	if t.Col(FieldReasons) >= 0 {
		reasons, unknown := ParseReasons(t.Value(row, FieldReasons))
		e.Reasons = reasons
		for _, u := range unknown {
			note("reason %q not understood", u)
		}
	}
	return e
}

// key identifies the enterprise of an entry for finding a row listed twice.
func (e Entry) key() string {
	if e.USCC != "" {
		return "code:" + e.USCC
	}
	return "name:" + domain.NormalizeName(e.Name)
}

// isTrailingPunct reports punctuation that ends a cell by mistake (某某有限公司。).
func isTrailingPunct(r rune) bool { return strings.ContainsRune("。，、；：,.;:", r) }
