package generate

import (
	"cpportal/domain"
	"cpportal/generator/derive"
)

// enterpriseTwin is the JSON twin of an enterprise page (/enterprises/<id>/index.json): the
// record as loaded, everything derived from it and its current standing, for anyone who wants
// the figures of one enterprise as data. It is a published format: data/README.md documents
// every field ("The enterprise's JSON twin"), and a test keeps the two in step. Fields are
// written in this order; absent values are "" or null as each comment says.
type enterpriseTwin struct {
	USCC       string              `json:"uscc"`          // the enterprise's id: its best identifier (credit code, organisation code or local id)
	CreditCode string              `json:"credit_code"`   // unified social credit code, "" when not known
	OrgCode    string              `json:"org_code"`      // organisation code (9 characters), "" when not known
	LocalID    string              `json:"local_id"`      // the portal's own id, "" when not assigned
	Name       string              `json:"name"`          // the name as the registry gives it
	City       string              `json:"city"`          // city code (data/cities.csv)
	County     string              `json:"county"`        // county or district, as published
	Industry   string              `json:"industry"`      // industry code, "" until known
	Level      domain.ControlLevel `json:"control_level"` // 国控, 省控 or 市控; "" when no notice states it
	Address    string              `json:"address"`       // "" until known

	IDs          []string `json:"ids"`           // every identifier, best first; the others are former addresses that redirect here
	CityName     string   `json:"city_name"`     // the city's name
	IndustryName string   `json:"industry_name"` // the industry's name, "" when the industry is not known

	Listings    []derive.Listing        `json:"listings"`    // each list naming the enterprise, oldest first, with its steps, events and outcome
	Stage       derive.Stage            `json:"stage"`       // where the latest round stands
	Overdue     []derive.OverdueStep    `json:"overdue"`     // steps past their deadline and not done
	Disclosures []derive.DisclosureFact `json:"disclosures"` // disclosure rows by year, pollutant and outlet, with what follows from their numbers
	Options     []twinOption            `json:"options"`     // the improvement options of every round
	OptionStats derive.OptionStats      `json:"option_stats"`
	Cases       []string                `json:"cases"`           // slugs of the case studies of this enterprise
	Gaps        []derive.DisclosureGap  `json:"disclosure_gaps"` // expected disclosure items without a row (未公开)
	Summary     derive.Summary          `json:"summary"`         // the current standing the page opens with
}

// twinOption is one improvement option in the twin: the row of data/options.csv. Amounts not
// given are null.
type twinOption struct {
	USCC          string              `json:"uscc"`
	Batch         string              `json:"batch"`          // the list whose round the option belongs to
	ID            string              `json:"id"`             // unique per enterprise and batch, F01
	Title         string              `json:"title"`          // what the option changes
	CostClass     domain.CostClass    `json:"cost_class"`     // 无低费, 中费 or 高费
	InvestmentWan *float64            `json:"investment_wan"` // 万元
	Status        domain.OptionStatus `json:"status"`         // planned, in_progress, completed or cancelled
	Planned       domain.Date         `json:"planned"`        // planned completion, null when not given
	Completed     domain.Date         `json:"completed"`      // actual completion, null unless completed
	// The yearly amounts, one per kind options record (domain.OptionReductionKinds, the columns
	// of options.csv).
	CODT       *float64    `json:"cod_t"`       // COD, t/a
	SO2T       *float64    `json:"so2_t"`       // SO2, t/a
	NOxT       *float64    `json:"nox_t"`       // NOx, t/a
	NH3NT      *float64    `json:"nh3n_t"`      // ammonia nitrogen, t/a
	WaterT     *float64    `json:"water_t"`     // fresh water saved, t/a
	EnergyTCE  *float64    `json:"energy_tce"`  // energy saved, tce/a
	BenefitWan *float64    `json:"benefit_wan"` // economic benefit, 万元/a
	Verified   domain.Date `json:"verified"`    // when the reductions were counted in the reduction accounting, null when not
}

// twinOf returns the JSON twin of an enterprise with its standing.
func twinOf(e *derive.Enterprise, sum derive.Summary) enterpriseTwin {
	t := enterpriseTwin{
		USCC: e.USCC, CreditCode: e.CreditCode, OrgCode: e.OrgCode, LocalID: e.LocalID, Name: e.Name,
		City: e.City, County: e.County, Industry: e.Industry, Level: e.Level, Address: e.Address,
		IDs: e.Identifiers, CityName: e.CityName, IndustryName: e.IndustryName,
		Listings: e.Listings, Stage: e.Stage, Overdue: e.Overdue, Disclosures: e.Disclosures,
		OptionStats: e.OptionStats, Cases: e.Cases, Gaps: e.DisclosureGaps, Summary: sum,
	}
	if e.Options != nil {
		t.Options = make([]twinOption, len(e.Options))
		for i := range e.Options {
			t.Options[i] = twinOptionOf(&e.Options[i])
		}
	}
	return t
}

func twinOptionOf(o *domain.Option) twinOption {
	r := o.Reductions
	return twinOption{
		USCC: o.USCC, Batch: o.Batch, ID: o.ID, Title: o.Title, CostClass: o.CostClass,
		InvestmentWan: o.InvestmentWan, Status: o.Status, Planned: o.Planned, Completed: o.Completed,
		CODT: r.Ptr(domain.ReduceCOD), SO2T: r.Ptr(domain.ReduceSO2), NOxT: r.Ptr(domain.ReduceNOx),
		NH3NT: r.Ptr(domain.ReduceNH3N), WaterT: r.Ptr(domain.ReduceWater), EnergyTCE: r.Ptr(domain.ReduceEnergy),
		BenefitWan: r.Ptr(domain.ReduceBenefit), Verified: o.Verified,
	}
}
