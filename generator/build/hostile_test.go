package build

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"cpportal/internal/fixture"
	"cpportal/search/serve"
)

// textFields lists, per data file of the fixture source, the fields that hold free text and
// are published; keys, codes, enums, dates and numbers are checked by load and validate.
var textFields = map[string][]string{
	"data/site.yaml":                        {"title", "title_en"},
	"data/cities.csv":                       {"name", "name_en"},
	"data/industries.csv":                   {"name", "name_en"},
	"data/enterprises.csv":                  {"name", "county", "address"},
	"data/lists/2009-1.yaml":                {"title", "issuer", "doc_number"},
	"data/lists/2010-1.yaml":                {"title", "issuer", "doc_number"},
	"data/lists/2009-1.csv":                 {"name"},
	"data/lists/2010-1.csv":                 {"name"},
	"data/disclosures.csv":                  {"outlet", "standard"},
	"data/audits.csv":                       {"doc_number"},
	"data/options.csv":                      {"title"},
	"data/agencies.csv":                     {"name"},
	"content/cases/dyeing-water-reuse.md":   {"title", "technology", "problem"},
	"content/cases/electroplating-rinse.md": {"title", "technology", "problem"},
}

// markupPayload carries every markup attack at once: a spreadsheet formula at the start, a
// script element, an attribute breaker with an event handler, a template action, an entity,
// emoji with a zero-width joiner and a zero-width space. The marker, a word of its own, names
// the field so that the search can find it and a failure can name it.
func markupPayload(marker string) string {
	return `=HYPERLINK("https://evil.example/","x") ` + marker +
		` <script>alert(1)</script>"'><img src=x onerror=alert(2)>{{ .Site.Title }}&amp; 😀👩‍🔬​end`
}

// longPayload is a value far longer than any real name: as long as the shortest documented
// limit of a text field allows (200 characters; longer values are refused by load).
func longPayload(marker string) string {
	frame := marker + " " + " <b>" + marker + "</b>"
	return marker + " " + strings.Repeat("长", 200-utf8.RuneCountInString(frame)) + " <b>" + marker + "</b>"
}

// poison writes the fixture source into dir with every text field replaced by value(marker).
// An enterprise's name is the same in the registry and in the lists, as validation requires.
// The dyeing case's body gets the payload, raw HTML and a link to the hostile source URL.
// It returns the values written.
func poison(t *testing.T, dir string, value func(marker string) string, sourceURL string) []string {
	t.Helper()
	src := fixture.Source()
	var written []string
	n := 0
	var file, field string
	next := func() string {
		n++
		v := value(fmt.Sprintf("hxq%02d", n))
		written = append(written, v)
		t.Logf("hxq%02d: %s %s", n, file, field)
		return v
	}
	names := map[string]string{} // credit code → poisoned name
	for _, file = range sortedKeys(textFields) {
		f := src[file]
		if f == nil {
			t.Fatalf("fixture lacks %s", file)
		}
		fields := textFields[file]
		switch {
		case strings.HasSuffix(file, ".csv"):
			f.Data = poisonCSV(t, f.Data, fields, func(col string, row map[string]string) string {
				field = col
				if field == "name" && row["uscc"] != "" {
					if v, ok := names[row["uscc"]]; ok {
						return v
					}
					names[row["uscc"]] = next()
					return names[row["uscc"]]
				}
				if field == "source_url" {
					return sourceURL
				}
				return next()
			})
		default:
			for _, field = range fields {
				f.Data = setYAML(t, f.Data, field, next())
			}
			if strings.HasPrefix(file, "data/lists/") {
				f.Data = setYAML(t, f.Data, "source_url", sourceURL)
			}
		}
	}
	// Source links of disclosures too.
	src["data/disclosures.csv"].Data = poisonCSV(t, src["data/disclosures.csv"].Data, []string{"source_url"},
		func(string, map[string]string) string { return sourceURL })
	body := value("hxqbody")
	written = append(written, body)
	c := src["content/cases/dyeing-water-reuse.md"]
	c.Data = append(c.Data, []byte("\n"+body+"\n\n<div onclick=\"alert(3)\"><script>alert(4)</script></div>\n\n[来源]("+sourceURL+")\n")...)
	writeSource(t, dir, src)
	return written
}

