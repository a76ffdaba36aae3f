// Package testkit holds the helpers that tests across the tree share and that are not test
// data (that is internal/fixture): a free loopback address, a loopback listener, a buffer that
// concurrent writers can share, and the hostile strings every output must survive.
//
// In: nothing. Out: small functions and constants; nothing here is linked into the program.
package testkit

import (
	"net"
	"strings"
	"sync"
	"testing"
)

// Hostile strings: what an attacker or a careless import could put into a text field. Each
// output's tests use the part that its format must neutralise.
const (
	// HostileMarkup is a script tag, an event handler in a broken-out attribute, both quotes,
	// an entity and the end of a CDATA section.
	HostileMarkup = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>]]>&amp;`
	// HostileBytes must not reach any output: NUL and other control characters, a
	// bidirectional override and invalid UTF-8.
	HostileBytes = "\x00\x01\x1b\u202e\xff\xfe"
	// HostileCSV is what a spreadsheet would run or split: a formula, a comma, a quote and a
	// line break.
	HostileCSV = "=HYPERLINK(\"http://evil.example/\",\"点我\"),\"\n"
	// Hostile is all of them in one value.
	Hostile = HostileCSV + HostileMarkup + HostileBytes
)

// FreeAddr returns a loopback address ("127.0.0.1:port") that is free now, for a server a test
// starts in another process. Another process could take it first; tests that start the server
// themselves use Listen instead.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// Listen returns a listener on a free loopback port, closed when the test ends (closing it
// twice, after the server under test has closed it, is harmless).
func Listen(t testing.TB) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln
}

// SyncBuffer is a strings.Builder that concurrent writers (a logger, a server, a build running
// on other goroutines) can share with the test reading it.
type SyncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what was written so far.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
