package build

import (
	"fmt"

	"cpportal/domain"
)

// ProblemReport is what a check or build that found problems returns: the problems worth
// reading now, and how many were left out because they may only follow from a file that
// could not be read at all. It unwraps to the problems shown, so errors.As finds them.
type ProblemReport struct {
	Problems domain.Problems // sorted by file, line and column
	LeftOut  int
}

func (r *ProblemReport) Error() string {
	if r.LeftOut == 0 {
		return r.Problems.Error()
	}
	return r.Problems.Error() + "\n" + r.LeftOutLine()
}

func (r *ProblemReport) Unwrap() error { return r.Problems }

// LeftOutLine is the closing line that says how many problems were not shown.
func (r *ProblemReport) LeftOutLine() string {
	noun := "problems"
	if r.LeftOut == 1 {
		noun = "problem"
	}
	return fmt.Sprintf("%d further %s left out: they may only follow from the unreadable files above; fix those and check again", r.LeftOut, noun)
}

// focus builds the report of one run. When a file could not be read as a whole (not UTF-8,
// broken quoting, a missing column …), every record that refers to its records fails
// validation too: a GBK-encoded list gives hundreds of such problems before the one line
// that says "save it as UTF-8". Then the problems load found (each file's own) are shown and
// validation's, which compare records across files, are counted and left out.
// Warnings are kept beside errors (see domain.Problems.Reported); the report is nil when
// there is nothing to say.
func focus(loadProblems, validateProblems domain.Problems) *ProblemReport {
	for _, p := range loadProblems {
		if p.Unreadable {
			return &ProblemReport{Problems: loadProblems.Reported(), LeftOut: len(validateProblems.Reported())}
		}
	}
	all := append(append(domain.Problems(nil), loadProblems...), validateProblems...).Reported()
	if len(all) == 0 {
		return nil
	}
	return &ProblemReport{Problems: all}
}

// Failed says whether the report holds an error (or problems left out), not only warnings.
func (r *ProblemReport) Failed() bool {
	if r == nil {
		return false
	}
	errs, _ := r.Problems.Split()
	return len(errs) > 0 || r.LeftOut > 0
}

// Strict turns every warning of the report into an error.
func (r *ProblemReport) Strict() *ProblemReport {
	if r == nil {
		return nil
	}
	return &ProblemReport{Problems: r.Problems.Strict(), LeftOut: r.LeftOut}
}
