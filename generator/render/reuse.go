package render

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gohugoio/hugo/resources/page"
)

// ReusableSections are the sections whose regular pages a build may leave unrendered and
// take from the previous build instead (see Options.Only). Their templates were read for
// what a page shows of other pages, and show only:
//   - its own front matter and body fragments;
//   - other pages' addresses (the city of an agency, a city's guide, the other language's
//     page, the section of the language switch), which change only when pages are added or
//     removed;
//   - a guide's title (cities and industries), the lookups in data/cities.json,
//     industries.json and agencies.json, and the site facts in portal.json's "site" and
//     "as_of" (footer, header), which the build counts as inputs of every page.
//
// A template of these sections that starts to read another page's parameters or content
// (.Pages, .Params of a page found by GetPage, a paginator) must take its section off this
// list, or the build would publish a stale copy of the page.
var ReusableSections = []string{"agencies", "cases", "cities", "enterprises", "industries", "lists"}

// Reusable reports whether the content file rel (slash path inside content/) is a regular
// page of a reusable section.
func Reusable(rel string) bool {
	section, rest, ok := strings.Cut(rel, "/")
	if !ok || !slices.Contains(ReusableSections, section) || !strings.HasSuffix(rest, ".md") {
		return false
	}
	base := path.Base(rest)
	return base != "_index.md" && !strings.HasPrefix(base, "_index.")
}

// The front matter that makes a page of a reusable section rendered when Options.Only is
// set: a JSON member, or a YAML line.
const (
	renderMarkJSON = `"build":{"render":"always"},`
	renderMarkYAML = "build:\n  render: always\n"
)

// reuseCascade is the site configuration's cascade entry that leaves every regular page of
// the reusable sections unrendered unless its own front matter says otherwise: Hugo still
// reads it, lists it in its section and links to it (render "link"), but writes no file.
func reuseCascade() map[string]any {
	paths := make([]string, len(ReusableSections))
	for i, s := range ReusableSections {
		paths[i] = "/" + s + "/**"
	}
	return map[string]any{
		"target": map[string]any{"kind": "page", "path": "{" + strings.Join(paths, ",") + "}"},
		"build":  map[string]any{"render": "link"},
	}
}

// markPages gives each content file named in only the render mark.
func markPages(project string, only map[string]bool) error {
	for rel := range only {
		name := filepath.Join(project, "content", filepath.FromSlash(rel))
		b, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("marking a page to render: %w", err)
		}
		var marked []byte
		switch {
		case bytes.HasPrefix(b, []byte("{")) && !bytes.Contains(b, []byte(`"build"`)):
			marked = append([]byte("{"+renderMarkJSON), b[1:]...)
		case bytes.HasPrefix(b, []byte("---\n")) && !bytes.Contains(b, []byte("\nbuild:")):
			marked = append([]byte("---\n"+renderMarkYAML), b[4:]...)
		default:
			return fmt.Errorf("content/%s: cannot mark the page to render (front matter neither JSON nor YAML, or with build options of its own)", rel)
		}
		// A new file, never the old one rewritten in place (see writeTree).
		if err := os.Remove(name); err != nil {
			return err
		}
		if err := os.WriteFile(name, marked, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// unrenderedFiles lists the files of the regular pages of the reusable sections that were
// left unrendered: each page's index.html at its address, in every language. A page with
// aliases (an enterprise's former addresses) must have been rendered, with its redirects.
func unrenderedFiles(project string, pages page.Pages, only map[string]bool) ([]string, error) {
	cfg, err := hugoConfig(project)
	if err != nil {
		return nil, err
	}
	base := "/"
	if u, err := url.Parse(cfg["baseURL"].(string)); err == nil && u.Path != "" {
		base = u.Path
	}
	var files []string
	for _, p := range pages {
		if !p.IsPage() || p.File() == nil {
			continue
		}
		rel := filepath.ToSlash(p.File().Path())
		rel = strings.TrimPrefix(rel, "/")
		if !Reusable(rel) || only[rel] {
			continue
		}
		if len(p.Aliases()) > 0 {
			return nil, fmt.Errorf("content/%s: a page with aliases was left unrendered", rel)
		}
		link := p.RelPermalink()
		if !strings.HasPrefix(link, base) || !strings.HasSuffix(link, "/") {
			return nil, fmt.Errorf("content/%s: unexpected address %q for a page left unrendered", rel, link)
		}
		files = append(files, strings.TrimPrefix(link, base)+"index.html")
	}
	slices.Sort(files)
	return files, nil
}
