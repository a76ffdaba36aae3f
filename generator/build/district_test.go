package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/search/index"
)

// TestEnglishDistricts: the English dossier of an enterprise of 顺德区 names Shunde District
// beside the published name, and an English search for Shunde finds English pages of
// enterprises there, never a Chinese page.
func TestEnglishDistricts(t *testing.T) {
	dir, _ := sampleBuild(t)
	const uscc = "91449906450331050N" // 佛山市某某明星染整有限公司, 顺德区 in the sample
	page, err := os.ReadFile(filepath.Join(dir, "public", "en", "enterprises", uscc, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "Shunde District") || !strings.Contains(string(page), "顺德区") {
		t.Errorf("English dossier of %s does not name Shunde District beside 顺德区", uscc)
	}
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), index.Request{Query: "Shunde", Lang: "en", Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Fatal("an English search for Shunde finds nothing")
	}
	found := false
	for _, h := range res.Hits {
		if h.Fields.Lang != "en" || !strings.HasPrefix(h.URL, "/en/") {
			t.Errorf("Shunde (en) answers %s in %q", h.URL, h.Fields.Lang)
		}
		found = found || strings.Contains(h.URL, uscc)
	}
	if !found {
		t.Errorf("Shunde (en) does not find the English dossier of %s among %d hits", uscc, res.Total)
	}
}
