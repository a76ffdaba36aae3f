package load

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/domain"
)

// readmeBlock is a fenced example of data/README.md with the heading it stands under.
type readmeBlock struct {
	heading, lang, text string
	line                int
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	data, err := os.ReadFile("../../data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []readmeBlock
	var heading string
	var cur *readmeBlock
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur != nil && strings.HasPrefix(line, "```"):
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		case strings.HasPrefix(line, "```"):
			cur = &readmeBlock{heading: heading, lang: strings.TrimPrefix(line, "```"), line: n}
		case strings.HasPrefix(line, "## "):
			heading = line
		}
	}
	return blocks
}

var backticked = regexp.MustCompile("`([^`]+)`")

// TestReadmeExamples parses every fenced csv and yaml example of the data contract with the
// loader of the file its section documents: the documentation cannot drift from the code.
func TestReadmeExamples(t *testing.T) {
	csvLoaders := map[string]func(fs.FS, *domain.Problems) int{
		"cities.csv":      func(f fs.FS, ps *domain.Problems) int { return len(loadCities(f, ps)) },
		"industries.csv":  func(f fs.FS, ps *domain.Problems) int { return len(loadIndustries(f, ps)) },
		"enterprises.csv": func(f fs.FS, ps *domain.Problems) int { return len(loadEnterprises(f, ps)) },
		"disclosures.csv": func(f fs.FS, ps *domain.Problems) int { return len(loadDisclosures(f, ps)) },
		"audits.csv":      func(f fs.FS, ps *domain.Problems) int { return len(loadAudits(f, ps)) },
		"options.csv":     func(f fs.FS, ps *domain.Problems) int { return len(loadOptions(f, ps)) },
		"agencies.csv":    func(f fs.FS, ps *domain.Problems) int { return len(loadAgencies(f, ps)) },
		"calendar.csv":    func(f fs.FS, ps *domain.Problems) int { return len(loadCalendar(f, ps)) },
		"reports.csv":     func(f fs.FS, ps *domain.Problems) int { return len(loadReports(f, ps)) },
	}
	blocks := readmeBlocks(t)
	parsed := 0
	for _, b := range blocks {
		names := backticked.FindAllStringSubmatch(b.heading, -1)
		if len(names) == 0 {
			t.Errorf("README line %d: example under %q names no file", b.line, b.heading)
			continue
		}
		file := names[0][1]
		var ps domain.Problems
		switch {
		case b.lang == "yaml" && file == "site.yaml":
			site := parseSite([]byte(b.text), &ps)
			if site.Title == "" || site.Email == "" {
				t.Errorf("README line %d: site example parsed as %+v", b.line, site)
			}
		case b.lang == "yaml" && strings.HasPrefix(file, "lists/"):
			id := regexp.MustCompile(`(?m)^id: *(\S+)`).FindStringSubmatch(b.text)
			if id == nil {
				t.Errorf("README line %d: list example has no id", b.line)
				continue
			}
			batch, _ := parseBatch("data/lists/"+id[1]+".yaml", id[1], []byte(b.text), &ps)
			if batch.Published.IsZero() || batch.Title == "" {
				t.Errorf("README line %d: list example parsed as %+v", b.line, batch)
			}
		case b.lang == "csv" && strings.HasPrefix(file, "lists/"):
			fsys := fstest.MapFS{
				"data/lists/x.yaml": {Data: []byte("id: x\ntitle: t\nissuer: i\ndoc_number: d\npublished: 2009-01-31\n")},
				"data/lists/x.csv":  {Data: []byte(b.text)},
			}
			lists := loadLists(fsys, &ps)
			if len(lists) != 1 || len(lists[0].Members) != strings.Count(b.text, "\n")-1 {
				t.Errorf("README line %d: list members parsed as %+v", b.line, lists)
			}
		case b.lang == "csv" && csvLoaders[file] != nil:
			n := csvLoaders[file](fstest.MapFS{"data/" + file: {Data: []byte(b.text)}}, &ps)
			if want := strings.Count(b.text, "\n") - 1; n != want || n == 0 {
				t.Errorf("README line %d: %s example gave %d records, want %d", b.line, file, n, want)
			}
		default:
			t.Errorf("README line %d: no loader for a %s example of %s", b.line, b.lang, file)
			continue
		}
		for _, p := range ps {
			t.Errorf("README line %d (%s): %s", b.line, file, p)
		}
		parsed++
	}
	if parsed < 4 {
		t.Errorf("parsed %d README examples, want at least the site, cities, industries and list examples", parsed)
	}
}
