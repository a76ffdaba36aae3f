package pagehtml

import (
	"bytes"
	"strings"

	"cpportal/domain"
)

// Writer builds an HTML fragment. Every value that comes from the data goes through Text or
// an attribute value of Open, which escape it; Raw is only for markup written in this program.
type Writer struct {
	bytes.Buffer // keeps its capacity across Reset, so rendering page after page does not regrow it
}

// escaper escapes text and attribute values. Besides the five HTML specials it escapes "{":
// the fragments become Hugo content bodies, where "{{<" and "{{%" would start a shortcode.
var escaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "{", "&#123;",
)

// Esc returns s escaped for text or an attribute value.
func Esc(s string) string { return escaper.Replace(s) }

// Raw writes markup of this program as it is; never a value from the data.
func (m *Writer) Raw(parts ...string) *Writer {
	for _, p := range parts {
		m.WriteString(p)
	}
	return m
}

// Text writes s escaped.
func (m *Writer) Text(s string) *Writer {
	escaper.WriteString(&m.Buffer, s)
	return m
}

// Open writes a start tag with attributes given as name, value pairs; values are escaped.
func (m *Writer) Open(tag string, attrs ...string) *Writer {
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

// Close writes the end tag of tag.
func (m *Writer) Close(tag string) *Writer {
	m.WriteString("</")
	m.WriteString(tag)
	m.WriteByte('>')
	return m
}

// Elem writes <tag attrs>text</tag>, the text escaped.
func (m *Writer) Elem(tag, text string, attrs ...string) *Writer {
	return m.Open(tag, attrs...).Text(text).Close(tag)
}

// Link writes an <a> to href with the text escaped.
func (m *Writer) Link(href, text string, attrs ...string) *Writer {
	return m.Open("a", append([]string{"href", href}, attrs...)...).Text(text).Close("a")
}

// Date writes a <time> element, or "—" for no date.
func (m *Writer) Date(d domain.Date) *Writer {
	if d.IsZero() {
		return m.Raw("—")
	}
	s := d.String()
	return m.Open("time", "datetime", s).Text(s).Close("time")
}
