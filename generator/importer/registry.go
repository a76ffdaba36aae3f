package importer

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"

	"cpportal/generator/domain"
)

// readRegistry reads the enterprise registry (data/enterprises.csv) of the source folder.
func readRegistry(source string) ([]domain.Enterprise, error) {
	path := filepath.Join(source, "data", "enterprises.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the enterprise registry: %w", err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	var out []domain.Enterprise
	for _, rec := range recs[1:] {
		out = append(out, domain.Enterprise{USCC: get(rec, "uscc"), Name: get(rec, "name"), County: get(rec, "county"), Level: domain.ControlLevel(get(rec, "control_level"))})
	}
	return out, nil
}
