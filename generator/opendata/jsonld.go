package opendata

import (
	"net/url"
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// jsonLD is a schema.org Dataset for the /data/ page. encoding/json escapes <, > and & in
// every string, so the file can be embedded verbatim in a <script type="application/ld+json">
// element: no value can close the element.
type jsonLD struct {
	Context             string       `json:"@context"`
	Type                string       `json:"@type"`
	Name                string       `json:"name"`
	AlternateName       string       `json:"alternateName,omitempty"`
	Description         string       `json:"description"`
	URL                 string       `json:"url"`
	License             string       `json:"license"`
	IsAccessibleForFree bool         `json:"isAccessibleForFree"`
	InLanguage          []string     `json:"inLanguage"`
	Keywords            []string     `json:"keywords"`
	DateModified        string       `json:"dateModified"`
	TemporalCoverage    string       `json:"temporalCoverage,omitempty"`
	SpatialCoverage     ldPlace      `json:"spatialCoverage"`
	Creator             *ldOrg       `json:"creator,omitempty"`
	Distribution        []ldDownload `json:"distribution"`
	VariableMeasured    []ldVariable `json:"variableMeasured,omitempty"`
}

type ldPlace struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldOrg struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	URL   string `json:"url,omitempty"`
}

type ldDownload struct {
	Type           string `json:"@type"`
	Name           string `json:"name"`
	EncodingFormat string `json:"encodingFormat"`
	ContentURL     string `json:"contentUrl"`
	ContentSize    string `json:"contentSize,omitempty"`
}

type ldVariable struct {
	Type     string `json:"@type"`
	Name     string `json:"name"`
	UnitText string `json:"unitText,omitempty"`
}

// siteBase returns the site's address ending in "/": the absolute base URL when one is
// configured, else "/" so that links are site-relative.
func siteBase(ds *domain.Dataset, opts Options) string {
	for _, b := range []string{opts.BaseURL, ds.Site.BaseURL} {
		u, err := url.Parse(b)
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return strings.TrimSuffix(u.String(), "/") + "/"
		}
	}
	return "/"
}

func jsonLDOf(ds *domain.Dataset, f *derive.Facts, opts Options, tables []table) jsonLD {
	base := siteBase(ds, opts)
	d := jsonLD{
		Context: "https://schema.org", Type: "Dataset",
		Name:                CleanText(ds.Site.Title),
		AlternateName:       CleanText(ds.Site.TitleEN),
		Description:         packageDescription(ds, f),
		URL:                 base + "data/",
		License:             opts.License.Path,
		IsAccessibleForFree: true,
		InLanguage:          []string{"zh-CN"},
		Keywords:            keywords,
		DateModified:        f.AsOf.String(),
		SpatialCoverage:     ldPlace{Type: "Place", Name: CleanText(ds.Site.Province)},
		Distribution:        []ldDownload{},
	}
	if len(f.Batches) > 0 {
		d.TemporalCoverage = f.Batches[0].Published.String() + "/" + f.AsOf.String()
	}
	if d.Name != "" {
		d.Creator = &ldOrg{Type: "Organization", Name: d.Name, Email: CleanText(ds.Site.Email), URL: base}
	}
	seenVar := map[string]bool{}
	for _, t := range tables {
		for _, file := range t.Files[:2] { // the whole table; per-list files are in datapackage.json
			format := "text/csv"
			if file.Format == "json" {
				format = "application/json"
			}
			d.Distribution = append(d.Distribution, ldDownload{
				Type: "DataDownload", Name: t.Title + " (" + file.Path + ")", EncodingFormat: format,
				ContentURL: base + "data/" + file.Path, ContentSize: formatSize(file.Bytes),
			})
		}
		for _, fd := range t.Fields {
			if fd.Unit != "" && !seenVar[fd.Name] {
				seenVar[fd.Name] = true
				d.VariableMeasured = append(d.VariableMeasured, ldVariable{Type: "PropertyValue", Name: fd.Name, UnitText: fd.Unit})
			}
		}
	}
	d.Distribution = append(d.Distribution, ldDownload{
		Type: "DataDownload", Name: "Data Package (datapackage.json)", EncodingFormat: "application/json",
		ContentURL: base + "data/datapackage.json",
	})
	return d
}

func formatSize(n int64) string { return strconv.FormatInt(n, 10) + " B" }
