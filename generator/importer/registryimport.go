package importer

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"cpportal/domain"
)

// RegistryReport says what an import of registry facts (import-registry) did with every row.
type RegistryReport struct {
	File      string
	Written   string          // the registry file, when anything was filled in
	RowsRead  int             // rows naming an enterprise
	Filled    []RegistryFill  // values written into empty cells
	Conflicts []RegistryIssue // values that differ from the registry's: left as they were
	Ambiguous []RegistryIssue // names several registry enterprises have (in the row's city)
	NotFound  []RegistryIssue // names no registry enterprise has
	Invalid   []RegistryIssue // values that are not a valid code, industry …
	Unchanged int             // rows that matched and had nothing new
}

// RegistryFill is one value filled in.
type RegistryFill struct {
	Where, Name, ID string // the row, the enterprise's registry name and its id before the fill
	Field, Value    string // the registry column and the value written
}

// RegistryIssue is a row, or one value of it, that was not used.
type RegistryIssue struct {
	Where, Name, Message string
}

// ImportRegistry fills in what the registry of source does not know yet from a spreadsheet
// (CSV or XLSX, or an HTML table) with an enterprise name column and any of credit code,
// organisation code, industry and address, and optionally a city or county column. A row is
// tied to the registry enterprise of exactly that normalised name (within the row's city,
// when the row gives one); a value is written only into an empty cell. Values that differ from
// the registry's, names that fit several enterprises or none, and codes that fail their check
// are reported and change nothing. The registry file is rewritten only when something was
// filled in, atomically; an enterprise that gets a credit code keeps its other identifiers,
// so its former address redirects to the new one.
func ImportRegistry(ctx context.Context, source, file string) (*RegistryReport, error) {
	t, err := ReadFile(file)
	if err != nil {
		return nil, err
	}
	if t.Col(FieldUSCC) < 0 && t.Col(FieldOrgCode) < 0 && t.Col(FieldIndustry) < 0 && t.Col(FieldAddress) < 0 {
		return nil, fmt.Errorf("%s: no column holds a credit code, organisation code, industry or address (columns: %s)",
			file, strings.Join(t.Header, ", "))
	}
	ds, err := readSource(source)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep := &RegistryReport{File: file, RowsRead: len(t.Rows)}
	f := newFiller(ds)
	for _, row := range t.Rows {
		f.row(t, row, rep)
	}
	if len(rep.Filled) == 0 {
		return rep, nil
	}
	path := filepath.Join(source, filepath.FromSlash(registryFile))
	data, err := rewriteRegistry(path, f.changes)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := writeAll([]output{{path: path, data: data}}); err != nil {
		return nil, err
	}
	rep.Written = filepath.ToSlash(path)
	return rep, nil
}

// filler matches rows to the registry and collects the cells to fill.
type filler struct {
	ds         *domain.Dataset
	divs       *divisions
	byName     map[string][]int // normalised name → indexes into ds.Enterprises
	byID       map[string]int   // every identifier → index
	industries map[string]string
	changes    map[int]map[string]string // registry record's line → column → value
}

func newFiller(ds *domain.Dataset) *filler {
	f := &filler{ds: ds, divs: newDivisions(ds.Cities), byName: map[string][]int{}, byID: map[string]int{},
		industries: map[string]string{}, changes: map[int]map[string]string{}}
	for i := range ds.Enterprises {
		e := &ds.Enterprises[i]
		key := domain.NormalizeName(e.Name)
		f.byName[key] = append(f.byName[key], i)
		for _, id := range e.IDs() {
			f.byID[id] = i
		}
	}
	for _, ind := range ds.Industries {
		f.industries[ind.Code] = ind.Code
		f.industries[domain.NormalizeName(ind.Name)] = ind.Code
	}
	return f
}

