package number

import (
	"fmt"
	"math/bits"
)

// A Quantity is a quantity expression: an optional bound word, a number or
// range, a scale, a unit.
type Quantity struct {
	// Value is in base units: 1.8亿元 → 1.8e8 (yuan); 2.3万家 → 23000;
	// 15% → 15; 翻两番 → 4; 300万千瓦 → 3e6 (千瓦). The low end of a range.
	Value float64
	// Max is the high end when HasMax.
	Max float64
	// HasMax is set for explicit and fuzzy ranges: 1—2户, 5000万元至1亿元,
	// 两三百万元, 数百亿元.
	HasMax bool
	// Qualifier is the bound on the number; "=" for plain numbers and
	// explicit ranges, "~" for fuzzy ones.
	Qualifier Qualifier
	// Kind says what is measured.
	Kind Kind
	// Unit is the unit, Simplified: "%" for percents (百分之, 万分之 in
	// percent), "‰" for per mille (‰, 千分之) as written, "个百分点",
	// "倍", the counter as written ("家", "台(套)"), and for money the
	// currency's canonical word ("元" for CNY, "美元" for USD ...), also when
	// the text wrote 人民币 or only a symbol. "" for bare numbers.
	Unit string
	// Currency is the ISO 4217 code for money, "" otherwise.
	Currency string
	// UnitInferred marks money whose unit was not written but implied by a
	// currency prefix ($3亿) or by the caller (AsMoney).
	UnitInferred bool
	// Ambiguous flags a reading that was chosen among several: 八到九百亿元
	// (does 百亿 distribute? we say yes: [8e10, 9e10]), 5000至1亿元.
	Ambiguous bool
}

// AsMoney returns q, a bare quantity, as an amount in currency iso (for
// example "CNY" for 145亿 next to 资金): Kind money, Unit the currency's word,
// UnitInferred set. Money is returned unchanged; other kinds are an error.
func (q Quantity) AsMoney(iso string) (Quantity, error) {
	switch q.Kind {
	case KindMoney:
		return q, nil
	case KindBare:
	default:
		return q, fmt.Errorf("number: %s quantity cannot be money: %w", q.Kind, ErrNotQuantity)
	}
	if iso == "" {
		iso = "CNY"
	}
	q.Kind, q.Currency, q.UnitInferred = KindMoney, iso, true
	q.Unit = builtinCurrencyUnit(iso)
	return q, nil
}

var builtinCurrencyWords = map[string]string{
	"CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑",
}

func builtinCurrencyUnit(iso string) string {
	if w, ok := builtinCurrencyWords[iso]; ok {
		return w
	}
	return iso
}

var (
	pctEntry  = &entry{kind: KindPercent, unit: "%"}
	permEntry = &entry{kind: KindPercent, unit: "‰"}
	multEntry = &entry{kind: KindMultiple, unit: "倍"}
)

// term is one side of a quantity expression.
type term struct {
	lo, hi   dec
	hasHi    bool
	approx   bool      // 余, 多, 几, a fuzzy range
	fuzzy    bool      // a fuzzy range of two adjacent digits
	qual     Qualifier // 上百亿 → >=
	info     numInfo   // of the (high) numeral, for scale distribution
	sepScale int       // exponent of a scale after 余/多 (1200余亿 → 8)
	word     bool      // 百分之…, 翻…番, 数百, 上百: no scale distribution
	unit     *entry
	currency string
}

// bare reports whether the term is a plain coefficient that may borrow the
// scale of a range's other end (1 in 1—2亿).
func (t *term) bare() bool {
	return !t.word && !t.info.units && t.sepScale == 0 && t.unit == nil
}

// qparser holds the normalised input inline (not behind a slice field), so
// that escape analysis keeps it on the stack: ParseQuantity does not allocate.
type qparser struct {
	v        *Vocab
	buf      [maxRunes]rune
	n        int
	pos      int
	qual     Qualifier
	currency string
}

