package derive

// Label is the step's Chinese name as the site shows it.
func (s StepName) Label() string {
	switch s {
	case StepDisclosure:
		return "公布排放情况"
	case StepStart:
		return "启动审核"
	case StepReport:
		return "提交审核报告"
	}
	return string(s)
}

// Label is the status's Chinese name as the site shows it.
func (s Status) Label() string {
	switch s {
	case StatusOnTime:
		return "按期完成"
	case StatusLate:
		return "逾期完成"
	case StatusOverdue:
		return "已逾期"
	case StatusPending:
		return "未到期"
	case StatusSuperseded:
		return "被后续名单取代"
	}
	return string(s)
}

// Label is the outcome's Chinese name as the site shows it; "" when there is no outcome yet.
func (o Outcome) Label() string {
	switch o {
	case OutcomeEvaluated:
		return "通过评估"
	case OutcomeAccepted:
		return "通过验收"
	case OutcomeFailed:
		return "未通过"
	case OutcomePostponed:
		return "暂缓"
	case OutcomeAwaitingProvince:
		return "待省级最终意见"
	}
	return string(o)
}

// Label is the stage's Chinese name as the site shows it.
func (s Stage) Label() string {
	switch s {
	case StageListed:
		return "已列入名单"
	case StageDisclosed:
		return "已公布排放情况"
	case StageStarted:
		return "审核中"
	case StageReported:
		return "已提交审核报告"
	case StageEvaluated:
		return "通过评估"
	case StageAccepted:
		return "通过验收"
	case StageFailed:
		return "未通过"
	case StageAwaitingProvince:
		return "待省级最终意见"
	case StagePostponed:
		return "暂缓"
	case StageNotListed:
		return "未列入名单"
	}
	return string(s)
}
