package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"cpportal/domain"
)

const casesDir = "content/cases"

// caseSections are the level-2 headings every case study needs: the problem, the technology,
// and the investment with its benefits.
var caseSections = []string{"问题", "技术方案", "投资与效益"}

// caseRef is a link from one case study to another, checked once all cases are known.
type caseRef struct {
	slug string
	pos  domain.Pos
}

// loadCases reads content/cases/*.md (the section page _index.md excepted). A source folder
// without case studies is fine.
func loadCases(fsys fs.FS, ps *domain.Problems) []domain.Case {
	entries, err := fs.ReadDir(fsys, casesDir)
	if err != nil {
		if !errNotExist(err) {
			*ps = append(*ps, fileProblem(casesDir, err))
		}
		return nil
	}
	var cases []domain.Case
	var refs []caseRef
	slugs := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".md" || name == "_index.md" {
			continue
		}
		file := path.Join(casesDir, name)
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			*ps = append(*ps, fileProblem(file, err))
			continue
		}
		data, bad := decodeText(file, data)
		if bad != nil {
			*ps = append(*ps, *bad)
			continue
		}
		c, caseRefs := parseCase(fsys, file, data, ps)
		slugs[c.Slug] = true
		refs = append(refs, caseRefs...)
		cases = append(cases, c)
	}
	for _, r := range refs {
		if !slugs[r.slug] {
			*ps = append(*ps, domain.Problem{Pos: r.pos, Field: "link", Message: "no case study " + r.slug,
				Hint: "case studies are the files in content/cases/"})
		}
	}
	return cases
}

// parseCase reads one case study: its front matter, then its markdown body. fsys is used to
// check that relative file links resolve; links to other cases are returned for checking.
func parseCase(fsys fs.FS, file string, data []byte, ps *domain.Problems) (domain.Case, []caseRef) {
	slug := strings.TrimSuffix(path.Base(file), ".md")
	c := domain.Case{Slug: slug, Src: domain.Source{File: file, Line: 1}}
	if !isSlug(slug) {
		*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: file}, Message: "file name " + slug +
			" is not a page name", Hint: "use lower-case letters, digits and -, e.g. dyeing-water-reuse.md"})
	}
	front, body, bodyLine, ok := splitFrontMatter(data)
	if !ok {
		*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: file, Line: 1, Col: 1},
			Message: "missing front matter", Hint: "the file starts with a line ---, the YAML keys, and a line ---", Unreadable: true})
		return c, nil
	}
	parseCaseFront(&c, front, ps)
	checkBodyText(ps, file, bodyLine, body)
	if n := utf8.RuneCount(body); n > maxCaseBody {
		*ps = append(*ps, domain.Problem{Pos: domain.Pos{File: file, Line: bodyLine, Col: 1}, Field: "body",
			Message: fmt.Sprintf("the body is %s characters long; at most %s are allowed", thousands(n), thousands(maxCaseBody)),
			Hint:    "split it into several case studies or link to a document"})
	}
	c.Body = string(body)

	doc := parseMarkdown(body)
	at := bodyPositions{file: file, firstLine: bodyLine, lines: newLineIndex(body)}
	checkSections(doc, body, at, ps)
	checkMarkdownOnly(doc, body, at, ps)
	if p := firstParagraph(doc); p != nil {
		c.Summary = inlineText(p, body)
	}
	c.PlainText = blockText(doc, body)
	var refs []caseRef
	c.Links, refs = checkLinks(fsys, slug, doc, body, at, ps)
	return c, refs
}

// splitFrontMatter splits "---\n<yaml>\n---\n<body>"; bodyLine is the body's first line.
func splitFrontMatter(data []byte) (front, body []byte, bodyLine int, ok bool) {
	line, _, found := bytes.Cut(data, []byte("\n"))
	if !found || string(bytes.TrimRight(line, " \t\r")) != "---" {
		return nil, nil, 0, false
	}
	start := len(line) + 1
	off, n := start, 2
	for off <= len(data) {
		end := bytes.IndexByte(data[off:], '\n')
		var l []byte
		if end < 0 {
			l = data[off:]
		} else {
			l = data[off : off+end]
		}
		if string(bytes.TrimRight(l, " \t\r")) == "---" {
			front = data[start:off]
			if end < 0 {
				return front, nil, n + 1, true
			}
			return front, data[off+end+1:], n + 1, true
		}
		if end < 0 {
			break
		}
		off += end + 1
		n++
	}
	return nil, nil, 0, false
}

