package render

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// portalSite is the part of data/portal.json (written by package generate) that the Hugo
// configuration needs.
type portalSite struct {
	Site struct {
		Title   string `json:"title"`
		TitleEN string `json:"title_en"`
		BaseURL string `json:"base_url"`
	} `json:"site"`
}

// OtherLanguages are the languages the site is rendered in besides Chinese, the default at the
// root: English under /en/. Package generate renders the page bodies it writes in each.
var OtherLanguages = []string{"en"}

// pagerSize is the number of enterprises on one page of the paged enterprise index.
const pagerSize = 100

// rssLimit bounds every RSS or Atom feed; unbounded feeds multiply the build time of a large site.
const rssLimit = 50

// hugoConfig returns the site configuration for the project in dir.
func hugoConfig(dir string) (map[string]any, error) {
	var p portalSite
	b, err := os.ReadFile(filepath.Join(dir, "data", "portal.json"))
	if err != nil {
		return nil, fmt.Errorf("reading the generated site facts: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("data/portal.json: %w", err)
	}
	title := cmp.Or(p.Site.Title, "清洁生产审核信息公开平台")
	return map[string]any{
		"baseURL":                cmp.Or(p.Site.BaseURL, "/"),
		"title":                  title,
		"theme":                  "portal",
		"defaultContentLanguage": "zh",
		// Chinese at the root, English under /en/. Record values are published in Chinese only,
		// so one content file makes a page in both languages: the cascade gives every page
		// written in the default language to all languages. A translation (about.en.md) is
		// its language's own and wins over the Chinese file in that language.
		"defaultContentLanguageInSubdir": false,
		"disableDefaultLanguageRedirect": true, // no /zh/ copy of the home page
		"languages": map[string]any{
			"zh": map[string]any{"locale": "zh-CN", "label": "中文", "title": title, "weight": 1},
			"en": map[string]any{"locale": "en", "label": "English", "title": cmp.Or(p.Site.TitleEN, title), "weight": 2},
		},
		"cascade": []any{map[string]any{
			"target": map[string]any{"sites": map[string]any{"matrix": map[string]any{"languages": []string{"zh"}}}},
			"sites":  map[string]any{"matrix": map[string]any{"languages": []string{"**"}}},
		}},
		"hasCJKLanguage":     true,
		"disablePathToLower": true, // credit codes keep their capitals in URLs
		"enableRobotsTXT":    true,
		"enableGitInfo":      false,
		"printI18nWarnings":  true, // a missing interface string is a theme bug: say so
		"printPathWarnings":  true, // two pages writing one path is a data or theme bug
		"buildFuture":        true, // what is published does not depend on the day of the build
		"buildExpired":       true,
		"disableKinds":       []string{"taxonomy", "term", "rss"},
		"outputs": map[string]any{
			"home": []string{"html"}, "section": []string{"html"}, "page": []string{"html"},
		},
		"frontmatter": map[string]any{
			"date": []string{"date"}, "lastmod": []string{"lastmod", "date"},
			"publishDate": []string{"publishDate", "date"}, "expiryDate": []string{"expiryDate"},
		},
		"pagination": map[string]any{"pagerSize": pagerSize},
		"services":   map[string]any{"rss": map[string]any{"limit": rssLimit}},
		"sitemap":    map[string]any{"changeFreq": "", "priority": -1, "filename": "sitemap.xml"},
		"module":     map[string]any{"proxy": "off"},
		"security": map[string]any{
			"enableInlineShortcodes": false,
			"exec":                   map[string]any{"allow": []string{"none"}, "osEnv": []string{"none"}},
			"http":                   map[string]any{"urls": []string{"none"}, "methods": []string{"none"}},
			"funcs":                  map[string]any{"getenv": []string{"none"}},
		},
		"markup": map[string]any{
			"goldmark": map[string]any{
				"renderer":   map[string]any{"unsafe": false},
				"extensions": map[string]any{"cjk": map[string]any{"enable": true, "eastAsianLineBreaks": true}},
			},
		},
		"params": map[string]any{"titleEN": p.Site.TitleEN},
	}, nil
}

// writeConfig writes the configuration as hugo.json into dir; onlyMarked adds the cascade
// that leaves unmarked pages of the reusable sections unrendered.
func writeConfig(dir string, onlyMarked bool) error {
	cfg, err := hugoConfig(dir)
	if err != nil {
		return err
	}
	if onlyMarked {
		cfg["cascade"] = append(cfg["cascade"].([]any), reuseCascade())
	}
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "hugo.json"), b, 0o644)
}
