package render

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/spf13/afero"

	"cpportal/themes"
)

// Options says what to render and where.
type Options struct {
	ProjectDir string    // the Hugo project written by package generate
	OutDir     string    // absent or empty; Render fills it
	Log        io.Writer // Hugo's warnings and errors; nil discards them
	// OnPage, when set, is handed every HTML file written into OutDir as soon as it is
	// complete: its slash-separated path inside OutDir and its content, which the callee
	// keeps. It is called from several goroutines at once and may block to pace the render.
	OnPage func(rel string, content []byte)
	// Only, when not nil, limits the regular pages of the ReusableSections that are
	// rendered to those whose content files (slash paths inside content/) it holds; the
	// others are read, listed and linked to but not written, and their files are named in
	// Stats.Unrendered for the caller to take from the previous output. Pages of other
	// sections, section pages and the home page are always rendered.
	Only map[string]bool
}

// Stats counts what Render produced.
type Stats struct {
	Pages    int // every rendered page, including section indexes and the home page
	Regular  int // regular pages: enterprises, lists, cities, industries, cases, hand-written pages
	Sections int // section index pages and the home page
	Static   int // static files copied (CSS, scripts, JSON twins)
	// Unrendered are the files (slash paths inside OutDir) of the pages left unrendered
	// because Options.Only did not name them.
	Unrendered []string
}

// themeName is the theme's folder in the project and in the embedded FS.
const themeName = "portal"

// Render builds the site of opts.ProjectDir into opts.OutDir.
func Render(ctx context.Context, opts Options) (Stats, error) {
	// The build's render phase names the stage in errors; nothing here repeats it.
	return render(ctx, opts)
}

func render(ctx context.Context, opts Options) (Stats, error) {
	var st Stats
	project, err := filepath.Abs(opts.ProjectDir)
	if err != nil {
		return st, err
	}
	out, err := filepath.Abs(opts.OutDir)
	if err != nil {
		return st, err
	}
	if err := requireEmpty(out); err != nil {
		return st, err
	}
	if err := writeTree(themes.FS, themeName, filepath.Join(project, "themes", themeName)); err != nil {
		return st, fmt.Errorf("writing the theme: %w", err)
	}
	if opts.Only != nil {
		if err := markPages(project, opts.Only); err != nil {
			return st, err
		}
	}
	if err := writeConfig(project, opts.Only != nil); err != nil {
		return st, err
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	if err := build(project, out, opts, &st); err != nil {
		return st, err
	}
	// Hugo's library path does not copy static files; the project's override the theme's.
	for _, dir := range []string{filepath.Join(project, "themes", themeName, "static"), filepath.Join(project, "static")} {
		n, err := copyTree(dir, out, opts.OnPage)
		if err != nil {
			return st, fmt.Errorf("copying static files: %w", err)
		}
		st.Static += n
	}
	return st, ctx.Err()
}

// build runs Hugo in-process.
func build(project, out string, opts Options, st *Stats) error {
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	logger := loggers.New(loggers.Options{
		Level: logg.LevelWarn, StdOut: logw, StdErr: logw, DistinctLevel: logg.LevelWarn,
	})
	flags := config.New()
	flags.Set("workingDir", project)
	flags.Set("publishDir", out)
	flags.Set("cacheDir", filepath.Join(project, ".cache"))
	flags.Set("environment", "production")
	osfs := afero.NewOsFs()
	res, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Fs:          osfs,
		Logger:      logger,
		Flags:       flags,
		Filename:    filepath.Join(project, "hugo.json"),
		Environment: "production",
		// An explicit environment: HUGO_* variables of the machine cannot change the site.
		Environ: []string{"HUGO_MODULE_PROXY=off", "HUGO_ENVIRONMENT=production"},
	})
	if err != nil {
		return err
	}
	fs := hugofs.NewFrom(osfs, res.LoadingInfo.BaseConfig)
	if opts.OnPage != nil {
		fs.PublishDir = teeFs{Fs: fs.PublishDir, onPage: opts.OnPage}
		fs.PublishDirServer, fs.PublishDirStatic = fs.PublishDir, fs.PublishDir
	}
	sites, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs:  res,
		Fs:       fs,
		LogLevel: logger.Level(),
		StdOut:   logw,
		StdErr:   logw,
	})
	if err != nil {
		return err
	}
	defer sites.Close()
	if err := sites.Build(hugolib.BuildCfg{}); err != nil {
		return err
	}
	if n := sites.NumLogErrors(); n > 0 {
		return fmt.Errorf("%d errors logged while rendering (see the log above)", n)
	}
	if opts.Only != nil {
		unrendered, err := unrenderedFiles(project, sites.Pages(), opts.Only)
		if err != nil {
			return err
		}
		st.Unrendered = unrendered
	}
	for _, p := range sites.Pages() {
		st.Pages++
		if p.IsPage() {
			st.Regular++
		} else if p.IsNode() {
			st.Sections++
		}
	}
	return nil
}

// requireEmpty creates dir when absent and fails when it holds anything: stale files from an
// earlier build would otherwise be published.
func requireEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("output folder %s is not empty", dir)
	}
	return nil
}

// writeTree writes the files under root of fsys into dir.
func writeTree(fsys fs.FS, root, dir string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.FromSlash(p))
		if err != nil {
			return err
		}
		target := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		// A new file, never the old one rewritten in place: a site rendered earlier from this
		// project may hold a hard link to it (see copyTree).
		if err := os.Remove(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// copyTree puts the files under src into dst (an absent src puts nothing) and returns how
// many. Each file is hard-linked where the file system allows it, and copied otherwise: the
// project folder is generated afresh for every build and never written in place (see
// writeTree), so a link is as good as a copy and spares writing the downloads (over a
// gigabyte for a national site) a second time. HTML files among them go to onPage as well.
func copyTree(src, dst string, onPage func(string, []byte)) (int, error) {
	n := 0
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == src && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if err := linkOrCopy(p, target); err != nil {
			return err
		}
		if onPage != nil && isHTML(p) {
			b, err := os.ReadFile(target)
			if err != nil {
				return err
			}
			onPage(filepath.ToSlash(rel), b)
		}
		n++
		return nil
	})
	return n, err
}

// linkOrCopy replaces dst (a theme file overridden by the project's) with src.
func linkOrCopy(src, dst string) error {
	if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if os.Link(src, dst) == nil {
		return nil
	}
	return copyFile(src, dst)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
