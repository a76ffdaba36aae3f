package feeds

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/opendata"
)

// Options are the choices of the feeds that the data files do not make.
type Options struct {
	// BaseURL is the site's absolute http(s) address; Atom requires absolute links. When
	// empty, site.yaml's base_url; when neither is absolute, PlaceholderBaseURL, and
	// Stats.Placeholder says so, so that the build can warn.
	BaseURL string
	// Limit is the number of entries per feed, newest first; DefaultLimit when 0 or less.
	Limit int
}

// PlaceholderBaseURL stands in for the site's address when none is configured: the feeds are
// still valid Atom, but their links point nowhere useful until base_url is set.
const PlaceholderBaseURL = "https://example.org/"

// DefaultLimit is the number of entries per feed unless Options say otherwise.
const DefaultLimit = 50

// Stats counts what Write produced.
type Stats struct {
	Feeds       int    // feed files written
	Entries     int    // entries over all feeds
	BaseURL     string // the absolute base the links use
	Placeholder bool   // BaseURL is PlaceholderBaseURL because no absolute base URL was configured
}

func (s Stats) String() string {
	out := fmt.Sprintf("%d feeds, %d entries, links under %s", s.Feeds, s.Entries, s.BaseURL)
	if s.Placeholder {
		out += " (placeholder: set base_url in site.yaml)"
	}
	return out
}

// kind is one sort of feed: what it announces and where its entries come from.
type kind struct {
	file     string // batches.atom
	title    string // 新发布审核名单
	subtitle string // follows the scope's name: 广州市 + 企业被列入的…
	section  string // the province-wide page listing the same records, /lists/
}

var kinds = []kind{
	{"batches.atom", "新发布审核名单", "企业被列入的强制性清洁生产审核名单，按发布日期，最新在前。", "lists/"},
	{"disclosures.atom", "企业排放信息公开", "企业逐年公开的主要污染物排放情况，按公开日期，最新在前。", "enterprises/"},
	{"cases.atom", "清洁生产技术案例", "的清洁生产技术案例，按发布日期，最新在前。", "cases/"},
}

// scope is the province, one city or one industry: the records a feed covers.
type scope struct {
	key  string // "" for the province, city:<code> or industry:<code>
	dir  string // folder of its feeds, relative to the feeds folder: "", cities/<code>/ …
	name string // 广州市; "" for the province
	page string // its page, relative to the site: "", cities/<code>/ …
}

// safeCode is what a city or industry code must look like to name a folder and a URL.
var safeCode = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

// Write writes the Atom feeds into dir (the site's /feeds/ folder): batches.atom,
// disclosures.atom and cases.atom for the province, and the same three under cities/<code>/
// and industries/<code>/ for every city and industry of the dataset, empty feeds included so
// that every link to one works. The same input always gives byte-identical files.
func Write(dir string, ds *domain.Dataset, facts *derive.Facts, opts Options) (Stats, error) {
	if ds == nil || facts == nil {
		return Stats{}, errors.New("feeds: dataset and facts are required")
	}
	base, placeholder, err := baseURL(opts.BaseURL, ds.Site.BaseURL)
	if err != nil {
		return Stats{}, err
	}
	limit := opts.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	scopes, err := scopesOf(ds)
	if err != nil {
		return Stats{}, err
	}
	w := &writer{dir: dir, base: base, ds: ds, facts: facts, limit: limit,
		stats: Stats{BaseURL: base, Placeholder: placeholder}}
	sources := [][]*item{w.batchItems(), w.disclosureItems(), w.caseItems()}
	for i, k := range kinds {
		picked := pick(sources[i], scopes, limit)
		for _, sc := range scopes {
			if err := w.writeFeed(k, sc, picked[sc.key]); err != nil {
				return w.stats, fmt.Errorf("feeds: %w", err)
			}
		}
	}
	return w.stats, nil
}

// baseURL returns the absolute base URL ending in "/": the first of the candidates that is an
// absolute http(s) URL, or the placeholder. An explicit option that is not one is an error.
func baseURL(option, site string) (string, bool, error) {
	parse := func(s string) (string, bool) {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
			return "", false
		}
		u.RawQuery, u.Fragment = "", ""
		return strings.TrimSuffix(u.String(), "/") + "/", true
	}
	if option != "" {
		b, ok := parse(option)
		if !ok {
			return "", false, fmt.Errorf("feeds: base URL %q is not an absolute http(s) URL", option)
		}
		return b, false, nil
	}
	if b, ok := parse(site); ok {
		return b, false, nil
	}
	return PlaceholderBaseURL, true, nil
}

