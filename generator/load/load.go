package load

import (
	"io/fs"

	"cpportal/domain"
)

// Load reads the source folder fsys (the root that holds data/ and content/) into a Dataset.
// It reads every file even when earlier ones are broken, and returns the problems found in
// the files themselves, sorted by file and line; the Dataset holds every record that could be
// read. Cross-record checks are package validate's.
func Load(fsys fs.FS) (*domain.Dataset, domain.Problems) {
	var ps domain.Problems
	ds := &domain.Dataset{
		Site:        loadSite(fsys, &ps),
		Cities:      loadCities(fsys, &ps),
		Industries:  loadIndustries(fsys, &ps),
		Enterprises: loadEnterprises(fsys, &ps),
		Batches:     loadLists(fsys, &ps),
		Disclosures: loadDisclosures(fsys, &ps),
		Events:      loadAudits(fsys, &ps),
		Options:     loadOptions(fsys, &ps),
		Agencies:    loadAgencies(fsys, &ps),
		Calendar:    loadCalendar(fsys, &ps),
		Cases:       loadCases(fsys, &ps),
	}
	ds.Reports = loadReports(fsys, &ps)
	resolveIDs(ds)
	return ds, ps.Sort()
}
