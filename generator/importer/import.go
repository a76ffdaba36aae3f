package importer

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"cpportal/domain"
)

// Options say what to import and into which list.
type Options struct {
	Source    string      // the site root holding data/
	Batch     string      // the list's id: names data/lists/<Batch>.csv and .yaml
	Title     string      // the list's title
	Published domain.Date // the notice's date, from which deadlines count
	Issuer    string      // issuing authority; may be left for staff
	DocNumber string      // document number (粤环〔2009〕31号); may be left for staff
	SourceURL string      // link to the notice; http:// or https://, or empty
	Force     bool        // replace an existing list with the same id
	City      string      // the city of a city's notice (code or name): where its new enterprises are; may be empty
	File      string      // the published file: .html, .htm, .xlsx or .csv
}

// batchID is the form of a list id, as load accepts it: letters, digits and inner hyphens. It
// becomes a file name and a URL segment.
var batchID = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$`)

// check reports every mistake in the options at once.
func (o Options) check() error {
	var errs []error
	if !batchID.MatchString(o.Batch) {
		errs = append(errs, fmt.Errorf("batch id %q must use only letters, digits and -, e.g. 2009-1", o.Batch))
	}
	if strings.TrimSpace(o.Title) == "" {
		errs = append(errs, errors.New("the list needs a title"))
	}
	if o.Published.IsZero() {
		errs = append(errs, errors.New("the publication date is required (YYYY-MM-DD)"))
	}
	if o.SourceURL != "" {
		if u, err := url.Parse(o.SourceURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("source URL %q must be an http:// or https:// address", o.SourceURL))
		}
	}
	if _, ok := readers[strings.ToLower(filepath.Ext(o.File))]; !ok {
		errs = append(errs, fmt.Errorf("%s: cannot import this kind of file; save the list as .html, .xlsx or .csv (DOC and PDF attachments: copy the table into a spreadsheet)", o.File))
	}
	return errors.Join(errs...)
}

// readers pick the reader by the file's extension.
var readers = map[string]func(string, io.Reader) (*Table, error){
	".html": ReadHTML,
	".htm":  ReadHTML,
	".xlsx": ReadXLSX,
	".csv":  ReadCSV,
}

// ReadFile reads a published list with the reader its extension calls for.
func ReadFile(path string) (*Table, error) {
	read, ok := readers[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return nil, fmt.Errorf("%s: cannot import this kind of file; save the list as .html, .xlsx or .csv", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: the file is empty", path)
	}
	return read(path, bytes.NewReader(data))
}

// Import reads the published file, matches its rows to the registry of opts.Source and writes
// data/lists/<Batch>.csv and .yaml. It refuses to replace an existing list unless opts.Force
// is set, and writes nothing when it fails. The Report says what became of every row.
func Import(ctx context.Context, opts Options) (*Report, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	listsDir := filepath.Join(opts.Source, "data", "lists")
	csvPath := filepath.Join(listsDir, opts.Batch+".csv")
	yamlPath := filepath.Join(listsDir, opts.Batch+".yaml")
	for _, p := range []string{csvPath, yamlPath} {
		switch info, err := os.Lstat(p); {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		case !info.Mode().IsRegular():
			return nil, fmt.Errorf("%s exists and is not a file; move it away first", p)
		case !opts.Force:
			return nil, fmt.Errorf("%s already exists; use --force to replace list %s", p, opts.Batch)
		}
	}

	table, err := ReadFile(opts.File)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ds, err := readSource(opts.Source)
	if err != nil {
		return nil, err
	}
	divs := newDivisions(ds.Cities)
	city := ""
	if opts.City != "" {
		c, ok := divs.cityCode(opts.City)
		if !ok {
			return nil, fmt.Errorf("city %q is neither a code nor a name in data/cities.csv", opts.City)
		}
		city = c
	}
	reg := newRegistry(ds.Enterprises)
	report := buildReport(table, reg, opts)
	report.completeRegistry(reg, divs, city)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	if err := os.MkdirAll(listsDir, 0o755); err != nil {
		return nil, err
	}
	files := []output{
		{path: csvPath, data: listCSV(report.Entries)},
		{path: yamlPath, data: listYAML(opts)},
	}
	registryPath := filepath.Join(opts.Source, filepath.FromSlash(registryFile))
	if added := report.AddedEnterprises(); len(added) > 0 {
		data, err := appendRegistry(registryPath, added)
		if err != nil {
			return nil, err
		}
		files = append(files, output{path: registryPath, data: data})
	}
	if err := writeAll(files); err != nil {
		return nil, err
	}
	for _, f := range files {
		report.Written = append(report.Written, filepath.ToSlash(f.path))
	}
	return report, nil
}

// buildReport matches every row and leaves out a second row for an enterprise already listed.
func buildReport(t *Table, reg *registry, opts Options) *Report {
	r := &Report{
		File: t.File, Place: t.Place, Encoding: t.Encoding, Batch: opts.Batch,
		Notes: t.Notes, Skipped: slices.Clone(t.Skipped),
	}
	for i, title := range t.Header {
		r.Columns = append(r.Columns, Column{Title: title, Field: t.Fields[i]})
	}
	first := map[string]string{}
	for _, row := range t.Rows {
		e := reg.match(t, row)
		if at, ok := first[e.key()]; ok {
			r.Skipped = append(r.Skipped, Skip{Where: e.Where, Kind: SkipDuplicate, Text: e.Published + " (first at " + at + ")", n: row.Loc.N})
			continue
		}
		first[e.key()] = e.Where
		r.Entries = append(r.Entries, e)
	}
	slices.SortStableFunc(r.Skipped, func(a, b Skip) int { return cmp.Compare(a.n, b.n) })
	r.RowsRead = len(t.Rows) + len(t.Skipped)
	if opts.Issuer == "" {
		r.Missing = append(r.Missing, "issuer")
	}
	if opts.DocNumber == "" {
		r.Missing = append(r.Missing, "doc_number")
	}
	return r
}
