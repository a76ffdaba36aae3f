package validate

import (
	"net/mail"
	"net/url"
	"strings"
	"unicode"

	"cpportal/domain"
)

// site checks data/site.yaml: the contact e-mail and where the site is published.
func (v *checker) site() {
	s := &v.ds.Site
	if s.Email != "" && !isEmail(s.Email) {
		v.ps.AddHint(s.Src, "email", "write a bare address such as cp-audit@example.org", "%q is not an e-mail address", s.Email)
	}
	// Feeds, sitemaps and the links in downloads need the site's absolute address; a path
	// alone would make them point nowhere. Leave base_url out to build with a placeholder.
	if s.BaseURL != "" && !isHTTPURL(s.BaseURL) {
		v.ps.AddHint(s.Src, "base_url", "e.g. https://cp.example.gov.cn/, or leave base_url out", "%q is not an absolute http(s) URL", s.BaseURL)
	}
}

// isEmail accepts a bare address local@domain with a dotted domain, as mail clients need it
// for a mailto: link.
func isEmail(s string) bool {
	if hasControlOrSpace(s) {
		return false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	_, domainPart, _ := strings.Cut(s, "@")
	return strings.Contains(domainPart, ".") && !strings.HasPrefix(domainPart, ".") && !strings.HasSuffix(domainPart, ".")
}

// sourceURL checks an optional link to the record's source.
func (v *checker) sourceURL(src domain.Source, s string) {
	if s == "" || s == v.lastGoodURL {
		return // rows of one report share its link, in runs of many
	}
	if !isHTTPURL(s) {
		v.ps.AddHint(src, "source_url", "source links are absolute http:// or https:// URLs", "%q is not an http(s) URL", s)
		return
	}
	v.lastGoodURL = s
}

// isHTTPURL accepts absolute http and https URLs with a host, and nothing a browser could run
// (javascript:, data:), nothing relative, no credentials, no control characters or spaces.
func isHTTPURL(s string) bool {
	if hasControlOrSpace(s) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.User != nil || u.Hostname() == "" {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https"
}

func hasControlOrSpace(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) })
}
