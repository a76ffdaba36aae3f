package domain

// ControlLevel is the supervision level of a key pollution source (监管级别). It decides who
// organises evaluation and acceptance and who issues rectification orders.
type ControlLevel string

const (
	LevelState    ControlLevel = "国控" // state-monitored
	LevelProvince ControlLevel = "省控" // province-monitored
	LevelCity     ControlLevel = "市控" // city-monitored
)

// ControlLevels lists the levels in the order the site shows them.
var ControlLevels = []ControlLevel{LevelState, LevelProvince, LevelCity}

// Valid reports whether l is one of the three levels.
func (l ControlLevel) Valid() bool { return l == LevelState || l == LevelProvince || l == LevelCity }

// Slug is the ASCII form used in URLs and facet values.
func (l ControlLevel) Slug() string {
	switch l {
	case LevelState:
		return "state"
	case LevelProvince:
		return "province"
	case LevelCity:
		return "city"
	}
	return ""
}

// Reason is why an enterprise was put on a compulsory audit list (列入原因).
type Reason string

const (
	ReasonOverStandard Reason = "超标排放"     // discharge over the standard
	ReasonOverQuota    Reason = "超总量排放"    // discharge over the total-quantity quota
	ReasonToxicInput   Reason = "使用有毒有害原料" // toxic or hazardous raw materials
	ReasonToxicOutput  Reason = "排放有毒有害物质" // discharge of toxic or hazardous substances
	ReasonEnergy       Reason = "高耗能"      // high energy use
	ReasonHeavyMetal   Reason = "涉重金属"     // heavy-metal enterprise
	ReasonVOC          Reason = "重点VOCs排放" // key source of volatile organic compounds
)

// Reasons lists every reason the data may use, in the order the site shows them.
var Reasons = []Reason{ReasonOverStandard, ReasonOverQuota, ReasonToxicInput, ReasonToxicOutput, ReasonEnergy, ReasonHeavyMetal, ReasonVOC}

// Valid reports whether r is a known reason.
func (r Reason) Valid() bool {
	for _, k := range Reasons {
		if r == k {
			return true
		}
	}
	return false
}

// EventKind is a step of an audit round recorded in audits.csv.
type EventKind string

const (
	EventDisclosed       EventKind = "disclosed"             // emissions published in the media (1-month deadline)
	EventRegistered      EventKind = "registered"            // registered on the provincial platform
	EventStarted         EventKind = "started"               // audit started (2-month deadline)
	EventReportSubmitted EventKind = "report_submitted"      // audit report submitted (1-year deadline)
	EventEvaluated       EventKind = "evaluated"             // evaluation passed
	EventAccepted        EventKind = "accepted"              // acceptance passed
	EventFailed          EventKind = "failed"                // evaluation or acceptance failed
	EventPostponed       EventKind = "postponed"             // evaluation or acceptance postponed
	EventRectification   EventKind = "rectification_ordered" // rectification order with a deadline (责令限期改正)
)

// EventKinds lists every event in the order a round normally goes through them.
var EventKinds = []EventKind{EventDisclosed, EventRegistered, EventStarted, EventReportSubmitted, EventCityReviewed,
	EventCityEvaluated, EventEvaluated, EventCityAccepted, EventAccepted, EventFailed, EventPostponed,
	EventRectificationProposed, EventRectification, EventRectified}

// Valid reports whether e is a known event.
func (e EventKind) Valid() bool {
	for _, k := range EventKinds {
		if e == k {
			return true
		}
	}
	return false
}

// CostClass is the cost class of an improvement option.
type CostClass string

const (
	CostLow    CostClass = "无低费" // no- or low-cost, implemented at once
	CostMedium CostClass = "中费"  // medium cost
	CostHigh   CostClass = "高费"  // high cost
)

// CostClasses lists the classes in the order the site shows them.
var CostClasses = []CostClass{CostLow, CostMedium, CostHigh}

// Valid reports whether c is a known class.
func (c CostClass) Valid() bool { return c == CostLow || c == CostMedium || c == CostHigh }

// MediumOrHigh reports whether c is one of the classes the regime follows up (中高费方案).
func (c CostClass) MediumOrHigh() bool { return c == CostMedium || c == CostHigh }

// OptionStatus is how far an option has come.
type OptionStatus string

const (
	OptionPlanned    OptionStatus = "planned"     // in the audit report, not begun
	OptionInProgress OptionStatus = "in_progress" // being implemented
	OptionCompleted  OptionStatus = "completed"   // implemented; reductions count from here
	OptionCancelled  OptionStatus = "cancelled"   // dropped
)

// OptionStatuses lists every status.
var OptionStatuses = []OptionStatus{OptionPlanned, OptionInProgress, OptionCompleted, OptionCancelled}

// Valid reports whether s is a known status.
func (s OptionStatus) Valid() bool {
	return s == OptionPlanned || s == OptionInProgress || s == OptionCompleted || s == OptionCancelled
}

// DayKind marks a day of the holiday calendar.
type DayKind string

const (
	DayHoliday DayKind = "休" // public holiday: not a working day
	DayWorking DayKind = "班" // weekend day made a working day
)

// Valid reports whether k is a known kind.
func (k DayKind) Valid() bool { return k == DayHoliday || k == DayWorking }
