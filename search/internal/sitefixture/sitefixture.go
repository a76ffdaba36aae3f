// Package sitefixture writes synthetic rendered portal sites that follow the search markup
// contract (see search/index/doc.go), for the search packages' tests and benchmarks: pages of
// every document type with realistic Chinese text, facets and credit codes, English twins of
// the enterprise, city and industry pages (under /en/, data-search-lang="en"), a search page
// with its result slot and 404 pages. The output depends only on the arguments.
//
// In: a folder and a size. Out: HTML files in that folder and a description of what was
// written, so tests can query for known records.
package sitefixture

import (
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"cpportal/generator/domain"
	"cpportal/generator/generate"
	"cpportal/search/contract"
)

// Enterprise is one enterprise page written.
type Enterprise struct {
	USCC, Name, City, Industry, Level string
	Reasons                           []string
	Years                             []string
	Overdue                           bool
	URL                               string
}

// Site describes a written site.
type Site struct {
	Dir         string
	Enterprises []Enterprise
	Pages       int // HTML files written, including the search page and the 404 page
	Indexable   int // pages carrying data-search-body
}

// Page is one indexable page: the attributes of its data-search-body element and its content.
type Page struct {
	Type, Title, ID                     string
	City, Industry, Level, Year, Reason []string
	Overdue                             string // "", "true" or "false"
	BodyHTML                            string // trusted HTML inside the body element
	Lang                                string // "zh" (also "") or "en"
}

var cities = []string{"广州市", "韶关市", "深圳市", "珠海市", "汕头市", "佛山市", "江门市", "湛江市", "茂名市", "肇庆市",
	"惠州市", "梅州市", "汕尾市", "河源市", "阳江市", "清远市", "东莞市", "中山市", "潮州市", "揭阳市", "云浮市"}

type industry struct {
	code, name, product string
	pollutants          []string
	english             string
}

// cityEnglish and pollutantEnglish are the English names English pages show.
var cityEnglish = map[string]string{"广州市": "Guangzhou", "韶关市": "Shaoguan", "深圳市": "Shenzhen", "珠海市": "Zhuhai",
	"汕头市": "Shantou", "佛山市": "Foshan", "江门市": "Jiangmen", "湛江市": "Zhanjiang", "茂名市": "Maoming", "肇庆市": "Zhaoqing",
	"惠州市": "Huizhou", "梅州市": "Meizhou", "汕尾市": "Shanwei", "河源市": "Heyuan", "阳江市": "Yangjiang", "清远市": "Qingyuan",
	"东莞市": "Dongguan", "中山市": "Zhongshan", "潮州市": "Chaozhou", "揭阳市": "Jieyang", "云浮市": "Yunfu"}

var pollutantEnglish = map[string]string{"化学需氧量": "Chemical oxygen demand (COD)", "氨氮": "Ammonia nitrogen", "总磷": "Total phosphorus",
	"总镍": "Total nickel", "总铬": "Total chromium", "六价铬": "Hexavalent chromium", "总铜": "Total copper", "颗粒物": "Particulate matter",
	"氮氧化物": "Nitrogen oxides", "二氧化硫": "Sulphur dioxide", "挥发性有机物": "Volatile organic compounds"}

var industries = []industry{
	{"1713", "棉印染精加工", "纺织印染", []string{"化学需氧量", "氨氮", "总磷"}, "Cotton printing and dyeing"},
	{"2221", "机制纸及纸板制造", "纸业", []string{"化学需氧量", "氨氮"}, "Machine-made paper and paperboard"},
	{"3360", "金属表面处理及热处理加工", "电镀", []string{"总镍", "总铬", "六价铬", "总铜"}, "Metal surface treatment and heat treatment"},
	{"3011", "水泥制造", "建材", []string{"颗粒物", "氮氧化物", "二氧化硫"}, "Cement manufacturing"},
	{"4411", "火力发电", "电力", []string{"二氧化硫", "氮氧化物", "颗粒物"}, "Thermal power generation"},
	{"2614", "有机化学原料制造", "化工", []string{"化学需氧量", "挥发性有机物"}, "Organic chemical raw materials"},
	{"3130", "钢压延加工", "钢铁", []string{"颗粒物", "二氧化硫"}, "Steel rolling"},
	{"1511", "酒精制造", "酒业", []string{"化学需氧量", "氨氮"}, "Alcohol manufacturing"},
	{"3985", "电子电路制造", "电子", []string{"总铜", "总镍", "化学需氧量"}, "Electronic circuit manufacturing"},
	{"2231", "纸和纸板容器制造", "包装", []string{"挥发性有机物"}, "Paper and paperboard containers"},
}

