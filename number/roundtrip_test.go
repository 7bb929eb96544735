package number

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
)

var cnDigitWords = [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// writeSection writes 1 ≤ n < 10000 in standard Chinese, with 零 for gaps.
// With liang, a 2 before 百 or 千 is written 两.
func writeSection(n uint64, liang bool) string {
	units := [4]string{"", "十", "百", "千"}
	var b strings.Builder
	started, gap := false, false
	for pos := 3; pos >= 0; pos-- {
		d := n / pow10u[pos] % 10
		if d == 0 {
			if started {
				gap = true
			}
			continue
		}
		if gap {
			b.WriteString("零")
			gap = false
		}
		w := cnDigitWords[d]
		if d == 2 && liang && pos >= 2 {
			w = "两"
		}
		b.WriteString(w + units[pos])
		started = true
	}
	return b.String()
}

// writeCoef writes the multiplier of 万 or 亿: 两 for a lone 2 in liang style.
func writeCoef(n uint64, liang bool, sec func(uint64) string) string {
	if n == 2 && liang {
		return "两"
	}
	return sec(n)
}

// writeChinese writes n < 1e16 as a Chinese numeral. sec writes a section
// below 10000 (Chinese or Arabic digits).
func writeChinese(n uint64, liang bool, sec func(uint64) string) string {
	if n == 0 {
		return "零"
	}
	wan := func(n uint64) string { // n < 1e8, or the multiplier of 亿
		w, r := n/10000, n%10000
		if w == 0 {
			return sec(r)
		}
		s := writeCoef(w, liang, sec) + "万"
		if r > 0 {
			if r < 1000 {
				s += "零"
			}
			s += sec(r)
		}
		return s
	}
	y, r := n/1e8, n%1e8
	if y == 0 {
		return wan(r)
	}
	s := writeCoef(y, liang, wan) + "亿"
	if r > 0 {
		if r < 1e7 {
			s += "零"
		}
		s += wan(r)
	}
	return s
}

// withCommas writes n with thousands separators.
func withCommas(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F {
			return r + 0xFEE0
		}
		return r
	}, s)
}

// roundTripValues are the integers of the property test: edge values and
// random values of every length up to 1e13, many with zero digits.
func roundTripValues() []uint64 {
	vals := []uint64{0, 1, 2, 9, 10, 11, 12, 19, 20, 22, 99, 100, 101, 102, 110, 111, 120, 200, 222,
		1000, 1001, 1010, 1011, 1100, 1200, 2000, 2002, 2222, 9999, 10000, 10001, 10010, 10100, 11000,
		12000, 20000, 20002, 22222, 100000, 100300, 1000000, 1234567, 10000000, 12000000, 99999999,
		1e8, 1e8 + 1, 1e8 + 1e4, 1e8 + 1e6, 2e8, 2e8 + 2e7, 123456789, 1e9, 1e10, 1e11, 1e12,
		1.2e12, 1.5e12, 2e12, 1e13 - 1, 1e13, 1000100010001, 2020202020202}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		digits := 1 + rng.IntN(13)
		var n uint64
		for range digits {
			d := uint64(rng.IntN(10))
			if rng.IntN(3) == 0 {
				d = 0
			}
			n = n*10 + d
		}
		vals = append(vals, n)
	}
	return vals
}

func TestRoundTrip(t *testing.T) {
	numeral := regexp2.MustCompile(`^(?:`+NumeralPattern+`)$`, regexp2.None)
	chinese := func(n uint64) string { return writeSection(n, false) }
	chineseLiang := func(n uint64) string { return writeSection(n, true) }
	arabic := func(n uint64) string { return strconv.FormatUint(n, 10) }
	for _, n := range roundTripValues() {
		forms := []string{
			writeChinese(n, false, chinese),
			writeChinese(n, true, chineseLiang),
			writeChinese(n, false, arabic), // 1亿2000万, 3万零500
			strconv.FormatUint(n, 10),
			withCommas(n),
			fullWidth(withCommas(n)),
		}
		if s := forms[0]; strings.HasPrefix(s, "一十") {
			forms = append(forms, strings.TrimPrefix(s, "一")) // 十五, 十万
		}
		for _, s := range forms {
			got, err := Parse(s)
			if err != nil {
				t.Fatalf("Parse(%q) for %d: %v", s, n, err)
			}
			if got != float64(n) {
				t.Fatalf("Parse(%q) = %v, want %d", s, got, n)
			}
			if ok, _ := numeral.MatchString(Normalize(s)); !ok {
				t.Fatalf("NumeralPattern does not match %q", s)
			}
		}
	}
}

func TestRoundTripDecimals(t *testing.T) {
	// Decimal coefficients with scales are exact, not float products.
	rng := rand.New(rand.NewPCG(3, 4))
	scales := []struct {
		word string
		exp  int
	}{{"万", 4}, {"亿", 8}, {"万亿", 12}, {"千万", 7}, {"百万", 6}, {"十亿", 9}}
	for range 2000 {
		m := uint64(1 + rng.IntN(99999))
		frac := 1 + rng.IntN(3)
		s := scales[rng.IntN(len(scales))]
		str := strconv.FormatUint(m, 10)
		for len(str) <= frac {
			str = "0" + str
		}
		str = str[:len(str)-frac] + "." + str[len(str)-frac:]
		want, err := dec{m: m, e: s.exp - frac}.float()
		if err != nil {
			t.Fatal(err)
		}
		in := str + s.word
		got, err := Parse(in)
		if err != nil || got != want {
			t.Fatalf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
		wantExact, _ := strconv.ParseFloat(strconv.FormatUint(m, 10)+"e"+strconv.Itoa(s.exp-frac), 64)
		if got != wantExact {
			t.Fatalf("Parse(%q) = %v, not the nearest float %v", in, got, wantExact)
		}
	}
}

func TestHumanizeRoundTrip(t *testing.T) {
	// Humanize is exact for values with at most four decimals at their
	// scale, and ParseQuantity reads its output back.
	v := DefaultVocab()
	rng := rand.New(rand.NewPCG(5, 6))
	units := []string{"元", "家", "千瓦", "%", "个百分点", "倍", "美元"}
	for range 3000 {
		k := uint64(1 + rng.IntN(99999))
		n := k * pow10u[rng.IntN(10)]
		unit := units[rng.IntN(len(units))]
		if unit == "%" || unit == "个百分点" || unit == "倍" {
			n = k
		}
		s := Humanize(float64(n), unit)
		q, err := v.ParseQuantity(s)
		if err != nil || q.Value != float64(n) {
			t.Fatalf("ParseQuantity(Humanize(%d, %q) = %q) = %+v, %v", n, unit, s, q, err)
		}
	}
}
