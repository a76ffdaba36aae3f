package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"cpportal/domain"
)

// caseStudy is a drawn case before it is written as markdown.
type caseStudy struct {
	slug                     string
	tech                     *technology
	ent                      *enterprise
	short                    string // brand and industry word: 千百丽纺织印染
	invest, benefit, payback float64
	reductions               map[domain.Benefit]float64
	date                     domain.Date
	vars                     [3]string
}

// writeCases draws cfg.Cases case studies, cycling through the technologies so that every
// industry family is covered, each at an enterprise of the technology's industry, and writes
// them as content/cases/<slug>.md.
func (w *world) writeCases(dir string) error {
	rng := newRand(w.cfg.Seed, 2<<32)
	byIndustry := map[string][]*enterprise{}
	for _, e := range w.ents {
		if e.early {
			continue
		}
		byIndustry[e.Industry] = append(byIndustry[e.Industry], e)
	}
	used := map[string]bool{} // enterprise and technology pairs already written up
	slugs := map[string]int{} // technology and city → cases so far
	written, tries := 0, 0
	for t := 0; written < w.cfg.Cases && tries < w.cfg.Cases*4+len(technologies); t++ {
		tries++
		tech := &technologies[t%len(technologies)]
		var cands []*enterprise
		for _, code := range tech.codes {
			cands = append(cands, byIndustry[code]...)
		}
		if len(cands) == 0 {
			continue
		}
		e := cands[rng.IntN(len(cands))]
		for range 8 {
			if !used[e.USCC+tech.slug] {
				break
			}
			e = cands[rng.IntN(len(cands))]
		}
		used[e.USCC+tech.slug] = true
		key := tech.slug + "-" + strings.ToLower(cities[e.cityPos].nameEN)
		slugs[key]++
		c := drawCase(rng, tech, e, fmt.Sprintf("%s-%d", key, slugs[key]))
		if err := os.WriteFile(filepath.Join(dir, c.slug+".md"), []byte(c.markdown(rng)), 0o644); err != nil {
			return err
		}
		written++
	}
	return nil
}

func drawCase(rng *rand.Rand, tech *technology, e *enterprise, slug string) *caseStudy {
	c := &caseStudy{slug: slug, tech: tech, ent: e, reductions: map[domain.Benefit]float64{}}
	c.short = strings.TrimPrefix(e.Name, cities[e.cityPos].name+Placeholder)
	for _, form := range []string{"股份有限公司", "有限责任公司", "有限公司", "专业合作社", "厂"} {
		if s, ok := strings.CutSuffix(c.short, form); ok {
			c.short = s
			break
		}
	}
	scale := math.Sqrt(e.size)
	c.invest = round((tech.invest.lo+rng.Float64()*(tech.invest.hi-tech.invest.lo))*scale, 1)
	if tech.cost == domain.CostMedium {
		c.invest = math.Min(c.invest, 49.5)
	}
	benefit := c.invest * (0.05 + rng.Float64()*0.2) // materials and chemicals saved
	for _, b := range domain.Benefits {
		s, ok := tech.reduce[string(b)]
		if !ok {
			continue
		}
		v := (s.lo + rng.Float64()*(s.hi-s.lo)) * scale
		switch b {
		case domain.BenefitWater:
			v = round(v, -2)
			benefit += v * 0.0004
		case domain.BenefitEnergy:
			v = round(v, 0)
			benefit += v * 0.1
		case domain.BenefitHeavyMetal:
			v = round(v, 3)
			benefit += v * 20
		default:
			v = round(v, 1)
			benefit += v * 0.05
		}
		c.reductions[b] = v
	}
	c.payback = c.invest / benefit
	if c.payback > 6 || c.payback < 0.3 {
		c.payback = 0.8 + rng.Float64()*4.5
		benefit = c.invest / c.payback
	}
	c.benefit = round(benefit, 1)
	c.payback = round(c.invest/c.benefit, 1)
	first := domain.Date{Year: e.firstYear, Month: 1, Day: 1}.AddDays(500)
	c.date = first.AddDays(rng.IntN(max(1, min(2200, first.DaysUntil(AsOf)))))
	if c.date.After(AsOf) {
		c.date = AsOf
	}
	for i, v := range tech.vars {
		x := v.lo + rng.Float64()*(v.hi-v.lo)
		if v.lo != math.Trunc(v.lo) || v.hi != math.Trunc(v.hi) {
			c.vars[i] = strconv.FormatFloat(round(x, 1), 'f', -1, 64)
		} else {
			c.vars[i] = strconv.Itoa(int(math.Round(x)))
		}
	}
	return c
}

// amountText writes a yearly amount in the units a Chinese report uses.
func amountText(b domain.Benefit, v float64) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch b {
	case domain.BenefitWater:
		if v >= 10000 {
			return fmt.Sprintf("节约新鲜水%s万吨", f(round(v/10000, 1)))
		}
		return fmt.Sprintf("节约新鲜水%s吨", f(v))
	case domain.BenefitEnergy:
		return fmt.Sprintf("节约能源%s吨标准煤", f(v))
	case domain.BenefitHeavyMetal:
		if v < 1 {
			return fmt.Sprintf("减少重金属排放%s千克", f(round(v*1000, 0)))
		}
		return fmt.Sprintf("减少重金属排放%s吨", f(v))
	}
	return fmt.Sprintf("削减%s%s吨", b.Label(), f(v))
}