var brands = []string{"千百丽", "华润", "宏达", "金帆", "永利", "南粤", "恒益", "嘉信", "联丰", "新明珠", "达利", "美雅",
	"东江", "粤海", "银河", "长青", "瑞丰", "锦绣", "泰和", "丰华", "润达", "明辉", "宝丽", "利华"}

var levels = []string{"国控", "省控", "市控"}

// Write writes a site with n enterprises (at least 1) into dir.
func Write(dir string, n int) (Site, error) {
	if n < 1 {
		n = 1
	}
	rng := rand.New(rand.NewPCG(uint64(n), 2009))
	s := Site{Dir: dir}
	for i := 0; i < n; i++ {
		ind := industries[i%len(industries)]
		city := cities[(i*7+i/len(industries))%len(cities)]
		brand := brands[i%len(brands)]
		if i >= len(brands) {
			brand += brands[(i/len(brands)+i)%len(brands)][:3] // a second character keeps names distinct
		}
		if i == 0 {
			city, brand = "佛山市", "千百丽"
		}
		e := Enterprise{
			USCC:     uscc(i),
			Name:     fmt.Sprintf("%s某某%s%s有限公司", city, brand, ind.product),
			City:     city,
			Industry: ind.name,
			Level:    levels[i%3],
			Overdue:  i%5 == 0,
		}
		e.URL = "/enterprises/" + e.USCC + "/"
		e.Reasons = []string{string(domain.Reasons[i%len(domain.Reasons)])}
		if i%3 == 0 {
			e.Reasons = append(e.Reasons, string(domain.ReasonHeavyMetal))
		}
		first := 2009 + i%4*3
		e.Years = []string{fmt.Sprint(first)}
		if i%4 == 0 {
			e.Years = append(e.Years, fmt.Sprint(first+3))
		}
		s.Enterprises = append(s.Enterprises, e)
		if err := s.write(e.URL, enterprisePage(e, ind, rng)); err != nil {
			return s, err
		}
		if err := s.write("/en"+e.URL, englishEnterprisePage(e, ind)); err != nil {
			return s, err
		}
	}
	// Batches list their members with names and codes.
	for b, year := range []int{2009, 2012, 2015, 2018} {
		var rows strings.Builder
		var members []Enterprise
		for i, e := range s.Enterprises {
			if i%4 == b || (b > 0 && i%8 == b-1) {
				members = append(members, e)
				fmt.Fprintf(&rows, "<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td></tr>\n",
					e.URL, html.EscapeString(e.Name), e.USCC, html.EscapeString(strings.Join(e.Reasons, "、")))
			}
		}
		id := fmt.Sprintf("%d-1", year)
		title := fmt.Sprintf("广东省%d年强制性清洁生产审核企业名单", year)
		if err := s.write("/lists/"+id+"/", Page{Type: "batch", Title: title, ID: id, Year: []string{fmt.Sprint(year)},
			BodyHTML: fmt.Sprintf("<h1>%s</h1><p>文号 粤环〔%d〕31号，共 %d 家企业。</p><table>%s</table>",
				title, year, len(members), rows.String())}); err != nil {
			return s, err
		}
	}
	for ci, c := range cities {
		count := 0
		for _, e := range s.Enterprises {
			if e.City == c {
				count++
			}
		}
		code := fmt.Sprintf("44%02d00", ci+1)
		if err := s.write("/cities/"+code+"/", Page{Type: "city", Title: c, ID: code, City: []string{c},
			BodyHTML: fmt.Sprintf("<h1>%s</h1><p>%s共有 %d 家企业列入强制性清洁生产审核名单。</p><p>年度汇总：公布排放情况、启动审核、提交审核报告、评估与验收。</p>", c, c, count)}); err != nil {
			return s, err
		}
		en := cityEnglish[c]
		if err := s.write("/en/cities/"+code+"/", Page{Type: "city", Title: en, ID: code, City: []string{c}, Lang: "en",
			BodyHTML: fmt.Sprintf("<h1>%s <span lang=\"zh-CN\">%s</span></h1><p>%d enterprises in %s are on the lists of mandatory cleaner-production audits.</p><p>Yearly summary: emissions disclosed, audits started, audit reports submitted, evaluation and acceptance.</p>", en, c, count, en)}); err != nil {
			return s, err
		}
	}
	for _, ind := range industries {
		if err := s.write("/industries/"+ind.code+"/", Page{Type: "industry", Title: ind.name, ID: ind.code, Industry: []string{ind.name},
			BodyHTML: fmt.Sprintf("<h1>%s</h1><p>行业代码 %s。主要污染物：%s。</p>", ind.name, ind.code, strings.Join(ind.pollutants, "、"))}); err != nil {
			return s, err
		}
		if err := s.write("/en/industries/"+ind.code+"/", Page{Type: "industry", Title: ind.english, ID: ind.code, Industry: []string{ind.name}, Lang: "en",
			BodyHTML: fmt.Sprintf("<h1>%s <span lang=\"zh-CN\">%s</span></h1><p>Industry code %s. Main pollutants: %s.</p>", ind.english, ind.name, ind.code, englishPollutants(ind))}); err != nil {
			return s, err
		}
	}
	for i := 0; i < max(3, n/8); i++ {
		e := s.Enterprises[(i*3)%len(s.Enterprises)]
		ind := industries[((i*3)%len(s.Enterprises))%len(industries)]
		tech := []string{"逆流漂洗", "中水回用", "膜分离", "余热回收", "低氮燃烧", "清污分流", "冷轧堆前处理", "无氰电镀"}[i%8]
		slug := fmt.Sprintf("case-%03d", i)
		title := fmt.Sprintf("%s：%s技术改造", brandOf(e.Name), tech)
		body := fmt.Sprintf("<h1>%s</h1><h2>问题</h2><p>%s废水中 COD 浓度高，用水量大。</p><h2>技术</h2><p>采用%s工艺，投资 %d 万元。</p>"+
			"<h2>效益</h2><p>年削减 COD %.1f t/a，节水 %d t/a，经济效益 %d 万元/a。</p>",
			html.EscapeString(title), ind.product, tech, 50+i*7, 1.5+float64(i%9), 1000+i*13, 20+i%30)
		if err := s.write("/cases/"+slug+"/", Page{Type: "case", Title: title, ID: slug, City: []string{e.City}, Industry: []string{ind.name}, BodyHTML: body}); err != nil {
			return s, err
		}
	}
	if err := s.write("/policy/", Page{Type: "page", Title: "审核制度说明",
		BodyHTML: "<h1>审核制度说明</h1><p>依据《清洁生产促进法》，名单公布后一个月内公布排放情况，两个月内启动审核，一年内提交审核报告。</p><nav data-search-ignore><a href=\"/\">首页</a></nav>"}); err != nil {
		return s, err
	}
	if err := s.write("/en/policy/", Page{Type: "page", Title: "How audits work", Lang: "en",
		BodyHTML: "<h1>How audits work</h1><p>Under the Cleaner Production Promotion Law, a listed enterprise discloses its emissions within one month of the list, starts its audit within two months and submits its audit report within a year.</p>"}); err != nil {
		return s, err
	}
	if err := s.writeRaw("search/index.html", SearchPage); err != nil {
		return s, err
	}
	if err := s.writeWords(); err != nil {
		return s, err
	}
	if err := s.writeRaw("404.html", shell("页面不存在", "<main><h1>页面不存在</h1><p>您访问的页面不存在。</p></main>")); err != nil {
		return s, err
	}
	if err := s.writeRaw("en/404.html", shell("Page not found", "<main><h1>Page not found</h1></main>")); err != nil {
		return s, err
	}
	if err := s.writeRaw("index.html", shell("首页", "<main><h1>广东省强制性清洁生产审核信息公开平台</h1></main>")); err != nil {
		return s, err
	}
	return s, nil
}

