package textnorm

import (
	"strings"
	"testing"
)

// traditionalSample is Traditional policy prose with pinyin noise and
// full-width forms, written for this benchmark.
const traditionalSample = `山西省工業和信息化廳印發《關於推動(dòng)製造業(yè)高質量發展的實施意見》，
到２０２５年，全省規模以上工業增加值年均增長７％左右，戰略性新興產業營業收入突破１．２萬億元。
臺灣同胞、港澳居民來內地投資興業，對認定的國家級創新中心給予最高１０００萬元獎勵（含配套資金）。
`

// benchSample repeats text to about 100 KB.
func benchSample(parts ...string) string {
	unit := strings.Join(parts, "")
	var b strings.Builder
	for b.Len() < 100<<10 {
		b.WriteString(unit)
	}
	return b.String()
}

func BenchmarkNormalize(b *testing.B) {
	for _, bc := range []struct {
		name string
		text string
	}{
		{"simplified", benchSample(simplifiedSample)},
		{"traditional", benchSample(traditionalSample)},
		{"mixed", benchSample(simplifiedSample, traditionalSample, "Section 3.2 (a) of the GII report, 😀 ⻄安 ｆｕｌｌ\u200bwidth. ")},
		{"ascii", benchSample("The quick brown fox (2022-2025) jumps over 1,200 lazy dogs. ")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			t2sTables() // build the tables outside the timing
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Normalize(bc.text, Options{})
			}
		})
	}
}

// BenchmarkJoin is the Text of a text rebuilt from the lines of its
// normalised form (what Document.Normalized does), beside Normalize of the
// same text.
func BenchmarkJoin(b *testing.B) {
	text := benchSample(simplifiedSample, traditionalSample)
	lines := Normalize(text, Options{}).Lines()
	b.Run("join", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := Join(text, lines); !ok {
				b.Fatal("Join failed")
			}
		}
	})
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			Normalize(text, Options{})
		}
	})
}
