package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cpportal/generator/build"
	"cpportal/generator/domain"
)

// buildFlags are the flags build and serve share.
type buildFlags struct {
	source, out, index, asOf string
}

func (b *buildFlags) register(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&b.source, "source", ".", "site root holding `DIR`/data and DIR/content")
	fs.StringVar(&b.out, "out", "", "output `DIR` for the rendered site (default SOURCE/public)")
	fs.StringVar(&b.index, "index", "", "search index `DIR`, built beside the site, never inside it (default SOURCE/index)")
	fs.StringVar(&b.asOf, "as-of", "", "compute statuses as of `YYYY-MM-DD` (default: SOURCE_DATE_EPOCH, then site.yaml as_of, then today)")
}

func (b *buildFlags) config(e *env) build.Config {
	return build.Config{
		Source:          b.source,
		Out:             b.out,
		Index:           b.index,
		AsOf:            b.asOf,
		SourceDateEpoch: e.getenv("SOURCE_DATE_EPOCH"),
		Today:           time.Now(), // the one wall-clock reading; used only when nothing else dates the build
		Log:             e.stderr,
		Terminal:        isTerminal(e.stderr, e.getenv),
	}
}

func runBuild(ctx context.Context, e *env, args []string) error {
	var b buildFlags
	fs := newFlags(e, "build", "[--source DIR] [--out DIR] [--index DIR] [--as-of YYYY-MM-DD]")
	b.register(fs)
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	_, err := doBuild(ctx, e, b.config(e))
	return err
}

// doBuild runs a build, prints its problems or its summary, and maps failures to exit codes.
func doBuild(ctx context.Context, e *env, cfg build.Config) (build.Summary, error) {
	sum, err := build.Run(ctx, cfg)
	if err != nil {
		var ps domain.Problems
		if errors.As(err, &ps) {
			reportProblems(e, ps, "; nothing was published")
			return sum, exitError{ExitFailure}
		}
		return sum, err
	}
	var total time.Duration
	for _, p := range sum.Phases {
		total += p.Duration
	}
	fmt.Fprintf(e.stderr, "built %d pages: %d enterprises, %d batches, %d cases, %d overdue steps, %d search documents, %d warnings, as of %s, in %s\n",
		sum.Pages, sum.Enterprises, sum.Batches, sum.Cases, sum.Overdue, sum.Documents, sum.Warnings, sum.AsOf, total.Round(time.Millisecond))
	return sum, nil
}

// reportProblems prints every problem, one per line, then a count.
func reportProblems(e *env, ps domain.Problems, suffix string) {
	ps = ps.Sort()
	for _, p := range ps {
		fmt.Fprintln(e.stderr, p.String())
	}
	noun := "problems"
	if len(ps) == 1 {
		noun = "problem"
	}
	fmt.Fprintf(e.stderr, "%d %s found%s\n", len(ps), noun, suffix)
}

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "[--source DIR]")
	source := fs.String("source", ".", "site root holding `DIR`/data and DIR/content")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	ds, problems := build.Check(*source)
	if len(problems) > 0 {
		reportProblems(e, problems, "")
		return exitError{ExitFailure}
	}
	fmt.Fprintf(e.stdout, "ok: %d enterprises, %d batches, %d disclosures, %d audit events, %d options, %d cases\n",
		len(ds.Enterprises), len(ds.Batches), len(ds.Disclosures), len(ds.Events), len(ds.Options), len(ds.Cases))
	return nil
}
