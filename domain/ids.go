package domain

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
)

// An enterprise is known by up to three identifiers, best first:
//
//   - its unified social credit code (18 characters, GB 32100-2015), which every enterprise
//     registered or re-registered since 2015 has;
//   - its organisation code (9 characters, GB 11714-1997), the national code that the credit
//     code replaced, for enterprises of the older lists that closed before they had one;
//   - a local id the portal assigns itself when a notice names an enterprise by name only:
//     "L", the city's division code, "-", and 8 characters of a hash of the normalised name,
//     e.g. L440600-3FQ7K2XA. It never changes once written, even if the name is corrected.
//
// The best identifier the registry holds is the enterprise's id: its dossier's address and
// the key every other record is joined by. Records may name an enterprise by any of its
// identifiers; the others stay valid so that old addresses keep working.

// IDKind says which kind of identifier an id is.
type IDKind int

const (
	IDUnknown    IDKind = iota
	IDCreditCode        // unified social credit code
	IDOrgCode           // organisation code
	IDLocal             // the portal's own local id
)

// KindOfID tells the kind of an identifier by its shape alone; it does not check it.
func KindOfID(id string) IDKind {
	switch {
	case len(id) == 18:
		return IDCreditCode
	case len(id) == 9:
		return IDOrgCode
	case len(id) == localIDLen && id[0] == 'L' && id[7] == '-':
		return IDLocal
	}
	return IDUnknown
}

// localIDLen is the length of a local id: L + 6 digits + - + 8 characters.
const localIDLen = 16

// localIDEncoding is base32 (RFC 4648: A–Z and 2–7, no 0, 1, 8 or 9 to mistake for O, I or B),
// upper case and unpadded, so ids read well in URLs and spreadsheets.
var localIDEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// LocalID derives the local id of an enterprise from its city's division code and its name.
// The same city and name (after NormalizeName) always give the same id, whatever order the
// rows of a notice come in.
func LocalID(city, name string) string {
	sum := sha256.Sum256([]byte(city + "\x00" + NormalizeName(name)))
	return "L" + city + "-" + localIDEncoding.EncodeToString(sum[:5])
}

// CheckLocalID validates the form of a local id.
func CheckLocalID(id string) error {
	if len(id) != localIDLen || id[0] != 'L' || id[7] != '-' {
		return fmt.Errorf("local id %q is not of the form L<city code>-<8 characters>, e.g. L440600-3FQ7K2XA", id)
	}
	for i := 1; i < 7; i++ {
		if id[i] < '0' || id[i] > '9' {
			return fmt.Errorf("local id %q: characters 2–7 must be a city's division code", id)
		}
	}
	for i := 8; i < localIDLen; i++ {
		if c := id[i]; !(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
			return fmt.Errorf("local id %q: character %d %q is not one of A–Z and 2–7", id, i+1, rune(c))
		}
	}
	return nil
}

// NormalizeOrgCode brings an organisation code as written (12345678-9, full-width, lower
// case, with spaces) to its 9 plain characters. It does not check it.
func NormalizeOrgCode(s string) string {
	s = strings.ToUpper(NormalizeName(s))
	return strings.NewReplacer("-", "", "－", "", "—", "").Replace(s)
}

// CheckOrgCode validates a 9-character organisation code (GB 11714-1997): 8 digits or upper
// case letters and the check character, computed as for the organisation code inside a credit
// code (positions 9–17).
func CheckOrgCode(code string) error {
	if n := len([]rune(code)); n != 9 {
		return fmt.Errorf("organisation code %q has %d characters, want 9 (the hyphen left out)", code, n)
	}
	want, ok := OrgCodeCheck(code[:8])
	if !ok {
		return fmt.Errorf("organisation code %q: the first 8 characters must be digits or upper case letters", code)
	}
	if c := code[8]; c != want {
		return fmt.Errorf("organisation code %q: check character (position 9) is %c, want %c", code, c, want)
	}
	return nil
}

// OrgCodeOf returns the organisation code inside a credit code (positions 9–17).
func OrgCodeOf(uscc string) string {
	if len(uscc) != 18 {
		return ""
	}
	return uscc[8:17]
}

// CheckID validates an identifier of any kind, by its shape.
func CheckID(id string) error {
	switch KindOfID(id) {
	case IDCreditCode:
		return CheckUSCC(id)
	case IDOrgCode:
		return CheckOrgCode(id)
	case IDLocal:
		return CheckLocalID(id)
	}
	if len([]rune(id)) == 18 || id == "" {
		return CheckUSCC(id)
	}
	return fmt.Errorf("%q is neither a credit code (18 characters), an organisation code (9) nor a local id (L<city code>-<8 characters>)", id)
}

// IDs returns the enterprise's identifiers, best first: credit code, organisation code, local
// id, each when known. The first is its id.
func (e *Enterprise) IDs() []string {
	var ids []string
	for _, id := range []string{e.CreditCode, e.OrgCode, e.LocalID} {
		if id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

// BestID returns the enterprise's best identifier, the one that is its id; "" when it has none.
func (e *Enterprise) BestID() string {
	switch {
	case e.CreditCode != "":
		return e.CreditCode
	case e.OrgCode != "":
		return e.OrgCode
	}
	return e.LocalID
}

// IdentifiedBy says how an enterprise is identified: by the best identifier it has.
func (e *Enterprise) IdentifiedBy() IDKind {
	switch {
	case e.CreditCode != "":
		return IDCreditCode
	case e.OrgCode != "":
		return IDOrgCode
	case e.LocalID != "":
		return IDLocal
	}
	return IDUnknown
}

// String names the kind as the data and the open data do.
func (k IDKind) String() string {
	switch k {
	case IDCreditCode:
		return "credit_code"
	case IDOrgCode:
		return "org_code"
	case IDLocal:
		return "local_id"
	}
	return "unknown"
}

// KeyedIdentifiers returns the enterprise with its identifier fields set from its id when
// none is set: a record made in code (tests, benchmarks) may give the id alone, and its shape
// says which identifier it is. A loaded record is returned as it is.
func (e Enterprise) KeyedIdentifiers() Enterprise {
	if e.CreditCode != "" || e.OrgCode != "" || e.LocalID != "" {
		return e
	}
	switch KindOfID(e.USCC) {
	case IDCreditCode:
		e.CreditCode = e.USCC
	case IDOrgCode:
		e.OrgCode = e.USCC
	case IDLocal:
		e.LocalID = e.USCC
	}
	return e
}