// scopesOf lists the province, then the cities and the industries by code.
func scopesOf(ds *domain.Dataset) ([]scope, error) {
	out := []scope{{}}
	seen := map[string]bool{}
	add := func(kind, section, code, name string) error {
		if !safeCode.MatchString(code) {
			return fmt.Errorf("feeds: code %q cannot name a folder: only letters, digits, '-' and '_'", code)
		}
		if key := kind + ":" + code; !seen[key] {
			seen[key] = true
			out = append(out, scope{key: key, dir: section + "/" + code + "/", name: opendata.CleanText(name), page: section + "/" + code + "/"})
		}
		return nil
	}
	cities := slices.Clone(ds.Cities)
	slices.SortFunc(cities, func(a, b domain.City) int { return strings.Compare(a.Code, b.Code) })
	industries := slices.Clone(ds.Industries)
	slices.SortFunc(industries, func(a, b domain.Industry) int { return strings.Compare(a.Code, b.Code) })
	for _, c := range cities {
		if err := add("city", "cities", c.Code, c.Name); err != nil {
			return nil, err
		}
	}
	for _, c := range industries {
		if err := add("industry", "industries", c.Code, c.Name); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pick sorts items newest first and hands each scope its first limit items, in one pass.
func pick(items []*item, scopes []scope, limit int) map[string][]*item {
	slices.SortStableFunc(items, func(a, b *item) int {
		return cmp.Or(b.date.Compare(a.date), strings.Compare(a.id, b.id))
	})
	out := make(map[string][]*item, len(scopes))
	for _, it := range items {
		for _, key := range append([]string{""}, it.scopes...) {
			if len(out[key]) < limit {
				out[key] = append(out[key], it)
			}
		}
	}
	return out
}

type writer struct {
	dir   string
	base  string
	ds    *domain.Dataset
	facts *derive.Facts
	limit int
	stats Stats
}

// url returns the absolute URL of a site path made of segments; each segment is escaped, and
// the path ends in "/" as page URLs do.
func (w *writer) url(segments ...string) string {
	var b strings.Builder
	b.WriteString(w.base)
	for _, s := range segments {
		b.WriteString(url.PathEscape(s))
		b.WriteString("/")
	}
	return b.String()
}

func (w *writer) writeFeed(k kind, sc scope, items []*item) error {
	siteTitle := opendata.CleanText(w.ds.Site.Title)
	title, subtitle := k.title+" — "+siteTitle, opendata.CleanText(w.ds.Site.Province)+k.subtitle
	page := w.base + k.section
	if sc.key != "" {
		title = sc.name + " · " + title
		subtitle = sc.name + k.subtitle
		page = w.base + sc.page
	}
	self := w.base + "feeds/" + sc.dir + k.file
	f := &atomFeed{
		Lang: "zh-CN", ID: self, Title: plain(title), Subtitle: plain(subtitle),
		Updated: stamp(w.facts.AsOf),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: page},
		},
		Author: atomPerson{Name: siteTitle, URI: w.base, Email: email(w.ds.Site.Email)},
	}
	if len(items) > 0 {
		f.Updated = stamp(items[0].date) // the newest entry: never the time of the build
	}
	for _, it := range items {
		f.Entries = append(f.Entries, atomEntry{
			ID: it.id, Title: plain(it.title),
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: it.link}},
			Published: stamp(it.date), Updated: stamp(it.date),
			Summary: plain(it.summary(sc)), Categories: it.categories,
		})
	}
	b, err := encode(f)
	if err != nil {
		return fmt.Errorf("%s%s: %w", sc.dir, k.file, err)
	}
	path := filepath.Join(w.dir, filepath.FromSlash(sc.dir), k.file)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return err
	}
	w.stats.Feeds++
	w.stats.Entries += len(f.Entries)
	return nil
}

// email returns the contact address when it is a plain address Atom can carry, else "".
func email(s string) string {
	s = opendata.CleanText(strings.TrimSpace(s))
	local, domainPart, ok := strings.Cut(s, "@")
	if !ok || local == "" || domainPart == "" || strings.ContainsAny(s, " \t\n<>()[]\\,;:\"") || strings.Count(s, "@") != 1 {
		return ""
	}
	return s
}