// in returns the normalised input.
func (p *qparser) in() []rune { return p.buf[:p.n] }

// ParseQuantity parses a whole quantity expression that the caller has
// already located in text: "超1.7亿元", "不超过2000万元", "5000万元至1亿元",
// "1—2户", "3至5家", "1200余亿元", "人民币2.5亿元", "$3亿", "百分之三点五",
// "15.5％", "5个百分点", "翻两番", "1.5倍", "1.5‰", "千分之一点五".
//
// The grammar is: prefix qualifiers and currency words, then a term or a
// range of two terms, then suffix qualifiers. Any text left over is an
// error: 一批, 第一批, 十四五, 一带一路, 20+8 are not quantities.
func (v *Vocab) ParseQuantity(s string) (Quantity, error) {
	p := qparser{v: v, qual: QualEqual}
	r, err := normalizeInto(&p.buf, s, true)
	if err != nil {
		return Quantity{}, fmt.Errorf("number: parse quantity %q: %w", s, err)
	}
	p.n = len(r)
	q, err := p.parse()
	if err != nil {
		return Quantity{}, fmt.Errorf("number: parse quantity %q: %w", s, err)
	}
	return q, nil
}

func (p *qparser) addQual(q Qualifier) error {
	c, ok := combineQual(p.qual, q)
	if !ok {
		return errQualConflict
	}
	p.qual = c
	return nil
}

// combineQual merges two qualifiers of one expression: bounds win over "~",
// the strict bound wins over the inclusive one, opposite bounds conflict.
func combineQual(a, b Qualifier) (Qualifier, bool) {
	switch {
	case a == b || b == QualEqual || b == "":
		return a, true
	case a == QualEqual || a == QualApprox:
		return b, true
	case b == QualApprox:
		return a, true
	}
	up := func(q Qualifier) bool { return q == QualGreater || q == QualGreaterEqual }
	if up(a) != up(b) {
		return "", false
	}
	if up(a) {
		return QualGreater, true
	}
	return QualLess, true
}

func (p *qparser) parse() (Quantity, error) {
	var q Quantity
	if err := p.prefixes(); err != nil {
		return q, err
	}
	var a, b term
	if err := p.term(&a); err != nil {
		return q, err
	}
	isRange := false
	if n := sepLen(p.in()[p.pos:]); n > 0 && p.pos+n < p.n {
		p.pos += n
		if err := p.term(&b); err != nil {
			return q, err
		}
		isRange = true
	}
	for p.pos < p.n {
		e, n := p.v.suffix.longest(p.in()[p.pos:])
		if n == 0 {
			break
		}
		if err := p.addQual(e.qual); err != nil {
			return q, err
		}
		p.pos += n
	}
	if p.pos != p.n {
		return q, errTrailing
	}

	lo, hi, hasHi := a.lo, a.hi, a.hasHi
	unit := a.unit
	currency := p.currency
	if err := mergeCurrency(&currency, a.currency); err != nil {
		return q, err
	}
	if err := p.addQual(a.qual); err != nil {
		return q, err
	}
	approx := a.approx
	if isRange {
		if err := mergeCurrency(&currency, b.currency); err != nil {
			return q, err
		}
		if err := p.addQual(b.qual); err != nil {
			return q, err
		}
		switch {
		case unit == nil:
			unit = b.unit
		case b.unit != nil && !sameUnit(unit, b.unit):
			return q, errUnitConflict
		}
		approx = approx || b.approx
		shift, ambiguous := 0, false
		if !b.word {
			switch {
			case a.bare():
				shift = b.info.tailSmall + b.info.tailBig + b.sepScale
				ambiguous = b.info.tailSmall > 0
			case !a.word && a.unit == nil && !a.info.big && a.sepScale == 0:
				shift = b.info.tailBig + b.sepScale
			}
		}
		hi = b.lo
		if b.hasHi {
			hi = b.hi
		}
		lo = a.lo
		lo.e += shift
		if cmpDec(lo, hi) > 0 {
			if shift == 0 {
				return q, errRangeOrder
			}
			lo.e -= shift
			ambiguous = true
			if cmpDec(lo, hi) > 0 {
				return q, errRangeOrder
			}
		}
		if a.fuzzy && !a.info.units && shift == 0 && unit == nil {
			return q, errFuzzyBare
		}
		hasHi = true
		q.Ambiguous = ambiguous
	}
	if approx {
		if err := p.addQual(QualApprox); err != nil {
			return q, err
		}
	}

	switch {
	case unit != nil && unit.kind == KindMoney:
		iso := unit.iso
		if currency != "" {
			if unit.generic {
				iso = currency
			} else if currency != iso {
				return q, errCurrency
			}
		}
		q.Kind, q.Currency, q.Unit = KindMoney, iso, p.v.currencyUnit(iso)
	case unit != nil:
		if currency != "" {
			return q, errCurrency
		}
		q.Kind, q.Unit = unit.kind, unit.unit
		lo.e += int(unit.shift)
		hi.e += int(unit.shift)
	case currency != "":
		q.Kind, q.Currency, q.Unit, q.UnitInferred = KindMoney, currency, p.v.currencyUnit(currency), true
	default:
		q.Kind = KindBare
	}
	var err error
	if q.Value, err = lo.float(); err != nil {
		return Quantity{}, err
	}
	if hasHi {
		if q.Max, err = hi.float(); err != nil {
			return Quantity{}, err
		}
		q.HasMax = true
	}
	q.Qualifier = p.qual
	return q, nil
}

