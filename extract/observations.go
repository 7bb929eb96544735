package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// Observations are the values of indicators in statements of the past:
// a work report's review of the year before (全省地区生产总值增长5.6%), a
// sentence that names a past year (2024年…), a statistical communiqué.
// They are what targets are measured against, and never targets.

// observation is one past value of an indicator.
type observation struct {
	ind    *rules.Indicator
	span   span // the value
	q      number.Quantity
	value  float64 // signed: 下降2% of a growth rate is -2
	period int     // the year it is a value of
	region *division
	metric string // the words that named it
}

// Parts of a document, for the tense of observations.
const (
	partUnknown = iota
	partReview  // the review of the past year
	partPlan    // the goals and tasks of the year to come
	partYears   // a review of several years (这五年): no one year's values
)

// reportYear is the year a document speaks in, whose goals a work report
// sets: from the line that says when it was delivered (——2025年1月20日在…
// 人民代表大会…上), the title, or the document date. A report delivered in
// December sets the next year's goals.
func (tx *text) reportYear(st *docState) int {
	dated := func(y, m string) int {
		year, _ := strconv.Atoi(y)
		if rest, ok := strings.CutPrefix(m, string(number.Ten)); ok {
			m = "1" + rest // 十二 (十2 after ASCIIDigits) → 12
		}
		if month, _ := strconv.Atoi(m); month == 12 {
			year++
		}
		return year
	}
	// 二〇二四年一月二十一日: the digits of a year written in Chinese
	// numerals (the month's 十 is left; deliveredOn needs only the year and
	// reads such a month as not December).
	raw := st.runes[:min(len(st.runes), 600)]
	// Most heads lack a word of the pattern: then it need not run, nor the
	// head be rewritten (when the words hold no digit, the rewriting
	// cannot make or break one of them).
	if tx.deliveredNeedsRaw == nil || runesContainAll(raw, tx.deliveredNeedsRaw) {
		head := number.ASCIIDigitsRunes(raw)
		if containsAll(head, tx.deliveredNeeds) {
			if m := tx.deliveredOn.FindStringSubmatch(head); m != nil {
				return dated(m[1], m[2])
			}
		}
	}
	if m := tx.titleDate.FindStringSubmatch(st.title); m != nil {
		return dated(m[1], m[2])
	}
	if y := tx.yearFromTitle(st.title); y != 0 {
		return y
	}
	if len(st.doc.Date) >= 7 {
		return dated(st.doc.Date[:4], st.doc.Date[5:7])
	}
	return st.year
}

// speakingRegion returns the region whose people's congress a work
// report was delivered to (——2025年1月13日在乌鲁木齐市第十六届人民代表大会
// 第四次会议上): the region named last before the congress word near the
// head of the document, or nil.
func (x *Extractor) speakingRegion(st *docState) *division {
	return x.congressRegion(st, st.regions, func(m *regionMention) *division { return m.div })
}

// congressRegion is speakingRegion over the mentions ms (sorted by start),
// each read as div says: resolveRegions asks it before the mentions are
// settled, of their only candidate.
func (x *Extractor) congressRegion(st *docState, ms []*regionMention, div func(*regionMention) *division) *division {
	words := x.lx.congressWords
	first := make([]int, len(words.list)) // by word, where it first occurs
	for k := range first {
		first[k] = -1
	}
	words.each(st.runes[:min(len(st.runes), 600)], func(k, start int) {
		if first[k] < 0 {
			first[k] = start
		}
	})
	spanOf := func(m *regionMention) span { return m.span }
	for _, at := range first {
		if at < 0 {
			continue
		}
		var d *division
		for _, m := range startingIn(ms, spanOf, max(0, at-30), at) {
			if md := div(m); md != nil && md.level != levelEconomic && m.span.end <= at {
				d = md
			}
		}
		if d != nil {
			return d
		}
	}
	return nil
}

