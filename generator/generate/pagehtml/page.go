package pagehtml

import (
	"strconv"

	"cpportal/search/contract"
)

// Page is the body of one page being written: the Writer and what the page's charts share.
type Page struct {
	Writer
	seq  int  // numbers the ids of the page's charts
	defs bool // the charts' shared patterns are written (in the page's first chart)

	tableAt   int      // where the open table's rows start in the buffer
	tableCols []string // the open table's column headings, for its cells' data-label
}

// Reset empties the page for the next one, keeping its buffer.
func (p *Page) Reset() {
	p.Writer.Reset()
	p.seq = 0
	p.defs = false
}

// NextID returns a new id for an element of the page.
func (p *Page) NextID(prefix string) string {
	p.seq++
	return prefix + "-" + strconv.Itoa(p.seq)
}

// Section opens a section with an h2 whose id is the section's anchor.
func (p *Page) Section(id, title string) {
	p.Open("section", "aria-labelledby", id)
	p.Elem("h2", title, "id", id)
}

// Ignored is the attribute pair that keeps an element's text out of the search index
// (data-search-ignore): explanations repeated on every page of a kind, labels of figures, and
// other records' text, which would make every page of the kind match their words.
var Ignored = []string{contract.AttrIgnore, ""}

// Note writes a paragraph of explanation that every page of its kind repeats: shown, not indexed.
func (p *Page) Note(text string) { p.Elem("p", text, Ignored...) }

// TableOpen opens a scrollable, labelled table with its caption and header row.
func (p *Page) TableOpen(class, caption string, ignore bool, cols ...string) {
	attrs := []string{"class", "table-wrap", "role", "region", "aria-label", caption, "tabindex", "0"}
	if ignore {
		attrs = append(attrs, contract.AttrIgnore, "")
	}
	p.Open("div", attrs...)
	p.Open("table", "class", class+" cards-narrow")
	p.Elem("caption", caption)
	if ignore {
		p.Raw("<thead><tr>")
	} else {
		p.Raw(`<thead ` + contract.AttrIgnore + `=""><tr>`) // column headings repeat on every page
	}
	for _, c := range cols {
		p.Elem("th", c, "scope", "col")
	}
	p.Raw("</tr></thead><tbody>")
	p.tableAt, p.tableCols = p.Len(), cols
}

// TableClose ends the table opened by tableOpen, giving its cells their column's heading
// (tablecards.go).
// TableClose closes what TableOpen opened.
func (p *Page) TableClose() {
	p.Raw("</tbody></table></div>")
	p.LabelRows()
}

// LabelRows gives the cells written since TableOpen their column headings.
func (p *Page) LabelRows() {
	if p.tableCols == nil || p.tableAt > p.Len() {
		return
	}
	labelled := labelCells(p.Bytes()[p.tableAt:], p.tableCols)
	p.Truncate(p.tableAt)
	p.Write(labelled)
	p.tableCols = nil
}

// Cell writes a <td> with escaped text.
func (p *Page) Cell(s string) { p.Elem("td", s) }

// IgnoredCell writes a <td> whose text is shown but not indexed.
func (p *Page) IgnoredCell(s string) { p.Elem("td", s, Ignored...) }
