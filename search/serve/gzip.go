package serve

import (
	"net/http"
	"os"
	"strconv"
	"strings"
)

// openGzip opens the precompressed copy of a site file (name.gz, written by the build) when
// the client accepts gzip; ok is false when it does not or there is no copy.
func openGzip(root *os.Root, name string, r *http.Request) (*os.File, os.FileInfo, bool) {
	if !acceptsGzip(r.Header.Values("Accept-Encoding")) {
		return nil, nil, false
	}
	f, err := root.Open(name + ".gz")
	if err != nil {
		return nil, nil, false
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, fi, true
}

// acceptsGzip reads Accept-Encoding (RFC 9110 §12.5.3): gzip, x-gzip or * with a weight
// above zero; an explicit gzip;q=0 refuses it even after a *.
func acceptsGzip(values []string) bool {
	star, gzip := false, -1
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			q := 1.0
			for _, p := range strings.Split(params, ";") {
				k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
					if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
						q = f
					}
				}
			}
			switch coding {
			case "gzip", "x-gzip":
				if q > 0 {
					gzip = 1
				} else {
					gzip = 0
				}
			case "*":
				star = q > 0
			}
		}
	}
	if gzip >= 0 {
		return gzip == 1
	}
	return star
}