func mergeCurrency(cur *string, c string) error {
	if c == "" {
		return nil
	}
	if *cur != "" && *cur != c {
		return errCurrency
	}
	*cur = c
	return nil
}

// sameUnit reports whether the two ends of a range have the same unit.
func sameUnit(a, b *entry) bool {
	return a.kind == b.kind && a.unit == b.unit && a.shift == b.shift && a.iso == b.iso
}

// startsTerm reports whether c can begin a term.
func startsTerm(c rune) bool {
	return (isNumeralRune(c) && c != ',' && c != '.') || c == '数' || c == '几' || c == '上' || c == '翻'
}

// prefixes consumes qualifier words and currency words before the number.
func (p *qparser) prefixes() error {
	for p.pos < p.n {
		rest := p.in()[p.pos:]
		if e, n := p.v.prefix.longest(rest); n > 0 {
			if err := p.addQual(e.qual); err != nil {
				return err
			}
			p.pos += n
			continue
		}
		if e, n := p.v.money.longest(rest); n > 0 && !e.generic && n < len(rest) {
			if err := mergeCurrency(&p.currency, e.iso); err != nil {
				return err
			}
			p.pos += n
			continue
		}
		break
	}
	return nil
}

func hasWord(r []rune, i int, w string) bool {
	for _, c := range w {
		if i >= len(r) || r[i] != c {
			return false
		}
		i++
	}
	return true
}

// sepLen returns the length of a range separator at the start of r.
func sepLen(r []rune) int {
	if len(r) == 0 {
		return 0
	}
	if dashOne(r) {
		return 1
	}
	switch r[0] {
	case '-':
		// a run of hyphens, as a typewriter's dash (42,500万---45,000万)
		n := 1
		for n < len(r) && n < 4 && r[n] == '-' {
			n++
		}
		return n
	case '至', '到', '–', '~', '〜', '‒', '‐':
		return 1
	case '—', '―':
		if len(r) > 1 && r[1] == r[0] {
			return 2
		}
		return 1
	}
	return 0
}

// scaleLen returns the length of the longest scale word (ScalePattern, and
// 十 when ten is set) at the start of r, and its exponent.
func scaleLen(r []rune, ten bool) (int, int) {
	if len(r) == 0 {
		return 0, 0
	}
	first := cnUnit(r[0])
	switch {
	case first == 0:
		return 0, 0
	case first < 4 && len(r) > 1 && (r[1] == '万' || r[1] == '亿'):
		return 2, int(first) + int(cnUnit(r[1]))
	case r[0] == '万' && len(r) > 1 && r[1] == '亿':
		return 2, 12
	case first == 1 && !ten:
		return 0, 0
	}
	return 1, int(first)
}

