package cli

import (
	"context"
	"fmt"

	"cpportal/domain"
	"cpportal/generator/build"
	"cpportal/generator/importer"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "--source DIR --batch ID --title TITLE --published YYYY-MM-DD [--issuer ISSUER] [--doc-number NO] [--source-url URL] [--city CITY] [--force] FILE")
	var o importer.Options
	var published string
	fs.StringVar(&o.Source, "source", ".", "site root holding `DIR`/data")
	fs.StringVar(&o.Batch, "batch", "", "batch `ID` (letters, digits and -); names data/lists/ID.csv and ID.yaml")
	fs.StringVar(&o.Title, "title", "", "the list's `TITLE`")
	fs.StringVar(&published, "published", "", "publication date `YYYY-MM-DD`, from which deadlines count")
	fs.StringVar(&o.Issuer, "issuer", "", "issuing authority")
	fs.StringVar(&o.DocNumber, "doc-number", "", "document number, e.g. 粤环〔2009〕31号")
	fs.StringVar(&o.SourceURL, "source-url", "", "`URL` of the published notice")
	fs.BoolVar(&o.Force, "force", false, "overwrite an existing list with the same id")
	fs.StringVar(&o.City, "city", "", "the `CITY` (code or name) of a city's notice, where its enterprises are when no county column says")
	rest, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	o.File = rest[0]
	switch {
	case o.Batch == "":
		return usageError{"--batch is required"}
	case o.Title == "":
		return usageError{"--title is required"}
	case published == "":
		return usageError{"--published is required"}
	}
	d, err := domain.ParseDate(published)
	if err != nil {
		return usageError{"--published: " + err.Error()}
	}
	o.Published = d
	report, err := importer.Import(ctx, o)
	if err != nil {
		return err
	}
	report.WriteText(e.stdout)
	// The new list must pass the same validation as check; rows left for staff show up here.
	// Gaps the notice leaves (credit codes, levels, reasons, industries, addresses) are
	// published as not stated; the warnings say where they are for staff who can fill them.
	return checkAfterWrite(e, o.Source,
		"the imported list was written; check reports what staff must complete:",
		"the imported list was written; check warns of what the records leave open:")
}

// checkAfterWrite runs check on a source folder an import has just written to: its errors
// fail the command (exit 1) after failIntro, its warnings are printed after warnIntro.
func checkAfterWrite(e *env, source, failIntro, warnIntro string) error {
	ds, rep := build.CheckReport(source)
	if ds == nil {
		fmt.Fprintln(e.stderr, failIntro)
		reportProblems(e, rep, "")
		return exitError{ExitFailure}
	}
	if rep != nil {
		fmt.Fprintln(e.stderr, warnIntro)
		reportProblems(e, rep, "")
	}
	fmt.Fprintln(e.stdout, "check: ok")
	return nil
}
