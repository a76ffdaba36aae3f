package generate

import (
	"net/url"
	"strconv"
)

// cityDistricts is one city of the home page's city → district picker: its enterprises in
// all and per county or district.
type cityDistricts struct {
	code, name, nameEN string
	enterprises        int
	districts          []districtCount // in pinyin order
}

// districtCount is a county or district with how many enterprises of the registry lie in it.
type districtCount struct {
	county, countyEn string
	enterprises      int
}

// districtsOf counts every city's enterprises by county or district, from the enterprise
// rows; enterprises whose county is not known count for the city only.
func (g *generator) districtsOf() []cityDistricts {
	out := make([]cityDistricts, 0, len(g.in.Facts.Cities))
	for i := range g.in.Facts.Cities {
		a := &g.in.Facts.Cities[i]
		c := cityDistricts{code: a.Code, name: a.Name, nameEN: g.cities[a.Code].NameEN}
		counts, english := map[string]int{}, map[string]string{}
		for _, uscc := range a.Enterprises {
			r, ok := g.rows[uscc]
			if !ok {
				continue
			}
			c.enterprises++
			if r.County != "" {
				counts[r.County]++
				english[r.County] = r.CountyEn
			}
		}
		for _, county := range pinyinSorted(keys(counts)) {
			c.districts = append(c.districts, districtCount{county, english[county], counts[county]})
		}
		out = append(out, c)
	}
	return out
}

// districtPicker writes the home page's way to the enterprises of a district: a city to
// open, then a district to pick. Each district's link works without JavaScript: it asks
// the search results page for the enterprises of that city and district (as the city
// page's own filter does without a script); district-links.js turns it into the link to
// the city page filtered to that district (data-city-href), the same address list-filter.js
// keeps when a reader filters there.
func (f *pageBody) districtPicker(cities []cityDistricts) {
	f.Section("districts", f.T("h_districts"))
	f.Raw(`<p data-search-ignore="">`).Text(f.T("districts_note")).Raw("</p>")
	f.Raw(`<ul class="district-picker" data-search-ignore="">`)
	for i := range cities {
		c := &cities[i]
		if c.enterprises == 0 {
			continue
		}
		label := c.name
		if f.t.lang != defaultLang && c.nameEN != "" {
			label = c.nameEN
		}
		cityPage := f.url("cities/" + c.code + "/")
		f.Raw("<li><details><summary>").Text(label).Raw(` <span class="count">`).
			Text(f.T("n_enterprises", "n", c.enterprises)).Raw("</span></summary><ul>")
		f.Raw("<li>").Link(cityPage+"#enterprises", f.T("districts_all", "city", label)).Raw("</li>")
		for _, d := range c.districts {
			q := url.Values{"type": {"enterprise"}, "city": {c.name}, "county": {d.county}}
			name := d.county
			if f.t.lang != defaultLang {
				name = countyLabel(d.county, d.countyEn)
			}
			f.Raw("<li>")
			f.Open("a", "href", f.url("search")+"?"+q.Encode(),
				"data-city-href", cityPage+"?"+url.Values{"county": {d.county}}.Encode()+"#enterprises")
			f.Text(name).Close("a")
			f.Raw(` <span class="count">`).Text(strconv.Itoa(d.enterprises)).Raw("</span></li>")
		}
		f.Raw("</ul></details></li>")
	}
	f.Raw("</ul>")
	f.Close("section")
}
