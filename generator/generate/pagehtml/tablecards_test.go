package pagehtml

import "testing"

// TestTableCellsCarryTheirHeadings: on a phone each cell of a table is shown after its
// column's heading, counted across row headings and spanned columns.
func TestTableCellsCarryTheirHeadings(t *testing.T) {
	got := string(labelCells([]byte(`<tr><th scope="row">2009</th><td colspan="2">—</td><td class="x">1<b>2</b></td></tr>`+
		`<tr><th scope="row">2010</th><td>a</td><td data-label="own">b</td><td>c</td></tr>`), []string{"年度", "A", "B", "C&D"}))
	want := `<tr><th scope="row">2009</th><td colspan="2" data-label="A">—</td><td class="x" data-label="C&amp;D">1<b>2</b></td></tr>` +
		`<tr><th scope="row">2010</th><td data-label="A">a</td><td data-label="own">b</td><td data-label="C&amp;D">c</td></tr>`
	if got != want {
		t.Errorf("labelCells =\n%s\nwant\n%s", got, want)
	}
}
