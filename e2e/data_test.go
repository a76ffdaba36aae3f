package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"mime"
	"path"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// downloadTypes are the media types the server must send for each kind of download.
var downloadTypes = map[string]string{
	".csv":    "text/csv",
	".json":   "application/json",
	".jsonld": "application/ld+json",
	".atom":   "application/atom+xml",
}

// TestDataDownloads: every download linked from /data/ (both languages) answers with its
// media type and content that parses: CSV with a byte-order mark and rectangular rows,
// JSON, JSON-LD describing a Dataset, Atom feeds. datapackage.json gives each file's true
// size and SHA-256, and every file it lists is linked from the page.
func TestDataDownloads(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	linked := map[string]bool{}
	for _, page := range []string{"/data/", "/en/data/"} {
		tb.open(page)
		var n int
		for _, l := range tb.links("main a[href]") {
			ext := path.Ext(l.Href)
			if downloadTypes[ext] == "" || !strings.HasPrefix(l.Href, "/") {
				continue
			}
			linked[l.Href] = true
			n++
		}
		if n < 10 {
			t.Errorf("%s links %d downloads, want every dataset as CSV and JSON", page, n)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bodies := map[string][]byte{}
	for href := range linked {
		res, body, err := get(ctx, href)
		if err != nil {
			t.Errorf("%s: %v", href, err)
			continue
		}
		if res.StatusCode != 200 {
			t.Errorf("%s: HTTP %d", href, res.StatusCode)
			continue
		}
		bodies[href] = body
		mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
		if want := downloadTypes[path.Ext(href)]; mt != want {
			t.Errorf("%s: Content-Type %q, want %s", href, res.Header.Get("Content-Type"), want)
		}
		if err := checkDownload(href, body); err != nil {
			t.Errorf("%s: %v", href, err)
		}
	}

	// The data package describes the files as they are served.
	pkg, ok := bodies["/data/datapackage.json"]
	if !ok {
		t.Fatal("/data/ does not link datapackage.json")
	}
	var dp struct {
		Resources []struct {
			Path      string `json:"path"`
			Mediatype string `json:"mediatype"`
			Bytes     int    `json:"bytes"`
			Hash      string `json:"hash"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(pkg, &dp); err != nil {
		t.Fatalf("datapackage.json: %v", err)
	}
	if len(dp.Resources) == 0 {
		t.Fatal("datapackage.json lists no resources")
	}
	for _, r := range dp.Resources {
		href := "/data/" + r.Path
		if !linked[href] {
			t.Errorf("datapackage.json lists %s, which /data/ does not link", r.Path)
		}
		body, ok := bodies[href]
		if !ok {
			res, b, err := get(ctx, href)
			if err != nil || res.StatusCode != 200 {
				t.Errorf("datapackage.json lists %s, which does not download: %v %v", r.Path, err, res)
				continue
			}
			body = b
		}
		sum := sha256.Sum256(body)
		if r.Bytes != len(body) || strings.TrimPrefix(r.Hash, "sha256:") != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: datapackage.json says %d bytes, %s; served %d bytes, sha256:%x", r.Path, r.Bytes, r.Hash, len(body), sum)
		}
	}
}

// checkDownload checks that a file's content is what its extension promises.
func checkDownload(href string, body []byte) error {
	switch path.Ext(href) {
	case ".csv":
		return checkCSV(body)
	case ".json":
		if !json.Valid(body) {
			return fmt.Errorf("not valid JSON")
		}
	case ".jsonld":
		var ld struct {
			Type any `json:"@type"`
		}
		if err := json.Unmarshal(body, &ld); err != nil {
			return err
		}
		if fmt.Sprint(ld.Type) != "Dataset" {
			return fmt.Errorf("@type %v, want Dataset", ld.Type)
		}
	case ".atom":
		var feed struct {
			XMLName xml.Name
		}
		if err := xml.Unmarshal(body, &feed); err != nil {
			return err
		}
		if feed.XMLName.Space != "http://www.w3.org/2005/Atom" || feed.XMLName.Local != "feed" {
			return fmt.Errorf("root element %v, want an Atom feed", feed.XMLName)
		}
	}
	return nil
}

// checkCSV: UTF-8 with a byte-order mark (so that Excel reads Chinese), a header, rows as
// wide as the header, and no cell that a spreadsheet would run as a formula.
func checkCSV(body []byte) error {
	rest, ok := bytes.CutPrefix(body, []byte("\uFEFF"))
	if !ok {
		return fmt.Errorf("no UTF-8 byte-order mark")
	}
	if !utf8.Valid(rest) {
		return fmt.Errorf("not valid UTF-8")
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.FieldsPerRecord = 0 // every row as wide as the first
	rows, err := r.ReadAll()
	if err != nil {
		return err
	}
	if len(rows) == 0 || len(rows[0]) == 0 || rows[0][0] == "" {
		return fmt.Errorf("no header row")
	}
	for i, row := range rows {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+@", rune(cell[0])) {
				return fmt.Errorf("row %d, column %q: cell %q would run as a formula", i+1, rows[0][j], cell)
			}
		}
	}
	return nil
}
