package load

import (
	"errors"
	"io/fs"

	"cpportal/domain"
)

var reportsSpec = csvSpec{file: "data/reports.csv", columns: []string{"city", "year", "submitted", "doc_number", "source_url"}}

// loadReports reads the optional data/reports.csv. It returns nil when the file is absent, so
// that pages say nothing of the reports rather than that no city reported.
func loadReports(fsys fs.FS, ps *domain.Problems) []domain.CityReport {
	if _, err := fs.Stat(fsys, reportsSpec.file); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return readRecords(fsys, reportsSpec, ps, true, func(r *csvRow) domain.CityReport {
		return domain.CityReport{
			City:      r.required("city"),
			Year:      r.year("year"),
			Submitted: r.requiredDate("submitted"),
			DocNumber: r.text("doc_number"),
			SourceURL: r.text("source_url"),
			Src:       r.src,
		}
	})
}
