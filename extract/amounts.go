package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
)

// amountMention is a sum of money found in the text.
type amountMention struct {
	span span
	rule string
	q    number.Quantity
}

// negativeSign reports whether a minus sign stands right before i that
// signs the number there (收益-0.31美元, 净利润为-21.50亿元到-19.00亿元),
// not one that joins a range: a digit before it (3-5亿元), or a figure's
// unit or bound ending right before it (3500元/吨-3600元/吨, 5万元以上-10万
// 元以下: range_end_chars, a digit a few runes back).
func (x *Extractor) negativeSign(rs []rune, i int) bool {
	if i < 2 || i >= len(rs) || !(rs[i] >= '0' && rs[i] <= '9') {
		return false
	}
	switch rs[i-1] {
	case '-', '－', '−':
	default:
		return false
	}
	p := rs[i-2]
	if !unicode.Is(unicode.Han, p) && p != '：' && p != ':' && p != '（' && p != '(' {
		return false
	}
	if !strings.ContainsRune(x.txt.rangeEndChars, p) {
		return true
	}
	for j := i - 2; j >= 0 && j >= i-1-signLookback; j-- {
		r := rs[j]
		if r >= '0' && r <= '9' {
			return false
		}
		if !unicode.Is(unicode.Han, r) && r != '/' {
			break
		}
	}
	return true
}

// signLookback is how far before a dash negativeSign looks for the figure
// whose unit ends right before it (元/平方米以上).
const signLookback = 6

