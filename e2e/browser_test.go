package e2e

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser is one headless Chromium shared by the tests; each test opens its own tabs in it.
var browser struct {
	once    sync.Once
	err     error
	ctx     context.Context
	cancel  func()
	userDir string
}

// chromiumPath finds the browser: $CHROMIUM, else chromium on the PATH.
func chromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHROMIUM=%s: %w", p, err)
		}
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium on the PATH and CHROMIUM is not set")
}

func startBrowser() error {
	path, err := chromiumPath()
	if err != nil {
		return err
	}
	browser.userDir, err = os.MkdirTemp("", "cpportal-e2e-profile-")
	if err != nil {
		return err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(browser.userDir),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	browser.cancel = func() { cancelCtx(); cancelAlloc() }
	// The first run starts the browser and binds its life to ctx, which has no deadline.
	if err := chromedp.Do(ctx); err != nil {
		browser.cancel()
		return fmt.Errorf("starting %s: %w", path, err)
	}
	browser.ctx = ctx
	return nil
}

func closeBrowser() {
	if browser.cancel != nil {
		browser.cancel()
	}
	if browser.userDir != "" {
		os.RemoveAll(browser.userDir)
	}
}

// tab is a browser tab that records, for the whole test, every request to another host,
// every console error or uncaught exception and every failed request, and reports them when
// the test ends.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	urls     map[network.RequestID]string
	problems []string
	seen     map[string]bool
	// expected is the address of a page opened for its error status (the 404 page), whose
	// status is then no problem.
	expected string
}

// openTab opens a tab whose actions must all finish within limit. It fails the test (in CI)
// or skips it (elsewhere) when there is no browser.
func openTab(t *testing.T, limit time.Duration) *tab {
	t.Helper()
	browser.once.Do(func() { browser.err = startBrowser() })
	need(t, "Chromium", browser.err)

	ctx, cancel := chromedp.NewContext(browser.ctx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	tb := &tab{t: t, urls: map[network.RequestID]string{}, seen: map[string]bool{}}
	if err := chromedp.Listen(ctx, tb.observe); err != nil {
		cancel()
		t.Fatalf("listening to the tab: %v", err)
	}
	limited, cancelLimit := context.WithTimeout(ctx, limit)
	tb.ctx = limited
	t.Cleanup(func() {
		cancelLimit()
		cancel()
		tb.mu.Lock()
		defer tb.mu.Unlock()
		if len(tb.problems) > 0 {
			t.Errorf("the browser saw %d problem(s):\n  %s", len(tb.problems), strings.Join(tb.problems, "\n  "))
		}
	})
	return tb
}

// observe runs in the tab's message loop: it must return fast and run no command.
func (tb *tab) observe(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.urls[ev.RequestID] = ev.Request.URL
		if u, err := url.Parse(ev.Request.URL); err != nil {
			tb.report("unparsable request URL %q", ev.Request.URL)
		} else if !sameServer(u) {
			tb.report("request to another host: %s (from %s)", ev.Request.URL, ev.DocumentURL)
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 && ev.Response.URL != tb.expected {
			tb.report("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
		}
	case *network.EventLoadingFailed:
		if !ev.Canceled {
			tb.report("request failed: %s: %s %s", tb.urls[ev.RequestID], ev.ErrorText, ev.BlockedReason)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			tb.report("console.%s: %s", ev.Type, consoleArgs(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		tb.report("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, text)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError && (ev.Entry.URL != tb.expected || tb.expected == "") {
			tb.report("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
		}
	}
}

// report records a problem once; the caller holds tb.mu.
func (tb *tab) report(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if !tb.seen[msg] {
		tb.seen[msg] = true
		tb.problems = append(tb.problems, msg)
	}
}

// sameServer reports whether a request goes to the portal's server. data: and blob: URLs
// stay in the page; every other scheme (http, https, ws, ftp…) must name the server.
func sameServer(u *url.URL) bool {
	switch u.Scheme {
	case "data", "blob", "about":
		return true
	}
	return (u.Scheme == "http" || u.Scheme == "ws") && u.Host == site.host
}

func consoleArgs(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

// do runs actions in the tab and fails the test on error.
func (tb *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// open navigates to a path of the site and requires a 200 answer.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.openWant(path, 200)
}

// openWant navigates to path on the portal and fails unless it answers with status (0: 200).
func (tb *tab) openWant(path string, status int64) {
	tb.t.Helper()
	if status == 0 {
		status = 200
	}
	tb.mu.Lock()
	tb.expected = ""
	if status != 200 {
		tb.expected = site.base + path
	}
	tb.mu.Unlock()
	res, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(site.base+path))
	if err != nil {
		tb.t.Fatalf("opening %s: %v", path, err)
	}
	if res.Status != status {
		tb.t.Fatalf("opening %s: HTTP %d, want %d", path, res.Status, status)
	}
}

// follow runs an action that navigates (a click, a key press) and waits for the new page,
// which must answer 200.
func (tb *tab) follow(what string, trigger chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	res, err := chromedp.RunResponse(tb.ctx, trigger)
	if err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
	if res == nil || res.Status != 200 {
		tb.t.Fatalf("%s: the new page did not answer 200: %+v", what, res)
	}
}

// path is the current page's path and query, e.g. /search?q=x.
func (tb *tab) path() string {
	tb.t.Helper()
	loc, err := chromedp.Run(tb.ctx, chromedp.Location())
	if err != nil {
		tb.t.Fatalf("reading the location: %v", err)
	}
	return strings.TrimPrefix(loc, site.base)
}

// eval evaluates a JavaScript expression through the DevTools protocol (which the page's
// Content-Security-Policy does not govern) and decodes its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", abbreviate(expr), err)
	}
	return v
}

// waitUntil polls a boolean expression until it is true, from Go, so that it works with the
// page's scripts turned off too.
func (tb *tab) waitUntil(what, expr string, limit time.Duration) {
	tb.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waited %s for %s (%s): %v", limit, what, abbreviate(expr), err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// press sends keys to the focused element, as a keyboard would.
func (tb *tab) press(keys string) {
	tb.t.Helper()
	tb.do("pressing "+keys, chromedp.KeyEvent(keys))
}

// enterKey presses Enter as a keyboard does: one keydown carrying the text "\r", whose
// keypress (and so a form's implicit submission) the browser suppresses when the page cancels
// the keydown, then a keyup. (chromedp's KeyEvent sends the keypress as a separate event that
// arrives even when the page cancelled the keydown, which no real keyboard does.)
func enterKey() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		down := input.DispatchKeyEventParams{
			Type: input.DispatchKeyEventTypeKeyDown, Key: "Enter", Code: "Enter",
			WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13, Text: "\r", UnmodifiedText: "\r",
		}
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, down); err != nil {
			return err
		}
		up := down
		up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, up)
		return err
	})
}

// typeText inserts text into the focused element as an input method commits it; Chinese is
// typed that way.
func (tb *tab) typeText(text string) {
	tb.t.Helper()
	tb.do("typing "+text, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
}

// disableScripts turns the page's JavaScript off for the rest of the tab's life.
func (tb *tab) disableScripts() {
	tb.t.Helper()
	tb.do("turning JavaScript off", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
}

func abbreviate(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
