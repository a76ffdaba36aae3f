package domain

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestReductionKinds(t *testing.T) {
	var cols []string
	for _, k := range OptionReductionKinds {
		cols = append(cols, k.Column())
	}
	if want := []string{"cod_t", "so2_t", "nox_t", "nh3n_t", "water_t", "energy_tce", "benefit_wan"}; !slices.Equal(cols, want) {
		t.Errorf("option columns %v, want %v (the columns of options.csv)", cols, want)
	}
	// Every benefit key of the technology library is a kind, in the library's order.
	var benefits []Benefit
	for _, k := range ReductionKinds {
		if b, ok := k.Benefit(); ok {
			benefits = append(benefits, b)
			if back, ok := ReductionOf(b); !ok || back != k {
				t.Errorf("ReductionOf(%s) = %v, %v; want %v", b, back, ok, k)
			}
		}
	}
	if !slices.Equal(benefits, Benefits) {
		t.Errorf("benefit kinds %v, want %v", benefits, Benefits)
	}
	if _, ok := ReductionOf("dust"); ok {
		t.Error(`ReductionOf("dust") found a kind`)
	}
	if ReduceEnergy.Unit() != "tce/a" || ReduceWater.Unit() != "t/a" || ReduceBenefit.Key() != "benefit" {
		t.Error("units or keys changed")
	}
}

func TestReductions(t *testing.T) {
	var r Reductions
	if r.Given() != 0 || r.Ptr(ReduceCOD) != nil || !r.AllZero() {
		t.Errorf("zero value gives %d kinds", r.Given())
	}
	r.Set(ReduceCOD, 1.5)
	r.Set(ReduceWater, 0) // given as 0: not the same as not given
	if v, ok := r.At(ReduceWater); !ok || v != 0 {
		t.Errorf("water = %v, %v", v, ok)
	}
	if _, ok := r.At(ReduceSO2); ok {
		t.Error("SO2 given without being set")
	}
	var s Reductions
	s.SetPtr(ReduceCOD, nil)
	x := 2.25
	s.SetPtr(ReduceSO2, &x)
	s.Add(r)
	if s.Given() != 3 || s.Amount(ReduceCOD) != 1.5 || s.Amount(ReduceSO2) != 2.25 || *s.Ptr(ReduceWater) != 0 {
		t.Errorf("sum = %+v", s)
	}
	s.Add(r)
	if s.Amount(ReduceCOD) != 3 {
		t.Errorf("COD after adding twice = %v", s.Amount(ReduceCOD))
	}
	if d := s.Map(func(v float64) float64 { return v * 2 }); d.Amount(ReduceSO2) != 4.5 || d.Given() != 3 {
		t.Errorf("doubled = %+v", d)
	}
	r.Set(ReduceBenefit, 9) // the economic benefit is not a benefit key of a case study
	b, err := json.Marshal(r)
	if err != nil || string(b) != `{"cod":1.5,"water":0}` {
		t.Errorf("JSON = %s, %v", b, err)
	}
	if b, _ := json.Marshal(Reductions{}); string(b) != "null" {
		t.Errorf("JSON of nothing = %s", b)
	}
}
