package e2e

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// standingLayout is where the dossier's current standing sits against the history.
type standingLayout struct {
	Standing float64  `json:"standing"` // top of the standing section, px from the page's top
	History  float64  `json:"history"`  // top of the first audit round
	Profile  float64  `json:"profile"`  // top of the profile section
	Lines    []string `json:"lines"`    // the standing's lines
	Targets  []string `json:"targets"`  // in-page links of the standing whose target is missing
}

const standingJS = `(() => {
	const top = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().top + scrollY : -1; };
	const st = document.querySelector("section.standing");
	const targets = [];
	for (const a of (st ? st.querySelectorAll('a[href^="#"]') : [])) {
		if (!document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)))) targets.push(a.getAttribute("href"));
	}
	return {
		standing: top("section.standing"), history: top("article.listing"), profile: top('section[aria-labelledby="profile"]'),
		lines: st ? [...st.querySelectorAll(".standing-list > li")].map(li => li.textContent.replace(/\s+/g, " ").trim()) : [],
		targets,
	};
})()`

// TestDossierOpensWithItsStanding: on a desktop and on a 375 px phone the enterprise page
// answers "overdue or over its limits now?" before its history, and every line of the answer
// links to a detail that exists on the page.
func TestDossierOpensWithItsStanding(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	for _, width := range []int64{1280, 375} {
		if width == 375 {
			tb.do("emulating a phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
		} else {
			tb.do("emulating a desktop", chromedp.EmulateViewport(1280, 900))
		}
		tb.open("/enterprises/" + overdueEnterprise + "/")
		l := eval[standingLayout](tb, standingJS)
		if l.Standing < 0 || l.History < 0 {
			t.Fatalf("%d px: standing at %v, history at %v", width, l.Standing, l.History)
		}
		if l.Standing >= l.History || l.Standing >= l.Profile {
			t.Errorf("%d px: the standing (%v px) is not above the history (%v px) and the profile (%v px)", width, l.Standing, l.History, l.Profile)
		}
		// the first screen shows the standing's heading
		if l.Standing > 812 {
			t.Errorf("%d px: the standing starts %v px down, below the first screen", width, l.Standing)
		}
		requireLines(t, width, l.Lines, "当前审核轮次： 2019-1", "2 个步骤已逾期", "2025 年超标：1 项")
		if len(l.Targets) > 0 {
			t.Errorf("%d px: links of the standing without a target: %v", width, l.Targets)
		}
		tb.requireVisible("the standing", "section.standing")
		// an enterprise whose rectification order is past its deadline and not rectified
		tb.open("/enterprises/" + rectificationOverdueEnterprise + "/")
		requireLines(t, width, eval[standingLayout](tb, standingJS).Lines, "1 项责令限期改正尚未完成", "逾期未整改")
		if width == 375 { // the header and search box take at most a quarter of the first screen
			if h := eval[float64](tb, `document.querySelector(".site-header").getBoundingClientRect().height`); h > 812/4 {
				t.Errorf("at 375 px the header is %v px high, more than a quarter of the 812 px screen", h)
			}
		}
	}
}

// requireLines fails for each wanted text that no line of the standing holds.
func requireLines(t *testing.T, width int64, lines []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.ContainsFunc(lines, func(line string) bool { return strings.Contains(line, w) }) {
			t.Errorf("%d px: the standing lacks %q; it reads %q", width, w, lines)
		}
	}
}
