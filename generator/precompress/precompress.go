package precompress

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// Extensions are the kinds of file compressed, lower case with the dot. Images other than SVG,
// fonts and archives are compressed already.
var Extensions = map[string]bool{
	".html": true, ".css": true, ".js": true, ".json": true, ".xml": true, ".atom": true,
	".csv": true, ".svg": true, ".txt": true, ".webmanifest": true,
}

// MinSize is the smallest file compressed: below it the gzip framing eats the saving and a
// client spends longer deciding than reading.
const MinSize = 512

// Stats say what Dir did.
type Stats struct {
	Files    int   // .gz files written
	Bytes    int64 // their originals' size
	GzBytes  int64 // the .gz files' size
	Skipped  int   // compressible files left alone (too small, or not smaller compressed)
	Replaced int   // stale .gz files removed or rewritten
	Kept     int   // files whose .gz copy was in place already (see DirExcept)
}

func (s Stats) String() string {
	ratio := 0.0
	if s.Bytes > 0 {
		ratio = float64(s.GzBytes) / float64(s.Bytes) * 100
	}
	line := fmt.Sprintf("%d files gzipped, %.1f MB → %.1f MB (%.0f%%)", s.Files, float64(s.Bytes)/1e6, float64(s.GzBytes)/1e6, ratio)
	if s.Kept > 0 {
		line += fmt.Sprintf(", %d kept from the previous build", s.Kept)
	}
	return line
}

// Compressible reports whether a file name is of a kind Dir compresses.
func Compressible(name string) bool {
	return Extensions[strings.ToLower(filepath.Ext(name))]
}

// Dir writes name.gz beside every compressible file under dir, on every core. A .gz file
// whose original is not compressed (too small, or no smaller) is removed, so that a stale
// copy is never served in place of its original.
func Dir(ctx context.Context, dir string) (Stats, error) {
	return DirExcept(ctx, dir, nil)
}

// DirExcept is Dir for every compressible file but those in done (paths as the walk of dir
// gives them), whose .gz copy its caller has put in place already: an incremental build
// links it from the previous build when the file is the same.
func DirExcept(ctx context.Context, dir string, done map[string]bool) (Stats, error) {
	var files []string
	kept := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && Compressible(p) {
			if done[p] {
				kept++
				return nil
			}
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("precompress: %w", err)
	}
	var (
		mu    sync.Mutex
		st    = Stats{Kept: kept}
		first error
		wg    sync.WaitGroup
	)
	jobs := make(chan string)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			zw, _ := gzip.NewWriterLevel(nil, gzip.BestCompression)
			var buf bytes.Buffer
			for p := range jobs {
				one, err := compressFile(zw, &buf, p)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				st.Files += one.Files
				st.Bytes += one.Bytes
				st.GzBytes += one.GzBytes
				st.Skipped += one.Skipped
				st.Replaced += one.Replaced
				mu.Unlock()
			}
		}()
	}
	for _, p := range files {
		if ctx.Err() != nil {
			break
		}
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return st, first
}

// compressFile writes p.gz, or removes a stale one when p is not worth compressing.
func compressFile(zw *gzip.Writer, buf *bytes.Buffer, p string) (Stats, error) {
	var st Stats
	data, err := os.ReadFile(p)
	if err != nil {
		return st, fmt.Errorf("precompress: %w", err)
	}
	gz := p + ".gz"
	if len(data) >= MinSize {
		buf.Reset()
		zw.Reset(buf) // a zero header: no name, no modification time
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return st, fmt.Errorf("precompress %s: %w", p, err)
		}
		if buf.Len() < len(data) {
			if err := os.WriteFile(gz, buf.Bytes(), 0o644); err != nil {
				return st, fmt.Errorf("precompress: %w", err)
			}
			return Stats{Files: 1, Bytes: int64(len(data)), GzBytes: int64(buf.Len())}, nil
		}
	}
	st.Skipped = 1
	if err := os.Remove(gz); err == nil {
		st.Replaced = 1
	} else if !os.IsNotExist(err) {
		return st, fmt.Errorf("precompress: %w", err)
	}
	return st, nil
}
