package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"cpportal/domain"
)

var disclosureHeader = []string{"uscc", "year", "pollutant", "outlet", "discharge_method", "concentration", "unit", "limit", "total_t", "quota_t", "standard", "published", "source_url"}

// point is one pollutant at one outlet of an enterprise, fixed over the years.
type point struct {
	spec   pollutantSpec
	outlet string
	water  bool
	method string
	limit  float64
	flow   float64 // t/a of wastewater or m³/a of flue gas
	level  float64 // usual concentration as a share of the limit
	quota  float64 // approved total, t/a
}

// points lays out an enterprise's outlets and the pollutants measured at each.
func points(e *enterprise, rng *rand.Rand) []point {
	p := e.ind.profile
	var out []point
	add := func(specs []pollutantSpec, water bool, maxOutlets int, flowRange [2]float64) {
		if len(specs) == 0 || maxOutlets == 0 {
			return
		}
		n := 1 + rng.IntN(maxOutlets)
		flow := flowRange[0] * math.Pow(flowRange[1]/flowRange[0], rng.Float64()) * e.size / float64(n)
		method, prefix := "有组织排放", "DA"
		if water {
			method, prefix = "直接排放", "DW"
			if rng.Float64() < p.indirect {
				method = "间接排放"
			}
		}
		spread := true // every pollutant at every outlet, unless the standard assigns workshop outlets
		for _, s := range specs {
			spread = spread && s.outlet == 1
		}
		for i, s := range specs {
			if i >= 2 && rng.Float64() < 0.25 {
				continue // not every plant emits every pollutant of its standard
			}
			for o := 1; o <= n; o++ {
				if !spread && min(s.outlet, n) != o {
					continue
				}
				limit := s.limit
				if method == "间接排放" && s.indirect > 0 {
					limit = s.indirect
				}
				pt := point{spec: s, outlet: fmt.Sprintf("%s%03d", prefix, o), water: water, method: method,
					limit: limit, flow: flow, level: 0.2 + rng.Float64()*0.55}
				pt.quota = pt.level * limit * flow * unitFactor(water) * (1.3 + rng.Float64()*0.7)
				out = append(out, pt)
			}
		}
	}
	add(p.water, true, p.waterOutlets, p.waterFlow)
	airOutlets := p.airOutlets
	if len(p.water) > 0 && rng.Float64() < 0.4 {
		airOutlets = 0 // a plant heated by purchased steam has no boiler stack
	}
	add(p.air, false, airOutlets, p.airFlow)
	return out
}

// unitFactor turns concentration × volume into tonnes: mg/L × t = g, mg/m³ × m³ = mg.
func unitFactor(water bool) float64 {
	if water {
		return 1e-6
	}
	return 1e-9
}

// disclosureYears are the years an enterprise discloses: the last cfg.Years years before
// AsOf, from its first listing on (at least the year before AsOf).
func disclosureYears(e *enterprise, years int) (first, last int) {
	last = AsOf.Year - 1
	first = max(AsOf.Year-years, e.firstYear)
	return min(first, last), last
}

// writeDisclosures streams every disclosure row of one enterprise: mostly below the limit,
// some over it or over the quota, some items not disclosed (more often in early years).
func writeDisclosures(t *table, e *enterprise, cfg Config) error {
	rng := newRand(cfg.Seed, 1<<32|uint64(e.index))
	pts := points(e, rng)
	first, last := disclosureYears(e, cfg.Years)
	row := make([]string, len(disclosureHeader))
	for year := first; year <= last; year++ {
		published := domain.Date{Year: year + 1, Month: 1, Day: 10}.AddDays(rng.IntN(65))
		url := fmt.Sprintf("https://example.org/disclosure/%s/%d.html", e.USCC, year)
		missingRate := 0.03 + 0.08*float64(AsOf.Year-1-year)/float64(AsOf.Year-2009)
		for _, pt := range pts {
			unit := domain.UnitAir
			if pt.water {
				unit = domain.UnitWater
			}
			ratio := pt.level * (0.8 + rng.Float64()*0.4)
			if rng.Float64() < 0.045 {
				ratio = 1.05 + rng.Float64()*1.4 // over the limit
			}
			conc := pt.limit * ratio
			total := conc * pt.flow * (0.85 + rng.Float64()*0.3) * unitFactor(pt.water)
			if rng.Float64() < 0.03 {
				total = pt.quota * (1.05 + rng.Float64()*0.35) // over the quota
			}
			row[0], row[1], row[2], row[3], row[4] = e.USCC, strconv.Itoa(year), pt.spec.name, pt.outlet, pt.method
			row[5], row[6], row[7] = sig(conc, 3), unit, strconv.FormatFloat(pt.limit, 'f', -1, 64)
			row[8], row[9], row[10] = sig(total, 4), sig(pt.quota, 4), standardOf(e.ind.profile, pt.water)
			row[11], row[12] = published.String(), url
			if rng.Float64() < missingRate {
				switch rng.IntN(4) {
				case 0:
					row[5] = ""
				case 1:
					row[8] = ""
				case 2:
					row[9] = ""
				default:
					row[5], row[8] = "", ""
				}
			}
			if err := t.write(row); err != nil {
				return err
			}
		}
	}
	return nil
}

func standardOf(p *profile, water bool) string {
	if water {
		return p.waterStd
	}
	return p.airStd
}

// sig formats v with n significant digits, without exponent or trailing zeros.
func sig(v float64, n int) string {
	if v == 0 {
		return "0"
	}
	digits := n - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	return strconv.FormatFloat(round(v, digits), 'f', -1, 64)
}
