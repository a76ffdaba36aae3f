package generate

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/importer"
	"cpportal/search/contract"
)

// statusKeys are the statuses every list of enterprises shows and can be narrowed by, in
// display order. They are the data-status values of table rows and the values of the search
// facet of statuses.
var statusKeys = contract.Statuses

// rowStanding is an enterprise's current standing as a row of a list shows it (see
// derive.Summary): counts, and the statusKeys that apply.
type rowStanding struct {
	County             string   `json:"county"`
	CountyEn           string   `json:"county_en,omitempty"` // the division's English name, "" when unknown
	DisclosureYear     int      `json:"disclosure_year"`     // the latest year disclosed, 0 when none
	Exceedances        int      `json:"exceedances"`         // that year's rows over the limit
	OverQuota          int      `json:"over_quota"`          // that year's rows over the quota
	Undisclosed        int      `json:"undisclosed"`         // that year's rows with items not disclosed
	OpenRectifications int      `json:"open_rectifications"` // rectification orders not met
	Statuses           []string `json:"statuses"`            // statusKeys that apply, in that order
}

func standingOf(e *derive.Enterprise, s derive.Summary) rowStanding {
	r := rowStanding{
		County: strings.TrimSpace(e.County), DisclosureYear: s.DisclosureYear, Exceedances: len(s.Exceedances),
		OverQuota: len(s.OverQuota), Undisclosed: len(s.Undisclosed), OpenRectifications: len(s.OpenRectifications),
		Statuses: []string{},
	}
	r.CountyEn = importer.CountyEn(e.City, r.County)
	for _, k := range statusKeys {
		if r.has(k, len(s.OverdueSteps)) {
			r.Statuses = append(r.Statuses, k)
		}
	}
	return r
}

func (r rowStanding) has(key string, overdue int) bool {
	switch key {
	case "overdue":
		return overdue > 0
	case "exceeding":
		return r.Exceedances+r.OverQuota > 0
	case "undisclosed":
		return r.Undisclosed > 0
	case "rectification":
		return r.OpenRectifications > 0
	}
	return false
}

// statusBadges writes a row's standing as badges, each a symbol and words: overdue steps,
// exceedances and quota, items not disclosed, open rectification orders; a tick when none.
func (f *pageBody) statusBadges(r enterpriseRow) {
	f.Raw(`<span class="row-badges">`)
	if r.OverdueSteps > 0 {
		f.Raw(`<span class="badge badge-overdue"><span aria-hidden="true">✖</span>`).Text(f.T("overdue_steps", "n", r.OverdueSteps, "dur", f.dur(r.MaxOverdue))).Raw("</span>")
	}
	year := strconv.Itoa(r.DisclosureYear)
	if r.Exceedances > 0 {
		f.Raw(`<span class="badge badge-overdue"><span aria-hidden="true">▲</span>`).Text(f.T("badge_exceeding", "n", r.Exceedances, "year", year)).Raw("</span>")
	}
	if r.OverQuota > 0 {
		f.Raw(`<span class="badge badge-overdue"><span aria-hidden="true">▲</span>`).Text(f.T("badge_over_quota", "n", r.OverQuota, "year", year)).Raw("</span>")
	}
	if r.Undisclosed > 0 {
		f.Raw(`<span class="badge badge-warn"><span aria-hidden="true">○</span>`).Text(f.T("badge_undisclosed", "n", r.Undisclosed, "year", year)).Raw("</span>")
	}
	if r.OpenRectifications > 0 {
		f.Raw(`<span class="badge badge-overdue"><span aria-hidden="true">⚠</span>`).Text(f.T("badge_rectification", "n", r.OpenRectifications)).Raw("</span>")
	}
	if len(r.Statuses) == 0 {
		f.Raw(`<span class="badge badge-ok"><span aria-hidden="true">✔</span>`).Text(f.T("badge_in_order")).Raw("</span>")
	}
	f.Raw("</span>")
}

// enterpriseTable writes a table of enterprises with their standing, filterable by
// list-filter.js (the rows carry the filter values as data attributes). On a city page the
// second column is the county or district, elsewhere the city.
func (f *pageBody) enterpriseTable(rows []enterpriseRow, caption string, kind string) {
	cols := []string{f.T("col_enterprise"), f.T("col_city"), f.T("col_industry"), f.T("col_level"), f.T("col_stage"), f.T("col_status")}
	switch kind {
	case "city": // the city is the page's: its districts instead
		cols[1] = f.T("col_county")
	case "industry": // the industry is the page's
		cols = slices.Delete(cols, 2, 3)
	}
	f.Open("div", "class", "table-wrap", "role", "region", "aria-label", caption, "tabindex", "0", contract.AttrIgnore, "")
	f.Open("table", "class", "enterprises cards-narrow", "id", "enterprise-list")
	f.Elem("caption", caption)
	f.Raw("<thead><tr>")
	for _, c := range cols {
		f.Elem("th", c, "scope", "col")
	}
	f.Raw("</tr></thead><tbody>")
	for _, r := range pinyinRows(rows) {
		f.Open("tr", "data-county", r.County, "data-level", string(r.Level), "data-status", strings.Join(r.Statuses, " "))
		f.Raw(`<th scope="row">`).Link(f.url("enterprises/"+r.USCC+"/"), r.Name).Raw(` <small class="code">`).Text(cmp.Or(r.CreditCode, f.T("not_stated"))).Raw("</small></th>")
		if kind == "city" {
			f.countyCell(r.County, r.CountyEn)
		} else {
			f.Cell(r.CityName)
		}
		if kind != "industry" {
			f.Cell(cmp.Or(r.IndustryName, f.T("not_stated")))
		}
		if r.Level == "" {
			f.Cell(f.T("not_stated"))
		} else {
			f.Cell(f.T("level_" + levelKey(string(r.Level))))
		}
		f.Cell(f.T("stage_" + string(r.Stage)))
		f.Raw(`<td class="status-cell">`)
		f.statusBadges(r)
		f.Raw("</td></tr>")
	}
	f.TableClose()
}