// englishEnterprisePage is the English dossier of e: English words for every coded value,
// the published Chinese name beside them.
func englishEnterprisePage(e Enterprise, ind industry) Page {
	var b strings.Builder
	fmt.Fprintf(&b, "<h1 lang=\"zh-CN\">%s</h1><dl><dt>Credit code</dt><dd>%s</dd><dt>City</dt><dd>%s <span lang=\"zh-CN\">%s</span></dd>"+
		"<dt>Industry</dt><dd>%s <span lang=\"zh-CN\">%s</span></dd><dt>Control level</dt><dd>%s</dd></dl>",
		html.EscapeString(e.Name), e.USCC, cityEnglish[e.City], e.City, ind.english, ind.name, e.Level)
	fmt.Fprintf(&b, "<h2>Emissions</h2><p>Pollutants monitored: %s.</p><h2>Audit progress</h2><ol><li>Emissions disclosed</li><li>Audit started</li><li>Audit report submitted</li></ol>", englishPollutants(ind))
	if e.Overdue {
		b.WriteString("<p>The audit report is overdue.</p>")
	}
	overdue := "false"
	if e.Overdue {
		overdue = "true"
	}
	return Page{Type: "enterprise", Title: e.Name, ID: e.USCC, City: []string{e.City}, Industry: []string{ind.name}, Lang: "en",
		Level: []string{e.Level}, Year: e.Years, Reason: e.Reasons, Overdue: overdue, BodyHTML: b.String()}
}

