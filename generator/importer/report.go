package importer

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"cpportal/domain"
)

// Column is a column of the published table and what it was taken to hold.
type Column struct {
	Title string
	Field Field // FieldUnknown when not understood
}

// Report says what an import did with every row of the published list.
type Report struct {
	File     string   // the published file
	Place    string   // the table or sheet the list was found in, when the file has several
	Encoding string   // the CSV's detected encoding
	Batch    string   // the list id
	Written  []string // the files written
	Columns  []Column
	RowsRead int     // every row of the table below or above the header: entries plus skipped
	Entries  []Entry // the rows written, in the list's order
	Skipped  []Skip
	Missing  []string // keys of the list file left empty for staff (issuer, doc_number)
	Notes    []string // remarks on the file as a whole
}

// Count returns how many entries had the outcome.
func (r *Report) Count(o Outcome) int {
	n := 0
	for _, e := range r.Entries {
		if e.Outcome == o {
			n++
		}
	}
	return n
}

// Unmapped returns the titles of the columns that were not understood.
func (r *Report) Unmapped() []string {
	var out []string
	for _, c := range r.Columns {
		if c.Field == FieldUnknown && c.Title != "" {
			out = append(out, c.Title)
		}
	}
	return out
}

// fieldLabels name the fields in the report as the notices do.
var fieldLabels = map[Field]string{
	FieldSeq: "row number", FieldName: "name", FieldUSCC: "credit code", FieldRegion: "region",
	FieldIndustry: "industry", FieldReasons: "reasons", FieldLevel: "control level",
	FieldOrgCode: "organisation code", FieldAddress: "address",
}

// WriteText writes the report for staff: a summary, then every row that needs their eyes
// (new, ambiguous, with values not understood), every skipped row, and every row matched.
func (r *Report) WriteText(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	from := r.File
	if r.Place != "" {
		from += " (" + r.Place + ")"
	}
	if r.Encoding != "" {
		from += ", " + r.Encoding
	}
	p("Imported list %s from %s\n", r.Batch, from)
	if len(r.Written) > 0 {
		p("Wrote %s\n", strings.Join(r.Written, " and "))
	}
	var cols []string
	for _, c := range r.Columns {
		if c.Field != FieldUnknown {
			cols = append(cols, c.Title+" → "+fieldLabels[c.Field])
		}
	}
	p("Columns: %s\n", strings.Join(cols, ", "))
	if u := r.Unmapped(); len(u) > 0 {
		p("Columns not understood (ignored): %s\n", strings.Join(u, ", "))
	}
	p("\nRows read: %d\n", r.RowsRead)
	p("  written:               %d\n", len(r.Entries))
	p("    matched by code:     %d\n", r.Count(ByCode))
	p("    matched by name:     %d\n", r.Count(ByName))
	if n := r.Count(ByLocalID); n > 0 {
		p("    matched by local id: %d\n", n)
	}
	p("    new:                 %d\n", r.Count(New))
	if n := len(r.AddedEnterprises()); n > 0 {
		p("      added to registry: %d\n", n)
	}
	p("    ambiguous:           %d\n", r.Count(Ambiguous))
	p("  skipped:               %d\n", len(r.Skipped))

	sectionIf := func(title string, keep func(Entry) bool, detail func(Entry) string) {
		var lines []string
		for _, e := range r.Entries {
			if keep(e) {
				lines = append(lines, fmt.Sprintf("  %s  %s%s", e.Where, e.Published, detail(e)))
			}
		}
		if len(lines) > 0 {
			p("\n%s (%d):\n%s\n", title, len(lines), strings.Join(lines, "\n"))
		}
	}
	section := func(title string, o Outcome, detail func(Entry) string) {
		sectionIf(title, func(e Entry) bool { return e.Outcome == o }, detail)
	}
	sectionIf("Added to data/enterprises.csv as the notice names them; complete them there or with import-registry",
		func(e Entry) bool { return e.Added != nil }, func(e Entry) string {
			a := e.Added
			parts := []string{"id " + a.USCC, "city " + a.City}
			if a.County != "" {
				parts = append(parts, "county "+a.County)
			}
			return "  (" + strings.Join(parts, "; ") + ")\n      to complete: " + toComplete(a)
		})
	sectionIf("New: not in data/enterprises.csv; add them there and fill in the credit code", func(e Entry) bool {
		return e.Outcome == New && e.Added == nil
	}, func(e Entry) string {
		var parts []string
		if e.USCC != "" {
			parts = append(parts, "credit code "+e.USCC)
		}
		if e.Region != "" {
			parts = append(parts, "region "+e.Region)
		}
		if e.Industry != "" {
			parts = append(parts, "industry "+e.Industry)
		}
		if len(parts) == 0 {
			return ""
		}
		return "  (" + strings.Join(parts, "; ") + ")"
	})
	section("Ambiguous: several registry enterprises have this name; fill in the right credit code", Ambiguous, func(e Entry) string {
		var cands []string
		for _, c := range e.Candidates {
			cands = append(cands, strings.TrimSpace(c.USCC+" "+c.County))
		}
		return "  → " + strings.Join(cands, " or ")
	})

	var notes []string
	for _, e := range r.Entries {
		for _, n := range e.Notes {
			notes = append(notes, fmt.Sprintf("  %s  %s: %s", e.Where, e.Published, n))
		}
	}
	if len(notes) > 0 {
		p("\nValues not understood or disagreeing with the registry (%d):\n%s\n", len(notes), strings.Join(notes, "\n"))
	}
	if len(r.Skipped) > 0 {
		p("\nSkipped (%d):\n", len(r.Skipped))
		for _, s := range r.Skipped {
			if s.Text == "" {
				p("  %s  %s\n", s.Where, s.Kind)
			} else {
				p("  %s  %s: %s\n", s.Where, s.Kind, s.Text)
			}
		}
	}
	if len(r.Notes) > 0 {
		p("\nNotes:\n")
		for _, n := range r.Notes {
			p("  %s\n", n)
		}
	}
	if len(r.Missing) > 0 {
		p("\nLeft empty in the list file for staff: %s\n", strings.Join(r.Missing, ", "))
	}
	section("Matched by credit code", ByCode, func(e Entry) string { return "  " + e.USCC })
	section("Matched by name", ByName, func(e Entry) string { return "  → " + e.USCC })
	section("Matched by local id (listed before under this name)", ByLocalID, func(e Entry) string { return "  → " + e.USCC + " " + e.Name })
	return b.Flush()
}

// toComplete names what staff should fill in for an enterprise the import added: what the
// notice did not give.
func toComplete(e *domain.Enterprise) string {
	var gaps []string
	if e.CreditCode == "" {
		gaps = append(gaps, "credit code (or organisation code)")
	}
	gaps = append(gaps, "industry", "address")
	if e.Level == "" {
		gaps = append(gaps, "control level")
	}
	return strings.Join(gaps, ", ")
}
