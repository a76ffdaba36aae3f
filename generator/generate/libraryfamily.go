package generate

import "strings"

// industryFamily groups GB/T 4754 industry classes the way readers of the library ask for
// them: "印染" rather than six dyeing and finishing classes. A class belongs to the first family
// one of whose prefixes it starts with; a prefix of two digits is a division (22 造纸和纸制品业),
// of three a group, of four one class.
type industryFamily struct {
	key      string   // ASCII key in URLs and data attributes
	name     string   // Chinese name; the English one is the i18n string family_<key>
	prefixes []string // GB/T 4754-2017 code prefixes
}

// industryFamilies is the one table of families, in the order the library lists them. Classes
// matching none fall into otherFamily.
var industryFamilies = []industryFamily{
	{"dyeing", "印染", []string{"1713", "1723", "1733", "1743", "1752", "1762"}},
	{"paper", "造纸", []string{"22"}},
	{"electroplating", "电镀", []string{"3360"}},
	{"chemicals", "化工", []string{"25", "26", "28", "29"}},
	{"pharmaceuticals", "制药", []string{"27"}},
	{"building-materials", "建材", []string{"30"}},
	{"power", "电力", []string{"44"}},
	{"nonferrous", "有色金属冶炼", []string{"32"}},
	{"steel", "钢铁", []string{"31"}},
	{"food", "食品饮料", []string{"13", "14", "15"}},
	{"leather", "皮革", []string{"19"}},
	{"printing", "印刷", []string{"23"}},
	{"batteries-electronics", "电池与电子", []string{"384", "39"}},
	{"textiles", "纺织", []string{"17", "18"}},
}

// otherFamily holds the classes no family claims.
var otherFamily = industryFamily{key: "other", name: "其他行业"}

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
func (g *generator) industryLabel(f *frag, code string) string {
	if i, ok := g.industries[code]; ok && f.t.lang != defaultLang && i.NameEN != "" {
		return i.NameEN
	}
	return g.industryName(code)
}
