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
func (f *frag) standing(e *derive.Enterprise, s derive.Summary, asOf string) {
	class := "standing"
	if len(s.OverdueSteps)+len(s.Exceedances)+len(s.OverQuota)+len(s.OpenRectifications) > 0 {
		class += " st-has-bad"
	}
	// the standing restates the history below in the same words on every dossier: shown, not indexed
	f.raw(`<section class="`, class, `" aria-labelledby="standing" `+contract.AttrIgnore+`="">`)
	f.raw(`<h2 id="standing">`).text(f.T("h_standing")).raw(" <small>").text(f.T("as_of", "date", asOf)).raw("</small></h2>")
	f.raw(`<ul class="standing-list">`)

	f.raw(`<li class="st-round">`)
	if s.Batch == "" {
		f.text(f.T("stage_not_listed"))
	} else {
		f.text(f.T("st_round")).raw(" ").link("#round-"+s.Batch, s.Batch).raw(" · ").text(f.T("stage_" + string(s.Stage)))
		if s.Relisted {
			f.raw(` <span class="badge">`).text(f.T("relisted")).raw("</span>")
		}
	}
	f.raw("</li>")

	if len(s.OverdueSteps) == 0 {
		f.standingOK(f.T("no_overdue_badge"))
	} else {
		f.raw(`<li class="st-bad" id="overdue">`)
		f.standingHead(f.T("st_overdue", "n", len(s.OverdueSteps)))
		f.raw("<ul>")
		for _, o := range s.OverdueSteps {
			f.raw("<li>").text(f.T("step_" + string(o.Step))).raw(" · ")
			f.statusSpan(string(derive.StatusOverdue), f.T("status_overdue", "dur", f.dur(o.DaysOverdue)))
			f.raw(" <small>").text(f.T("due")).raw(" ").date(o.Due).raw(" · ").link("#round-"+o.Batch, o.Batch).raw("</small></li>")
		}
		f.raw("</ul></li>")
	}

	if s.DisclosureYear == 0 {
		f.raw(`<li class="st-none">`).text(f.T("no_disclosures")).raw(" ").link("#disclosures", f.T("h_disclosures")).raw("</li>")
	} else {
		year := strconv.Itoa(s.DisclosureYear)
		if len(s.Exceedances) == 0 {
			f.standingOK(f.T("st_no_exceedance", "year", year))
		} else {
			f.raw(`<li class="st-bad">`)
			f.standingHead(f.T("st_exceedances", "year", year, "n", len(s.Exceedances)))
			f.raw("<ul>")
			for _, x := range s.Exceedances {
				f.raw("<li>").link("#"+seriesID(x.Pollutant, x.Outlet), joinNonEmpty(" · ", x.Pollutant, x.Outlet)).raw(" ")
				f.raw(`<span class="flag-over">`).text(f.T("over_limit_x", "x", fixed(x.Multiple, multipleDecimals))).raw("</span>")
				f.raw(" <small>").text(fixed(x.Concentration, concDecimalsOf(x.Pollutant)) + " / " + fixed(x.Limit, concDecimalsOf(x.Pollutant)) + " " + x.Unit).raw("</small></li>")
			}
			f.raw("</ul></li>")
		}
		if len(s.OverQuota) > 0 {
			f.raw(`<li class="st-bad">`)
			f.standingHead(f.T("st_over_quota", "year", year, "n", len(s.OverQuota)))
			f.raw("<ul>")
			for _, q := range s.OverQuota {
				f.raw("<li>").link("#"+seriesID(q.Pollutant, q.Outlet), joinNonEmpty(" · ", q.Pollutant, q.Outlet)).raw(" <small>")
				f.text(fixed(q.TotalT, tonnesDecimalsOf(q.Pollutant)) + " / " + fixed(q.QuotaT, tonnesDecimalsOf(q.Pollutant)) + " t/a").raw("</small></li>")
			}
			f.raw("</ul></li>")
		}
		if len(s.Undisclosed) == 0 {
			f.standingOK(f.T("st_all_disclosed", "year", year))
		} else {
			f.raw(`<li class="st-warn">`)
			f.standingHead(f.T("st_undisclosed", "year", year, "n", len(s.Undisclosed)))
			f.raw("<ul>")
			for _, u := range s.Undisclosed {
				items := make([]string, len(u.Items))
				for i, it := range u.Items {
					items[i] = f.T("item_" + it)
				}
				f.raw("<li>").link("#"+seriesID(u.Pollutant, u.Outlet), joinNonEmpty(" · ", u.Pollutant, u.Outlet)).raw(" <small>")
				f.text(strings.Join(items, f.T("list_sep_short"))).raw("</small></li>")
			}
			f.raw("</ul></li>")
		}
	}

	if n := len(s.OpenRectifications); n > 0 {
		f.raw(`<li class="st-bad">`)
		f.standingHead(f.T("st_rectifications", "n", n))
		f.raw("<ul>")
		for _, r := range s.OpenRectifications {
			f.raw("<li>").text(f.T("st_rect_concerns", "step", f.T("concern_"+r.Concerns))).raw(" <small>").text(f.T("col_date")).raw(" ").date(r.Date)
			if r.DocNumber != "" {
				f.raw(" · ").elem("span", r.DocNumber, "class", "doc")
			}
			f.raw(" · ").text(f.T("st_open_for", "dur", f.dur(r.DaysOpen)))
			if r.Status == derive.OrderOverdue {
				f.raw(` · <strong class="st-late">`).text(f.T("order_overdue", "days", r.DaysOverdue)).raw("</strong>")
			}
			f.raw(" · ").link("#round-"+r.Batch, r.Batch).raw("</small></li>")
		}
		f.raw("</ul></li>")
	}
	f.raw("</ul>")
	f.raw(`<p class="st-note" `+contract.AttrIgnore+`=""><small>`).text(f.T("standing_note")).raw(" ").link(f.url("policy/")+"#standing", f.T("how_computed")).raw("</small></p>")
	f.raw("</section>")
}

// standingOK writes a line of the summary that is in order.
func (f *frag) standingOK(text string) {
	f.raw(`<li class="st-ok"><span class="sym" aria-hidden="true">✔</span>`).text(text).raw("</li>")
}

// standingHead writes the heading words of a line of the summary that needs attention.
func (f *frag) standingHead(text string) {
	f.raw(`<span class="sym" aria-hidden="true">✖</span><strong>`).text(text).raw("</strong>")
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
func (f *frag) dur(days int) string { return duration(f.t, days) }

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
