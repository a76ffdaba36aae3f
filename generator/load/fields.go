package load

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"cpportal/domain"
)

// text returns a field with surrounding spaces trimmed.
func (r *csvRow) text(field string) string {
	return strings.TrimSpace(r.raw(field))
}

// required returns a trimmed field and reports it when it is empty.
func (r *csvRow) required(field string) string {
	v := r.text(field)
	if v == "" {
		r.ps.Add(r.src, field, "value is missing")
	}
	return v
}

// date reads an optional YYYY-MM-DD field; empty is the zero Date.
func (r *csvRow) date(field string) domain.Date {
	v := r.text(field)
	if v == "" {
		return domain.Date{}
	}
	d, err := domain.ParseDate(v)
	if err != nil {
		r.ps.Add(r.src, field, "%s", err)
	}
	return d
}

// requiredDate reads a YYYY-MM-DD field that must be present.
func (r *csvRow) requiredDate(field string) domain.Date {
	if r.text(field) == "" {
		r.ps.Add(r.src, field, "value is missing")
		return domain.Date{}
	}
	return r.date(field)
}

// number reads an optional non-negative decimal; empty means no value (not disclosed).
func (r *csvRow) number(field string) *float64 {
	v := r.text(field)
	if v == "" {
		return nil
	}
	f, msg, hint := parseNumber(v)
	if msg == "" {
		msg = rangeProblem(field, v, f)
	}
	if msg != "" {
		r.ps.AddHint(r.src, field, hint, "%s", msg)
		return nil
	}
	return &f
}

// year reads a required four-digit year.
func (r *csvRow) year(field string) int {
	v := r.required(field)
	if v == "" {
		return 0
	}
	y, err := strconv.Atoi(v)
	if err != nil || len(v) != 4 || y < 1900 || y > 2100 {
		r.ps.Add(r.src, field, "%q is not a year written as YYYY", v)
		return 0
	}
	return y
}

// enum reads a required value that must be one of all.
func enum[T ~string](r *csvRow, field string, all []T, valid func(T) bool) T {
	v := T(r.required(field))
	if v != "" && !valid(v) {
		r.ps.Add(r.src, field, "%q is not one of %s", string(v), joinEnum(all))
		return ""
	}
	return v
}

// reasons reads the list's reasons, separated by ";" or "；".
func (r *csvRow) reasons(field string) []domain.Reason {
	v := r.required(field)
	if v == "" {
		return nil
	}
	var out []domain.Reason
	reported := len(*r.ps)
	for _, part := range strings.FieldsFunc(v, func(c rune) bool { return c == ';' || c == '；' }) {
		reason := domain.Reason(strings.TrimSpace(part))
		switch {
		case reason == "":
			continue
		case !reason.Valid():
			r.ps.AddHint(r.src, field, "reasons are separated by ; or ；",
				"%q is not one of %s", string(reason), joinEnum(domain.Reasons))
		case containsReason(out, reason):
			r.ps.Add(r.src, field, "%q is given twice", string(reason))
		default:
			out = append(out, reason)
		}
	}
	if len(out) == 0 && len(*r.ps) == reported {
		r.ps.Add(r.src, field, "value is missing")
	}
	return out
}

func containsReason(rs []domain.Reason, r domain.Reason) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// joinEnum lists allowed values for a message: "国控, 省控, 市控".
func joinEnum[T ~string](all []T) string {
	parts := make([]string, len(all))
	for i, v := range all {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}

// parseNumber reads a plain non-negative decimal such as 12 or 0.35. It rejects signs,
// exponents, thousands separators and full-width digits, which spreadsheets and copied
// notices produce, with a message and a hint saying what to write instead.
func parseNumber(s string) (value float64, msg, hint string) {
	const plain = "write a plain number with a dot as decimal separator, e.g. 1250.5"
	if strings.HasPrefix(s, "-") {
		return 0, fmt.Sprintf("%q is negative; numbers are never negative", s), ""
	}
	dot, digits := 0, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dot++
		default:
			return 0, fmt.Sprintf("%q is not a number", s), plain
		}
	}
	if digits == 0 || dot > 1 || s[0] == '.' || s[len(s)-1] == '.' {
		return 0, fmt.Sprintf("%q is not a number", s), plain
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Sprintf("%q is out of range", s), ""
	}
	return f, "", ""
}
