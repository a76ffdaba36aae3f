package sample

import (
	"fmt"
	"math"

	"cpportal/domain"
)

// makeOptions adds the improvement options of an audit report submitted on the given day:
// one to three, usually a no/low-cost measure first, then the industry's typical medium- and
// high-cost ones. Dates lie after the report; completed ones never after AsOf.
func (w *world) makeOptions(l *listing, reported domain.Date) {
	e := l.ent
	n := 1
	switch r := w.rng.Float64(); {
	case r < 0.08:
		n = 3
	case r < 0.3:
		n = 2
	}
	used := map[string]bool{}
	vr := w.verifyRand(l)
	for i := range n {
		pool := e.ind.profile.options
		if i == 0 && w.rng.Float64() < 0.55 || len(used) >= len(pool) {
			pool = generalOptions
		}
		t := pool[w.rng.IntN(len(pool))]
		if used[t.title] {
			continue
		}
		used[t.title] = true
		w.options = append(w.options, w.option(l, reported, t, fmt.Sprintf("F%02d", len(used))))
		verify(vr, &w.options[len(w.options)-1])
	}
}

// option draws one option's figures from its template, scaled by the enterprise's size.
func (w *world) option(l *listing, reported domain.Date, t optionTemplate, id string) domain.Option {
	e := l.ent
	o := domain.Option{USCC: e.USCC, Batch: l.batch.ID, ID: id, Title: t.title, CostClass: t.cost}
	var invest float64
	switch t.cost {
	case domain.CostLow:
		invest = 0.2 + w.rng.Float64()*4.6
		o.Planned = w.after(reported, 10, 90)
	case domain.CostMedium:
		invest = 5 + w.rng.Float64()*44
		o.Planned = w.after(reported, 60, 365)
	default:
		invest = math.Min(3000, (50+w.rng.Float64()*900)*e.size)
		o.Planned = w.after(reported, 120, 600)
	}
	o.InvestmentWan = num(round(invest, 1))

	r := w.rng.Float64()
	switch {
	case o.Planned.After(AsOf) && r < 0.6:
		o.Status = domain.OptionInProgress
	case o.Planned.After(AsOf):
		o.Status = domain.OptionPlanned
	case r < 0.82:
		o.Status = domain.OptionCompleted
		o.Completed = w.after(o.Planned, -30, 90)
		if o.Completed.Before(reported.AddDays(7)) {
			o.Completed = reported.AddDays(7)
		}
		if o.Completed.After(AsOf) {
			o.Completed = AsOf
		}
	case r < 0.9:
		o.Status = domain.OptionInProgress
	case r < 0.95:
		o.Status = domain.OptionCancelled
	default:
		o.Status = domain.OptionPlanned // behind its plan
	}
	if o.Status == domain.OptionCancelled {
		return o
	}

	var amounts [domain.NumReductionKinds]float64
	for c, s := range t.reduce {
		if s.hi > 0 {
			amounts[c] = (s.lo + w.rng.Float64()*(s.hi-s.lo)) * e.size
		}
	}
	set := func(k domain.ReductionKind, v float64, digits int) {
		if v > 0 {
			o.Reductions.Set(k, round(v, digits))
		}
	}
	set(domain.ReduceCOD, amounts[domain.ReduceCOD], 2)
	set(domain.ReduceSO2, amounts[domain.ReduceSO2], 2)
	set(domain.ReduceNOx, amounts[domain.ReduceNOx], 2)
	set(domain.ReduceNH3N, amounts[domain.ReduceNH3N], 2)
	set(domain.ReduceWater, round(amounts[domain.ReduceWater], -1), 0)
	set(domain.ReduceEnergy, amounts[domain.ReduceEnergy], 1)
	// Savings: water at about 4 元/t, energy at about 1,000 元/tce, plus materials recovered.
	benefit := amounts[domain.ReduceWater]*0.0004 + amounts[domain.ReduceEnergy]*0.1 + amounts[domain.ReduceCOD]*0.05 + invest*0.2*w.rng.Float64()
	set(domain.ReduceBenefit, math.Max(benefit, 0.1), 1)
	return o
}

func num(v float64) *float64 { return &v }

// round rounds v to the given number of decimal places (negative: to tens, hundreds …).
func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}
