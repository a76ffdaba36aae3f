package domain

import (
	"strings"
	"testing"
)

// Real-format codes whose check characters were worked out by hand. Their division codes
// (positions 3–8: 4499xx, 3399xx) do not exist, so none can be a real organisation's code.
// For 91449903708461136L: organisation code 70846113: 7·3+0·7+8·9+4·10+6·5+1·8+1·4+3·2 = 181,
// 181 mod 11 = 5, 11−5 = 6, so position 17 is 6; the 17 symbols weighted by 3^(i−1) mod 31 sum
// to 1344, 1344 mod 31 = 11, 31−11 = 20, and symbol 20 of the alphabet is L.
var handChecked = []string{
	"91449903708461136L",
	"914499031922038210",
	"913399007996550584",
	"91449901MA59AB121C",
	"92449906L12345674J", // individual business (92)
	"12449900455859K03A", // public institution (12)
}

func TestCheckUSCCValid(t *testing.T) {
	for _, code := range handChecked {
		if err := CheckUSCC(code); err != nil {
			t.Errorf("CheckUSCC(%q) = %v, want valid", code, err)
		}
	}
	// Codes made from prefixes of every registering authority and entity type the data uses.
	for _, prefix := range []string{"9144990100000000", "9344990612345678", "1144990000000001", "5144990350123456",
		"Y1449901MA5CXXYY", "91449901MA59AB12", "914499197A8B9C0D"} {
		code, err := CompleteUSCC(prefix)
		if err != nil {
			t.Errorf("CompleteUSCC(%q): %v", prefix, err)
			continue
		}
		if !strings.HasPrefix(code, prefix) || len(code) != 18 {
			t.Errorf("CompleteUSCC(%q) = %q", prefix, code)
		}
		if err := CheckUSCC(code); err != nil {
			t.Errorf("CheckUSCC(CompleteUSCC(%q)) = %v", prefix, err)
		}
	}
}

func TestCheckUSCCInvalid(t *testing.T) {
	tests := []struct{ code, want string }{
		{"", "credit code is empty"},
		{"91440300708461136", `credit code "91440300708461136" has 17 characters, want 18`},
		{"91449903708461136LT", `credit code "91449903708461136LT" has 19 characters, want 18`},
		{"91440300I08461136T", `credit code "91440300I08461136T": character 9 'I' is not allowed (I, O, S, V and Z are not used in credit codes)`},
		{"914403007O8461136T", `credit code "914403007O8461136T": character 10 'O' is not allowed (I, O, S, V and Z are not used in credit codes)`},
		{"9144030070846113ST", `credit code "9144030070846113ST": character 17 'S' is not allowed (I, O, S, V and Z are not used in credit codes)`},
		{"91440300708461136V", `credit code "91440300708461136V": character 18 'V' is not allowed (I, O, S, V and Z are not used in credit codes)`},
		{"Z1440300708461136T", `credit code "Z1440300708461136T": character 1 'Z' is not allowed (I, O, S, V and Z are not used in credit codes)`},
		{"91440300708461136t", `credit code "91440300708461136t": character 18 't' is not allowed (letters must be upper case)`},
		{"９1440300708461136T", `credit code "９1440300708461136T": character 1 '９' is not allowed (full-width or non-ASCII character)`},
		{"91440300 08461136T", `credit code "91440300 08461136T": character 9 ' ' is not allowed`},
		{"91440300708461146T", `credit code "91440300708461146T": organisation-code check character (position 17) is 6, want 4`},
		{"91440300708461136U", `credit code "91440300708461136U": check character (position 18) is U, want T`},
		{"914403001922038217", `credit code "914403001922038217": check character (position 18) is 7, want 6`},
	}
	for _, tt := range tests {
		err := CheckUSCC(tt.code)
		if err == nil {
			t.Errorf("CheckUSCC(%q) accepted", tt.code)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("CheckUSCC(%q)\n got: %s\nwant: %s", tt.code, err, tt.want)
		}
	}
}

// TestCheckUSCCPosition17Only changes the organisation-code check and repairs position 18, so
// that only the position-17 check can catch it.
func TestCheckUSCCPosition17Only(t *testing.T) {
	first17 := "9144030070846113" + "7" // the organisation-code check should be 6
	check, ok := USCCCheck(first17)
	if !ok {
		t.Fatal("USCCCheck refused a valid prefix")
	}
	code := first17 + string(check)
	want := `credit code "` + code + `": organisation-code check character (position 17) is 7, want 6`
	if err := CheckUSCC(code); err == nil || err.Error() != want {
		t.Errorf("CheckUSCC(%q) = %v, want %s", code, err, want)
	}
}

func TestOrgCodeCheck(t *testing.T) {
	tests := map[string]byte{
		"70846113": '6',
		"00000000": '0', // 11 − 0 = 11 → 0
		"40000000": 'X', // 4·3 = 12, 12 mod 11 = 1, 11 − 1 = 10 → X
		"MA59AB12": '1',
	}
	for in, want := range tests {
		if got, ok := OrgCodeCheck(in); !ok || got != want {
			t.Errorf("OrgCodeCheck(%q) = %c, %v; want %c", in, got, ok, want)
		}
	}
	for _, in := range []string{"7084611", "708461130", "7084611a", "7084611-"} {
		if _, ok := OrgCodeCheck(in); ok {
			t.Errorf("OrgCodeCheck(%q) accepted", in)
		}
	}
}

func TestCompleteUSCCErrors(t *testing.T) {
	for _, prefix := range []string{"914403007084611", "91440300708461136", "91440300MA5-AB12", "9I440300708461AB"} {
		if code, err := CompleteUSCC(prefix); err == nil {
			t.Errorf("CompleteUSCC(%q) = %q, want an error", prefix, code)
		}
	}
}

// FuzzCheckUSCC: CheckUSCC never panics; an accepted code is 18 alphabet symbols that
// CompleteUSCC rebuilds from its first 16, and completing any 16 alphabet symbols gives a valid
// code.
func FuzzCheckUSCC(f *testing.F) {
	for _, c := range handChecked {
		f.Add(c)
	}
	f.Add("91440300708461136t")
	f.Add("９1440300708461136T")
	f.Add("")
	f.Add("\xff\xfe4403007084611360")
	f.Fuzz(func(t *testing.T, s string) {
		if err := CheckUSCC(s); err == nil {
			if len(s) != 18 {
				t.Fatalf("accepted %q of %d bytes", s, len(s))
			}
			again, err := CompleteUSCC(s[:16])
			if err != nil || again != s {
				t.Fatalf("CompleteUSCC(%q) = %q, %v; want %q", s[:16], again, err, s)
			}
		} else if err.Error() == "" {
			t.Fatalf("empty error for %q", s)
		}
		if len(s) >= 16 {
			prefix := s[:16]
			if code, err := CompleteUSCC(prefix); err == nil {
				if err := CheckUSCC(code); err != nil {
					t.Fatalf("CompleteUSCC(%q) = %q is invalid: %v", prefix, code, err)
				}
			}
		}
	})
}
