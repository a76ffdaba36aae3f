package generate

// countyCell writes an enterprise's county or district: on English pages its English name
// with the published Chinese name beside it, or the Chinese text as published when it names
// no division of the enterprise's city.
func (f *pageBody) countyCell(county, countyEn string) {
	switch {
	case county == "":
		f.Cell("—")
	case f.t.lang == defaultLang || countyEn == "":
		f.Open("td", "lang", "zh-CN").Text(county).Close("td")
	default:
		f.Open("td").Text(countyEn+" ").Open("span", "lang", "zh-CN").Text(county).Close("span").Close("td")
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
