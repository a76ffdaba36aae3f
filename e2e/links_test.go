package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// reference is one URL that a built page points to.
type reference struct {
	page   string // the page's URL path, e.g. /enterprises/X/
	attr   string // e.g. a[href]
	raw    string // the attribute as written
	target string // resolved path and query, without the fragment
	frag   string // the fragment, decoded
}

// referenceAttrs are the attributes that make a browser load or navigate to a URL, with the
// content types the target must have (empty: any).
var referenceAttrs = []struct {
	selector, attr string
	kind           string // a content-type prefix the target must have, or ""
}{
	{"a[href]", "href", ""},
	{"area[href]", "href", ""},
	{"link[href]", "href", ""},
	{"img[src]", "src", "image/"},
	{"img[srcset]", "srcset", "image/"},
	{"source[srcset]", "srcset", "image/"},
	{"source[src]", "src", ""},
	{"script[src]", "src", "text/javascript"},
	{"iframe[src]", "src", ""},
	{"object[data]", "data", ""},
	{"form[action]", "action", "text/html"},
	{"use[href]", "href", "image/svg+xml"},
}

// pageURL turns a built file's path into the URL path the server answers it under.
func pageURL(rel string) string {
	rel = filepath.ToSlash(rel)
	if rel == "index.html" {
		return "/"
	}
	if strings.HasSuffix(rel, "/index.html") {
		return "/" + strings.TrimSuffix(rel, "index.html")
	}
	return "/" + rel
}

// collectReferences walks every HTML file of the built site and resolves each URL it names
// that stays on the site. Links to other sites are left alone (nothing is fetched from the
// internet), but a javascript: URL is reported as a problem.
func collectReferences(root string) ([]reference, map[string]string, []string, error) {
	var refs []reference
	kinds := map[string]string{} // target → required content-type prefix
	var problems []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		page := pageURL(rel)
		base, _ := url.Parse("http://site" + page)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		for _, ra := range referenceAttrs {
			doc.Find(ra.selector).Each(func(_ int, s *goquery.Selection) {
				val, _ := s.Attr(ra.attr)
				for _, raw := range splitSrcset(ra.attr, val) {
					u, err := url.Parse(strings.TrimSpace(raw))
					if err != nil {
						problems = append(problems, fmt.Sprintf("%s: %s=%q does not parse: %v", page, ra.selector, raw, err))
						continue
					}
					switch u.Scheme {
					case "mailto", "tel":
						continue
					case "javascript":
						problems = append(problems, fmt.Sprintf("%s: %s=%q: javascript: URL", page, ra.selector, raw))
						continue
					}
					abs := base.ResolveReference(u)
					if abs.Host != "site" {
						continue // another site
					}
					target := abs.EscapedPath()
					if abs.RawQuery != "" {
						target += "?" + abs.RawQuery
					}
					refs = append(refs, reference{page: page, attr: ra.selector, raw: raw, target: target, frag: abs.Fragment})
					if ra.kind != "" && kinds[target] == "" {
						kinds[target] = ra.kind
					}
					if ra.selector == "link[href]" {
						switch s.AttrOr("rel", "") {
						case "stylesheet":
							kinds[target] = "text/css"
						case "icon":
							kinds[target] = "image/"
						}
					}
				}
			})
		}
		return nil
	})
	return refs, kinds, problems, err
}

// splitSrcset returns the URLs of a srcset attribute, or the value itself for others.
func splitSrcset(attr, val string) []string {
	if attr != "srcset" {
		return []string{val}
	}
	var urls []string
	for _, cand := range strings.Split(val, ",") {
		if f := strings.Fields(cand); len(f) > 0 {
			urls = append(urls, f[0])
		}
	}
	return urls
}

// fetched is what the server answered for one target.
type fetched struct {
	status      int
	contentType string
	ids         map[string]bool // element ids and a[name] anchors, for HTML
	err         error
}

func fetchTarget(ctx context.Context, target string) fetched {
	res, body, err := get(ctx, target)
	if err != nil {
		return fetched{err: err}
	}
	f := fetched{status: res.StatusCode, contentType: res.Header.Get("Content-Type")}
	if mt, _, _ := mime.ParseMediaType(f.contentType); mt == "text/html" {
		f.ids = map[string]bool{}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			f.err = err
			return f
		}
		doc.Find("[id]").Each(func(_ int, s *goquery.Selection) { f.ids[s.AttrOr("id", "")] = true })
		doc.Find("a[name]").Each(func(_ int, s *goquery.Selection) { f.ids[s.AttrOr("name", "")] = true })
	}
	return f
}

// TestLinks checks every internal link, image, stylesheet, script and form action of every
// built page against the running server: each answers 200 with a fitting content type, and
// each #fragment names an element of the target page. No browser is needed.
func TestLinks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	refs, kinds, problems, err := collectReferences(site.public)
	if err != nil {
		t.Fatal(err)
	}
	targets := map[string]bool{}
	for _, r := range refs {
		targets[r.target] = true
	}
	if len(targets) < 400 {
		t.Fatalf("only %d distinct internal targets in the built site: the walk is broken", len(targets))
	}

	results := map[string]fetched{}
	var mu sync.Mutex
	work := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for target := range work {
				f := fetchTarget(ctx, target)
				mu.Lock()
				results[target] = f
				mu.Unlock()
			}
		})
	}
	for target := range targets {
		work <- target
	}
	close(work)
	wg.Wait()

	// One line per broken target, naming a few of the pages that point to it.
	broken := map[string][]string{}
	for _, r := range refs {
		f := results[r.target]
		var why string
		switch {
		case f.err != nil:
			why = f.err.Error()
		case f.status != http.StatusOK:
			why = fmt.Sprintf("HTTP %d", f.status)
		case kinds[r.target] != "" && !strings.HasPrefix(f.contentType, kinds[r.target]):
			why = fmt.Sprintf("content type %q, want %s…", f.contentType, kinds[r.target])
		case r.frag != "" && r.frag != "top" && f.ids != nil && !f.ids[r.frag]:
			why = fmt.Sprintf("no element with id %q", r.frag)
		default:
			continue
		}
		key := r.target + " (" + r.attr + ")"
		if r.frag != "" {
			key = r.target + "#" + r.frag + " (" + r.attr + ")"
		}
		key += ": " + why
		broken[key] = append(broken[key], r.page)
	}
	for key, pages := range broken {
		shown := pages
		if len(shown) > 3 {
			shown = shown[:3]
		}
		more := ""
		if len(pages) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(pages)-len(shown))
		}
		problems = append(problems, fmt.Sprintf("%s — on %s%s", key, strings.Join(shown, ", "), more))
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		t.Errorf("%d broken reference(s) among %d references to %d targets:\n  %s",
			len(problems), len(refs), len(targets), strings.Join(problems, "\n  "))
	}
	t.Logf("checked %d references to %d internal targets", len(refs), len(targets))
}
