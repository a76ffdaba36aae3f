package opendata

import (
	"reflect"
	"strings"
	"testing"

	"cpportal/domain"
)

// TestReductionColumnsFollowTheKinds: every download with reduction columns has one per kind,
// consecutive, in the kinds' order: the options' kinds for options and sums, the library's
// benefits for case studies.
func TestReductionColumnsFollowTheKinds(t *testing.T) {
	columns := func(kinds []domain.ReductionKind) string {
		var cols []string
		for _, k := range kinds {
			cols = append(cols, k.Column())
		}
		return strings.Join(cols, ",")
	}
	var benefitKinds []domain.ReductionKind
	for _, k := range domain.ReductionKinds {
		if _, ok := k.Benefit(); ok {
			benefitKinds = append(benefitKinds, k)
		}
	}
	for typ, want := range map[reflect.Type]string{
		reflect.TypeFor[EnterpriseRow](): columns(domain.OptionReductionKinds),
		reflect.TypeFor[OptionRow]():     columns(domain.OptionReductionKinds),
		reflect.TypeFor[YearRow]():       columns(domain.OptionReductionKinds),
		reflect.TypeFor[CaseRow]():       columns(benefitKinds),
	} {
		var names []string
		for _, c := range columnsOf(typ) {
			names = append(names, c.name)
		}
		if !strings.Contains(","+strings.Join(names, ",")+",", ","+want+",") {
			t.Errorf("%s columns %v; want %s in a row", typ.Name(), names, want)
		}
	}
}
