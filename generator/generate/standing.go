package generate

import (
	"strconv"
	"strings"

	"cpportal/generator/derive"
	"cpportal/search/contract"
)

// standing writes the dossier's opening summary: where the current round stands, what is
// overdue now, what the latest disclosure year shows over its limits or quotas or left
// undisclosed, and the rectification orders still open. Each line links to its detail below,
// so a reader sees the answer first and the history after it.
func (f *pageBody) standing(e *derive.Enterprise, s derive.Summary, asOf string) {
	class := "standing"
	if len(s.OverdueSteps)+len(s.Exceedances)+len(s.OverQuota)+len(s.OpenRectifications) > 0 {
		class += " st-has-bad"
	}
	// the standing restates the history below in the same words on every dossier: shown, not indexed
	f.Raw(`<section class="`, class, `" aria-labelledby="standing" `+contract.AttrIgnore+`="">`)
	f.Raw(`<h2 id="standing">`).Text(f.T("h_standing")).Raw(" <small>").Text(f.T("as_of", "date", asOf)).Raw("</small></h2>")
	f.Raw(`<ul class="standing-list">`)

	f.Raw(`<li class="st-round">`)
	if s.Batch == "" {
		f.Text(f.T("stage_not_listed"))
	} else {
		f.Text(f.T("st_round")).Raw(" ").Link("#round-"+s.Batch, s.Batch).Raw(" · ").Text(f.T("stage_" + string(s.Stage)))
		if s.Relisted {
			f.Raw(` <span class="badge">`).Text(f.T("relisted")).Raw("</span>")
		}
	}
	f.Raw("</li>")

	if len(s.OverdueSteps) == 0 {
		f.standingOK(f.T("no_overdue_badge"))
	} else {
		f.Raw(`<li class="st-bad" id="overdue">`)
		f.standingHead(f.T("st_overdue", "n", len(s.OverdueSteps)))
		f.Raw("<ul>")
		for _, o := range s.OverdueSteps {
			f.Raw("<li>").Text(f.T("step_" + string(o.Step))).Raw(" · ")
			f.statusSpan(string(derive.StatusOverdue), f.T("status_overdue", "dur", f.dur(o.DaysOverdue)))
			f.Raw(" <small>").Text(f.T("due")).Raw(" ").Date(o.Due).Raw(" · ").Link("#round-"+o.Batch, o.Batch).Raw("</small></li>")
		}
		f.Raw("</ul></li>")
	}

	if s.DisclosureYear == 0 {
		f.Raw(`<li class="st-none">`).Text(f.T("no_disclosures")).Raw(" ").Link("#disclosures", f.T("h_disclosures")).Raw("</li>")
	} else {
		year := strconv.Itoa(s.DisclosureYear)
		if len(s.Exceedances) == 0 {
			f.standingOK(f.T("st_no_exceedance", "year", year))
		} else {
			f.Raw(`<li class="st-bad">`)
			f.standingHead(f.T("st_exceedances", "year", year, "n", len(s.Exceedances)))
			f.Raw("<ul>")
			for _, x := range s.Exceedances {
				f.Raw("<li>").Link("#"+seriesID(x.Pollutant, x.Outlet), joinNonEmpty(" · ", x.Pollutant, x.Outlet)).Raw(" ")
				f.Raw(`<span class="flag-over">`).Text(f.T("over_limit_x", "x", fixed(x.Multiple, multipleDecimals))).Raw("</span>")
				f.Raw(" <small>").Text(fixed(x.Concentration, concDecimalsOf(x.Pollutant)) + " / " + fixed(x.Limit, concDecimalsOf(x.Pollutant)) + " " + x.Unit).Raw("</small></li>")
			}
			f.Raw("</ul></li>")
		}
		if len(s.OverQuota) > 0 {
			f.Raw(`<li class="st-bad">`)
			f.standingHead(f.T("st_over_quota", "year", year, "n", len(s.OverQuota)))
			f.Raw("<ul>")
			for _, q := range s.OverQuota {
				f.Raw("<li>").Link("#"+seriesID(q.Pollutant, q.Outlet), joinNonEmpty(" · ", q.Pollutant, q.Outlet)).Raw(" <small>")
				f.Text(fixed(q.TotalT, tonnesDecimalsOf(q.Pollutant)) + " / " + fixed(q.QuotaT, tonnesDecimalsOf(q.Pollutant)) + " t/a").Raw("</small></li>")
			}
			f.Raw("</ul></li>")
		}
		if len(s.Undisclosed) == 0 {
			f.standingOK(f.T("st_all_disclosed", "year", year))
		} else {
			f.Raw(`<li class="st-warn">`)
			f.standingHead(f.T("st_undisclosed", "year", year, "n", len(s.Undisclosed)))
			f.Raw("<ul>")
			for _, u := range s.Undisclosed {
				items := make([]string, len(u.Items))
				for i, it := range u.Items {
					items[i] = f.T("item_" + it)
				}
				f.Raw("<li>").Link("#"+seriesID(u.Pollutant, u.Outlet), joinNonEmpty(" · ", u.Pollutant, u.Outlet)).Raw(" <small>")
				f.Text(strings.Join(items, f.T("list_sep_short"))).Raw("</small></li>")
			}
			f.Raw("</ul></li>")
		}
	}

	if n := len(s.OpenRectifications); n > 0 {
		f.Raw(`<li class="st-bad">`)
		f.standingHead(f.T("st_rectifications", "n", n))
		f.Raw("<ul>")
		for _, r := range s.OpenRectifications {
			f.Raw("<li>").Text(f.T("st_rect_concerns", "step", f.T("concern_"+r.Concerns))).Raw(" <small>").Text(f.T("col_date")).Raw(" ").Date(r.Date)
			if r.DocNumber != "" {
				f.Raw(" · ").Elem("span", r.DocNumber, "class", "doc")
			}
			f.Raw(" · ").Text(f.T("st_open_for", "dur", f.dur(r.DaysOpen)))
			if r.Status == derive.OrderOverdue {
				f.Raw(` · <strong class="st-late">`).Text(f.T("order_overdue", "days", r.DaysOverdue)).Raw("</strong>")
			}
			f.Raw(" · ").Link("#round-"+r.Batch, r.Batch).Raw("</small></li>")
		}
		f.Raw("</ul></li>")
	}
	f.Raw("</ul>")
	f.Raw(`<p class="st-note" `+contract.AttrIgnore+`=""><small>`).Text(f.T("standing_note")).Raw(" ").Link(f.url("policy/")+"#standing", f.T("how_computed")).Raw("</small></p>")
	f.Raw("</section>")
}

