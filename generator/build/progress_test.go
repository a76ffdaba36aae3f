package build

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"cpportal/internal/testkit"
)

// work counts a meter up to total over about d.
func work(m *meter, total int, d time.Duration) {
	m.total.Store(int64(total))
	for range total {
		time.Sleep(d / time.Duration(total))
		m.add(1)
	}
}

func TestProgressLinesWhenNotATerminal(t *testing.T) {
	var out testkit.SyncBuffer
	p := newProgress(&out, false, 30*time.Millisecond)
	m := &meter{unit: "pages rendered"}
	stop := p.track("render", m)
	work(m, 50, 200*time.Millisecond)
	stop()
	fmt.Fprintln(p, "render:   50 pages (0.2s)")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 3 {
		t.Fatalf("want several progress lines and the phase line, got %q", out.String())
	}
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasPrefix(l, "render:   ") || !strings.Contains(l, "/50 pages rendered (") {
			t.Errorf("progress line %q", l)
		}
	}
	if strings.Contains(out.String(), "\r") || strings.Contains(out.String(), "\x1b") {
		t.Errorf("a log that is not a terminal gets control characters: %q", out.String())
	}
	if lines[len(lines)-1] != "render:   50 pages (0.2s)" {
		t.Errorf("the phase line is %q", lines[len(lines)-1])
	}
}

func TestNoProgressLinesForAShortPhase(t *testing.T) {
	var out testkit.SyncBuffer
	p := newProgress(&out, false, 0) // DefaultProgressEvery
	m := &meter{unit: "pages rendered"}
	stop := p.track("render", m)
	work(m, 5, 20*time.Millisecond)
	stop()
	fmt.Fprintln(p, "render:   5 pages (20ms)")
	if out.String() != "render:   5 pages (20ms)\n" {
		t.Errorf("a phase shorter than the interval printed %q", out.String())
	}
}

func TestProgressRedrawnOnATerminal(t *testing.T) {
	var out testkit.SyncBuffer
	p := newProgress(&out, true, time.Hour) // the terminal's own redraw interval applies
	m := &meter{unit: "pages rendered"}
	stop := p.track("render", m)
	work(m, 20, 600*time.Millisecond)
	fmt.Fprintln(p, "warning: something said during the phase")
	time.Sleep(2 * redrawEvery)
	stop()
	fmt.Fprintln(p, "render:   20 pages (0.6s)")
	s := out.String()
	if !strings.Contains(s, clearLine+"render:   ") {
		t.Errorf("no status line drawn in place: %q", s)
	}
	if !strings.Contains(s, clearLine+"warning: something said during the phase\n") {
		t.Errorf("output during the phase does not clear the status line first: %q", s)
	}
	if !strings.HasSuffix(s, clearLine+"render:   20 pages (0.6s)\n") {
		t.Errorf("the status line is not cleared before the phase line: %q", s)
	}
	if strings.Count(s, "\n") != 2 {
		t.Errorf("status lines end in line breaks: %q", s)
	}
}

func TestProgressLine(t *testing.T) {
	m := &meter{unit: "pages rendered", more: func() string { return "480 indexed" }}
	m.total.Store(100)
	m.add(25)
	if got, want := m.line("render", 10*time.Second), "render:   25/100 pages rendered (25%), 480 indexed, 10s, about 30s left"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	m.add(100) // an estimated total that turned out low never shows above 100%
	if got := m.line("render", 12*time.Second); !strings.Contains(got, "125/125 pages rendered (100%)") || strings.Contains(got, "left") {
		t.Errorf("line = %q", got)
	}
	r := &meter{unit: "pages indexed", read: func() (int64, int64) { return 3, 4 }}
	if got := r.line("index", time.Second); !strings.HasPrefix(got, "index:    3/4 pages indexed (75%), 1s") {
		t.Errorf("line = %q", got)
	}
}
