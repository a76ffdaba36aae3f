package load

import (
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"cpportal/domain"
)

// yamlDoc decodes one YAML mapping (a site.yaml, a list's yaml, a case's front matter) into a
// typed record. Decoding goes key by key from the node tree rather than through yaml's
// struct decoding so that every key gets its own line and column, unknown and repeated keys
// are all reported, and one bad value does not hide the others.
type yamlDoc struct {
	src        domain.Source // File set by the caller; Lines and Cols filled per key
	lineOffset int           // lines before the YAML text in its file (front matter)
	ps         *domain.Problems
}

// yamlKey is one key a mapping may hold.
type yamlKey struct {
	name     string
	required bool
	decode   func(d *yamlDoc, key string, value *yaml.Node)
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML parses YAML text into its root mapping node. A syntax error becomes a problem at
// the line yaml names; an empty document or one that is not a mapping is a problem too.
func (d *yamlDoc) parseYAML(text []byte) (*yaml.Node, bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		msg, line := err.Error(), 0
		if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			line += d.lineOffset
			msg = m[2]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		*d.ps = append(*d.ps, domain.Problem{Pos: domain.Pos{File: d.src.File, Line: line, Col: 1},
			Message: "invalid YAML: " + msg, Unreadable: true})
		return nil, false
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		*d.ps = append(*d.ps, domain.Problem{Pos: domain.Pos{File: d.src.File, Line: max(d.lineOffset, 1), Col: 1},
			Message: "no YAML keys found"})
		return nil, false
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(root), Message: "must be a mapping of keys to values"})
		return nil, false
	}
	return root, true
}

// pos is a node's position in the file.
func (d *yamlDoc) pos(n *yaml.Node) domain.Pos {
	return domain.Pos{File: d.src.File, Line: n.Line + d.lineOffset, Col: max(n.Column, 1)}
}

// mapping decodes every key of m with the matching yamlKey, and reports unknown, repeated
// and missing keys. The record's Source gets the mapping's first line and, per key, the line
// of the key and the column of its value.
func (d *yamlDoc) mapping(m *yaml.Node, keys []yamlKey) {
	d.src.Line = m.Line + d.lineOffset
	if d.src.Cols == nil {
		d.src.Cols = map[string]int{}
	}
	if d.src.Lines == nil {
		d.src.Lines = map[string]int{}
	}
	byName := map[string]yamlKey{}
	names := make([]string, len(keys))
	for i, k := range keys {
		byName[k.name] = k
		names[i] = k.name
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		kn, vn := m.Content[i], m.Content[i+1]
		name := kn.Value
		k, known := byName[name]
		switch {
		case kn.Kind != yaml.ScalarNode || !known:
			*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(kn), Field: name, Message: "unknown key",
				Hint: "the keys are " + strings.Join(names, ", ")})
			continue
		case seen[name]:
			*d.ps = append(*d.ps, domain.Problem{Pos: d.pos(kn), Field: name, Message: "key appears twice"})
			continue
		}
		seen[name] = true
		d.src.Lines[name] = kn.Line + d.lineOffset
		d.src.Cols[name] = max(vn.Column, 1)
		k.decode(d, name, vn)
	}
	for _, k := range keys {
		if k.required && !seen[k.name] {
			*d.ps = append(*d.ps, domain.Problem{Pos: domain.Pos{File: d.src.File, Line: d.src.Line, Col: 1},
				Field: k.name, Message: "key is missing"})
		}
	}
}

// problem reports a bad value of key.
func (d *yamlDoc) problem(key, hint, format string, args ...any) {
	d.ps.AddHint(d.src, key, hint, format, args...)
}

// scalar returns a scalar's text; "" for null. Sequences and mappings are reported.
func (d *yamlDoc) scalar(key string, n *yaml.Node) (string, bool) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind != yaml.ScalarNode {
		d.problem(key, "", "must be a single value, not a %s", kindName(n.Kind))
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	checkText(d.ps, d.src, key, n.Value)
	return strings.TrimSpace(n.Value), true
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	}
	return "document"
}

// yamlText decodes a text value into *dst; a required key must not be empty.
func yamlText(dst *string, required bool) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		v, ok := d.scalar(key, n)
		if ok && v == "" && required {
			d.problem(key, "", "value is missing")
		}
		*dst = v
	}
}

// yamlDate decodes a YYYY-MM-DD value into *dst.
func yamlDate(dst *domain.Date, required bool) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		v, ok := d.scalar(key, n)
		if !ok {
			return
		}
		if v == "" {
			if required {
				d.problem(key, "", "value is missing")
			}
			return
		}
		t, err := domain.ParseDate(v)
		if err != nil {
			d.problem(key, "", "%s", err)
			return
		}
		*dst = t
	}
}

// yamlBool decodes true or false into *dst.
func yamlBool(dst *bool) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		v, ok := d.scalar(key, n)
		if !ok {
			return
		}
		switch v {
		case "true":
			*dst = true
		case "false", "":
			*dst = false
		default:
			d.problem(key, "", "%q is not true or false", v)
		}
	}
}

// yamlNumber decodes a plain non-negative decimal into *dst; empty leaves it nil.
func yamlNumber(dst **float64) func(*yamlDoc, string, *yaml.Node) {
	return func(d *yamlDoc, key string, n *yaml.Node) {
		v, ok := d.scalar(key, n)
		if !ok || v == "" {
			return
		}
		f, msg, hint := parseNumber(v)
		if msg == "" {
			msg = rangeProblem(key, v, f) // reductions.<benefit> falls to the general limit
		}
		if msg != "" {
			d.problem(key, hint, "%s", msg)
			return
		}
		*dst = &f
	}
}
