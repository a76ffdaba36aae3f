package index

import (
	"bytes"
	"encoding/json"

	"cpportal/search/contract"
)

// facet returns a pointer to the values of the named contract facet, nil for a name that is
// not a stored facet.
func (f *Fields) facet(name string) *[]string {
	switch name {
	case contract.FacetCity:
		return &f.City
	case contract.FacetIndustry:
		return &f.Industry
	case contract.FacetLevel:
		return &f.Level
	case contract.FacetYear:
		return &f.Year
	case contract.FacetReason:
		return &f.Reason
	case contract.FacetOverdue:
		return &f.Overdue
	case contract.FacetCounty:
		return &f.County
	case contract.FacetStatus:
		return &f.Status
	}
	return nil
}

// Values returns the hit's values of a stored facet (contract.Stored), nil for any other name.
func (f Fields) Values(name string) []string {
	if p := f.facet(name); p != nil {
		return *p
	}
	return nil
}

// fieldsOf reads a hit's fields through strs, which returns a stored field's values.
func fieldsOf(id, lang string, strs func(name string) []string) Fields {
	f := Fields{ID: id, Lang: lang}
	for _, name := range contract.Stored {
		*f.facet(name) = strs(name)
	}
	return f
}

// MarshalJSON writes the fields as one object keyed by the contract's names, the record key
// and language first, then the facets in contract.Stored order; empty ones are left out.
func (f Fields) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	put := func(name string, v any) error {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(name)
		b.Write(k)
		b.WriteByte(':')
		raw, err := json.Marshal(v)
		b.Write(raw)
		return err
	}
	if f.ID != "" {
		if err := put(contract.FieldID, f.ID); err != nil {
			return nil, err
		}
	}
	if f.Lang != "" {
		if err := put(contract.FieldLang, f.Lang); err != nil {
			return nil, err
		}
	}
	for _, name := range contract.Stored {
		if vs := f.Values(name); len(vs) > 0 {
			if err := put(name, vs); err != nil {
				return nil, err
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Fields) UnmarshalJSON(data []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*f = Fields{}
	for name, raw := range m {
		var err error
		switch p := f.facet(name); {
		case name == contract.FieldID:
			err = json.Unmarshal(raw, &f.ID)
		case name == contract.FieldLang:
			err = json.Unmarshal(raw, &f.Lang)
		case p != nil:
			err = json.Unmarshal(raw, p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
