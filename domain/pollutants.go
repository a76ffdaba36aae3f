package domain

// Pollutant describes a substance that disclosures report. The Chinese name is what the data
// files use; Key is the ASCII form used in URLs, JSON and facets.
type Pollutant struct {
	Name    string   // 化学需氧量
	Key     string   // cod
	English string   // Chemical oxygen demand (COD)
	Medium  string   // "water" or "air": decides the concentration unit
	Aliases []string // other spellings readers search for: COD, CODcr
	Heavy   bool     // a heavy metal
}

// Pollutants are the substances the portal knows; disclosures must name one of them.
var Pollutants = []Pollutant{
	{Name: "化学需氧量", Key: "cod", English: "Chemical oxygen demand (COD)", Medium: "water", Aliases: []string{"COD", "CODcr"}},
	{Name: "氨氮", Key: "nh3n", English: "Ammonia nitrogen (NH3-N)", Medium: "water", Aliases: []string{"NH3-N", "氨氮"}},
	{Name: "总磷", Key: "tp", English: "Total phosphorus", Medium: "water", Aliases: []string{"TP"}},
	{Name: "总铬", Key: "cr", English: "Total chromium", Medium: "water", Aliases: []string{"Cr"}, Heavy: true},
	{Name: "六价铬", Key: "cr6", English: "Hexavalent chromium", Medium: "water", Aliases: []string{"Cr6+", "Cr(VI)"}, Heavy: true},
	{Name: "总镍", Key: "ni", English: "Total nickel", Medium: "water", Aliases: []string{"Ni"}, Heavy: true},
	{Name: "总铜", Key: "cu", English: "Total copper", Medium: "water", Aliases: []string{"Cu"}, Heavy: true},
	{Name: "总铅", Key: "pb", English: "Total lead", Medium: "water", Aliases: []string{"Pb"}, Heavy: true},
	{Name: "总锌", Key: "zn", English: "Total zinc", Medium: "water", Aliases: []string{"Zn"}, Heavy: true},
	{Name: "二氧化硫", Key: "so2", English: "Sulphur dioxide (SO2)", Medium: "air", Aliases: []string{"SO2"}},
	{Name: "氮氧化物", Key: "nox", English: "Nitrogen oxides (NOx)", Medium: "air", Aliases: []string{"NOx"}},
	{Name: "颗粒物", Key: "pm", English: "Particulate matter", Medium: "air", Aliases: []string{"烟尘", "PM"}},
	{Name: "挥发性有机物", Key: "voc", English: "Volatile organic compounds (VOCs)", Medium: "air", Aliases: []string{"VOCs"}},
}

// PollutantByName returns the pollutant with the given Chinese name.
func PollutantByName(name string) (Pollutant, bool) {
	for _, p := range Pollutants {
		if p.Name == name {
			return p, true
		}
	}
	return Pollutant{}, false
}

// Units allowed for concentrations, by medium, and for totals.
const (
	UnitWater = "mg/L"
	UnitAir   = "mg/m³"
)

// Benefit is what a case study or an option reduces or saves. The keys are fixed because the
// technology library is browsed by them.
type Benefit string

const (
	BenefitCOD        Benefit = "cod"        // COD, t/a
	BenefitSO2        Benefit = "so2"        // SO2, t/a
	BenefitNOx        Benefit = "nox"        // NOx, t/a
	BenefitNH3N       Benefit = "nh3n"       // ammonia nitrogen, t/a
	BenefitHeavyMetal Benefit = "heavymetal" // heavy metals, t/a (or kg/a in the text)
	BenefitWater      Benefit = "water"      // fresh water saved, t/a
	BenefitEnergy     Benefit = "energy"     // energy saved, tce/a
)

// Benefits lists the keys in the order the site shows them.
var Benefits = []Benefit{BenefitCOD, BenefitSO2, BenefitNOx, BenefitNH3N, BenefitHeavyMetal, BenefitWater, BenefitEnergy}

// Label is the Chinese name of a benefit.
func (b Benefit) Label() string {
	switch b {
	case BenefitCOD:
		return "化学需氧量"
	case BenefitSO2:
		return "二氧化硫"
	case BenefitNOx:
		return "氮氧化物"
	case BenefitNH3N:
		return "氨氮"
	case BenefitHeavyMetal:
		return "重金属"
	case BenefitWater:
		return "节水"
	case BenefitEnergy:
		return "节能"
	}
	return string(b)
}

// Unit is the unit of a benefit's yearly amount.
func (b Benefit) Unit() string {
	switch b {
	case BenefitWater:
		return "t/a"
	case BenefitEnergy:
		return "tce/a"
	}
	return "t/a"
}

// Valid reports whether b is a known benefit.
func (b Benefit) Valid() bool {
	for _, k := range Benefits {
		if b == k {
			return true
		}
	}
	return false
}
