package load

import (
	"errors"
	"io/fs"

	"cpportal/domain"
)

const siteFile = "data/site.yaml"

// loadSite reads data/site.yaml.
func loadSite(fsys fs.FS, ps *domain.Problems) domain.Site {
	var site domain.Site
	data, err := fs.ReadFile(fsys, siteFile)
	if err != nil {
		*ps = append(*ps, fileProblem(siteFile, err))
		return site
	}
	data, bad := decodeText(siteFile, data)
	if bad != nil {
		*ps = append(*ps, *bad)
		return site
	}
	return parseSite(data, ps)
}

// parseSite decodes the text of site.yaml.
func parseSite(data []byte, ps *domain.Problems) domain.Site {
	var site domain.Site
	d := &yamlDoc{src: domain.Source{File: siteFile, Line: 1}, ps: ps}
	root, ok := d.parseYAML(data)
	if !ok {
		site.Src = d.src
		return site
	}
	d.mapping(root, []yamlKey{
		{name: "title", required: true, decode: yamlText(&site.Title, true)},
		{name: "title_en", decode: yamlText(&site.TitleEN, false)},
		{name: "province", required: true, decode: yamlText(&site.Province, true)},
		{name: "email", required: true, decode: yamlText(&site.Email, true)},
		{name: "base_url", decode: yamlText(&site.BaseURL, false)},
		{name: "as_of", decode: yamlDate(&site.AsOf, false)},
		{name: "sample", decode: yamlBool(&site.Sample)},
	})
	site.Src = d.src
	return site
}

// errNotExist reports whether err says a file is absent.
func errNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
