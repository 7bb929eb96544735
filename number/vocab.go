package number

import (
	"strings"
	"unicode"
)

// Qualifier is the bound a quantity expression puts on its number: exactly
// one of "=", ">", ">=", "<", "<=", "~".
type Qualifier string

// The six qualifiers.
const (
	QualEqual        Qualifier = "="  // plain number, also 达/达到 (the verb of a goal)
	QualGreater      Qualifier = ">"  // 超, 超过, 逾, 突破, 高于, 多于, 大于
	QualGreaterEqual Qualifier = ">=" // 以上, 不低于, 不少于, 至少, 上百(亿)
	QualLess         Qualifier = "<"  // 近, 将近, 接近, 不足, 低于, 不到, 少于, 小于
	QualLessEqual    Qualifier = "<=" // 最高, 最多, 至多, 不超过, 不高于, 以内, 以下
	QualApprox       Qualifier = "~"  // 约, 大约, 左右, 上下, 余, 多, 数百, fuzzy ranges
)

// Valid reports whether q is one of the six qualifiers.
func (q Qualifier) Valid() bool {
	switch q {
	case QualEqual, QualGreater, QualGreaterEqual, QualLess, QualLessEqual, QualApprox:
		return true
	}
	return false
}

// Kind classifies what a quantity measures.
type Kind string

// The six kinds.
const (
	KindMoney    Kind = "money"    // a currency unit or symbol was written (or implied, see AsMoney)
	KindPercent  Kind = "percent"  // %, 百分之, 万分之 (values in percent); ‰, 千分之 (in per mille)
	KindPoints   Kind = "points"   // 个百分点
	KindMultiple Kind = "multiple" // 倍, 翻N番
	KindCount    Kind = "count"    // any other unit: 家, 户, 台(套), 吨, 千瓦 ...
	KindBare     Kind = "bare"     // no unit: the caller decides what it is
)

// Valid reports whether k is one of the six kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindMoney, KindPercent, KindPoints, KindMultiple, KindCount, KindBare:
		return true
	}
	return false
}

// entry is what a vocabulary word means.
type entry struct {
	qual    Qualifier // qualifier words
	kind    Kind      // units
	unit    string    // canonical unit (units)
	iso     string    // currency words
	shift   int8      // decimal exponent applied to the value (‰ → -1)
	generic bool      // 元 and 圆: a money unit that takes a prefix's currency
}

// node is a rune trie node.
type node struct {
	next map[rune]*node
	e    *entry
}

// trie maps words to entries and finds the longest word at a position.
type trie struct{ root node }

func (t *trie) add(word string, e entry) {
	n := &t.root
	for _, r := range word {
		if n.next == nil {
			n.next = make(map[rune]*node)
		}
		c := n.next[r]
		if c == nil {
			c = &node{}
			n.next[r] = c
		}
		n = c
	}
	if n == &t.root {
		return
	}
	n.e = &e
}

// longest returns the entry of the longest word that prefixes r, and its
// length in runes (0 when none).
func (t *trie) longest(r []rune) (*entry, int) {
	n := &t.root
	var best *entry
	bestLen := 0
	for i, c := range r {
		n = n.next[c]
		if n == nil {
			break
		}
		if n.e != nil {
			best, bestLen = n.e, i+1
		}
	}
	return best, bestLen
}

// words lists the words of t, for building patterns.
func (t *trie) words() []string {
	var out []string
	var walk func(n *node, prefix []rune)
	walk = func(n *node, prefix []rune) {
		if n.e != nil {
			out = append(out, string(prefix))
		}
		for r, c := range n.next {
			walk(c, append(prefix, r))
		}
	}
	walk(&t.root, nil)
	return out
}

