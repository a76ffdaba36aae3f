package derive

import (
	"fmt"
	"strconv"
	"time"

	"cpportal/domain"
)

// Where the as-of date came from, in the order ResolveAsOf consults them. The build command
// prints it beside the date so a reader of the log knows why statuses are what they are.
const (
	AsOfFromFlag  = "--as-of"
	AsOfFromEpoch = "SOURCE_DATE_EPOCH"
	AsOfFromSite  = "site.yaml as_of"
	AsOfFromToday = "today"
)

// ResolveAsOf picks the date every status is computed for. The first source that is set wins:
//
//  1. flag, the --as-of option, written YYYY-MM-DD;
//  2. sourceDateEpoch, the SOURCE_DATE_EPOCH environment variable of reproducible builds: whole
//     seconds since 1970-01-01T00:00:00Z, taken as a day in Asia/Shanghai;
//  3. site, as_of in data/site.yaml (the zero Date when absent);
//  4. today, the clock reading the caller passes in, taken as a day in Asia/Shanghai.
//
// A source that is set but malformed is an error, never skipped: a typo in --as-of must not
// quietly produce a site computed for another day. Sources after the one that wins are not
// looked at. The second result names the source (one of the AsOfFrom constants).
func ResolveAsOf(flag string, sourceDateEpoch string, site domain.Date, today time.Time) (domain.Date, string, error) {
	if flag != "" {
		d, err := domain.ParseDate(flag)
		if err != nil {
			return domain.Date{}, AsOfFromFlag, fmt.Errorf("--as-of: %v", err)
		}
		return d, AsOfFromFlag, nil
	}
	if sourceDateEpoch != "" {
		d, err := parseEpoch(sourceDateEpoch)
		if err != nil {
			return domain.Date{}, AsOfFromEpoch, fmt.Errorf("SOURCE_DATE_EPOCH: %v", err)
		}
		return d, AsOfFromEpoch, nil
	}
	if !site.IsZero() {
		return site, AsOfFromSite, nil
	}
	if today.IsZero() {
		return domain.Date{}, AsOfFromToday, fmt.Errorf("no as-of date: give --as-of YYYY-MM-DD")
	}
	return domain.DateOf(today.In(domain.Shanghai)), AsOfFromToday, nil
}

// parseEpoch reads SOURCE_DATE_EPOCH as the reproducible-builds specification defines it: an
// ASCII decimal integer of seconds, no sign, no fraction, no spaces.
func parseEpoch(s string) (domain.Date, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return domain.Date{}, fmt.Errorf("%q is not a whole number of seconds since 1970-01-01 (digits only)", s)
		}
	}
	secs, err := strconv.ParseInt(s, 10, 64)
	// Beyond year 9999 a date no longer fits YYYY-MM-DD; 253402300799 is 9999-12-31T23:59:59Z.
	if err != nil || secs > 253402300799-8*60*60 {
		return domain.Date{}, fmt.Errorf("%q is too large to be a date", s)
	}
	return domain.DateOf(time.Unix(secs, 0).In(domain.Shanghai)), nil
}
