package load

import (
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"cpportal/domain"
)

const listsDir = "data/lists"

var listSpec = csvSpec{columns: []string{"uscc", "name", "control_level", "reasons"}}

// loadLists reads every data/lists/<id>.yaml with its data/lists/<id>.csv. A yaml without its
// csv or a csv without its yaml is a problem; other files in the folder are ignored only when
// they are hidden (editor and OS droppings), anything else is reported.
func loadLists(fsys fs.FS, ps *domain.Problems) []domain.Batch {
	entries, err := fs.ReadDir(fsys, listsDir)
	if err != nil {
		*ps = append(*ps, fileProblem(listsDir, err))
		return nil
	}
	yamls, csvs := map[string]bool{}, map[string]bool{}
	all := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		stem, ext := strings.TrimSuffix(name, path.Ext(name)), path.Ext(name)
		switch ext {
		case ".yaml":
			yamls[stem] = true
		case ".csv":
			csvs[stem] = true
		default:
			*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: path.Join(listsDir, name)},
				Message: "unexpected file in data/lists", Hint: "a list is a pair <id>.yaml and <id>.csv"})
			continue
		}
		all[stem] = true
	}

	var out []domain.Batch
	for _, stem := range slices.Sorted(maps.Keys(all)) {
		yamlFile, csvFile := path.Join(listsDir, stem+".yaml"), path.Join(listsDir, stem+".csv")
		switch {
		case !csvs[stem]:
			*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: yamlFile}, Message: "list has no member file " + csvFile})
			continue
		case !yamls[stem]:
			*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: csvFile}, Message: "list members have no list file " + yamlFile})
			continue
		}
		b, ok := loadBatch(fsys, yamlFile, stem, ps)
		if !ok {
			continue
		}
		spec := listSpec
		spec.file = csvFile
		b.Members = readRecords(fsys, spec, ps, false, func(r *csvRow) domain.ListEntry {
			return domain.ListEntry{
				Batch:   b.ID,
				USCC:    r.required("uscc"),
				Name:    r.required("name"),
				Level:   optionalEnum(r, "control_level", domain.ControlLevels, domain.ControlLevel.Valid),
				Reasons: r.optionalReasons("reasons"),
				Src:     r.src,
			}
		})
		out = append(out, b)
	}
	return out
}

// loadBatch reads a list's yaml. It reports false when the file could not be parsed at all.
func loadBatch(fsys fs.FS, file, stem string, ps *domain.Problems) (domain.Batch, bool) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		*ps = append(*ps, fileProblem(file, err))
		return domain.Batch{}, false
	}
	data, bad := decodeText(file, data)
	if bad != nil {
		*ps = append(*ps, *bad)
		return domain.Batch{}, false
	}
	return parseBatch(file, stem, data, ps)
}

// parseBatch decodes the text of a list's yaml; stem is its file name without extension.
func parseBatch(file, stem string, data []byte, ps *domain.Problems) (domain.Batch, bool) {
	b := domain.Batch{ID: stem}
	d := &yamlDoc{src: domain.Source{File: file, Line: 1}, ps: ps}
	root, ok := d.parseYAML(data)
	if !ok {
		b.Src = d.src
		return b, false
	}
	var id string
	d.mapping(root, []yamlKey{
		{name: "id", required: true, decode: yamlText(&id, true)},
		{name: "title", required: true, decode: yamlText(&b.Title, true)},
		{name: "issuer", required: true, decode: yamlText(&b.Issuer, true)},
		{name: "doc_number", required: true, decode: yamlText(&b.DocNumber, true)},
		{name: "published", required: true, decode: yamlDate(&b.Published, true)},
		{name: "source_url", decode: yamlText(&b.SourceURL, false)},
	})
	b.Src = d.src
	if id != "" && id != stem {
		ps.AddHint(b.Src, "id", "the id is the file name without .yaml",
			"id %q does not match the file name %q", id, stem)
	}
	if !isBatchID(stem) {
		*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: file}, Message: "file name " + stem +
			" is not a list id", Hint: "list ids use letters, digits and -, e.g. 2009-1"})
	}
	return b, true
}

// isBatchID accepts ASCII letters, digits and inner hyphens.
func isBatchID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