// parseCaseFront decodes the front matter, which starts on the file's second line.
func parseCaseFront(c *domain.Case, front []byte, ps *domain.Problems) {
	d := &yamlDoc{src: c.Src, lineOffset: 1, ps: ps}
	root, ok := d.parseYAML(front)
	if !ok {
		return
	}
	var costClass string
	d.mapping(root, []yamlKey{
		{name: "title", required: true, decode: yamlText(&c.Title, true)},
		{name: "uscc", decode: yamlText(&c.USCC, false)},
		{name: "industry", required: true, decode: yamlText(&c.Industry, true)},
		{name: "technology", required: true, decode: yamlText(&c.Technology, true)},
		{name: "problem", required: true, decode: yamlText(&c.Problem, true)},
		{name: "benefits", decode: benefitList(&c.Benefits)},
		{name: "cost_class", decode: yamlText(&costClass, false)},
		{name: "investment_wan", decode: yamlNumber(&c.InvestmentWan)},
		{name: "benefit_wan", decode: yamlNumber(&c.BenefitWan)},
		{name: "payback_years", decode: yamlNumber(&c.PaybackYears)},
		{name: "reductions", decode: reductionMap(&c.Reductions)},
		{name: "date", required: true, decode: yamlDate(&c.Date, true)},
		{name: "demonstration", decode: yamlBool(&c.Demonstration)},
		{name: "demonstration_doc", decode: yamlText(&c.DemonstrationDoc, false)},
	})
	if c.DemonstrationDoc != "" && !c.Demonstration {
		ps.AddHint(d.src, "demonstration_doc", "add demonstration: true, or remove the document",
			"names the document that selected a demonstration technology, but demonstration is not true")
	}
	c.Src = d.src
	if cc := domain.CostClass(costClass); cc != "" {
		if cc.Valid() {
			c.CostClass = cc
		} else {
			ps.Add(c.Src, "cost_class", "%q is not one of %s", costClass, joinEnum(domain.CostClasses))
		}
	}
}

// benefitList decodes a list of benefit keys (cod, water …).
func benefitList(dst *[]domain.Benefit) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.problem(key, "write a list, e.g. [cod, water]", "must be a list of benefit keys")
			return
		}
		for _, item := range n.Content {
			v, ok := d.scalar(key, item)
			if !ok {
				continue
			}
			b := domain.Benefit(v)
			switch {
			case !b.Valid():
				*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(item), Field: key,
					Message: "\"" + v + "\" is not one of " + joinEnum(domain.Benefits)})
			case containsBenefit(*dst, b):
				*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(item), Field: key, Message: "\"" + v + "\" is given twice"})
			default:
				*dst = append(*dst, b)
			}
		}
	}
}

func containsBenefit(bs []domain.Benefit, b domain.Benefit) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

// reductionMap decodes "reductions: {cod: 12.5, water: 30000}": each key a benefit, at the
// position recorded as "reductions.<key>".
func reductionMap(dst *domain.Reductions) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.MappingNode {
			d.problem(key, "write benefit: amount pairs, e.g. {cod: 12.5, water: 30000}", "must be a mapping of benefits to amounts")
			return
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			kn, vn := n.Content[i], n.Content[i+1]
			field := key + "." + kn.Value
			if seen[kn.Value] {
				*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(kn), Field: field, Message: "key appears twice"})
				continue
			}
			seen[kn.Value] = true
			d.src.Lines[field] = kn.Line + d.lineOffset
			d.src.Cols[field] = max(kn.Column, 1)
			var amount *float64
			yamlNumber(&amount)(d, field, vn)
			if amount == nil {
				if kn.Kind == yaml.ScalarNode && vn.Kind == yaml.ScalarNode && vn.Tag == "!!null" {
					*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(kn), Field: field, Message: "amount is missing"})
				}
				continue
			}
			k, ok := domain.ReductionOf(domain.Benefit(kn.Value))
			if !ok {
				d.ps.AddHint(d.src, field, "the benefits are "+joinEnum(domain.Benefits), "unknown benefit %q", kn.Value)
				continue
			}
			dst.Set(k, *amount)
		}
	}
}
