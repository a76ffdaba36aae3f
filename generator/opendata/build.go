package opendata

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// The functions below turn the derived facts into download rows. They take every record from
// derive.Facts where the site shows it from there, so the downloads say exactly what the pages
// say as of the same date: lists published by the as-of date, events and disclosures dated by
// it. Case studies come from the dataset, as the case pages do.

func batchRows(f *derive.Facts) []BatchRow {
	rows := make([]BatchRow, 0, len(f.Batches))
	for i := range f.Batches {
		rows = append(rows, BatchRowOf(&f.Batches[i]))
	}
	return rows
}

// BatchRowOf returns a published list's row of batches.csv; the site's list of lists shows
// the same figures.
func BatchRowOf(b *derive.Batch) BatchRow {
	return BatchRow{
		ID: b.ID, Title: b.Title, Issuer: b.Issuer, DocNumber: b.DocNumber,
		Published: b.Published, SourceURL: b.SourceURL,
		Members: len(b.Rows), OverdueSteps: b.Overdue,
	}
}

// listRows returns the rows of one batch, in the order of the published list.
func listRows(b *derive.Batch) []ListRow {
	rows := make([]ListRow, 0, len(b.Rows))
	for _, m := range b.Rows {
		r := ListRow{
			Batch: b.ID, BatchPublished: b.Published,
			USCC: m.USCC, Name: m.Name,
			City: m.City, CityName: m.CityName, Industry: m.Industry, IndustryName: m.IndustryName,
			Level: string(m.Level), Reasons: stringsOf(m.Reasons),
			Outcome: string(m.Outcome), NextBatch: m.NextBatch, Rectifications: m.Rectifications,
			RectificationsOpen: m.Open, RectificationsOverdue: m.Overdue,
		}
		for _, s := range m.Steps {
			switch s.Step {
			case derive.StepDisclosure:
				r.DisclosureDue, r.DisclosureDone, r.DisclosureStatus = s.Due, s.Done, string(s.Status)
			case derive.StepStart:
				r.StartDue, r.StartDone, r.StartStatus = s.Due, s.Done, string(s.Status)
			case derive.StepReport:
				r.ReportDue, r.ReportDone, r.ReportStatus = s.Due, s.Done, string(s.Status)
			}
			r.DueProvisional = r.DueProvisional || s.Provisional
		}
		rows = append(rows, r)
	}
	return rows
}

func enterpriseRow(e *derive.Enterprise) EnterpriseRow {
	st := e.OptionStats
	id := e.Enterprise.KeyedIdentifiers()
	r := EnterpriseRow{
		USCC: e.USCC, CreditCode: id.CreditCode, OrgCode: id.OrgCode, LocalID: id.LocalID,
		IdentifiedBy: id.IdentifiedBy().String(), FormerIDs: formerIDs(id.IDs()),
		Name: e.Name, City: e.City, CityName: e.CityName, County: e.County,
		Industry: e.Industry, IndustryName: e.IndustryName, Level: string(e.Level), Address: e.Address,
		Stage: string(e.Stage), Listings: len(e.Listings), OverdueSteps: len(e.Overdue),
		Options: st.Total, MediumHigh: st.MediumHigh, MediumHighDone: st.MediumHighDone,
		CompletionRate: num(st.CompletionRate), InvestmentWan: numOf(st.InvestmentWan),
		Cases: len(e.Cases),
	}
	a := sumNumbers(st.CompletedAchieved.Reductions)
	r.CODT, r.SO2T, r.NOxT, r.NH3NT = a[domain.ReduceCOD], a[domain.ReduceSO2], a[domain.ReduceNOx], a[domain.ReduceNH3N]
	r.WaterT, r.EnergyTCE, r.BenefitWan = a[domain.ReduceWater], a[domain.ReduceEnergy], a[domain.ReduceBenefit]
	if n := len(e.Listings); n > 0 {
		r.LatestBatch, r.LatestListed = e.Listings[n-1].Batch, e.Listings[n-1].Published
	}
	for _, o := range e.Overdue {
		r.DaysOverdueMax = max(r.DaysOverdueMax, o.DaysOverdue)
	}
	return r
}

