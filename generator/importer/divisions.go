package importer

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"

	"cpportal/domain"
)

// countiesCSV is the table of Guangdong's 122 county-level divisions (districts, county-level
// cities, counties and autonomous counties) with their administrative division codes (GB/T
// 2260, as the Ministry of Civil Affairs publishes them) and the prefecture-level city each
// belongs to, and its official romanised name (name_en). former lists, separated by ";", names a division had in notices since 2009
// before it was renamed or merged (从化市 became 从化区 in 2014, 萝岗区 joined 黄埔区 …), and
// Shenzhen's former new areas (新区) under the district that took them over. 东莞市 and 中山市
// have no county level; their notices name towns, which place an enterprise in the city only
// when the notice says the city.
//
//go:embed divisions/guangdong-counties.csv
var countiesCSV []byte

// County is a county-level division of Guangdong.
type County struct {
	Code string // 440605
	Name string // 南海区
	City string // the city's division code, 440600
	// NameEn is the division's official romanised name, Nanhai District, Taishan City
	// (county-level), Liannan Yao Autonomous County.
	NameEn string
}

// divisions finds the city of a region as a notice writes it: a city (佛山市, 佛山), a county
// (南海区, 南海, 南海市 as it was), or both (佛山市南海区, "佛山市 南海区").
type divisions struct {
	cities   map[string]string   // city name, with and without 市 → code
	counties map[string][]County // county name, former names, and names without 区/县/市 → divisions
	codes    map[string]bool     // city codes
}

// Counties returns the table of Guangdong's county-level divisions, in code order.
func Counties() []County {
	r := csv.NewReader(bytes.NewReader(countiesCSV))
	rows, err := r.ReadAll()
	if err != nil { // the table is part of the program; a broken one is a bug the tests catch
		panic(fmt.Sprintf("divisions/guangdong-counties.csv: %v", err))
	}
	out := make([]County, 0, len(rows)-1)
	for _, row := range rows[1:] {
		out = append(out, County{Code: row[0], Name: row[1], City: row[2], NameEn: row[4]})
	}
	return out
}

func newDivisions(cities []domain.City) *divisions {
	d := &divisions{cities: map[string]string{}, counties: map[string][]County{}, codes: map[string]bool{}}
	for _, c := range cities {
		d.codes[c.Code] = true
		d.cities[c.Name] = c.Code
		if short := strings.TrimSuffix(c.Name, "市"); short != c.Name && len([]rune(short)) >= 2 {
			d.cities[short] = c.Code
		}
	}
	rows, _ := csv.NewReader(bytes.NewReader(countiesCSV)).ReadAll()
	add := func(name string, c County) {
		for _, have := range d.counties[name] {
			if have.Code == c.Code {
				return
			}
		}
		d.counties[name] = append(d.counties[name], c)
	}
	for _, row := range rows[1:] {
		c := County{Code: row[0], Name: row[1], City: row[2], NameEn: row[4]}
		names := []string{c.Name}
		if row[3] != "" {
			names = append(names, strings.Split(row[3], ";")...)
		}
		for _, n := range names {
			add(n, c)
			// 南海 for 南海区; a one-character stem (城区 → 城) would match too much.
			if short := strings.TrimRight(n, "区县市"); short != n && len([]rune(short)) >= 2 {
				add(short, c)
			}
		}
	}
	return d
}

// place returns the city code and the county of a region as published; city is "" when the
// region names no city or county of the table, or several (a county name two cities share).
func (d *divisions) place(region string) (city, county string) {
	for _, part := range strings.Fields(domain.NormalizeName(strings.ReplaceAll(region, "/", " "))) {
		part = strings.Trim(part, "（）")
		if part == "" {
			continue
		}
		// A city prefix: 佛山市南海区 or 佛山南海.
		for name, code := range d.cities {
			if part == name {
				city = code
				part = ""
				break
			}
			if rest, ok := strings.CutPrefix(part, name); ok && len([]rune(name)) >= 2 && d.countyIn(rest, code) != "" {
				city, part = code, rest
				break
			}
		}
		if part == "" {
			continue
		}
		cands := d.counties[part]
		if city != "" {
			if name := d.countyIn(part, city); name != "" {
				county = name
			}
			continue
		}
		if len(cands) == 1 {
			city, county = cands[0].City, cands[0].Name
		}
	}
	if city != "" && !d.codes[city] {
		return "", county // the source's cities.csv does not hold it (a test folder with a few cities)
	}
	return city, county
}

// countyIn returns the current name of the county called name in the city, "" when the city
// has none of that name.
func (d *divisions) countyIn(name, city string) string {
	for _, c := range d.counties[name] {
		if c.City == city {
			return c.Name
		}
	}
	return ""
}

// cityCode resolves a --city value: a division code or a city's name.
func (d *divisions) cityCode(v string) (string, bool) {
	v = domain.NormalizeName(v)
	if d.codes[v] {
		return v, true
	}
	code, ok := d.cities[v]
	return code, ok
}