// findAmounts parses every amount-rule match as a quantity. A match that
// does not parse as money, or that an exclude rule covers (a year inside a
// plan title, 十四五), is dropped and the reason traced.
func (x *Extractor) findAmounts(st *docState) {
	var out []*amountMention
	for _, m := range st.matches["amount"] {
		// 增加305亿港元至3.51万亿港元: a change by one sum to another, not a range.
		for _, msp := range x.splitChangeTo(st.runes, m.span) {
			if st.suppressed("amount", msp) {
				st.addTrace("amount", m.rule.ID, msp, "dropped: excluded")
				continue
			}
			if x.orphanScale(st.runes, msp) {
				st.addTrace("amount", m.rule.ID, msp, "dropped: a scale word without its number")
				continue
			}
			q, psp, err := x.parseQuantity(st.runes, msp)
			if err != nil {
				st.addTrace("amount", m.rule.ID, msp, "dropped: "+err.Error())
				continue
			}
			msp := psp
			switch q.Kind {
			case number.KindMoney:
				if q.Currency == sharedCurrency {
					iso, why := x.countryCurrency(st, msp)
					if iso == "" {
						st.addTrace("amount", m.rule.ID, msp, "dropped: "+why)
						continue
					}
					q.Currency, q.Unit = iso, x.vocab.CurrencyUnit(iso)
					st.addTrace("amount", m.rule.ID, msp, "currency "+iso+": "+why)
				}
				if q.Currency == "CNY" || q.Currency == "USD" && x.bareDollar(st.runes, msp) {
					if iso, ok := x.localYuan(st); ok {
						q.Currency, q.Unit = iso, x.vocab.CurrencyUnit(iso)
						st.addTrace("amount", m.rule.ID, msp, "currency "+iso+": a bare yuan or dollar sign of the region the document speaks for")
					}
				}
			case number.KindBare:
				cur := "CNY"
				if c := m.rule.Attrs["currency"]; c != "" {
					cur = c
				}
				if iso, ok := x.localYuan(st); ok && cur == "CNY" {
					cur = iso // 分別撥出426億 in a Macao text: patacas
					st.addTrace("amount", m.rule.ID, msp, "currency "+iso+": a sum of the region the document speaks for")
				}
				q.Kind, q.Currency, q.Unit, q.UnitInferred = number.KindMoney, cur, x.vocab.CurrencyUnit(cur), true
			default:
				st.addTrace("amount", m.rule.ID, msp, "dropped: not money ("+string(q.Kind)+")")
				continue
			}
			if q.Value == 0 {
				st.addTrace("amount", m.rule.ID, msp, "dropped: zero")
				continue
			}
			sp := msp
			if x.negativeSign(st.runes, sp.start) {
				// 每股收益-0.31美元, 净利润-14.32亿美元: a loss, written signed.
				q.Value, q.Max, sp.start = -q.Value, -q.Max, sp.start-1
			}
			out = append(out, &amountMention{span: sp, rule: m.rule.ID, q: q})
		}
	}
	st.amounts = dedupeOverlaps(out, func(a *amountMention) span { return a.span })
	var passed map[*amountMention]bool // bounded by a word before the span
	for _, a := range st.amounts {
		if a.q.Qualifier == number.QualEqual && x.cappedBy(st.runes, a.span) {
			a.q.Qualifier = number.QualLessEqual
			st.addTrace("amount", a.rule, a.span, "a cap: at most")
		}
		if a.q.Qualifier == number.QualEqual && hasSuffixAny(st.runes[max(0, a.span.start-x.lx.amountPassedBefore.longest()):a.span.start], x.lx.amountPassedBefore.list...) {
			// 总量连续跨越3000亿元: a level passed is more than it (not a
			// distance spanned, which is no sum)
			a.q.Qualifier = number.QualGreater
			if passed == nil {
				passed = map[*amountMention]bool{}
			}
			passed[a] = true
			st.addTrace("amount", a.rule, a.span, "a level passed: more than")
		}
		if q, ok := x.perUnitBound(st.runes, a.span.end); ok && a.q.Qualifier == number.QualEqual {
			a.q.Qualifier = q // 42万元/人以上
			st.addTrace("amount", a.rule, a.span, "bound after its per-unit: "+string(q))
		}
		if q, ok := x.boundBeforePrice(st.runes, a.span.start); ok && a.q.Qualifier == number.QualEqual {
			a.q.Qualifier = q // 突破每桶100美元
			st.addTrace("amount", a.rule, a.span, "bound before its per-unit: "+string(q))
		}
	}
	// 首次突破1000亿元、500亿元、200亿元的企业: a bound written before the
	// first value of a list joined by 、 (in its span, or right before it:
	// 跨越3000亿元、4000亿元) holds for every value of it in the same
	// currency, unless the value has a verb of its own (突破4000亿元、
	// 达到4355.99亿元). Not a bound inside the first value (100多亿元、
	// 50亿元) or after it (100亿元以上、50亿元): that is the value's own.
	// After 分别 (respectively_words) right before the bound, the list may
	// also be joined by a list conjunction (余额分别突破20万亿元和11万亿元).
	bound, currency, chainEnd, respective := number.QualEqual, "", -1, false
	for _, a := range st.amounts {
		if bound != number.QualEqual && a.span.start == chainEnd+1 && (st.runes[chainEnd] == '、' || respective && x.txt.isListConj(st.runes[chainEnd])) &&
			a.q.Qualifier == number.QualEqual && a.q.Currency == currency && number.IsNumeralRune(st.runes[a.span.start]) {
			a.q.Qualifier, chainEnd = bound, a.span.end
			st.addTrace("amount", a.rule, a.span, "bound of the list's first value: "+string(a.q.Qualifier))
			continue
		}
		bound, chainEnd = number.QualEqual, -1
		if a.q.Qualifier == number.QualEqual || number.IsNumeralRune(st.runes[a.span.start]) && !passed[a] {
			continue
		}
		if _, trailing := x.vocab.TrailingQualifier(a.span.text(st.runes)); !trailing {
			bound, currency, chainEnd = a.q.Qualifier, a.q.Currency, a.span.end
			respective = containsAny(string(st.runes[max(0, a.span.start-respectiveReach):a.span.start]), x.lx.respectivelyWords.list)
		}
	}
	x.pairBounds(st)
}

// pairBounds makes one range of a floor and the ceiling right after it,
// in the same currency and joined by one of bound_pair_joiners, the
// bounds' marks of inclusion (bound_inclusive_marks) skipped: 回购金额不低于
// 5000万元（含）且不超过10000万元（含） is a sum from 5000万元 to 1亿元, not
// two sums. The floor's span reaches to the ceiling's end; the ceiling is
// no sum of its own.
func (x *Extractor) pairBounds(st *docState) {
	out := st.amounts[:0]
	for i := 0; i < len(st.amounts); i++ {
		a := st.amounts[i]
		out = append(out, a)
		if i+1 < len(st.amounts) && x.boundPair(st.runes, a, st.amounts[i+1]) {
			b := st.amounts[i+1]
			a.span.end = b.span.end
			a.q.Max, a.q.HasMax, a.q.Qualifier = b.q.Value, true, number.QualEqual
			st.addTrace("amount", a.rule, a.span, "a floor and its ceiling: one range")
			i++
		}
	}
	clear(st.amounts[len(out):])
	st.amounts = out
}

