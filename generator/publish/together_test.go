package publish

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTogetherUndoesTheFirstSwapWhenTheSecondFails: the index is swapped in first; when the
// site's swap then fails, the index swap is taken back and both folders hold what they held.
func TestTogetherUndoesTheFirstSwapWhenTheSecondFails(t *testing.T) {
	for _, existing := range []bool{true, false} {
		root := t.TempDir()
		ix, site := filepath.Join(root, "index"), filepath.Join(root, "public")
		if existing {
			write(t, filepath.Join(ix, "seg"), "old index")
		}
		write(t, filepath.Join(site, "index.html"), "old site")
		ixStage, err := Staging(ix)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(ixStage, "seg"), "new index")
		siteStage, err := Staging(site)
		if err != nil {
			t.Fatal(err)
		}
		os.RemoveAll(siteStage) // the site's swap cannot succeed
		err = Together(Pair{ixStage, ix}, Pair{siteStage, site})
		if err == nil || !strings.Contains(err.Error(), "publish "+site) {
			t.Fatalf("existing index %v: err = %v, want the site's swap to fail", existing, err)
		}
		if existing {
			if got := read(t, filepath.Join(ix, "seg")); got != "old index" {
				t.Errorf("index holds %q after the failed publish, want the old index", got)
			}
		} else if _, err := os.Stat(ix); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("an index that was not there before is there after the failed publish: %v", err)
		}
		if got := read(t, filepath.Join(ixStage, "seg")); got != "new index" {
			t.Errorf("the staged index holds %q, want it back where it was", got)
		}
		if got := read(t, filepath.Join(site, "index.html")); got != "old site" {
			t.Errorf("site holds %q", got)
		}
	}
}

func TestTogetherPublishesAllAndRemovesThePrevious(t *testing.T) {
	root := t.TempDir()
	ix, site := filepath.Join(root, "index"), filepath.Join(root, "public")
	write(t, filepath.Join(ix, "seg"), "old index")
	write(t, filepath.Join(site, "index.html"), "old site")
	ixStage, _ := Staging(ix)
	siteStage, _ := Staging(site)
	write(t, filepath.Join(ixStage, "seg"), "new index")
	write(t, filepath.Join(siteStage, "index.html"), "new site")
	if err := Together(Pair{ixStage, ix}, Pair{siteStage, site}); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(ix, "seg")) != "new index" || read(t, filepath.Join(site, "index.html")) != "new site" {
		t.Error("not both published")
	}
	if got := entries(t, root); len(got) != 2 {
		t.Errorf("root holds %v, want only index and public", got)
	}
}

// TestLockRefusesASecondHolder: the lock is exclusive, names its holder, and is free again
// after Release.
func TestLockRefusesASecondHolder(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "public")
	first, err := Acquire(dst)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(dst)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != os.Getpid() || le.Started.IsZero() {
		t.Fatalf("second Acquire: %v, want a LockedError naming pid %d", err, os.Getpid())
	}
	if !strings.Contains(err.Error(), "pid ") || !strings.Contains(err.Error(), "is publishing to "+dst) {
		t.Errorf("message %q", err)
	}
	first.Release()
	second, err := Acquire(dst)
	if err != nil {
		t.Fatalf("after Release: %v", err)
	}
	second.Release()
	if _, err := os.Stat(dst); !errors.Is(err, os.ErrNotExist) {
		t.Error("the lock created the destination folder")
	}
}
