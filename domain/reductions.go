package domain

import (
	"encoding/json"
	"math/bits"
)

// ReductionKind is one kind of yearly amount an improvement option or a case study achieves: a
// pollutant emitted less, fresh water or energy saved, or the economic benefit. Every place
// that lists the kinds iterates ReductionKinds (or OptionReductionKinds), so a new kind is
// added here and nowhere else.
type ReductionKind uint8

// The kinds, in the order the site and the files list them.
const (
	ReduceCOD        ReductionKind = iota // COD, t/a
	ReduceSO2                             // SO2, t/a
	ReduceNOx                             // NOx, t/a
	ReduceNH3N                            // ammonia nitrogen, t/a
	ReduceHeavyMetal                      // heavy metals, t/a (case studies only)
	ReduceWater                           // fresh water saved, t/a
	ReduceEnergy                          // energy saved, tce/a
	ReduceBenefit                         // economic benefit, 万元/a

	// NumReductionKinds is the number of kinds: the length of every per-kind array.
	NumReductionKinds = iota
)

// reductionKinds describes each kind.
var reductionKinds = [NumReductionKinds]struct {
	key     string  // short name: the interface strings' col_<key>
	benefit Benefit // the technology library's key; "" for the economic benefit
	column  string  // column of options.csv and of the downloads, key of the JSON twins
	unit    string
	option  bool // options.csv has a column for it
}{
	ReduceCOD:        {"cod", BenefitCOD, "cod_t", "t/a", true},
	ReduceSO2:        {"so2", BenefitSO2, "so2_t", "t/a", true},
	ReduceNOx:        {"nox", BenefitNOx, "nox_t", "t/a", true},
	ReduceNH3N:       {"nh3n", BenefitNH3N, "nh3n_t", "t/a", true},
	ReduceHeavyMetal: {"heavymetal", BenefitHeavyMetal, "heavymetal_t", "t/a", false},
	ReduceWater:      {"water", BenefitWater, "water_t", "t/a", true},
	ReduceEnergy:     {"energy", BenefitEnergy, "energy_tce", "tce/a", true},
	ReduceBenefit:    {"benefit", "", "benefit_wan", "万元/a", true},
}

// ReductionKinds lists every kind in order.
var ReductionKinds = func() []ReductionKind {
	ks := make([]ReductionKind, NumReductionKinds)
	for i := range ks {
		ks[i] = ReductionKind(i)
	}
	return ks
}()

// OptionReductionKinds lists, in order, the kinds an improvement option records: the columns
// of options.csv (heavy metals are recorded by case studies only).
var OptionReductionKinds = func() []ReductionKind {
	var ks []ReductionKind
	for _, k := range ReductionKinds {
		if reductionKinds[k].option {
			ks = append(ks, k)
		}
	}
	return ks
}()

// Key is the kind's short name (cod, so2, …, benefit); the interface strings label it col_<key>.
func (k ReductionKind) Key() string { return reductionKinds[k].key }

// Column is the kind's column name in options.csv and the downloads (cod_t, …, energy_tce,
// benefit_wan), which is also its key in the JSON twins.
func (k ReductionKind) Column() string { return reductionKinds[k].column }

// Unit is the unit of the kind's yearly amount (t/a, tce/a, 万元/a).
func (k ReductionKind) Unit() string { return reductionKinds[k].unit }

// Benefit is the technology library's key for the kind; false for the economic benefit, which
// is a figure of its own in a case study.
func (k ReductionKind) Benefit() (Benefit, bool) {
	b := reductionKinds[k].benefit
	return b, b != ""
}

// ReductionOf returns the kind a benefit key names.
func ReductionOf(b Benefit) (ReductionKind, bool) {
	for _, k := range ReductionKinds {
		if reductionKinds[k].benefit == b && b != "" {
			return k, true
		}
	}
	return 0, false
}

// Reductions holds one yearly amount per kind, each given or not (an empty cell of options.csv,
// a key a case study leaves out). The zero value gives nothing.
type Reductions struct {
	amount [NumReductionKinds]float64
	given  uint16 // bit k set: amount[k] was given
}

// At returns the amount of kind k and whether it was given.
func (r Reductions) At(k ReductionKind) (float64, bool) {
	return r.amount[k], r.given&(1<<k) != 0
}

// Amount returns the amount of kind k, 0 when it was not given.
func (r Reductions) Amount(k ReductionKind) float64 { return r.amount[k] }

// Ptr returns the amount of kind k as a new pointer, nil when it was not given: for outputs in
// which an absent amount is an empty cell or null.
func (r Reductions) Ptr(k ReductionKind) *float64 {
	if v, ok := r.At(k); ok {
		return &v
	}
	return nil
}

// Set gives the amount of kind k.
func (r *Reductions) Set(k ReductionKind, v float64) {
	r.amount[k] = v
	r.given |= 1 << k
}

// SetPtr gives the amount of kind k when p is not nil.
func (r *Reductions) SetPtr(k ReductionKind, p *float64) {
	if p != nil {
		r.Set(k, *p)
	}
}

// Add adds the amounts s gives to r; a kind given by either is given by the sum.
func (r *Reductions) Add(s Reductions) {
	for k := range r.amount {
		r.amount[k] += s.amount[k]
	}
	r.given |= s.given
}

// Map returns r with f applied to every amount (rounding a sum, for one).
func (r Reductions) Map(f func(float64) float64) Reductions {
	for k := range r.amount {
		r.amount[k] = f(r.amount[k])
	}
	return r
}

// Given is the number of kinds given.
func (r Reductions) Given() int { return bits.OnesCount16(r.given) }

// AllZero reports whether every amount is 0, given or not.
func (r Reductions) AllZero() bool { return r.amount == [NumReductionKinds]float64{} }

// MarshalJSON writes the amounts given of the kinds the library knows as an object keyed by
// benefit ({"cod": 12.5, "water": 30000}, keys sorted), which is how a case study gives them;
// null when none is given.
func (r Reductions) MarshalJSON() ([]byte, error) {
	if r.given == 0 {
		return []byte("null"), nil
	}
	m := make(map[Benefit]float64, r.Given())
	for _, k := range ReductionKinds {
		if b, ok := k.Benefit(); ok {
			if v, ok := r.At(k); ok {
				m[b] = v
			}
		}
	}
	return json.Marshal(m)
}
