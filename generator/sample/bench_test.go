package sample

import "testing"

// BenchmarkWriteNation writes the nation-size data set (50,000 enterprises, 10 years of
// disclosures, 5,000 case studies).
func BenchmarkWriteNation(b *testing.B) {
	for b.Loop() {
		if err := Write(b.TempDir(), Nation); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteSmall writes the bundled sample.
func BenchmarkWriteSmall(b *testing.B) {
	for b.Loop() {
		if err := Write(b.TempDir(), Small); err != nil {
			b.Fatal(err)
		}
	}
}
