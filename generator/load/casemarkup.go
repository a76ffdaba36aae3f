package load

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"

	"cpportal/domain"
)

// checkMarkdownOnly refuses what would make a case body more than markdown on the site:
// Hugo shortcodes ({{< … >}} and {{% … %}}, which Hugo runs before reading the markdown, in
// code blocks too, and which embed videos, foreign images, QR codes or anything a theme
// offers) and heading or block attributes other than an id ({style=…}, {.class},
// {onclick=…}). Both are reported at the body's own line and column in the case file.
func checkMarkdownOnly(doc ast.Node, body []byte, at bodyPositions, ps *domain.Problems) {
	for off := 0; ; {
		i := bytes.Index(body[off:], []byte("{{"))
		if i < 0 {
			break
		}
		i += off
		if i+2 < len(body) && (body[i+2] == '<' || body[i+2] == '%') {
			end := min(len(body), i+40)
			if nl := bytes.IndexByte(body[i:end], '\n'); nl >= 0 {
				end = i + nl
			}
			*ps = append(*ps, domain.Problem{Pos: at.at(i), Field: "body",
				Message: fmt.Sprintf("shortcode %q: case studies are markdown only", string(body[i:end])),
				Hint:    "write the content as markdown (a link instead of an embed); to show the characters, put a space after {{"})
		}
		off = i + 2
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		for _, a := range n.Attributes() {
			if string(a.Name) == "id" {
				continue
			}
			*ps = append(*ps, domain.Problem{Pos: at.at(attributeOffset(n, body)), Field: "body",
				Message: fmt.Sprintf("attribute %q: only {#id} may follow a heading", string(a.Name)),
				Hint:    "styles and classes come from the site's theme; remove the attribute"})
		}
		return ast.WalkContinue, nil
	})
}

// attributeOffset finds the "{" that opens a block's attribute list: the last one on the
// block's last line (goldmark keeps no position for attributes).
func attributeOffset(n ast.Node, body []byte) int {
	lines := n.Lines()
	if lines.Len() == 0 {
		return 0
	}
	last := lines.At(lines.Len() - 1)
	lineEnd := bytes.IndexByte(body[last.Start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(body)
	} else {
		lineEnd += last.Start
	}
	lineStart := bytes.LastIndexByte(body[:last.Start], '\n') + 1
	if i := bytes.LastIndexByte(body[lineStart:lineEnd], '{'); i >= 0 {
		return lineStart + i
	}
	return lineStart
}
