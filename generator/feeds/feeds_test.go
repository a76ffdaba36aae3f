package feeds

import (
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"cpportal/generator/opendata"
	"cpportal/internal/fixture"
	"cpportal/internal/testkit"
)

// parsed is what a feed reader needs of a feed, read back independently of the writer's
// structs; the namespaces are checked on the element names.
type parsed struct {
	XMLName xml.Name `xml:"feed"`
	Lang    string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID      string   `xml:"http://www.w3.org/2005/Atom id"`
	Title   string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated string   `xml:"http://www.w3.org/2005/Atom updated"`
	Author  []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links   []parsedLink `xml:"http://www.w3.org/2005/Atom link"`
	Entries []struct {
		ID      string       `xml:"http://www.w3.org/2005/Atom id"`
		Title   string       `xml:"http://www.w3.org/2005/Atom title"`
		Updated string       `xml:"http://www.w3.org/2005/Atom updated"`
		Summary string       `xml:"http://www.w3.org/2005/Atom summary"`
		Links   []parsedLink `xml:"http://www.w3.org/2005/Atom link"`
	} `xml:"http://www.w3.org/2005/Atom entry"`
}

type parsedLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

func (p parsed) link(rel string) string {
	for _, l := range p.Links {
		if l.Rel == rel {
			return l.Href
		}
	}
	return ""
}

func writeFeeds(t *testing.T, fx feedFixture, opts Options) (string, Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "feeds")
	st, err := Write(dir, fx.ds, fx.facts, opts)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func feedFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	slices.Sort(out)
	return out
}

