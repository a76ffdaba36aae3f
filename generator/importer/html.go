package importer

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// ReadHTML reads the page of a notice and returns the first table whose header names the
// enterprise. Pages often wrap the list in layout tables, so every table is looked at on its
// own rows only. Rowspan and colspan are expanded: a county written once for three rows
// belongs to all three.
func ReadHTML(file string, r io.Reader) (*Table, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot parse the page: %w", file, err)
	}
	var grids []grid
	doc.Find("table").Each(func(i int, table *goquery.Selection) {
		grids = append(grids, htmlGrid(table, fmt.Sprintf("table %d", i+1)))
	})
	if len(grids) == 0 {
		return nil, fmt.Errorf("%s: the page has no table (<table>); save the notice page that shows the list, or its attachment", file)
	}
	t, ok := buildTable(file, grids)
	if !ok {
		return nil, errNoNameColumn(file, "table", grids)
	}
	if len(grids) == 1 {
		t.Place = ""
	}
	return t, nil
}

// pending is a cell that spans into rows below the one it is written in.
type pending struct {
	text string
	left int // rows still to cover
}

// htmlGrid expands one table into a grid. Rows of nested tables belong to those tables and are
// left out.
func htmlGrid(table *goquery.Selection, place string) grid {
	g := grid{place: place}
	var rows []*goquery.Selection
	table.Find("tr").Each(func(_ int, tr *goquery.Selection) {
		if tr.Closest("table").IsSelection(table) {
			rows = append(rows, tr)
		}
	})
	var carry []pending // by column: cells spanning down from rows above
	for n, tr := range rows {
		var out []string
		col := 0
		// fill copies spanned cells from the rows above into the current row up to column end.
		fill := func(end int) {
			for col < end && col < len(carry) && carry[col].left > 0 {
				out = append(out, carry[col].text)
				carry[col].left--
				col++
			}
		}
		tr.ChildrenFiltered("td, th").Each(func(_ int, cell *goquery.Selection) {
			fill(len(carry))
			text := cleanCell(cellText(cell))
			colspan := span(cell, "colspan", 1, maxColumns)
			rowspan := span(cell, "rowspan", 1, len(rows)-n)
			if rowspan == 0 { // rowspan="0": to the end of the table
				rowspan = len(rows) - n
			}
			for k := 0; k < colspan && col < maxColumns; k++ {
				out = append(out, text)
				for len(carry) <= col {
					carry = append(carry, pending{})
				}
				carry[col] = pending{text: text, left: rowspan - 1}
				col++
			}
		})
		fill(len(carry))
		// Cells spanning down past a short row still occupy their columns.
		for c := col; c < len(carry); c++ {
			if carry[c].left > 0 {
				for len(out) < c {
					out = append(out, "")
				}
				out = append(out, carry[c].text)
				carry[c].left--
			}
		}
		g.rows = append(g.rows, out)
		g.locs = append(g.locs, Loc{Kind: LocRow, N: n + 1})
	}
	return g
}

// span reads a rowspan or colspan attribute: def when absent or not a number, at most limit.
// Zero is kept (it means "to the end" for rowspan); browsers treat colspan="0" as 1.
func span(cell *goquery.Selection, attr string, def, limit int) int {
	v, ok := cell.Attr(attr)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	switch {
	case err != nil || n < 0:
		return def
	case n == 0 && attr == "colspan":
		return 1
	}
	return min(n, max(limit, 1))
}

// cellText is the text of a cell with <br> and block boundaries read as spaces, so that a
// title broken over two lines stays two words until cleanCell joins them with one space.
// Text inside nested tables is included, as a browser shows it.
func cellText(cell *goquery.Selection) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "br", "p", "div", "li", "tr", "td", "th":
				b.WriteByte(' ')
			case "script", "style":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range cell.Nodes {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	return b.String()
}
