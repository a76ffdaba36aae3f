package domain

import (
	"fmt"
	"strings"
)

// usccAlphabet is the symbol set of the unified social credit code (GB 32100-2015). I, O, S, V
// and Z are left out so they cannot be mistaken for 1, 0, 5, U and 2; a symbol's value is its index.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights are 3^(i-1) mod 31 for positions 1..17.
var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// orgWeights are the weights of the organisation code (GB 11714-1997), positions 9..16 of the
// credit code.
var orgWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// USCCCheck returns the check character (position 18) for the first 17 characters of a credit
// code. It reports false when the input is not 17 symbols of the code's alphabet.
func USCCCheck(first17 string) (byte, bool) {
	if len(first17) != 17 {
		return 0, false
	}
	s := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(usccAlphabet, first17[i])
		if v < 0 {
			return 0, false
		}
		s += v * usccWeights[i]
	}
	return usccAlphabet[(31-s%31)%31], true
}

// OrgCodeCheck returns the check character of an organisation code from its first 8 symbols
// (digits, or letters A=10 … Z=35). It reports false when a symbol is neither.
func OrgCodeCheck(first8 string) (byte, bool) {
	if len(first8) != 8 {
		return 0, false
	}
	s := 0
	for i := 0; i < 8; i++ {
		c := first8[i]
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		default:
			return 0, false
		}
		s += v * orgWeights[i]
	}
	switch c := 11 - s%11; c {
	case 10:
		return 'X', true
	case 11:
		return '0', true
	default:
		return byte('0' + c), true
	}
}

// CheckUSCC validates an 18-character unified social credit code: length, alphabet, a
// registration authority and entity type in positions 1–2 (no code of all zeros), the
// organisation-code check character (position 17) and the code's own check character (position
// 18). The error says what is wrong and, for a wrong check character, which one was expected.
func CheckUSCC(code string) error {
	if code == "" {
		return fmt.Errorf("credit code is empty")
	}
	if n := len([]rune(code)); n != 18 {
		return fmt.Errorf("credit code %q has %d characters, want 18", code, n)
	}
	for i, r := range code {
		if r > 0x7f || strings.IndexByte(usccAlphabet, byte(r)) < 0 {
			hint := ""
			switch {
			case r >= 'a' && r <= 'z':
				hint = " (letters must be upper case)"
			case strings.ContainsRune("IOSVZ", r):
				hint = " (I, O, S, V and Z are not used in credit codes)"
			case r > 0x7f:
				hint = " (full-width or non-ASCII character)"
			}
			return fmt.Errorf("credit code %q: character %d %q is not allowed%s", code, i+1, r, hint)
		}
	}
	if err := checkUSCCHead(code); err != nil {
		return err
	}
	if want, ok := OrgCodeCheck(code[8:16]); !ok {
		return fmt.Errorf("credit code %q: organisation code %s must be digits and letters", code, code[8:17])
	} else if code[16] != want {
		return fmt.Errorf("credit code %q: organisation-code check character (position 17) is %c, want %c", code, code[16], want)
	}
	want, _ := USCCCheck(code[:17])
	if code[17] != want {
		return fmt.Errorf("credit code %q: check character (position 18) is %c, want %c", code, code[17], want)
	}
	return nil
}

// CompleteUSCC appends both check characters to a 16-character prefix (positions 1..16) and
// returns the full code. It is how sample data and tests make valid codes.
func CompleteUSCC(prefix16 string) (string, error) {
	if len(prefix16) != 16 {
		return "", fmt.Errorf("credit code prefix %q has %d characters, want 16", prefix16, len(prefix16))
	}
	org, ok := OrgCodeCheck(prefix16[8:16])
	if !ok {
		return "", fmt.Errorf("credit code prefix %q: organisation code must be digits and letters", prefix16)
	}
	first17 := prefix16 + string(org)
	check, ok := USCCCheck(first17)
	if !ok {
		return "", fmt.Errorf("credit code prefix %q uses characters outside the code's alphabet", prefix16)
	}
	return first17 + string(check), nil
}
