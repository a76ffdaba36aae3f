package validate

import (
	"cpportal/domain"
)

// idFields are the registry columns of an enterprise's identifiers, best first.
var idFields = [...]string{"uscc", "org_code", "local_id"}

// addEnterprise indexes an enterprise under each of its identifiers; an identifier another
// enterprise already has is a duplicate.
func (v *checker) addEnterprise(e *domain.Enterprise) {
	for i, id := range [...]string{e.CreditCode, e.OrgCode, e.LocalID} {
		if id == "" {
			continue
		}
		if first, dup := v.enterprises[id]; dup && first != e {
			v.duplicate(e.Src, idFields[i], "enterprise "+id, first.Src)
			continue
		}
		v.enterprises[id] = e
	}
}

// identifiers checks each identifier an enterprise has, in its own column, and that an
// organisation code given beside a credit code is the one inside it.
func (v *checker) identifiers(e *domain.Enterprise) {
	if e.CreditCode != "" {
		if domain.KindOfID(e.CreditCode) != domain.IDCreditCode {
			v.ps.Add(e.Src, "uscc", "%s", domain.CheckUSCC(e.CreditCode))
		} else {
			v.code(e.Src, "uscc", e.CreditCode)
		}
	}
	if e.OrgCode != "" {
		if err := domain.CheckOrgCode(e.OrgCode); err != nil {
			v.ps.AddHint(e.Src, "org_code", "write the 9 characters without the hyphen, e.g. 19034567X", "%s", err)
		} else if in := domain.OrgCodeOf(e.CreditCode); in != "" && v.wellFormed(e.CreditCode) && in != e.OrgCode {
			v.ps.AddHint(e.Src, "org_code", "a credit code holds the organisation code in positions 9–17; correct one of them",
				"organisation code %s differs from %s in the credit code %s", e.OrgCode, in, e.CreditCode)
		}
	}
	if e.LocalID != "" {
		if err := domain.CheckLocalID(e.LocalID); err != nil {
			v.ps.Add(e.Src, "local_id", "%s", err)
		}
	}
}

// gaps warns of what the records leave open because the published notices do not give it:
// an enterprise's credit code, industry, address and control level, a listed enterprise's
// control level and reasons. None of them stops a build: the site shows each as not stated.
func (v *checker) gaps() {
	const complete = "import-registry fills in credit codes, industries and addresses from a spreadsheet"
	for i := range v.ds.Enterprises {
		e := &v.ds.Enterprises[i]
		if e.CreditCode == "" {
			what := "organisation code " + e.OrgCode
			if e.OrgCode == "" {
				what = "local id " + e.LocalID
			}
			v.ps.AddWarning(e.Src, "uscc", complete, "no credit code; the enterprise is identified by its %s", what)
		}
		if e.Industry == "" {
			v.ps.AddWarning(e.Src, "industry", complete, "industry not known")
		}
		if e.Address == "" {
			v.ps.AddWarning(e.Src, "address", complete, "address not known")
		}
		if e.Level == "" {
			v.ps.AddWarning(e.Src, "control_level", "", "control level not known; the site shows it as not stated")
		}
	}
	for i := range v.ds.Batches {
		b := &v.ds.Batches[i]
		for j := range b.Members {
			m := &b.Members[j]
			if m.Level == "" {
				v.ps.AddWarning(m.Src, "control_level", "", "the list does not state the control level; the site shows it as not stated")
			}
			if len(m.Reasons) == 0 {
				v.ps.AddWarning(m.Src, "reasons", "", "the list does not state the reasons; the site shows them as not stated")
			}
		}
	}
}