// documentParts says for each period sentence which part of the document
// it is in: a heading naming the year the document speaks in
// (二、2025年目标任务) or the plan (工作安排, 预期目标) starts the plan part;
// one naming a past year (一、2024年工作回顾) or the review (工作回顾, 过去一年)
// the review part.
//
// With headingsOnly, only short heading lines change the part (2023年工作
// 回顾, 二、2024年工作安排): a paragraph that opens with 过去一年 does not, as
// the targets pass needs, for which a part wrongly taken for a review would
// lose every goal after it.
func (x *Extractor) documentParts(st *docState, pub int, headingsOnly bool) []int {
	parts := make([]int, len(st.periods))
	feats := x.partFeatures(st)
	part := partUnknown
	openedAt := 0 // the ordinal of the chapter heading that opened the review part (一、…工作回顾), or 0
	for si, s := range st.periods {
		if f := feats[si]; f.start {
			was := part
			year := f.year
			switch {
			case part == partReview && openedAt > 0 && f.ordinal == openedAt+1 && !f.textReview && !f.textPlan && !f.pastWords && !f.openingYears && (year == 0 || pub == 0 || year >= pub):
				// 一、“六五”计划执行情况的回顾 … 二、“七五”时期的基本任务: the
				// next chapter of the same numbering ends the review (items
				// numbered anew inside it, 一、保障改善民生, do not; nor
				// does a chapter on another past, 二、…实施情况).
				part = partUnknown
			case year != 0 && pub != 0 && year >= pub:
				part = partPlan
			case year != 0 && pub != 0 && year < pub && f.textReview:
				part = partReview
			case f.openingYears && (f.short || !headingsOnly):
				part = partYears
			case f.short && f.textPlan:
				part = partPlan
			case f.short && f.textReview, f.openingReview && !headingsOnly:
				part = partReview
			}
			if part != was {
				openedAt = 0
				if part == partReview {
					openedAt = f.ordinal
				}
			}
			if part != was && !headingsOnly {
				st.addTrace("part", "observations", s, [...]string{"unknown", "review of the past year", "plan of the year", "review of several years"}[part])
			}
		}
		parts[si] = part
	}
	return parts
}

// partFeature is what documentParts reads of a period sentence that
// starts a paragraph (or the text).
type partFeature struct {
	start         bool // the sentence starts a paragraph, or the text
	ordinal       int  // the number of a chapter heading numbered 一、 to 十、, or 0
	pastWords     bool // the sentence holds a word of section_past_words (short ones only)
	short         bool // a heading, or 40 runes at most
	year          int  // the year a short sentence names (yearWord), or 0
	textReview    bool // the sentence holds a review word (short ones only)
	textPlan      bool // the sentence holds a plan word (short ones only)
	openingYears  bool // its first 8 runes hold a several-years word
	openingReview bool // its first 8 runes hold a review word
}

// partFeatures returns the partFeature of every period sentence, worked
// out once per document: documentParts is asked twice (targets, then
// indicators), with the same sentences.
func (x *Extractor) partFeatures(st *docState) []partFeature {
	if st.partFeats != nil {
		return st.partFeats
	}
	review, plan := x.lx.observationReviewWords.list, x.lx.observationPlanWords.list
	years := x.lx.observationMultiYearWords.list
	feats := make([]partFeature, len(st.periods))
	for si, s := range st.periods {
		if si != 0 && !paragraphStart(st.runes, s.start) {
			continue
		}
		lvl := x.headingOf(st.runes, s).level
		// A short sentence is a heading only when it is its whole line: 关于
		// 一年来的政府工作，…作报告。 opening a long paragraph is not.
		f := partFeature{start: true, short: lvl > 0 || s.len() <= 40 && wholeLine(st.runes, s)}
		if lvl == 1 {
			f.ordinal = chapterOrdinal(st.runes, s)
		}
		opening := string(st.runes[s.start:min(s.end, s.start+8)])
		if f.short {
			text := s.text(st.runes) // only a short line's year and words tell the part
			if m := x.txt.yearWord.FindStringSubmatch(text); m != nil {
				f.year, _ = strconv.Atoi(m[1])
			}
			f.textReview, f.textPlan = containsAny(text, review), containsAny(text, plan)
			f.pastWords = containsAny(text, x.lx.sectionPastWords.list)
		}
		f.openingYears, f.openingReview = containsAny(opening, years), containsAny(opening, review)
		feats[si] = f
	}
	st.partFeats = feats
	return feats
}

// wholeLine reports whether nothing but spaces follows s on its line.
func wholeLine(rs []rune, s span) bool {
	for i := s.end; i < len(rs) && rs[i] != '\n'; i++ {
		if !unicode.IsSpace(rs[i]) {
			return false
		}
	}
	return true
}

