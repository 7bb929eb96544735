package number

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

// dec is an exact decimal m×10^e. Values are kept in this form until the
// very end so that 1.1十万 is 110000 exactly, not 110000.00000000001 (1.1*1e5).
type dec struct {
	m uint64
	e int
}

// float converts d to the nearest float64. It fails when the result would be
// infinite, or zero although d is not.
func (d dec) float() (float64, error) {
	if d.m == 0 {
		return 0, nil
	}
	if d.e > 330 || d.e < -350 {
		return 0, errPrecision
	}
	if d.m < 1<<53 { // exact float64(m) and exact powers: one correctly rounded operation
		if d.e >= 0 && d.e < len(pow10f) {
			return float64(d.m) * pow10f[d.e], nil
		}
		if d.e < 0 && -d.e < len(pow10f) {
			return float64(d.m) / pow10f[-d.e], nil
		}
	}
	var b [48]byte
	s := strconv.AppendUint(b[:0], d.m, 10)
	s = append(s, 'e')
	s = strconv.AppendInt(s, int64(d.e), 10)
	f, err := strconv.ParseFloat(string(s), 64)
	if err != nil || math.IsInf(f, 0) || f == 0 {
		return 0, errPrecision
	}
	return f, nil
}

var pow10f = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

var pow10u = [...]uint64{1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// mulAdd returns a*b+c, reporting overflow.
func mulAdd(a, b, c uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return 0, false
	}
	s, carry := bits.Add64(lo, c, 0)
	return s, carry == 0
}

// Token kinds of the numeral lexer.
const (
	tDigit  = iota + 1 // a Chinese digit 零〇一二两三…九 or capital 壹贰…
	tUnit              // 十 百 千 万 亿 (and capitals 拾 佰 仟)
	tArabic            // an Arabic number, possibly with separators and a fraction
	tPoint             // 点, the Chinese decimal point
)

// tok is one lexeme of a numeral.
type tok struct {
	kind  uint8
	liang bool  // the digit is 两
	frac  bool  // the Arabic number has a fractional part
	exp   uint8 // unit exponent: 1 十, 2 百, 3 千, 4 万, 8 亿
	val   dec   // digit value, or the Arabic number
}

func (t tok) isZeroDigit() bool { return t.kind == tDigit && t.val.m == 0 }

