package derive

import (
	"encoding/json"
	"strconv"

	"cpportal/domain"
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
	r.Reductions.Add(o.Reductions)
	if o.InvestmentWan != nil {
		r.InvestmentWan += *o.InvestmentWan
	}
}

// plus adds two sums.
func (r *Reductions) plus(s Reductions) {
	r.Reductions.Add(s.Reductions)
	r.InvestmentWan += s.InvestmentWan
}

// rounded returns r with every sum rounded to 4 decimals.
func (r Reductions) rounded() Reductions {
	round := func(v float64) float64 { return Round(v, sumPlaces) }
	return Reductions{Reductions: r.Reductions.Map(round), InvestmentWan: round(r.InvestmentWan)}
}

// IsZero reports whether nothing was achieved.
func (r Reductions) IsZero() bool { return r.AllZero() && r.InvestmentWan == 0 }

// MarshalJSON writes every kind options record, by column name, then the investment; amounts
// not given are 0.
func (r Reductions) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for _, k := range domain.OptionReductionKinds {
		n, err := json.Marshal(r.Amount(k))
		if err != nil {
			return nil, err
		}
		b = append(append(append(strconv.AppendQuote(b, k.Column()), ':'), n...), ',')
	}
	n, err := json.Marshal(r.InvestmentWan)
	if err != nil {
		return nil, err
	}
	return append(append(append(b, `"investment_wan":`...), n...), '}'), nil
}

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
