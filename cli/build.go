package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cpportal/domain"
	"cpportal/generator/build"
)

// buildFlags are the flags build and serve share.
type buildFlags struct {
	source, out, index, asOf, cache string
}

func (b *buildFlags) register(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&b.source, "source", ".", "site root holding `DIR`/data and DIR/content")
	fs.StringVar(&b.out, "out", "", "output `DIR` for the rendered site (default SOURCE/public)")
	fs.StringVar(&b.index, "index", "", "search index `DIR`, built beside the site, never inside it (default SOURCE/index)")
	fs.StringVar(&b.asOf, "as-of", "", "compute statuses as of `YYYY-MM-DD` (default: SOURCE_DATE_EPOCH, then site.yaml as_of, then today)")
	fs.StringVar(&b.cache, "cache", "", "build cache `DIR`: render only the pages whose inputs changed since the last build into the same output (default SOURCE/.cache/build; - renders every page)")
}

func (b *buildFlags) config(e *env) build.Config {
	return build.Config{
		Source:          b.source,
		Out:             b.out,
		Index:           b.index,
		AsOf:            b.asOf,
		Cache:           b.cache,
		SourceDateEpoch: e.getenv("SOURCE_DATE_EPOCH"),
		Today:           time.Now(), // the one wall-clock reading; used only when nothing else dates the build
		Log:             e.stderr,
		Terminal:        isTerminal(e.stderr, e.getenv),
	}
}

func runBuild(ctx context.Context, e *env, args []string) error {
	var b buildFlags
	fs := newFlags(e, "build", "[--source DIR] [--out DIR] [--index DIR] [--as-of YYYY-MM-DD] [--cache DIR] [--project DIR]")
	b.register(fs)
	project := fs.String("project", "", "write the generated Hugo project to `DIR` and keep it (default: a folder of the build's own beside the output, removed afterwards)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	cfg := b.config(e)
	cfg.BuildDir = *project
	_, err := doBuild(ctx, e, cfg)
	return err
}

// doBuild runs a build, prints its problems or its summary, and maps failures to exit codes.
func doBuild(ctx context.Context, e *env, cfg build.Config) (build.Summary, error) {
	sum, err := build.Run(ctx, cfg)
	if err != nil {
		var ps domain.Problems
		if errors.As(err, &ps) {
			reportProblems(e, asReport(ps, err), "; nothing was published")
			return sum, exitError{ExitFailure}
		}
		return sum, err
	}
	printBuilt(e, sum)
	return sum, nil
}

// printBuilt prints the last line of a successful build.
func printBuilt(e *env, sum build.Summary) {
	var total time.Duration
	for _, p := range sum.Phases {
		total += p.Duration
	}
	fmt.Fprintf(e.stderr, "built %d pages: %d enterprises, %d batches, %d cases, %d overdue steps, %d search documents, %d warnings, as of %s, in %s\n",
		sum.Pages, sum.Enterprises, sum.Batches, sum.Cases, sum.Overdue, sum.Documents, sum.Warnings, sum.AsOf, total.Round(time.Millisecond))
}

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "[--source DIR] [--strict] [--format text|github|gitlab|json]")
	source := fs.String("source", ".", "site root holding `DIR`/data and DIR/content")
	strict := fs.Bool("strict", false, "treat warnings (credit codes, control levels, reasons, industries or addresses not known) as errors")
	format := fs.String("format", formatText, "how to write the problems: `text` (stderr), github (workflow annotations on stdout), gitlab (Code Quality report on stdout) or json (stdout)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	switch *format {
	case formatText, formatGitHub, formatGitLab, formatJSON:
	default:
		return usageError{fmt.Sprintf("--format %q: want text, github, gitlab or json", *format)}
	}
	ds, rep := build.CheckReport(*source)
	if *strict && rep != nil {
		rep, ds = rep.Strict(), nil
	}
	failed := ds == nil
	switch *format {
	case formatJSON:
		if err := writeJSONReport(e.stdout, *source, ds, rep); err != nil {
			return err
		}
		if failed {
			return exitError{ExitFailure}
		}
		return nil
	case formatGitLab:
		if err := writeGitLab(e.stdout, *source, rep); err != nil {
			return err
		}
		if failed {
			reportProblems(e, rep, "")
			return exitError{ExitFailure}
		}
		return nil // stdout holds the report alone
	case formatGitHub:
		if rep != nil {
			writeGitHub(e.stdout, *source, rep)
		}
	}
	if rep != nil {
		reportProblems(e, rep, "")
	}
	if failed {
		return exitError{ExitFailure}
	}
	fmt.Fprintf(e.stdout, "ok: %d enterprises, %d batches, %d disclosures, %d audit events, %d options, %d cases\n",
		len(ds.Enterprises), len(ds.Batches), len(ds.Disclosures), len(ds.Events), len(ds.Options), len(ds.Cases))
	return nil
}