// wellFormed reads every token of a document with a strict decoder and checks that every
// character is one XML 1.0 allows.
func wellFormed(t *testing.T, name string, b []byte) {
	t.Helper()
	if !utf8.Valid(b) {
		t.Fatalf("%s: not UTF-8", name)
	}
	for _, r := range string(b) {
		ok := r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000
		if !ok {
			t.Fatalf("%s: character %U is not allowed in XML 1.0", name, r)
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	for {
		if _, err := dec.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func readFeed(t *testing.T, dir, rel string) (parsed, []byte) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, rel, b)
	var p parsed
	if err := xml.Unmarshal(b, &p); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return p, b
}

func TestLayout(t *testing.T) {
	dir, st := writeFeeds(t, newFixture(t), Options{})
	var want []string
	for _, scope := range []string{"", "cities/440100/", "cities/440600/", "industries/1713/", "industries/2221/", "industries/3360/"} {
		for _, f := range []string{"batches.atom", "disclosures.atom", "cases.atom"} {
			want = append(want, scope+f)
		}
	}
	slices.Sort(want)
	if got := feedFiles(t, dir); !slices.Equal(got, want) {
		t.Errorf("files\n got %q\nwant %q", got, want)
	}
	if st.Feeds != 18 || st.BaseURL != "https://cp.example.gov.cn/" || st.Placeholder {
		t.Errorf("stats %+v", st)
	}
}

// TestAtomEssentials checks what the W3C feed validator requires of every feed: the Atom
// namespace, a feed id, title and updated date, an author, a self link; and for every entry an
// id, a title, an updated date and an alternate link, with absolute IRIs and RFC 3339 dates.
func TestAtomEssentials(t *testing.T) {
	dir, st := writeFeeds(t, newFixture(t), Options{})
	entries := 0
	for _, f := range feedFiles(t, dir) {
		p, _ := readFeed(t, dir, f)
		if p.XMLName.Space != atomNS || p.Lang != "zh-CN" {
			t.Errorf("%s: root %v lang %q", f, p.XMLName, p.Lang)
		}
		if p.ID != "https://cp.example.gov.cn/feeds/"+f || p.link("self") != p.ID || p.Title == "" || len(p.Author) != 1 || p.Author[0].Name == "" {
			t.Errorf("%s: id %q self %q title %q author %v", f, p.ID, p.link("self"), p.Title, p.Author)
		}
		if !absolute(p.link("alternate")) {
			t.Errorf("%s: alternate link %q", f, p.link("alternate"))
		}
		updated, err := time.Parse(time.RFC3339, p.Updated)
		if err != nil {
			t.Fatalf("%s: updated %q: %v", f, p.Updated, err)
		}
		var newest time.Time
		ids := map[string]bool{}
		var prev time.Time
		for i, e := range p.Entries {
			u, err := time.Parse(time.RFC3339, e.Updated)
			if err != nil || e.ID == "" || e.Title == "" || e.Summary == "" || ids[e.ID] || !absolute(e.ID) {
				t.Errorf("%s entry %d: id %q title %q updated %q summary %q", f, i, e.ID, e.Title, e.Updated, e.Summary)
			}
			ids[e.ID] = true
			if i > 0 && u.After(prev) {
				t.Errorf("%s: entry %d is newer than the one before it", f, i)
			}
			prev = u
			if u.After(newest) {
				newest = u
			}
			if len(e.Links) != 1 || e.Links[0].Rel != "alternate" || !absolute(e.Links[0].Href) {
				t.Errorf("%s entry %d: links %v", f, i, e.Links)
			}
		}
		if len(p.Entries) > 0 && !updated.Equal(newest) {
			t.Errorf("%s: updated %v, newest entry %v", f, updated, newest)
		}
		if len(p.Entries) == 0 && p.Updated != "2010-06-30T00:00:00+08:00" {
			t.Errorf("%s: an empty feed is dated %s, not the as-of date", f, p.Updated)
		}
		entries += len(p.Entries)
	}
	if entries != st.Entries {
		t.Errorf("stats count %d entries, feeds hold %d", st.Entries, entries)
	}
}

func absolute(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host == "cp.example.gov.cn"
}

func TestProvinceFeeds(t *testing.T) {
	fx := newFixture(t)
	dir, _ := writeFeeds(t, fx, Options{})

	b, _ := readFeed(t, dir, "batches.atom")
	var ids []string
	for _, e := range b.Entries {
		ids = append(ids, e.ID)
	}
	want := []string{"https://cp.example.gov.cn/lists/2010-1/", "https://cp.example.gov.cn/lists/2009-1/"}
	if !slices.Equal(ids, want) {
		t.Errorf("batch entries %q, want %q", ids, want)
	}
	if b.Updated != "2010-05-14T00:00:00+08:00" || b.Entries[0].Updated != "2010-05-14T00:00:00+08:00" {
		t.Errorf("batches updated %s", b.Updated)
	}
	if s := b.Entries[1].Summary; s != "粤环〔2009〕31号，广东省环境保护局发布，列入 3 家企业。发布日期 2009-01-31，各项期限自此日起算。" {
		t.Errorf("summary %q", s)
	}

	d, _ := readFeed(t, dir, "disclosures.atom")
	if len(d.Entries) != 2 {
		t.Fatalf("%d disclosure entries, want one per enterprise and year (2)", len(d.Entries))
	}
	// Newest first: the dyeing works' 2009 rows (2009-03-01), then the paper mill's (2009-02-20).
	dyeing := "https://cp.example.gov.cn/enterprises/" + fixture.Dyeing + "/"
	if d.Entries[0].ID != dyeing+"#disclosures-2009" || d.Entries[0].Updated != "2009-03-01T00:00:00+08:00" ||
		d.Entries[0].Links[0].Href != dyeing || !strings.Contains(d.Entries[1].ID, fixture.Paper) {
		t.Errorf("disclosure entries %+v", d.Entries)
	}
	if s := d.Entries[0].Summary; !strings.Contains(s, "2 行") || !strings.Contains(s, "超过排放限值 1 行") || !strings.Contains(s, "含未公开项目 1 行") {
		t.Errorf("2009 summary %q", s)
	}

	c, _ := readFeed(t, dir, "cases.atom")
	var cases []string
	for _, e := range c.Entries {
		cases = append(cases, e.ID)
	}
	// Newest first; the case dated after the as-of date must wait.
	if want := []string{"https://cp.example.gov.cn/cases/plating-rinse/", "https://cp.example.gov.cn/cases/paper-white-water/"}; !slices.Equal(cases, want) {
		t.Errorf("case entries %q, want %q", cases, want)
	}
}

func TestScopedFeeds(t *testing.T) {
	dir, _ := writeFeeds(t, newFixture(t), Options{})
	gz, _ := readFeed(t, dir, "cities/440100/batches.atom")
	if len(gz.Entries) != 1 || !strings.HasSuffix(gz.Entries[0].ID, "/lists/2009-1/") ||
		!strings.Contains(gz.Entries[0].Summary, "列入 3 家企业，其中广州市 1 家") || !strings.HasPrefix(gz.Title, "广州市 · ") {
		t.Errorf("Guangzhou batches: %+v", gz)
	}
	if gz.link("alternate") != "https://cp.example.gov.cn/cities/440100/" {
		t.Errorf("Guangzhou feed page %q", gz.link("alternate"))
	}
	fs, _ := readFeed(t, dir, "cities/440600/batches.atom")
	if len(fs.Entries) != 2 {
		t.Errorf("Foshan has %d batch entries, want 2", len(fs.Entries))
	}
	fsc, _ := readFeed(t, dir, "cities/440600/cases.atom")
	plating, _ := readFeed(t, dir, "industries/3360/cases.atom")
	paper, _ := readFeed(t, dir, "industries/2221/cases.atom")
	dyeing, _ := readFeed(t, dir, "industries/1713/cases.atom")
	if len(fsc.Entries) != 1 || len(plating.Entries) != 1 || len(paper.Entries) != 1 || len(dyeing.Entries) != 0 {
		t.Errorf("cases: Foshan %d, plating %d, paper %d, dyeing %d", len(fsc.Entries), len(plating.Entries), len(paper.Entries), len(dyeing.Entries))
	}
	dd, _ := readFeed(t, dir, "industries/1713/disclosures.atom")
	if len(dd.Entries) != 1 {
		t.Errorf("dyeing disclosures %d, want 1", len(dd.Entries))
	}
}

func TestHostileValuesStayText(t *testing.T) {
	dir, _ := writeFeeds(t, newFixture(t), Options{})
	clean := opendata.CleanText(hostile)
	for _, f := range feedFiles(t, dir) {
		p, raw := readFeed(t, dir, f)
		for _, bad := range []string{"<script", "]]>", "\u202e", "\x00", "\x1b"} {
			if bytes.Contains(raw, []byte(bad)) {
				t.Errorf("%s: %q left unescaped", f, bad)
			}
		}
		for _, e := range p.Entries {
			if strings.Contains(e.Title, "<script>") && !strings.Contains(e.Title, clean) {
				t.Errorf("%s: title %q does not read back as the cleaned text", f, e.Title)
			}
		}
	}
	p, _ := readFeed(t, dir, "cases.atom")
	if want := "电镀逆流漂洗 " + clean; p.Entries[0].Title != want {
		t.Errorf("title read back %q, want %q", p.Entries[0].Title, want)
	}
	if !strings.Contains(clean, testkit.HostileMarkup) || strings.ContainsAny(clean, "\x00\u202e") {
		t.Errorf("the cleaning rule changed: %q", clean)
	}
}

func TestLimitKeepsTheNewest(t *testing.T) {
	dir, st := writeFeeds(t, newFixture(t), Options{Limit: 1})
	b, _ := readFeed(t, dir, "batches.atom")
	if len(b.Entries) != 1 || !strings.HasSuffix(b.Entries[0].ID, "/lists/2010-1/") {
		t.Errorf("limited feed %+v", b.Entries)
	}
	if st.Entries > st.Feeds {
		t.Errorf("%d entries in %d feeds with a limit of 1", st.Entries, st.Feeds)
	}
}

func TestPlaceholderBaseURL(t *testing.T) {
	fx := newFixture(t)
	fx.ds.Site.BaseURL = "/"
	dir, st := writeFeeds(t, fx, Options{})
	if !st.Placeholder || st.BaseURL != PlaceholderBaseURL || !strings.Contains(st.String(), "placeholder") {
		t.Errorf("stats %+v", st)
	}
	p, _ := readFeed(t, dir, "batches.atom")
	if p.ID != "https://example.org/feeds/batches.atom" || !strings.HasPrefix(p.Entries[0].Links[0].Href, "https://example.org/lists/") {
		t.Errorf("feed %s, link %s", p.ID, p.Entries[0].Links[0].Href)
	}
	if _, err := Write(t.TempDir(), fx.ds, fx.facts, Options{BaseURL: "javascript:alert(1)"}); err == nil {
		t.Error("a javascript: base URL was accepted")
	}
	st2, err := Write(t.TempDir(), fx.ds, fx.facts, Options{BaseURL: "https://cp.example.gov.cn/portal"})
	if err != nil || st2.BaseURL != "https://cp.example.gov.cn/portal/" {
		t.Errorf("base %q, %v", st2.BaseURL, err)
	}
}

func TestUnsafeCodeIsRefused(t *testing.T) {
	fx := newFixture(t)
	fx.ds.Cities[0].Code = "../x"
	if _, err := Write(t.TempDir(), fx.ds, fx.facts, Options{}); err == nil {
		t.Error("a city code with a path was accepted")
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := writeFeeds(t, newFixture(t), Options{})
	b, _ := writeFeeds(t, newFixture(t), Options{})
	for _, f := range feedFiles(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two writes", f)
		}
	}
}

// FuzzFeedText puts any text in a feed: the document must stay well-formed and the text must
// read back as its cleaned form.
func FuzzFeedText(f *testing.F) {
	for _, s := range []string{hostile, "", "]]>", "\x00", "\xed\xa0\x80", "\uFFFE", "a\r\nb", "&#0;", "<![CDATA[x]]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean := opendata.CleanText(s)
		b, err := encode(&atomFeed{Lang: "zh-CN", ID: "https://example.org/f", Title: plain(clean), Updated: "2025-06-30T00:00:00+08:00",
			Entries: []atomEntry{{ID: "https://example.org/e", Title: plain(clean), Summary: plain(clean),
				Categories: []atomCategory{{Term: "x", Label: clean}}}}})
		if err != nil {
			t.Fatal(err)
		}
		wellFormed(t, "fuzz", b)
		var p parsed
		if err := xml.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		if p.Title != clean || p.Entries[0].Summary != clean {
			t.Fatalf("text %q read back as %q", clean, p.Title)
		}
	})
}