// boundPair reports whether a is a floor (不低于, 以上, 超过) and b, after
// it, a ceiling (不超过, 以内) of the same currency above it, with nothing
// between them but a joiner and marks of inclusion.
func (x *Extractor) boundPair(rs []rune, a, b *amountMention) bool {
	switch {
	case a.q.HasMax || b.q.HasMax || a.q.Currency != b.q.Currency || b.q.Value <= a.q.Value:
		return false
	case a.q.Qualifier != number.QualGreaterEqual && a.q.Qualifier != number.QualGreater:
		return false
	case b.q.Qualifier != number.QualLessEqual && b.q.Qualifier != number.QualLess:
		return false
	}
	gap := rs[a.span.end:b.span.start]
	gap = skipWord(gap, x.lx.boundInclusiveMarks.list)
	n := len(gap)
	for k := 0; k < 2; k++ { // ，且
		gap = skipWord(gap, x.lx.boundPairJoiners.list)
	}
	return len(gap) == 0 && n > 0
}

// skipWord returns rs after the longest of ws it begins with, or rs.
func skipWord(rs []rune, ws []string) []rune {
	n := 0
	for _, w := range ws {
		if k := utf8.RuneCountInString(w); k > n && runesHavePrefix(rs, w) {
			n = k
		}
	}
	return rs[n:]
}

// respectiveReach is how far before a list's first sum, in runes, a word
// of respectively_words may stand for the list to be joined by 和 as well
// as 、 (分别突破…, the bound word inside the sum's span; 分别突破 right
// before it).
const respectiveReach = 4

// splitChangeTo returns the spans of the two sums of a money range that
// is a change from one to the other's level (外汇基金的境外资产增加305亿港元至
// 3.51万亿港元): right after a word of amount_change_by_verbs, both sums
// with their own unit, the second changeToRatio times the first or more,
// joined by one of amount_change_to_seps, and no word of
// amount_range_closers after it (上调300元至500元不等 is a range).
// Any other span comes back alone.
func (x *Extractor) splitChangeTo(rs []rune, sp span) []span {
	if !hasSuffixAny(rs[max(0, sp.start-4):sp.start], x.lx.amountChangeByVerbs.list...) || hasPrefixAny(rs[sp.end:min(len(rs), sp.end+4)], x.lx.amountRangeClosers.list...) {
		return []span{sp}
	}
	for k := sp.start + 1; k < sp.end-1; k++ {
		for _, sep := range x.lx.amountChangeToSeps.list {
			n := utf8.RuneCountInString(sep)
			if !runesHavePrefix(rs[k:sp.end], sep) {
				continue
			}
			a, b := span{sp.start, k}, span{k + n, sp.end}
			qa, errA := x.vocab.ParseQuantity(a.text(rs))
			qb, errB := x.vocab.ParseQuantity(b.text(rs))
			if errA == nil && errB == nil && qa.Kind == number.KindMoney && qb.Kind == number.KindMoney && !qa.UnitInferred && !qb.UnitInferred &&
				qa.Currency == qb.Currency && !qa.HasMax && !qb.HasMax && qb.Value >= changeToRatio*qa.Value {
				return []span{a, b}
			}
		}
	}
	return []span{sp}
}

// bareDollar reports whether the sum at sp writes its currency as a
// dollar sign alone ($85,038,040,400.00): not one that names its country
// (US$, HK$, dollar_sign_marks: 港$), nor a world price quoted in US
// dollars (dollar_world_marks shortly before it: 每盎司$2,300). In a Macao
// or Hong Kong text, such a sign is the region's dollar.
func (x *Extractor) bareDollar(rs []rune, sp span) bool {
	i := slices.Index(rs[sp.start:sp.end], '$')
	if i < 0 {
		return false
	}
	i += sp.start
	if i > 0 && rs[i-1] < unicode.MaxASCII && unicode.IsLetter(rs[i-1]) || hasSuffixAny(rs[max(0, i-2):i], x.lx.dollarSignMarks.list...) {
		return false
	}
	return !containsAny(string(rs[max(0, i-worldPriceReach):i]), x.lx.dollarWorldMarks.list)
}

