package number

import (
	"math"
	"strconv"
	"strings"
)

// Humanize writes a value compactly for labels: (1.45e10, "元") → "145亿元",
// (23000, "家") → "2.3万家", (1.2e12, "元") → "1.2万亿元", (15, "%") → "15%".
// Values of 10 000 and more take the largest scale (万, 亿, 万亿) that leaves
// a coefficient of at least 1, rounded to at most 4 decimals; percentages,
// percentage points and multiples are never scaled. NaN and infinities are
// written as strconv does.
func Humanize(value float64, unit string) string {
	if math.IsNaN(value) || math.IsInf(value, 0) {
		return strconv.FormatFloat(value, 'g', -1, 64) + unit
	}
	sign := ""
	if value < 0 {
		sign, value = "-", -value
	}
	scale := ""
	if unit != "%" && unit != "‰" && unit != "个百分点" && unit != "倍" {
		scales := [...]struct {
			v    float64
			name string
		}{{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}}
		for i, s := range scales {
			if value < s.v {
				continue
			}
			x := round4(value / s.v)
			if x >= 1e4 && i > 0 { // 9999.99999万 rounds to 1亿
				x, s = round4(value/scales[i-1].v), scales[i-1]
			}
			value, scale = x, s.name
			break
		}
	}
	if scale == "" {
		value = round4(value)
	}
	return sign + strconv.FormatFloat(value, 'f', -1, 64) + scale + unit
}

func round4(x float64) float64 {
	if x >= 1e15 {
		return x
	}
	return math.Round(x*1e4) / 1e4
}

// String writes q for people with Humanize and a qualifier sign:
// "≥500万元", "约1200亿元", "5000万–1亿元", "<1万亿元", "4倍".
func (q Quantity) String() string {
	var b strings.Builder
	switch q.Qualifier {
	case QualGreater:
		b.WriteString(">")
	case QualGreaterEqual:
		b.WriteString("≥")
	case QualLess:
		b.WriteString("<")
	case QualLessEqual:
		b.WriteString("≤")
	case QualApprox:
		b.WriteString("约")
	}
	if q.HasMax {
		b.WriteString(Humanize(q.Value, ""))
		b.WriteString("–")
		b.WriteString(Humanize(q.Max, q.Unit))
	} else {
		b.WriteString(Humanize(q.Value, q.Unit))
	}
	return b.String()
}
