package domain

import "fmt"

// Severity says whether a problem stops a build.
type Severity int

const (
	// Error is invalid data: nothing is published until it is corrected.
	Error Severity = iota
	// Warning is a value the records leave open because the published notice does not give it
	// (a credit code, a control level, listing reasons, an industry or an address). The site
	// shows such gaps as not stated; `check --strict` treats warnings as errors.
	Warning
)

// AddWarning records a warning at a field of a record.
func (ps *Problems) AddWarning(src Source, field, hint, format string, args ...any) {
	*ps = append(*ps, Problem{Pos: src.At(field), Field: field, Message: fmt.Sprintf(format, args...),
		Hint: hint, Severity: Warning})
}

// Split separates errors from warnings, keeping the order of each. A warning about a field an
// error already reports is dropped: a value that is wrong (区控) is not also missing.
func (ps Problems) Split() (errs, warnings Problems) {
	type at struct {
		file  string
		line  int
		field string
	}
	wrong := map[at]bool{}
	for _, p := range ps {
		if p.Severity == Error {
			errs = append(errs, p)
			wrong[at{p.Pos.File, p.Pos.Line, p.Field}] = true
		}
	}
	for _, p := range ps {
		if p.Severity == Warning && !wrong[at{p.Pos.File, p.Pos.Line, p.Field}] {
			warnings = append(warnings, p)
		}
	}
	return errs, warnings
}

// Reported returns the problems a report shows: every error and the warnings Split keeps,
// sorted.
func (ps Problems) Reported() Problems {
	errs, warnings := ps.Split()
	return append(errs, warnings...).Sort()
}

// Strict turns every warning into an error.
func (ps Problems) Strict() Problems {
	out := make(Problems, len(ps))
	for i, p := range ps {
		p.Severity = Error
		out[i] = p
	}
	return out
}
