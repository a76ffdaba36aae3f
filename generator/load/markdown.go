package load

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdown parses case-study bodies in the dialect Hugo renders them with: its default
// goldmark extensions (GFM tables, strikethrough, linkify and task lists, typographer,
// definition lists, footnotes), heading attributes and automatic heading ids, plus the CJK
// extension so that line breaks between Chinese characters do not become spaces. What the
// checks here see is what the site will show.
var markdown = goldmark.New(
	goldmark.WithExtensions(
		extension.Table,
		extension.Strikethrough,
		extension.Linkify,
		extension.TaskList,
		extension.Typographer,
		extension.DefinitionList,
		extension.Footnote,
		extension.NewCJK(extension.WithEastAsianLineBreaks(), extension.WithEscapedSpace()),
	),
	goldmark.WithParserOptions(parser.WithAttribute(), parser.WithAutoHeadingID()),
)

// parseMarkdown returns the document tree of a markdown body.
func parseMarkdown(src []byte) ast.Node {
	return markdown.Parser().Parse(text.NewReader(src))
}

// inlineText returns the plain text of a node's inline content: the characters a reader sees,
// without markup, raw HTML or link targets.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	writeInline(&b, n, src)
	return strings.TrimSpace(b.String())
}

func writeInline(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			switch {
			case c.HardLineBreak():
				b.WriteByte(' ')
			case c.SoftLineBreak():
				writeSoftBreak(b, c, src)
			}
		case *ast.String:
			if c.IsCode() {
				b.WriteString(html.UnescapeString(string(c.Value))) // typographer entities
			} else {
				b.Write(c.Value)
			}
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.RawHTML, *east.TaskCheckBox, *east.FootnoteLink, *east.FootnoteBacklink:
			// markup, not text
		default:
			writeInline(b, c, src)
		}
	}
}

// writeSoftBreak writes what a soft line break reads as: nothing between two East Asian wide
// characters (Chinese text wraps without spaces), a space otherwise.
func writeSoftBreak(b *strings.Builder, t *ast.Text, src []byte) {
	prev, _ := utf8.DecodeLastRune(t.Segment.Value(src))
	next := rune(0)
	if nt, ok := t.NextSibling().(*ast.Text); ok {
		next, _ = utf8.DecodeRune(nt.Segment.Value(src))
	}
	if isWide(prev) && (next == 0 || isWide(next)) {
		return
	}
	b.WriteByte(' ')
}

func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// blockText returns the plain text of a whole document, one line per block (paragraph,
// heading, list item, table row, code block, definition, footnote).
func blockText(doc ast.Node, src []byte) string {
	var lines []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.ThematicBreak:
			return
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(src))
			}
			if s := strings.TrimRight(b.String(), "\n"); s != "" {
				lines = append(lines, s)
			}
			return
		case *east.TableRow, *east.TableHeader:
			var cells []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, inlineText(c, src))
			}
			lines = append(lines, strings.Join(cells, " "))
			return
		}
		if hasInlineChildren(n) {
			if s := inlineText(n, src); s != "" {
				lines = append(lines, s)
			}
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(lines, "\n")
}

// hasInlineChildren reports whether n is a block whose content is inline text (a paragraph,
// heading, tight list item's text block, definition term).
func hasInlineChildren(n ast.Node) bool {
	c := n.FirstChild()
	return n.Type() == ast.TypeBlock && c != nil && c.Type() == ast.TypeInline
}

// firstParagraph returns the first paragraph of a document, or nil.
func firstParagraph(doc ast.Node) ast.Node {
	var found ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if _, ok := n.(*ast.Paragraph); ok {
			found = n
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}