func (p *qparser) term(t *term) error {
	r := p.in()
	if e, n := p.v.money.longest(r[p.pos:]); n > 0 && !e.generic && p.pos+n < len(r) && startsTerm(r[p.pos+n]) {
		t.currency = e.iso
		p.pos += n
	}
	if p.pos >= len(r) {
		return errNoNumber
	}
	switch c := r[p.pos]; {
	case hasWord(r, p.pos, "百分之"):
		return p.percentWord(t, 0, pctEntry)
	case hasWord(r, p.pos, "千分之"):
		return p.percentWord(t, 0, permEntry)
	case hasWord(r, p.pos, "万分之"):
		return p.percentWord(t, -2, pctEntry)
	case c == '翻':
		return p.multiplier(t)
	case c == '上' || c == '数' || c == '几':
		return p.scaleWord(t, c)
	}
	if err := p.numeral(t); err != nil {
		return err
	}
	p.unit(t)
	return nil
}

// numeralEnd returns the end of the run of numeral runes at i. A 一
// between a numeral and an Arabic digit is no digit but the dash of a range
// as older typesetting writes it (550万一600万, 23.6一34.8).
func numeralEnd(r []rune, i int) int {
	start := i
	for i < len(r) && (isNumeralRune(r[i]) || DigitGroupAt(r, i)) {
		if i > start && dashOne(r[i:]) {
			break
		}
		i++
	}
	return i
}

// dashOne reports whether r opens with 一 used as a range's dash: an Arabic
// digit follows it.
func dashOne(r []rune) bool {
	return len(r) > 1 && r[0] == '\u4e00' && isASCIIDigit(r[1])
}

func (p *qparser) percentWord(t *term, shift int, unit *entry) error {
	start := p.pos + 3
	end := numeralEnd(p.in(), start)
	if end == start {
		return errPercentWord
	}
	// 百分之六七十, 百分之六七: a fuzzy range of two adjacent digits is a
	// range of percents (60–70%, 6–7%).
	cand, err := p.evalNumeral(start, end)
	if err != nil {
		return err
	}
	t.lo, t.info = cand.lo, cand.info
	t.lo.e += shift
	if cand.fuzzy {
		t.hi, t.hasHi, t.approx, t.fuzzy = cand.hi, true, true, true
		t.hi.e += shift
	}
	t.word, t.unit = true, unit
	p.pos = end
	return nil
}

// multiplier parses 翻番, 翻一番, 翻两番, 翻了一番: ×2^n.
func (p *qparser) multiplier(t *term) error {
	r := p.in()
	i := p.pos + 1
	if i < len(r) && r[i] == '了' {
		i++
	}
	n := uint64(1)
	if j := numeralEnd(r, i); j > i {
		info, err := parseRunes(r[i:j])
		if err != nil {
			return err
		}
		if info.v.e != 0 || info.v.m == 0 || info.v.m > 20 {
			return errMultiplierWord
		}
		n = info.v.m
		i = j
	}
	if i >= len(r) || r[i] != '番' {
		return errMultiplierWord
	}
	t.lo = dec{m: 1 << n}
	t.word, t.unit = true, multEntry
	p.pos = i + 1
	return nil
}

// scaleWord parses 上百亿 (≥1e10), 数百亿 and 几十万 ([1e10, 1e11), [1e5, 1e6)).
func (p *qparser) scaleWord(t *term, c rune) error {
	n, exp := scaleLen(p.in()[p.pos+1:], c != '上')
	if n == 0 {
		if c == '上' {
			return errNoNumber
		}
		return errVague
	}
	t.lo = dec{m: 1, e: exp}
	if c == '上' {
		t.qual = QualGreaterEqual
	} else {
		t.hi = dec{m: 1, e: exp + 1}
		t.hasHi, t.approx = true, true
	}
	t.word = true
	p.pos += 1 + n
	p.unit(t)
	return nil
}

