package sample

import "cpportal/domain"

// industry is an industry class of GB/T 4754-2017 with the shape of its enterprises: how many
// there are, where they cluster, what they emit and what their audits typically change.
type industry struct {
	code, name, nameEN string
	guide              string   // slug of the province's audit technical guide, "" when none
	weight             int      // relative share of listed enterprises
	terms              []string // the industry word in enterprise names: 纺织印染, 电镀 …
	favoured           []string // city codes where the industry clusters
	state, province    float64  // shares of 国控 and 省控 enterprises (the rest are 市控)
	profile            *profile
}

// pollutantSpec is a pollutant an industry's standard limits, at a preferred outlet.
type pollutantSpec struct {
	name     string
	limit    float64 // limit concentration for direct discharge (mg/L or mg/m³)
	indirect float64 // limit for discharge into a municipal sewage plant; 0 when the same
	outlet   int     // preferred outlet number (1-based); clamped to the outlets an enterprise has
}

// profile is what a family of industries emits and how its audits reduce it.
type profile struct {
	family       string // printing-dyeing, paper, electroplating … (used for reasons and cases)
	water        []pollutantSpec
	waterStd     string
	waterFlow    [2]float64 // wastewater, t/a
	waterOutlets int        // at most this many DW outlets
	indirect     float64    // share of enterprises discharging into a municipal sewage plant
	air          []pollutantSpec
	airStd       string
	airFlow      [2]float64 // flue gas, m³/a
	airOutlets   int        // at most this many DA outlets; 0 when the air side is not disclosed
	reasons      []domain.Reason
	options      []optionTemplate
}

// span is a range a seeded amount is drawn from.
type span struct{ lo, hi float64 }

// optionTemplate is a typical improvement option with the yearly reductions it achieves.
type optionTemplate struct {
	title  string
	cost   domain.CostClass
	reduce [domain.NumReductionKinds]span // zero span: the option does not achieve that kind
}

func opt(title string, cost domain.CostClass, pairs ...any) optionTemplate {
	t := optionTemplate{title: title, cost: cost}
	if len(pairs)%3 != 0 {
		panic("sample: option amounts come in (kind, low, high) triples")
	}
	for i := 0; i < len(pairs); i += 3 {
		t.reduce[pairs[i].(domain.ReductionKind)] = span{toF(pairs[i+1]), toF(pairs[i+2])}
	}
	return t
}

func toF(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	}
	panic("sample: option amount must be a number")
}

// generalOptions are management and utility options any plant can take.
var generalOptions = []optionTemplate{
	opt("加强用水计量与跑冒滴漏管理", domain.CostLow, domain.ReduceWater, 500, 6000),
	opt("更换节能灯具并分区控制照明", domain.CostLow, domain.ReduceEnergy, 5, 40),
	opt("空压机管网泄漏治理", domain.CostLow, domain.ReduceEnergy, 10, 80),
	opt("完善清洁生产岗位操作规程与培训", domain.CostLow),
	opt("风机水泵电机变频改造", domain.CostMedium, domain.ReduceEnergy, 50, 400),
	opt("蒸汽冷凝水回收利用", domain.CostMedium, domain.ReduceEnergy, 80, 600, domain.ReduceWater, 2000, 20000),
}

