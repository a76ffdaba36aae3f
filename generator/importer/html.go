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
	rows := ownRows(table)
	var carry []pending // by column: cells spanning down from rows above
	for n, tr := range rows {
		var out []string
		col := 0
		// fill copies the cells spanning down from the rows above into the columns from col on,
		// up to the first column that is free.
		fill := func() {
			for col < len(carry) && carry[col].left > 0 {
				out = append(out, carry[col].text)
				carry[col].left--
				col++
			}
		}
		for cell := tr.FirstChild; cell != nil; cell = cell.NextSibling {
			if cell.Type != html.ElementNode || (cell.Data != "td" && cell.Data != "th") {
				continue
			}
			fill()
			text := cleanCell(cellText(cell))
			colspan := span(cell, "colspan", maxColumns)
			rowspan := span(cell, "rowspan", len(rows)-n)
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
		}
		fill()
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

// ownRows returns the rows of a table itself, in document order: its <tr> children and those
// of its thead, tbody and tfoot, but not the rows of tables nested in its cells. Going down
// from the table rather than up from every row keeps pages with deeply nested tables linear.
func ownRows(table *goquery.Selection) []*html.Node {
	var rows []*html.Node
	for _, t := range table.Nodes {
		for c := t.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.Data == "tr":
				rows = append(rows, c)
			case c.Data == "thead" || c.Data == "tbody" || c.Data == "tfoot":
				for r := c.FirstChild; r != nil; r = r.NextSibling {
					if r.Type == html.ElementNode && r.Data == "tr" {
						rows = append(rows, r)
					}
				}
			}
		}
	}
	return rows
}

// span reads a rowspan or colspan attribute: 1 when absent or not a number, at most limit.
// Zero is kept for rowspan (it means "to the end of the table"); browsers read colspan="0" as 1.
func span(cell *html.Node, attr string, limit int) int {
	for _, a := range cell.Attr {
		if a.Key != attr {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(a.Val))
		switch {
		case err != nil || n < 0:
			return 1
		case n == 0 && attr == "colspan":
			return 1
		}
		return min(n, max(limit, 1))
	}
	return 1
}

// cellText is the text of a cell with <br> and block boundaries read as spaces, so that a
// title broken over two lines stays two words until cleanCell joins them with one space.
// Text inside nested tables is included, as a browser shows it.
func cellText(cell *html.Node) string {
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
	for c := cell.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	return b.String()
}
