package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"

	"cpportal/domain"
)

// completeRegistry makes a registry entry for every new enterprise of the list: the name as
// published, the city from the region column (a county or a city) or else from the notice's
// city, the county as the table of divisions names it, and an id. A credit code the list gives
// is the id; otherwise the local id derived from the city and the name, the same on every
// import of the notice. An enterprise whose local id the registry already has (it was listed
// before under this name, and renamed in the registry since) is matched by it instead. A new
// enterprise whose city cannot be told gets no entry: the report asks for --city or the county.
func (r *Report) completeRegistry(reg *registry, divs *divisions, noticeCity string) {
	for i := range r.Entries {
		e := &r.Entries[i]
		if e.Outcome != New {
			continue
		}
		city, county := divs.place(e.Region)
		if city == "" {
			city = noticeCity
		}
		if city == "" {
			e.Notes = append(e.Notes, "its city is not known: give the notice's city with --city, or a county column; no registry entry was made")
			continue
		}
		add := &domain.Enterprise{Name: e.Name, City: city, County: county, Level: e.Level}
		if e.USCC != "" {
			add.CreditCode = e.USCC
		} else {
			add.LocalID = domain.LocalID(city, e.Name)
			if found, ok := reg.byCode[add.LocalID]; ok {
				e.Outcome, e.USCC, e.Name = ByLocalID, found.USCC, found.Name
				continue
			}
		}
		add.USCC = add.IDs()[0]
		e.USCC, e.Added = add.USCC, add
		reg.byCode[add.USCC] = *add
	}
}

// AddedEnterprises returns the registry entries the import makes, in the list's order.
func (r *Report) AddedEnterprises() []domain.Enterprise {
	var out []domain.Enterprise
	for _, e := range r.Entries {
		if e.Added != nil {
			out = append(out, *e.Added)
		}
	}
	return out
}

// registryColumns are data/enterprises.csv's columns as import writes a new file; an existing
// file keeps its own order, with org_code and local_id appended when it lacks them.
var registryColumns = []string{"uscc", "name", "city", "county", "industry", "control_level", "address", "org_code", "local_id"}

// appendRegistry returns the registry file at path with the enterprises added at its end. The
// rows already there are written back as they were read; a file without the org_code and
// local_id columns gains them (empty for the rows already there).
func appendRegistry(path string, add []domain.Enterprise) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	bom := bytes.HasPrefix(data, []byte("\ufeff"))
	var rows [][]string
	if len(bytes.TrimSpace(data)) > 0 {
		rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
		rd.FieldsPerRecord = -1
		if rows, err = rd.ReadAll(); err != nil {
			return nil, fmt.Errorf("%s: %w", registryFile, err)
		}
	}
	if len(rows) == 0 {
		rows = [][]string{slices.Clone(registryColumns)}
	}
	header := rows[0]
	for _, col := range []string{"org_code", "local_id"} {
		if !slices.Contains(header, col) {
			header = append(header, col)
		}
	}
	rows[0] = header
	for i := 1; i < len(rows); i++ {
		for len(rows[i]) < len(header) {
			rows[i] = append(rows[i], "")
		}
	}
	for _, e := range add {
		values := map[string]string{
			"uscc": e.CreditCode, "name": e.Name, "city": e.City, "county": e.County, "industry": e.Industry,
			"control_level": string(e.Level), "address": e.Address, "org_code": e.OrgCode, "local_id": e.LocalID,
		}
		row := make([]string, len(header))
		for j, col := range header {
			row[j] = values[col]
		}
		rows = append(rows, row)
	}
	var b bytes.Buffer
	if bom {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	w.WriteAll(rows) // writing to a bytes.Buffer cannot fail
	return b.Bytes(), nil
}
