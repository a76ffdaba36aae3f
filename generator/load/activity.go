package load

import (
	"io/fs"

	"cpportal/domain"
)

// The activity files: what enterprises disclosed, the dated steps of their audits, and the
// improvement options the audits produced.

var (
	disclosuresSpec = csvSpec{file: "data/disclosures.csv", columns: []string{"uscc", "year", "pollutant", "outlet",
		"discharge_method", "concentration", "unit", "limit", "total_t", "quota_t", "standard", "published", "source_url"}}
	auditsSpec = csvSpec{file: "data/audits.csv", columns: []string{"uscc", "batch", "event", "date", "doc_number", "agency"},
		optional: auditsOptional}
	optionsSpec = csvSpec{file: "data/options.csv", columns: append([]string{"uscc", "batch", "option_id", "title", "cost_class",
		"investment_wan", "status", "planned", "completed"}, reductionColumns()...), optional: []string{"verified"}}
)

// pollutantList holds the Chinese names disclosures may use, for messages.
var pollutantList = pollutantNames()

func pollutantNames() []string {
	names := make([]string, len(domain.Pollutants))
	for i, p := range domain.Pollutants {
		names[i] = p.Name
	}
	return names
}

func validPollutant(name string) bool {
	_, ok := domain.PollutantByName(name)
	return ok
}

// loadDisclosures reads data/disclosures.csv. Empty cells stay empty (nil numbers): they are
// the items an enterprise did not disclose.
func loadDisclosures(fsys fs.FS, ps *domain.Problems) []domain.Disclosure {
	return readRecords(fsys, disclosuresSpec, ps, false, func(r *csvRow) domain.Disclosure {
		return domain.Disclosure{
			USCC:            r.required("uscc"),
			Year:            r.year("year"),
			Pollutant:       enum(r, "pollutant", pollutantList, validPollutant),
			Outlet:          r.text("outlet"),
			DischargeMethod: r.text("discharge_method"),
			Concentration:   r.number("concentration"),
			Unit:            r.text("unit"),
			Limit:           r.number("limit"),
			TotalT:          r.number("total_t"),
			QuotaT:          r.number("quota_t"),
			Standard:        r.text("standard"),
			Published:       r.date("published"),
			SourceURL:       r.text("source_url"),
			Src:             r.src,
		}
	})
}

func loadAudits(fsys fs.FS, ps *domain.Problems) []domain.AuditEvent {
	return readRecords(fsys, auditsSpec, ps, false, func(r *csvRow) domain.AuditEvent {
		e := domain.AuditEvent{
			USCC:      r.required("uscc"),
			Batch:     r.required("batch"),
			Event:     enum(r, "event", domain.EventKinds, domain.EventKind.Valid),
			Date:      r.requiredDate("date"),
			DocNumber: r.text("doc_number"),
			Agency:    r.text("agency"),
			Src:       r.src,
		}
		readAuditExtras(r, &e)
		return e
	})
}

func loadOptions(fsys fs.FS, ps *domain.Problems) []domain.Option {
	return readRecords(fsys, optionsSpec, ps, false, func(r *csvRow) domain.Option {
		return domain.Option{
			USCC:          r.required("uscc"),
			Batch:         r.required("batch"),
			ID:            r.required("option_id"),
			Title:         r.required("title"),
			CostClass:     enum(r, "cost_class", domain.CostClasses, domain.CostClass.Valid),
			InvestmentWan: r.number("investment_wan"),
			Status:        enum(r, "status", domain.OptionStatuses, domain.OptionStatus.Valid),
			Planned:       r.date("planned"),
			Completed:     r.date("completed"),
			Reductions:    r.reductions(),
			Verified:      r.date("verified"),
			Src:           r.src,
		}
	})
}

// reductionColumns are the columns of options.csv that give an option's reductions, one per
// kind an option records.
func reductionColumns() []string {
	cols := make([]string, len(domain.OptionReductionKinds))
	for i, k := range domain.OptionReductionKinds {
		cols[i] = k.Column()
	}
	return cols
}

// reductions reads an option's reductions, one optional amount per kind.
func (r *csvRow) reductions() domain.Reductions {
	var red domain.Reductions
	for _, k := range domain.OptionReductionKinds {
		red.SetPtr(k, r.number(k.Column()))
	}
	return red
}
