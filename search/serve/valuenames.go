package serve

import "cpportal/generator/importer"

// English results pages name the county facet's values (the published Chinese names, which
// stay the filter values) by the divisions' official English names, the Chinese beside them.
func init() {
	for _, l := range resultLangs {
		if l.code != "en" {
			continue
		}
		counties := map[string]string{}
		for _, c := range importer.Counties() {
			counties[c.Name] = c.NameEn + " (" + c.Name + ")"
		}
		l.words.values["county"] = counties
	}
}
