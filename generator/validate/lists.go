package validate

import "cpportal/domain"

// lists checks each list's source link and its members against the registry.
func (v *checker) lists() {
	for i := range v.ds.Batches {
		b := &v.ds.Batches[i]
		v.sourceURL(b.Src, b.SourceURL)
		for j := range b.Members {
			m := &b.Members[j]
			e := v.enterprise(m.Src, "uscc", m.USCC)
			if e == nil || m.Name == "" || e.Name == "" {
				continue
			}
			if domain.NormalizeName(m.Name) != domain.NormalizeName(e.Name) {
				v.ps.AddHint(m.Src, "name", "names are compared ignoring brackets, spaces and width; correct the list or the registry",
					"%q differs from the registry name %q (%s)", m.Name, e.Name, line(e.Src))
			}
		}
	}
}

// disclosures checks each disclosure's enterprise, key, source link and unit.
func (v *checker) disclosures() {
	type key struct {
		uscc      string
		year      int
		pollutant string
		outlet    string
	}
	// Sized up front and holding record indexes: a national dataset has millions of rows.
	seen := make(map[key]int32, len(v.ds.Disclosures))
	for i := range v.ds.Disclosures {
		d := &v.ds.Disclosures[i]
		v.enterprise(d.Src, "uscc", d.USCC)
		v.sourceURL(d.Src, d.SourceURL)
		k := key{d.USCC, d.Year, d.Pollutant, d.Outlet}
		if first, dup := seen[k]; dup && d.USCC != "" && d.Pollutant != "" {
			v.ps.Add(d.Src, "pollutant", "duplicate disclosure of %s at outlet %q in %d, first at %s",
				d.Pollutant, d.Outlet, d.Year, line(v.ds.Disclosures[first].Src))
		} else {
			seen[k] = int32(i)
		}
		v.unit(d)
	}
}

// unit checks that a disclosure's unit is the concentration unit of its pollutant's medium:
// mg/L for water, mg/m³ for air.
func (v *checker) unit(d *domain.Disclosure) {
	p, ok := domain.PollutantByName(d.Pollutant)
	if !ok {
		return // the loader has reported the unknown pollutant
	}
	want := domain.UnitWater
	if p.Medium == "air" {
		want = domain.UnitAir
	}
	switch {
	case d.Unit == "" && (d.Concentration != nil || d.Limit != nil):
		v.ps.Add(d.Src, "unit", "value is missing; %s concentrations are in %s", p.Name, want)
	case d.Unit != "" && d.Unit != want:
		v.ps.AddHint(d.Src, "unit", "write the unit exactly as "+want, "%q is not the unit of %s (%s)", d.Unit, p.Name, want)
	}
}