func englishPollutants(ind industry) string {
	names := make([]string, len(ind.pollutants))
	for i, p := range ind.pollutants {
		names[i] = pollutantEnglish[p]
	}
	return strings.Join(names, ", ")
}

func brandOf(name string) string {
	i := strings.Index(name, "某某")
	rest := name[i+len("某某"):]
	r := []rune(rest)
	return string(r[:min(3, len(r))])
}

func enterprisePage(e Enterprise, ind industry, rng *rand.Rand) Page {
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>%s</h1><dl><dt>统一社会信用代码</dt><dd>%s</dd><dt>所在城市</dt><dd>%s</dd><dt>行业</dt><dd>%s</dd><dt>监管级别</dt><dd>%s</dd><dt>列入原因</dt><dd>%s</dd></dl>",
		html.EscapeString(e.Name), e.USCC, e.City, ind.name, e.Level, strings.Join(e.Reasons, "、"))
	b.WriteString("<h2>主要污染物排放情况</h2><table data-search-ignore><tr><th>年份</th><th>数值</th></tr><tr><td>2019</td><td>12.5</td></tr></table><table>")
	for _, y := range e.Years {
		for k, p := range ind.pollutants {
			if rng.IntN(6) == 0 {
				fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>DW00%d</td><td>未公开</td></tr>", y, p, k+1)
				continue
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>DW00%d</td><td>%.2f</td></tr>", y, p, k+1, rng.Float64()*100)
		}
	}
	b.WriteString("</table><h2>审核进度</h2><ol><li>公布排放情况</li><li>启动审核</li><li>提交审核报告</li></ol>")
	if e.Overdue {
		b.WriteString("<p>逾期未提交审核报告。</p>")
	}
	overdue := "false"
	if e.Overdue {
		overdue = "true"
	}
	return Page{Type: "enterprise", Title: e.Name, ID: e.USCC, City: []string{e.City}, Industry: []string{ind.name},
		Level: []string{e.Level}, Year: e.Years, Reason: e.Reasons, Overdue: overdue, BodyHTML: b.String()}
}