// numCand is one reading of a numeral.
type numCand struct {
	lo, hi dec
	fuzzy  bool
	scaled bool // a fuzzy range followed by units inside the numeral (两三百万)
	info   numInfo
}

// numeral parses a numeral with its 余/多/几 and scale. Where the numeral
// and a unit share characters (3千米, 5百分点, 300万千瓦), the reading with
// the longest unit wins, then the longest numeral.
func (p *qparser) numeral(t *term) error {
	r := p.in()
	start := p.pos
	end := numeralEnd(r, start)
	if end == start || p.unitLen(start) > 0 { // 千瓦, 百分点: a unit, no number
		return errNoNumber
	}
	var best numCand
	bestE, bestU := -1, -1
	var firstErr error
	for e := end; e > start; e-- {
		unitLen := 0
		if e < end {
			if unitLen = p.unitLen(e); unitLen == 0 {
				continue
			}
		}
		cand, err := p.evalNumeral(start, e)
		if err == nil && e == end {
			k, _, _ := p.tail(e)
			unitLen = p.unitLen(k)
		}
		if err == nil && cand.fuzzy && !cand.scaled && unitLen == 0 {
			// 两三至四五百万 borrows its scale from the high end; 十四五 alone
			// is not a range.
			if k, _, _ := p.tail(e); e != end || sepLen(r[k:]) == 0 {
				err = errFuzzyBare
			}
		}
		if err != nil {
			if e == end {
				firstErr = err
			}
			continue
		}
		if unitLen > bestU {
			best, bestE, bestU = cand, e, unitLen
		}
	}
	if bestE < 0 {
		if firstErr == nil {
			firstErr = errNoNumber
		}
		return firstErr
	}
	t.lo, t.hi, t.hasHi, t.approx, t.fuzzy, t.info = best.lo, best.hi, best.fuzzy, best.fuzzy, best.fuzzy, best.info
	k, approx, scale := p.tail(bestE)
	p.pos = k
	if approx {
		t.approx = true
		t.sepScale = scale
		t.lo.e += scale
		t.hi.e += scale
	}
	return nil
}

// tail scans 余/多/几 and an optional scale after a numeral ending at e
// (1200余亿, 一千多万, 10万余): it returns where the unit starts.
func (p *qparser) tail(e int) (k int, approx bool, scale int) {
	r := p.in()
	k = e
	if k < len(r) && (r[k] == '余' || r[k] == '多' || r[k] == '几') {
		approx = true
		k++
		// 一百几十亿, 一千几百万, 二百几十个: the 几十 fills the place below
		// the numeral's last unit (about 一百 亿), it scales nothing.
		if last := cnUnit(r[e-1]); r[k-1] == '几' && last > 0 && last < 4 && k < len(r) {
			if u := cnUnit(r[k]); u > 0 && u < last {
				k++
			}
		}
		n, exp := scaleLen(r[k:], false)
		k += n
		scale = exp
		if n > 0 && k < len(r) && (r[k] == '余' || r[k] == '多') {
			k++
		}
	}
	return k, approx, scale
}

// unitLen returns the length of the longest unit or currency word at i.
func (p *qparser) unitLen(i int) int {
	if i >= p.n {
		return 0
	}
	_, un := p.v.units.longest(p.in()[i:])
	_, mn := p.v.money.longest(p.in()[i:])
	return max(un, mn)
}

// unit consumes a unit or currency word after the number, if any.
func (p *qparser) unit(t *term) {
	if p.pos >= p.n {
		return
	}
	ue, un := p.v.units.longest(p.in()[p.pos:])
	me, mn := p.v.money.longest(p.in()[p.pos:])
	switch {
	case mn > 0 && mn >= un:
		t.unit = me
		p.pos += mn
	case un > 0:
		t.unit = ue
		p.pos += un
	}
}

