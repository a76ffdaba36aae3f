package opendata

import (
	"fmt"
	"reflect"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// Resource documents one table of the downloads: the /data/ page lists it with every field,
// and datapackage.json describes its CSV files with the same words.
type Resource struct {
	Name          string   `json:"name"`           // enterprises
	CSV           string   `json:"csv"`            // enterprises.csv, relative to /data/
	JSON          string   `json:"json"`           // enterprises.json
	PerBatch      string   `json:"per_batch"`      // lists/<batch>.csv when the table is also split by list, else ""
	Title         string   `json:"title"`          // Chinese
	TitleEN       string   `json:"title_en"`       // English
	Description   string   `json:"description"`    // Chinese
	DescriptionEN string   `json:"description_en"` // English
	PrimaryKey    []string `json:"primary_key"`    // columns that identify a row
	Fields        []Field  `json:"fields"`

	docGroup string       // where fieldDocs looks first for this table's columns
	rowType  reflect.Type // the row struct the table is written from
}

// Field documents one column (CSV) or key (JSON) of a table.
type Field struct {
	Name          string   `json:"name"`
	Type          string   `json:"type"` // Table Schema type: string, integer, number, date, boolean
	Title         string   `json:"title"`
	TitleEN       string   `json:"title_en"`
	Description   string   `json:"description"`
	DescriptionEN string   `json:"description_en"`
	Unit          string   `json:"unit,omitempty"` // mg/L, t/a, 万元 … ("" when the value has no unit)
	Enum          []string `json:"enum,omitempty"` // codes the value is one of, when it is a code
	List          bool     `json:"list,omitempty"` // an array in JSON, items joined by ";" in CSV
}

// resourceDefs are the tables in the order the /data/ page and datapackage.json list them.
var resourceDefs = []Resource{
	{Name: "enterprises", Title: "企业名录及审核状态", TitleEN: "Enterprise registry with audit standing",
		Description:   "企业名录中的每家企业，附截至数据日期的审核阶段、逾期事项、中高费方案完成情况和已完成方案的削减量。",
		DescriptionEN: "Every enterprise of the registry with its audit stage, overdue steps, completion of medium/high-cost options and the reductions of its completed options, as of the data date.",
		PrimaryKey:    []string{"uscc"}, rowType: reflect.TypeFor[EnterpriseRow]()},
	{Name: "batches", Title: "审核名单", TitleEN: "Audit lists",
		Description:   "截至数据日期已发布的每批强制性清洁生产审核名单。",
		DescriptionEN: "Every compulsory cleaner-production audit list published by the data date.",
		PrimaryKey:    []string{"batch"}, rowType: reflect.TypeFor[BatchRow]()},
	{Name: "lists", PerBatch: "lists/<batch>.csv", Title: "名单企业及法定事项", TitleEN: "Listed enterprises and their legal steps",
		Description:   "每批名单所列的每家企业，及公布排放情况（1 个月）、启动审核（2 个月）、提交审核报告（1 年）三项法定事项的期限、完成日期和状态。另按批次分文件。",
		DescriptionEN: "Every enterprise on every list, with the due date, completion date and status of the three legal steps: disclosure (1 month), audit start (2 months), audit report (1 year). Also split into one file per list.",
		PrimaryKey:    []string{"batch", "uscc"}, rowType: reflect.TypeFor[ListRow]()},
	{Name: "disclosures", Title: "主要污染物排放公开", TitleEN: "Emission disclosures",
		Description:   "企业公开的主要污染物排放情况，每行为一个年度、一个排放口的一种污染物；空单元格表示未公开。",
		DescriptionEN: "Main pollutant emissions the enterprises disclosed, one pollutant at one outlet in one year per row; an empty cell means not disclosed.",
		rowType:       reflect.TypeFor[DisclosureRow]()},
	{Name: "audits", Title: "审核事项记录", TitleEN: "Audit events",
		Description:   "每轮审核的各项有日期的事项：公布、登记、启动、报告、评估、验收、责令改正等。",
		DescriptionEN: "Dated steps of every audit round: disclosure, registration, start, report, evaluation, acceptance, rectification orders.",
		rowType:       reflect.TypeFor[AuditRow]()},
	{Name: "options", Title: "清洁生产方案", TitleEN: "Improvement options",
		Description:   "审核提出的清洁生产方案，含费用类别、投资、实施状态和年削减量。",
		DescriptionEN: "Improvement options of the audits with cost class, investment, status and yearly reductions.",
		PrimaryKey:    []string{"uscc", "batch", "option_id"}, rowType: reflect.TypeFor[OptionRow]()},
	{Name: "cases", Title: "技术案例", TitleEN: "Case studies",
		Description:   "技术案例库的案例：企业、行业、技术、投资、效益和摘要（不含正文）。",
		DescriptionEN: "Case studies of the technology library: enterprise, industry, technology, investment, benefits and summary (not the full text).",
		PrimaryKey:    []string{"slug"}, rowType: reflect.TypeFor[CaseRow]()},
	{Name: "city-years", Title: "地市年度汇总", TitleEN: "Yearly summaries by city",
		Description:   "各地市每年的汇总：列入、按期公布、启动、报告、评估、验收、中高费方案完成和削减量。",
		DescriptionEN: "Each city's yearly summary: listings, timely disclosure, starts, reports, evaluations, acceptances, medium/high-cost options completed and reductions.",
		PrimaryKey:    []string{"code", "year"}, docGroup: "years", rowType: reflect.TypeFor[YearRow]()},
	{Name: "industry-years", Title: "行业年度汇总", TitleEN: "Yearly summaries by industry",
		Description:   "各行业每年的汇总，口径同地市年度汇总。",
		DescriptionEN: "Each industry's yearly summary, counted as the city summaries are.",
		PrimaryKey:    []string{"code", "year"}, docGroup: "years", rowType: reflect.TypeFor[YearRow]()},
	{Name: "province-years", Title: "全省年度汇总", TitleEN: "Yearly summaries of the province",
		Description:   "全省每年的汇总，口径同地市年度汇总。",
		DescriptionEN: "The province's yearly summary, counted as the city summaries are.",
		PrimaryKey:    []string{"code", "year"}, docGroup: "years", rowType: reflect.TypeFor[YearRow]()},
	{Name: "agencies", Title: "审核咨询机构", TitleEN: "Consulting agencies",
		Description:   "审核咨询机构及其服务过的审核轮次的记录：轮次、企业、报告按期与逾期、评估验收结果。数字描述记录，不评价机构的工作质量。",
		DescriptionEN: "Consulting agencies with the records of the audit rounds they served: rounds, enterprises, reports on time and late, evaluation and acceptance results. The figures describe records, not the quality of an agency's work.",
		PrimaryKey:    []string{"agency"}, docGroup: "agencies", rowType: reflect.TypeFor[AgencyRow]()},
	{Name: "agency-years", Title: "咨询机构年度记录", TitleEN: "Consulting agencies by year",
		Description:   "每家审核咨询机构每年的记录，口径同审核咨询机构表。",
		DescriptionEN: "Each consulting agency's record by year, counted as in the agencies table.",
		PrimaryKey:    []string{"agency", "year"}, docGroup: "agencies", rowType: reflect.TypeFor[AgencyYearRow]()},
	{Name: "city-reports", Title: "地市年度报告报送情况", TitleEN: "Cities' year-end reports",
		Description:   "各地级市每年向省级报送清洁生产审核工作报告（评估、验收、中高费方案实施和减排量）的情况：按期、逾期或未报送。没有报送记录文件时为空表。",
		DescriptionEN: "Each prefecture-level city's year-end report to the province (evaluations, acceptances, medium/high-cost options and reductions) by year: on time, late or missing. Empty when no reports are recorded.",
		PrimaryKey:    []string{"city", "year"}, docGroup: "reports", rowType: reflect.TypeFor[CityReportRow]()},
}

// Catalogue returns every table of the downloads with every field documented in Chinese and
// English, in the order the /data/ page shows them. It is the same text catalogue.json and
// datapackage.json carry.
func Catalogue() []Resource {
	out := make([]Resource, len(resourceDefs))
	for i, r := range resourceDefs {
		fields, err := fieldsOf(r)
		if err != nil {
			panic(err) // a column without documentation: the package tests catch it
		}
		r.CSV, r.JSON, r.Fields = r.Name+".csv", r.Name+".json", fields
		out[i] = r
	}
	return out
}

// fieldsOf documents every column of a table, or says which column has no documentation.
func fieldsOf(r Resource) ([]Field, error) {
	group := r.docGroup
	if group == "" {
		group = r.Name
	}
	cols := columnsOf(r.rowType)
	fields := make([]Field, len(cols))
	for i, c := range cols {
		d, ok := docFor(group, c.name)
		if !ok {
			return nil, fmt.Errorf("opendata: column %s of %s is not documented", c.name, r.Name)
		}
		fields[i] = Field{
			Name: c.name, Type: c.kind.schemaType(),
			Title: d.title, TitleEN: d.titleEN, Description: d.desc, DescriptionEN: d.descEN,
			Unit: d.unit, Enum: d.enum, List: c.kind == kindList,
		}
	}
	return fields, nil
}

// catalogueDoc is catalogue.json: what the /data/ page shows — every table with its fields in
// both languages and its files with sizes and digests, the as-of date and the licence.
type catalogueDoc struct {
	Title         string      `json:"title"`
	TitleEN       string      `json:"title_en"`
	AsOf          domain.Date `json:"as_of"`
	Sample        bool        `json:"sample"` // fictional sample data
	License       License     `json:"license"`
	Description   string      `json:"description"` // both languages
	Notes         []note      `json:"notes"`       // conventions of the files, both languages
	ListSeparator string      `json:"list_separator"`
	Tables        []table     `json:"tables"`
	DataPackage   FileInfo    `json:"datapackage"` // datapackage.json
	JSONLD        FileInfo    `json:"jsonld"`      // dataset.jsonld
}

type note struct {
	Text   string `json:"text"`
	TextEN string `json:"text_en"`
}

var catalogueNotes = []note{
	{"CSV 文件为带字节序标记（BOM）的 UTF-8 编码，可直接用 Excel 打开；首行为列名，CRLF 换行。",
		"CSV files are UTF-8 with a byte-order mark, so Excel opens them directly; the first row names the columns; lines end in CRLF."},
	{"空单元格（JSON 中为 null）表示无值；在排放公开数据中表示未公开。",
		"An empty cell (null in JSON) means no value; in the disclosures it means not disclosed."},
	{"以 = + - @、制表符或回车开头（或以单引号开头）的文本单元格，前面加了一个单引号 '，以防电子表格把它当作公式执行；去掉这一个单引号即为原值。数字列不受影响。",
		"A text cell that starts with = + - @, a tab or a carriage return (or with a single quote) has one single quote ' put in front, so that spreadsheets do not run it as a formula; remove that one quote to get the value. Number columns are never changed."},
	{"日期为 YYYY-MM-DD；数字为普通小数，不带千位分隔符；多值字段在 CSV 中以 ; 分隔，在 JSON 中为数组。",
		"Dates are YYYY-MM-DD; numbers are plain decimals without thousands separators; list fields are separated by ; in CSV and are arrays in JSON."},
	{"状态和汇总按数据日期计算，与网站页面一致；datapackage.json 以 Frictionless Data Package 格式描述每个 CSV 文件及其 SHA-256 校验值。",
		"Statuses and summaries are counted as of the data date, as on the site's pages; datapackage.json describes every CSV file with its SHA-256 digest as a Frictionless Data Package."},
}

func catalogueOf(ds *domain.Dataset, f *derive.Facts, opts Options, tables []table, pkg, ld FileInfo) catalogueDoc {
	return catalogueDoc{
		Title: CleanText(ds.Site.Title), TitleEN: CleanText(ds.Site.TitleEN),
		AsOf: f.AsOf, Sample: ds.Site.Sample, License: opts.License,
		Description: packageDescription(ds, f), Notes: catalogueNotes, ListSeparator: ListSeparator,
		Tables: tables, DataPackage: pkg, JSONLD: ld,
	}
}