// uscc makes a valid credit code for the i-th fixture enterprise.
func uscc(i int) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	orgWeights := []int{3, 7, 9, 10, 5, 8, 4, 2}
	org := make([]byte, 8)
	v := i*7919 + 104729
	for k := 7; k >= 0; k-- {
		org[k] = "0123456789"[v%10]
		v /= 10
	}
	s := 0
	for k, c := range org {
		s += int(c-'0') * orgWeights[k]
	}
	check := 11 - s%11
	var oc byte
	switch check {
	case 10:
		oc = 'X'
	case 11:
		oc = '0'
	default:
		oc = byte('0' + check)
	}
	_ = alphabet
	first17 := "91440600" + string(org) + string(oc)
	c, ok := domain.USCCCheck(first17)
	if !ok {
		panic("sitefixture: invalid credit code body " + first17)
	}
	return first17 + string(c)
}

// Render returns the HTML of an indexable page in the site's shell.
func Render(p Page) string {
	var a strings.Builder
	attr := func(name string, values []string) {
		if len(values) > 0 {
			fmt.Fprintf(&a, " data-search-%s=\"%s\"", name, html.EscapeString(strings.Join(values, "|")))
		}
	}
	lang := p.Lang
	if lang == "" {
		lang = "zh"
	}
	fmt.Fprintf(&a, " data-search-body data-search-type=\"%s\" data-search-lang=\"%s\"", html.EscapeString(p.Type), lang)
	if p.Title != "" {
		fmt.Fprintf(&a, " data-search-title=\"%s\"", html.EscapeString(p.Title))
	}
	if p.ID != "" {
		fmt.Fprintf(&a, " data-search-id=\"%s\"", html.EscapeString(p.ID))
	}
	attr("city", p.City)
	attr("industry", p.Industry)
	attr("level", p.Level)
	attr("year", p.Year)
	attr("reason", p.Reason)
	if p.Overdue != "" {
		attr("overdue", []string{p.Overdue})
	}
	return shell(p.Title, "<main"+a.String()+">"+p.BodyHTML+"</main>")
}

// shell wraps main content in the portal's header and footer, which are never indexed.
func shell(title, main string) string {
	return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>` + html.EscapeString(title) +
		` - 清洁生产审核信息公开平台</title><link rel="stylesheet" href="/css/site.css"><script src="/js/search.js" defer></script></head><body>` +
		`<header><a href="/">首页导航</a><form action="/search" method="get" role="search"><label for="site-search-q">搜索</label>` +
		`<input id="site-search-q" name="q" type="search"><button>搜索</button></form><div id="site-search-instant" hidden></div></header>` +
		main + `<footer>页脚版权信息</footer></body></html>`
}

// SearchPage is the rendered /search/index.html with its result slot.
var SearchPage = shell("搜索", `<main><h1>搜索</h1><form action="/search" method="get" role="search"><label for="q">关键词</label>`+
	`<input id="q" name="q" type="search" value=""><button type="submit">搜索</button></form>`+
	`<div id="search-results" data-search-slot></div></main>`)

func (s *Site) write(url string, p Page) error {
	s.Indexable++
	return s.writeRaw(strings.TrimPrefix(url, "/")+"index.html", Render(p))
}

func (s *Site) writeRaw(rel, content string) error {
	path := filepath.Join(s.Dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	s.Pages++
	return os.WriteFile(path, []byte(content), 0o644)
}

// writeWords writes the search's words of every language, as the build does, with the English
// names of the fixture's cities and industries.
func (s *Site) writeWords() error {
	names := generate.EnglishNames{contract.FacetCity: cityEnglish, contract.FacetIndustry: {}}
	for _, ind := range industries {
		names[contract.FacetIndustry][ind.name] = ind.english
	}
	for _, lang := range contract.Langs {
		w, err := generate.SearchWords(lang, names)
		if err != nil {
			return err
		}
		raw, err := json.Marshal(w)
		if err != nil {
			return err
		}
		path := filepath.Join(s.Dir, filepath.FromSlash(contract.WordsFile))
		if lang != contract.LangZh {
			path = filepath.Join(s.Dir, lang, filepath.FromSlash(contract.WordsFile))
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, raw, 0o644); err != nil { // not a page: Pages does not count it
			return err
		}
	}
	return nil
}