// worldPriceReach is how far before a dollar sign, in runes, a word of
// dollar_world_marks makes it a world price.
const worldPriceReach = 8

// localYuan returns the currency a sum's bare 元 stands for in a document
// from Hong Kong, Macao or Taiwan (localCurrency).
func (x *Extractor) localYuan(st *docState) (string, bool) {
	if !st.localDone {
		st.local, st.localDone = x.localCurrency(st), true
	}
	return st.local, st.local != ""
}

// localCurrency is the currency of local_currency_regions a bare 元 of the
// document stands for, or "": every region the document names is inside
// that region (soleRegion), it names no central body (国家统计局公布…
// 134万亿元 is the country's), it never says 人民币 (yuan_explicit_words:
// a Hong Kong filing 以人民币计), and it is written as the region writes
// (in Traditional script: a policy address's 每人10,000元, a budget's 编列
// 210亿元), names the region's dollar more than once (a flash on Macao's
// casinos: 约66亿澳门元，…日均7.33亿元，…235亿澳门元) or names the region's
// government or legislature (local_currency_bodies: a wire's report of
// Macao's policy address, 特区政府财政储备中的基本储备为1343亿元; not its
// monetary authority, whose market may be the renminbi's). A mainland item on
// Hong Kong (在香港发行人民币国债，发行规模120亿元) keeps the renminbi. A
// Traditional text that names no region takes the one region's dollar it
// names (Taiwan's press writes 新台币 once and 亿元 after).
func (x *Extractor) localCurrency(st *docState) string {
	if len(x.localCurrencies) == 0 {
		return ""
	}
	var namesakes []string
	for _, a := range st.agencies {
		if a.region == nil {
			// Taiwan's 財政部 is a central body's name too; 大陆财政部 is
			// the mainland's.
			if hasSuffixAny(st.runes[max(0, a.span.start-2):a.span.start], x.lx.namesakeMainlandMarks.list...) {
				return ""
			}
			namesakes = append(namesakes, a.name)
		}
	}
	iso := x.localCurrencyOf(st)
	for _, n := range namesakes {
		if !x.namesakes[iso][n] {
			return "" // a central body no government of the region shares a name with
		}
	}
	return iso
}

// localCurrencyOf is localCurrency past its check of the agencies.
func (x *Extractor) localCurrencyOf(st *docState) string {
	text := string(st.runes)
	if containsAny(text, x.lx.yuanExplicitWords.list) {
		return ""
	}
	traditional := st.norm.HanRewritten() >= traditionalRunes
	local := soleRegion(st, func(d *division) bool { return x.localCurrencies[d.name] != "" })
	if local == nil {
		// A Traditional text that names no region at all and one region's
		// dollar (經濟部編列新台幣460億…，總預算上限5700億元) is that
		// region's: Taiwan's press seldom writes 台湾.
		if !traditional || slices.ContainsFunc(st.regions, func(m *regionMention) bool { return m.div != nil && m.div.level != levelEconomic }) {
			return ""
		}
		iso := ""
		for _, c := range x.localCurrencies {
			if strings.Contains(text, x.vocab.CurrencyUnit(c)) {
				if iso != "" && iso != c {
					return ""
				}
				iso = c
			}
		}
		return iso
	}
	iso := x.localCurrencies[local.name]
	if !traditional && x.currencyWordCount(text, iso) < 2 && !slices.ContainsFunc(st.agencies, func(a *agencyMention) bool {
		return a.region == local && hasSuffixAnyString(a.name, x.lx.localCurrencyBodies.list)
	}) {
		return ""
	}
	return iso
}

// currencyWordCount counts the words for currency iso in text (澳门元 and
// 澳门币 both name the pataca).
func (x *Extractor) currencyWordCount(text, iso string) int {
	n := 0
	for _, w := range x.currencyWords[iso] {
		n += strings.Count(text, w)
	}
	return n
}

// traditionalRunes is how many Han characters a text must hold in
// Traditional script (or another form folded away) to be read as
// written in Traditional script.
const traditionalRunes = 20

// changeToRatio is how many times the first sum the second must be for a
// range after a change verb to read as a change by one to the other
// (增加305亿港元至3.51万亿港元), not a range of the change (增加100亿元至150亿元).
const changeToRatio = 5

