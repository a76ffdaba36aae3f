package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chartText is what a page's chart labels measure as rendered.
type chartText struct {
	Count int      `json:"count"` // labels measured
	Small []string `json:"small"` // labels under the minimum, with their size
}

// chartTextJS measures every visible text of the page's SVG charts and maps: its font size
// in the SVG's own units times the scale the SVG is drawn at (its screen matrix), which is
// the size a reader sees. Labels in viewBox units shrink with the chart on a narrow screen.
const chartTextJS = `(() => {
	const out = {count: 0, small: []};
	for (const t of document.querySelectorAll("main svg text")) {
		const r = t.getBoundingClientRect();
		if (r.width === 0 || r.height === 0 || !t.textContent.trim()) continue;
		const m = t.getScreenCTM();
		const scale = Math.sqrt(m.a * m.a + m.b * m.b);
		const px = parseFloat(getComputedStyle(t).fontSize) * scale;
		out.count++;
		if (px < 11 - 0.01) {
			const svg = t.closest("svg");
			out.small.push((svg.id || svg.getAttribute("aria-labelledby") || svg.getAttribute("class")) + ": " +
				JSON.stringify(t.textContent.trim().slice(0, 30)) + " at " + px.toFixed(1) + " px");
		}
	}
	return out;
})()`

// TestChartLabelsLegibleOnPhone: on a 375 px phone every label of the charts of a dossier, a
// city page and the province page is drawn at 11 px or more.
func TestChartLabelsLegibleOnPhone(t *testing.T) {
	for _, path := range []string{
		"/enterprises/" + overdueEnterprise + "/", "/en/enterprises/" + overdueEnterprise + "/",
		"/cities/440600/", "/en/cities/440600/",
		"/province/", "/en/province/",
	} {
		t.Run(strings.Trim(strings.ReplaceAll(path, "/", "-"), "-"), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, 60*time.Second)
			tb.do("emulating a phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
			tb.open(path)
			tb.waitUntil("fonts loaded", `document.fonts.status === "loaded"`, 10*time.Second)
			got := eval[chartText](tb, chartTextJS)
			if got.Count < 10 {
				t.Fatalf("%s: only %d chart labels measured; the page should have charts", path, got.Count)
			}
			if len(got.Small) > 0 {
				t.Errorf("%s: %d of %d chart labels are smaller than 11 px at 375 px:\n  %s", path, len(got.Small), got.Count,
					strings.Join(got.Small[:min(len(got.Small), 12)], "\n  "))
			}
		})
	}
}
