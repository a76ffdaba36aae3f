package validate

import "testing"

func TestIsHTTPURL(t *testing.T) {
	good := []string{
		"https://example.org/notice/2009-1.html",
		"http://www.gdep.gov.cn/hbxx/200902/t20090210_12345.html",
		"HTTPS://example.org",
		"https://example.org/通知.html?id=1#附件",
	}
	bad := []string{
		"", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
		"/notice/2009-1.html", "notice.html", "//example.org/x", "ftp://example.org/x",
		"https://example.org/a b", "https://example.org/\x00", "https://example.org/\n", "http://user:pw@example.org/",
		"https:example.org", "https://",
	}
	for _, s := range good {
		if !isHTTPURL(s) {
			t.Errorf("isHTTPURL(%q) = false", s)
		}
	}
	for _, s := range bad {
		if isHTTPURL(s) {
			t.Errorf("isHTTPURL(%q) = true", s)
		}
	}
}

func TestIsEmail(t *testing.T) {
	good := []string{"cp-audit@example.org", "a.b+c@sub.example.gov.cn"}
	bad := []string{"", "cp-audit", "cp-audit@", "@example.org", "cp-audit@localhost", "Audit <cp@example.org>",
		"cp audit@example.org", "cp@example.org\n", "cp@@example.org", "cp@example.org.", "cp@.example.org"}
	for _, s := range good {
		if !isEmail(s) {
			t.Errorf("isEmail(%q) = false", s)
		}
	}
	for _, s := range bad {
		if isEmail(s) {
			t.Errorf("isEmail(%q) = true", s)
		}
	}
}