var (
	boilerAir = []pollutantSpec{{"颗粒物", 50, 0, 1}, {"二氧化硫", 300, 0, 1}, {"氮氧化物", 300, 0, 1}}

	dyeing = &profile{
		family:   "printing-dyeing",
		water:    []pollutantSpec{{"化学需氧量", 80, 200, 1}, {"氨氮", 10, 20, 1}, {"总磷", 0.5, 1.5, 1}},
		waterStd: "GB 4287-2012", waterFlow: [2]float64{2e5, 3e6}, waterOutlets: 2, indirect: 0.4,
		air: boilerAir, airStd: "GB 13271-2014", airFlow: [2]float64{1e8, 8e8}, airOutlets: 1,
		reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonToxicOutput, domain.ReasonEnergy},
		options: []optionTemplate{
			opt("水洗工序逆流漂洗改造", domain.CostMedium, domain.ReduceWater, 20000, 150000, domain.ReduceCOD, 3, 30, domain.ReduceNH3N, 0.3, 3),
			opt("冷轧堆前处理工艺替代传统煮练", domain.CostHigh, domain.ReduceWater, 30000, 200000, domain.ReduceCOD, 10, 60, domain.ReduceEnergy, 300, 1500),
			opt("印染废水深度处理与中水回用", domain.CostHigh, domain.ReduceWater, 100000, 800000, domain.ReduceCOD, 20, 120, domain.ReduceNH3N, 2, 10),
			opt("定型机废气余热回收", domain.CostMedium, domain.ReduceEnergy, 200, 900),
			opt("小浴比气流染色机替换溢流染色机", domain.CostHigh, domain.ReduceWater, 50000, 300000, domain.ReduceCOD, 8, 50, domain.ReduceEnergy, 200, 1200),
			opt("染化料自动称量配送系统", domain.CostMedium, domain.ReduceCOD, 2, 15, domain.ReduceWater, 5000, 30000),
			opt("丝光淡碱回收装置", domain.CostMedium, domain.ReduceCOD, 5, 30),
		},
	}
	paper = &profile{
		family:   "paper",
		water:    []pollutantSpec{{"化学需氧量", 80, 0, 1}, {"氨氮", 8, 0, 1}, {"总磷", 0.8, 0, 1}},
		waterStd: "GB 3544-2008", waterFlow: [2]float64{5e5, 8e6}, waterOutlets: 1,
		air: boilerAir, airStd: "GB 13271-2014", airFlow: [2]float64{2e8, 1.5e9}, airOutlets: 1,
		reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonEnergy},
		options: []optionTemplate{
			opt("白水回收与多圆盘过滤机改造", domain.CostHigh, domain.ReduceWater, 200000, 1500000, domain.ReduceCOD, 30, 200),
			opt("纸机真空系统节能改造", domain.CostMedium, domain.ReduceEnergy, 300, 1500),
			opt("厌氧污泥沼气回收利用", domain.CostHigh, domain.ReduceCOD, 20, 150, domain.ReduceEnergy, 500, 3000),
			opt("湿部化学品自动加药控制", domain.CostMedium, domain.ReduceCOD, 3, 20),
			opt("废水厌氧-好氧-深度处理改造", domain.CostHigh, domain.ReduceCOD, 100, 600, domain.ReduceNH3N, 5, 30),
		},
	}
	plating = &profile{
		family: "electroplating",
		water: []pollutantSpec{{"化学需氧量", 80, 0, 1}, {"氨氮", 15, 0, 1}, {"总铜", 0.5, 0, 1}, {"总锌", 1.5, 0, 1},
			{"总铬", 1.0, 0, 2}, {"六价铬", 0.2, 0, 2}, {"总镍", 0.5, 0, 3}},
		waterStd: "GB 21900-2008", waterFlow: [2]float64{2e4, 4e5}, waterOutlets: 3,
		reasons: []domain.Reason{domain.ReasonHeavyMetal, domain.ReasonToxicInput, domain.ReasonToxicOutput, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("镀件回收槽与多级逆流漂洗", domain.CostMedium, domain.ReduceWater, 5000, 40000, domain.ReduceCOD, 0.5, 3),
			opt("含铬漂洗水膜分离回收", domain.CostHigh, domain.ReduceWater, 10000, 60000, domain.ReduceCOD, 0.5, 4),
			opt("三价铬镀铬替代六价铬工艺", domain.CostHigh, domain.ReduceCOD, 0.2, 2),
			opt("镀液连续过滤与延寿管理", domain.CostLow, domain.ReduceWater, 500, 3000),
			opt("喷淋与气雾清洗替代浸洗", domain.CostMedium, domain.ReduceWater, 3000, 20000),
			opt("电镀生产线自动化改造", domain.CostHigh, domain.ReduceWater, 10000, 50000, domain.ReduceEnergy, 50, 300),
		},
	}
	cement = &profile{
		family: "building-materials",
		air:    []pollutantSpec{{"颗粒物", 30, 0, 1}, {"二氧化硫", 200, 0, 1}, {"氮氧化物", 400, 0, 1}},
		airStd: "GB 4915-2013", airFlow: [2]float64{2e9, 1e10}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonEnergy, domain.ReasonOverQuota, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("低氮燃烧器与分级燃烧改造", domain.CostMedium, domain.ReduceNOx, 100, 600),
			opt("SNCR选择性非催化还原脱硝", domain.CostHigh, domain.ReduceNOx, 300, 1500),
			opt("纯低温余热发电", domain.CostHigh, domain.ReduceEnergy, 5000, 25000),
			opt("生料磨高压变频改造", domain.CostMedium, domain.ReduceEnergy, 500, 3000),
			opt("窑头窑尾电改袋除尘", domain.CostHigh, domain.ReduceEnergy, 20, 100),
		},
	}
	glass = &profile{
		family: "building-materials",
		air:    []pollutantSpec{{"颗粒物", 50, 0, 1}, {"二氧化硫", 400, 0, 1}, {"氮氧化物", 700, 0, 1}},
		airStd: "GB 26453-2011", airFlow: [2]float64{1e9, 4e9}, airOutlets: 1,
		reasons: []domain.Reason{domain.ReasonEnergy, domain.ReasonOverQuota, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("熔窑全氧燃烧改造", domain.CostHigh, domain.ReduceNOx, 200, 900, domain.ReduceEnergy, 2000, 8000, domain.ReduceSO2, 10, 80),
			opt("熔窑烟气余热锅炉发电", domain.CostHigh, domain.ReduceEnergy, 3000, 10000),
			opt("窑体保温与配合料粒化", domain.CostMedium, domain.ReduceEnergy, 500, 2500),
			opt("烟气脱硫脱硝除尘一体化", domain.CostHigh, domain.ReduceSO2, 100, 500, domain.ReduceNOx, 200, 800),
		},
	}
	ceramics = &profile{
		family:   "building-materials",
		water:    []pollutantSpec{{"化学需氧量", 50, 0, 1}},
		waterStd: "GB 25464-2010", waterFlow: [2]float64{5e4, 4e5}, waterOutlets: 1,
		air:    []pollutantSpec{{"颗粒物", 30, 0, 1}, {"二氧化硫", 50, 0, 1}, {"氮氧化物", 180, 0, 1}},
		airStd: "GB 25464-2010", airFlow: [2]float64{1e9, 5e9}, airOutlets: 3,
		reasons: []domain.Reason{domain.ReasonEnergy, domain.ReasonOverStandard, domain.ReasonOverQuota},
		options: []optionTemplate{
			opt("辊道窑急冷段余热回用于干燥", domain.CostMedium, domain.ReduceEnergy, 500, 3000),
			opt("水煤气改天然气清洁燃料", domain.CostHigh, domain.ReduceSO2, 30, 200, domain.ReduceNOx, 20, 100, domain.ReduceEnergy, 300, 1500),
			opt("喷雾干燥塔烟气湿法脱硫", domain.CostHigh, domain.ReduceSO2, 50, 300),
			opt("抛光废水处理回用", domain.CostMedium, domain.ReduceWater, 30000, 200000, domain.ReduceCOD, 2, 12),
		},
	}
	power = &profile{
		family: "power",
		air:    []pollutantSpec{{"颗粒物", 30, 0, 1}, {"二氧化硫", 100, 0, 1}, {"氮氧化物", 100, 0, 1}},
		airStd: "GB 13223-2011", airFlow: [2]float64{5e9, 4e10}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonEnergy, domain.ReasonOverQuota, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("低氮燃烧器改造与SCR脱硝", domain.CostHigh, domain.ReduceNOx, 500, 4000),
			opt("石灰石-石膏湿法脱硫增效改造", domain.CostHigh, domain.ReduceSO2, 500, 5000),
			opt("汽轮机通流部分改造", domain.CostHigh, domain.ReduceEnergy, 10000, 60000, domain.ReduceSO2, 20, 200, domain.ReduceNOx, 20, 150),
			opt("凝结水泵变频改造", domain.CostMedium, domain.ReduceEnergy, 500, 3000),
			opt("循环冷却水排污水回用", domain.CostMedium, domain.ReduceWater, 50000, 500000),
			opt("锅炉吹灰优化与燃烧调整", domain.CostLow, domain.ReduceEnergy, 300, 2000),
		},
	}
	chemical = &profile{
		family:   "chemical",
		water:    []pollutantSpec{{"化学需氧量", 60, 0, 1}, {"氨氮", 8, 0, 1}},
		waterStd: "GB 31571-2015", waterFlow: [2]float64{5e4, 1e6}, waterOutlets: 1,
		air:    []pollutantSpec{{"挥发性有机物", 120, 0, 1}},
		airStd: "GB 31571-2015", airFlow: [2]float64{1e8, 1e9}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonToxicInput, domain.ReasonToxicOutput, domain.ReasonVOC, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("溶剂冷凝回收系统", domain.CostMedium, domain.ReduceCOD, 2, 20),
			opt("反应釜蒸汽冷凝水回收", domain.CostMedium, domain.ReduceEnergy, 200, 1200, domain.ReduceWater, 5000, 30000),
			opt("高浓度废水微电解-芬顿预处理", domain.CostHigh, domain.ReduceCOD, 20, 150, domain.ReduceNH3N, 2, 15),
			opt("有机废气蓄热式焚烧（RTO）", domain.CostHigh),
		},
	}
	resin = &profile{
		family:   "chemical",
		water:    []pollutantSpec{{"化学需氧量", 60, 0, 1}, {"氨氮", 8, 0, 1}},
		waterStd: "GB 31572-2015", waterFlow: [2]float64{3e4, 5e5}, waterOutlets: 1,
		air:    []pollutantSpec{{"挥发性有机物", 100, 0, 1}},
		airStd: "GB 31572-2015", airFlow: [2]float64{1e8, 8e8}, airOutlets: 2,
		reasons: chemical.reasons, options: chemical.options,
	}
	coating = &profile{
		family:   "chemical",
		water:    []pollutantSpec{{"化学需氧量", 100, 0, 1}, {"氨氮", 15, 0, 1}},
		waterStd: "GB 8978-1996", waterFlow: [2]float64{1e4, 1e5}, waterOutlets: 1,
		air:    []pollutantSpec{{"挥发性有机物", 100, 0, 1}},
		airStd: "GB 37824-2019", airFlow: [2]float64{5e7, 5e8}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonVOC, domain.ReasonToxicInput},
		options: []optionTemplate{
			opt("水性涂料产品替代溶剂型产品", domain.CostHigh),
			opt("密闭投料与集中排风收集", domain.CostMedium),
			opt("设备清洗溶剂回收再用", domain.CostMedium, domain.ReduceCOD, 1, 8),
		},
	}
	pharma = &profile{
		family:   "chemical",
		water:    []pollutantSpec{{"化学需氧量", 120, 0, 1}, {"氨氮", 25, 0, 1}, {"总磷", 1.0, 0, 1}},
		waterStd: "GB 21904-2008", waterFlow: [2]float64{3e4, 4e5}, waterOutlets: 1,
		air:    []pollutantSpec{{"挥发性有机物", 100, 0, 1}},
		airStd: "GB 37823-2019", airFlow: [2]float64{5e7, 5e8}, airOutlets: 1,
		reasons: []domain.Reason{domain.ReasonToxicInput, domain.ReasonToxicOutput, domain.ReasonOverStandard},
		options: chemical.options,
	}
	tanning = &profile{
		family:   "tanning",
		water:    []pollutantSpec{{"化学需氧量", 100, 0, 1}, {"氨氮", 25, 0, 1}, {"总铬", 1.5, 0, 2}, {"六价铬", 0.1, 0, 2}},
		waterStd: "GB 30486-2013", waterFlow: [2]float64{5e4, 6e5}, waterOutlets: 2,
		reasons: []domain.Reason{domain.ReasonHeavyMetal, domain.ReasonToxicInput, domain.ReasonOverStandard},
		options: []optionTemplate{
			opt("高吸收铬鞣工艺", domain.CostHigh, domain.ReduceCOD, 5, 40, domain.ReduceNH3N, 1, 8),
			opt("含铬废液沉淀回收循环鞣制", domain.CostMedium, domain.ReduceWater, 5000, 30000, domain.ReduceCOD, 2, 15),
			opt("保毛脱毛工艺替代毁毛脱毛", domain.CostMedium, domain.ReduceCOD, 10, 60, domain.ReduceNH3N, 2, 10),
		},
	}
	pcb = &profile{
		family:   "electronics",
		water:    []pollutantSpec{{"化学需氧量", 80, 0, 1}, {"氨氮", 15, 0, 1}, {"总磷", 1.0, 0, 1}, {"总铜", 0.5, 0, 1}, {"总镍", 0.5, 0, 2}},
		waterStd: "GB 21900-2008", waterFlow: [2]float64{1e5, 1.5e6}, waterOutlets: 2,
		reasons: []domain.Reason{domain.ReasonHeavyMetal, domain.ReasonToxicInput, domain.ReasonToxicOutput},
		options: []optionTemplate{
			opt("酸性蚀刻液在线再生与铜回收", domain.CostHigh, domain.ReduceWater, 5000, 30000, domain.ReduceCOD, 1, 8),
			opt("微蚀液电解提铜", domain.CostMedium, domain.ReduceCOD, 0.5, 3),
			opt("多级逆流漂洗与清洗水回用", domain.CostMedium, domain.ReduceWater, 20000, 150000, domain.ReduceCOD, 2, 15),
			opt("含镍废水分质收集处理", domain.CostMedium, domain.ReduceCOD, 0.5, 4),
		},
	}
	smelting = &profile{
		family:   "nonferrous",
		water:    []pollutantSpec{{"化学需氧量", 60, 0, 1}, {"总铜", 0.5, 0, 1}, {"总铅", 0.5, 0, 1}, {"总锌", 1.5, 0, 1}},
		waterStd: "GB 25467-2010", waterFlow: [2]float64{1e5, 1e6}, waterOutlets: 1,
		air:    []pollutantSpec{{"颗粒物", 80, 0, 1}, {"二氧化硫", 400, 0, 1}},
		airStd: "GB 25467-2010", airFlow: [2]float64{2e9, 1e10}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonHeavyMetal, domain.ReasonEnergy, domain.ReasonOverQuota},
		options: []optionTemplate{
			opt("制酸尾气深度脱硫", domain.CostHigh, domain.ReduceSO2, 200, 1500),
			opt("冶炼烟气余热锅炉", domain.CostHigh, domain.ReduceEnergy, 3000, 15000),
			opt("生产废水分质处理回用", domain.CostMedium, domain.ReduceWater, 50000, 300000, domain.ReduceCOD, 2, 15),
		},
	}
	leadZinc = &profile{
		family: smelting.family, water: []pollutantSpec{{"化学需氧量", 60, 0, 1}, {"总铅", 0.5, 0, 1}, {"总锌", 1.5, 0, 1}},
		waterStd: "GB 25466-2010", waterFlow: smelting.waterFlow, waterOutlets: 1,
		air: smelting.air, airStd: "GB 25466-2010", airFlow: smelting.airFlow, airOutlets: 2,
		reasons: smelting.reasons, options: smelting.options,
	}
	battery = &profile{
		family:   "nonferrous",
		water:    []pollutantSpec{{"化学需氧量", 70, 0, 1}, {"总铅", 0.5, 0, 1}},
		waterStd: "GB 30484-2013", waterFlow: [2]float64{2e4, 2e5}, waterOutlets: 1,
		reasons: []domain.Reason{domain.ReasonHeavyMetal, domain.ReasonToxicInput},
		options: []optionTemplate{
			opt("铅粉制造与和膏工序密闭化改造", domain.CostHigh),
			opt("极板外化成改为内化成", domain.CostHigh, domain.ReduceWater, 10000, 50000, domain.ReduceEnergy, 300, 1500),
			opt("含铅废水深度处理回用", domain.CostMedium, domain.ReduceWater, 10000, 80000, domain.ReduceCOD, 1, 6),
		},
	}
	sugar = &profile{
		family:   "food",
		water:    []pollutantSpec{{"化学需氧量", 100, 0, 1}, {"氨氮", 10, 0, 1}, {"总磷", 0.5, 0, 1}},
		waterStd: "GB 21909-2008", waterFlow: [2]float64{2e5, 2e6}, waterOutlets: 1,
		air: boilerAir, airStd: "GB 13271-2014", airFlow: [2]float64{3e8, 2e9}, airOutlets: 1,
		reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota},
		options: []optionTemplate{
			opt("蔗渣锅炉烟气脱硫除尘改造", domain.CostHigh, domain.ReduceSO2, 50, 300),
			opt("糖蜜酒精废液浓缩燃烧", domain.CostHigh, domain.ReduceCOD, 200, 2000),
			opt("清净蒸发工序多效汽凝水利用", domain.CostMedium, domain.ReduceEnergy, 500, 3000),
			opt("冷却水循环回用", domain.CostMedium, domain.ReduceWater, 50000, 400000),
		},
	}
	beer = &profile{
		family:   "food",
		water:    []pollutantSpec{{"化学需氧量", 80, 0, 1}, {"氨氮", 15, 0, 1}},
		waterStd: "GB 19821-2005", waterFlow: [2]float64{2e5, 1.5e6}, waterOutlets: 1,
		reasons: sugar.reasons,
		options: []optionTemplate{
			opt("啤酒废水厌氧沼气回收", domain.CostHigh, domain.ReduceCOD, 50, 300, domain.ReduceEnergy, 100, 800),
			opt("洗瓶机清洗水梯级回用", domain.CostMedium, domain.ReduceWater, 30000, 200000),
			opt("麦汁煮沸二次蒸汽回收", domain.CostMedium, domain.ReduceEnergy, 300, 1500),
		},
	}
	printing = &profile{
		family: "printing",
		air:    []pollutantSpec{{"挥发性有机物", 120, 0, 1}},
		airStd: "DB44/815-2010", airFlow: [2]float64{5e7, 6e8}, airOutlets: 2,
		reasons: []domain.Reason{domain.ReasonVOC, domain.ReasonToxicInput},
		options: []optionTemplate{
			opt("水性油墨替代溶剂型油墨", domain.CostMedium),
			opt("废气收集与活性炭吸附-催化燃烧", domain.CostHigh),
			opt("烘箱热风循环改造", domain.CostMedium, domain.ReduceEnergy, 50, 400),
		},
	}
)

