// Package loadtest provides a small, valid source folder for the tests of the load and
// validate stages: every data file of the contract with a few records that reference each
// other, and two case studies that link to each other, to an enterprise and to a file.
//
// In: nothing. Out: Source, an fstest.MapFS that tests copy and then break one file at a time,
// and the credit codes it uses.
package loadtest

import (
	"maps"
	"testing/fstest"
)

// Credit codes of the fixture's enterprises (valid per GB 32100-2015).
const (
	DyeingUSCC  = "91449901MA59AB121C" // 广州市示例印染有限公司, 省控, on list 2009-1
	PlatingUSCC = "91449903708461C363" // 深圳市示例电镀有限公司（宝安）, 市控, on lists 2009-1 and 2010-1
)

var source = fstest.MapFS{
	"data/site.yaml": file(`title: 广东省强制性清洁生产审核信息公开平台
title_en: Guangdong Compulsory Cleaner-Production Audit Portal
province: 广东省
email: cp-audit@example.org
base_url: https://cp.example.org/
as_of: 2012-01-01
sample: true
`),
	"data/cities.csv": file(`code,name,name_en
440100,广州市,Guangzhou
440300,深圳市,Shenzhen
`),
	"data/industries.csv": file(`code,name,name_en,guide
1713,棉印染精加工,Cotton printing and dyeing,printing-dyeing
3360,金属表面处理及热处理加工,Metal surface treatment,
`),
	"data/enterprises.csv": file(`uscc,name,city,county,industry,control_level,address
91449901MA59AB121C,广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号
91449903708461C363,深圳市示例电镀有限公司（宝安）,440300,宝安区,3360,市控,"深圳市宝安区示例大道2号, 厂区B"
`),
	"data/lists/2009-1.yaml": file(`id: 2009-1
title: 广东省第一批强制性清洁生产审核企业名单
issuer: 广东省环境保护局
doc_number: 粤环〔2009〕31号
published: 2009-01-31
source_url: https://example.org/notice/2009-1.html
`),
	"data/lists/2009-1.csv": file(`uscc,name,control_level,reasons
91449901MA59AB121C,广州市示例印染有限公司,省控,超标排放；超总量排放
91449903708461C363,深圳市示例电镀有限公司 (宝安),市控,使用有毒有害原料;排放有毒有害物质;涉重金属
`),
	"data/lists/2010-1.yaml": file(`id: 2010-1
title: 广东省第二批强制性清洁生产审核企业名单
issuer: 广东省环境保护厅
doc_number: 粤环〔2010〕12号
published: 2010-03-15
source_url: http://example.org/notice/2010-1.html
`),
	"data/lists/2010-1.csv": file(`uscc,name,control_level,reasons
91449903708461C363,深圳市示例电镀有限公司（宝安）,市控,涉重金属
`),
	"data/disclosures.csv": file(`uscc,year,pollutant,outlet,discharge_method,concentration,unit,limit,total_t,quota_t,standard,published,source_url
91449901MA59AB121C,2009,化学需氧量,DW001,间接排放,95,mg/L,80,120.5,100,GB 4287-2012,2009-02-20,https://example.org/d/1
91449901MA59AB121C,2009,二氧化硫,DA001,有组织排放,35.2,mg/m³,50,4.1,6,GB 13271-2001,2009-02-20,https://example.org/d/1
91449903708461C363,2009,总镍,DW001,直接排放,,mg/L,0.5,,,GB 21900-2008,2009-03-10,
`),
	"data/audits.csv": file(`uscc,batch,event,date,doc_number,agency
91449901MA59AB121C,2009-1,disclosed,2009-02-20,,
91449901MA59AB121C,2009-1,started,2009-03-15,,ag01
91449901MA59AB121C,2009-1,report_submitted,2010-01-20,,ag01
91449901MA59AB121C,2009-1,evaluated,2010-06-01,粤环审〔2010〕88号,
91449901MA59AB121C,2009-1,accepted,2011-03-01,粤环审〔2011〕21号,
91449903708461C363,2009-1,started,2009-06-10,,
91449903708461C363,2009-1,rectification_ordered,2010-03-01,深环〔2010〕5号,
91449903708461C363,2010-1,started,2010-04-20,,ag01
`),
	"data/options.csv": file(`uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan
91449901MA59AB121C,2009-1,F01,染色废水中水回用,中费,120,completed,2010-06-30,2010-05-20,12.5,,,1.2,30000,,45
91449901MA59AB121C,2009-1,F02,定型机余热回收,高费,260.5,completed,2011-12-31,2011-02-20,,,,,,150,38
91449901MA59AB121C,2009-1,F03,车间照明改造,无低费,2,in_progress,,,,,,,,12.3,1.5
`),
	"data/agencies.csv": file(`id,name,city
ag01,广东示例清洁生产咨询有限公司,440100
`),
	"data/calendar.csv": file(`date,kind
2009-05-01,休
2010-02-20,班
`),
	"content/cases/_index.md": file(`---
title: 技术案例
---
`),
	"content/cases/dyeing-water-reuse.md": file(`---
title: 染色废水中水回用
uscc: 91449901MA59AB121C
industry: "1713"
technology: 膜法中水回用
problem: 染色用水量大，废水COD超标
benefits: [cod, water]
cost_class: 中费
investment_wan: 120
benefit_wan: 45
payback_years: 2.7
reductions:
  cod: 12.5
  water: 30000
date: 2011-04-01
---
[广州市示例印染有限公司](/enterprises/91449901MA59AB121C/)把染色
废水经膜处理后回用。

## 问题

染色工序用水量大，**废水**排放超标。

## 技术方案

- 超滤加反渗透
- 浓水回到预处理

见[电镀漂洗案例](../electroplating-rinse/)与[审核指南](/files/guide.pdf)。

## 投资与效益

| 项目 | 数值 |
|---|---|
| 投资 | 120 万元 |
`),
	"content/cases/electroplating-rinse.md": file(`---
title: 电镀逆流漂洗
uscc: 91449903708461C363
industry: "3360"
technology: 多级逆流漂洗
problem: 漂洗水用量大，含镍废水处理负荷高
benefits: [heavymetal, water]
cost_class: 无低费
reductions: {heavymetal: 0.02, water: 12000}
date: 2011-05-01
---
多级逆流漂洗减少清水用量。

## 问题

单级漂洗耗水。

## 技术方案

三级逆流漂洗，见[印染案例](/cases/dyeing-water-reuse/)。

## 投资与效益

年节水 12000 吨。
`),
	"static/files/guide.pdf": file("%PDF-1.4\n"),
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// Source returns a fresh copy of the valid source folder; tests replace or delete files in it.
func Source() fstest.MapFS {
	out := fstest.MapFS{}
	for name, f := range maps.All(source) {
		c := *f
		c.Data = append([]byte(nil), f.Data...)
		out[name] = &c
	}
	return out
}

// With returns a copy of the valid source folder with the given files replaced (or added);
// an empty text deletes the file.
func With(files map[string]string) fstest.MapFS {
	out := Source()
	for name, text := range files {
		if text == "" {
			delete(out, name)
			continue
		}
		out[name] = file(text)
	}
	return out
}