func disclosureRow(e *derive.Enterprise, d *derive.DisclosureFact) DisclosureRow {
	r := DisclosureRow{
		USCC: e.USCC, Name: e.Name, City: e.City, Industry: e.Industry,
		Year: d.Year, Pollutant: d.Pollutant, Outlet: d.Outlet, DischargeMethod: d.DischargeMethod,
		Concentration: num(d.Concentration), Unit: d.Unit, Limit: num(d.Limit),
		Exceedance: num(d.Exceedance), TotalT: num(d.TotalT), QuotaT: num(d.QuotaT),
		Standard: d.Standard, Published: d.Published, SourceURL: d.SourceURL,
		NotDisclosed: slices.Clone(d.NotDisclosed),
	}
	if p, ok := domain.PollutantByName(d.Pollutant); ok {
		r.PollutantKey, r.PollutantEN = p.Key, p.English
	}
	// Over the limit (quota) can only be said when both numbers were disclosed; otherwise the
	// answer is unknown, which is an empty cell, not "false".
	if d.Concentration != nil && d.Limit != nil {
		r.OverLimit = &d.OverLimit
	}
	if d.TotalT != nil && d.QuotaT != nil {
		r.OverQuota = &d.OverQuota
	}
	return r
}

func auditRows(e *derive.Enterprise, agencies map[string]string) []AuditRow {
	var rows []AuditRow
	for _, l := range e.Listings {
		for _, ev := range l.Events {
			rows = append(rows, AuditRow{
				USCC: e.USCC, Name: e.Name, Batch: ev.Batch,
				Event: string(ev.Event), EventLabel: eventLabel(ev.Event), Date: ev.Date,
				DocNumber: ev.DocNumber, Agency: ev.Agency, AgencyName: agencies[ev.Agency],
				Media: ev.Media, SourceURL: ev.SourceURL, Grounds: string(ev.Grounds), Deadline: ev.Deadline,
			})
		}
	}
	return rows
}

func optionRow(e *derive.Enterprise, o *domain.Option) OptionRow {
	r := OptionRow{
		USCC: e.USCC, Name: e.Name, Batch: o.Batch, OptionID: o.ID, Title: o.Title,
		CostClass: string(o.CostClass), Status: string(o.Status),
		InvestmentWan: num(o.InvestmentWan), Planned: o.Planned, Completed: o.Completed,
		Verified: o.Verified,
	}
	a := givenNumbers(o.Reductions)
	r.CODT, r.SO2T, r.NOxT, r.NH3NT = a[domain.ReduceCOD], a[domain.ReduceSO2], a[domain.ReduceNOx], a[domain.ReduceNH3N]
	r.WaterT, r.EnergyTCE, r.BenefitWan = a[domain.ReduceWater], a[domain.ReduceEnergy], a[domain.ReduceBenefit]
	return r
}

// givenNumbers returns the amounts r gives by kind, nil (an empty cell) where it gives none.
func givenNumbers(r domain.Reductions) (n [domain.NumReductionKinds]*Number) {
	for _, k := range domain.ReductionKinds {
		if v, ok := r.At(k); ok {
			n[k] = numOf(v)
		}
	}
	return n
}

// sumNumbers returns the sums of r by kind; a kind no option gave sums to 0.
func sumNumbers(r domain.Reductions) (n [domain.NumReductionKinds]*Number) {
	for _, k := range domain.ReductionKinds {
		n[k] = numOf(r.Amount(k))
	}
	return n
}