var (
	titleForms = []string{"%[1]s：%[2]s", "%[2]s在%[1]s的应用", "%[1]s实施%[2]s"}
	openings   = []string{
		"%[1]s位于%[2]s%[3]s，是%[4]s企业。",
		"%[1]s地处%[2]s%[3]s，主要从事%[4]s。",
		"作为%[2]s%[3]s的一家%[4]s企业，%[1]s在强制性清洁生产审核中把%[5]s列为重点。",
	}
	achievements = []string{
		"%[1]d年，企业实施%[2]s，每年%[3]s，投资约%[4]s万元，%[5]s年左右即可收回。",
		"通过%[2]s（%[1]d年完成），企业每年%[3]s，项目投资%[4]s万元，投资回收期约%[5]s年。",
		"企业于%[1]d年完成%[2]s改造，年%[3]s；投资%[4]s万元，回收期约%[5]s年。",
	}
	investLines = []string{
		"项目属%[1]s方案，总投资%[2]s万元，年经济效益约%[3]s万元，静态投资回收期约%[4]s年。环境效益如下：",
		"该方案按%[1]s方案管理，投资%[2]s万元。投运后每年节约费用约%[3]s万元，约%[4]s年收回投资。主要环境效益：",
	}
	closings = []string{
		"上述数据为企业审核评估阶段核定的年度数据，已纳入所在地市清洁生产减排核查档案。",
		"效益数据来自企业清洁生产审核报告及验收材料，按正常生产年份计算。",
		"项目运行稳定，经济效益主要来自节约的水、电、汽和原辅材料。",
	}
)

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

// markdown renders the case: YAML front matter, a summary paragraph, then the sections a
// reader needs — 问题, 技术方案, 投资与效益 and usually 适用范围.
func (c *caseStudy) markdown(rng *rand.Rand) string {
	e, t := c.ent, c.tech
	ind := e.ind
	var fm strings.Builder
	q := strconv.Quote
	title := fmt.Sprintf(pick(rng, titleForms), c.short, t.name)
	fmt.Fprintf(&fm, "---\ntitle: %s\nuscc: %s\nindustry: %s\ntechnology: %s\nproblem: %s\nbenefits:\n",
		q(title), q(e.USCC), q(e.Industry), q(t.name), q(t.problem))
	var keys []domain.Benefit
	for _, b := range domain.Benefits {
		if _, ok := c.reductions[b]; ok {
			keys = append(keys, b)
			fmt.Fprintf(&fm, "  - %s\n", b)
		}
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	fmt.Fprintf(&fm, "cost_class: %s\ninvestment_wan: %s\nbenefit_wan: %s\npayback_years: %s\nreductions:\n",
		q(string(t.cost)), num(c.invest), num(c.benefit), num(c.payback))
	for _, b := range keys {
		fmt.Fprintf(&fm, "  %s: %s\n", b, num(c.reductions[b]))
	}
	fmt.Fprintf(&fm, "date: %s\n", c.date)
	if doc, ok := c.demonstration(); ok {
		fmt.Fprintf(&fm, "demonstration: true\ndemonstration_doc: %s\n", q(doc))
	}
	fm.WriteString("---\n\n")

	fill := strings.NewReplacer("{short}", c.short, "{a}", c.vars[0], "{b}", c.vars[1], "{c}", c.vars[2])
	var effects []string
	for _, b := range keys {
		effects = append(effects, amountText(b, c.reductions[b]))
	}
	effectText := strings.Join(effects, "、")
	var body strings.Builder
	city := cities[e.cityPos]
	fmt.Fprintf(&body, pick(rng, openings), e.Name, city.name, e.County, ind.name, t.name)
	fmt.Fprintf(&body, pick(rng, achievements), c.date.Year, t.name, effectText, num(c.invest), num(c.payback))
	body.WriteString("\n\n## 问题\n\n")
	body.WriteString(fill.Replace(pick(rng, t.problems)))
	fmt.Fprintf(&body, "该问题也是企业被列入强制性清洁生产审核名单时关注的重点：%s。\n\n## 技术方案\n\n", t.problem)
	body.WriteString(fill.Replace(pick(rng, t.solutions)))
	body.WriteString("\n\n## 投资与效益\n\n")
	fmt.Fprintf(&body, pick(rng, investLines), t.cost, num(c.invest), num(c.benefit), num(c.payback))
	body.WriteString("\n\n")
	for _, eff := range effects {
		fmt.Fprintf(&body, "- 每年%s\n", eff)
	}
	body.WriteString("\n" + pick(rng, closings) + "\n")
	if rng.Float64() < 0.75 {
		body.WriteString("\n## 适用范围\n\n" + t.scope + "\n")
	}
	return fm.String() + body.String()
}
