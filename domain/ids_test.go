package domain

import (
	"strings"
	"testing"
)

func TestLocalID(t *testing.T) {
	a := LocalID("440600", "佛山市某某甲五金制品厂")
	if err := CheckLocalID(a); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a, "L440600-") || len(a) != 16 {
		t.Errorf("local id %q: want L440600- and 8 characters", a)
	}
	// The same name however it is written: brackets, widths and spaces fold away.
	for _, same := range []string{"佛山市某某甲五金制品厂 ", "佛山市某某甲　五金制品厂", "佛山市某某甲五金制品厂。"} {
		if got := LocalID("440600", same); got != a {
			t.Errorf("LocalID(%q) = %s, want %s", same, got, a)
		}
	}
	if LocalID("440600", "佛山市某某乙五金制品厂") == a || LocalID("440100", "佛山市某某甲五金制品厂") == a {
		t.Error("another name or city gives the same id")
	}
	if KindOfID(a) != IDLocal {
		t.Errorf("KindOfID(%s) = %v", a, KindOfID(a))
	}
}

func TestCheckLocalID(t *testing.T) {
	for id, want := range map[string]string{
		"L440600-3FQ7K2XA":  "",
		"L440600-3FQ7K2X":   "not of the form",
		"X440600-3FQ7K2XA":  "not of the form",
		"L44O600-3FQ7K2XA":  "city's division code",
		"L440600-3FQ7K2X1":  "not one of A–Z and 2–7",
		"L440600-3fq7k2xa":  "not one of A–Z and 2–7",
		"L440600_3FQ7K2XA":  "not of the form",
		"L440600-3FQ7K2XAB": "not of the form",
	} {
		err := CheckLocalID(id)
		if (err == nil) != (want == "") || err != nil && !strings.Contains(err.Error(), want) {
			t.Errorf("CheckLocalID(%q) = %v, want %q", id, err, want)
		}
	}
}

func TestCheckOrgCode(t *testing.T) {
	// The organisation code inside a valid credit code is a valid organisation code.
	code, err := CompleteUSCC("9144990613862529")
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckOrgCode(OrgCodeOf(code)); err != nil {
		t.Errorf("%s from %s: %v", OrgCodeOf(code), code, err)
	}
	for _, c := range []struct{ code, want string }{
		{"SAMPL0104", ""},
		{"SAMPL0105", "check character (position 9) is 5, want 4"},
		{"SAMPL010", "has 8 characters"},
		{"sampl0104", "digits or upper case letters"},
		{"12345678-", "check character (position 9) is -, want 8"},
	} {
		err := CheckOrgCode(c.code)
		if (err == nil) != (c.want == "") || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("CheckOrgCode(%q) = %v, want %q", c.code, err, c.want)
		}
	}
	if got := NormalizeOrgCode(" sampl010-4 "); got != "SAMPL0104" {
		t.Errorf("NormalizeOrgCode = %q", got)
	}
	if got := NormalizeOrgCode("ＳＡＭＰＬ０１０－４"); got != "SAMPL0104" {
		t.Errorf("NormalizeOrgCode of full width = %q", got)
	}
}

func TestCheckIDByShape(t *testing.T) {
	for id, want := range map[string]string{
		"9144990613862529X8": "",
		"SAMPL0104":          "",
		"L440600-3FQ7K2XA":   "",
		"9144990613862529X9": "check character (position 18)",
		"SAMPL0105":          "organisation code",
		"ABC":                "neither a credit code",
		"":                   "empty",
	} {
		err := CheckID(id)
		if (err == nil) != (want == "") || err != nil && !strings.Contains(err.Error(), want) {
			t.Errorf("CheckID(%q) = %v, want %q", id, err, want)
		}
	}
}

func TestEnterpriseIDs(t *testing.T) {
	e := Enterprise{CreditCode: "9144990613862529X8", LocalID: "L449906-AZOEBG3H"}
	if got := e.IDs(); len(got) != 2 || got[0] != e.CreditCode || got[1] != e.LocalID {
		t.Errorf("IDs = %v", got)
	}
	if e.IdentifiedBy() != IDCreditCode || e.IdentifiedBy().String() != "credit_code" {
		t.Errorf("IdentifiedBy = %v", e.IdentifiedBy())
	}
	org := Enterprise{OrgCode: "SAMPL0104", LocalID: "L449906-AZOEBG3H"}
	if org.IdentifiedBy() != IDOrgCode || org.IDs()[0] != "SAMPL0104" {
		t.Errorf("org-coded enterprise: %v %v", org.IdentifiedBy(), org.IDs())
	}
	keyed := Enterprise{USCC: "L449906-AZOEBG3H"}.KeyedIdentifiers()
	if keyed.LocalID != "L449906-AZOEBG3H" || keyed.IdentifiedBy() != IDLocal {
		t.Errorf("KeyedIdentifiers = %+v", keyed)
	}
}

func TestWarningsSplitAndStrict(t *testing.T) {
	src := Source{File: "data/enterprises.csv", Line: 3, Cols: map[string]int{"control_level": 40, "address": 44}}
	var ps Problems
	ps.Add(src, "control_level", "%q is not one of 国控, 省控, 市控", "区控")
	ps.AddWarning(src, "control_level", "", "control level not known")
	ps.AddWarning(src, "address", "", "address not known")
	errs, warnings := ps.Split()
	if len(errs) != 1 || len(warnings) != 1 || warnings[0].Field != "address" {
		t.Fatalf("Split = %v / %v: the warning on a field with an error must be dropped", errs, warnings)
	}
	if got, want := warnings[0].String(), "data/enterprises.csv:3:44: warning: address: address not known"; got != want {
		t.Errorf("warning printed as %q, want %q", got, want)
	}
	strict := ps.Reported().Strict()
	if len(strict) != 2 {
		t.Fatalf("strict = %v", strict)
	}
	for _, p := range strict {
		if p.Severity != Error || strings.Contains(p.String(), "warning:") {
			t.Errorf("strict problem %q is not an error", p)
		}
	}
}
