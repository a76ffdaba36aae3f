package opendata

import (
	"slices"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// fieldDoc documents one column in Chinese and English. Titles are short (a table header);
// descriptions say what the value is, how it is counted and what an empty cell means.
type fieldDoc struct {
	title, titleEN string
	desc, descEN   string
	unit           string   // unit of a quantity: mg/L, t/a, 万元 …
	enum           []string // the codes a text column may hold (besides empty)
}

// fieldDocs documents the columns by name. A column whose meaning differs between tables is
// documented under "<group>.<column>" (see Resource.docGroup), which comes first.
var fieldDocs = map[string]fieldDoc{
	"uscc": {"企业标识", "Enterprise id",
		"企业的唯一标识：统一社会信用代码（GB 32100-2015，18 位）；没有时为组织机构代码（9 位），再没有时为本平台编号（L 开头）。各表以此关联。",
		"The enterprise's unique key: its unified social credit code (GB 32100-2015, 18 characters); for an enterprise without one, its organisation code (9 characters), else the portal's local id (starting with L). Every table joins on it.", "", nil},
	"credit_code": {"统一社会信用代码", "Credit code",
		"统一社会信用代码（GB 32100-2015，18 位）；名单未载明且尚未查明时为空。",
		"Unified social credit code (GB 32100-2015, 18 characters); empty when no notice gave it and it is not known yet.", "", nil},
	"org_code": {"组织机构代码", "Organisation code",
		"组织机构代码（GB 11714-1997，9 位，不含连字符）；已知时填写。",
		"Organisation code (GB 11714-1997, 9 characters without the hyphen), when known.", "", nil},
	"local_id": {"本平台编号", "Portal id",
		"名单只载明名称时本平台按城市和名称编定的编号（L、城市代码、8 位字符），一经编定不再改变。",
		"The id the portal assigns, from the city and the name, to an enterprise a list names by name only (L, the city code, 8 characters); it never changes once assigned.", "", nil},
	"identified_by": {"识别方式", "Identified by",
		"企业以何种代码识别：credit_code（统一社会信用代码）、org_code（组织机构代码）或 local_id（本平台编号）。",
		"Which identifier the enterprise's id is: credit_code, org_code or local_id.", "", []string{"credit_code", "org_code", "local_id"}},
	"former_ids": {"原标识", "Former ids",
		"企业曾用的其他标识（如补录信用代码前的本平台编号）；其原网址跳转到现网址。",
		"The enterprise's other identifiers (such as its local id before its credit code was added); their addresses redirect to its dossier.", "", nil},
	"name": {"企业名称", "Enterprise name", "企业登记名称，以企业名录为准。",
		"Registered name of the enterprise, as in the registry.", "", nil},
	"lists.name": {"企业名称（名单所列）", "Name as listed", "名单公布的企业名称，按原文。",
		"The enterprise's name as the published list gives it.", "", nil},
	"city": {"地市代码", "City code", "企业所在地级市的行政区划代码（6 位）。",
		"Administrative division code of the prefecture-level city (6 digits).", "", nil},
	"city_name": {"地市", "City", "企业所在地级市名称。", "Name of the prefecture-level city.", "", nil},
	"county": {"县（区）", "County or district", "企业所在县（区），按公布原文。",
		"County or district, as published.", "", nil},
	"industry": {"行业代码", "Industry code", "国民经济行业分类（GB/T 4754-2017）代码。",
		"Industry class code of GB/T 4754-2017.", "", nil},
	"industry_name": {"行业", "Industry", "国民经济行业分类名称。", "Name of the GB/T 4754-2017 industry class.", "", nil},
	"control_level": {"监管级别", "Control level",
		"重点污染源监管级别：国控、省控或市控，决定评估验收和责令改正的组织层级。",
		"Supervision level of the key pollution source: state (国控), province (省控) or city (市控); it decides who organises evaluation and acceptance.",
		"", stringsOf(domain.ControlLevels)},
	"address": {"地址", "Address", "企业地址。", "Address of the enterprise.", "", nil},

	"batch": {"名单批次", "List", "强制性清洁生产审核名单的批次编号，如 2009-1。",
		"Id of the compulsory audit list (batch), e.g. 2009-1.", "", nil},
	"batches.title": {"名单标题", "List title", "名单的标题，按原文。", "Title of the list as published.", "", nil},
	"issuer":        {"发布机关", "Issuer", "发布名单的机关。", "Authority that published the list.", "", nil},
	"batches.doc_number": {"文号", "Document number", "公布名单的文件文号。",
		"Number of the document that published the list.", "", nil},
	"batches.published": {"发布日期", "Published", "名单发布日期；各项期限自此日起算。",
		"Date the list was published; every deadline counts from it.", "", nil},
	"batches.source_url": {"来源链接", "Source", "名单原文的网址。", "Address of the published notice.", "", nil},
	"members":            {"企业数", "Enterprises", "名单所列企业数。", "Number of enterprises on the list.", "", nil},
	"batches.overdue_steps": {"逾期事项数", "Overdue steps",
		"截至数据日期，名单企业已过期限而未完成的法定事项（公布排放情况、启动审核、提交审核报告）数。",
		"Legal steps (disclosure, audit start, audit report) of the list's enterprises not done by their due date, as of the data date.", "", nil},

	"batch_published": {"名单发布日期", "List published", "名单发布日期；各项期限自此日起算。",
		"Date the list was published; every deadline counts from it.", "", nil},
	"reasons": {"列入原因", "Reasons for listing",
		"列入名单的原因，多项以英文分号 ; 分隔（JSON 中为数组）：" + strings.Join(stringsOf(domain.Reasons), "、") + "。",
		"Why the enterprise was listed; several are separated by ; (an array in JSON). Values: over the discharge standard, over the total quota, toxic raw materials, toxic discharges, high energy use, heavy metals, key VOC source.", "", nil},
	"outcome": {"评估验收结果", "Outcome",
		"本轮审核评估验收结果（省级意见）：evaluated 通过评估，accepted 通过验收，failed 未通过，postponed 暂缓；awaiting_province 市级已初步审查或出具初步评估/验收报告，待省级最终意见；空表示尚无结果。",
		"Result of evaluation and acceptance (the province's opinion): evaluated, accepted, failed or postponed; awaiting_province when the city has reviewed the application or issued its preliminary report and the province's final opinion is to come; empty when there is none yet.",
		"", []string{"evaluated", "accepted", "failed", "postponed", "awaiting_province"}},
	"next_batch": {"转入批次", "Rolled into", "未完成而转入的后续名单批次；空表示没有。",
		"The later list the enterprise rolled into; empty when none.", "", nil},
	"rectifications": {"责令改正次数", "Rectification orders", "本轮审核中被责令限期改正的次数。",
		"Rectification orders (责令限期改正) issued in this audit round.", "", nil},

	"stage": {"审核阶段", "Stage",
		"企业最近一轮审核所处阶段：listed 已列入名单，disclosed 已公布排放情况，started 审核中，report_submitted 已提交审核报告，evaluated 通过评估，accepted 通过验收，failed 未通过，postponed 暂缓，awaiting_province 待省级最终意见，not_listed 未列入名单。",
		"Where the enterprise's latest audit round stands: listed, disclosed, started, report_submitted, evaluated, accepted, failed, postponed, awaiting_province (the city's stage done, the province's opinion to come), or not_listed (on no list published by the data date).",
		"", stringsOf([]derive.Stage{derive.StageListed, derive.StageDisclosed, derive.StageStarted, derive.StageReported, derive.StageEvaluated, derive.StageAccepted, derive.StageFailed, derive.StagePostponed, derive.StageAwaitingProvince, derive.StageNotListed})},
	"listings": {"列入次数", "Listings", "企业被列入的名单数（每次为一轮审核）。",
		"Number of lists the enterprise is on (one audit round each).", "", nil},
	"latest_batch": {"最近批次", "Latest list", "企业最近一次被列入的名单批次；未列入时为空。",
		"The latest list the enterprise is on; empty when on none.", "", nil},
	"latest_listed": {"最近列入日期", "Latest listed", "最近一次列入的名单发布日期。",
		"Publication date of the latest list the enterprise is on.", "", nil},
	"enterprises.overdue_steps": {"逾期事项数", "Overdue steps",
		"截至数据日期，已过期限而未完成的法定事项数（各轮合计）。",
		"Legal steps past their due date and not done, as of the data date (all rounds).", "", nil},
	"days_overdue_max": {"最长逾期天数", "Most days overdue", "逾期事项中逾期最久的天数；没有逾期事项时为 0。",
		"Days overdue of the most overdue step; 0 when nothing is overdue.", "天 / days", nil},
	"enterprises.options": {"方案数", "Options", "清洁生产方案总数。", "Number of improvement options.", "", nil},
	"medium_high": {"中高费方案数", "Medium/high-cost options", "中费和高费方案数（不含已取消）。",
		"Medium- and high-cost options, cancelled ones excluded.", "", nil},
	"medium_high_completed": {"已完成中高费方案数", "Medium/high-cost completed",
		"截至数据日期已完成的中高费方案数。", "Medium- and high-cost options completed by the data date.", "", nil},
	"completion_rate": {"中高费方案完成率", "Completion rate",
		"已完成中高费方案数 ÷ 中高费方案数，0 到 1 之间的比例；没有中高费方案时为空。",
		"Completed medium/high-cost options divided by medium/high-cost options, a share between 0 and 1; empty when there are none.", "", nil},
	"enterprises.investment_wan": {"方案投资", "Investment", "未取消方案的投资合计。",
		"Investment of all options not cancelled.", "万元", nil},
	"cases": {"案例数", "Case studies", "以本企业为例的技术案例数。", "Case studies of this enterprise.", "", nil},

	"cod_t":          {"化学需氧量削减量", "COD reduction", "化学需氧量年削减量。", "Yearly reduction of chemical oxygen demand.", "t/a", nil},
	"so2_t":          {"二氧化硫削减量", "SO2 reduction", "二氧化硫年削减量。", "Yearly reduction of sulphur dioxide.", "t/a", nil},
	"nox_t":          {"氮氧化物削减量", "NOx reduction", "氮氧化物年削减量。", "Yearly reduction of nitrogen oxides.", "t/a", nil},
	"nh3n_t":         {"氨氮削减量", "NH3-N reduction", "氨氮年削减量。", "Yearly reduction of ammonia nitrogen.", "t/a", nil},
	"heavymetal_t":   {"重金属削减量", "Heavy-metal reduction", "重金属年削减量。", "Yearly reduction of heavy metals.", "t/a", nil},
	"water_t":        {"节水量", "Water saved", "新鲜水年节约量。", "Fresh water saved per year.", "t/a", nil},
	"energy_tce":     {"节能量", "Energy saved", "年节能量（吨标准煤）。", "Energy saved per year, in tonnes of coal equivalent.", "tce/a", nil},
	"benefit_wan":    {"经济效益", "Economic benefit", "年经济效益。", "Economic benefit per year.", "万元/a", nil},
	"investment_wan": {"投资", "Investment", "投资额。", "Investment.", "万元", nil},

	"year": {"年度", "Year", "数据所属年度。", "Year the figures belong to.", "", nil},
	"pollutant": {"污染物", "Pollutant", "污染物名称（中文）。", "Name of the pollutant (Chinese).", "",
		pollutantNames()},
	"pollutant_key": {"污染物代码", "Pollutant key", "污染物的英文简码，如 cod、nh3n。", "ASCII key of the pollutant, e.g. cod, nh3n.", "", nil},
	"pollutant_en":  {"污染物英文名", "Pollutant (English)", "污染物英文名称。", "English name of the pollutant.", "", nil},
	"outlet": {"排放口编号", "Outlet", "排放口编号：DW 开头为废水，DA 开头为废气。空表示未公开。",
		"Outlet code: DW… wastewater, DA… air. Empty when not disclosed.", "", nil},
	"discharge_method": {"排放方式", "Discharge method", "排放方式，如直接排放、间接排放、有组织排放。空表示未公开。",
		"How the pollutant is discharged (direct, indirect, stack …). Empty when not disclosed.", "", nil},
	"concentration": {"排放浓度", "Concentration", "实测排放浓度，单位见 unit 列。空表示未公开。",
		"Measured concentration, in the unit of column unit. Empty when not disclosed.", "mg/L | mg/m³", nil},
	"unit": {"浓度单位", "Unit", "浓度单位：废水 mg/L，废气 mg/m³。", "Concentration unit: mg/L for water, mg/m³ for air.", "",
		[]string{domain.UnitWater, domain.UnitAir}},
	"limit": {"排放限值", "Limit", "执行标准的浓度限值，单位见 unit 列。空表示未公开。",
		"Limit concentration of the applicable standard, in the unit of column unit. Empty when not disclosed.", "mg/L | mg/m³", nil},
	"over_limit": {"是否超标", "Over the limit", "浓度是否超过限值；浓度或限值未公开时为空（无法判断）。",
		"Whether the concentration exceeds the limit; empty when either was not disclosed (cannot be told).", "", nil},
	"exceedance": {"超标倍数", "Exceedance multiple", "超标倍数 =（浓度 − 限值）÷ 限值，保留两位小数；未超标时为空。",
		"Exceedance multiple = (concentration − limit) / limit, two decimals; empty when not over the limit.", "倍 / times", nil},
	"total_t": {"排放总量", "Total discharged", "年排放总量。空表示未公开。", "Total discharged in the year. Empty when not disclosed.", "t/a", nil},
	"quota_t": {"核定总量", "Approved quota", "核定的年排放总量指标。空表示未公开。", "Approved yearly total quota. Empty when not disclosed.", "t/a", nil},
	"over_quota": {"是否超总量", "Over the quota", "排放总量是否超过核定总量；任一项未公开时为空。",
		"Whether the total exceeds the quota; empty when either was not disclosed.", "", nil},
	"standard":               {"执行标准", "Standard", "执行的排放标准。空表示未公开。", "Applicable discharge standard. Empty when not disclosed.", "", nil},
	"disclosures.published":  {"公开日期", "Published", "企业公开该数据的日期。", "Date the enterprise published the figures.", "", nil},
	"disclosures.source_url": {"来源链接", "Source", "企业公开信息的网址。", "Address where the enterprise published the figures.", "", nil},
	"not_disclosed": {"未公开项目", "Not disclosed",
		"未公开的项目，多项以 ; 分隔（JSON 中为数组）：" + strings.Join(derive.DisclosureItems, "、") + "。",
		"Items left undisclosed, separated by ; (an array in JSON), named by their columns.", "", nil},

	"event": {"事项", "Event",
		"审核事项：disclosed 公布排放情况，registered 平台登记，started 启动审核，report_submitted 提交审核报告，evaluated 通过评估，accepted 通过验收，failed 未通过，postponed 暂缓，rectification_ordered 责令限期改正。",
		"Step of the audit round: disclosed, registered, started, report_submitted, evaluated, accepted, failed, postponed, rectification_ordered.",
		"", stringsOf(domain.EventKinds)},
	"event_label": {"事项名称", "Event (Chinese)", "事项的中文名称。", "Chinese name of the event.", "", nil},
	"date":        {"日期", "Date", "事项发生日期。", "Date of the event.", "", nil},
	"audits.doc_number": {"文号", "Document number", "相关文书的文号（如评估意见、改正通知）。",
		"Number of the related document (evaluation opinion, rectification order …).", "", nil},
	"agency":      {"咨询机构代码", "Agency id", "审核咨询机构代码；空表示未登记。", "Id of the consulting agency; empty when none is recorded.", "", nil},
	"agency_name": {"咨询机构", "Agency", "审核咨询机构名称。", "Name of the consulting agency.", "", nil},

	"option_id":     {"方案编号", "Option id", "方案编号，同一企业同一批次内唯一。", "Option id, unique per enterprise and list.", "", nil},
	"options.title": {"方案名称", "Option", "清洁生产方案名称。", "Title of the improvement option.", "", nil},
	"cost_class": {"费用类别", "Cost class", "方案费用类别：无低费、中费、高费。", "Cost class: no/low cost (无低费), medium (中费), high (高费).", "",
		stringsOf(domain.CostClasses)},
	"status": {"实施状态", "Status", "方案实施状态：planned 计划，in_progress 实施中，completed 已完成，cancelled 已取消。",
		"Implementation status: planned, in_progress, completed, cancelled.", "", stringsOf(domain.OptionStatuses)},
	"planned":                {"计划完成日期", "Planned", "计划完成日期。", "Planned completion date.", "", nil},
	"completed":              {"实际完成日期", "Completed", "实际完成日期；未完成时为空。", "Actual completion date; empty when not completed.", "", nil},
	"options.investment_wan": {"投资", "Investment", "方案投资额。", "Investment of the option.", "万元", nil},

	"slug":        {"案例标识", "Case id", "案例的网址标识，案例页为 /cases/<slug>/。", "The case's URL id; its page is /cases/<slug>/.", "", nil},
	"cases.title": {"案例标题", "Title", "案例标题。", "Title of the case study.", "", nil},
	"cases.date":  {"发布日期", "Published", "案例发布日期。", "Date the case study was published.", "", nil},
	"cases.uscc": {"统一社会信用代码", "Credit code", "案例企业的统一社会信用代码；没有具体企业时为空。",
		"Credit code of the enterprise; empty for a technology without one.", "", nil},
	"enterprise_name": {"企业名称", "Enterprise", "案例企业名称。", "Name of the enterprise.", "", nil},
	"technology":      {"技术名称", "Technology", "案例推广的技术。", "The technology the case presents.", "", nil},
	"problem":         {"解决的问题", "Problem", "技术解决的问题。", "The problem the technology solves.", "", nil},
	"benefits": {"效益类别", "Benefits", "技术的效益类别，多项以 ; 分隔（JSON 中为数组）：cod、so2、nox、nh3n、heavymetal、water、energy。",
		"Kinds of benefit, separated by ; (an array in JSON): cod, so2, nox, nh3n, heavymetal, water, energy.", "", nil},
	"cases.investment_wan": {"投资", "Investment", "技术投资额。", "Investment in the technology.", "万元", nil},
	"payback_years":        {"投资回收期", "Payback", "投资回收期。", "Payback period.", "年 / years", nil},
	"summary":              {"摘要", "Summary", "案例正文第一段的纯文本摘要。", "Plain-text summary, the first paragraph of the case.", "", nil},

	"code": {"地区代码", "Area code", "地市行政区划代码、行业代码，或全省（province）。",
		"City division code, industry code, or province for the whole province.", "", nil},
	"years.name": {"地区名称", "Area", "地市、行业或全省名称。", "Name of the city, industry or province.", "", nil},
	"years.year": {"年度", "Year", "统计年度。", "Year counted.", "", nil},
	"listed":     {"列入企业数", "Listed", "当年发布的名单所列企业数。", "Enterprises on lists published in the year.", "", nil},
	"years.disclosure_due": {"公布排放情况到期数", "Disclosure due",
		"其中截至数据日期公布排放情况期限已到的数量。", "Of those, how many had their disclosure step due by the data date.", "", nil},
	"disclosed_on_time": {"按期公布数", "Disclosed on time", "其中按期公布排放情况的数量。", "Of those, how many disclosed on time.", "", nil},
	"started":           {"启动审核数", "Audits started", "当年启动审核的数量。", "Audits started in the year.", "", nil},
	"reports":           {"提交审核报告数", "Reports submitted", "当年提交审核报告的数量。", "Audit reports submitted in the year.", "", nil},
	"evaluated":         {"通过评估数", "Evaluated", "当年通过评估的数量。", "Evaluations passed in the year.", "", nil},
	"accepted":          {"通过验收数", "Accepted", "当年通过验收的数量。", "Acceptances passed in the year.", "", nil},
	"failed":            {"未通过数", "Failed", "当年评估或验收未通过的数量。", "Evaluations or acceptances failed in the year.", "", nil},
	"years.medium_high_completed": {"完成中高费方案数", "Medium/high-cost completed",
		"当年完成的中高费方案数。", "Medium- and high-cost options completed in the year.", "", nil},
	"disclosure_rows": {"排放公开行数", "Disclosure rows", "当年的排放公开数据行数（每行为一个排放口的一种污染物）。",
		"Disclosure rows of the year (one pollutant at one outlet each).", "", nil},
	"disclosure_missing":   {"含未公开项的行数", "Rows with gaps", "其中有未公开项目的行数。", "Of those, rows with an item not disclosed.", "", nil},
	"years.investment_wan": {"方案投资", "Investment", "当年完成方案的投资合计。", "Investment of options completed in the year.", "万元", nil},
}

// yearsNote says which options a yearly summary's reductions count.
const (
	yearsNote   = "当年完成的方案所实现的"
	yearsNoteEN = " Achieved by options completed in the year."
)

// enterpriseNote says which options an enterprise's reductions count.
const (
	enterpriseNote   = "已完成方案合计实现的"
	enterpriseNoteEN = " Sum over the enterprise's completed options."
)

// reductionColumns are the columns of amounts achieved by options.
var reductionColumns = func() []string {
	cols := make([]string, len(domain.OptionReductionKinds))
	for i, k := range domain.OptionReductionKinds {
		cols[i] = k.Column()
	}
	return cols
}()

func pollutantNames() []string {
	out := make([]string, len(domain.Pollutants))
	for i, p := range domain.Pollutants {
		out[i] = p.Name
	}
	return out
}

// docFor returns the documentation of a column of a table in a doc group, or false when the
// column is not documented (which the package tests forbid).
func docFor(group, name string) (fieldDoc, bool) {
	if d, ok := fieldDocs[group+"."+name]; ok {
		return d, true
	}
	d, ok := fieldDocs[name]
	if !ok {
		return d, false
	}
	// The reduction columns mean the same quantity everywhere; what differs is which options
	// they add up, which the description says.
	if slices.Contains(reductionColumns, name) {
		switch group {
		case "years":
			d.desc, d.descEN = yearsNote+d.desc, d.descEN+yearsNoteEN
		case "enterprises":
			d.desc, d.descEN = enterpriseNote+d.desc, d.descEN+enterpriseNoteEN
		}
	}
	return d, true
}

// The three legal steps of a listing each have a due date, a completion date and a status
// column in the lists table.
func init() {
	steps := []struct {
		name, zh, en, term, termEN string
	}{
		{"disclosure", "公布排放情况", "Disclosure", "名单发布后 1 个月", "1 month after the list's publication"},
		{"start", "启动审核", "Audit start", "名单发布后 2 个月", "2 months after the list's publication"},
		{"report", "提交审核报告", "Audit report", "名单发布后 1 年", "1 year after the list's publication"},
	}
	for _, s := range steps {
		fieldDocs[s.name+"_due"] = fieldDoc{s.zh + "期限", s.en + " due",
			s.zh + "的法定期限（" + s.term + "；期满日为休息日的顺延至下一个工作日）。",
			"Legal due date of the step: " + s.termEN + ", moved to the next working day when it falls on a rest day.", "", nil}
		fieldDocs[s.name+"_done"] = fieldDoc{s.zh + "完成日期", s.en + " done",
			s.zh + "的完成日期；截至数据日期未完成时为空。",
			"Date the step was done; empty when not done by the data date.", "", nil}
		fieldDocs[s.name+"_status"] = fieldDoc{s.zh + "状态", s.en + " status",
			s.zh + "截至数据日期的状态：on_time 按期完成，late 逾期完成，overdue 已逾期，pending 未到期。",
			"Standing of the step as of the data date: on_time, late (done after the due date), overdue (not done, due date passed), pending (not yet due).",
			"", stringsOf([]derive.Status{derive.StatusOnTime, derive.StatusLate, derive.StatusOverdue, derive.StatusPending, derive.StatusSuperseded})}
	}
}
