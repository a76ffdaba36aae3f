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

// reportProblems prints every problem, one per line, then a count of the errors and of the
// warnings.
func reportProblems(e *env, ps domain.Problems, suffix string) {
	ps = ps.Reported()
	for _, p := range ps {
		fmt.Fprintln(e.stderr, p.String())
	}
	errs, warnings := ps.Split()
	fmt.Fprintf(e.stderr, "%s found%s\n", countProblems(len(errs), len(warnings)), suffix)
}

// countProblems says "3 problems", "1 problem and 2 warnings", "2 warnings".
func countProblems(errs, warnings int) string {
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	switch {
	case warnings == 0:
		return plural(errs, "problem", "problems")
	case errs == 0:
		return plural(warnings, "warning", "warnings")
	}
	return plural(errs, "problem", "problems") + " and " + plural(warnings, "warning", "warnings")
}

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "[--source DIR] [--strict]")
	source := fs.String("source", ".", "site root holding `DIR`/data and DIR/content")
	strict := fs.Bool("strict", false, "treat warnings (credit codes, control levels, reasons, industries or addresses not known) as errors")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	ds, problems := build.Check(*source)
	if *strict {
		problems = problems.Reported().Strict()
		if len(problems) > 0 {
			ds = nil
		}
	}
	if ds == nil {
		reportProblems(e, problems, "")
		return exitError{ExitFailure}
	}
	if len(problems) > 0 {
		reportProblems(e, problems, "")
	}
	fmt.Fprintf(e.stdout, "ok: %d enterprises, %d batches, %d disclosures, %d audit events, %d options, %d cases\n",
		len(ds.Enterprises), len(ds.Batches), len(ds.Disclosures), len(ds.Events), len(ds.Options), len(ds.Cases))
	return nil
}
