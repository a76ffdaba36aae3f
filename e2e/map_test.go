package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestMapLinksEveryCity: the home page's map shows one tile per city, each a link to the
// city's page in the page's language; choosing another share shows that share's map; a tile
// followed opens the city.
func TestMapLinksEveryCity(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	for _, lang := range []struct{ home, prefix string }{{"/", "/cities/"}, {"/en/", "/en/cities/"}} {
		tb.open(lang.home)
		hrefs := eval[[]string](tb, `[...document.querySelectorAll(".map-fig")].filter(f => f.getClientRects().length > 0)
			.flatMap(f => [...f.querySelectorAll("svg.cartogram a")].map(a => a.getAttribute("href")))`)
		if len(hrefs) != 21 {
			t.Fatalf("%s: the visible map has %d city links, want 21", lang.home, len(hrefs))
		}
		seen := map[string]bool{}
		for _, h := range hrefs {
			if !strings.HasPrefix(h, lang.prefix) || seen[h] {
				t.Errorf("%s: map link %q (duplicate: %v)", lang.home, h, seen[h])
			}
			seen[h] = true
		}
	}
	tb.open("/")
	tb.do("choosing the exceedance map", chromedp.Click(chromedp.CSS(`a[href="#map-exceeding"]`)))
	if !eval[bool](tb, `document.getElementById("map-exceeding").getClientRects().length > 0 && document.getElementById("map-overdue").getClientRects().length === 0`) {
		t.Error("choosing the exceedance share does not show its map alone")
	}
	tb.follow("following 广州市 on the map", chromedp.Click(chromedp.CSS(`#map-exceeding a[href="/cities/440100/"] rect`)))
	if got := tb.path(); got != "/cities/440100/" {
		t.Errorf("the tile led to %s", got)
	}
}
