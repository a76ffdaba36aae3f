package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"cpportal/domain"
	"cpportal/generator/build"
)

// Problem report formats of check.
const (
	formatText   = "text"   // one problem a line on stderr, as everywhere else
	formatGitHub = "github" // GitHub Actions workflow commands on stdout: each problem on its cell of a pull request
	formatJSON   = "json"   // one JSON document on stdout, for other tools
)

// reportProblems prints every problem, one per line, then the ones left out and a count of
// the errors and of the warnings.
func reportProblems(e *env, rep *build.ProblemReport, suffix string) {
	ps := rep.Problems.Reported()
	for _, p := range ps {
		fmt.Fprintln(e.stderr, p.String())
	}
	if rep.LeftOut > 0 {
		fmt.Fprintln(e.stderr, rep.LeftOutLine())
	}
	errs, warnings := ps.Split()
	fmt.Fprintf(e.stderr, "%s found%s\n", countProblems(len(errs)+rep.LeftOut, len(warnings)), suffix)
}

// countProblems says "3 problems", "1 problem and 2 warnings", "2 warnings".
func countProblems(errs, warnings int) string {
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	switch {
	case warnings == 0:
		return plural(errs, "problem", "problems")
	case errs == 0:
		return plural(warnings, "warning", "warnings")
	}
	return plural(errs, "problem", "problems") + " and " + plural(warnings, "warning", "warnings")
}

// asReport turns the problems of an error into a report.
func asReport(ps domain.Problems, err error) *build.ProblemReport {
	if rep, ok := err.(*build.ProblemReport); ok {
		return rep
	}
	return &build.ProblemReport{Problems: ps}
}

// writeGitHub writes one workflow command per problem: "::error file=F,line=L,col=C::text".
// Paths are given from the working directory (the repository root in a workflow), so the
// source folder is put in front of the data file's path.
func writeGitHub(w io.Writer, source string, rep *build.ProblemReport) {
	for _, p := range rep.Problems.Sort() {
		props := []string{"file=" + escapeProperty(repoPath(source, p.Pos.File))}
		if p.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", p.Pos.Line), fmt.Sprintf("col=%d", max(p.Pos.Col, 1)))
		}
		msg := p.Message
		if p.Field != "" {
			msg = p.Field + ": " + msg
		}
		if p.Hint != "" {
			msg += " (hint: " + p.Hint + ")"
		}
		command := "error"
		if p.Severity == domain.Warning {
			command = "warning"
		}
		fmt.Fprintf(w, "::%s %s::%s\n", command, strings.Join(props, ","), escapeData(msg))
	}
	if rep.LeftOut > 0 {
		fmt.Fprintf(w, "::warning::%s\n", escapeData(rep.LeftOutLine()))
	}
}

// repoPath joins the source folder and a data file's slash path, relative as given.
func repoPath(source, file string) string {
	return path.Clean(path.Join(filepath.ToSlash(source), file))
}

// escapeData escapes a workflow command's message: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: as data, and : and , too.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// jsonReport is the --format json document.
type jsonReport struct {
	OK       bool          `json:"ok"`
	Problems []jsonProblem `json:"problems"`
	LeftOut  int           `json:"left_out"`
	Counts   *jsonCounts   `json:"counts,omitempty"`
}

type jsonProblem struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"`
	// Severity is "error" or "warning" (a gap the notice leaves; fails only with --strict).
	Severity string `json:"severity"`
}

type jsonCounts struct {
	Enterprises int `json:"enterprises"`
	Batches     int `json:"batches"`
	Disclosures int `json:"disclosures"`
	Events      int `json:"audit_events"`
	Options     int `json:"options"`
	Cases       int `json:"cases"`
}

func writeJSONReport(w io.Writer, source string, ds *domain.Dataset, rep *build.ProblemReport) error {
	out := jsonReport{OK: ds != nil, Problems: []jsonProblem{}}
	if rep != nil {
		for _, p := range rep.Problems.Sort() {
			jp := jsonProblem{File: repoPath(source, p.Pos.File), Field: p.Field, Message: p.Message, Hint: p.Hint, Severity: severityName(p.Severity)}
			if p.Pos.Line > 0 {
				jp.Line, jp.Column = p.Pos.Line, max(p.Pos.Col, 1)
			}
			out.Problems = append(out.Problems, jp)
		}
		out.LeftOut = rep.LeftOut
	}
	if ds != nil {
		out.Counts = &jsonCounts{len(ds.Enterprises), len(ds.Batches), len(ds.Disclosures), len(ds.Events), len(ds.Options), len(ds.Cases)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// formatGitLab is GitLab's Code Quality report (JSON on stdout): a merge request shows each
// problem on its line.
const formatGitLab = "gitlab"

type codeQualityIssue struct {
	Description string              `json:"description"`
	CheckName   string              `json:"check_name"`
	Fingerprint string              `json:"fingerprint"`
	Severity    string              `json:"severity"`
	Location    codeQualityLocation `json:"location"`
}

type codeQualityLocation struct {
	Path  string `json:"path"`
	Lines struct {
		Begin int `json:"begin"`
	} `json:"lines"`
}

// writeGitLab writes the problems as a Code Quality report; the left-out count is one more
// entry on the first unreadable file.
func writeGitLab(w io.Writer, source string, rep *build.ProblemReport) error {
	issues := []codeQualityIssue{}
	add := func(file string, line int, check, text, severity string) {
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s", file, line, text)))
		is := codeQualityIssue{Description: text, CheckName: check, Fingerprint: hex.EncodeToString(sum[:16]), Severity: severity}
		is.Location.Path = file
		is.Location.Lines.Begin = max(line, 1)
		issues = append(issues, is)
	}
	var firstUnreadable string
	if rep != nil {
		for _, p := range rep.Problems.Sort() {
			file := repoPath(source, p.Pos.File)
			text := strings.TrimPrefix(p.String(), p.Pos.String()+": ")
			if p.Pos.Line > 0 {
				text = fmt.Sprintf("column %d: %s", max(p.Pos.Col, 1), text)
			}
			severity := "major"
			if p.Severity == domain.Warning {
				severity = "minor"
			}
			add(file, p.Pos.Line, "cpportal-"+cmpField(p.Field), text, severity)
			if p.Unreadable && firstUnreadable == "" {
				firstUnreadable = file
			}
		}
		if rep.LeftOut > 0 && firstUnreadable != "" {
			add(firstUnreadable, 1, "cpportal-left-out", rep.LeftOutLine(), "major")
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}

// cmpField names the check of a problem by its field ("file" for problems with a whole file).
func cmpField(field string) string {
	if field == "" {
		return "file"
	}
	return field
}

// severityName is a problem's severity as the JSON report spells it.
func severityName(s domain.Severity) string {
	if s == domain.Warning {
		return "warning"
	}
	return "error"
}