func (f *filler) row(t *Table, row Row, rep *RegistryReport) {
	where := row.Loc.At(t.Col(FieldName))
	name := strings.TrimRightFunc(t.Value(row, FieldName), isTrailingPunct)
	issue := func(list *[]RegistryIssue, format string, args ...any) {
		*list = append(*list, RegistryIssue{Where: where, Name: name, Message: fmt.Sprintf(format, args...)})
	}
	cands := f.byName[domain.NormalizeName(name)]
	city := ""
	if region := t.Value(row, FieldRegion); region != "" {
		if city, _ = f.divs.place(region); city == "" {
			if c, ok := f.divs.cityCode(region); ok {
				city = c
			}
		}
		if city != "" {
			cands = slices.DeleteFunc(slices.Clone(cands), func(i int) bool { return f.ds.Enterprises[i].City != city })
		}
	}
	switch {
	case len(cands) == 0 && city != "":
		issue(&rep.NotFound, "no registry enterprise of this name in city %s", city)
		return
	case len(cands) == 0:
		issue(&rep.NotFound, "no registry enterprise has this name")
		return
	case len(cands) > 1:
		var ids []string
		for _, i := range cands {
			e := &f.ds.Enterprises[i]
			ids = append(ids, strings.TrimSpace(e.USCC+" "+e.City+" "+e.County))
		}
		issue(&rep.Ambiguous, "several registry enterprises have this name: %s; add a city or county column", strings.Join(ids, " or "))
		return
	}
	idx := cands[0]
	e := &f.ds.Enterprises[idx]
	at := e.Src.Line
	filled := false
	fill := func(field, have, value string) {
		switch {
		case value == "" || value == have:
		case have != "":
			issue(&rep.Conflicts, "%s %s here, %s in the registry (%s); the registry's is kept", field, value, have, line(e.Src))
		default:
			if f.changes[at] == nil {
				f.changes[at] = map[string]string{}
			}
			if prev, ok := f.changes[at][field]; ok && prev != value {
				issue(&rep.Conflicts, "%s %s here, %s in an earlier row; the earlier is kept", field, value, prev)
				return
			}
			f.changes[at][field] = value
			if field == "uscc" || field == "org_code" {
				f.byID[value] = idx // a later row cannot give the same code to another enterprise
			}
			rep.Filled = append(rep.Filled, RegistryFill{Where: where, Name: e.Name, ID: e.USCC, Field: field, Value: value})
			filled = true
		}
	}

	code := normalizeCode(t.Value(row, FieldUSCC))
	if code != "" {
		if err := domain.CheckUSCC(code); err != nil {
			issue(&rep.Invalid, "%v", err)
			code = ""
		} else if other, taken := f.byID[code]; taken && other != idx {
			issue(&rep.Conflicts, "credit code %s is already %s's (%s)", code, f.ds.Enterprises[other].Name, line(f.ds.Enterprises[other].Src))
			code = ""
		} else if e.OrgCode != "" && domain.OrgCodeOf(code) != e.OrgCode {
			issue(&rep.Conflicts, "credit code %s does not hold the registry's organisation code %s", code, e.OrgCode)
			code = ""
		}
	}
	org := domain.NormalizeOrgCode(t.Value(row, FieldOrgCode))
	if org != "" {
		if err := domain.CheckOrgCode(org); err != nil {
			issue(&rep.Invalid, "%v", err)
			org = ""
		} else if other, taken := f.byID[org]; taken && other != idx {
			issue(&rep.Conflicts, "organisation code %s is already %s's (%s)", org, f.ds.Enterprises[other].Name, line(f.ds.Enterprises[other].Src))
			org = ""
		} else if in := domain.OrgCodeOf(cmp.Or(code, e.CreditCode)); in != "" && in != org {
			issue(&rep.Conflicts, "organisation code %s is not the one in the credit code (%s)", org, in)
			org = ""
		}
	}
	industry := ""
	if v := t.Value(row, FieldIndustry); v != "" {
		if c, ok := f.industries[domain.NormalizeName(v)]; ok {
			industry = c
		} else {
			issue(&rep.Invalid, "industry %q is neither a code nor a name in data/industries.csv", v)
		}
	}
	fill("uscc", e.CreditCode, code)
	fill("org_code", e.OrgCode, org)
	fill("industry", e.Industry, industry)
	fill("address", e.Address, strings.TrimSpace(t.Value(row, FieldAddress)))
	if !filled {
		rep.Unchanged++
	}
}

// line formats a record's position as file:line.
func line(src domain.Source) string { return fmt.Sprintf("%s:%d", src.File, src.Line) }

// rewriteRegistry returns the registry file with the cells changed: changes are by the line
// each record starts on, as load reported it. Every other cell is written back as it was
// read; a column the changes need (org_code) is appended when the file lacks it.
func rewriteRegistry(path string, changes map[int]map[string]string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	bom := bytes.HasPrefix(data, []byte("\ufeff"))
	rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	rd.FieldsPerRecord = -1
	var rows [][]string
	var lines []int
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s cannot be read back: %v", registryFile, err)
		}
		l, _ := rd.FieldPos(0)
		rows, lines = append(rows, rec), append(lines, l)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s is empty", registryFile)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, fields := range changes {
		for field := range fields {
			if _, ok := col[field]; !ok {
				col[field] = len(rows[0])
				rows[0] = append(rows[0], field)
			}
		}
	}
	for i := 1; i < len(rows); i++ {
		for len(rows[i]) < len(rows[0]) {
			rows[i] = append(rows[i], "")
		}
		for field, value := range changes[lines[i]] {
			rows[i][col[field]] = value
		}
	}
	var b bytes.Buffer
	if bom {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	return b.Bytes(), nil
}

// WriteText writes the report for staff: a summary, then every value filled in and every row
// or value that was not used, with its place in the spreadsheet.
func (r *RegistryReport) WriteText(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("Registry facts from %s\n", r.File)
	if r.Written != "" {
		p("Wrote %s\n", r.Written)
	} else {
		p("Nothing to fill in; %s is unchanged\n", registryFile)
	}
	p("\nRows read: %d\n  values filled in:      %d\n  rows with nothing new: %d\n  conflicts:             %d\n  ambiguous names:       %d\n  names not found:       %d\n  values not valid:      %d\n",
		r.RowsRead, len(r.Filled), r.Unchanged, len(r.Conflicts), len(r.Ambiguous), len(r.NotFound), len(r.Invalid))
	if len(r.Filled) > 0 {
		p("\nFilled in (%d):\n", len(r.Filled))
		for _, f := range r.Filled {
			p("  %s  %s (%s): %s %s\n", f.Where, f.Name, f.ID, f.Field, f.Value)
		}
	}
	issues := func(title string, list []RegistryIssue) {
		if len(list) == 0 {
			return
		}
		p("\n%s (%d):\n", title, len(list))
		for _, i := range list {
			p("  %s  %s: %s\n", i.Where, i.Name, i.Message)
		}
	}
	issues("Conflicts: the registry's values are kept; correct the registry by hand if the spreadsheet is right", r.Conflicts)
	issues("Ambiguous names: nothing filled in", r.Ambiguous)
	issues("Not in the registry: nothing filled in (import the list that names them first)", r.NotFound)
	issues("Values not valid: not used", r.Invalid)
	_, err := io.WriteString(w, b.String())
	return err
}
