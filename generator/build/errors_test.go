package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/internal/fixture"
)

// A failing phase is named once at the start of the error, however deep the failure was
// (the stage packages leave naming the phase to the build).
func TestFailedPhaseIsNamedOnce(t *testing.T) {
	src := t.TempDir()
	writeSource(t, src, fixture.Source())
	for _, tc := range []struct {
		phase string
		cfg   func(root, blocker string) Config
	}{
		// The index's parent is a file: its lock cannot be taken.
		{"publish", func(root, blocker string) Config {
			return Config{Out: filepath.Join(root, "public"), Index: filepath.Join(blocker, "index")}
		}},
		// The generated project's parent is a file: the project cannot be written.
		{"generate", func(root, blocker string) Config {
			return Config{Out: filepath.Join(root, "public"), Index: "-", BuildDir: filepath.Join(blocker, "project")}
		}},
	} {
		t.Run(tc.phase, func(t *testing.T) {
			root := t.TempDir()
			blocker := filepath.Join(root, "file")
			if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := tc.cfg(root, blocker)
			cfg.Source = src
			_, err := Run(context.Background(), cfg)
			if err == nil {
				t.Fatal("build succeeded")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tc.phase+": ") {
				t.Errorf("error %q does not start with %q", msg, tc.phase+": ")
			}
			for _, phase := range []string{"load", "validate", "derive", "generate", "render", "index", "compress", "publish"} {
				if strings.Count(msg, phase+": ") > 1 {
					t.Errorf("error %q names the phase %s more than once", msg, phase)
				}
			}
		})
	}
}
