package e2e

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axe is the source of axe.min.js, read once.
var axe struct {
	once   sync.Once
	source string
	err    error
}

func axeSource(t *testing.T) string {
	t.Helper()
	axe.once.Do(func() {
		path := os.Getenv("AXE_JS")
		if path == "" {
			path = filepath.Join("node_modules", "axe-core", "axe.min.js")
		}
		data, err := os.ReadFile(path)
		switch {
		case err != nil:
			axe.err = fmt.Errorf("%v (run `npm ci` in e2e/)", err)
		case !strings.Contains(string(data), "axe"):
			axe.err = errors.New(path + " is not axe-core")
		default:
			axe.source = string(data)
		}
	})
	need(t, "axe-core", axe.err)
	return axe.source
}

type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Count   int    `json:"count"`
	Nodes   []struct {
		Target  string `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// runAxe injects axe-core through the DevTools protocol (the page's Content-Security-Policy
// forbids inline scripts, and Runtime.evaluate is not subject to it) and returns every
// violation on the page.
func runAxe(tb *tab, source string) []axeViolation {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](source)); err != nil {
		tb.t.Fatalf("injecting axe-core: %v", err)
	}
	return eval[[]axeViolation](tb, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help, helpUrl: v.helpUrl, count: v.nodes.length,
		nodes: v.nodes.slice(0, 5).map(n => ({
			target: n.target.join(" "),
			html: n.html.length > 240 ? n.html.slice(0, 240) + "…" : n.html,
			summary: n.failureSummary || "",
		})),
	})))`)
}

// TestAccessibility runs axe-core on the key pages in both languages: no serious or critical
// violation is allowed. Lesser findings are logged.
func TestAccessibility(t *testing.T) {
	for _, p := range keyPageVariants() {
		t.Run(p.name+"-"+p.lang, func(t *testing.T) {
			t.Parallel() // one tab each; at most -parallel (GOMAXPROCS) at once
			source := axeSource(t)
			tb := openTab(t, 60*time.Second)
			tb.openWant(p.path, p.status)
			var serious, minor []string
			for _, v := range runAxe(tb, source) {
				line := fmt.Sprintf("[%s] %s: %s (%d element(s)) %s", v.Impact, v.ID, v.Help, v.Count, v.HelpURL)
				if v.Impact != "serious" && v.Impact != "critical" {
					minor = append(minor, line)
					continue
				}
				var b strings.Builder
				b.WriteString(line)
				for _, n := range v.Nodes {
					fmt.Fprintf(&b, "\n      at %s\n        %s\n        %s", n.Target, n.HTML,
						strings.ReplaceAll(n.Summary, "\n", "\n        "))
				}
				serious = append(serious, b.String())
			}
			if len(minor) > 0 {
				t.Logf("%s: %d moderate or minor finding(s):\n  %s", p.path, len(minor), strings.Join(minor, "\n  "))
			}
			if len(serious) > 0 {
				t.Errorf("%s: %d serious or critical accessibility violation(s):\n  %s", p.path, len(serious), strings.Join(serious, "\n  "))
			}
		})
	}
}
