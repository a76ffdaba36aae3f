package opendata

import (
	"path"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// The structs below are a Frictionless Data Package (v1, profile tabular-data-package). Field
// order is the key order of datapackage.json.

type dataPackage struct {
	Profile     string       `json:"profile"`
	Name        string       `json:"name"`
	Title       string       `json:"title"`
	Description string       `json:"description"`
	Created     string       `json:"created"` // the as-of date, never the time of the build
	Licenses    []License    `json:"licenses"`
	Keywords    []string     `json:"keywords"`
	Sources     []dpSource   `json:"sources,omitempty"`
	Resources   []dpResource `json:"resources"`
}

type dpSource struct {
	Title string `json:"title"`
	Email string `json:"email,omitempty"`
}

type dpResource struct {
	Profile     string    `json:"profile"`
	Name        string    `json:"name"`
	Path        string    `json:"path"`
	Title       string    `json:"title"`
	Description string    `json:"description"`
	Format      string    `json:"format"`
	Mediatype   string    `json:"mediatype"`
	Encoding    string    `json:"encoding"`
	Bytes       int64     `json:"bytes"`
	Hash        string    `json:"hash"`
	Dialect     dpDialect `json:"dialect"`
	Schema      dpSchema  `json:"schema"`
}

type dpDialect struct {
	Delimiter      string `json:"delimiter"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	DoubleQuote    bool   `json:"doubleQuote"`
	Header         bool   `json:"header"`
}

type dpSchema struct {
	Fields        []dpField `json:"fields"`
	PrimaryKey    []string  `json:"primaryKey,omitempty"`
	MissingValues []string  `json:"missingValues"`
}

type dpField struct {
	Name        string         `json:"name"`
	Type        string         `json:"type"`
	Format      string         `json:"format,omitempty"`
	Title       string         `json:"title"`
	Description string         `json:"description"`
	Unit        string         `json:"unit,omitempty"` // custom property: the value's unit
	Constraints *dpConstraints `json:"constraints,omitempty"`
}

type dpConstraints struct {
	Enum []string `json:"enum,omitempty"`
}

// csvNote explains the CSV conventions in the package description, in both languages.
const csvNote = "CSV 为带字节序标记（BOM）的 UTF-8，CRLF 换行；空单元格表示无值或未公开；" +
	"以 = + - @ 等字符开头的文本前加单引号 '，以免电子表格当作公式执行，读取时去掉该单引号即为原值。\n" +
	"CSV files are UTF-8 with a byte-order mark and CRLF line ends; an empty cell is an absent or undisclosed value; " +
	"a text cell that starts with = + - @ (or another character a spreadsheet reads as a formula) has a single quote ' " +
	"put in front so that spreadsheets do not evaluate it; remove that quote to get the value."

func dataPackageOf(ds *domain.Dataset, f *derive.Facts, opts Options, tables []table) dataPackage {
	p := dataPackage{
		Profile:     "tabular-data-package",
		Name:        opts.Name,
		Title:       CleanText(ds.Site.Title),
		Description: packageDescription(ds, f) + "\n\n" + csvNote,
		Created:     f.AsOf.Time().Format("2006-01-02T15:04:05-07:00"),
		Licenses:    []License{opts.License},
		Keywords:    keywords,
		Resources:   []dpResource{},
	}
	if ds.Site.Title != "" {
		p.Sources = []dpSource{{Title: CleanText(ds.Site.Title), Email: CleanText(ds.Site.Email)}}
	}
	for _, t := range tables {
		schema := dpSchema{Fields: make([]dpField, len(t.Fields)), PrimaryKey: t.PrimaryKey, MissingValues: []string{""}}
		for i, fd := range t.Fields {
			df := dpField{
				Name: fd.Name, Type: fd.Type, Title: fd.Title,
				Description: fd.Description + "\n" + fd.DescriptionEN, Unit: fd.Unit,
			}
			if fd.Enum != nil {
				df.Constraints = &dpConstraints{Enum: fd.Enum}
			}
			schema.Fields[i] = df
		}
		for _, file := range t.Files {
			if file.Format != "csv" {
				continue
			}
			name, title := t.Name, t.Title+" / "+t.TitleEN
			if file.Path != t.CSV {
				batch := strings.TrimSuffix(path.Base(file.Path), ".csv")
				name = t.Name + "-" + strings.ToLower(batch)
				title = t.Title + "（" + batch + "）/ " + t.TitleEN + " (" + batch + ")"
			}
			p.Resources = append(p.Resources, dpResource{
				Profile: "tabular-data-resource", Name: name, Path: file.Path, Title: title,
				Description: t.Description + "\n" + t.DescriptionEN,
				Format:      "csv", Mediatype: "text/csv", Encoding: "utf-8-sig",
				Bytes: file.Bytes, Hash: "sha256:" + file.SHA256,
				Dialect: dpDialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
				Schema:  schema,
			})
		}
	}
	return p
}

var keywords = []string{"清洁生产", "强制性清洁生产审核", "污染物排放", "广东", "cleaner production", "compulsory audit", "emissions", "Guangdong"}

// packageDescription says what the data is, for whom it was counted, and whether it is
// fictional sample data, in both languages.
func packageDescription(ds *domain.Dataset, f *derive.Facts) string {
	province := CleanText(ds.Site.Province)
	if province == "" {
		province = "广东省"
	}
	d := province + "强制性清洁生产审核信息公开数据：审核名单、企业名录及审核状态、主要污染物排放公开、审核事项、清洁生产方案、技术案例和年度汇总。数据截至 " +
		f.AsOf.String() + "。\n" +
		"Open data on compulsory cleaner-production audits in " + provinceEN(province) + ": audit lists, the enterprise registry with audit standing, emission disclosures, audit events, improvement options, case studies and yearly summaries, as of " +
		f.AsOf.String() + "."
	if ds.Site.Sample {
		d += "\n本数据为虚构的示例数据，不反映任何真实企业。\nThis is fictional sample data; it describes no real enterprise."
	}
	return d
}

func provinceEN(province string) string {
	if province == "广东省" {
		return "Guangdong Province"
	}
	return province
}
