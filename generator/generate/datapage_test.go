package generate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/internal/fixture"
)

// TestDataPage checks that Write publishes the downloads and feeds and that the /data/ page
// carries the catalogue unchanged and a JSON-LD block that cannot end its script element.
func TestDataPage(t *testing.T) {
	ds := fixture.Dataset()
	ds.Site.Title = `测试平台</script><script>alert(1)</script> & <!--`
	dir := t.TempDir()
	st, err := Write(dir, Input{Dataset: ds, Facts: fixture.Facts(), AsOfSource: "--as-of"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Downloads.Tables < 10 || st.Feeds.Feeds == 0 {
		t.Errorf("stats %+v: downloads or feeds missing", st)
	}
	for _, rel := range []string{"static/data/datapackage.json", "static/data/enterprises.csv", "static/feeds/batches.atom", "static/feeds/cities/440600/cases.atom"} {
		if _, err := os.Stat(filepath.Join(dir, rel)); err != nil {
			t.Errorf("%s not written: %v", rel, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "content/data.md"))
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Layout    string          `json:"layout"`
		Catalogue json.RawMessage `json:"catalogue"`
		JSONLD    string          `json:"jsonld"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	catalogue, err := os.ReadFile(filepath.Join(dir, "static/data/catalogue.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	json.Compact(&want, catalogue)
	json.Compact(&got, p.Catalogue)
	if p.Layout != "data" || want.String() != got.String() {
		t.Error("the /data/ page does not carry catalogue.json unchanged")
	}
	if strings.ContainsAny(p.JSONLD, "<>&") {
		t.Errorf("JSON-LD %q holds <, > or &; inside <script> it could end the element", p.JSONLD)
	}
	var ld struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal([]byte(p.JSONLD), &ld); err != nil || ld.Type != "Dataset" || !strings.Contains(ld.Name, "</script>") {
		t.Errorf("JSON-LD does not decode to the Dataset with its name intact: %+v, %v", ld, err)
	}
}
