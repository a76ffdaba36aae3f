package derive

import (
	"slices"
	"testing"

	"cpportal/domain"
)

func num(x float64) *float64 { return &x }

func TestDisclosureFactOf(t *testing.T) {
	full := func() domain.Disclosure {
		return domain.Disclosure{
			USCC: "x", Year: 2010, Pollutant: "化学需氧量", Outlet: "DW001", DischargeMethod: "间接排放",
			Concentration: num(80), Unit: "mg/L", Limit: num(100), TotalT: num(30), QuotaT: num(40), Standard: "GB 4287-2012",
		}
	}
	tests := []struct {
		name         string
		edit         func(*domain.Disclosure)
		notDisclosed []string
		overLimit    bool
		exceedance   *float64
		overQuota    bool
	}{
		{"complete and within limits", func(*domain.Disclosure) {}, []string{}, false, nil, false},
		{"at the limit is not over", func(d *domain.Disclosure) { d.Concentration = num(100) }, []string{}, false, nil, false},
		{"over the limit", func(d *domain.Disclosure) { d.Concentration = num(120) }, []string{}, true, num(0.2), false},
		{"exceedance rounded to 2 decimals", func(d *domain.Disclosure) { d.Concentration = num(100.456) }, []string{}, true, num(0), false},
		{"exceedance 1.235 rounds up", func(d *domain.Disclosure) { d.Concentration, d.Limit = num(2.235), num(1) }, []string{}, true, num(1.24), false},
		{"three times the limit", func(d *domain.Disclosure) { d.Concentration, d.Limit = num(1.2), num(0.3) }, []string{}, true, num(3), false},
		{"over a zero limit has no multiple", func(d *domain.Disclosure) { d.Limit = num(0) }, []string{}, true, nil, false},
		{"over the quota", func(d *domain.Disclosure) { d.TotalT = num(40.5) }, []string{}, false, nil, true},
		{"at the quota is not over", func(d *domain.Disclosure) { d.TotalT = num(40) }, []string{}, false, nil, false},
		{"both", func(d *domain.Disclosure) { d.Concentration, d.TotalT = num(150), num(41) }, []string{}, true, num(0.5), true},
		{"concentration not disclosed: no limit check", func(d *domain.Disclosure) { d.Concentration = nil }, []string{"concentration"}, false, nil, false},
		{"limit not disclosed: no limit check", func(d *domain.Disclosure) { d.Limit, d.Concentration = nil, num(500) }, []string{"limit"}, false, nil, false},
		{"quota not disclosed: no quota check", func(d *domain.Disclosure) { d.QuotaT, d.TotalT = nil, num(500) }, []string{"quota_t"}, false, nil, false},
		{"every item missing, in column order", func(d *domain.Disclosure) {
			*d = domain.Disclosure{USCC: "x", Year: 2010, Pollutant: "化学需氧量", Outlet: " "}
		}, []string{"outlet", "discharge_method", "concentration", "limit", "total_t", "quota_t", "standard"}, false, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := full()
			tt.edit(&d)
			f := DisclosureFactOf(d)
			if !slices.Equal(f.NotDisclosed, tt.notDisclosed) || f.NotDisclosed == nil {
				t.Errorf("NotDisclosed = %#v, want %#v", f.NotDisclosed, tt.notDisclosed)
			}
			if f.Complete() != (len(tt.notDisclosed) == 0) {
				t.Errorf("Complete = %v", f.Complete())
			}
			if f.OverLimit != tt.overLimit || f.OverQuota != tt.overQuota {
				t.Errorf("OverLimit, OverQuota = %v, %v; want %v, %v", f.OverLimit, f.OverQuota, tt.overLimit, tt.overQuota)
			}
			switch {
			case (f.Exceedance == nil) != (tt.exceedance == nil):
				t.Errorf("Exceedance = %v, want %v", f.Exceedance, tt.exceedance)
			case f.Exceedance != nil && *f.Exceedance != *tt.exceedance:
				t.Errorf("Exceedance = %v, want %v", *f.Exceedance, *tt.exceedance)
			}
			if f.Disclosure.Pollutant != d.Pollutant || f.Disclosure.Year != d.Year {
				t.Errorf("the row itself is not carried over: %+v", f.Disclosure)
			}
		})
	}
}
