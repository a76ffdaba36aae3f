package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/internal/fixture"
	"cpportal/search/contract"
)

func TestAgencyPage(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, Input{Dataset: fixture.Dataset(), Facts: fixture.Facts(), Languages: []string{"en"}}); err != nil {
		t.Fatal(err)
	}
	var p agencyPage
	if body := frontMatter(t, dir, "content/agencies/A01.md", &p); body != "" {
		t.Errorf("the body is a fragment, not markdown: %q", body)
	}
	// A01 is named in every event of the fixture: three rounds of 2009-1, three enterprises.
	if p.Title != "示例环保咨询公司" || p.CityName != "广州市" || p.Rounds != 3 || p.Enterprises != 3 ||
		p.Search[contract.FacetType] != contract.TypeAgency || p.Search[contract.FieldID] != "A01" || p.Search[contract.FacetCity] != "广州市" || p.Search[contract.FacetYear] != "2009|2010" {
		t.Errorf("front matter = %+v", p)
	}
	if p.Twin != "/agencies/A01/index.json" || p.Fragment != "agencies/A01.html" {
		t.Errorf("twin %q, fragment %q", p.Twin, p.Fragment)
	}
	if _, err := os.Stat(filepath.Join(dir, "static", "agencies", "A01", "index.json")); err != nil {
		t.Errorf("no JSON twin: %v", err)
	}
	zh := withoutLabels(readFile(t, dir, "fragments/zh/agencies/A01.html"))
	for _, want := range []string{
		`href="/enterprises/` + fixture.Paper + `/#listings"`, `href="/lists/2009-1/"`,
		`<th scope="row">2009</th><td>3</td><td>3</td><td>1</td>`, // three rounds, one report (the paper mill's)
		`href="/policy/#agencies"`, `data-search-ignore`,
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("the Chinese body lacks %s", want)
		}
	}
	en := readFile(t, dir, "fragments/en/agencies/A01.html")
	if !strings.Contains(en, `href="/en/enterprises/`+fixture.Paper+`/#listings"`) || !strings.Contains(en, "Evaluation passed") {
		t.Errorf("the English body links or labels are not English: %.300s", en)
	}
	var section sectionPage
	frontMatter(t, dir, "content/agencies/_index.md", &section)
	if section.Search == nil || section.Search[contract.FieldID] != "agencies" {
		t.Errorf("the agencies section is not indexed as a page: %+v", section)
	}
}

func TestDossierLinksEventAgencies(t *testing.T) {
	dir, _ := write(t, nil)
	body := withoutLabels(readFile(t, dir, "fragments/zh/enterprises/"+fixture.Paper+".html"))
	if !strings.Contains(body, `<td><a href="/agencies/A01/">示例环保咨询公司</a></td>`) {
		t.Errorf("the events table does not link the agency to its page")
	}
}

func readFile(t *testing.T, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
