package importer

import (
	"strings"
	"sync"

	"cpportal/domain"
)

var (
	countyIndexOnce sync.Once
	countyIndex     *divisions
)

// CountyEn returns the official English name of the county-level division an enterprise's
// county column names (南海区, 南海, 南海市 as it was, 佛山市南海区), matched within the
// enterprise's city the way import places a region; "" when the text names no division of
// that city, so a page shows the published Chinese text as it is.
func CountyEn(city, county string) string {
	if c, ok := CountyOf(city, county); ok {
		return c.NameEn
	}
	return ""
}

// CountyOf finds the county-level division of city (a division code, 440600) that the free
// text county names.
func CountyOf(city, county string) (County, bool) {
	countyIndexOnce.Do(func() { countyIndex = newDivisions(nil) })
	text := strings.Trim(domain.NormalizeName(strings.ReplaceAll(county, " ", "")), "（）")
	candidates := []string{text}
	// After its city: 佛山市南海区, 佛山南海 are matched by what follows the city's name.
	if _, rest, ok := strings.Cut(text, "市"); ok && rest != "" {
		candidates = append(candidates, rest)
	}
	for _, name := range candidates {
		for _, c := range countyIndex.counties[name] {
			if c.City == city {
				return c, true
			}
		}
	}
	return County{}, false
}