// caseRows lists the case studies by slug.
func caseRows(ds *domain.Dataset, f *derive.Facts) []CaseRow {
	registry := make(map[string]*derive.Enterprise, len(f.Enterprises))
	for i := range f.Enterprises {
		registry[f.Enterprises[i].USCC] = &f.Enterprises[i]
	}
	industries := map[string]string{}
	for _, in := range ds.Industries {
		industries[in.Code] = in.Name
	}
	rows := make([]CaseRow, 0, len(ds.Cases))
	for _, c := range ds.Cases {
		r := CaseRow{
			Slug: c.Slug, Title: c.Title, Date: c.Date, USCC: c.USCC,
			Industry: c.Industry, IndustryName: industries[c.Industry],
			Technology: c.Technology, Problem: c.Problem, Benefits: stringsOf(c.Benefits),
			CostClass: string(c.CostClass), InvestmentWan: num(c.InvestmentWan),
			BenefitWan: num(c.BenefitWan), PaybackYears: num(c.PaybackYears),
			Summary: c.Summary,
		}
		if e := registry[c.USCC]; e != nil {
			r.EnterpriseName, r.City = e.Name, e.City
		}
		a := givenNumbers(c.Reductions)
		r.CODT, r.SO2T, r.NOxT, r.NH3NT = a[domain.ReduceCOD], a[domain.ReduceSO2], a[domain.ReduceNOx], a[domain.ReduceNH3N]
		r.HeavyMetalT, r.WaterT, r.EnergyTCE = a[domain.ReduceHeavyMetal], a[domain.ReduceWater], a[domain.ReduceEnergy]
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b CaseRow) int { return strings.Compare(a.Slug, b.Slug) })
	return rows
}

// yearRows lists the yearly summaries of areas, area by area (in the facts' order), oldest
// year first.
func yearRows(areas []derive.Area) []YearRow {
	var rows []YearRow
	for _, a := range areas {
		for _, y := range a.Years {
			rd, vd := sumNumbers(y.Reductions.Reductions), sumNumbers(y.ReductionsVerified.Reductions)
			rows = append(rows, YearRow{
				Code: a.Code, Name: a.Name, Year: y.Year,
				Listed: y.Listed, DisclosureDue: y.DisclosureDue, DisclosedOnTime: y.DisclosedOnTime,
				Started: y.Started, Reports: y.Reports, Evaluated: y.Evaluated,
				Accepted: y.Accepted, Failed: y.Failed, MediumHighDone: y.MediumHighDone,
				DisclosureRows: y.DisclosureRows, DisclosureMissing: y.DisclosureMissing,
				CODT: rd[domain.ReduceCOD], SO2T: rd[domain.ReduceSO2], NOxT: rd[domain.ReduceNOx], NH3NT: rd[domain.ReduceNH3N],
				WaterT: rd[domain.ReduceWater], EnergyTCE: rd[domain.ReduceEnergy],
				BenefitWan: rd[domain.ReduceBenefit], InvestmentWan: numOf(y.Reductions.InvestmentWan),

				Postponed: y.Postponed, DisclosureExpected: y.DisclosureExpected, DisclosedRouteUnstated: y.DisclosedRouteUnstated,
				RectificationsOrdered: y.RectificationsOrdered, RectificationsOpen: y.RectificationsOpen,
				RectificationsOverdue: y.RectificationsOverdue,
				CODVerifiedT:          vd[domain.ReduceCOD], SO2VerifiedT: vd[domain.ReduceSO2],
				NOxVerifiedT: vd[domain.ReduceNOx], NH3NVerifiedT: vd[domain.ReduceNH3N],
			})
		}
	}
	slices.SortStableFunc(rows, func(a, b YearRow) int {
		return cmp.Or(strings.Compare(a.Code, b.Code), cmp.Compare(a.Year, b.Year))
	})
	return rows
}

func stringsOf[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// formerIDs are an enterprise's identifiers other than its id: addresses that redirect.
func formerIDs(ids []string) []string {
	if len(ids) < 2 {
		return []string{}
	}
	return ids[1:]
}
