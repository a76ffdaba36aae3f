package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/load"
	"cpportal/generator/validate"
	"cpportal/internal/fixture"
)

// validSource writes the load stage's valid source folder to disk with the fictional registry
// of these tests added to its enterprises, placed in a city and an industry it knows.
func validSource(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{}
	for name, f := range fixture.Source() {
		files[name] = string(f.Data)
	}
	for _, line := range strings.Split(strings.TrimSpace(registryCSV), "\n")[1:] {
		f := strings.Split(line, ",")
		files["data/enterprises.csv"] += strings.Join([]string{f[0], f[1], "440100", f[3], "1713", f[5], f[6]}, ",") + "\n"
	}
	return writeFiles(t, dir, files)
}

// checkProblems loads and validates the source folder and returns its problems as
// "file:line: field".
func checkProblems(t *testing.T, source string) []string {
	ds, problems := load.Load(os.DirFS(source))
	problems = append(problems, validate.Validate(ds)...)
	var out []string
	for _, p := range problems.Sort() {
		out = append(out, fmt.Sprintf("%s:%d: %s", p.Pos.File, p.Pos.Line, p.Field))
	}
	return out
}

// TestImportedListsPassCheck imports each fixture into a valid source folder and checks that
// load and validate find nothing wrong except the values the report leaves for staff.
func TestImportedListsPassCheck(t *testing.T) {
	if got := checkProblems(t, validSource(t)); len(got) > 0 {
		t.Fatalf("the source folder is not valid before the import: %q", got)
	}
	for _, file := range []string{"notice.html", "list.xlsx", "list-gbk.csv", "bom.csv"} {
		source := validSource(t)
		o := noticeOptions(source)
		o.File = filepath.Join("testdata", file)
		r, err := Import(context.Background(), o)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		var want []string
		for i, e := range r.Entries {
			at := fmt.Sprintf("data/lists/2099-1.csv:%d: ", i+2)
			if e.USCC == "" {
				want = append(want, at+"uscc")
			}
			if e.Level == "" {
				want = append(want, at+"control_level")
			}
			if len(e.Reasons) == 0 {
				want = append(want, at+"reasons")
			}
			if e.USCC != "" && e.Outcome == New {
				want = append(want, at+"uscc") // a valid code the registry does not have yet
			}
		}
		slices.Sort(want)
		got := checkProblems(t, source)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: check found %q, want only the rows left for staff %q", file, got, want)
		}
		ds, _ := load.Load(os.DirFS(source))
		var members []string
		for _, b := range ds.Batches {
			if b.ID == "2099-1" {
				for _, m := range b.Members {
					members = append(members, m.Name)
				}
				if b.Published != domain.MustDate("2099-03-15") || b.Title != o.Title || b.DocNumber != o.DocNumber {
					t.Errorf("%s: batch read back as %+v", file, b)
				}
			}
		}
		if len(members) != len(r.Entries) {
			t.Errorf("%s: load reads %d members %q, the import wrote %d", file, len(members), members, len(r.Entries))
		}
	}
}

func TestImportedNoticeProblemsAreTheStaffRows(t *testing.T) {
	source := validSource(t)
	if _, err := Import(context.Background(), noticeOptions(source)); err != nil {
		t.Fatal(err)
	}
	// Line 4 is 某某丙化工有限公司 (ambiguous), line 5 某某己皮革有限公司 (new, level not understood).
	want := []string{"data/lists/2099-1.csv:4: uscc", "data/lists/2099-1.csv:5: uscc", "data/lists/2099-1.csv:5: control_level"}
	if got := checkProblems(t, source); !slices.Equal(got, want) {
		t.Errorf("check found %q, want %q", got, want)
	}
}
