package cli

import (
	"regexp"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/build"
)

// annotation is the grammar of a GitHub Actions workflow command as the runner reads it:
// "::command key=value,key=value::message", one line, with %, CR and LF escaped in the
// message and also : and , in the values.
var annotation = regexp.MustCompile(`^::(error|warning)( (file=[^:,\r\n]+)(,line=[0-9]+,col=[0-9]+)?)?::[^\r\n]*$`)

func TestGitHubAnnotations(t *testing.T) {
	rep := &build.ProblemReport{Problems: domain.Problems{
		{Pos: domain.Pos{File: "data/lists/2009-1.csv", Line: 3, Col: 20}, Field: "name", Message: `"甲" differs from "乙"`, Hint: "correct the list, or the registry"},
		{Pos: domain.Pos{File: "data/a,b:c.csv", Line: 2, Col: 0}, Message: "100% wrong\r\nsecond line"},
		{Pos: domain.Pos{File: "data/missing.csv"}, Message: "file is missing"},
	}, LeftOut: 7}
	var b strings.Builder
	writeGitHub(&b, "repo/site", rep)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := []string{
		`::error file=repo/site/data/a%2Cb%3Ac.csv,line=2,col=1::100%25 wrong%0D%0Asecond line`,
		`::error file=repo/site/data/lists/2009-1.csv,line=3,col=20::name: "甲" differs from "乙" (hint: correct the list, or the registry)`,
		`::error file=repo/site/data/missing.csv::file is missing`,
		`::warning::7 further problems left out: they may only follow from the unreadable files above; fix those and check again`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range lines {
		if !annotation.MatchString(l) {
			t.Errorf("not a workflow command: %q", l)
		}
	}
}
