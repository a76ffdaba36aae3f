package opendata

import "cpportal/domain"

// The columns the notice's procedure adds: where a disclosure was published, rectification
// orders, provisional due dates, verified reductions and the disclosures expected of an
// enterprise.
func init() {
	docs := map[string]fieldDoc{
		"media": {"公开媒体", "Medium", "公布排放情况（disclosed）所用的媒体；空表示未注明（公开途径未注明）或非公开事件。",
			"The medium a disclosure (disclosed) was published in; empty when not stated or for other events.", "", nil},
		"audits.source_url": {"公开链接", "Disclosure link", "公布排放情况（disclosed）的网址；空表示未注明或非公开事件。",
			"Address of a published disclosure (disclosed); empty when not stated or for other events.", "", nil},
		"grounds": {"改正事由", "Grounds", "责令限期改正（rectification_ordered）的事由；空表示未注明或非改正事件。",
			"Grounds of a rectification order (rectification_ordered); empty when not stated or for other events.", "",
			stringsOf(domain.RectificationGrounds)},
		"deadline": {"改正期限", "Rectification deadline", "责令限期改正（rectification_ordered）的改正期限；空表示未注明或非改正事件。",
			"Deadline of a rectification order; empty when not stated or for other events.", "", nil},
		"verified": {"减排核定日期", "Verified", "方案削减量经核查、纳入减排核算的日期；空表示尚未核定（仅为企业申报）。",
			"Date the option's reductions were checked and counted in the emission-reduction accounting; empty when claimed only.", "", nil},
		"due_provisional": {"期限暂定", "Due date provisional",
			"任一步骤的期限落在节假日安排尚未公布的年份、按法定节假日和周末暂定时为 true。",
			"True when a step's due date falls in a year whose holiday schedule is not yet published and is counted with the statutory holidays and weekends only.", "", nil},
		"rectifications_open": {"整改中的命令数", "Orders open", "截至数据日期尚未整改、未过期限（或未注明期限）的责令改正命令数。",
			"Rectification orders not rectified and not past their deadline (or with none) as of the data date.", "", nil},
		"rectifications_overdue": {"逾期未整改的命令数", "Orders overdue", "截至数据日期尚未整改且已过期限的责令改正命令数。",
			"Rectification orders not rectified and past their deadline as of the data date.", "", nil},
		"postponed": {"暂缓数", "Postponed", "当年评估或验收暂缓的数量（省级意见）。", "Evaluations or acceptances postponed in the year (the province's opinion).", "", nil},
		"disclosure_expected": {"应公开项目数", "Disclosure items expected",
			"当年应公开的项目数：已有的公开数据行，加上列入名单的企业在列入年度至数据日期上一年间每年应公开、却没有任何记录的污染物与排放口组合（该企业在任一年度公开过的组合）。",
			"Items expected in the year: the disclosure rows present, plus, for every listed enterprise and every year from its first listing to the year before the data date, each pollutant and outlet it has disclosed in any year but has no row for.", "", nil},
		"disclosure_missing": {"未公开项目数", "Items not disclosed",
			"应公开项目中未公开的数量：有空缺数值的数据行，加上没有任何记录的应公开项目。删除一行完整的数据会使其加 1，应公开项目数不变。",
			"Expected items not disclosed: rows with an empty value plus expected items with no row at all. Deleting a complete row raises it by one and leaves the expected items unchanged.", "", nil},
		"disclosed_route_unstated": {"公开途径未注明数", "Disclosures, medium not stated",
			"当年公布排放情况的事件中，既未注明媒体也无链接的数量。", "Disclosure events of the year that name neither a medium nor a link.", "", nil},
		"rectifications_ordered": {"责令改正数", "Rectification orders", "当年下达的责令限期改正命令数。",
			"Rectification orders issued in the year.", "", nil},
		"years.rectifications_open": {"其中整改中", "Of those, open", "其中截至数据日期仍在整改期内（或未注明期限）的数量。",
			"Of those, the orders still open as of the data date.", "", nil},
		"years.rectifications_overdue": {"其中逾期未整改", "Of those, overdue", "其中截至数据日期已过期限仍未整改的数量。",
			"Of those, the orders past their deadline and not rectified as of the data date.", "", nil},
	}
	for _, p := range []struct{ col, zh, en string }{{"cod", "化学需氧量", "COD"}, {"so2", "二氧化硫", "SO2"}, {"nox", "氮氧化物", "NOx"}, {"nh3n", "氨氮", "ammonia nitrogen"}} {
		docs[p.col+"_verified_t"] = fieldDoc{p.zh + "核定削减量", p.en + " reduction verified",
			"当年完成的方案中，截至数据日期已核定并纳入减排核算的" + p.zh + "削减量（已申报削减量见 " + p.col + "_t）。",
			"Of the " + p.en + " reduction of options completed in the year, the part verified and counted in the emission-reduction accounting by the data date (the claimed reduction is " + p.col + "_t).",
			"t/a", nil}
	}
	for k, v := range docs {
		fieldDocs[k] = v
	}
}