// findObservations finds the past values of indicators, leaving out the
// values that are targets (claimed).
func (x *Extractor) findObservations(st *docState, vi *valueIndex, claimed map[span]bool, pub int, parts []int, region *division) []observation {
	communique := 0
	if containsAny(st.title, x.lx.observationDocuments.list) {
		communique = x.txt.yearFromTitle(st.title)
	}
	// The candidates are the targets pass's: counts and rates from the
	// quantity rules and the amounts, sorted, one per span.
	cands := x.targetCandidates(st)

	reject := x.lx.observationReject.list
	rejectSentence := x.lx.observationRejectSentence.list
	rejectCount := x.lx.observationRejectCount.list
	negative := x.lx.observationNegative.list
	positive := x.lx.observationPositive.list
	var out []observation
	for _, c := range cands {
		if claimed[c.s] || c.q.HasMax {
			continue
		}
		unit := x.txt.targetUnit(c.q)
		ind, words := x.indicatorAt(st, vi, c.s, unit)
		if ind == nil {
			continue
		}
		cl := clauseOf(st.runes, c.s)
		from := min(words.start, cl.start)
		before := string(st.runes[from:c.s.start])
		if containsAny(before, reject) {
			st.addTrace("observation", ind.ID, c.s, "dropped: not one year's value ("+before+")")
			continue
		}
		si := sentenceIndex(st.periods, c.s.start)
		sent := st.periods[si]
		if containsAny(string(st.runes[sent.start:c.s.start]), rejectSentence) {
			st.addTrace("observation", ind.ID, c.s, "dropped: a forecast")
			continue
		}
		if ind.Kind == "count" || ind.Kind == "level" {
			seg := segmentStart(st.runes, sent, c.s)
			outside := string(st.runes[seg:max(seg, words.start)]) + "\x00" + string(st.runes[max(seg, words.end):c.s.start])
			if w := firstOf(outside, rejectCount); w != "" && !strings.Contains(ind.Name, w) {
				st.addTrace("observation", ind.ID, c.s, "dropped: only the part added ("+w+")")
				continue
			}
		}
		year := x.txt.yearBefore(st.runes, sent, c.s)
		period := 0
		switch {
		case communique != 0:
			period = communique
			if year != 0 && year < communique {
				period = year
			}
		case year != 0:
			if pub != 0 && year >= pub {
				continue // this year's or a later year's: a goal, not a value
			}
			period = year
		case parts[si] == partYears:
			continue
		case parts[si] == partReview && pub != 0:
			period = pub - 1
		default:
			continue
		}
		if parts[si] == partPlan && year == 0 && communique == 0 {
			continue
		}
		v := c.q.Value
		if ind.Kind == "rate" && !containsAny(ind.Name, negative) && lastIsNegative(string(st.runes[words.start:c.s.start]), negative, positive) {
			v = -v
		}
		out = append(out, observation{ind: ind, span: c.s, q: c.q, value: v, period: period, region: region, metric: metricWords(st.runes, words, vi.spans)})
	}
	return out
}

// metricWords is the text that named an observation's indicator without
// the values and footnote marks inside it: 国内生产总值[2]1349084亿元，比上年增长
// → 国内生产总值，比上年增长.
func metricWords(rs []rune, words span, values []span) string {
	var b strings.Builder
	k := sort.Search(len(values), func(i int) bool { return values[i].end > words.start })
	for i := words.start; i < words.end; i++ {
		for k < len(values) && values[k].end <= i {
			k++
		}
		if k < len(values) && values[k].start <= i && i < values[k].end {
			continue
		}
		if rs[i] == '[' {
			if j := i + 1; j < words.end && rs[j] >= '0' && rs[j] <= '9' {
				for j < words.end && rs[j] >= '0' && rs[j] <= '9' {
					j++
				}
				if j < words.end && rs[j] == ']' {
					i = j
					continue
				}
			}
		}
		b.WriteRune(rs[i])
	}
	return strings.Trim(b.String(), "，,、；; ")
}

// segmentStart returns where the comma clause holding q starts: after the
// last ，；： before it in its sentence (a 、 list shares its verb, so it
// does not end a segment).
func segmentStart(rs []rune, sent, q span) int {
	for i := q.start - 1; i >= sent.start; i-- {
		switch rs[i] {
		case '，', ',', '；', ';', '：', ':':
			return i + 1
		}
	}
	return sent.start
}

// firstOf returns the first word of ws that s contains, or "".
func firstOf(s string, ws []string) string {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// yearBefore returns the year named last before q in its sentence (2024年，
// 全省…), not one that is only a baseline (比2020年, 较2019年) or a deadline
// (到2025年), or 0.
func (tx *text) yearBefore(rs []rune, sent, q span) int {
	text := string(rs[sent.start:q.start])
	year := 0
	for _, m := range tx.yearWord.FindAllStringSubmatchIndex(text, -1) {
		pre := []rune(text[:m[0]])
		if n := len(pre); n > 0 && strings.ContainsRune(tx.yearBaseChars, pre[n-1]) {
			continue
		}
		year, _ = strconv.Atoi(text[m[2]:m[3]])
	}
	return year
}

// lastIsNegative reports whether the last change word in s says down
// (下降) rather than up (增长).
func lastIsNegative(s string, negative, positive []string) bool {
	lastNeg := -1
	for _, w := range negative {
		lastNeg = max(lastNeg, strings.LastIndex(s, w))
	}
	lastPos := -1
	for _, w := range positive {
		lastPos = max(lastPos, strings.LastIndex(s, w))
	}
	return lastNeg > lastPos
}

func itoa(i int) string {
	if i == 0 {
		return ""
	}
	return strconv.Itoa(i)
}

// chapterOrdinal returns the number of a chapter heading that sentence s
// opens with, 一、 to 十、 (spaces before it skipped), or 0.
func chapterOrdinal(rs []rune, s span) int {
	i := s.start
	for i < s.end && unicode.IsSpace(rs[i]) {
		i++
	}
	if i+1 < s.end && rs[i+1] == '\u3001' && number.IsCountRune(rs[i]) {
		return smallNumber(string(rs[i]))
	}
	return 0
}