// standingOK writes a line of the summary that is in order.
func (f *pageBody) standingOK(text string) {
	f.Raw(`<li class="st-ok"><span class="sym" aria-hidden="true">✔</span>`).Text(text).Raw("</li>")
}

// standingHead writes the heading words of a line of the summary that needs attention.
func (f *pageBody) standingHead(text string) {
	f.Raw(`<span class="sym" aria-hidden="true">✖</span><strong>`).Text(text).Raw("</strong>")
}

// seriesID is the anchor of one pollutant and outlet's charts and table on the dossier.
func seriesID(pollutant, outlet string) string {
	return "em-" + strconv.Itoa(pollutantRank(pollutant)) + "-" + anchorSafe(outlet)
}

// anchorSafe keeps letters and digits of ASCII for an id; anything else becomes "_".
func anchorSafe(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// dur says a number of days as people read it: days up to a year, then years and days
// (a year counted as 365 days), e.g. "1 年 35 天" or "1 year 35 days".
func (f *pageBody) dur(days int) string { return duration(f.t, days) }

func duration(t *texts, days int) string {
	y, d := days/365, days%365
	var parts []string
	switch {
	case y == 1:
		parts = append(parts, t.T("dur_y1"))
	case y > 1:
		parts = append(parts, t.T("dur_y", "y", y))
	}
	switch {
	case d == 1:
		parts = append(parts, t.T("dur_d1"))
	case d > 1 || y == 0:
		parts = append(parts, t.T("dur_d", "d", d))
	}
	return strings.Join(parts, " ")
}
