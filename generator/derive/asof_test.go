package derive

import (
	"strings"
	"testing"
	"time"

	"cpportal/domain"
)

func TestResolveAsOf(t *testing.T) {
	clock := time.Date(2020, 6, 30, 17, 0, 0, 0, time.UTC) // already 1 July in Shanghai
	site := day("2015-05-05")
	tests := []struct {
		name       string
		flag, sde  string
		site       domain.Date
		today      time.Time
		want, from string
		err        string
	}{
		{"flag wins over everything", "2012-03-04", "1262275200", site, clock, "2012-03-04", AsOfFromFlag, ""},
		{"epoch is counted in Shanghai: 2009-12-31T16:00Z", "", "1262275200", site, clock, "2010-01-01", AsOfFromEpoch, ""},
		{"one second earlier is still 31 December", "", "1262275199", site, clock, "2009-12-31", AsOfFromEpoch, ""},
		{"epoch zero", "", "0", site, clock, "1970-01-01", AsOfFromEpoch, ""},
		{"site.yaml when no flag or epoch", "", "", site, clock, "2015-05-05", AsOfFromSite, ""},
		{"today, in Shanghai", "", "", domain.Date{}, clock, "2020-07-01", AsOfFromToday, ""},
		{"malformed flag", "2012-3-4", "", site, clock, "", AsOfFromFlag, `--as-of: "2012-3-4" is not a date`},
		{"impossible flag date", "2009-02-30", "", site, clock, "", AsOfFromFlag, "--as-of:"},
		{"malformed flag is not skipped for the epoch", "yesterday", "0", site, clock, "", AsOfFromFlag, "--as-of:"},
		{"negative epoch", "", "-1", site, clock, "", AsOfFromEpoch, "SOURCE_DATE_EPOCH: \"-1\" is not a whole number"},
		{"fractional epoch", "", "1.5", site, clock, "", AsOfFromEpoch, "digits only"},
		{"spaces in epoch", "", " 12", site, clock, "", AsOfFromEpoch, "digits only"},
		{"epoch beyond year 9999", "", "253402300799", site, clock, "", AsOfFromEpoch, "too large"},
		{"epoch overflowing int64", "", "99999999999999999999", site, clock, "", AsOfFromEpoch, "too large"},
		{"no source at all", "", "", domain.Date{}, time.Time{}, "", AsOfFromToday, "no as-of date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, from, err := ResolveAsOf(tt.flag, tt.sde, tt.site, tt.today)
			if from != tt.from {
				t.Errorf("source = %q, want %q", from, tt.from)
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want one containing %q", err, tt.err)
				}
				if !got.IsZero() {
					t.Errorf("date = %s on error, want none", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("date = %s, want %s", got, tt.want)
			}
		})
	}
}

func FuzzResolveAsOf(f *testing.F) {
	for _, s := range [][2]string{{"2009-01-31", ""}, {"", "1262275200"}, {"2009-02-30", ""}, {"", "-1"}, {"", "253402271999"}, {"x", "y"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, flag, sde string) {
		got, from, err := ResolveAsOf(flag, sde, domain.Date{}, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			if !got.IsZero() {
				t.Fatalf("date %s returned with error %v", got, err)
			}
			return
		}
		if len(got.String()) != 10 {
			t.Fatalf("date %q is not YYYY-MM-DD", got)
		}
		if from == AsOfFromFlag && got.String() != flag {
			t.Fatalf("--as-of %q gave %s", flag, got)
		}
	})
}
