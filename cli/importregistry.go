package cli

import (
	"context"

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
	return checkAfterWrite(e, *source, "check reports problems in the data:",
		"check warns of what the records still leave open:")
}
