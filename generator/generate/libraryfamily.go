package generate

import "strings"

// industryFamily groups GB/T 4754 industry classes the way readers of the library ask for
// them: "印染" rather than six dyeing and finishing classes. A class belongs to the first family
// one of whose prefixes it starts with; a prefix of two digits is a division (22 造纸和纸制品业),
// of three a group, of four one class.
type industryFamily struct {
	key      string   // ASCII key in URLs and data attributes; its name is the i18n string family_<key>
	prefixes []string // GB/T 4754-2017 code prefixes
}

// industryFamilies is the one table of families, in the order the library lists them. Classes
// matching none fall into otherFamily.
var industryFamilies = []industryFamily{
	{"dyeing", []string{"1713", "1723", "1733", "1743", "1752", "1762"}},
	{"paper", []string{"22"}},
	{"electroplating", []string{"3360"}},
	{"chemicals", []string{"25", "26", "28", "29"}},
	{"pharmaceuticals", []string{"27"}},
	{"building-materials", []string{"30"}},
	{"power", []string{"44"}},
	{"nonferrous", []string{"32"}},
	{"steel", []string{"31"}},
	{"food", []string{"13", "14", "15"}},
	{"leather", []string{"19"}},
	{"printing", []string{"23"}},
	{"batteries-electronics", []string{"384", "39"}},
	{"textiles", []string{"17", "18"}},
}

// otherFamily holds the classes no family claims.
var otherFamily = industryFamily{key: "other"}

// familyOf returns the family of an industry class code.
func familyOf(code string) industryFamily {
	for _, f := range industryFamilies {
		for _, p := range f.prefixes {
			if strings.HasPrefix(code, p) {
				return f
			}
		}
	}
	return otherFamily
}

// industryLabel is an industry's name in the page's language: the English name from
// industries.csv on English pages when it has one, else the Chinese name.
func (g *generator) industryLabel(f *pageBody, code string) string {
	if i, ok := g.industries[code]; ok && f.t.lang != defaultLang && i.NameEN != "" {
		return i.NameEN
	}
	return g.industryName(code)
}