// cnDigit returns the value of a Chinese digit, or -1.
func cnDigit(c rune) int {
	switch c {
	case '零', '〇', '○':
		return 0
	case '一', '壹':
		return 1
	case '二', '两', '贰', '貮':
		return 2
	case '三', '叁', '叄', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// cnUnit returns the exponent of a Chinese unit character, or 0.
func cnUnit(c rune) uint8 {
	switch c {
	case '十', '拾':
		return 1
	case '百', '佰':
		return 2
	case '千', '仟':
		return 3
	case '万':
		return 4
	case '亿':
		return 8
	}
	return 0
}

// isNumeralRune reports whether c can occur inside a numeral (after
// normalisation).
func isNumeralRune(c rune) bool {
	return isASCIIDigit(c) || c == ',' || c == '.' || c == '点' || cnDigit(c) >= 0 || cnUnit(c) != 0
}

// tokenize splits a normalised numeral into toks and returns their number.
func tokenize(r []rune, toks *[maxRunes]tok) (int, error) {
	n := 0
	for i := 0; i < len(r); {
		c := r[i]
		var t tok
		switch {
		case isASCIIDigit(c):
			j, d, frac, err := scanArabic(r, i)
			if err != nil {
				return 0, err
			}
			t = tok{kind: tArabic, val: d, frac: frac}
			i = j
		case cnDigit(c) >= 0:
			t = tok{kind: tDigit, val: dec{m: uint64(cnDigit(c))}, liang: c == '两'}
			i++
		case DigitGroupAt(r, i):
			i++ // 一、二〇九: a thousands separator in a digit string
			continue
		case cnUnit(c) != 0:
			t = tok{kind: tUnit, exp: cnUnit(c)}
			i++
		case c == '点':
			t = tok{kind: tPoint}
			i++
		default:
			return 0, errBadChar
		}
		toks[n] = t
		n++
	}
	return n, nil
}

// DigitGroupAt reports whether r[i] is a 、 that separates thousands in a
// digit string (一、二〇九亿 = 1209亿, 三〇、八二四 = 30824, as texts of the
// 1950s write them): a Chinese digit (not 两) before it and exactly three
// after it.
func DigitGroupAt(r []rune, i int) bool {
	if i <= 0 || i+4 > len(r) || r[i] != '、' || cnDigit(r[i-1]) < 0 || r[i-1] == '两' {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if cnDigit(r[k]) < 0 || r[k] == '两' {
			return false
		}
	}
	return i+4 == len(r) || cnDigit(r[i+4]) < 0
}

// scanArabic reads an Arabic number at r[i:]: digits, optionally grouped by
// commas in threes, optionally followed by a point and a fraction.
func scanArabic(r []rune, i int) (next int, d dec, frac bool, err error) {
	var m uint64
	ok := true
	group, groups := 0, 0
	j := i
	for ; j < len(r); j++ {
		c := r[j]
		if isASCIIDigit(c) {
			if m, ok = mulAdd(m, 10, uint64(c-'0')); !ok {
				return 0, dec{}, false, errOverflow
			}
			group++
			continue
		}
		if c == ',' {
			if (groups == 0 && group > 3) || (groups > 0 && group != 3) || group == 0 {
				return 0, dec{}, false, errSeparator
			}
			groups++
			group = 0
			continue
		}
		break
	}
	if groups > 0 && group != 3 {
		return 0, dec{}, false, errSeparator
	}
	e := 0
	if j < len(r) && r[j] == '.' {
		j++
		start := j
		for ; j < len(r) && isASCIIDigit(r[j]); j++ {
			if m, ok = mulAdd(m, 10, uint64(r[j]-'0')); !ok {
				return 0, dec{}, false, errOverflow
			}
			e--
		}
		if j == start {
			return 0, dec{}, false, errFraction
		}
		frac = true
	}
	return j, dec{m: m, e: e}, frac, nil
}

// numInfo is a parsed numeral with the facts ParseQuantity needs to
// distribute a scale across a range.
type numInfo struct {
	v dec
	// units reports whether the numeral contains any unit character.
	units bool
	// big reports whether it contains 万 or 亿.
	big bool
	// tailSmall and tailBig are the exponents of the scale that a range's
	// low end may borrow from this numeral: for a simple numeral (one
	// coefficient followed by units: 九百亿, 1.2万亿, 5000万) the whole
	// trailing chain (tailSmall 2, tailBig 8 for 九百亿); otherwise only its
	// trailing 万/亿 (一千二百万 lends 万).
	tailSmall, tailBig int
}

// parseTokens evaluates a tokenised numeral.
func parseTokens(ts []tok) (numInfo, error) {
	var info numInfo
	if len(ts) == 0 {
		return info, ErrEmpty
	}
	points, fracs := 0, 0
	for _, t := range ts {
		switch {
		case t.kind == tUnit:
			info.units = true
			if t.exp >= 4 {
				info.big = true
			}
		case t.kind == tPoint:
			points++
		case t.kind == tArabic && t.frac:
			fracs++
		}
	}
	if points > 0 || fracs > 0 {
		return parseDecimal(ts, info)
	}
	if !info.units {
		return parseUnitless(ts, info)
	}
	if k := digitRunLen(ts); k >= 3 {
		// A digit string times 万 or 亿 (二五一万吨, 一〇〇亿元: 251万吨 and
		// 100亿元 as texts of the 1950s write them).
		small, big, err := scaleChain(ts[k:])
		if err != nil || small != 0 {
			return info, errDigitRun
		}
		m, err := parseUnitless(ts[:k], info)
		if err != nil {
			return info, err
		}
		info.v = dec{m: m.v.m, e: big}
		info.tailBig = big
		return info, nil
	}
	v, err := parseLevel(ts, 8, flagTop|flagStart|flagFinal)
	if err != nil {
		return info, err
	}
	info.v = dec{m: v}
	// trailing chain
	k := len(ts)
	for k > 0 && ts[k-1].kind == tUnit {
		k--
	}
	simple := k == 0 || (k == 1 && ts[0].kind != tPoint)
	// With no coefficient (十万, 百亿), the first unit stands for it.
	for i := len(ts) - 1; i >= max(k, 1); i-- {
		e := int(ts[i].exp)
		if e >= 4 {
			info.tailBig += e
			continue
		}
		if !simple {
			break
		}
		info.tailSmall += e
	}
	return info, nil
}

// parseUnitless handles numerals without unit characters: one Arabic
// number, one Chinese digit, or a digit string such as 二〇二五.
func parseUnitless(ts []tok, info numInfo) (numInfo, error) {
	if len(ts) == 1 {
		info.v = ts[0].val
		return info, nil
	}
	m, err := digitValue(ts)
	if err != nil {
		return info, err
	}
	// A digit string must be long enough not to be mistaken for a fuzzy
	// range (三五 "three to five") or a name (十四五 has a unit anyway):
	// three digits are (二五一万吨 and 七六六亿元 as texts of the 1950s write
	// 251万吨 and 766亿元; 一〇八), unless they count off.
	if len(ts) < 3 || len(ts) == 3 && ts[1].val.m == ts[0].val.m+1 && ts[2].val.m == ts[1].val.m+1 {
		// 一二三 counts off (一二三产业, 一二三线城市), it is no 123.
		return info, errDigitRun
	}
	info.v = dec{m: m}
	return info, nil
}

// parseDecimal handles 1.8, 1.2万亿, 一点八亿, 十五点八万: a decimal
// coefficient followed by an optional scale from the ScalePattern set.
func parseDecimal(ts []tok, info numInfo) (numInfo, error) {
	var coef dec
	var rest []tok
	if ts[0].kind == tArabic && ts[0].frac {
		coef = ts[0].val
		rest = ts[1:]
	} else {
		p := -1
		for i, t := range ts {
			if t.kind == tPoint {
				if p >= 0 {
					return info, errDecimal
				}
				p = i
			} else if t.kind == tArabic && t.frac {
				return info, errDecimal
			}
		}
		if p <= 0 {
			return info, errDecimal
		}
		intPart := ts[:p]
		var iv uint64
		if len(intPart) == 1 && intPart[0].isZeroDigit() {
			iv = 0
		} else if len(intPart) >= 2 && digitRunLen(intPart) == len(intPart) {
			// The whole part written digit by digit (二五·一亿元, 七六六·四亿元,
			// as texts of the 1950s write 25.1亿元): a fuzzy range (三五) has
			// no fraction, so even two digits are a number here.
			var err error
			if iv, err = digitValue(intPart); err != nil {
				return info, err
			}
		} else {
			for _, t := range intPart {
				if t.kind == tUnit && t.exp >= 4 {
					return info, errDecimal // 一万点五 is not written
				}
			}
			var err error
			if iv, err = parseLevel(intPart, 8, flagTop|flagStart); err != nil {
				return info, err
			}
		}
		q := p + 1
		m := iv
		for ; q < len(ts) && ts[q].kind == tDigit; q++ {
			if ts[q].liang {
				return info, errDecimal
			}
			var ok bool
			if m, ok = mulAdd(m, 10, ts[q].val.m); !ok {
				return info, errOverflow
			}
		}
		if q == p+1 {
			return info, errFraction
		}
		coef = dec{m: m, e: -(q - p - 1)}
		rest = ts[q:]
	}
	small, big, err := scaleChain(rest)
	if err != nil {
		return info, err
	}
	coef.e += small + big
	info.v = coef
	info.tailSmall, info.tailBig = small, big
	return info, nil
}

// digitValue reads ts, Chinese digits only (not 两, which is no digit of
// a digit string), as a digit string: 二五一 = 251.
func digitValue(ts []tok) (uint64, error) {
	var m uint64
	for _, t := range ts {
		if t.kind != tDigit || t.liang {
			return 0, errDigitRun
		}
		var ok bool
		if m, ok = mulAdd(m, 10, t.val.m); !ok {
			return 0, errOverflow
		}
	}
	return m, nil
}

// digitRunLen returns how many Chinese digits (not 两) open ts.
func digitRunLen(ts []tok) int {
	k := 0
	for k < len(ts) && ts[k].kind == tDigit && !ts[k].liang {
		k++
	}
	return k
}

// scaleChain evaluates a scale made of unit tokens only: an optional 百 or
// 千 (or 十 when a 万/亿 follows), then 万, 亿 or 万亿.
func scaleChain(ts []tok) (small, big int, err error) {
	i := 0
	if i < len(ts) && ts[i].kind == tUnit && ts[i].exp < 4 {
		small = int(ts[i].exp)
		i++
		if small == 1 && i == len(ts) {
			return 0, 0, errScale
		}
	}
	if i < len(ts) && ts[i].kind == tUnit && ts[i].exp == 4 {
		big += 4
		i++
	}
	if i < len(ts) && ts[i].kind == tUnit && ts[i].exp == 8 {
		big += 8
		i++
	}
	if i != len(ts) {
		return 0, 0, errScale
	}
	return small, big, nil
}

// Flags of parseLevel and parseSection.
const (
	flagTop   = 1 << iota // leftmost part: an Arabic coefficient may be any size (100000万)
	flagStart             // at the start of the numeral: a bare unit means one of it (万亿, 百亿)
	flagFinal             // at the end of the numeral: a trailing digit may abbreviate (一万五)
	flagCoef              // the section multiplies 万 or 亿: a lone 两 is fine (两万)
)

// parseLevel parses an integer numeral whose largest unit is 10^lvl (8 or 4),
// or a section below 万 when lvl is 0.
func parseLevel(ts []tok, lvl int, flags int) (uint64, error) {
	if lvl == 0 {
		return parseSection(ts, flags)
	}
	lower := 0
	if lvl == 8 {
		lower = 4
	}
	idx := -1
	for i, t := range ts {
		if t.kind == tUnit && int(t.exp) == lvl {
			if idx >= 0 {
				return 0, errRepeatedUnit
			}
			idx = i
		}
	}
	if idx < 0 {
		return parseLevel(ts, lower, flags)
	}
	left, right := ts[:idx], ts[idx+1:]
	var l uint64
	if len(left) == 0 {
		if flags&flagStart == 0 {
			return 0, errMissingCoef
		}
		l = 1
	} else {
		var err error
		l, err = parseLevel(left, lower, (flags&(flagTop|flagStart))|flagCoef)
		if err != nil {
			return 0, err
		}
		if l == 0 {
			return 0, errZeroCoef
		}
	}
	unit := pow10u[lvl]
	total, ok := mulAdd(l, unit, 0)
	if !ok {
		return 0, errOverflow
	}
	if len(right) == 0 {
		return total, nil
	}
	zero := false
	if right[0].isZeroDigit() {
		zero = true
		right = right[1:]
		if len(right) == 0 {
			return 0, errZero
		}
	}
	var rv uint64
	if !zero && len(right) == 1 && right[0].kind == tDigit {
		// 一万五 = 15000, 一亿五 = 1.5亿: the digit abbreviates the next position.
		if flags&flagFinal == 0 || right[0].liang {
			return 0, errElision
		}
		rv = right[0].val.m * (unit / 10)
	} else {
		var err error
		rv, err = parseLevel(right, lower, flags&flagFinal)
		if err != nil {
			return 0, err
		}
		if rv >= unit {
			return 0, errArabicCoef
		}
		if zero && rv >= unit/10 {
			return 0, errZero
		}
		if !zero && rv < unit/10 {
			return 0, errMissingZero
		}
	}
	if total, ok = mulAdd(1, total, rv); !ok {
		return 0, errOverflow
	}
	return total, nil
}

// parseSection parses an integer below 万 (or, in the leftmost position, a
// lone Arabic number of any size).
func parseSection(ts []tok, flags int) (uint64, error) {
	if len(ts) == 1 {
		t := ts[0]
		switch t.kind {
		case tArabic:
			if t.val.e != 0 {
				return 0, errDecimal
			}
			if flags&flagTop == 0 && t.val.m >= 10000 {
				return 0, errArabicCoef
			}
			return t.val.m, nil
		case tDigit:
			if t.liang && flags&flagCoef == 0 {
				return 0, errLiang
			}
			return t.val.m, nil
		}
	}
	var total uint64
	last := 4 // exponent of the previous unit; 4 = none yet
	zero := false
	for i := 0; i < len(ts); {
		t := ts[i]
		switch t.kind {
		case tPoint:
			return 0, errDecimal
		case tUnit:
			u := int(t.exp)
			if u >= 4 {
				return 0, errUnitOrder
			}
			if u >= last {
				return 0, errUnitOrder
			}
			if u != 1 && !(flags&flagStart != 0 && i == 0) {
				return 0, errMissingCoef
			}
			if err := gapOK(last, u, zero); err != nil {
				return 0, err
			}
			total += pow10u[u]
			last, zero = u, false
			i++
		default: // a digit or an Arabic number
			if t.isZeroDigit() {
				if zero || i == 0 || ts[i-1].kind != tUnit || i == len(ts)-1 {
					return 0, errZero
				}
				zero = true
				i++
				continue
			}
			d := t.val.m
			if t.kind == tArabic && (d > 9 || d == 0 || t.val.e != 0) {
				return 0, errArabicCoef
			}
			if i+1 < len(ts) && ts[i+1].kind == tUnit {
				u := int(ts[i+1].exp)
				if u >= last || u >= 4 {
					return 0, errUnitOrder
				}
				if t.liang && u == 1 {
					return 0, errLiang
				}
				if err := gapOK(last, u, zero); err != nil {
					return 0, err
				}
				total += d * pow10u[u]
				last, zero = u, false
				i += 2
				continue
			}
			if i != len(ts)-1 || last == 4 {
				return 0, errDigitAfter
			}
			if t.liang {
				return 0, errLiang
			}
			switch {
			case zero:
				if last < 2 {
					return 0, errZero
				}
				total += d
			case last == 1:
				total += d
			default: // 三千五 = 3500, 一百五 = 150
				if flags&flagFinal == 0 || t.kind == tArabic {
					return 0, errElision
				}
				total += d * pow10u[last-1]
			}
			i++
		}
	}
	return total, nil
}

// gapOK checks the position of unit u after the previous unit last within a
// section: directly below it, or further below after a 零.
func gapOK(last, u int, zero bool) error {
	if last == 4 {
		if zero {
			return errZero
		}
		return nil
	}
	if zero {
		if u >= last-1 {
			return errZero
		}
		return nil
	}
	if u != last-1 {
		return errMissingZero
	}
	return nil
}

// parseRunes parses a normalised numeral.
func parseRunes(r []rune) (numInfo, error) {
	var toks [maxRunes]tok
	n, err := tokenize(r, &toks)
	if err != nil {
		return numInfo{}, err
	}
	return parseTokens(toks[:n])
}

// Parse returns the value of one numeral written in any script: Arabic
// ("1.8", "1,200", full-width "１．８" and "１，２００"), Chinese ("一点八",
// "两千亿", "十五点八万", capitals "壹億"), mixed ("十１" = 11, "2.3万億",
// "1.2万亿"), bare scales ("万亿" = 1e12, "百亿" = 1e10) and digit strings
// ("二〇二五" = 2025).
//
// Parse is strict: malformed numerals are errors, never a guess. "十四五",
// "一带一路", "三五" (a fuzzy range, see ParseQuantity) and "" are errors.
// Traditional and full-width characters are accepted; signs are not.
func Parse(s string) (float64, error) {
	var buf [maxRunes]rune
	r, err := normalizeInto(&buf, s, false)
	if err != nil {
		return 0, fmt.Errorf("number: parse %q: %w", s, err)
	}
	info, err := parseRunes(r)
	if err != nil {
		return 0, fmt.Errorf("number: parse %q: %w", s, err)
	}
	f, err := info.v.float()
	if err != nil {
		return 0, fmt.Errorf("number: parse %q: %w", s, err)
	}
	return f, nil
}