// Vocab holds the words that qualify and measure numbers. DefaultVocab has
// the built-in language knowledge; callers (the rule files of the project)
// add domain words with the Add* methods. Words are normalised like input
// (Normalize, whitespace removed), so Traditional and full-width forms of a
// word need not be added separately.
//
// A Vocab may be read by many goroutines at once, but Add* must not run
// concurrently with ParseQuantity or another Add*.
type Vocab struct {
	prefix   trie // qualifier words before the number (超过, 不超过, 约)
	suffix   trie // qualifier words after the unit (以上, 左右, (含)以上)
	money    trie // currency words and symbols, used before the number or as its unit
	units    trie // non-money units
	currWord map[string]string
}

// DefaultVocab returns a new Vocab with the built-in words: the qualifier
// table of GUIDELINES.md, the common currencies and a list of counters and
// physical units. Each call returns an independent copy.
func DefaultVocab() *Vocab {
	v := &Vocab{currWord: map[string]string{"CNY": "元"}}
	for _, q := range defaultPrefix {
		v.AddQualifier(q.word, q.q, false)
	}
	for _, q := range defaultSuffix {
		v.AddQualifier(q.word, q.q, true)
	}
	// Canonical words first: the first Han word added for a code is the unit.
	for _, c := range defaultCurrencies {
		v.AddCurrency(c.word, c.iso)
	}
	for _, w := range []string{"元", "圆"} {
		v.money.add(w, entry{kind: KindMoney, iso: "CNY", generic: true})
	}
	v.units.add("%", entry{kind: KindPercent, unit: "%"})
	v.units.add("‰", entry{kind: KindPercent, unit: "‰"})
	v.units.add("个百分点", entry{kind: KindPoints, unit: "个百分点"})
	v.units.add("百分点", entry{kind: KindPoints, unit: "个百分点"})
	v.units.add("倍", entry{kind: KindMultiple, unit: "倍"})
	for _, u := range strings.Fields(defaultCounters) {
		v.AddUnit(u, KindCount)
	}
	return v
}

type qualWord struct {
	word string
	q    Qualifier
}

// defaultPrefix are the built-in qualifier words written before the number.
// Longest match wins, so 不超过 is never read as 超过 and 不低于 never as 低于.
var defaultPrefix = []qualWord{
	{"达", QualEqual}, {"达到", QualEqual}, {"为", QualEqual}, {"可达", QualEqual}, {"高达", QualEqual},
	{"超", QualGreater}, {"超过", QualGreater}, {"超出", QualGreater}, {"逾", QualGreater},
	{"突破", QualGreater}, {"高于", QualGreater}, {"多于", QualGreater}, {"大于", QualGreater},
	{"不低于", QualGreaterEqual}, {"不少于", QualGreaterEqual}, {"不小于", QualGreaterEqual},
	{"至少", QualGreaterEqual}, {"最少", QualGreaterEqual}, {"最低", QualGreaterEqual},
	{"近", QualLess}, {"将近", QualLess}, {"接近", QualLess}, {"不足", QualLess},
	{"低于", QualLess}, {"不到", QualLess}, {"少于", QualLess}, {"小于", QualLess},
	{"不满", QualLess}, {"未满", QualLess},
	{"最高", QualLessEqual}, {"最多", QualLessEqual}, {"至多", QualLessEqual},
	{"不超过", QualLessEqual}, {"不高于", QualLessEqual}, {"不多于", QualLessEqual},
	{"不大于", QualLessEqual}, {"最高不超过", QualLessEqual}, {"最多不超过", QualLessEqual},
	{"最高可达", QualLessEqual},
	{"约", QualApprox}, {"大约", QualApprox}, {"大概", QualApprox}, {"约为", QualApprox},
	{"约合", QualApprox}, {"大致", QualApprox},
}

// defaultSuffix are the built-in qualifier words written after the unit.
var defaultSuffix = []qualWord{
	{"以上", QualGreaterEqual}, {"及以上", QualGreaterEqual}, {"(含)以上", QualGreaterEqual},
	{"以上(含)", QualGreaterEqual}, {"起", QualGreaterEqual},
	{"以上(不含)", QualGreater}, {"(不含)以上", QualGreater},
	{"以下", QualLessEqual}, {"及以下", QualLessEqual}, {"(含)以下", QualLessEqual},
	{"以下(含)", QualLessEqual}, {"以内", QualLessEqual}, {"之内", QualLessEqual},
	{"(含)以内", QualLessEqual}, {"封顶", QualLessEqual},
	{"以下(不含)", QualLess}, {"(不含)以下", QualLess},
	{"左右", QualApprox}, {"上下", QualApprox},
}

