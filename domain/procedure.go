package domain

// The notice's two-stage review and its rectification procedure. Evaluation and acceptance run
// in two stages: for 国控 and 省控 enterprises the city reviews the application (初步审查) and
// reports up, and the province organises the evaluation or acceptance; for 市控 enterprises the
// city organises it and issues a preliminary report (初步评估/验收报告), and the province gives the
// final opinion. The events evaluated, accepted, failed and postponed are always the province's.
const (
	EventCityReviewed          EventKind = "city_reviewed"          // 国控/省控: the city's preliminary review, reported up
	EventCityEvaluated         EventKind = "city_evaluated"         // 市控: the city's preliminary evaluation report
	EventCityAccepted          EventKind = "city_accepted"          // 市控: the city's preliminary acceptance report
	EventRectificationProposed EventKind = "rectification_proposed" // 国控/省控: the city proposes an order to the province
	EventRectified             EventKind = "rectified"              // the ordered rectification was done; closes the order
)

// CityStage reports whether e is one of the city's preliminary steps of the two-stage review.
func (e EventKind) CityStage() bool {
	return e == EventCityReviewed || e == EventCityEvaluated || e == EventCityAccepted
}

// CityStageLevels are the control levels whose rounds may carry a city event: the city reviews
// and reports up for 国控 and 省控, and issues the preliminary report itself for 市控.
func (e EventKind) CityStageLevels() []ControlLevel {
	switch e {
	case EventCityReviewed, EventRectificationProposed:
		return []ControlLevel{LevelState, LevelProvince}
	case EventCityEvaluated, EventCityAccepted:
		return []ControlLevel{LevelCity}
	}
	return nil
}

// OptionsSupervisor says who supervises a round's medium/high-cost options, as the notice
// assigns it: the province with the city assisting for 国控/省控, the city with the county
// assisting for 市控; nothing when the level is not stated.
func (l ControlLevel) OptionsSupervisor() (lead, assisting string) {
	switch l {
	case LevelCity:
		return "city", "county"
	case LevelState, LevelProvince:
		return "province", "city"
	}
	return "", ""
}

// RectificationGround is why a rectification order was issued (责令限期改正的事由).
type RectificationGround string

const (
	GroundNotAudited RectificationGround = "未按规定实施审核"
	GroundUntruthful RectificationGround = "不如实报告审核结果"
	GroundOther      RectificationGround = "其他"
)

// RectificationGrounds lists the grounds in the order the site shows them.
var RectificationGrounds = []RectificationGround{GroundNotAudited, GroundUntruthful, GroundOther}

// Valid reports whether g is a known ground.
func (g RectificationGround) Valid() bool {
	return g == GroundNotAudited || g == GroundUntruthful || g == GroundOther
}
