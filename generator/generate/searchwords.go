package generate

import (
	"cpportal/generator/importer"
	"cpportal/search/contract"
	"cpportal/search/words"
)

// englishNames are the English names of the dataset's cities and industries and of
// Guangdong's county-level divisions.
func (g *generator) englishNames() words.EnglishNames {
	n := words.EnglishNames{contract.FacetCity: {}, contract.FacetIndustry: {}, contract.FacetCounty: {}}
	for _, c := range g.in.Dataset.Cities {
		n[contract.FacetCity][c.Name] = c.NameEN
	}
	for _, i := range g.in.Dataset.Industries {
		n[contract.FacetIndustry][i.Name] = i.NameEN
	}
	for _, c := range importer.Counties() {
		n[contract.FacetCounty][c.Name] = c.NameEn
	}
	return n
}

// writeSearchWords writes each language's contract.Words beside its search page.
func (g *generator) writeSearchWords() error {
	names := g.englishNames()
	for _, lang := range g.langs {
		w, err := words.Of(lang, names)
		if err != nil {
			return err
		}
		dir := "static/"
		if lang != defaultLang {
			dir += lang + "/"
		}
		if err := g.out.json(dir+contract.WordsFile, w); err != nil {
			return err
		}
	}
	return nil
}
