package publish

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestSwapIntoMissingDestination(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	st, err := Staging(dst)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(st, "index.html"), "new")
	if err := Swap(st, dst); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dst, "index.html")); got != "new" {
		t.Fatalf("index.html = %q", got)
	}
	if got := entries(t, root); len(got) != 1 || got[0] != "public" {
		t.Fatalf("root holds %v, want only public", got)
	}
}

func TestSwapReplacesOldContentWhole(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	write(t, filepath.Join(dst, "index.html"), "old")
	write(t, filepath.Join(dst, "stale.html"), "stale")
	st, err := Staging(dst)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(st, "index.html"), "new")
	if err := Swap(st, dst); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dst, "index.html")); got != "new" {
		t.Fatalf("index.html = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dst, "stale.html")); !os.IsNotExist(err) {
		t.Fatalf("stale.html survived the swap: %v", err)
	}
	if got := entries(t, root); len(got) != 1 {
		t.Fatalf("leftovers beside the destination: %v", got)
	}
}

func TestStagingRemovesLeftoversOfInterruptedRuns(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	write(t, filepath.Join(dst, "index.html"), "published")
	write(t, filepath.Join(root, ".public"+stagingMark+"123", "half.html"), "half")
	write(t, filepath.Join(root, "unrelated", "keep.txt"), "keep")
	st, err := Staging(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer Discard(st)
	for _, name := range entries(t, root) {
		if strings.HasSuffix(name, "123") {
			t.Fatalf("leftover %s not removed", name)
		}
	}
	if got := read(t, filepath.Join(root, "unrelated", "keep.txt")); got != "keep" {
		t.Fatal("unrelated folder touched")
	}
	if got := read(t, filepath.Join(dst, "index.html")); got != "published" {
		t.Fatal("published folder touched by Staging")
	}
}

func TestRecoverRestoresFolderRenamedAside(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	// A portable swap died after renaming the old folder aside.
	write(t, filepath.Join(dst+asideMark, "index.html"), "old")
	if err := Recover(dst); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dst, "index.html")); got != "old" {
		t.Fatalf("index.html = %q", got)
	}
}

func TestDiscardOnlyRemovesStagingFolders(t *testing.T) {
	root := t.TempDir()
	keep := filepath.Join(root, "public")
	write(t, filepath.Join(keep, "index.html"), "x")
	Discard(keep)
	if _, err := os.Stat(filepath.Join(keep, "index.html")); err != nil {
		t.Fatal("Discard removed a folder it did not create")
	}
}
