package generate

// countyCell writes an enterprise's county or district: on English pages its English name
// with the published Chinese name beside it, or the Chinese text as published when it names
// no division of the enterprise's city.
func (f *frag) countyCell(county, countyEn string) {
	switch {
	case county == "":
		f.cell("—")
	case f.t.lang == defaultLang || countyEn == "":
		f.open("td", "lang", "zh-CN").text(county).close("td")
	default:
		f.open("td").text(countyEn+" ").open("span", "lang", "zh-CN").text(county).close("span").close("td")
	}
}

// countyLabel names a county on English pages: "Shunde District (顺德区)", or the published
// text when it has no English name.
func countyLabel(county, countyEn string) string {
	if countyEn == "" {
		return county
	}
	return countyEn + " (" + county + ")"
}
