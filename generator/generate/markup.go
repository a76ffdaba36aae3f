package generate

import (
	"bytes"
	"strconv"
	"strings"

	"cpportal/generator/derive"
	"cpportal/generator/domain"
)

// markup builds an HTML fragment. Every value that comes from the data goes through text or
// attr, which escape it; raw is only for markup written here.
type markup struct {
	bytes.Buffer // keeps its capacity across Reset, so rendering page after page does not regrow it
}

// escaper escapes text and attribute values. Besides the five HTML specials it escapes "{":
// the fragments become Hugo content bodies, where "{{<" and "{{%" would start a shortcode.
var escaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "{", "&#123;",
)

func esc(s string) string { return escaper.Replace(s) }

func (m *markup) raw(parts ...string) *markup {
	for _, p := range parts {
		m.WriteString(p)
	}
	return m
}

// text writes s escaped.
func (m *markup) text(s string) *markup {
	escaper.WriteString(&m.Buffer, s)
	return m
}

// open writes a start tag with attributes given as name, value pairs; values are escaped.
func (m *markup) open(tag string, attrs ...string) *markup {
	m.WriteByte('<')
	m.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.WriteByte(' ')
		m.WriteString(attrs[i])
		m.WriteString(`="`)
		escaper.WriteString(&m.Buffer, attrs[i+1])
		m.WriteByte('"')
	}
	m.WriteByte('>')
	return m
}

func (m *markup) close(tag string) *markup {
	m.WriteString("</")
	m.WriteString(tag)
	m.WriteByte('>')
	return m
}

// elem writes <tag attrs>text</tag>, the text escaped.
func (m *markup) elem(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// link writes an <a> to href with the text escaped.
func (m *markup) link(href, text string, attrs ...string) *markup {
	return m.open("a", append([]string{"href", href}, attrs...)...).text(text).close("a")
}

// date writes a <time> element, or "—" for no date.
func (m *markup) date(d domain.Date) *markup {
	if d.IsZero() {
		return m.raw("—")
	}
	s := d.String()
	return m.open("time", "datetime", s).text(s).close("time")
}

// num formats an amount with at most three decimals and no trailing zeros, as the templates do.
func num(x float64) string { return groupDigits(plainNum(x)) }

// plainNum is num without thousands separators, for attributes that programs read.
func plainNum(x float64) string {
	s := strconv.FormatFloat(derive.Round(x, 3), 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// groupDigits puts a thousands separator into the integer part of a formatted number of five
// digits or more (12,345; 1234 stays as it is, as years and codes read).
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) < 5 {
		return sign + s
	}
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// optNum formats an optional amount; "—" when absent.
func optNum(x *float64) string {
	if x == nil {
		return "—"
	}
	return num(*x)
}

// percent formats a share (0.5) as "50%"; "—" when there is none.
func percent(share *float64) string {
	if share == nil {
		return "—"
	}
	return pct(share)
}
