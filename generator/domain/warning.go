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

// Split separates errors from warnings, keeping the order of each.
func (ps Problems) Split() (errs, warnings Problems) {
	for _, p := range ps {
		if p.Severity == Warning {
			warnings = append(warnings, p)
		} else {
			errs = append(errs, p)
		}
	}
	return errs, warnings
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
