package precompress

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeSite(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{
		"index.html":           "<!doctype html><title>首页</title>" + strings.Repeat("<p>清洁生产审核 公开</p>", 200),
		"css/site.css":         strings.Repeat("body{margin:0;padding:0}\n", 100),
		"data/enterprises.csv": strings.Repeat("91449901MA59AB121C,广州市某某印染有限公司\n", 100),
		"feeds/all.atom":       "<feed>" + strings.Repeat("<entry>x</entry>", 100) + "</feed>",
		"small.html":           "<p>short</p>",
		"logo.png":             strings.Repeat("\x89PNG", 500),
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

func TestDirWritesDeterministicGzipBesideTextFiles(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	files := writeSite(t, a)
	writeSite(t, b)
	// A stale copy beside a file that is no longer worth compressing must go.
	os.WriteFile(filepath.Join(a, "small.html.gz"), []byte("stale"), 0o644)
	st, err := Dir(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 4 || st.Replaced != 1 || st.GzBytes >= st.Bytes {
		t.Errorf("stats %+v", st)
	}
	for _, name := range []string{"index.html", "css/site.css", "data/enterprises.csv", "feeds/all.atom"} {
		raw, err := os.ReadFile(filepath.Join(a, name+".gz"))
		if err != nil {
			t.Fatalf("%s.gz: %v", name, err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if zr.Name != "" || zr.Comment != "" || !zr.ModTime.Equal(time.Time{}) && zr.ModTime.Unix() != 0 {
			t.Errorf("%s.gz header carries name %q, time %v", name, zr.Name, zr.ModTime)
		}
		got, _ := io.ReadAll(zr)
		if string(got) != files[name] {
			t.Errorf("%s.gz does not decompress to the file", name)
		}
	}
	for _, name := range []string{"small.html.gz", "logo.png.gz"} {
		if _, err := os.Stat(filepath.Join(a, name)); err == nil {
			t.Errorf("%s written", name)
		}
	}
	if _, err := Dir(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html.gz", "data/enterprises.csv.gz"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}
