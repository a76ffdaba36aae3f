package domain

import (
	"strings"
	"testing"
)

// TestCheckUSCCAuthorityAndType completes codes for every pair of positions 1–2 the standard
// defines (all must pass) and for pairs it does not (all must be refused naming the position).
func TestCheckUSCCAuthorityAndType(t *testing.T) {
	defined := []string{"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49",
		"51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93", "A1", "A9",
		"N1", "N2", "N3", "N9", "Y1"}
	for _, head := range defined {
		code, err := CompleteUSCC(head + "449901MA59AB12")
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckUSCC(code); err != nil {
			t.Errorf("CheckUSCC(%q) = %v, want valid (%s is defined)", code, err, head)
		}
	}
	refused := map[string]string{
		"01": `position 1 '0' is no registration authority`,
		"B1": `position 1 'B' is no registration authority`,
		"10": `position 2 '0' is no entity type registered by 机构编制 (authority 1: 1, 2, 3, 9)`,
		"54": `position 2 '4' is no entity type registered by 民政 (authority 5: 1, 2, 3, 9)`,
		"94": `position 2 '4' is no entity type registered by 工商 (authority 9: 1, 2, 3)`,
		"99": `position 2 '9' is no entity type registered by 工商 (authority 9: 1, 2, 3)`,
		"Y2": `position 2 '2' is no entity type registered by 其他 (authority Y: 1)`,
		"9A": `position 2 'A' is no entity type registered by 工商`,
	}
	for head, want := range refused {
		code, err := CompleteUSCC(head + "449901MA59AB12")
		if err != nil {
			t.Fatal(err)
		}
		err = CheckUSCC(code)
		if err == nil {
			t.Errorf("CheckUSCC(%q) accepted positions 1–2 %q", code, head)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("CheckUSCC(%q) = %v, want it to say %q", code, err, want)
		}
	}
}

// TestCheckUSCCAllZero: eighteen zeros pass both check sums, but are a placeholder.
func TestCheckUSCCAllZero(t *testing.T) {
	code := "000000000000000000"
	if _, ok := USCCCheck(code[:17]); !ok {
		t.Fatal("zeros are in the alphabet")
	}
	err := CheckUSCC(code)
	if err == nil || err.Error() != `credit code "000000000000000000" is all zeros, a placeholder, not a code` {
		t.Errorf("CheckUSCC(all zeros) = %v", err)
	}
}

func TestUSCCEntityType(t *testing.T) {
	for code, want := range map[string][2]string{"91": {"工商", "企业"}, "92": {"工商", "个体工商户"}, "12": {"机构编制", "事业单位"}, "Y1": {"其他", "其他"}} {
		a, e, ok := USCCEntityType(code)
		if !ok || a != want[0] || e != want[1] {
			t.Errorf("USCCEntityType(%q) = %q, %q, %v; want %v", code, a, e, ok, want)
		}
	}
	if _, _, ok := USCCEntityType("9"); ok {
		t.Error("one character accepted")
	}
}
