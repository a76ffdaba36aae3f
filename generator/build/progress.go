package build

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"cpportal/search/index"
)

// Progress within a long phase. A nation-size build spends minutes in generate, render and
// index; one line per phase says nothing in between. On a terminal the phase's progress is a
// status line redrawn in place (what is done of the total, elapsed time, time left) and
// cleared before the phase's own line, so the output left on the screen is the same as
// without it. Elsewhere (CI, a log file) a progress line is printed at most every
// ProgressEvery, and only for a phase that lasts that long: short builds print exactly their
// phase lines.

// DefaultProgressEvery is the interval between progress lines when the log is not a terminal.
const DefaultProgressEvery = 10 * time.Second

// redrawEvery is how often the status line of a terminal is redrawn.
const redrawEvery = 250 * time.Millisecond

// clearLine returns a terminal's cursor to the start of the line and erases the line.
const clearLine = "\r\x1b[K"

// progress is the build's log with a status line. Every write to the log goes through it,
// so that on a terminal the status line is cleared before other output and redrawn after.
type progress struct {
	out      io.Writer
	terminal bool
	every    time.Duration

	mu     sync.Mutex
	status string // the status line on screen (terminal), "" when none
}

func newProgress(out io.Writer, terminal bool, every time.Duration) *progress {
	if every <= 0 {
		every = DefaultProgressEvery
	}
	return &progress{out: out, terminal: terminal, every: every}
}

// Write passes p to the log, clearing the status line first on a terminal.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	return p.out.Write(b)
}

// clear erases the status line; p.mu is held.
func (p *progress) clear() {
	if p.status != "" {
		io.WriteString(p.out, clearLine)
		p.status = ""
	}
}

// meter counts the work of one phase: done of total, each a count of one unit ("pages
// rendered"). Counting is safe from any goroutine. Total may be an estimate; done never
// shows above it.
type meter struct {
	unit  string
	total atomic.Int64
	done  atomic.Int64
	// more, when set, adds to the line what else is going on ("480 indexed").
	more func() string
	// read, when set, reads done and total from the work itself instead.
	read func() (done, total int64)
}

func (m *meter) add(n int) { m.done.Add(int64(n)) }

// line is the progress of name after elapsed: "render:   512/1034 pages rendered (49%),
// 2.1s, about 2.2s left".
func (m *meter) line(name string, elapsed time.Duration) string {
	done, total := m.done.Load(), m.total.Load()
	if m.read != nil {
		done, total = m.read()
	}
	total = max(total, done)
	var b strings.Builder
	fmt.Fprintf(&b, "%-9s ", name+":")
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d %s (%d%%)", done, total, m.unit, done*100/total)
	} else {
		fmt.Fprintf(&b, "%d %s", done, m.unit)
	}
	if m.more != nil {
		if s := m.more(); s != "" {
			b.WriteString(", " + s)
		}
	}
	fmt.Fprintf(&b, ", %s", elapsed.Round(time.Second/10))
	if done > 0 && total > done {
		left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		fmt.Fprintf(&b, ", about %s left", left.Round(time.Second))
	}
	return b.String()
}

// track shows m's progress under the phase's name until the returned stop is called; stop
// waits until nothing more is drawn and clears the status line.
func (p *progress) track(name string, m *meter) (stop func()) {
	start := time.Now()
	interval := p.every
	if p.terminal {
		interval = redrawEvery
	}
	quit, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				p.show(m.line(name, time.Since(start)))
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
		p.mu.Lock()
		p.clear()
		p.mu.Unlock()
	}
}

// show draws the status line in place on a terminal, or prints it as a line of the log.
func (p *progress) show(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.terminal {
		fmt.Fprintln(p.out, line)
		return
	}
	io.WriteString(p.out, clearLine+line)
	p.status = line
}

// indexMeter follows what is left of the indexing once the render is done: the pages still
// being parsed and written, then the merge of the index.
func indexMeter(w *index.Writer) *meter {
	m := &meter{unit: "pages indexed", read: func() (int64, int64) { return w.Progress() }}
	m.more = func() string {
		if written, added := w.Progress(); written >= added {
			return "merging the index"
		}
		return ""
	}
	return m
}
