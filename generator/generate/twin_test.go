package generate

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// jsonNames lists the json names of a struct type's fields, in order.
func jsonNames(t reflect.Type) []string {
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// TestTwinFieldsDocumented: data/README.md names every field of the enterprise's JSON twin
// and of its options, so the published format and its documentation stay in step.
func TestTwinFieldsDocumented(t *testing.T) {
	data, err := os.ReadFile("../../data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "## The enterprise's JSON twin\n")
	if !ok {
		t.Fatal(`data/README.md has no section "The enterprise's JSON twin"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, typ := range []reflect.Type{reflect.TypeFor[enterpriseTwin](), reflect.TypeFor[twinOption]()} {
		for _, name := range jsonNames(typ) {
			if !strings.Contains(section, "`"+name+"`") {
				t.Errorf("%s field %q is not documented in data/README.md's section on the JSON twin", typ.Name(), name)
			}
		}
	}
}

// TestTwinOptionReductions: the twin's option carries one amount per kind options record, in
// the kinds' order and under their column names, null when not given.
func TestTwinOptionReductions(t *testing.T) {
	var cols []string
	for _, k := range domain.OptionReductionKinds {
		cols = append(cols, k.Column())
	}
	names := strings.Join(jsonNames(reflect.TypeFor[twinOption]()), ",")
	if !strings.Contains(names, ",completed,"+strings.Join(cols, ",")+",verified") {
		t.Errorf("twinOption fields %s; want the reduction columns %v between completed and verified", names, cols)
	}

	var o domain.Option
	for i, k := range domain.OptionReductionKinds {
		if k != domain.ReduceNOx {
			o.Reductions.Set(k, float64(i+1))
		}
	}
	b, err := json.Marshal(twinOf(&derive.Enterprise{Options: []domain.Option{o}}, derive.Summary{}))
	if err != nil {
		t.Fatal(err)
	}
	var back struct{ Options []map[string]any }
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for i, k := range domain.OptionReductionKinds {
		got, want := back.Options[0][k.Column()], any(float64(i+1))
		if k == domain.ReduceNOx {
			want = nil
		}
		if got != want {
			t.Errorf("%s = %v, want %v", k.Column(), got, want)
		}
	}
}
