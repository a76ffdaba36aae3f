package derive

import (
	"cpportal/generator/domain"
)

// completedBy reports whether an option counts as completed as of asOf: its status is
// completed and its completion date is not after asOf (a completion dated later had not
// happened yet on that day).
func completedBy(o domain.Option, asOf domain.Date) bool {
	return o.Status == domain.OptionCompleted && !o.Completed.IsZero() && !o.Completed.After(asOf)
}

// add adds an option's yearly reductions, benefit and investment to r (a missing number
// counts as 0).
func (r *Reductions) add(o domain.Option) {
	v := func(p *float64) float64 {
		if p == nil {
			return 0
		}
		return *p
	}
	r.CODT += v(o.CODT)
	r.SO2T += v(o.SO2T)
	r.NOxT += v(o.NOxT)
	r.NH3NT += v(o.NH3NT)
	r.WaterT += v(o.WaterT)
	r.EnergyTCE += v(o.EnergyTCE)
	r.BenefitWan += v(o.BenefitWan)
	r.InvestmentWan += v(o.InvestmentWan)
}

// plus adds two sums.
func (r *Reductions) plus(s Reductions) {
	r.CODT += s.CODT
	r.SO2T += s.SO2T
	r.NOxT += s.NOxT
	r.NH3NT += s.NH3NT
	r.WaterT += s.WaterT
	r.EnergyTCE += s.EnergyTCE
	r.BenefitWan += s.BenefitWan
	r.InvestmentWan += s.InvestmentWan
}

// rounded returns r with every sum rounded to 4 decimals.
func (r Reductions) rounded() Reductions {
	return Reductions{
		CODT:          Round(r.CODT, sumPlaces),
		SO2T:          Round(r.SO2T, sumPlaces),
		NOxT:          Round(r.NOxT, sumPlaces),
		NH3NT:         Round(r.NH3NT, sumPlaces),
		WaterT:        Round(r.WaterT, sumPlaces),
		EnergyTCE:     Round(r.EnergyTCE, sumPlaces),
		BenefitWan:    Round(r.BenefitWan, sumPlaces),
		InvestmentWan: Round(r.InvestmentWan, sumPlaces),
	}
}

// IsZero reports whether nothing was achieved.
func (r Reductions) IsZero() bool { return r == Reductions{} }

// OptionStatsOf counts options as of asOf:
//
//   - Total: every option, whatever its status;
//   - MediumHigh: 中费 and 高费 options, cancelled ones left out;
//   - MediumHighDone: of those, the ones completed by asOf;
//   - CompletionRate: MediumHighDone / MediumHigh, nil when MediumHigh is 0;
//   - CompletedAchieved: reductions, benefit and investment of every option (any cost class)
//     completed by asOf;
//   - Committed: reductions, benefit and investment of every option that is not cancelled
//     (what the audit plan promises, completed or not);
//   - InvestmentWan: investment of every option that is not cancelled (what was committed).
//
// Sums are rounded to 4 decimals.
func OptionStatsOf(opts []domain.Option, asOf domain.Date) OptionStats {
	var s optionTally
	for _, o := range opts {
		s.add(o, asOf)
	}
	return s.stats()
}

// optionTally accumulates OptionStats without rounding, so areas can add enterprises up and
// round once at the end.
type optionTally struct {
	total, mediumHigh, mediumHighDone int
	achieved, committed               Reductions
	investment                        float64
	mediumHighCancelled               int
	verified                          Reductions
}

func (t *optionTally) add(o domain.Option, asOf domain.Date) {
	t.total++
	if o.Status != domain.OptionCancelled {
		t.committed.add(o)
		if o.InvestmentWan != nil {
			t.investment += *o.InvestmentWan
		}
		if o.CostClass.MediumOrHigh() {
			t.mediumHigh++
		}
	}
	if o.Status == domain.OptionCancelled && o.CostClass.MediumOrHigh() {
		t.mediumHighCancelled++
	}
	if verifiedBy(o, asOf) {
		t.verified.add(o)
	}
	if completedBy(o, asOf) {
		t.achieved.add(o)
		if o.CostClass.MediumOrHigh() {
			t.mediumHighDone++
		}
	}
}

func (t *optionTally) plus(u optionTally) {
	t.total += u.total
	t.mediumHigh += u.mediumHigh
	t.mediumHighDone += u.mediumHighDone
	t.achieved.plus(u.achieved)
	t.committed.plus(u.committed)
	t.investment += u.investment
	t.mediumHighCancelled += u.mediumHighCancelled
	t.verified.plus(u.verified)
}

func (t optionTally) stats() OptionStats {
	return OptionStats{
		Total:             t.total,
		MediumHigh:        t.mediumHigh,
		MediumHighDone:    t.mediumHighDone,
		CompletionRate:    ratio(t.mediumHighDone, t.mediumHigh),
		CompletedAchieved: t.achieved.rounded(),
		Committed:         t.committed.rounded(),
		InvestmentWan:     Round(t.investment, sumPlaces),

		MediumHighCancelled: t.mediumHighCancelled,
		Verified:            t.verified.rounded(),
	}
}
