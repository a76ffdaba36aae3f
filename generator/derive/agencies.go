package derive

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/domain"
)

// Agency is a consulting agency (审核咨询机构) with what the records say of its work. The
// figures describe the records of the rounds it is named in, not the quality of its work;
// the counting rules are in the package documentation and on the site's /policy/ page.
type Agency struct {
	domain.Agency
	CityName    string        `json:"city_name"`
	Enterprises int           `json:"enterprises"` // enterprises of the rounds it served
	Rounds      int           `json:"rounds"`      // rounds it served
	Totals      AgencyYear    `json:"totals"`      // the yearly rows added up (Year is 0); Enterprises and Rounds counted once
	Overdue     Rate          `json:"reports_overdue"`
	Years       []AgencyYear  `json:"years"`         // from its first year on record to the as-of year, oldest first
	Served      []AgencyRound `json:"rounds_served"` // oldest list first
}

// AgencyYear is one year of an agency's record.
type AgencyYear struct {
	Year          int          `json:"year"`
	Enterprises   int          `json:"enterprises"`     // enterprises of the rounds below
	Rounds        int          `json:"rounds"`          // rounds with an event naming the agency dated in Year
	Reports       int          `json:"reports"`         // reports of its rounds submitted in Year
	ReportsOnTime Rate         `json:"reports_on_time"` // of those, submitted by the due date
	ReportsLate   Rate         `json:"reports_late"`    // of those, submitted after it
	Evaluation    StageResults `json:"evaluation"`      // evaluation decisions on its rounds dated in Year
	Acceptance    StageResults `json:"acceptance"`      // acceptance decisions on its rounds dated in Year
}

// StageResults counts the decisions of one stage (evaluation or acceptance): how many were
// taken and each result's share of them.
type StageResults struct {
	Decided int           `json:"decided"`
	Results []ResultCount `json:"results"` // one per entry of Results, in that order
}

// ResultCount is one result with its share of the stage's decisions.
type ResultCount struct {
	Result Result `json:"result"`
	Rate
}

// AgencyRound is a round an agency is named in.
type AgencyRound struct {
	USCC      string              `json:"uscc"`
	Name      string              `json:"name"`
	CityName  string              `json:"city_name"`
	Batch     string              `json:"batch"`
	Published domain.Date         `json:"published"`
	Level     domain.ControlLevel `json:"control_level"`
	First     domain.Date         `json:"first"`  // the earliest event naming the agency
	Last      domain.Date         `json:"last"`   // the latest
	Report    Status              `json:"report"` // the report step's status
	Outcome   Outcome             `json:"outcome"`
}

// DecisionStage is what an outcome event decides.
type DecisionStage string

const (
	StageEvaluation DecisionStage = "evaluation" // 评估
	StageAcceptance DecisionStage = "acceptance" // 验收
)

// Result is what a decision on an evaluation or an acceptance was.
type Result string

const (
	ResultPassed    Result = "passed"
	ResultFailed    Result = "failed"
	ResultPostponed Result = "postponed"
	// ResultAwaitingProvince: the city's preliminary evaluation or acceptance report of a 市控
	// round (city_evaluated, city_accepted) with no opinion of the province after it yet.
	ResultAwaitingProvince Result = "awaiting_province"
)

// Results lists the results the agency figures count, in the order the site shows them. A
// result added here (and given a case in decisionOf or tallyRound) is counted, published in the
// JSON twins and the open data, and shown on the pages with no other change.
var Results = []Result{ResultPassed, ResultFailed, ResultPostponed, ResultAwaitingProvince}

// cityStage is the stage a city's preliminary report of a 市控 round stands for.
var cityStage = map[domain.EventKind]DecisionStage{
	domain.EventCityEvaluated: StageEvaluation,
	domain.EventCityAccepted:  StageAcceptance,
}

// decisionOf says which stage an outcome event decides and with what result. failed and
// postponed do not name their stage: they decide the acceptance when the round's evaluation
// has already passed (an evaluated event comes before them), else the evaluation.
func decisionOf(kind domain.EventKind, evaluationPassed bool) (DecisionStage, Result, bool) {
	switch kind {
	case domain.EventEvaluated:
		return StageEvaluation, ResultPassed, true
	case domain.EventAccepted:
		return StageAcceptance, ResultPassed, true
	case domain.EventFailed, domain.EventPostponed:
		stage := StageEvaluation
		if evaluationPassed {
			stage = StageAcceptance
		}
		return stage, Result(kind), true
	}
	return "", "", false
}

// agencyTally collects one agency's figures before they become rates.
type agencyTally struct {
	years   map[int]*yearTally
	served  []AgencyRound
	ents    map[string]bool
	due     int // rounds whose report step is due (not pending)
	overdue int
}

type yearTally struct {
	ents, rounds    map[string]bool
	reports, onTime int
	late            int
	decided         map[DecisionStage]map[Result]int
}

func newYearTally() *yearTally {
	return &yearTally{ents: map[string]bool{}, rounds: map[string]bool{},
		decided: map[DecisionStage]map[Result]int{StageEvaluation: {}, StageAcceptance: {}}}
}

