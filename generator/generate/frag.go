package generate

import (
	"cpportal/search/contract"
	"strconv"
	"strings"
)

// frag renders the HTML body of one page in one language. The bodies carry the data-heavy
// markup (timelines, charts, tables) so that Hugo only wraps them: rendering them here is
// several times cheaper than in templates and can be tested without Hugo.
type frag struct {
	markup
	t    *texts
	base string // site path prefix of the language: "/" or "/en/" (under the base URL's path)
	seq  int    // numbers the ids of the page's charts
	defs bool   // the charts' shared patterns are written (in the page's first chart)

	tableAt   int      // where the open table's rows start in the buffer
	tableCols []string // the open table's column headings, for its cells' data-label
}

func (g *generator) newFrag(lang string) (*frag, error) {
	t, err := loadTexts(lang)
	if err != nil {
		return nil, err
	}
	base := g.basePath
	if lang != defaultLang {
		base += lang + "/"
	}
	return &frag{t: t, base: base}, nil
}

// fragments renders a page body in the default language and in every other language of
// Input.Languages, and writes each to fragments/<lang>/<rel> in the project; the page's
// template reads the one of its language (partial fragment.html).
func (g *generator) fragments(rel string, render func(*frag)) error {
	return g.main.fragments(rel, render)
}

// fragments is generator.fragments with the pen's own renderers and files.
func (p *pen) fragments(rel string, render func(*frag)) error {
	for _, lang := range p.g.langs {
		f, err := p.fragFor(lang)
		if err != nil {
			return err
		}
		f.reset()
		render(f)
		if err := p.out.file("fragments/"+lang+"/"+rel, f.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// fragFor returns the pen's renderer of lang, made once.
func (p *pen) fragFor(lang string) (*frag, error) {
	if f, ok := p.frags[lang]; ok {
		return f, nil
	}
	f, err := p.g.newFrag(lang)
	if err != nil {
		return nil, err
	}
	p.frags[lang] = f
	return f, nil
}

// reset empties the fragment for the next page, keeping its buffer.
func (f *frag) reset() {
	f.Reset()
	f.seq = 0
	f.defs = false
}

// T is f.t.T.
func (f *frag) T(key string, args ...any) string { return f.t.T(key, args...) }

// url returns the page-relative URL of a site path such as "enterprises/X/".
func (f *frag) url(path string) string { return f.base + path }

// nextID returns a new id for an element of the page.
func (f *frag) nextID(prefix string) string {
	f.seq++
	return prefix + "-" + strconv.Itoa(f.seq)
}

// heading opens a section with an h2 whose id is the section's anchor.
func (f *frag) section(id, title string) {
	f.open("section", "aria-labelledby", id)
	f.elem("h2", title, "id", id)
}

// ignored is the attribute pair that keeps an element's text out of the search index
// (data-search-ignore): explanations repeated on every page of a kind, labels of figures, and
// other records' text, which would make every page of the kind match their words.
var ignored = []string{contract.AttrIgnore, ""}

// note writes a paragraph of explanation that every page of its kind repeats: shown, not indexed.
func (f *frag) note(text string) { f.elem("p", text, ignored...) }

// tableOpen opens a scrollable, labelled table with its caption and header row.
func (f *frag) tableOpen(class, caption string, ignore bool, cols ...string) {
	attrs := []string{"class", "table-wrap", "role", "region", "aria-label", caption, "tabindex", "0"}
	if ignore {
		attrs = append(attrs, contract.AttrIgnore, "")
	}
	f.open("div", attrs...)
	f.open("table", "class", class+" cards-narrow")
	f.elem("caption", caption)
	if ignore {
		f.raw("<thead><tr>")
	} else {
		f.raw(`<thead ` + contract.AttrIgnore + `=""><tr>`) // column headings repeat on every page
	}
	for _, c := range cols {
		f.elem("th", c, "scope", "col")
	}
	f.raw("</tr></thead><tbody>")
	f.tableAt, f.tableCols = f.Len(), cols
}

// tableClose ends the table opened by tableOpen, giving its cells their column's heading
// (tablecards.go).
func (f *frag) tableClose() {
	f.raw("</tbody></table></div>")
	f.labelRows()
}

// labelRows gives the cells written since tableOpen their column headings.
func (f *frag) labelRows() {
	if f.tableCols == nil || f.tableAt > f.Len() {
		return
	}
	labelled := labelCells(f.Bytes()[f.tableAt:], f.tableCols)
	f.Truncate(f.tableAt)
	f.Write(labelled)
	f.tableCols = nil
}

// cell writes a <td> with escaped text.
func (f *frag) cell(s string) { f.elem("td", s) }

// ignoredCell writes a <td> whose text is shown but not indexed.
func (f *frag) ignoredCell(s string) { f.elem("td", s, ignored...) }

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
