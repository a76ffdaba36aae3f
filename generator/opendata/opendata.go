package opendata

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// Options are the choices of the downloads that the data files do not make.
type Options struct {
	// License of the published data; DefaultLicense when its Name is empty.
	License License
	// BaseURL is the site's absolute address, for the download links of dataset.jsonld. When
	// empty, the dataset's site.yaml base_url; when neither is an absolute http(s) URL, the
	// links are site-relative (/data/…), which a page embedding the JSON-LD resolves.
	BaseURL string
	// Name of the data package (lower-case letters, digits, - . _); DefaultName when empty.
	Name string
}

// License names the licence of the data, as Data Package "licenses" entries do.
type License struct {
	Name  string `json:"name"`  // SPDX identifier, CC-BY-4.0
	Title string `json:"title"` // human-readable name
	Path  string `json:"path"`  // the licence text's address
}

// DefaultLicense is the licence the downloads carry unless Options say otherwise: government
// open data is commonly published under an attribution licence, which lets anyone reuse it
// while keeping the source visible.
var DefaultLicense = License{
	Name:  "CC-BY-4.0",
	Title: "Creative Commons Attribution 4.0 International",
	Path:  "https://creativecommons.org/licenses/by/4.0/",
}

// DefaultName is the data package's name unless Options say otherwise.
const DefaultName = "guangdong-cleaner-production-audits"

// Stats counts what Write produced.
type Stats struct {
	Tables int   // tables, each written as CSV and JSON
	Files  int   // files written, per-list files and the descriptions included
	Rows   int   // rows of the whole-table CSV files (the per-list files repeat the lists rows)
	Bytes  int64 // bytes of all files
}

func (s Stats) String() string {
	return fmt.Sprintf("%d tables, %d rows, %d files, %d bytes", s.Tables, s.Rows, s.Files, s.Bytes)
}

// table is one table as written: its documentation and its files.
type table struct {
	Resource
	Files []FileInfo `json:"files"` // CSV and JSON of the whole table, then per list
}

// safeSegment is what a batch id must look like to become a file name.
var safeSegment = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

var packageName = regexp.MustCompile(`^[a-z0-9._-]+$`)

// Write writes the downloads into dir (the site's /data/ folder): every table as CSV and JSON,
// the list table also split by list, and datapackage.json, catalogue.json and dataset.jsonld
// describing them. The same dataset, facts and options always give byte-identical files. Like
// the rest of the build, it expects dir to be empty or absent: files it did not write are left
// alone and would be published with the others.
func Write(dir string, ds *domain.Dataset, facts *derive.Facts, opts Options) (Stats, error) {
	if ds == nil || facts == nil {
		return Stats{}, errors.New("opendata: dataset and facts are required")
	}
	if opts.License.Name == "" {
		opts.License = DefaultLicense
	}
	if opts.Name == "" {
		opts.Name = DefaultName
	}
	if !packageName.MatchString(opts.Name) {
		return Stats{}, fmt.Errorf("opendata: package name %q must be lower-case letters, digits, '-', '.' or '_'", opts.Name)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, fmt.Errorf("opendata: %w", err)
	}
	tables, err := writeTables(dir, ds, facts)
	if err != nil {
		return Stats{}, fmt.Errorf("opendata: %w", err)
	}
	var st Stats
	for _, t := range tables {
		st.Tables++
		st.Rows += t.Files[0].Rows
		for _, f := range t.Files {
			st.Files++
			st.Bytes += f.Bytes
		}
	}
	pkg, err := writeJSON(dir, "datapackage.json", dataPackageOf(ds, facts, opts, tables))
	if err != nil {
		return st, fmt.Errorf("opendata: %w", err)
	}
	ld, err := writeJSON(dir, "dataset.jsonld", jsonLDOf(ds, facts, opts, tables))
	if err != nil {
		return st, fmt.Errorf("opendata: %w", err)
	}
	cat, err := writeJSON(dir, "catalogue.json", catalogueOf(ds, facts, opts, tables, pkg, ld))
	if err != nil {
		return st, fmt.Errorf("opendata: %w", err)
	}
	st.Files += 3
	st.Bytes += pkg.Bytes + ld.Bytes + cat.Bytes
	return st, nil
}