type currencyWord struct{ word, iso string }

// defaultCurrencies are the built-in currency words and symbols. The first
// Han word of each code is its canonical unit.
var defaultCurrencies = []currencyWord{
	{"人民币", "CNY"}, {"元人民币", "CNY"}, {"¥", "CNY"}, {"RMB", "CNY"}, {"CNY", "CNY"},
	{"美元", "USD"}, {"美金", "USD"}, {"$", "USD"}, {"US$", "USD"}, {"USD", "USD"},
	{"欧元", "EUR"}, {"€", "EUR"}, {"EUR", "EUR"},
	{"港元", "HKD"}, {"港币", "HKD"}, {"HK$", "HKD"}, {"HKD", "HKD"},
	{"日元", "JPY"}, {"日圆", "JPY"}, {"JPY", "JPY"},
	{"英镑", "GBP"}, {"£", "GBP"}, {"GBP", "GBP"},
	{"新台币", "TWD"}, {"澳门元", "MOP"}, {"澳元", "AUD"}, {"加元", "CAD"}, {"韩元", "KRW"},
}

// defaultCounters are the built-in count units (Kind count). Scale-prefixed
// units are not listed: 300万千瓦 is 3e6 千瓦 (see AddUnit).
const defaultCounters = `
家 户 个 项 台 套 台(套) 次 人 人次 户次 项次 所 座 条 件 名 只 辆 艘 架 部 款 种 类 处 宗 张
位 支 股 篇 本 册 份 例 床 间 栋 幢 层 段 根 棵 株 头 口 场 届 门 对 双 片 块 批次
亩 公顷 平方米 平方公里 平方千米 公里 千米 米 吨 千克 公斤 克 升 立方米 千瓦 千瓦时 度 标准箱 标箱 TEU
GW MW kW KW GWh MWh kWh TWh 兆瓦 吉瓦 兆瓦时 吉瓦时 瓦 伏 千伏 车次 架次 班次 辆次
`

