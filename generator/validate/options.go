package validate

import "cpportal/domain"

// options checks each improvement option's references, key and dates.
func (v *checker) options() {
	type key struct{ uscc, batch, id string }
	seen := map[key]domain.Source{}
	for i := range v.ds.Options {
		o := &v.ds.Options[i]
		v.enterprise(o.Src, "uscc", o.USCC)
		b := v.batch(o.Src, "batch", o.Batch)
		if b != nil && v.wellFormed(o.USCC) {
			v.onList(o.Src, o.USCC, b)
		}
		if b != nil {
			v.notBeforePublished(o.Src, "planned", o.Planned, b)
			v.notBeforePublished(o.Src, "completed", o.Completed, b)
		}
		k := key{o.USCC, o.Batch, o.ID}
		if first, dup := seen[k]; dup && o.ID != "" {
			v.ps.Add(o.Src, "option_id", "duplicate option %s for %s in %s, first at %s", o.ID, o.USCC, o.Batch, line(first))
		} else {
			seen[k] = o.Src
		}
		switch {
		case o.Status == domain.OptionCompleted && o.Completed.IsZero():
			v.ps.Add(o.Src, "completed", "value is missing; the status is completed")
		case o.Status != "" && o.Status != domain.OptionCompleted && !o.Completed.IsZero():
			v.ps.AddHint(o.Src, "completed", "a completion date goes with status completed",
				"set, but the status is %s", o.Status)
		}
		v.verified(o)
	}
}