// writeTables writes every table of Catalogue, in its order.
func writeTables(dir string, ds *domain.Dataset, f *derive.Facts) ([]table, error) {
	agencies := make(map[string]string, len(ds.Agencies))
	for _, a := range ds.Agencies {
		agencies[a.ID] = a.Name
	}
	ents := func(yield func(*derive.Enterprise) bool) {
		for i := range f.Enterprises {
			if !yield(&f.Enterprises[i]) {
				return
			}
		}
	}
	writers := map[string]func(base string) ([]FileInfo, error){
		"enterprises": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, mapSeq(ents, enterpriseRow)))
		},
		"batches": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(batchRows(f))))
		},
		"lists": func(base string) ([]FileInfo, error) { return writeLists(dir, base, f) },
		"disclosures": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, flatSeq(ents, func(e *derive.Enterprise) []DisclosureRow {
				rows := make([]DisclosureRow, len(e.Disclosures))
				for i := range e.Disclosures {
					rows[i] = disclosureRow(e, &e.Disclosures[i])
				}
				return rows
			})))
		},
		"audits": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, flatSeq(ents, func(e *derive.Enterprise) []AuditRow {
				return auditRows(e, agencies)
			})))
		},
		"options": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, flatSeq(ents, func(e *derive.Enterprise) []OptionRow {
				rows := make([]OptionRow, len(e.Options))
				for i := range e.Options {
					rows[i] = optionRow(e, &e.Options[i])
				}
				return rows
			})))
		},
		"cases": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(caseRows(ds, f))))
		},
		"city-years": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(yearRows(f.Cities))))
		},
		"industry-years": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(yearRows(f.Industries))))
		},
		"province-years": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(yearRows([]derive.Area{f.Province}))))
		},
		"agencies": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(agencyRows(f))))
		},
		"agency-years": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(agencyYearRows(f))))
		},
		"city-reports": func(base string) ([]FileInfo, error) {
			return both(writeTable(dir, base, slices.Values(cityReportRows(f))))
		},
	}
	cat := Catalogue()
	for _, r := range cat {
		if writers[r.Name] == nil {
			return nil, fmt.Errorf("no writer for table %s", r.Name)
		}
	}
	// The tables are independent files: they are written side by side, one per core, started
	// in the catalogue's order. Each table's files are the same whichever finishes first.
	out := make([]table, len(cat))
	errs := make([]error, len(cat))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, r := range cat {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			files, err := writers[r.Name](r.Name)
			out[i], errs[i] = table{Resource: r, Files: files}, err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first table's in the catalogue's order
		}
	}
	return out, nil
}

// writeLists writes the lists table whole and then once per list, as lists/<batch>.csv|json.
func writeLists(dir, base string, f *derive.Facts) ([]FileInfo, error) {
	all := func(yield func(ListRow) bool) {
		for i := range f.Batches {
			for _, r := range listRows(&f.Batches[i]) {
				if !yield(r) {
					return
				}
			}
		}
	}
	files, err := both(writeTable(dir, base, all))
	if err != nil {
		return nil, err
	}
	seen := map[string]string{}
	for i := range f.Batches {
		b := &f.Batches[i]
		if !safeSegment.MatchString(b.ID) {
			return nil, fmt.Errorf("list id %q cannot name a file: only letters, digits, '-' and '_'", b.ID)
		}
		// Two ids that differ only in case would be one file on some file systems and one
		// resource name in datapackage.json.
		if other, dup := seen[strings.ToLower(b.ID)]; dup {
			return nil, fmt.Errorf("list ids %q and %q differ only in case", other, b.ID)
		}
		seen[strings.ToLower(b.ID)] = b.ID
		c, j, err := writeTable(dir, base+"/"+b.ID, slices.Values(listRows(b)))
		if err != nil {
			return nil, err
		}
		files = append(files, c, j)
	}
	return files, nil
}

func both(c, j FileInfo, err error) ([]FileInfo, error) {
	if err != nil {
		return nil, err
	}
	return []FileInfo{c, j}, nil
}

func mapSeq[T, R any](in iter.Seq[T], f func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		for x := range in {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func flatSeq[T, R any](in iter.Seq[T], f func(T) []R) iter.Seq[R] {
	return func(yield func(R) bool) {
		for x := range in {
			for _, r := range f(x) {
				if !yield(r) {
					return
				}
			}
		}
	}
}
