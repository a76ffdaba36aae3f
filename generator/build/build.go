package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate"
	"cpportal/generator/load"
	"cpportal/generator/precompress"
	"cpportal/generator/publish"
	"cpportal/generator/render"
	"cpportal/generator/validate"
	"cpportal/search/index"
)

// Config says what to build. The zero value builds the current folder into ./public with the
// index in ./index, as of the SOURCE_DATE_EPOCH or site.yaml date, else the Today reading.
type Config struct {
	Source   string // site root holding data/ and content/; default "."
	Out      string // rendered site; default <Source>/public
	Index    string // search index; default <Source>/index; "-" skips indexing
	BuildDir string // generated Hugo project, kept; default: a folder of the build's own beside Out, removed afterwards
	// Cache is the build cache folder (see cache.go): a build renders only the pages whose
	// inputs changed since the last build into the same output and takes the others from
	// the published site. Default <Source>/.cache/build; "-" renders every page.
	Cache string

	AsOf            string    // --as-of flag value, YYYY-MM-DD, may be empty
	SourceDateEpoch string    // the SOURCE_DATE_EPOCH environment variable, may be empty
	Today           time.Time // the clock reading used only when nothing else gives the date

	Log io.Writer // progress, one line per phase; nil discards
	// Terminal says Log is a terminal: the progress within long phases is a status line
	// redrawn in place. Otherwise a progress line is printed at most every ProgressEvery
	// (DefaultProgressEvery when 0) during a phase that lasts that long (see progress.go).
	Terminal      bool
	ProgressEvery time.Duration
}

// Summary reports what a build produced.
type Summary struct {
	AsOf        domain.Date
	AsOfSource  string
	Pages       int
	Enterprises int
	Batches     int
	Cases       int
	Overdue     int
	Warnings    int
	Documents   int    // indexed search documents
	Rendered    int    // pages Hugo rendered in this build
	Reused      int    // pages taken unchanged from the previous build
	FullReason  string // why every page was rendered ("" when only the changed ones were)
	Phases      []Phase
}

// Phase is one named step of a build and how long it took.
type Phase struct {
	Name     string
	Duration time.Duration
}

