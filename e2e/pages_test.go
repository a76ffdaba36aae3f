package e2e

import "net/url"

// keyPage is one of the pages checked for accessibility and looks, in Chinese and English.
type keyPage struct {
	name string // file-name friendly, e.g. enterprise
	zh   string // path of the Chinese page
	en   string // path of the English page; "" when the page exists in Chinese only
}

// sampleCase is a case study of the bundled sample.
const sampleCase = "dyeing-reclaimed-water-reuse-dongguan-1"

// keyPages are the pages readers land on most: the home page, a batch, an enterprise, a
// case, search results and the open-data page.
var keyPages = []keyPage{
	{"home", "/", "/en/"},
	{"batch", "/lists/2026-1/", "/en/lists/2026-1/"},
	{"enterprise", "/enterprises/" + overdueEnterprise + "/", "/en/enterprises/" + overdueEnterprise + "/"},
	{"city", "/cities/440600/", "/en/cities/440600/"},
	{"directory", "/enterprises/", "/en/enterprises/"},
	{"policy", "/policy/", "/en/policy/"},
	{"case", "/cases/" + sampleCase + "/", "/en/cases/" + sampleCase + "/"},
	{"search", "/search?q=" + url.QueryEscape("印染"), "/en/search?q=" + url.QueryEscape("印染")},
	{"library", "/cases/", "/en/cases/"},
	{"data", "/data/", "/en/data/"},
}

// pageVariant is one language version of a key page.
type pageVariant struct {
	name, lang, path string
}

func keyPageVariants() []pageVariant {
	var out []pageVariant
	for _, p := range keyPages {
		out = append(out, pageVariant{p.name, "zh", p.zh})
		if p.en != "" {
			out = append(out, pageVariant{p.name, "en", p.en})
		}
	}
	return out
}
