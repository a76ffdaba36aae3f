package feeds

import (
	"bytes"
	"encoding/xml"
	"time"

	"cpportal/domain"
)

// The structs below are an Atom 1.0 document (RFC 4287). encoding/xml escapes every text and
// attribute value, so no value from the data can add markup; CleanText has already removed the
// characters XML 1.0 does not allow.

// atomNS is the Atom namespace; xmlNS is the namespace of the xml: prefix (xml:lang).
const (
	atomNS = "http://www.w3.org/2005/Atom"
	xmlNS  = "http://www.w3.org/XML/1998/namespace"
)

type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID       string      `xml:"id"`
	Title    atomText    `xml:"title"`
	Subtitle atomText    `xml:"subtitle"`
	Updated  string      `xml:"updated"`
	Links    []atomLink  `xml:"link"`
	Author   atomPerson  `xml:"author"`
	Entries  []atomEntry `xml:"entry"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

func plain(s string) atomText { return atomText{Type: "text", Body: s} }

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name  string `xml:"name"`
	URI   string `xml:"uri,omitempty"`
	Email string `xml:"email,omitempty"`
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Links      []atomLink     `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Summary    atomText       `xml:"summary"`
	Categories []atomCategory `xml:"category"`
}

// stamp is a date as an Atom date construct: midnight in China, 2009-01-31T00:00:00+08:00.
func stamp(d domain.Date) string { return d.Time().Format(time.RFC3339) }

// encode serialises a feed as a UTF-8 XML document ending in a line feed.
func encode(f *atomFeed) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	b.WriteString("\n")
	return b.Bytes(), nil
}