// sharedCurrency is the currency the number parser gives a word several
// countries share (shared_currency_words: 里亚尔, 比索, 克朗) until
// countryCurrency finds which country's it is. ISO 4217 keeps XXX for "no
// currency"; it never leaves findAmounts.
const sharedCurrency = "XXX"

// countryISO is a country's name as its currency's word begins
// (沙特 of 沙特里亚尔) and that currency's ISO code.
type countryISO struct {
	country string
	iso     string
}

// countryCurrency finds whose currency a sum in a shared word is
// (50亿里亚尔): the country of that word (shared_currency_words and
// currency_codes) its sentence names before it, or the one its clause
// names when the sentence names two. It returns "" and why when there is
// none or more than one: a sum of unknown currency is no amount, and never
// yuan. The document beyond the sentence is not asked: it may be about
// another country (墨西哥总统访问古巴。古巴将投资1亿比索).
func (x *Extractor) countryCurrency(st *docState, sp span) (iso, why string) {
	text := sp.text(st.runes)
	word := ""
	for w := range x.sharedCurrencies {
		if strings.Contains(text, w) && (len(w) > len(word) || len(w) == len(word) && w < word) {
			word = w
		}
	}
	cands := x.sharedCurrencies[word]
	if len(cands) == 0 {
		return "", "a shared currency word of no known country"
	}
	sent := st.sent.sentence(sp.start)
	switch iso, many := namedCountry(string(st.runes[sent.start:sp.start]), cands); {
	case iso != "":
		return iso, "its sentence names its country"
	case !many:
		return "", "its sentence names no country of " + strconv.Quote(word)
	}
	// 沙特与阿曼签署协议，沙特将投资50亿里亚尔: the sum's own clause names one.
	cl := clauseOf(st.runes, sp)
	if iso, many := namedCountry(string(st.runes[max(cl.start, sent.start):sp.start]), cands); iso != "" && !many {
		return iso, "its clause names its country"
	}
	return "", "its sentence names more than one country of " + strconv.Quote(word)
}

// namedCountry returns the currency of the one country of cands that text
// names, or many when it names more than one with different currencies.
func namedCountry(text string, cands []countryISO) (iso string, many bool) {
	for _, c := range cands {
		if strings.Contains(text, c.country) {
			if iso != "" && iso != c.iso {
				return "", true
			}
			iso = c.iso
		}
	}
	return iso, false
}

// capReach is how many runes, not digits, may stand between a word of
// amount_cap_words and the sum it caps (上限为每年 200 万元: 4).
const capReach = 5

// cappedBy reports whether the sum at q follows a word of amount_cap_words
// in its clause, at most capReach runes before it with no digit between.
func (x *Extractor) cappedBy(rs []rune, q span) bool {
	cl := clauseOf(rs, q)
	from := max(cl.start, q.start-capReach-x.lx.amountCapWords.longest())
	before := rs[from:q.start]
	found := false
	x.lx.amountCapWords.each(before, func(k, at int) {
		gap := before[at+len(x.lx.amountCapWords.index().words[k]):]
		if len(gap) <= capReach && !slices.ContainsFunc(gap, unicode.IsDigit) {
			found = true
		}
	})
	return found
}

// dedupeOverlaps keeps, of mentions whose spans overlap, the longest (the
// first found on ties). Input and output are in text order.
func dedupeOverlaps[T any](ms []T, sp func(T) span) []T {
	if len(ms) == 0 {
		return nil
	}
	out := make([]T, 0, len(ms)) // at most all of them: one allocation
	sorted := sort.SliceIsSorted(ms, func(i, j int) bool { return sp(ms[i]).start < sp(ms[j]).start })
	for _, m := range ms {
		s := sp(m)
		replaced := false
		lo := 0
		if sorted {
			// Kept spans do not overlap and come in order, so only a
			// tail of those ending after s starts can overlap it.
			lo = len(out)
			for lo > 0 && sp(out[lo-1]).end > s.start {
				lo--
			}
		}
		for i := lo; i < len(out); i++ {
			o := out[i]
			if sp(o).overlaps(s) {
				if s.len() > sp(o).len() {
					out[i] = m
				}
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, m)
		}
	}
	return out
}