// listFilter writes the form that narrows a table of enterprises by county or district,
// control level and status. Without JavaScript it asks the search results page for the same
// enterprises (the hidden fields keep them to this city or industry); list-filter.js filters
// the table in place instead, as soon as a choice changes, and keeps the choices in the URL.
func (f *pageBody) listFilter(rows []enterpriseRow, hidden [][2]string, withCounty bool) {
	f.Open("form", "class", "list-filter", "action", f.url("search"), "method", "get", "data-filter-table", "enterprise-list", "aria-labelledby", "list-filter-h")
	f.Elem("h3", f.T("filter_title"), "id", "list-filter-h")
	f.Raw(`<input type="hidden" name="type" value="enterprise">`)
	for _, h := range hidden {
		f.Raw(`<input type="hidden" name="`, h[0], `" value="`).Text(h[1]).Raw(`">`)
	}
	f.Raw(`<div class="filter-row">`)
	if withCounty {
		counts := map[string]int{}
		english := map[string]string{}
		for _, r := range rows {
			if r.County != "" {
				counts[r.County]++
				english[r.County] = r.CountyEn
			}
		}
		// The value stays the published name (the search facet's); English pages label it.
		var show func(string) string
		if f.t.lang != defaultLang {
			show = func(v string) string { return countyLabel(v, english[v]) }
		}
		f.selectFilter("lf-county", contract.FacetCounty, f.T("col_county"), pinyinSorted(keys(counts)), counts, show)
	}
	levels := map[string]int{}
	for _, r := range rows {
		levels[string(r.Level)]++
	}
	var lv []string
	for _, l := range []string{"国控", "省控", "市控"} {
		if levels[l] > 0 {
			lv = append(lv, l)
		}
	}
	f.selectFilter("lf-level", contract.FacetLevel, f.T("col_level"), lv, levels, func(v string) string { return f.T("level_" + levelKey(v)) })
	f.Raw(`<fieldset class="status-filter"><legend>`).Text(f.T("col_status")).Raw("</legend>")
	for _, k := range statusKeys {
		n := 0
		for _, r := range rows {
			if slices.Contains(r.Statuses, k) {
				n++
			}
		}
		id := "lf-status-" + k
		f.Raw(`<span><input type="checkbox" name="`, contract.FacetStatus, `" value="`, k, `" id="`, id, `"> <label for="`, id, `">`).Text(f.T("status_filter_"+k)).Raw(` <span class="count">`, strconv.Itoa(n), "</span></label></span>")
	}
	f.Raw("</fieldset>")
	f.Raw(`<div class="filter-actions"><button type="submit">`).Text(f.T("filter_apply")).Raw(`</button> <a class="filter-clear" href="?">`).Text(f.T("filter_reset")).Raw("</a></div>")
	f.Raw("</div>")
	f.Raw(`<p class="filter-count" aria-live="polite" data-total="`, strconv.Itoa(len(rows)), `" data-template="`).Text(f.T("filter_count", "shown", "{shown}", "total", "{total}")).Raw(`"></p>`)
	f.Raw("</form>")
}

// selectFilter writes one labelled select of the filter form with "any" first and a count
// per value.
func (f *pageBody) selectFilter(id, name, label string, values []string, counts map[string]int, show func(string) string) {
	f.Raw("<div>").Elem("label", label, "for", id)
	f.Open("select", "id", id, "name", name)
	f.Elem("option", f.T("filter_any"), "value", "")
	for _, v := range values {
		text := v
		if show != nil {
			text = show(v)
		}
		f.Open("option", "value", v).Text(text + " (" + strconv.Itoa(counts[v]) + ")").Close("option")
	}
	f.Raw("</select></div>")
}

// levelKey names a control level in interface keys: state, province, city.
func levelKey(level string) string {
	switch level {
	case "国控":
		return "state"
	case "省控":
		return "province"
	}
	return "city"
}

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// pinyinSorted sorts Chinese names in pinyin order, as a reader looks them up.
func pinyinSorted(names []string) []string {
	col := collate.New(language.SimplifiedChinese)
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(col.CompareString(a, b), strings.Compare(a, b)) })
	return names
}

// pinyinRows returns the rows sorted by name in pinyin order (then credit code).
func pinyinRows(rows []enterpriseRow) []enterpriseRow {
	col := collate.New(language.SimplifiedChinese)
	var buf collate.Buffer
	keyed := make([]struct {
		key []byte
		row enterpriseRow
	}, len(rows))
	for i, r := range rows {
		keyed[i].key = slices.Clone(col.KeyFromString(&buf, r.Name))
		keyed[i].row = r
		buf.Reset()
	}
	slices.SortStableFunc(keyed, func(a, b struct {
		key []byte
		row enterpriseRow
	}) int {
		return cmp.Or(slices.Compare(a.key, b.key), strings.Compare(a.row.USCC, b.row.USCC))
	})
	out := make([]enterpriseRow, len(rows))
	for i := range keyed {
		out[i] = keyed[i].row
	}
	return out
}

// reasons names listing reasons in the page's language (with the published words beside
// them on English pages); "—" when there are none.
func (f *pageBody) reasons(rs []domain.Reason) string {
	if len(rs) == 0 {
		return "—"
	}
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = f.T("reason_" + string(r))
		if strings.HasPrefix(names[i], "[") { // a reason the interface does not know: as published
			names[i] = string(r)
		}
	}
	return strings.Join(names, f.T("list_sep_short"))
}
