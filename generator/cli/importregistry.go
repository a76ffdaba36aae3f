package cli

import (
	"context"
	"fmt"

	"cpportal/generator/build"
	"cpportal/generator/importer"
)

func runImportRegistry(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import-registry", "--source DIR FILE")
	source := fs.String("source", ".", "site root holding `DIR`/data")
	rest, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	report, err := importer.ImportRegistry(ctx, *source, rest[0])
	if err != nil {
		return err
	}
	report.WriteText(e.stdout)
	ds, rep := build.CheckReport(*source)
	if ds == nil {
		fmt.Fprintln(e.stderr, "check reports problems in the data:")
		reportProblems(e, rep, "")
		return exitError{ExitFailure}
	}
	if rep != nil {
		fmt.Fprintln(e.stderr, "check warns of what the records still leave open:")
		reportProblems(e, rep, "")
	}
	fmt.Fprintln(e.stdout, "check: ok")
	return nil
}