// agencyFacts counts every agency's record from the enterprises' rounds. A round is an
// agency's when one of its events (up to the as-of date) names the agency; a round naming
// two agencies counts for both.
func agencyFacts(ds *domain.Dataset, es []Enterprise, asOf domain.Date, cityNames map[string]string) []Agency {
	tallies := make(map[string]*agencyTally, len(ds.Agencies))
	for _, a := range ds.Agencies {
		if _, dup := tallies[a.ID]; !dup {
			tallies[a.ID] = &agencyTally{years: map[int]*yearTally{}, ents: map[string]bool{}}
		}
	}
	for i := range es {
		e := &es[i]
		for _, l := range e.Listings {
			tallyRound(tallies, e, l)
		}
	}
	out := make([]Agency, 0, len(tallies))
	seen := map[string]bool{}
	for _, a := range ds.Agencies {
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, tallies[a.ID].agency(a, cmp.Or(cityNames[a.City], a.City), asOf))
	}
	slices.SortFunc(out, func(a, b Agency) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// tallyRound adds one round to the tallies of the agencies its events name.
func tallyRound(tallies map[string]*agencyTally, e *Enterprise, l Listing) {
	type span struct{ first, last domain.Date }
	named := map[string]*span{}
	var order []string
	for _, ev := range l.Events {
		t := tallies[ev.Agency]
		if ev.Agency == "" || t == nil {
			continue
		}
		s := named[ev.Agency]
		if s == nil {
			s = &span{ev.Date, ev.Date}
			named[ev.Agency] = s
			order = append(order, ev.Agency)
		}
		s.last = ev.Date // events are in date order
		t.year(ev.Date.Year).rounds[e.USCC+"/"+l.Batch] = true
		t.year(ev.Date.Year).ents[e.USCC] = true
	}
	if len(order) == 0 {
		return
	}
	report := l.Steps[slices.IndexFunc(l.Steps, func(s Step) bool { return s.Step == StepReport })]
	for _, id := range order {
		t := tallies[id]
		t.ents[e.USCC] = true
		t.served = append(t.served, AgencyRound{
			USCC: e.USCC, Name: e.Name, CityName: e.CityName, Batch: l.Batch, Published: l.Published, Level: l.Level,
			First: named[id].first, Last: named[id].last, Report: report.Status, Outcome: l.Outcome,
		})
		if report.Status != StatusPending {
			t.due++
		}
		if report.Status == StatusOverdue {
			t.overdue++
		}
		if !report.Done.IsZero() {
			y := t.year(report.Done.Year)
			y.reports++
			if report.Status == StatusOnTime {
				y.onTime++
			} else {
				y.late++
			}
		}
		evaluationPassed := false
		// the city's reports the province has given no opinion on yet, per stage
		awaiting := map[DecisionStage]domain.Date{}
		for _, ev := range l.Events {
			if stage, ok := cityStage[ev.Event]; ok {
				awaiting[stage] = ev.Date
				continue
			}
			stage, result, ok := decisionOf(ev.Event, evaluationPassed)
			if !ok {
				continue
			}
			delete(awaiting, stage) // the province's opinion, on the city's report or without one
			t.year(ev.Date.Year).decided[stage][result]++
			if stage == StageEvaluation && result == ResultPassed {
				evaluationPassed = true
			}
		}
		for stage, reported := range awaiting { // counted in the year of the city's report
			t.year(reported.Year).decided[stage][ResultAwaitingProvince]++
		}
	}
}

func (t *agencyTally) year(y int) *yearTally {
	yt := t.years[y]
	if yt == nil {
		yt = newYearTally()
		t.years[y] = yt
	}
	return yt
}

// agency turns a tally into the published figures.
func (t *agencyTally) agency(a domain.Agency, cityName string, asOf domain.Date) Agency {
	out := Agency{Agency: a, CityName: cityName, Enterprises: len(t.ents), Rounds: len(t.served),
		Overdue: NewRate(t.overdue, t.due), Years: []AgencyYear{}, Served: t.served}
	if out.Served == nil {
		out.Served = []AgencyRound{}
	}
	slices.SortStableFunc(out.Served, func(x, y AgencyRound) int {
		return cmp.Or(x.Published.Compare(y.Published), strings.Compare(x.Batch, y.Batch), strings.Compare(x.USCC, y.USCC))
	})
	first := asOf.Year
	for y := range t.years {
		first = min(first, y)
	}
	total := newYearTally()
	for y := first; len(t.years) > 0 && y <= asOf.Year; y++ {
		yt := t.years[y]
		if yt == nil {
			yt = newYearTally()
		}
		out.Years = append(out.Years, yt.row(y))
		total.reports += yt.reports
		total.onTime += yt.onTime
		total.late += yt.late
		for stage, results := range yt.decided {
			for r, n := range results {
				total.decided[stage][r] += n
			}
		}
	}
	out.Totals = total.row(0)
	out.Totals.Enterprises, out.Totals.Rounds = out.Enterprises, out.Rounds
	return out
}

func (yt *yearTally) row(year int) AgencyYear {
	return AgencyYear{
		Year: year, Enterprises: len(yt.ents), Rounds: len(yt.rounds), Reports: yt.reports,
		ReportsOnTime: NewRate(yt.onTime, yt.reports), ReportsLate: NewRate(yt.late, yt.reports),
		Evaluation: stageResults(yt.decided[StageEvaluation]), Acceptance: stageResults(yt.decided[StageAcceptance]),
	}
}

func stageResults(counts map[Result]int) StageResults {
	s := StageResults{Results: make([]ResultCount, 0, len(Results))}
	for _, r := range Results {
		s.Decided += counts[r]
	}
	for _, r := range Results {
		s.Results = append(s.Results, ResultCount{Result: r, Rate: NewRate(counts[r], s.Decided)})
	}
	return s
}
