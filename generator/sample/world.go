package sample

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"cpportal/domain"
)

// enterprise is a registry row with the physical facts its disclosures are drawn from.
type enterprise struct {
	domain.Enterprise
	cityPos   int // position in cities
	ind       *industry
	size      float64 // 0.5–2.5: scales flows, investments and reductions
	firstYear int     // year of its first listing
	index     int     // creation order: seeds its disclosure stream
	early     bool    // on the early city list only (unidentified.go): no disclosures, options or cases
}

// listing is one enterprise's membership of one batch and the events of that audit round.
type listing struct {
	ent     *enterprise
	batch   *batch
	reasons []domain.Reason
	agency  string
	events  []domain.AuditEvent
	// listedAs is the identifier the list names the enterprise by when it is not its id (a
	// local id or organisation code from before its credit code was known).
	listedAs string
}

// batch is a published list.
type batch struct {
	domain.Batch
	ordinal  int
	listings []*listing
}

// world is the whole generated data set except disclosures and case texts, which are drawn
// while they are written.
type world struct {
	cfg      Config
	rng      *rand.Rand
	ents     []*enterprise // sorted by credit code once built
	batches  []*batch      // by publication date
	agencies []domain.Agency
	byCity   [][]string // agency ids by city position
	options  []domain.Option
	shares   []int // share of new enterprises per batch
}

// newRand returns the seeded generator of one stream of choices. Streams are independent so
// that, for example, the disclosures of one enterprise do not depend on how many rows another
// one has.
func newRand(seed int64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15^stream))
}

// build generates the registry, the batches with their audit rounds, agencies and options.
func build(cfg Config) *world {
	w := &world{cfg: cfg, rng: newRand(cfg.Seed, 0)}
	w.makeBatches()
	w.makeAgencies()
	w.makeEnterprises()
	w.runBatches()
	w.addEarlyList()
	slices.SortFunc(w.ents, func(a, b *enterprise) int { return cmp.Compare(a.USCC, b.USCC) })
	return w
}

// bundledBatches are the lists of the bundled sample: a first list in January 2009 and later
// lists every few years, the last one published weeks before the as-of date so that some of
// its steps are still pending.
var bundledBatches = []struct {
	id, date string
	share    int // share of the enterprises first listed in it
}{
	{"2009-1", "2009-01-31", 22}, {"2010-1", "2010-04-30", 16}, {"2012-1", "2012-05-31", 15},
	{"2015-1", "2015-06-30", 14}, {"2019-1", "2019-03-29", 13}, {"2023-1", "2023-04-28", 11},
	{"2026-1", "2026-09-15", 9},
}

var chineseOrdinals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// chineseNumber writes 1–99 the way notice titles do: 十二, 二十一.
func chineseNumber(n int) string {
	switch {
	case n <= 10:
		if n == 10 {
			return "十"
		}
		return chineseOrdinals[n-1]
	case n < 20:
		return "十" + chineseOrdinals[n%10-1]
	case n%10 == 0:
		return chineseOrdinals[n/10-1] + "十"
	}
	return chineseOrdinals[n/10-1] + "十" + chineseOrdinals[n%10-1]
}

// issuer is the provincial environment authority under its name of the day.
func issuer(d domain.Date) string {
	switch {
	case d.Year <= 2009:
		return "广东省环境保护局"
	case d.Year <= 2018:
		return "广东省环境保护厅"
	}
	return "广东省生态环境厅"
}

// makeBatches lays out the lists: the bundled schedule for small sizes, one list a year from
// 2009 for large ones.
func (w *world) makeBatches() {
	type plan struct {
		id    string
		date  domain.Date
		share int
	}
	var plans []plan
	if w.cfg.Enterprises <= 1000 {
		for _, b := range bundledBatches {
			plans = append(plans, plan{b.id, domain.MustDate(b.date), b.share})
		}
	} else {
		for y := 2009; y <= AsOf.Year; y++ {
			d := domain.Date{Year: y, Month: 3 + w.month(5), Day: 10 + w.rng.IntN(18)}
			switch {
			case y == 2009:
				d = domain.MustDate("2009-01-31")
			case y == AsOf.Year:
				d = domain.MustDate("2026-09-15")
			}
			for d.Weekday() == 0 || d.Weekday() == 6 {
				d = d.AddDays(-1)
			}
			share := 10
			if y == 2009 {
				share = 25
			}
			plans = append(plans, plan{fmt.Sprintf("%d-1", y), d, share})
		}
	}
	for i, p := range plans {
		b := &batch{ordinal: i + 1, Batch: domain.Batch{
			ID:        p.id,
			Title:     fmt.Sprintf("广东省第%s批强制性清洁生产审核企业名单（示例）", chineseNumber(i+1)),
			Issuer:    issuer(p.date),
			DocNumber: fmt.Sprintf("粤环示〔%d〕%d号", p.date.Year, 1+w.rng.IntN(120)),
			Published: p.date,
			SourceURL: fmt.Sprintf("https://example.org/notice/%s.html", p.id),
		}}
		w.batches = append(w.batches, b)
	}
	w.shares = make([]int, len(plans))
	for i, p := range plans {
		w.shares[i] = p.share
	}
}

