package opendata

import (
	"sync"

	"cpportal/domain"
	"cpportal/themes"
)

// eventLabelLang is the language of the downloads' label columns: that of the published data.
const eventLabelLang = "zh"

// eventLabels are the events' names in the event_label column of audits.csv: the theme's
// interface strings data_event_<kind>, read once.
var eventLabels = sync.OnceValue(func() map[domain.EventKind]string {
	labels := map[domain.EventKind]string{}
	strs, err := themes.Strings(eventLabelLang)
	if err != nil { // the strings are built into the program; the tests read them
		return labels
	}
	for _, k := range domain.EventKinds {
		if l, ok := strs["data_event_"+string(k)]; ok {
			labels[k] = l
		}
	}
	return labels
})

// eventLabel is an event's name in the downloads, its code when the theme has none.
func eventLabel(k domain.EventKind) string {
	if l, ok := eventLabels()[k]; ok {
		return l
	}
	return string(k)
}
