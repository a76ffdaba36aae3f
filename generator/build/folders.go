package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"cpportal/generator/publish"
)

// testHookBeforePublish, when set by a test, sees the folders about to be published.
var testHookBeforePublish func(pairs []publish.Pair)

// lockOutputs takes the locks of the site folder and the index folder, so that a second
// build into either fails at once (exit 1) and names the build that holds it instead of
// publishing a mix of both. The operating system drops the locks when the process ends,
// however it ends.
func lockOutputs(cfg Config) (release func(), err error) {
	out, err := publish.Acquire(cfg.Out)
	if err != nil {
		return nil, err
	}
	if cfg.Index == "-" {
		return out.Release, nil
	}
	ix, err := publish.Acquire(cfg.Index)
	if err != nil {
		out.Release()
		return nil, err
	}
	return func() { ix.Release(); out.Release() }, nil
}

// projectMark is part of the name of each build's own generated-project folder.
const projectMark = ".project-"

// projectFolder gives the build a folder for the generated Hugo project: the configured
// BuildDir, or else a fresh folder of this build's own beside the output, removed when the
// build ends. Folders that killed builds into the same output left behind are removed first;
// the output's lock is held, so none of them belongs to a running build.
func (r *runner) projectFolder() (cleanup func(), err error) {
	if r.cfg.BuildDir != "" {
		return func() {}, nil
	}
	out := filepath.Clean(r.cfg.Out)
	parent := filepath.Dir(out)
	prefix := "." + filepath.Base(out) + projectMark
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
			if err := os.RemoveAll(filepath.Join(parent, e.Name())); err != nil {
				return nil, fmt.Errorf("generate: removing the leftover %s: %w", e.Name(), err)
			}
		}
	}
	dir, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	r.cfg.BuildDir = dir
	return func() { os.RemoveAll(dir) }, nil
}