// evalNumeral reads r[start:e] as a numeral, or as a fuzzy range of two
// adjacent digits (两三百万 = [2e6, 3e6], 十七八 = [17, 18]).
func (p *qparser) evalNumeral(start, e int) (numCand, error) {
	var toks [maxRunes]tok
	n, err := tokenize(p.in()[start:e], &toks)
	if err != nil {
		return numCand{}, err
	}
	info, err := parseTokens(toks[:n])
	if err == nil {
		return numCand{lo: info.v, info: info}, nil
	}
	i := fuzzyPair(toks[:n])
	if i < 0 {
		return numCand{}, err
	}
	var alt [maxRunes]tok
	m := copy(alt[:], toks[:i+1])
	m += copy(alt[m:], toks[i+2:n])
	loInfo, err1 := parseTokens(alt[:m])
	m = copy(alt[:], toks[:i])
	m += copy(alt[m:], toks[i+1:n])
	hiInfo, err2 := parseTokens(alt[:m])
	if err1 != nil || err2 != nil || cmpDec(loInfo.v, hiInfo.v) >= 0 {
		return numCand{}, err
	}
	return numCand{lo: loInfo.v, hi: hiInfo.v, fuzzy: true, scaled: i+2 < n, info: hiInfo}, nil
}

// fuzzyPair finds two adjacent Chinese digits that name a range (一两, 两三,
// 三四 … 八九, and 三五), standing alone between units. It returns the index
// of the first, or -1.
func fuzzyPair(ts []tok) int {
	for _, t := range ts {
		if t.kind == tArabic || t.kind == tPoint {
			return -1
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		a, b := ts[i], ts[i+1]
		if a.kind != tDigit || b.kind != tDigit || a.val.m == 0 {
			continue
		}
		if i > 0 && ts[i-1].kind != tUnit {
			continue
		}
		if i+2 < len(ts) && ts[i+2].kind != tUnit {
			continue
		}
		// 三五 is a pair only on its own (三五个, 三五十亿): 十三五 is a plan.
		if a.val.m+1 == b.val.m || (a.val.m == 3 && b.val.m == 5 && i == 0) {
			return i
		}
	}
	return -1
}

// cmpDec compares two decimals.
func cmpDec(a, b dec) int {
	if a.m == 0 || b.m == 0 {
		switch {
		case a.m == b.m:
			return 0
		case a.m == 0:
			return -1
		}
		return 1
	}
	swap := 1
	if a.e < b.e {
		a, b, swap = b, a, -1
	}
	// a has the larger exponent: scale a.m up to b.e.
	d := a.e - b.e
	am := a.m
	for ; d > 0; d-- {
		hi, lo := bits.Mul64(am, 10)
		if hi != 0 {
			return swap // a is larger than any uint64 at b's exponent
		}
		am = lo
	}
	switch {
	case am > b.m:
		return swap
	case am < b.m:
		return -swap
	}
	return 0
}

// ParseScaleClass reads a scale class such as 千亿级 (1e11), 百亿级, 万亿级
// or 10亿级: the size class of an industry cluster, which is neither a money
// amount nor a count (EDGE_CASES R13).
func ParseScaleClass(s string) (float64, error) {
	var buf [maxRunes]rune
	r, err := normalizeInto(&buf, s, true)
	if err == nil && (len(r) < 2 || r[len(r)-1] != '级') {
		err = errTrailing
	}
	if err == nil {
		r = r[:len(r)-1]
		if r[len(r)-1] == '元' && len(r) > 1 {
			r = r[:len(r)-1]
		}
		var info numInfo
		if info, err = parseRunes(r); err == nil {
			var f float64
			if f, err = info.v.float(); err == nil {
				return f, nil
			}
		}
	}
	return 0, fmt.Errorf("number: parse scale class %q: %w", s, err)
}
