package load

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"cpportal/domain"
	"cpportal/internal/fixture"
)

// checkPositions is the invariant every parser of outside input keeps: each problem names the
// file it was given and a position that exists (line 0 only for whole-file problems).
func checkPositions(t *testing.T, file string, text []byte, ps domain.Problems) {
	t.Helper()
	// YAML also breaks lines at a lone carriage return.
	lines := strings.Count(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n") + strings.Count(string(text), "\r") + 1
	for _, p := range ps {
		if p.Pos.File != file {
			t.Errorf("problem names file %q, want %q: %s", p.Pos.File, file, p)
		}
		if p.Pos.Line < 0 || p.Pos.Line > lines+1 || p.Pos.Col < 0 {
			t.Errorf("position out of the file (%d lines): %s", lines, p)
		}
		if p.Message == "" {
			t.Errorf("problem without a message at %s", p.Pos)
		}
	}
}

func FuzzCSV(f *testing.F) {
	src := fixture.Source()
	for _, name := range []string{"data/enterprises.csv", "data/disclosures.csv", "data/options.csv", "data/cities.csv"} {
		f.Add(src[name].Data)
	}
	f.Add([]byte("\ufeffuscc,name\n\"a\"\"b\",\"c\nd\"\n"))
	f.Add([]byte("a,b\n\"x\n"))
	f.Add([]byte(entHeader + gbk(entRow)))
	spec := csvSpec{file: "data/x.csv", columns: []string{"uscc", "name", "city"}, optional: []string{"name_en"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		var ps domain.Problems
		text, bad := decodeText(spec.file, data)
		if bad != nil {
			checkPositions(t, spec.file, data, domain.Problems{*bad})
			return
		}
		rows, _ := parseCSV(spec, text, &ps)
		checkPositions(t, spec.file, text, ps)
		lines := newLineIndex(text)
		for _, r := range rows {
			for name, i := range r.index {
				if i >= len(r.fields) {
					t.Fatalf("row at line %d has %d fields, column %s is field %d", r.src.Line, len(r.fields), name, i+1)
				}
			}
			for field := range r.index {
				pos := r.src.At(field)
				line, col := pos.Line, pos.Col
				if line < 1 || line > len(lines.starts) {
					t.Fatalf("%s: line %d outside the text", field, line)
				}
				end := len(text)
				if line < len(lines.starts) {
					end = lines.starts[line]
				}
				if n := utf8.RuneCount(text[lines.starts[line-1]:end]); col < 1 || col > n+1 {
					t.Fatalf("%s: column %d outside line %d of %d characters", field, col, line, n)
				}
			}
			// Typed accessors never panic on any text.
			r.text("uscc")
			r.date("name")
			r.number("city")
			r.reasons("name")
		}
	})
}

func FuzzSiteYAML(f *testing.F) {
	f.Add(fixture.Source()["data/site.yaml"].Data)
	f.Add([]byte("title: [a\n"))
	f.Add([]byte("title: &a x\nprovince: *a\nemail: *b\n"))
	f.Add([]byte("- a\n"))
	f.Add([]byte("title: {a: b}\nsample: yes\nas_of: 2009-02-30\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ps domain.Problems
		site := parseSite(data, &ps)
		checkPositions(t, siteFile, data, ps)
		if len(ps) == 0 && (site.Title == "" || site.Email == "" || site.Province == "") {
			t.Fatalf("no problems but required keys are empty: %+v", site)
		}
	})
}

func FuzzListYAML(f *testing.F) {
	src := fixture.Source()
	f.Add(src["data/lists/2009-1.yaml"].Data)
	f.Add(src["data/lists/2010-1.yaml"].Data)
	f.Add([]byte("id: 2009-1\nid: 2009-2\npublished: 2009-13-01\n"))
	f.Add([]byte("? [a]\n: b\n"))
	const file = "data/lists/2009-1.yaml"
	f.Fuzz(func(t *testing.T, data []byte) {
		var ps domain.Problems
		b, ok := parseBatch(file, "2009-1", data, &ps)
		checkPositions(t, file, data, ps)
		if ok && len(ps) == 0 && (b.ID != "2009-1" || b.Published.IsZero() || b.Title == "") {
			t.Fatalf("no problems but the list is incomplete: %+v", b)
		}
	})
}

func FuzzCase(f *testing.F) {
	src := fixture.Source()
	f.Add(src["content/cases/dyeing-water-reuse.md"].Data)
	f.Add(src["content/cases/electroplating-rinse.md"].Data)
	f.Add([]byte(caseFront + caseSectionsBody + "[x](../../../../a.png) [y](%zz) ![z](</a b.pdf>)\n"))
	f.Add([]byte("---\nreductions: {cod: 1, cod: 2}\nbenefits: cod\n---\n| a |\n|---|\n| [b](/enterprises/x/y/) |\n"))
	f.Add([]byte("---\n---"))
	fsys := fstest.MapFS{"static/files/guide.pdf": {Data: []byte("%PDF")}}
	const file = "content/cases/fuzz.md"
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // decodeText stops such files before parsing
		}
		var ps domain.Problems
		c, refs := parseCase(fsys, file, data, &ps)
		checkPositions(t, file, data, ps)
		for _, l := range c.Links {
			if l.Pos.File != file || l.Pos.Line < 1 || !strings.HasPrefix(l.Path, "/") {
				t.Fatalf("bad recorded link %+v", l)
			}
		}
		for _, r := range refs {
			if r.slug == "" || strings.Contains(r.slug, "/") {
				t.Fatalf("bad case reference %+v", r)
			}
		}
		if strings.Contains(c.PlainText, "\n\n") {
			t.Fatalf("plain text has an empty line: %q", c.PlainText)
		}
	})
}