// poisonCSV replaces the given columns of every row.
func poisonCSV(t *testing.T, data []byte, columns []string, value func(field string, row map[string]string) string) []byte {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := recs[0]
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = rec[i]
		}
		for i, h := range header {
			for _, c := range columns {
				if h == c && (c != "source_url" || rec[i] != "") {
					rec[i] = value(c, row)
				}
			}
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	return b.Bytes()
}

// setYAML replaces the value of a top-level key with a double-quoted YAML string.
func setYAML(t *testing.T, data []byte, key, value string) []byte {
	t.Helper()
	quoted, _ := json.Marshal(value) // a JSON string is a YAML double-quoted scalar
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, key+":") {
			lines[i] = key + ": " + string(quoted)
			return []byte(strings.Join(lines, "\n"))
		}
	}
	t.Fatalf("no key %s in %s", key, data)
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// TestHostileDataIsEscapedInEveryOutput builds the fixture source with hostile values in
// every text field and checks every file of the published site, then the search.
func TestHostileDataIsEscapedInEveryOutput(t *testing.T) {
	hostileURL := `https://example.org/notice?a="><script>alert(5)</script>&b='onmouseover=alert(6)`
	for _, tc := range []struct {
		name     string
		value    func(string) string
		withText bool
	}{
		{"markup", markupPayload, true},
		{"long", longPayload, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			src := filepath.Join(root, "src")
			values := poison(t, src, tc.value, hostileURL)
			cfg := Config{Source: src, Out: filepath.Join(root, "public"), Index: filepath.Join(root, "index"), AsOf: "2012-01-01"}
			if _, err := Run(context.Background(), cfg); err != nil {
				t.Fatalf("building hostile data: %v", err)
			}
			seen := checkPublished(t, cfg.Out)
			// Every value comes through whole, as text of a page or a string of a JSON file
			// (the English names are published in the JSON twins and downloads only). The
			// case body is markdown, rendered, and checked for what must not get through.
			// Fields not published at all (the English names of cities and industries, kept
			// for an English interface) are skipped.
			for i, v := range values[:len(values)-1] {
				marker := fmt.Sprintf("hxq%02d", i+1)
				if !bytes.Contains(seen.raw, []byte(marker)) {
					t.Logf("value %s is not published", marker)
					continue
				}
				if !seen.html[v] && !seen.json[v] {
					t.Errorf("value %s does not appear whole on any page or in any JSON file", marker)
				}
			}
			if !seen.html[hostileURL] {
				t.Errorf("the source URL does not appear as a link on any page")
			}
			for _, v := range values[:4] {
				if !seen.json[v] {
					t.Errorf("value %.40q… does not round-trip through any JSON file", v)
				}
			}
			checkSearch(t, cfg, values, tc.withText)
		})
	}
}

type seenValues struct {
	html, json map[string]bool
	raw        []byte // every published file, one after the other
}

// checkPublished checks every published file by its kind and returns every text found in
// HTML pages and JSON files.
func checkPublished(t *testing.T, dir string) seenValues {
	t.Helper()
	seen := seenValues{html: map[string]bool{}, json: map[string]bool{}}
	counts := map[string]int{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ext := filepath.Ext(path)
		counts[ext]++
		seen.raw = append(seen.raw, data...)
		switch ext {
		case ".html":
			for _, raw := range []string{"<script>alert(", "<img src=x onerror", `<div onclick=`} {
				if bytes.Contains(data, []byte(raw)) {
					t.Errorf("%s: holds %q unescaped", rel, raw)
				}
			}
			findings, texts, err := pageFindings(data)
			if err != nil {
				t.Errorf("%s: %v", rel, err)
			}
			for _, f := range findings {
				t.Errorf("%s: %s", rel, f)
			}
			for _, s := range texts {
				seen.html[strings.TrimSpace(s)] = true
			}
		case ".json", ".jsonld":
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Errorf("%s: not valid JSON: %v", rel, err)
			}
			collectStrings(v, seen.json)
		case ".atom", ".xml":
			if err := wellFormedXML(data); err != nil {
				t.Errorf("%s: not well-formed XML: %v", rel, err)
			}
		case ".csv":
			for _, f := range csvFindings(data) {
				t.Errorf("%s: %s", rel, f)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".html", ".json", ".atom", ".xml", ".csv"} {
		if counts[ext] == 0 {
			t.Errorf("no %s files published", ext)
		}
	}
	t.Logf("checked %v", counts)
	return seen
}

func collectStrings(v any, into map[string]bool) {
	switch v := v.(type) {
	case string:
		into[strings.TrimSpace(v)] = true
	case []any:
		for _, x := range v {
			collectStrings(x, into)
		}
	case map[string]any:
		for _, x := range v {
			collectStrings(x, into)
		}
	}
}

func wellFormedXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// csvFindings lists cells a spreadsheet would run as a formula: text starting with =, +, -,
// @, tab or carriage return (numbers such as -1.5 are plain values).
func csvFindings(data []byte) []string {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	recs, err := r.ReadAll()
	if err != nil {
		return []string{"not valid CSV: " + err.Error()}
	}
	var out []string
	for i, rec := range recs {
		for j, cell := range rec {
			if cell == "" || !strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				continue
			}
			if _, err := strconv.ParseFloat(cell, 64); err == nil {
				continue
			}
			out = append(out, fmt.Sprintf("row %d column %d starts a formula: %.40q", i+1, j+1, cell))
		}
	}
	return out
}

