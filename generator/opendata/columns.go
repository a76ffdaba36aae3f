package opendata

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"cpportal/domain"
)

// cellKind is how a row field is written and which Table Schema type describes it.
type cellKind int

const (
	kindText    cellKind = iota // string: cleaned, and neutralised in CSV
	kindList                    // []string: a JSON array; in CSV the items joined by ListSeparator
	kindInteger                 // int
	kindNumber                  // *Number: plain decimal, empty when nil
	kindDate                    // domain.Date: YYYY-MM-DD, empty when zero
	kindBool                    // bool: true or false
	kindOptBool                 // *bool: true, false, or empty when unknown
)

// ListSeparator joins the items of a list column in CSV. Lists hold only codes of fixed
// vocabularies (reasons, benefits, item names), which never contain it.
const ListSeparator = ";"

// schemaType is the Frictionless Table Schema type of a kind. Lists are strings in CSV.
func (k cellKind) schemaType() string {
	switch k {
	case kindInteger:
		return "integer"
	case kindNumber:
		return "number"
	case kindDate:
		return "date"
	case kindBool, kindOptBool:
		return "boolean"
	}
	return "string"
}

// column is one field of a row type.
type column struct {
	name  string // the json tag: CSV header and JSON key
	index int    // field index in the struct
	kind  cellKind
}

var (
	dateType   = reflect.TypeFor[domain.Date]()
	numberType = reflect.TypeFor[*Number]()
	optBool    = reflect.TypeFor[*bool]()
)

// columnsOf lists the columns of a row struct type in field order. A field of a type the
// downloads do not know how to write is a programming error, caught by the package tests.
func columnsOf(t reflect.Type) []column {
	cols := make([]column, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			panic(fmt.Sprintf("opendata: %s.%s has no json name", t.Name(), f.Name))
		}
		var k cellKind
		switch {
		case f.Type == dateType:
			k = kindDate
		case f.Type == numberType:
			k = kindNumber
		case f.Type == optBool:
			k = kindOptBool
		case f.Type.Kind() == reflect.String:
			k = kindText
		case f.Type.Kind() == reflect.Int:
			k = kindInteger
		case f.Type.Kind() == reflect.Bool:
			k = kindBool
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
			k = kindList
		default:
			panic(fmt.Sprintf("opendata: %s.%s has type %s, which no column kind writes", t.Name(), f.Name, f.Type))
		}
		cols = append(cols, column{name: name, index: i, kind: k})
	}
	return cols
}

// cleanRow applies CleanText to every text and list field of the row v points to, so the CSV
// and the JSON file carry the same cleaned values. Lists are copied, never changed in place,
// because they may share memory with the facts.
func cleanRow(v reflect.Value, cols []column) {
	for _, c := range cols {
		f := v.Field(c.index)
		switch c.kind {
		case kindText:
			f.SetString(CleanText(f.String()))
		case kindList:
			out := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
			for i := range f.Len() {
				out.Index(i).SetString(CleanText(f.Index(i).String()))
			}
			f.Set(out)
		}
	}
}

// csvCells appends the CSV text of each column of the row v to dst. Text is neutralised
// against formulas; nothing else needs to be (see NeutraliseCell).
func csvCells(dst []string, v reflect.Value, cols []column) ([]string, error) {
	for _, c := range cols {
		f := v.Field(c.index)
		var s string
		switch c.kind {
		case kindText:
			s = NeutraliseCell(f.String())
		case kindList:
			items := make([]string, f.Len())
			for i := range items {
				items[i] = f.Index(i).String()
			}
			s = NeutraliseCell(strings.Join(items, ListSeparator))
		case kindInteger:
			s = strconv.FormatInt(f.Int(), 10)
		case kindNumber:
			if !f.IsNil() {
				n := f.Interface().(*Number)
				if !finite(float64(*n)) {
					return dst, fmt.Errorf("column %s: %v is not a number a download can carry", c.name, float64(*n))
				}
				s = n.String()
			}
		case kindDate:
			s = f.Interface().(domain.Date).String()
		case kindBool:
			s = strconv.FormatBool(f.Bool())
		case kindOptBool:
			if !f.IsNil() {
				s = strconv.FormatBool(f.Elem().Bool())
			}
		}
		dst = append(dst, s)
	}
	return dst, nil
}
