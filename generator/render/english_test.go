package render

import (
	"context"
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"cpportal/internal/fixture"
)

// doc parses a rendered page.
func doc(t *testing.T, dir, rel string) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(read(t, dir, rel)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEnglishSiteDataPageAndFeeds renders the fixture once and checks the English pages and
// the language switch, the lang attributes, the /data/ page, feed links and error reports.
func TestEnglishSiteDataPageAndFeeds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	renderFixture(t, out)

	t.Run("language switch keeps the page", func(t *testing.T) {
		pairs := map[string]string{
			"index.html": "/en/",
			"enterprises/" + fixture.Dyeing + "/index.html": "/en/enterprises/" + fixture.Dyeing + "/",
			"lists/2010-1/index.html":                       "/en/lists/2010-1/",
			"cities/440600/index.html":                      "/en/cities/440600/",
			"industries/1713/index.html":                    "/en/industries/1713/",
			"cases/paper-white-water/index.html":            "/en/cases/paper-white-water/",
			"about/index.html":                              "/en/about/",
			"policy/index.html":                             "/en/policy/", // no translation: the Chinese text, English interface
			"data/index.html":                               "/en/data/",
			"search/index.html":                             "/en/search/",
		}
		for zh, en := range pairs {
			zhDoc := doc(t, out, zh)
			if got := zhDoc.Find("html").AttrOr("lang", ""); got != "zh-CN" {
				t.Errorf("%s: html lang %q, want zh-CN", zh, got)
			}
			if got := zhDoc.Find(`.lang-switch a[hreflang="en"]`).AttrOr("href", ""); got != en {
				t.Errorf("%s: switch to English goes to %q, want %q", zh, got, en)
			}
			enRel := strings.TrimPrefix(en, "/") + "index.html"
			enDoc := doc(t, out, enRel)
			if got := enDoc.Find("html").AttrOr("lang", ""); got != "en" {
				t.Errorf("%s: html lang %q, want en", enRel, got)
			}
			back := "/" + strings.TrimSuffix(zh, "index.html")
			if got := enDoc.Find(`.lang-switch a[hreflang="zh-CN"]`).AttrOr("href", ""); got != back {
				t.Errorf("%s: switch to Chinese goes to %q, want %q", enRel, got, back)
			}
			if enDoc.Find(`.site-nav a[href="/en/data/"]`).Length() != 1 {
				t.Errorf("%s: the navigation lacks the English /data/ link", enRel)
			}
		}
	})

	t.Run("English interface, Chinese records marked", func(t *testing.T) {
		e := doc(t, out, "en/enterprises/"+fixture.Dyeing+"/index.html")
		if got := e.Find("h1").Length(); got != 1 {
			t.Errorf("English enterprise page has %d h1, want 1", got)
		}
		if got := e.Find(`h1 [lang="zh-CN"]`).Text(); got != "佛山市示例印染有限公司" {
			t.Errorf("English enterprise page h1 marks %q as Chinese, want the name", got)
		}
		if got := e.Find(`a[href="/en/cities/440600/"]`).First().Text(); got != "Foshan 佛山市" {
			t.Errorf("English enterprise page links the English city page as %q, want its English and Chinese names", got)
		}
		if e.Find(`[lang="zh-CN"]`).FilterFunction(func(_ int, s *goquery.Selection) bool {
			return strings.Contains(s.Text(), "南海区某路1号")
		}).Length() == 0 {
			t.Error("the address on the English enterprise page is not marked lang=zh-CN")
		}
		// English record pages are indexed, as English: English searches find them.
		if main := e.Find("main"); main.AttrOr("data-search-body", "none") == "none" || main.AttrOr("data-search-lang", "") != "en" ||
			main.AttrOr("data-search-type", "") != "enterprise" || main.AttrOr("data-search-city", "") != "佛山市" {
			t.Error("the English enterprise page is not marked for the search index as an English enterprise page")
		}
		city := doc(t, out, "en/cities/440600/index.html")
		if got := strings.TrimSpace(city.Find("h1").Text()); got != "Foshan" {
			t.Errorf("English city page h1 = %q, want the English name Foshan", got)
		}
		if got := strings.TrimSpace(doc(t, out, "en/cities/index.html").Find("h1").Text()); got != "Cities" {
			t.Errorf("English cities section h1 = %q", got)
		}
		about := doc(t, out, "en/about/index.html")
		if !strings.Contains(about.Find("main").Text(), "This site publishes the audits.") || about.Find(`h1 [lang]`).Length() != 0 {
			t.Error("the English about page does not show its own translation")
		}
		if got := about.Find("main").AttrOr("data-search-lang", ""); got != "en" {
			t.Errorf("English about page data-search-lang = %q, want en", got)
		}
		if got := doc(t, out, "about/index.html").Find("main").AttrOr("data-search-lang", ""); got != "zh" {
			t.Errorf("Chinese about page data-search-lang = %q, want zh", got)
		}
		zhList := doc(t, out, "lists/2010-1/index.html")
		if zhList.Find("main [lang]").Length() != 0 {
			t.Error("a Chinese page marks fragments with lang; only other languages' pages should")
		}
	})

	t.Run("data page", func(t *testing.T) {
		for _, rel := range []string{"data/index.html", "en/data/index.html"} {
			d := doc(t, out, rel)
			var cat struct {
				AsOf    string `json:"as_of"`
				License struct{ Name, Path string }
				Tables  []struct {
					Name   string
					Files  []struct{ Path string }
					Fields []struct{ Name, Title, TitleEN string }
				}
			}
			if err := json.Unmarshal([]byte(read(t, out, "data/catalogue.json")), &cat); err != nil {
				t.Fatal(err)
			}
			if len(cat.Tables) < 10 {
				t.Fatalf("catalogue has %d tables", len(cat.Tables))
			}
			main := d.Find("main")
			for _, tb := range cat.Tables {
				for _, f := range tb.Files {
					if main.Find(`a[href="/data/`+f.Path+`"]`).Length() == 0 {
						t.Errorf("%s does not link %s", rel, f.Path)
					}
				}
				fields := main.Find("#fields-" + tb.Name).NextAllFiltered(".table-wrap").First()
				for _, f := range tb.Fields {
					row := fields.Find("tbody th code").FilterFunction(func(_ int, s *goquery.Selection) bool { return s.Text() == f.Name }).Closest("tr")
					if row.Length() != 1 || !strings.Contains(row.Text(), f.Title) || !strings.Contains(row.Text(), f.TitleEN) {
						t.Errorf("%s: field %s.%s is not documented in both languages", rel, tb.Name, f.Name)
					}
				}
			}
			if !strings.Contains(main.Text(), cat.AsOf) || main.Find(`a[rel~="license"][href="`+cat.License.Path+`"]`).Length() != 1 {
				t.Errorf("%s lacks the as-of date or the licence", rel)
			}
			if main.Find(`a[href="/data/datapackage.json"]`).Length() != 1 {
				t.Errorf("%s does not link datapackage.json", rel)
			}
			ld := d.Find(`script[type="application/ld+json"]`)
			var dataset struct {
				Type         string `json:"@type"`
				Distribution []any  `json:"distribution"`
			}
			if ld.Length() != 1 || json.Unmarshal([]byte(ld.Text()), &dataset) != nil || dataset.Type != "Dataset" || len(dataset.Distribution) == 0 {
				t.Errorf("%s: JSON-LD %q is not a schema.org Dataset with distributions", rel, ld.Text())
			}
			if d.Find(`link[type="application/atom+xml"][href="/feeds/batches.atom"]`).Length() != 1 || main.Find(`.subscribe a[href="/feeds/cases.atom"]`).Length() != 1 {
				t.Errorf("%s lacks the province feeds", rel)
			}
		}
		if !strings.Contains(doc(t, out, "en/data/index.html").Find("main").Text(), "Enterprise registry with audit standing") {
			t.Error("the English data page does not use the English table titles")
		}
	})

	t.Run("feeds", func(t *testing.T) {
		for rel, dir := range map[string]string{
			"index.html":                    "/feeds/",
			"en/index.html":                 "/feeds/",
			"cities/440600/index.html":      "/feeds/cities/440600/",
			"en/cities/440600/index.html":   "/feeds/cities/440600/",
			"industries/1713/index.html":    "/feeds/industries/1713/",
			"en/industries/1713/index.html": "/feeds/industries/1713/",
		} {
			d := doc(t, out, rel)
			for _, feed := range []string{"batches", "disclosures", "cases"} {
				href := dir + feed + ".atom"
				if d.Find(`head link[rel="alternate"][type="application/atom+xml"][href="`+href+`"]`).Length() != 1 {
					t.Errorf("%s: head lacks the feed link %s", rel, href)
				}
				if d.Find(`main .subscribe a[href="`+href+`"]`).Length() != 1 {
					t.Errorf("%s: the subscribe list lacks %s", rel, href)
				}
				if !strings.Contains(read(t, out, strings.TrimPrefix(href, "/")), "<feed xmlns=\"http://www.w3.org/2005/Atom\"") {
					t.Errorf("%s is not published as an Atom feed", href)
				}
			}
		}
		if doc(t, out, "enterprises/"+fixture.Dyeing+"/index.html").Find(`link[type="application/atom+xml"]`).Length() != 0 {
			t.Error("an enterprise page advertises feeds; none is written per enterprise")
		}
	})

	t.Run("records link their JSON twin and report errors", func(t *testing.T) {
		for rel, id := range map[string]string{
			"enterprises/" + fixture.Dyeing + "/index.html":    fixture.Dyeing,
			"en/enterprises/" + fixture.Dyeing + "/index.html": fixture.Dyeing,
			"lists/2010-1/index.html":                          "2010-1",
			"cases/paper-white-water/index.html":               "paper-white-water",
			"cities/440600/index.html":                         "440600",
			"industries/1713/index.html":                       "1713",
		} {
			d := doc(t, out, rel)
			twin := d.Find(`head link[rel="alternate"][type="application/json"]`).AttrOr("href", "")
			if !strings.HasSuffix(twin, "/"+id+"/index.json") || d.Find(`main a[href="`+twin+`"]`).Length() == 0 {
				t.Errorf("%s: JSON twin %q not linked in the head and the page", rel, twin)
			}
			subject, body := mailto(t, d, "cp@example.org")
			page := "/" + strings.TrimSuffix(rel, "index.html")
			if !strings.Contains(subject, id) || !strings.Contains(body, page) || !strings.Contains(body, id) {
				t.Errorf("%s: report subject %q / body %q do not identify the record", rel, subject, body)
			}
		}
		if doc(t, out, "about/index.html").Find(".report-error").Length() != 0 {
			t.Error("a hand-written page has a record error report")
		}
	})
}

