package importer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"cpportal/domain"
)

// Field is what a column of a published list holds.
type Field string

const (
	FieldUnknown  Field = ""         // a column the importer does not understand
	FieldSeq      Field = "seq"      // 序号
	FieldName     Field = "name"     // 企业名称
	FieldUSCC     Field = "uscc"     // 统一社会信用代码
	FieldRegion   Field = "region"   // 地市, 县（市、区）
	FieldIndustry Field = "industry" // 行业
	FieldReasons  Field = "reasons"  // 列入原因
	FieldLevel    Field = "level"    // 监管级别
	FieldOrgCode  Field = "org_code" // 组织机构代码 (registry spreadsheets)
	FieldAddress  Field = "address"  // 地址 (registry spreadsheets)
)

// headerAliases are the column titles seen in published lists, by field. They are compared
// after domain.NormalizeName, so bracket widths and spaces do not matter.
var headerAliases = map[Field][]string{
	FieldSeq:      {"序号", "编号", "序"},
	FieldName:     {"企业名称", "单位名称", "企业(单位)名称", "单位(企业)名称", "企业单位名称", "排污单位名称", "公司名称", "name"},
	FieldUSCC:     {"统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "uscc", "credit_code"},
	FieldRegion:   {"地市", "所在地", "所在地市", "县(市、区)", "所在县(市、区)", "地区", "所属地区", "所属地市", "区县", "县区", "所在区县", "辖区", "城市", "地级市", "区", "所在区", "县(区)", "县(市)", "city", "county"},
	FieldIndustry: {"行业", "所属行业", "行业类别", "行业类型", "行业分类", "行业代码", "industry"},
	FieldOrgCode:  {"组织机构代码", "机构代码", "组织机构代码证号", "org_code"},
	FieldAddress:  {"地址", "企业地址", "详细地址", "注册地址", "生产地址", "生产经营场所地址", "address"},
	FieldReasons:  {"列入原因", "审核原因", "类型", "列入类型", "审核类型", "原因", "实施强制性清洁生产审核原因"},
	FieldLevel:    {"监管级别", "类别", "控制级别", "监控级别", "重点监控级别", "级别", "企业类别"},
}

// headerField maps a normalised column title to its field.
var headerField = func() map[string]Field {
	m := map[string]Field{}
	for f, names := range headerAliases {
		for _, n := range names {
			m[domain.NormalizeName(n)] = f
		}
	}
	return m
}()

// fieldOfHeader returns the field a column title names, FieldUnknown when none.
func fieldOfHeader(title string) Field {
	return headerField[strings.ToLower(domain.NormalizeName(title))]
}

// LocKind says which kind of file a location points into.
type LocKind int

const (
	LocLine LocKind = iota // a CSV line
	LocRow                 // a row of an HTML table
	LocCell                // a cell of an XLSX sheet
)

// Loc is where a row of a published list was read: the line of a CSV file where the record
// starts, the row of the HTML table counted from its first <tr>, or the sheet row of a workbook.
type Loc struct {
	Kind  LocKind
	N     int    // line or row number, from 1
	Sheet string // the sheet's name, for LocCell
}

// At names the place of the cell in column col (from 0) of the row as staff would look it up:
// "line 7", "row 7" or "Sheet1!B7".
func (l Loc) At(col int) string {
	switch l.Kind {
	case LocCell:
		return fmt.Sprintf("%s!%s%d", l.Sheet, columnLetters(col), l.N)
	case LocRow:
		return fmt.Sprintf("row %d", l.N)
	default:
		return fmt.Sprintf("line %d", l.N)
	}
}

// columnLetters is the spreadsheet name of column col (from 0): A … Z, AA ….
func columnLetters(col int) string {
	var b []byte
	for col++; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

// SkipKind is why a row of the table was not taken as a list member.
type SkipKind string

const (
	SkipBlank     SkipKind = "blank row"
	SkipCaption   SkipKind = "caption row"
	SkipHeader    SkipKind = "repeated header row"
	SkipTotal     SkipKind = "total row"
	SkipNoName    SkipKind = "row without an enterprise name"
	SkipDuplicate SkipKind = "enterprise listed twice"
)

// Skip is a row that was read but not written, and why.
type Skip struct {
	Where string   // line, row or cell
	Kind  SkipKind // why
	Text  string   // the row's distinct non-empty cells, for recognising it
	n     int      // the line or row number, for listing skipped rows in file order
}

// Row is a data row of a table, with exactly one cell per header column.
type Row struct {
	Cells []string
	Loc   Loc
}

// Table is the list found in a published file.
type Table struct {
	File     string   // the file as named by the caller
	Place    string   // which table or sheet of the file: "table 2", "sheet 名单"; "" for CSV
	Encoding string   // the detected text encoding (CSV)
	Header   []string // column titles as written (spaces collapsed)
	Fields   []Field  // what each column holds; FieldUnknown for a column not understood
	Rows     []Row    // the rows that name an enterprise
	Skipped  []Skip   // rows above and below the header that name none
	Notes    []string // things staff should know about the file as a whole
}

// Col returns the index of the first column holding f, or -1.
func (t *Table) Col(f Field) int {
	for i, g := range t.Fields {
		if g == f {
			return i
		}
	}
	return -1
}

// Value returns the cell of row r for field f ("" when the table has no such column). Several
// region columns (地市 and 县（市、区）) are joined with a space.
func (t *Table) Value(r Row, f Field) string {
	var parts []string
	for i, g := range t.Fields {
		if g == f && r.Cells[i] != "" {
			parts = append(parts, r.Cells[i])
			if f != FieldRegion {
				break
			}
		}
	}
	return strings.Join(parts, " ")
}

// Unmapped returns the titles of the columns that were not understood, including a second
// column for a field already held by an earlier one.
func (t *Table) Unmapped() []string {
	var out []string
	for i, f := range t.Fields {
		if f == FieldUnknown && t.Header[i] != "" {
			out = append(out, t.Header[i])
		}
	}
	return out
}

// grid is a reader's output before the header is known: the expanded cells of one HTML table,
// one sheet or one CSV file, and where each row came from.
type grid struct {
	place string
	rows  [][]string
	locs  []Loc
}

// maxColumns bounds the width of a table so that a hostile colspan or merged range cannot make
// the importer allocate without limit; published lists have about ten columns.
const maxColumns = 256

// cleanCell collapses the whitespace of a cell (line breaks, non-breaking and ideographic
// spaces) into single spaces and trims it. A space between two Chinese characters is dropped:
// it is a line break of the page or a stray keystroke, never part of a name.
func cleanCell(s string) string {
	var b strings.Builder
	for i, part := range strings.Fields(s) {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(part)
			if !(isWide(prev) && isWide(next)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(part)
	}
	return b.String()
}

// isWide reports whether r is a Chinese character or full-width punctuation, around which
// Chinese text has no spaces.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// headerRow returns the index of the first row with a column titled as the enterprise name.
func headerRow(g grid) int {
	for i, row := range g.rows {
		for _, c := range row {
			if fieldOfHeader(c) == FieldName {
				return i
			}
		}
	}
	return -1
}

// errNoNameColumn explains that none of the tables of a file has an enterprise-name column and
// shows what the first one starts with, so staff can see which file they picked.
func errNoNameColumn(file, what string, grids []grid) error {
	seen := ""
	for _, g := range grids {
		for _, row := range g.rows {
			if text := rowText(row); text != "" {
				seen = fmt.Sprintf("; the first %s starts with %q", what, text)
				break
			}
		}
		if seen != "" {
			break
		}
	}
	return fmt.Errorf("%s: no %s has a column for the enterprise name (企业名称 or 单位名称)%s", file, what, seen)
}

// buildTable takes the first grid with a header row and turns it into a Table: rows above the
// header are captions, rows below it are members unless they are blank, totals, repeated
// headers or captions spanning the whole width.
func buildTable(file string, grids []grid) (*Table, bool) {
	for _, g := range grids {
		h := headerRow(g)
		if h < 0 {
			continue
		}
		t := &Table{File: file, Place: g.place}
		t.Header = g.rows[h]
		t.Fields = make([]Field, len(t.Header))
		seen := map[Field]bool{}
		for i, title := range t.Header {
			f := fieldOfHeader(title)
			if seen[f] && f != FieldRegion {
				f = FieldUnknown // a second column for the same field: report it, use the first
			}
			seen[f] = true
			t.Fields[i] = f
		}
		for i, row := range g.rows {
			switch {
			case i < h:
				kind := SkipCaption
				if rowText(row) == "" {
					kind = SkipBlank
				}
				t.Skipped = append(t.Skipped, Skip{Where: g.locs[i].At(firstFilled(row)), Kind: kind, Text: rowText(row), n: g.locs[i].N})
			case i > h:
				t.addRow(row, g.locs[i])
			}
		}
		return t, true
	}
	return nil, false
}

// addRow classifies a row below the header and keeps it as a member row or as a skipped one.
func (t *Table) addRow(cells []string, loc Loc) {
	width := len(t.Header)
	if extra := rowText(cells[min(width, len(cells)):]); extra != "" {
		t.Notes = append(t.Notes, fmt.Sprintf("%s: cells beyond the last titled column ignored: %s", loc.At(width), extra))
	}
	row := Row{Cells: make([]string, width), Loc: loc}
	copy(row.Cells, cells)
	name := t.Col(FieldName)
	skip := func(kind SkipKind, col int) {
		t.Skipped = append(t.Skipped, Skip{Where: loc.At(col), Kind: kind, Text: rowText(row.Cells), n: loc.N})
	}
	switch {
	case rowText(row.Cells) == "":
		skip(SkipBlank, 0)
	case fieldOfHeader(row.Cells[name]) == FieldName || sameTitles(row.Cells, t.Header):
		skip(SkipHeader, name)
	case isTotalRow(row.Cells):
		skip(SkipTotal, firstFilled(row.Cells))
	case spansWholeRow(row.Cells):
		skip(SkipCaption, 0)
	case row.Cells[name] == "":
		skip(SkipNoName, firstFilled(row.Cells))
	default:
		t.Rows = append(t.Rows, row)
	}
}

// totalWords start the rows that sum up a list or a section of it.
var totalWords = []string{"合计", "总计", "小计", "共计", "累计", "总数"}

// isTotalRow reports whether a cell of the row starts with a word of totalWords.
func isTotalRow(cells []string) bool {
	for _, c := range cells {
		n := domain.NormalizeName(c)
		for _, w := range totalWords {
			if strings.HasPrefix(n, w) {
				return true
			}
		}
	}
	return false
}

// spansWholeRow reports whether every cell holds the same text, as a section title or a note
// merged across the whole table does once the merge is expanded.
func spansWholeRow(cells []string) bool {
	if len(cells) < 2 {
		return false
	}
	for _, c := range cells {
		if c == "" || c != cells[0] {
			return false
		}
	}
	return true
}

// sameTitles reports whether a row repeats the header, as lists printed over several pages do.
func sameTitles(cells, header []string) bool {
	for i := range header {
		if domain.NormalizeName(cells[i]) != domain.NormalizeName(header[i]) {
			return false
		}
	}
	return true
}

// firstFilled returns the index of the first non-empty cell, 0 when all are empty.
func firstFilled(cells []string) int {
	for i, c := range cells {
		if c != "" {
			return i
		}
	}
	return 0
}

// rowText joins the distinct non-empty cells of a row, in order, so that an expanded merge
// shows once.
func rowText(cells []string) string {
	var parts []string
	for _, c := range cells {
		if c != "" && (len(parts) == 0 || parts[len(parts)-1] != c) {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " | ")
}
