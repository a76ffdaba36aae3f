package load

import (
	"bytes"
	"io/fs"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"

	"cpportal/domain"
)

// bodyPositions maps byte offsets in a case body to positions in its file.
type bodyPositions struct {
	file      string
	firstLine int // the file line the body starts on
	lines     lineIndex
}

func (b bodyPositions) at(off int) domain.Pos {
	off = max(0, min(off, len(b.lines.data)))
	line := 1 + bytes.Count(b.lines.data[:off], []byte{'\n'})
	col := b.lines.runeCol(line, off-b.lines.starts[line-1]+1)
	return domain.Pos{File: b.file, Line: b.firstLine + line - 1, Col: col}
}

// checkSections reports the level-2 headings a reader needs that the body lacks.
func checkSections(doc ast.Node, src []byte, at bodyPositions, ps *domain.Problems) {
	have := map[string]bool{}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			have[inlineText(h, src)] = true
		}
	}
	var missing []string
	for _, s := range caseSections {
		if !have[s] {
			missing = append(missing, s)
		}
	}
	if len(missing) > 0 {
		*ps = append(*ps, domain.Problem{Pos: at.at(0), Field: "body",
			Message: "missing section " + strings.Join(missing, ", "),
			Hint:    "a case study has the level-2 headings ## " + strings.Join(caseSections, ", ## ")})
	}
}

// Sections of the portal the generator makes pages for. Links into them are checked by
// package validate against the records (Case.Links); links to other site pages must name a
// page under content/.
var (
	recordSections    = map[string]bool{"enterprises": true, "lists": true, "cities": true, "industries": true}
	generatedSections = map[string]bool{"": true, "policy": true, "search": true}
)

// checkLinks resolves every link and image of a body the way a browser would from the case's
// page (/cases/<slug>/) and checks that it leads somewhere: another case study (returned as a
// caseRef), a record page (returned as a CaseLink for validate), a file in static/ or content/,
// or a hand-written page in content/. External http(s) and mailto links are left alone;
// script and data URLs are refused because the site must run nothing from a link.
func checkLinks(fsys fs.FS, slug string, doc ast.Node, src []byte, at bodyPositions, ps *domain.Problems) ([]domain.CaseLink, []caseRef) {
	var links []domain.CaseLink
	var refs []caseRef
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest string
		switch l := n.(type) {
		case *ast.Link:
			dest = string(l.Destination)
		case *ast.Image:
			dest = string(l.Destination)
		default:
			return ast.WalkContinue, nil
		}
		pos := at.at(linkOffset(n, src))
		problem := func(msg, hint string) {
			*ps = append(*ps, domain.Problem{Pos: pos, Field: "link", Message: msg, Hint: hint})
		}
		u, err := url.Parse(dest)
		if err != nil {
			problem("\""+dest+"\" is not a valid link", "")
			return ast.WalkContinue, nil
		}
		switch strings.ToLower(u.Scheme) {
		case "http", "https", "mailto", "tel":
			return ast.WalkContinue, nil
		case "":
		default:
			problem("\""+dest+"\" uses the "+u.Scheme+": scheme", "links are http(s), mailto or site paths")
			return ast.WalkContinue, nil
		}
		if u.Host != "" || u.Path == "" {
			return ast.WalkContinue, nil // //host/… is external; #anchor and ?query stay on the page
		}
		p := u.Path
		if !strings.HasPrefix(p, "/") {
			p = path.Join("/cases", slug, p)
		}
		p = path.Clean(p)
		switch ext := path.Ext(p); {
		case ext == ".md":
			stem := strings.TrimSuffix(path.Base(p), ".md")
			problem("\""+dest+"\" links to a markdown file", "link to the page instead, e.g. ../"+stem+"/")
		case ext != "":
			if !exists(fsys, "static"+p) && !exists(fsys, "content"+p) {
				problem("\""+dest+"\" is not a file in static/ or content/", "")
			}
		default:
			segs := strings.Split(strings.Trim(p, "/"), "/")
			switch {
			case segs[0] == "cases" && len(segs) == 2:
				refs = append(refs, caseRef{slug: segs[1], pos: pos})
			case segs[0] == "cases" && len(segs) == 1, generatedSections[segs[0]] && len(segs) == 1:
			case recordSections[segs[0]]:
				links = append(links, domain.CaseLink{Path: p + "/", Pos: pos})
			case !contentPage(fsys, p):
				problem("\""+dest+"\" leads to no page", "site pages are "+strings.Join(
					[]string{"/enterprises/<uscc>/", "/lists/<id>/", "/cities/<code>/", "/industries/<code>/", "/cases/<slug>/"}, ", ")+
					" or pages in content/")
			}
		}
		return ast.WalkContinue, nil
	})
	return links, refs
}

// contentPage reports whether a site path is a hand-written page in content/.
func contentPage(fsys fs.FS, p string) bool {
	base := "content" + p
	return exists(fsys, base+".md") || exists(fsys, base+"/index.md") || exists(fsys, base+"/_index.md")
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// linkOffset returns the byte offset in the body where a link or image is written: its opening
// bracket (or "!["), found from the first text inside it, else the start of its block.
func linkOffset(n ast.Node, src []byte) int {
	off := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off >= 0 {
		if off > 0 && src[off-1] == '[' {
			off--
			if _, img := n.(*ast.Image); img && off > 0 && src[off-1] == '!' {
				off--
			}
		}
		return off
	}
	for b := n.Parent(); b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			return b.Lines().At(0).Start
		}
	}
	return 0
}
