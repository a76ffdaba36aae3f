package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"cpportal/internal/fixture"
)

// TestBuildRemovesLeftoversOfKilledBuilds: a build killed with SIGKILL cannot remove its
// staging folder; the next build does, and touches nothing else beside the index.
func TestBuildRemovesLeftoversOfKilledBuilds(t *testing.T) {
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 5)
	if err != nil {
		t.Fatal(err)
	}
	leftover := filepath.Join(dir, ".index.build-123", "index")
	if err := os.MkdirAll(leftover, 0o755); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, ".other.build-123")
	if err := os.MkdirAll(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(context.Background(), site.Dir, filepath.Join(dir, "index"), Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(leftover)); !os.IsNotExist(err) {
		t.Errorf("the leftover staging folder is still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a folder of another index was removed: %v", err)
	}
}
