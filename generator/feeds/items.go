package feeds

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/opendata"
)

// item is one record a feed announces, before it is put in the feeds of its scopes.
type item struct {
	date       domain.Date
	id         string   // absolute, stable: the page URL, with a fragment when one page has several entries
	title      string   // cleaned
	link       string   // absolute URL of the record's page
	scopes     []string // city:<code> and industry:<code> keys of the feeds besides the province's
	summary    func(sc scope) string
	categories []atomCategory
}

// batchItems announces every list published by the as-of date. A city's or an industry's feed
// announces the lists that name at least one of its enterprises, and says how many.
func (w *writer) batchItems() []*item {
	var out []*item
	for i := range w.facts.Batches {
		b := &w.facts.Batches[i]
		if b.Published.IsZero() {
			continue // a list without a date cannot be placed in a feed; validation reports it
		}
		counts := map[string]int{}
		for _, m := range b.Rows {
			counts["city:"+m.City]++
			counts["industry:"+m.Industry]++
		}
		it := &item{
			date: b.Published, id: w.url("lists", b.ID), link: w.url("lists", b.ID),
			title: opendata.CleanText(b.Title),
		}
		for key := range counts {
			it.scopes = append(it.scopes, key)
		}
		slices.Sort(it.scopes)
		total := len(b.Rows)
		var head []string
		if doc := opendata.CleanText(b.DocNumber); strings.TrimSpace(doc) != "" {
			head = append(head, doc)
		}
		if issuer := opendata.CleanText(b.Issuer); strings.TrimSpace(issuer) != "" {
			head = append(head, issuer+"发布")
		}
		head = append(head, fmt.Sprintf("列入 %d 家企业", total))
		it.summary = func(sc scope) string {
			s := strings.Join(head, "，")
			if sc.key != "" {
				s += fmt.Sprintf("，其中%s %d 家", sc.name, counts[sc.key])
			}
			return s + "。发布日期 " + b.Published.String() + "，各项期限自此日起算。"
		}
		out = append(out, it)
	}
	return out
}

// disclosureItems announces each enterprise's disclosure of one year, dated by the latest
// published date of its rows.
func (w *writer) disclosureItems() []*item {
	var out []*item
	for i := range w.facts.Enterprises {
		e := &w.facts.Enterprises[i]
		for year, rows := range byYear(e.Disclosures) {
			var date domain.Date
			for _, d := range rows {
				if d.Published.After(date) {
					date = d.Published
				}
			}
			if date.IsZero() {
				continue
			}
			page := w.url("enterprises", e.USCC)
			out = append(out, &item{
				date: date, id: page + "#disclosures-" + strconv.Itoa(year), link: page,
				title:      fmt.Sprintf("%s %d 年度排放情况", opendata.CleanText(e.Name), year),
				scopes:     []string{"city:" + e.City, "industry:" + e.Industry},
				summary:    func(scope) string { return disclosureSummary(e, year, rows) },
				categories: w.categories(e.City, e.CityName, e.Industry, e.IndustryName),
			})
		}
	}
	return out
}

// disclosureSummary says what one enterprise disclosed for one year. It is written only for
// the entries that make it into a feed.
func disclosureSummary(e *derive.Enterprise, year int, rows []derive.DisclosureFact) string {
	var pollutants []string
	over, overQuota, gaps := 0, 0, 0
	for _, d := range rows {
		if !slices.Contains(pollutants, d.Pollutant) {
			pollutants = append(pollutants, d.Pollutant)
		}
		over += b2i(d.OverLimit)
		overQuota += b2i(d.OverQuota)
		gaps += b2i(!d.Complete())
	}
	return fmt.Sprintf("%s（%s，%s）公开 %d 年度主要污染物排放情况：%d 行，涉及%s；超过排放限值 %d 行，超过核定总量 %d 行，含未公开项目 %d 行。",
		opendata.CleanText(e.Name), opendata.CleanText(e.CityName), opendata.CleanText(e.IndustryName), year, len(rows),
		opendata.CleanText(strings.Join(pollutants, "、")), over, overQuota, gaps)
}

// caseItems announces the case studies published by the as-of date. A case belongs to its
// industry and to the city of its enterprise, when it has one.
func (w *writer) caseItems() []*item {
	ents := make(map[string]*derive.Enterprise, len(w.facts.Enterprises))
	for i := range w.facts.Enterprises {
		ents[w.facts.Enterprises[i].USCC] = &w.facts.Enterprises[i]
	}
	industries := map[string]string{}
	for _, in := range w.ds.Industries {
		industries[in.Code] = in.Name
	}
	var out []*item
	for i := range w.ds.Cases {
		c := &w.ds.Cases[i]
		if c.Date.IsZero() || c.Date.After(w.facts.AsOf) {
			continue // not yet published on the as-of date
		}
		summary := opendata.CleanText(c.Summary)
		if summary == "" {
			summary = opendata.CleanText(strings.Join(nonEmpty(c.Technology, c.Problem), "：")) + "。"
		}
		it := &item{
			date: c.Date, id: w.url("cases", c.Slug), link: w.url("cases", c.Slug),
			title:   opendata.CleanText(c.Title),
			scopes:  []string{"industry:" + c.Industry},
			summary: func(scope) string { return summary },
		}
		city, cityName := "", ""
		if e := ents[c.USCC]; e != nil {
			city, cityName = e.City, e.CityName
			it.scopes = append([]string{"city:" + city}, it.scopes...)
		}
		it.categories = w.categories(city, cityName, c.Industry, industries[c.Industry])
		out = append(out, it)
	}
	return out
}

// categories tags an entry with its city and industry, each in the scheme of its section.
func (w *writer) categories(city, cityName, industry, industryName string) []atomCategory {
	var out []atomCategory
	if city != "" {
		out = append(out, atomCategory{Term: city, Scheme: w.base + "cities/", Label: opendata.CleanText(cityName)})
	}
	if industry != "" {
		out = append(out, atomCategory{Term: industry, Scheme: w.base + "industries/", Label: opendata.CleanText(industryName)})
	}
	return out
}

// byYear groups disclosure rows by year, in year order.
func byYear(rows []derive.DisclosureFact) func(yield func(int, []derive.DisclosureFact) bool) {
	return func(yield func(int, []derive.DisclosureFact) bool) {
		years := map[int][]derive.DisclosureFact{}
		var order []int
		for _, d := range rows {
			if _, ok := years[d.Year]; !ok {
				order = append(order, d.Year)
			}
			years[d.Year] = append(years[d.Year], d)
		}
		slices.Sort(order)
		for _, y := range order {
			if !yield(y, years[y]) {
				return
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}