func (w *world) month(n int) time.Month { return time.Month(w.rng.IntN(n)) }

// makeAgencies creates the consulting agencies: at least one per city, more where industry is.
func (w *world) makeAgencies() {
	n := max(len(cities)+3, w.cfg.Enterprises/15)
	width := max(3, len(fmt.Sprint(n)))
	w.byCity = make([][]string, len(cities))
	names := map[string]bool{}
	for i := range n {
		pos := i
		if i >= len(cities) {
			pos = w.pickCity(nil)
		}
		c := &cities[pos]
		var name string
		for name == "" || names[name] {
			name = c.name + Placeholder + brand(w.rng) + agencyForms[w.rng.IntN(len(agencyForms))]
		}
		names[name] = true
		id := fmt.Sprintf("A%0*d", width, i+1)
		w.agencies = append(w.agencies, domain.Agency{ID: id, Name: name, City: c.code})
		w.byCity[pos] = append(w.byCity[pos], id)
	}
}

// pickCity draws a city by its weight, boosted where the industry clusters.
func (w *world) pickCity(ind *industry) int {
	total := 0
	weights := make([]int, len(cities))
	for i, c := range cities {
		weights[i] = c.weight
		if ind != nil && slices.Contains(ind.favoured, c.code) {
			weights[i] *= 4
		}
		total += weights[i]
	}
	r := w.rng.IntN(total)
	for i, wt := range weights {
		if r < wt {
			return i
		}
		r -= wt
	}
	return len(cities) - 1
}

// pickIndustry draws an industry by its weight, boosted when it clusters in the given city.
func (w *world) pickIndustry(cityPos int) *industry {
	total := 0
	weights := make([]int, len(industries))
	for i, ind := range industries {
		weights[i] = ind.weight
		if cityPos >= 0 && slices.Contains(ind.favoured, cities[cityPos].code) {
			weights[i] *= 3
		}
		total += weights[i]
	}
	r := w.rng.IntN(total)
	for i, wt := range weights {
		if r < wt {
			return &industries[i]
		}
		r -= wt
	}
	return &industries[len(industries)-1]
}

// makeEnterprises fills the registry: one enterprise in every city first, the first of all
// being the one the search tests look for, then the rest by industry and city weights.
func (w *world) makeEnterprises() {
	codes := map[string]bool{}
	names := map[string]bool{}
	for i := range w.cfg.Enterprises {
		var cityPos int
		var ind *industry
		var entityType, form, brandName, term string
		switch {
		case i == 0:
			cityPos, ind = cityIndex("440600"), &industries[industryIndex("1713")]
			entityType, form, brandName, term = "91", "有限公司", ReservedBrand, "纺织印染"
		case i < len(cities):
			cityPos = i
			ind = w.pickIndustry(cityPos)
		default:
			ind = w.pickIndustry(-1)
			cityPos = w.pickCity(ind)
		}
		if entityType == "" {
			entityType, form = entityForm(w.rng, ind)
			term = ind.terms[w.rng.IntN(len(ind.terms))]
		}
		c := &cities[cityPos]
		var name string
		for name == "" || names[name] {
			if brandName == "" || names[name] {
				brandName = brand(w.rng)
			}
			name = c.name + Placeholder + brandName + term + form
		}
		names[name] = true
		var code string
		for code == "" || codes[code] {
			code = creditCode(w.rng, entityType, cityPos)
		}
		codes[code] = true
		county := c.counties[w.rng.IntN(len(c.counties))]
		if i == 0 {
			county = "南海区"
		}
		size := math.Min(2.5, math.Max(0.5, math.Exp(w.rng.NormFloat64()*0.45)))
		level := domain.LevelCity
		switch r := w.rng.Float64() / math.Sqrt(size); {
		case r < ind.state:
			level = domain.LevelState
		case r < ind.state+ind.province:
			level = domain.LevelProvince
		}
		w.ents = append(w.ents, &enterprise{
			Enterprise: domain.Enterprise{USCC: code, CreditCode: code, Name: name, City: c.code, County: county,
				Industry: ind.code, Level: level, Address: address(w.rng, c, county)},
			cityPos: cityPos, ind: ind, size: size, index: i,
		})
	}
}
