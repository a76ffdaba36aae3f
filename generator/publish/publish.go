package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// stagingMark is part of the name of every folder this package creates beside a destination,
// so that leftovers of an interrupted run can be recognised and removed.
const stagingMark = ".staging-"

// asideMark names the old folder while the portable (non-Linux) swap is under way.
const asideMark = ".previous"

// Staging creates an empty folder beside dst (same parent, so a rename never crosses file
// systems) in which the next version of dst is built. Leftover staging folders of earlier,
// interrupted runs are removed first.
func Staging(dst string) (string, error) {
	dst = filepath.Clean(dst)
	parent := filepath.Dir(dst)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	if err := Recover(dst); err != nil {
		return "", err
	}
	if err := removeLeftovers(dst); err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp(parent, "."+filepath.Base(dst)+stagingMark)
	if err != nil {
		return "", err
	}
	return dir, nil
}

// Discard removes a staging folder that will not be published.
func Discard(staging string) {
	if strings.Contains(filepath.Base(staging), stagingMark) {
		os.RemoveAll(staging)
	}
}

// Swap publishes staging as dst. When dst exists its old content is removed after the swap.
func Swap(staging, dst string) error {
	return Together(Pair{Staging: staging, Dst: dst})
}

// Recover restores dst from the folder renamed aside by an interrupted portable swap.
func Recover(dst string) error {
	dst = filepath.Clean(dst)
	aside := dst + asideMark
	if _, err := os.Lstat(aside); err != nil {
		return nil
	}
	if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(aside, dst); err != nil {
			return fmt.Errorf("restoring %s: %w", dst, err)
		}
		return nil
	}
	return os.RemoveAll(aside)
}

func removeLeftovers(dst string) error {
	parent := filepath.Dir(dst)
	prefix := "." + filepath.Base(dst) + stagingMark
	entries, err := os.ReadDir(parent)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			if err := os.RemoveAll(filepath.Join(parent, e.Name())); err != nil {
				return fmt.Errorf("removing leftover %s: %w", e.Name(), err)
			}
		}
	}
	return nil
}