// industries are the classes the sample uses, by code.
var industries = []industry{
	{"1340", "制糖业", "Sugar manufacturing", "", 2, []string{"糖业", "制糖"}, []string{"440800", "441700", "440900"}, 0.15, 0.35, sugar},
	{"1513", "啤酒制造", "Beer brewing", "", 1, []string{"啤酒"}, []string{"440100", "440300", "440500"}, 0.15, 0.35, beer},
	{"1713", "棉印染精加工", "Cotton printing and dyeing", "printing-dyeing", 14, []string{"纺织印染", "印染", "染整", "漂染", "织染"}, []string{"440600", "442000", "440700", "440500", "441900"}, 0.12, 0.3, dyeing},
	{"1752", "化纤织物染整精加工", "Dyeing and finishing of chemical-fibre fabrics", "printing-dyeing", 6, []string{"化纤染整", "纺织染整", "印染"}, []string{"440600", "440500", "445200", "441900"}, 0.1, 0.3, dyeing},
	{"1762", "针织或钩针编织物印染精加工", "Printing and dyeing of knitted fabrics", "printing-dyeing", 4, []string{"针织印染", "针织染整"}, []string{"440600", "442000", "440500"}, 0.1, 0.3, dyeing},
	{"1910", "皮革鞣制加工", "Leather tanning", "", 4, []string{"皮革", "制革", "皮业"}, []string{"440600", "441900", "440700"}, 0.1, 0.35, tanning},
	{"2211", "木竹浆制造", "Wood and bamboo pulp manufacturing", "paper", 2, []string{"浆纸", "纸业"}, []string{"440800", "441200", "441800"}, 0.4, 0.35, paper},
	{"2221", "机制纸及纸板制造", "Machine-made paper and paperboard", "paper", 10, []string{"纸业", "造纸", "纸品"}, []string{"441900", "440700", "441200", "440100"}, 0.25, 0.35, paper},
	{"2222", "手工纸制造", "Handmade paper", "paper", 1, []string{"手工纸", "纸品"}, []string{"441400", "441600", "445300"}, 0.05, 0.25, paper},
	{"2319", "包装装潢及其他印刷", "Packaging and other printing", "", 3, []string{"印刷", "包装印刷", "彩印"}, []string{"440300", "441900", "440500"}, 0.05, 0.3, printing},
	{"2614", "有机化学原料制造", "Organic chemical raw materials", "", 4, []string{"化工", "石化"}, []string{"440900", "441300", "440100", "440800"}, 0.3, 0.4, chemical},
	{"2641", "涂料制造", "Paint and coatings manufacturing", "", 2, []string{"涂料", "化工"}, []string{"440600", "442000", "440100"}, 0.1, 0.35, coating},
	{"2651", "初级形态塑料及合成树脂制造", "Synthetic resins in primary forms", "", 3, []string{"树脂", "化工", "塑胶"}, []string{"441300", "440900", "440600"}, 0.2, 0.4, resin},
	{"2710", "化学药品原料药制造", "Chemical pharmaceutical ingredients", "", 2, []string{"制药", "药业"}, []string{"440100", "442000", "440300"}, 0.2, 0.4, pharma},
	{"3011", "水泥制造", "Cement manufacturing", "building-materials", 5, []string{"水泥", "建材"}, []string{"445300", "441800", "441200", "440200"}, 0.5, 0.3, cement},
	{"3041", "平板玻璃制造", "Flat glass manufacturing", "building-materials", 2, []string{"玻璃", "平板玻璃"}, []string{"441200", "440700", "441300"}, 0.4, 0.4, glass},
	{"3071", "建筑陶瓷制品制造", "Building ceramics manufacturing", "building-materials", 4, []string{"陶瓷", "建陶"}, []string{"440600", "441800", "441200", "440700"}, 0.15, 0.35, ceramics},
	{"3211", "铜冶炼", "Copper smelting", "", 2, []string{"铜业", "冶炼"}, []string{"440200", "441800", "445300"}, 0.5, 0.35, smelting},
	{"3212", "铅锌冶炼", "Lead and zinc smelting", "", 2, []string{"冶炼", "有色金属"}, []string{"440200", "441800", "441600"}, 0.6, 0.3, leadZinc},
	{"3360", "金属表面处理及热处理加工", "Metal surface treatment (electroplating)", "electroplating", 14, []string{"电镀", "表面处理", "五金电镀", "金属表面处理"}, []string{"441900", "440300", "440600", "440700", "440500"}, 0.08, 0.3, plating},
	{"3843", "铅蓄电池制造", "Lead-acid battery manufacturing", "", 2, []string{"电池", "蓄电池"}, []string{"440300", "441300", "440700"}, 0.3, 0.4, battery},
	{"3982", "电子电路制造", "Printed circuit boards", "", 7, []string{"电路", "线路板", "电子"}, []string{"440300", "441300", "441900", "440700"}, 0.15, 0.35, pcb},
	{"4411", "火力发电", "Thermal power generation", "power", 6, []string{"发电", "电力", "能源"}, []string{"440100", "440300", "441900", "440800", "441700", "440500"}, 0.75, 0.2, power},
	{"4412", "热电联产", "Combined heat and power", "power", 3, []string{"热电", "热能"}, []string{"440600", "441900", "442000", "440700"}, 0.6, 0.3, power},
}

// industryIndex returns the position of an industry code in industries, or -1.
func industryIndex(code string) int {
	for i, ind := range industries {
		if ind.code == code {
			return i
		}
	}
	return -1
}
