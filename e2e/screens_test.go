package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// screenshotDir is where the screenshots go: $SCREENSHOT_DIR, else e2e/screenshots/.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		dir = "screenshots"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// overflow is the page's horizontal overflow and the outermost elements that stick out of
// the viewport without a scrolling container around them.
type overflow struct {
	ScrollWidth int      `json:"scrollWidth"`
	ClientWidth int      `json:"clientWidth"`
	Offenders   []string `json:"offenders"`
	// Scrollers are the boxes that scroll sideways inside the page (a wide table in its
	// scrolling wrapper): on a phone a reader should not have to.
	Scrollers []string `json:"scrollers"`
}

const overflowJS = `(() => {
	const root = document.documentElement, cw = root.clientWidth;
	const clipped = e => {
		for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			const o = getComputedStyle(p).overflowX;
			if (o !== "visible") return true;
		}
		return false;
	};
	const describe = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
		(typeof e.className === "string" && e.className ? "." + e.className.trim().split(/\s+/).join(".") : "");
	const found = [];
	for (const e of document.body.querySelectorAll("*")) {
		const r = e.getBoundingClientRect();
		if (r.right <= cw + 1 || r.width === 0 || found.some(f => f.contains(e)) || clipped(e)) continue;
		found.push(e);
	}
	// The header's menu scrolls sideways by design (it keeps the header to one line on a
	// phone), and so does the map, whose figures are in the table under it.
	const scrollers = [];
	for (const e of document.body.querySelectorAll("*")) {
		if (e.closest("header, .map-wrap")) continue;
		const o = getComputedStyle(e).overflowX;
		if ((o === "auto" || o === "scroll") && e.scrollWidth > e.clientWidth + 1 && e.getBoundingClientRect().width > 0)
			scrollers.push(describe(e) + " (" + e.scrollWidth + " px in " + e.clientWidth + " px): " + (e.getAttribute("aria-label") || e.textContent.replace(/\s+/g, " ").trim().slice(0, 60)));
	}
	return {
		scrollWidth: root.scrollWidth, clientWidth: cw, scrollers,
		offenders: found.slice(0, 8).map(e => {
			const r = e.getBoundingClientRect();
			let path = describe(e);
			for (let p = e.parentElement; p && p !== document.body && path.split(" > ").length < 4; p = p.parentElement) path = describe(p) + " > " + path;
			return path + " (" + Math.round(r.left) + "…" + Math.round(r.right) + " px): " + (e.textContent || "").replace(/\s+/g, " ").trim().slice(0, 60);
		}),
	};
})()`

// shotHeight is how much of a page a screenshot shows, from the top: the first dozen phone
// screens. Pages are measured whole; capturing them whole (a phone's open-data page is
// 80,000 px tall) took most of the browser tests' time.
const shotHeight = 10000

// pageShot captures the top of the page, at most shotHeight px of it, as JPEG.
func pageShot(width int64, height float64) chromedp.Action[[]byte] {
	return func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		q, yes := int64(85), true
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format: page.CaptureScreenshotFormatJpeg, Quality: &q, FromSurface: &yes, CaptureBeyondViewport: &yes, OptimizeForSpeed: &yes,
			Clip: &page.Viewport{Width: float64(width), Height: min(height, shotHeight), Scale: 1},
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}
}

// TestScreenshots writes screenshots of the key pages at 375 and 1280 px and fails
// when a page is wider than the screen: a 375 px phone or a 1280 px desktop.
func TestScreenshots(t *testing.T) {
	dir := screenshotDir(t)
	for _, p := range keyPageVariants() {
		t.Run(p.name+"-"+p.lang, func(t *testing.T) {
			t.Parallel() // one tab each; at most -parallel (GOMAXPROCS) at once
			tb := openTab(t, 60*time.Second)
			for _, width := range []int64{375, 1280} {
				if width == 375 {
					tb.do("emulating a phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
				} else {
					tb.do("emulating a desktop", chromedp.EmulateViewport(1280, 900))
				}
				tb.openWant(p.path, p.status)
				// Fonts and layout settle before measuring.
				tb.waitUntil("fonts loaded", `document.fonts.status === "loaded"`, 10*time.Second)
				shot, err := chromedp.Run(tb.ctx, pageShot(width, eval[float64](tb, `document.documentElement.scrollHeight`)))
				if err != nil {
					t.Fatalf("screenshot of %s at %d px: %v", p.path, width, err)
				}
				file := filepath.Join(dir, fmt.Sprintf("%s-%s-%d.jpg", p.name, p.lang, width))
				if err := os.WriteFile(file, shot, 0o644); err != nil {
					t.Fatal(err)
				}
				o := eval[overflow](tb, overflowJS)
				if o.ScrollWidth > o.ClientWidth {
					t.Errorf("%s overflows a %d px screen: %d px wide, viewport %d px (see %s); outermost elements sticking out:\n  %s",
						p.path, width, o.ScrollWidth, o.ClientWidth, file, strings.Join(o.Offenders, "\n  "))
				}
				if width == 375 && len(o.Scrollers) > 0 { // a wide table may scroll on a desktop
					t.Errorf("%s at %d px: %d box(es) scroll sideways (see %s):\n  %s", p.path, width, len(o.Scrollers), file, strings.Join(o.Scrollers, "\n  "))
				}
			}
		})
	}
}