// normWord normalises a vocabulary word like input text: Normalize and no
// whitespace.
func normWord(word string) string {
	return strings.Map(func(r rune) rune {
		r = normRune(r)
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, word)
}

// AddQualifier adds a qualifier word: a prefix word written before the number
// (超过, 不超过) or, when suffix is set, a suffix word written after the unit
// (以上, 左右). Longest match wins at parse time. Empty words and invalid
// qualifiers are ignored (check with Qualifier.Valid).
func (v *Vocab) AddQualifier(word string, q Qualifier, suffix bool) {
	word = normWord(word)
	if word == "" || !q.Valid() {
		return
	}
	if suffix {
		v.suffix.add(word, entry{qual: q})
	} else {
		v.prefix.add(word, entry{qual: q})
	}
}

// TrailingQualifier reports the bound of the suffix word s ends with
// (8%以上 → ">=", 20万吨左右 → "~"); ok is false when s ends with none.
func (v *Vocab) TrailingQualifier(s string) (q Qualifier, ok bool) {
	return v.suffix.qualifierEnding(s)
}

// qualifierEnding reports the bound of the longest word of t that s ends
// with; ok is false when s ends with none.
func (t *trie) qualifierEnding(s string) (Qualifier, bool) {
	r := []rune(normWord(s))
	for i := range r {
		if e, n := t.longest(r[i:]); e != nil && i+n == len(r) {
			return e.qual, true
		}
	}
	return "", false
}

// LeadingQualifier reports the bound of the suffix word s begins with
// (以上人员 → ">="); ok is false when s begins with none.
func (v *Vocab) LeadingQualifier(s string) (q Qualifier, ok bool) {
	if e, _ := v.suffix.longest([]rune(normWord(s))); e != nil {
		return e.qual, true
	}
	return "", false
}

// QualifierBefore reports the bound of the prefix word s ends with
// (突破 → ">", 不超过 → "<="), the longest that ends it; ok is false when
// s ends with none. It reads a bound that stands apart from its number
// (突破每桶100美元: the words between are the caller's to skip).
func (v *Vocab) QualifierBefore(s string) (q Qualifier, ok bool) {
	return v.prefix.qualifierEnding(s)
}

// AddCurrency adds a currency word or symbol with its ISO 4217 code
// ("英镑" → "GBP", "$", "US$"). The word is recognised both before the number
// (人民币2.5亿元, $3亿) and as its unit (3亿美元). The first Han word added for
// a code becomes the code's canonical unit (Quantity.Unit); codes without one
// use the code itself. Empty words and codes are ignored.
func (v *Vocab) AddCurrency(word, iso string) {
	word = normWord(word)
	iso = strings.ToUpper(strings.TrimSpace(iso))
	if word == "" || iso == "" {
		return
	}
	v.money.add(word, entry{kind: KindMoney, iso: iso})
	if _, ok := v.currWord[iso]; !ok && isHan(word) {
		v.currWord[iso] = word
	}
}

// AddUnit adds a unit word of kind k ("台(套)" → KindCount). Full-width and
// Traditional forms are folded ("台（套）" is "台(套)"). A leading scale is
// folded into the value, so the unit is stored without it: AddUnit("万千瓦",
// KindCount) adds "千瓦", and 300万千瓦 parses as 3e6 千瓦. KindMoney adds a
// word for CNY (use AddCurrency for other currencies); KindBare and invalid
// kinds add a count unit. Empty words are ignored.
func (v *Vocab) AddUnit(word string, k Kind) {
	v.AddUnitAs(word, "", k)
}

// AddUnitAs is AddUnit for a word written otherwise than the unit it
// stands for ("人(次)" for 人次: the bracket adds 次 to what is counted).
// An empty unit is the word itself.
func (v *Vocab) AddUnitAs(word, unit string, k Kind) {
	word = stripScale(normWord(word))
	if word == "" {
		return
	}
	if unit = stripScale(normWord(unit)); unit == "" {
		unit = word
	}
	switch k {
	case KindMoney:
		v.AddCurrency(word, "CNY")
		return
	case KindPercent, KindPoints, KindMultiple, KindCount:
	default:
		k = KindCount
	}
	v.units.add(word, entry{kind: k, unit: unit})
}

// stripScale removes a leading scale (万, 亿, 十万, 百万, 千万, 万亿 ...) from
// a unit word when something is left after it.
func stripScale(w string) string {
	r := []rune(w)
	i := 0
	if i < len(r) && (r[i] == '十' || r[i] == '百' || r[i] == '千') && i+1 < len(r) && (r[i+1] == '万' || r[i+1] == '亿') {
		i++
	}
	j := i
	for j < len(r) && (r[j] == '万' || r[j] == '亿') {
		j++
	}
	if j == i || j == len(r) {
		return w
	}
	return string(r[j:])
}

func isHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// CurrencyUnit returns the word a sum in the currency of an ISO code is
// written with: its first word added (AddCurrency), 元 for CNY, or else the
// code itself.
func (v *Vocab) CurrencyUnit(iso string) string { return v.currencyUnit(iso) }

// currencyUnit returns the canonical unit word of an ISO code.
func (v *Vocab) currencyUnit(iso string) string {
	if w, ok := v.currWord[iso]; ok {
		return w
	}
	if iso == "CNY" {
		return "元"
	}
	return iso
}

// QualifierPattern returns a regexp2 alternation (no groups, longest words
// first) of the prefix qualifier words, or of the suffix words when suffix is
// set, so that rule files locate 不超过 rather than 超过.
func (v *Vocab) QualifierPattern(suffix bool) string {
	t := &v.prefix
	if suffix {
		t = &v.suffix
	}
	return alternation(t.words())
}