// checkSearch serves the built site and index and looks for each poisoned value: the API's
// snippets may hold no markup but <mark>, and the results page nothing that runs.
//
// withText also searches for the start of each value. It is off for the long values: a
// phrase query over text repeated thousands of times in one document costs bleve time
// quadratic in the repetitions (see search/serve's time budget).
func checkSearch(t *testing.T, cfg Config, values []string, withText bool) {
	t.Helper()
	srv, err := serve.New(serve.Config{SiteDir: cfg.Out, IndexDir: cfg.Index, Log: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	h := srv.Handler()
	found := 0
	for i := range values {
		marker := fmt.Sprintf("hxq%02d", i+1)
		if i == len(values)-1 {
			marker = "hxqbody"
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q="+marker, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("search %s: %d %s", marker, rec.Code, rec.Body)
			continue
		}
		var res struct {
			Hits []struct{ Title, Snippet, URL string }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
			t.Fatalf("search %s: %v", marker, err)
		}
		if len(res.Hits) > 0 {
			found++
		}
		for _, hit := range res.Hits {
			stripped := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(hit.Snippet)
			if strings.ContainsAny(stripped, "<>") {
				t.Errorf("search %s: snippet holds markup other than <mark>: %q", marker, hit.Snippet)
			}
			if !strings.HasPrefix(hit.URL, "/") || strings.HasPrefix(hit.URL, "//") {
				t.Errorf("search %s: hit URL %q is not a site path", marker, hit.URL)
			}
		}
		// The results page for the marker lists the poisoned titles; the one for the value's
		// first 60 bytes puts the hostile text into the page's search boxes.
		checkResultsPage(t, h, marker)
		if withText {
			checkResultsPage(t, h, strings.ToValidUTF8(values[i][:min(len(values[i]), 60)], ""))
		}
	}
	if found < len(values)/2 {
		t.Errorf("only %d of %d poisoned values are found by the search", found, len(values))
	}
	if !withText {
		return
	}
	// Hostile queries: each answered (results or a clear 4xx), never with markup of its own.
	for _, q := range []string{
		`<script>alert(1)</script>`, `"'><img src=x onerror=alert(1)>`, "javascript:alert(1)",
		"a\x00b", "\u202e印染", "零\u200b宽", "😀👩‍🔬", "\xff\xfe", strings.Repeat("长", 5000),
		`field:value AND title:* OR /regex.*/ ~2 ^9`, `"unclosed phrase`, `「印染」 "COD"`,
		"%00%2e%2e/", "=cmd|' /C calc'!A0",
	} {
		for _, target := range []string{"/api/search?q=", "/search?q="} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", target+url.QueryEscape(q)+"&city="+url.QueryEscape(q), nil))
			if rec.Code >= 500 {
				t.Errorf("%s%.30q: status %d", target, q, rec.Code)
			}
			if target == "/api/search?q=" {
				if !json.Valid(rec.Body.Bytes()) {
					t.Errorf("%s%.30q: answer is not JSON", target, q)
				}
				if bytes.Contains(rec.Body.Bytes(), []byte("<script")) || bytes.Contains(rec.Body.Bytes(), []byte("<img")) {
					t.Errorf("%s%.30q: the query comes back as markup", target, q)
				}
				continue
			}
			findings, _, err := pageFindings(rec.Body.Bytes())
			if err != nil {
				t.Errorf("%s%.30q: %v", target, q, err)
			}
			for _, f := range findings {
				t.Errorf("%s%.30q: %s", target, q, f)
			}
		}
	}
}

// checkResultsPage asks the server's results page for q and checks it like a built page.
func checkResultsPage(t *testing.T, h http.Handler, q string) {
	t.Helper()
	page := httptest.NewRecorder()
	h.ServeHTTP(page, httptest.NewRequest("GET", "/search?q="+url.QueryEscape(q), nil))
	findings, _, err := pageFindings(page.Body.Bytes())
	if err != nil || page.Code >= 500 {
		t.Errorf("results page for %.30q: %d %v", q, page.Code, err)
	}
	for _, f := range findings {
		t.Errorf("results page for %.30q: %s", q, f)
	}
}

// TestHostileDataIsRefused lists the hostile values that must not reach any output: each is
// refused by load or validate with a problem naming its file, position and field.
func TestHostileDataIsRefused(t *testing.T) {
	const (
		list  = "data/lists/2009-1.yaml"
		ents  = "data/enterprises.csv"
		cases = "content/cases/dyeing-water-reuse.md"
	)
	good := fixture.Source()
	for _, tc := range []struct {
		name, file, old, new string
		want                 string // the start of the problem line
		message              string
	}{
		{"javascript: source link", list, "https://example.org/notice/2009-1.html", "javascript:alert(1)",
			list + ":6:13: source_url:", "is not an http(s) URL"},
		{"data: source link", "data/disclosures.csv", "https://example.org/d/1\n", "\"data:text/html;base64,PHNjcmlwdD4=\"\n",
			"data/disclosures.csv:2:", "is not an http(s) URL"},
		{"protocol-relative source link", list, "https://example.org/notice/2009-1.html", "//evil.example/x",
			list + ":6:13: source_url:", "is not an http(s) URL"},
		{"source link with a space", list, "https://example.org/notice/2009-1.html", `"https://example.org/a b"`,
			list + ":6:13: source_url:", "is not an http(s) URL"},
		{"javascript: link in a case", cases, "[审核指南](/files/guide.pdf)", "[审核指南](javascript:alert(1))",
			cases + ":", "javascript: scheme"},
		{"NUL in a name", ents, "广州市示例印染有限公司", "广州市示例\x00印染有限公司",
			ents + ":2:20: name:", "control character U+0000"},
		{"escape sequence in a title", "data/site.yaml", "title: 广东省强制性清洁生产审核信息公开平台\n", `title: "\e[2J广东省强制性清洁生产审核信息公开平台"` + "\n",
			"data/site.yaml:1:8: title:", "control character U+001B"},
		{"bidirectional override in a case title", cases, "title: 染色废水中水回用", "title: \"染色\u202e废水中水回用\"",
			cases + ":2:8: title:", "bidirectional control character U+202E"},
		{"invalid UTF-8 in a CSV file", ents, "番禺区示例路1号", "番禺区\xff\xfe示例路1号",
			ents + ":2:", "not valid UTF-8"},
		{"invalid UTF-8 in a YAML file", list, "广东省环境保护局", "广东省\xc3\x28环境保护局",
			list + ":3:", "not valid UTF-8"},
		{"invalid UTF-8 in a case study", cases, "染色工序用水量大", "染色工序\xe2\x82用水量大",
			cases + ":", "not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := fixture.Source()
			text := string(good[tc.file].Data)
			if !strings.Contains(text, tc.old) {
				t.Fatalf("%s does not hold %q", tc.file, tc.old)
			}
			src[tc.file].Data = []byte(strings.Replace(text, tc.old, tc.new, 1))
			dir := t.TempDir()
			writeSource(t, dir, src)
			ds, problems := Check(dir)
			if ds != nil || len(problems) == 0 {
				t.Fatal("hostile data passed the check")
			}
			for _, p := range problems {
				if line := p.String(); strings.HasPrefix(line, tc.want) && strings.Contains(line, tc.message) {
					return
				}
			}
			t.Errorf("no problem %s… %s; got:\n%s", tc.want, tc.message, problems.Error())
		})
	}
}