// orphanScale reports whether a match starts with a scale word (万, 亿)
// that no word of the sentence governs: a table header's （万元）, an OCR
// slip (25l亿元), a number broken off on the line before. 过亿元 and
// 拥有万亿资产 read as "one 亿", "one 万亿"; after punctuation, a letter or
// a digit the number is missing, and reading it as one would be a silent
// wrong value. After a count and its counter (scale_class_counters: 24座
// 万亿GDP城市, 5家千亿级企业) the scale word names a class of things
// counted, no sum, unless 元 follows it (334个亿元以上项目: projects of a
// sum, which the sum names).
func (x *Extractor) orphanScale(rs []rune, s span) bool {
	// A bound word the match took in first (达到 亿元: a form's blank
	// where the figure goes) is passed over to the number.
	first := s.start
	for s.start < s.end && !number.IsNumeralRune(rs[s.start]) {
		s.start++
	}
	if s.start >= len(rs) || !number.IsLargeScale(rs[s.start]) {
		return false
	}
	if s.start == 0 || unicode.IsSpace(rs[s.start-1]) {
		return true
	}
	if x.blankFigure(rs, first, s) {
		return true
	}
	if s.start >= 2 && x.lx.scaleClassCounters.has(string(rs[s.start-1])) && number.IsNumeralRune(rs[s.start-2]) {
		// …but 334个亿元以上项目 counts projects of a sum: its 元 makes
		// the class one of money.
		k := s.start
		for k < len(rs) && number.IsLargeScale(rs[k]) {
			k++
		}
		return !strings.HasPrefix(string(rs[k:min(len(rs), k+2)]), x.txt.yuan)
	}
	return !unicode.Is(unicode.Han, rs[s.start-1])
}

// blankFigure reports whether a match whose number is a lone scale word
// (s starts at it; first is where the match began) is a form's blank
// with no space left for the figure: 筹集资金亿元，…, 分别达到亿元、
// 万元. A lone 亿 or 万 reads as "one 亿" only after a word of bound or
// vagueness the match took in (过亿元, 超亿元, 数亿元, 上亿元), or as
// the name of a class of sums before what it classes (亿元以上项目,
// 亿元村, 重回万亿元规模); after a plain word or 达到 and before
// punctuation or the end of the text it is the blank where the figure
// was to go.
func (x *Extractor) blankFigure(rs []rune, first int, s span) bool {
	if first < s.start {
		if q, ok := x.vocab.QualifierBefore(string(rs[first:s.start])); !ok || q != number.QualEqual {
			return false
		}
	}
	if first == s.start && !unicode.Is(unicode.Han, rs[s.start-1]) {
		return false
	}
	// The scale word alone, then 元 and nothing more: 万亿 is a figure of
	// speech (拥有万亿资产), 万人以上 and 亿元以上 name classes.
	end := s.start + 1 + utf8.RuneCountInString(x.txt.yuan)
	if end != s.end || string(rs[s.start+1:end]) != x.txt.yuan {
		return false
	}
	return end >= len(rs) || unicode.IsPunct(rs[end]) || unicode.IsSpace(rs[end])
}

// boundBeforePrice returns the bound written right before a per-unit word
// of amount_price_units that comes right before a sum starting at i
// (突破每桶100美元: >), if any.
func (x *Extractor) boundBeforePrice(rs []rune, i int) (number.Qualifier, bool) {
	for _, w := range x.lx.amountPriceUnits.index().words {
		k := i - len(w)
		if k < 0 || !slices.Equal(rs[k:i], w) {
			continue
		}
		return x.vocab.QualifierBefore(string(rs[max(0, k-boundBeforePriceReach):k]))
	}
	return "", false
}

// boundBeforePriceReach is how many runes before a price's per-unit word
// boundBeforePrice reads for a bound: the longest bound word.
const boundBeforePriceReach = 4

// perUnitBound returns the bound written after a per-unit that follows a
// sum ending at i (42万元/人以上: /人, then 以上): the sum's own bound.
func (x *Extractor) perUnitBound(rs []rune, i int) (number.Qualifier, bool) {
	if i >= len(rs) || rs[i] != '/' && rs[i] != '\uff0f' {
		return "", false
	}
	for n := 1; n <= 2 && i+n < len(rs) && isHan(rs[i+n]); n++ {
		if j := i + 1 + n; j < len(rs) {
			if q, ok := x.vocab.LeadingQualifier(string(rs[j:min(len(rs), j+4)])); ok {
				return q, true
			}
		}
	}
	return "", false
}