// mailto returns the decoded subject and body of the page's report-an-error link, checking the
// address and that the link is encoded as RFC 6068 asks (%20 for spaces, CRLF line ends).
func mailto(t *testing.T, d *goquery.Document, to string) (subject, body string) {
	t.Helper()
	links := d.Find(".report-error a[href^='mailto:']")
	if links.Length() != 1 {
		t.Fatalf("%d report-an-error links, want 1", links.Length())
	}
	href := links.AttrOr("href", "")
	u, err := url.Parse(href)
	if err != nil {
		t.Fatalf("report link %q: %v", href, err)
	}
	if u.Scheme != "mailto" || u.Opaque != to {
		t.Errorf("report link %q is not addressed to %s", href, to)
	}
	if strings.ContainsAny(u.RawQuery, " +\n\r") {
		t.Errorf("report link query %q has characters that are not percent-encoded", u.RawQuery)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		t.Fatal(err)
	}
	body = q.Get("body")
	if !strings.Contains(body, "\r\n") || strings.Contains(strings.ReplaceAll(body, "\r\n", ""), "\n") {
		t.Errorf("report body %q does not end its lines in CRLF", body)
	}
	return q.Get("subject"), body
}

// TestReportErrorEncoding renders a record whose title and id hold every character that
// matters in a mailto: URL and decodes the link back.
func TestReportErrorEncoding(t *testing.T) {
	project := writeProject(t, `
-- data/portal.json --
{"site": {"title": "小站", "email": "fix@example.org", "base_url": "https://cp.example.org/", "sample": false}, "as_of": "2024-01-02", "totals": {}, "batches": []}
-- content/x1.md --
{"title": "A+B & C?D=E #1 100% 公司\"", "search": {"type": "enterprise", "id": "91440000+&?#%"}}
`)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Render(context.Background(), Options{ProjectDir: project, OutDir: out, Log: testLog{t: t}}); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"x1/index.html", "en/x1/index.html"} {
		subject, body := mailto(t, doc(t, out, rel), "fix@example.org")
		title, id := `A+B & C?D=E #1 100% 公司"`, "91440000+&?#%"
		if !strings.Contains(subject, title) || !strings.Contains(subject, id) {
			t.Errorf("%s: subject decodes to %q, want the title %q and id %q", rel, subject, title, id)
		}
		page := "https://cp.example.org/" + strings.TrimSuffix(rel, "index.html")
		lines := strings.Split(body, "\r\n")
		if len(lines) < 5 || !strings.HasSuffix(lines[0], page) || !strings.HasSuffix(lines[1], title) || !strings.HasSuffix(lines[2], id) {
			t.Errorf("%s: body decodes to %q, want the page %s, the title and the id on the first lines", rel, body, page)
		}
	}
}
