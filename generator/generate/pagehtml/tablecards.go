package pagehtml

import (
	"bytes"
	"strconv"
)

// Tables become cards on a phone: every row a box, every cell on a line of its own after its
// column's heading (the style sheet's table.cards-narrow, which writes a cell's data-label
// before it). So no table of the site scrolls sideways at 375 px. The headings are added to
// the cells when the table is closed, so the code writing the rows needs no change.

// labelCells gives every <td> of the table rows in body the heading of its column as
// data-label, counting the row headings (<th>) and colspans; cells that carry a data-label
// keep theirs.
func labelCells(body []byte, cols []string) []byte {
	var out bytes.Buffer
	out.Grow(len(body) + len(body)/4)
	col := 0
	for i := 0; i < len(body); {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 {
			out.Write(body[i:])
			break
		}
		out.Write(body[i : i+j])
		i += j
		switch {
		case hasTag(body[i:], "tr"):
			col = 0
		case hasTag(body[i:], "td"), hasTag(body[i:], "th"):
			end := bytes.IndexByte(body[i:], '>')
			if end < 0 {
				out.Write(body[i:])
				return out.Bytes()
			}
			tag := body[i : i+end]
			out.Write(tag)
			if col < len(cols) && tag[2] == 'd' && !bytes.Contains(tag, []byte("data-label=")) {
				out.WriteString(` data-label="`)
				out.WriteString(Esc(cols[col]))
				out.WriteByte('"')
			}
			col += colspan(tag)
			i += end
			continue
		}
		out.WriteByte('<')
		i++
	}
	return out.Bytes()
}

// hasTag reports whether s starts with the start tag <name followed by a space or ">".
func hasTag(s []byte, name string) bool {
	if len(s) < len(name)+2 || s[0] != '<' || string(s[1:1+len(name)]) != name {
		return false
	}
	c := s[1+len(name)]
	return c == ' ' || c == '>'
}

// colspan is the colspan of a cell's start tag, 1 when it has none.
func colspan(tag []byte) int {
	k := bytes.Index(tag, []byte(`colspan="`))
	if k < 0 {
		return 1
	}
	v := tag[k+len(`colspan="`):]
	if q := bytes.IndexByte(v, '"'); q >= 0 {
		if n, err := strconv.Atoi(string(v[:q])); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
