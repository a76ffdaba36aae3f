package e2e

import "net/url"

// keyPage is one of the pages checked for accessibility and looks, in Chinese and English.
type keyPage struct {
	name string // file-name friendly, e.g. enterprise
	zh   string // path of the Chinese page
	en   string // path of the English page; "" when the page exists in Chinese only
	// status is the HTTP status the page answers with when it is not 200 (the 404 page).
	status int64
}

// sampleCase is a case study of the bundled sample.
const sampleCase = "dyeing-reclaimed-water-reuse-dongguan-1"

// keyPages are the pages readers land on most: the home page, a batch, an enterprise, a
// city, an industry, the province summary, the directory, the policy, a case, search
// results, the library, the open-data page and the page for an address that does not exist.
var keyPages = []keyPage{
	{"home", "/", "/en/", 0},
	{"batch", "/lists/2026-1/", "/en/lists/2026-1/", 0},
	{"enterprise", "/enterprises/" + overdueEnterprise + "/", "/en/enterprises/" + overdueEnterprise + "/", 0},
	{"city", "/cities/440600/", "/en/cities/440600/", 0},
	{"industry", "/industries/1713/", "/en/industries/1713/", 0},
	{"province", "/province/", "/en/province/", 0},
	{"directory", "/enterprises/", "/en/enterprises/", 0},
	{"policy", "/policy/", "/en/policy/", 0},
	{"case", "/cases/" + sampleCase + "/", "/en/cases/" + sampleCase + "/", 0},
	{"search", "/search?q=" + url.QueryEscape("印染"), "/en/search?q=" + url.QueryEscape("印染"), 0},
	{"library", "/cases/", "/en/cases/", 0},
	{"data", "/data/", "/en/data/", 0},
	{"notfound", "/no-such-page/", "/en/no-such-page/", 404},
}

// pageVariant is one language version of a key page.
type pageVariant struct {
	name, lang, path string
	status           int64 // 0 for 200
}

func keyPageVariants() []pageVariant {
	var out []pageVariant
	for _, p := range keyPages {
		out = append(out, pageVariant{p.name, "zh", p.zh, p.status})
		if p.en != "" {
			out = append(out, pageVariant{p.name, "en", p.en, p.status})
		}
	}
	return out
}
