package load

import "cpportal/domain"

// optionalEnum reads a value that may be left empty (the notice does not give it) but, when
// given, must be one of all. Whether an empty value deserves a warning is package validate's
// call.
func optionalEnum[T ~string](r *csvRow, field string, all []T, valid func(T) bool) T {
	if r.text(field) == "" {
		return ""
	}
	return enum(r, field, all, valid)
}

// optionalReasons reads listing reasons that may be left empty.
func (r *csvRow) optionalReasons(field string) []domain.Reason {
	if r.text(field) == "" {
		return nil
	}
	return r.reasons(field)
}

// resolveIDs gives every record the id of the enterprise it names: the files may name an
// enterprise by any of its identifiers (a credit code, an organisation code, a local id), and
// every later stage joins records by the id alone. A reference that names no enterprise is
// left as written for validation to report.
func resolveIDs(ds *domain.Dataset) {
	// Only identifiers other than an id need resolving: in the usual registry, where every
	// enterprise has a credit code and nothing else, there are none and nothing is rewritten.
	ids := map[string]string{}
	for i := range ds.Enterprises {
		e := &ds.Enterprises[i]
		for _, ref := range [...]string{e.CreditCode, e.OrgCode, e.LocalID} {
			if ref != "" && ref != e.USCC {
				if _, taken := ids[ref]; !taken {
					ids[ref] = e.USCC
				}
			}
		}
	}
	if len(ids) == 0 {
		return
	}
	resolve := func(ref *string) {
		if id, ok := ids[*ref]; ok {
			*ref = id
		}
	}
	for i := range ds.Batches {
		for j := range ds.Batches[i].Members {
			resolve(&ds.Batches[i].Members[j].USCC)
		}
	}
	for i := range ds.Disclosures {
		resolve(&ds.Disclosures[i].USCC)
	}
	for i := range ds.Events {
		resolve(&ds.Events[i].USCC)
	}
	for i := range ds.Options {
		resolve(&ds.Options[i].USCC)
	}
	for i := range ds.Cases {
		resolve(&ds.Cases[i].USCC)
	}
}