func (c *Config) setDefaults() {
	if c.Source == "" {
		c.Source = "."
	}
	if c.Out == "" {
		c.Out = filepath.Join(c.Source, "public")
	}
	if c.Index == "" {
		c.Index = filepath.Join(c.Source, "index")
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// checkFolders refuses an index inside the site folder or the other way round: publishing one
// would replace the other.
func (c *Config) checkFolders() error {
	if c.Index == "-" {
		return nil
	}
	out, err := filepath.Abs(c.Out)
	if err != nil {
		return err
	}
	ix, err := filepath.Abs(c.Index)
	if err != nil {
		return err
	}
	within := func(a, b string) bool { return a == b || strings.HasPrefix(a, b+string(filepath.Separator)) }
	if within(ix, out) || within(out, ix) {
		return fmt.Errorf("the index folder %s and the site folder %s must be apart (e.g. public/ and index/ side by side)", c.Index, c.Out)
	}
	return nil
}

// Check loads and validates the source folder. It returns the dataset and its warnings when
// there is no error, else nil and every problem found, errors and warnings (see CheckReport
// for the problems left out).
func Check(source string) (*domain.Dataset, domain.Problems) {
	ds, rep := CheckReport(source)
	if rep == nil {
		return ds, nil
	}
	return ds, rep.Problems
}

// CheckReport loads and validates the source folder. It returns the dataset (nil when there
// is an error) and the report of the problems found (nil when there are none).
func CheckReport(source string) (*domain.Dataset, *ProblemReport) {
	defer startProfiles(os.Stderr)()
	fsys := os.DirFS(source)
	ds, problems := load.Load(fsys)
	var checked domain.Problems
	if ds != nil {
		checked = validate.Validate(ds)
	}
	rep := focus(problems, checked)
	if rep == nil {
		return ds, nil
	}
	if rep.Failed() {
		return nil, rep
	}
	return ds, rep
}

// Run builds and publishes the site. On any error nothing in Out or Index changes.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	cfg.setDefaults()
	defer startProfiles(cfg.Log)()
	pr := newProgress(cfg.Log, cfg.Terminal, cfg.ProgressEvery)
	cfg.Log = pr
	r := &runner{cfg: cfg, progress: pr}
	return r.run(ctx)
}

type runner struct {
	cfg      Config
	summary  Summary
	progress *progress
}

// phase runs one named step, times it and prints its progress line.
func (r *runner) phase(name string, step func() (string, error)) error {
	start := time.Now()
	detail, err := step()
	d := time.Since(start)
	r.summary.Phases = append(r.summary.Phases, Phase{Name: name, Duration: d})
	if err != nil {
		var ps domain.Problems
		if errors.As(err, &ps) {
			errs, _ := ps.Split()
			fmt.Fprintf(r.cfg.Log, "%-9s %d problems (%s)\n", name+":", len(errs), round(d))
			return err
		}
		fmt.Fprintf(r.cfg.Log, "%-9s failed (%s)\n", name+":", round(d))
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(r.cfg.Log, "%-9s %s (%s)\n", name+":", detail, round(d))
	return nil
}

func round(d time.Duration) time.Duration {
	if d > time.Second {
		return d.Round(10 * time.Millisecond)
	}
	return d.Round(time.Millisecond)
}

func (r *runner) run(ctx context.Context) (Summary, error) {
	if err := r.cfg.checkFolders(); err != nil {
		return r.summary, err
	}
	release, err := lockOutputs(r.cfg)
	if err != nil {
		return r.summary, err
	}
	defer release()
	cleanup, err := r.projectFolder()
	if err != nil {
		return r.summary, err
	}
	defer cleanup()
	cfg := r.cfg
	src := os.DirFS(cfg.Source)
	var (
		ds        *domain.Dataset
		facts     *derive.Facts
		generated int // content pages generated: the render writes about this many per language
	)

	// Load problems do not stop the run: validation still looks at every record that could be
	// read, so one run reports everything that is wrong.
	var problems domain.Problems
	r.phase("load", func() (string, error) {
		ds, problems = load.Load(src)
		if ds == nil {
			return "nothing loaded", nil
		}
		return fmt.Sprintf("%d enterprises, %d batches, %d disclosures, %d events, %d options, %d cases",
			len(ds.Enterprises), len(ds.Batches), len(ds.Disclosures), len(ds.Events), len(ds.Options), len(ds.Cases)), nil
	})
	if err := r.phase("validate", func() (string, error) {
		var checked domain.Problems
		if ds != nil {
			checked = validate.Validate(ds)
		}
		rep := focus(problems, checked)
		if rep == nil {
			return "no problems", nil
		}
		if rep.Failed() {
			return "", rep
		}
		// Warnings are gaps the published notices leave; they are printed with their
		// positions and counted, and the build goes on.
		warnings := rep.Problems
		for _, w := range warnings {
			fmt.Fprintln(cfg.Log, w.String())
		}
		r.summary.Warnings += len(warnings)
		return fmt.Sprintf("no errors, %d warnings", len(warnings)), nil
	}); err != nil {
		return r.summary, err
	}

	if err := r.phase("derive", func() (string, error) {
		asOf, from, err := derive.ResolveAsOf(cfg.AsOf, cfg.SourceDateEpoch, ds.Site.AsOf, cfg.Today)
		if err != nil {
			return "", err
		}
		facts = derive.Derive(ds, asOf)
		r.summary.AsOf, r.summary.AsOfSource = asOf, from
		r.summary.Enterprises = len(facts.Enterprises)
		r.summary.Batches = len(facts.Batches)
		r.summary.Cases = len(ds.Cases)
		r.summary.Overdue = len(facts.Overdue)
		if facts.Provisional > 0 {
			r.summary.Warnings++
			fmt.Fprintf(cfg.Log, "warning: data/calendar.csv ends with %d; %d due dates after it are provisional (statutory holidays and weekends only)\n", facts.CalendarLastYear, facts.Provisional)
		}
		return fmt.Sprintf("as of %s (%s), %d overdue steps", asOf, from, len(facts.Overdue)), nil
	}); err != nil {
		return r.summary, err
	}

	if err := ctx.Err(); err != nil {
		return r.summary, err
	}
	if err := r.phase("generate", func() (string, error) {
		if err := os.RemoveAll(cfg.BuildDir); err != nil {
			return "", err
		}
		if err := os.MkdirAll(cfg.BuildDir, 0o755); err != nil {
			return "", err
		}
		m := &meter{unit: "enterprise pages generated"}
		m.total.Store(int64(len(facts.Enterprises)))
		m.more = func() string {
			if m.done.Load() >= m.total.Load() {
				return "the other pages and the downloads"
			}
			return ""
		}
		stop := r.progress.track("generate", m)
		st, err := generate.Write(cfg.BuildDir, generate.Input{Dataset: ds, Facts: facts, Source: src, AsOfSource: r.summary.AsOfSource, Languages: render.OtherLanguages, Progress: m.add})
		stop()
		generated = st.Pages()
		if err != nil {
			return "", err
		}
		if st.Feeds.Placeholder {
			r.summary.Warnings++
			fmt.Fprintf(cfg.Log, "warning: data/site.yaml has no absolute base_url; feed links use %s\n", st.Feeds.BaseURL)
		}
		return fmt.Sprintf("%s; downloads: %s; feeds: %s", st, st.Downloads, st.Feeds), nil
	}); err != nil {
		return r.summary, err
	}

	// The records and facts are in the generated project now. Dropping them lets their memory
	// (about a gigabyte each for 50,000 enterprises) serve the render, the build's largest phase.
	ds, facts = nil, nil

	staging, err := publish.Staging(cfg.Out)
	if err != nil {
		return r.summary, fmt.Errorf("publish: %w", err)
	}
	published := false
	defer func() {
		if !published {
			publish.Discard(staging)
		}
	}()

	// The index is written while the site renders: every page goes to the index writer as
	// soon as Hugo has written it, so parsing and indexing use the processor time the render
	// leaves idle instead of reading the whole site back afterwards. The index phase is what
	// remains to be done once the last page is out.
	var ixw *index.Writer
	if cfg.Index != "-" {
		ixw, err = index.NewWriter(ctx, cfg.Index, index.Options{})
		if err != nil {
			return r.summary, fmt.Errorf("index: %w", err)
		}
		defer ixw.Abort() // after a successful Commit this does nothing
	}
	plan, err := planReuse(cfg)
	if err != nil {
		return r.summary, fmt.Errorf("render: %w", err)
	}
	var kept reused
	if err := r.phase("render", func() (string, error) {
		opts := render.Options{ProjectDir: cfg.BuildDir, OutDir: staging, Log: cfg.Log, Only: plan.render}
		m := &meter{unit: "pages rendered"}
		m.total.Store(int64(generated * (1 + len(render.OtherLanguages))))
		opts.OnPage = func(string, []byte) { m.add(1) }
		if ixw != nil {
			opts.OnPage = func(rel string, content []byte) {
				m.add(1)
				ixw.Add(rel, content) // a failure is reported by Commit
			}
			m.more = func() string {
				written, _ := ixw.Progress()
				return fmt.Sprintf("%d indexed", written)
			}
		}
		if plan.full == "" {
			m.total.Store(int64(len(plan.render)*(1+len(render.OtherLanguages)) + generated - len(plan.cur.Pages)))
		}
		stop := r.progress.track("render", m)
		st, err := render.Render(ctx, opts)
		stop()
		if err != nil {
			return "", err
		}
		if plan.full == "" {
			if kept, err = reuseOutput(cfg.Out, staging, st.Unrendered, opts.OnPage); err != nil {
				plan.forget()
				return "", err
			}
		}
		r.summary.Pages = st.Pages
		r.summary.Reused = kept.pages
		r.summary.Rendered = st.Pages - kept.pages
		r.summary.FullReason = plan.full
		how := fmt.Sprintf("%d rendered, %d reused", r.summary.Rendered, r.summary.Reused)
		if plan.full != "" {
			how = "all rendered: " + plan.full
		}
		return fmt.Sprintf("%d pages (%d regular, %d sections), %d static files; %s", st.Pages, st.Regular, st.Sections, st.Static, how), nil
	}); err != nil {
		return r.summary, err
	}

	if ixw != nil {
		if err := r.phase("index", func() (string, error) {
			stop := r.progress.track("index", indexMeter(ixw))
			st, err := ixw.Finish() // staged: published with the site below
			stop()
			if err != nil {
				return "", err
			}
			r.summary.Documents = st.Documents
			return st.String(), nil
		}); err != nil {
			return r.summary, err
		}
	}

	// Static hosts serve the .gz copies as they are (nginx gzip_static), and so does serve.
	if err := r.phase("compress", func() (string, error) {
		st, err := precompress.DirExcept(ctx, staging, kept.gz)
		if err != nil {
			return "", err
		}
		return st.String(), nil
	}); err != nil {
		return r.summary, err
	}

	if err := ctx.Err(); err != nil {
		return r.summary, err
	}
	if err := r.phase("publish", func() (string, error) {
		// The index and the site go live together: if the second swap fails, the first is
		// undone, so search never answers from records the published site does not have.
		pairs := []publish.Pair{{Staging: staging, Dst: cfg.Out}}
		if ixw != nil {
			pairs = []publish.Pair{{Staging: ixw.Staged(), Dst: cfg.Index}, pairs[0]}
		}
		if testHookBeforePublish != nil {
			testHookBeforePublish(pairs)
		}
		if err := plan.forget(); err != nil {
			return "", err
		}
		if err := publish.Together(pairs...); err != nil {
			return "", err
		}
		published = true
		if err := plan.save(cfg.Out); err != nil {
			fmt.Fprintf(cfg.Log, "warning: the build cache could not be written (the next build renders every page): %v\n", err)
		}
		if ixw != nil {
			return cfg.Out + " and " + cfg.Index, nil
		}
		return cfg.Out, nil
	}); err != nil {
		return r.summary, err
	}
	return r.summary, nil
}
