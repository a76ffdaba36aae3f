package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLanguageSwitch: on every key page that has an English version, the language switch
// leads to the same page in English and back to the same page in Chinese, and each page
// declares its language.
func TestLanguageSwitch(t *testing.T) {
	for _, p := range keyPages {
		if p.en == "" || p.status != 0 { // the 404 page's switch leads to the home page
			continue
		}
		t.Run(p.name, func(t *testing.T) {
			tb := openTab(t, 60*time.Second)
			tb.open(p.zh)
			if got := eval[string](tb, `document.documentElement.lang`); got != "zh-CN" {
				t.Errorf("%s: <html lang=%q>, want zh-CN", p.zh, got)
			}
			h1 := eval[string](tb, `document.querySelector("h1").textContent.trim()`)

			tb.follow("switching to English", chromedp.Click(chromedp.CSS(`.lang-switch a[hreflang="en"]`)))
			if got := tb.path(); got != p.en {
				t.Errorf("the switch on %s led to %s, want %s", p.zh, got, p.en)
			}
			if got := eval[string](tb, `document.documentElement.lang`); got != "en" {
				t.Errorf("%s: <html lang=%q>, want en", p.en, got)
			}
			// A dossier in English is the same record: its credit code is on it.
			if p.name == "enterprise" && !eval[bool](tb, `document.querySelector("main").textContent.includes(`+jsString(overdueEnterprise)+`)`) {
				t.Errorf("%s does not show the record %s", p.en, overdueEnterprise)
			}

			tb.follow("switching back to Chinese", chromedp.Click(chromedp.CSS(`.lang-switch a[hreflang="zh-CN"]`)))
			if got := tb.path(); got != p.zh {
				t.Errorf("the switch on %s led back to %s, want %s", p.en, got, p.zh)
			}
			if got := eval[string](tb, `document.documentElement.lang`); got != "zh-CN" {
				t.Errorf("back on %s: <html lang=%q>, want zh-CN", p.zh, got)
			}
			if got := eval[string](tb, `document.querySelector("h1").textContent.trim()`); got != h1 {
				t.Errorf("back on %s the h1 is %q, it was %q", p.zh, got, h1)
			}
		})
	}
}
