package serve

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
)

// TestHealthzAnswersOnlyGetAndHead: other methods get 405 with Allow, as on every route.
func TestHealthzAnswersOnlyGetAndHead(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		rec := get(t, h, m, "/healthz")
		if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD" || decodeError(t, rec).Error.Code != "method_not_allowed" {
			t.Errorf("%s /healthz: %d %q %s", m, rec.Code, rec.Header().Get("Allow"), rec.Body)
		}
	}
	if rec := get(t, h, "HEAD", "/healthz"); rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD /healthz: %d, %d bytes", rec.Code, rec.Body.Len())
	}
}

// TestHeaderLimitIsWhatREADMESays: a request whose request line and headers take 16 KiB is
// answered; one byte more is refused with 431.
func TestHeaderLimitIsWhatREADMESays(t *testing.T) {
	f := newFixture(t, Config{})
	addr := serveOnLoopback(t, f.srv)
	send := func(total int) int {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		head := "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: "
		end := "\r\nConnection: close\r\n\r\n"
		req := head + strings.Repeat("a", total-len(head)-len(end)) + end
		if len(req) != total {
			t.Fatalf("request of %d bytes, want %d", len(req), total)
		}
		fmt.Fprint(conn, req)
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("%d bytes: %v", total, err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := send(16 << 10); code != 200 {
		t.Errorf("16 KiB of request line and headers: %d, want 200", code)
	}
	if code := send(16<<10 + 1); code != 431 {
		t.Errorf("16 KiB + 1 byte: %d, want 431", code)
	}
}
