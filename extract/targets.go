package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/number"
	"github.com/policygraph/policygraph/rules"
)

// Cue roles, as rule files name them.
const (
	cueGoal      = "goal"      // 将, 要, 力争, 目标: the sentence sets goals
	cueOpener    = "opener"    // 下一步, 今后: goals follow until a past cue
	cuePast      = "past"      // 已, 累计, 截至, 同比: a statistic of the past
	cueForecast  = "forecast"  // 预计, 有望: a forecast, not a goal
	cueCondition = "condition" // 符合条件, 给予, 最高: an eligibility rule or a subsidy cap
	cueDeadline  = "deadline"  // 到2025年: a goal's year
	cueBase      = "base"      // 在2021年基础上: a past year that is only a baseline
	cueThisYear  = "this_year" // 今年: the publication year
	cueNextYear  = "next_year" // 明年
	cueEnum      = "continue"  // 二是, 同时: continues the previous sentence's tense
	cueReach     = "reach"     // 达到, 突破: money stated as a level to reach
	cueFunding   = "funding"   // 投入, 安排资金: money spent, not a level to reach
	cueVerb      = "verb"      // 培育, 新增, 达到: a verb that sets a quantity as a goal
	cuePastWeak  = "past_weak" // 累计: past unless a goal cue precedes it
)

type cueSet struct{}

func buildCues(*rules.Set) *cueSet { return &cueSet{} }

// cue is one cue match.
type cue struct {
	role string
	span span
	year int
	rule string
}

// targetMention is a quantitative goal.
type targetMention struct {
	span   span // the quantity
	clause span
	rule   string
	q      number.Quantity
	metric string
	year   int
	region *division
	plan   *planMention
	agency *agencyMention
}

// findTargets decides which quantities are goals.
//
// Tense is read per sentence (split at 。！？ and line breaks, not at ；, so
// one 到2025年 governs a list of goals): a sentence sets goals when it has a
// deadline, a goal cue before the quantity, continues a goal sentence (二是…),
// or follows an opener (下一步…) with no past cue since. Within the
// quantity's clause a past, forecast or condition cue before it rejects it.
func (x *Extractor) findTargets(st *docState) {
	cues := x.docCues(st)
	pub := st.year
	if pub == 0 {
		pub = yearFromTitle(st.doc.Title)
	}
	if pub == 0 {
		// An undated plan was written as its period began: 2010年… in the
		// 12th five-year plan (2011-2015) is the past.
		if from, _ := planPeriod(st.doc.Title); from != 0 && x.documentSection(st).kind == sectionGoal {
			pub = from
		}
	}
	var cands []targetCand
	for _, m := range st.matches["quantity"] {
		if st.suppressed("quantity", m.span) || orphanScale(st.runes, m.span) {
			continue
		}
		q, err := x.vocab.ParseQuantity(m.span.text(st.runes))
		if err != nil {
			st.addTrace("target", m.rule.ID, m.span, "dropped: "+err.Error())
			continue
		}
		if u := m.rule.Attrs["unit"]; u != "" && q.Kind == number.KindBare {
			// The rule knows what is counted though the text wrote no
			// counter (贫困人口减少1000万以上 counts 人).
			q.Kind, q.Unit = number.KindCount, u
		}
		if q.Kind == number.KindBare || q.Kind == number.KindMoney {
			continue
		}
		cands = append(cands, targetCand{m.span, q, m.rule.ID})
	}
	for _, a := range st.amounts {
		cands = append(cands, targetCand{a.span, a.q, a.rule})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].s.start < cands[j].s.start })
	cands = dedupeOverlaps(cands, func(c targetCand) span { return c.s })

	// Cues and first quantities by sentence, so long documents stay linear.
	sents := st.periods
	sentCues := make([][]cue, len(sents))
	for _, c := range cues {
		si := sentenceIndex(sents, c.span.start)
		sentCues[si] = append(sentCues[si], c)
	}
	firstQ := make([]int, len(sents))
	for i, s := range sents {
		firstQ[i] = s.end
	}
	for _, c := range cands {
		if si := sentenceIndex(sents, c.s.start); c.s.start < firstQ[si] {
			firstQ[si] = c.s.start
		}
	}
	tenses := x.sentenceTenses(st, sents, sentCues, firstQ, pub)
	for si, s := range sents {
		if firstQ[si] < s.end { // explain the sentences that hold quantities
			t := tenses[si]
			verdict := "sentence sets no goals"
			if t.goal {
				verdict = "sentence sets goals"
			}
			if len(t.why) > 0 {
				verdict += " (" + strings.Join(t.why, ", ") + ")"
			}
			st.addTrace("sentence", "targets", s, verdict)
		}
	}

	for ci, c := range cands {
		si := sentenceIndex(sents, c.s.start)
		s := sents[si]
		tense := tenses[si]
		if !tense.goal {
			st.addTrace("target", c.rule, c.s, "not a goal: the sentence states no goal")
			continue
		}
		cs := sentCues[si]
		if !tense.inherited && !goalBefore(cs, s, c.s, pub) && !hasOpenerBefore(st.runes, cs, s, c.s) {
			st.addTrace("target", c.rule, c.s, "not a goal: the sentence's goal words come after it")
			continue
		}
		cl := clauseOf(st.runes, c.s)
		if r := x.clauseReject(st, cs, cl, c.s, c.q); r != "" {
			st.addTrace("target", c.rule, c.s, "not a goal: "+r)
			continue
		}
		if !licensed(st.runes, cs, s, cl, c.s, tense.section.kind == sectionGoal, x.set.Lexicon("rate_nouns")) {
			st.addTrace("target", c.rule, c.s, "not a goal: no goal verb governs it")
			continue
		}
		t := &targetMention{span: c.s, clause: cl, rule: c.rule, q: c.q}
		prevEnd, nextStart := -1, -1
		if ci > 0 && cl.contains(cands[ci-1].s) {
			prevEnd = cands[ci-1].s.end
		}
		if ci+1 < len(cands) && cl.contains(cands[ci+1].s) {
			nextStart = cands[ci+1].s.start
		}
		t.metric = x.metric(st, cs, itemOf(st.runes, cl, c.s, prevEnd, nextStart), c.s, sents[si])
		// 达到58% / 年均增长12%以上 say only how: the measure is the subject
		// of the goal before it in the sentence.
		if prev := lastTargetIn(st.targets, s); prev != nil && (t.metric == "" || x.has("metric_keep_verbs", t.metric) || isGrowthWord(t.metric)) {
			t.metric = trimSuffixes(trimSuffixes(prev.metric, []string{"提高", "增长", "提升", "降低", "下降"}), x.set.Lexicon("metric_strip_suffixes")) + t.metric
		}
		t.year = x.targetYear(st, cs, s, c.s, pub)
		if t.year == 0 {
			t.year = tense.year
		}
		t.plan = x.governingPlan(st, s, c.s)
		if t.year == 0 && t.plan != nil {
			// A plan titled (2022-2025年) or 2023年行动计划 sets the year of
			// the goals it states.
			t.year = t.plan.planFor().to
		}
		t.region = x.targetRegion(st, t, s, cs)
		if t.plan != nil && len(t.plan.planFor().issuers) > 0 {
			t.agency = t.plan.planFor().issuers[0]
		}
		st.targets = append(st.targets, t)
		st.addTrace("target", c.rule, c.s, "goal: "+t.metric)
	}
}

// licensed reports whether a goal verb governs the quantity: in its clause
// before it, or heading the list it stands in (an earlier clause of the
// sentence), or a goal noun (目标) heads the list, or the section is about
// goals.
func licensed(rs []rune, cues []cue, s, cl, q span, goalSection bool, rateNouns []string) bool {
	if goalSection {
		return true
	}
	// The quantity's span may begin with its verb (达到3万家).
	ns := numberStart(rs, q)
	// A share that opens its clause is governed by the verb after it
	// (70%的规上企业基本实现数字化, 力争使80%的企业实现上云).
	// 6.5%左右的增速可以实现… is a rate, not a share of anything.
	if opensClause(rs, cues, cl, ns) && q.end < cl.end && rs[q.end] == '的' && strings.ContainsRune(string(rs[q.start:q.end]), '%') &&
		!hasPrefixAny(rs[q.end+1:min(cl.end, q.end+4)], rateNouns...) {
		for _, c := range cues {
			if cl.contains(c.span) && c.span.start > q.end && (c.role == cueVerb || c.role == cueReach) {
				return true
			}
		}
	}
	for _, c := range cues {
		if !s.contains(c.span) || c.span.end > ns {
			continue
		}
		switch c.role {
		case cueVerb:
			if cl.contains(c.span) || c.span.end <= cl.start {
				return true
			}
		case cueGoal:
			if strings.Contains(c.span.text(rs), "目标") {
				return true
			}
		}
	}
	return false
}

// opensClause reports whether nothing but spaces, goal words (要, 力争)
// and 使/让 stand between the clause's start and position i.
func opensClause(rs []rune, cues []cue, cl span, i int) bool {
	for j := cl.start; j < i; j++ {
		if unicode.IsSpace(rs[j]) || rs[j] == '使' || rs[j] == '让' {
			continue
		}
		covered := false
		for _, c := range cues {
			if c.role == cueGoal && c.span.start <= j && j < c.span.end {
				covered = true
				break
			}
		}
		if !covered {
			return false
		}
	}
	return true
}

// goalBefore reports whether a goal, deadline or this-year cue stands
// before q in its sentence.
func goalBefore(cues []cue, s, q span, pub int) bool {
	for _, c := range cues {
		if !s.contains(c.span) || c.span.start >= q.start {
			continue
		}
		switch c.role {
		case cueGoal, cueThisYear, cueNextYear:
			return true
		case cueDeadline:
			if c.year == 0 || pub == 0 || c.year >= pub {
				return true
			}
		}
	}
	return false
}

// hasOpenerBefore reports whether an opener of goals (下一步，…,
// 主要目标是：) stands in sentence s before the quantity q.
func hasOpenerBefore(rs []rune, cues []cue, s, q span) bool {
	for _, c := range cues {
		if c.role == cueOpener && s.contains(c.span) && c.span.end <= q.start && isOpener(rs, s, c) {
			return true
		}
	}
	return false
}

// numberStart returns where the number of a quantity span begins, after
// any bound or verb words (超过, 达到).
func numberStart(rs []rune, q span) int {
	for i := q.start; i < q.end; i++ {
		if r := rs[i]; r >= '0' && r <= '9' || strings.ContainsRune("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟数几上", r) {
			return i
		}
	}
	return q.start
}

// planFor returns the plan a mention stands for (itself, or an alias's plan).
func (p *planMention) planFor() *planMention {
	if p.alias && p.target != nil {
		return p.target
	}
	return p
}

// clauseReject returns why a quantity in a goal sentence is still not a
// goal, or "".
func (x *Extractor) clauseReject(st *docState, cues []cue, cl, q span, qty number.Quantity) string {
	for _, c := range cues {
		if !cl.contains(c.span) {
			continue
		}
		before := c.span.end <= q.start
		switch c.role {
		case cuePast:
			return "past cue " + c.span.text(st.runes)
		case cuePastWeak:
			if !goalBefore(cues, st.periods[sentenceIndex(st.periods, c.span.start)], c.span, st.year) {
				return "past cue " + c.span.text(st.runes)
			}
		case cueForecast:
			if before {
				return "forecast cue " + c.span.text(st.runes)
			}
		case cueCondition:
			return "condition cue " + c.span.text(st.runes)
		}
	}
	if qty.Kind == number.KindMoney && hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], "企业", "的企业", "以上企业", "级", "规模以上") {
		return "a revenue class (超百亿元企业), not a goal"
	}
	if qty.Kind == number.KindMoney {
		// The verb nearest before the number decides: 营收达1200亿元 is a
		// level to reach, 投入145亿 is money spent. The quantity's span may
		// hold the verb itself (达到145亿元).
		// Money to be spent is a goal too when the clause says it is
		// planned (今年拟安排专项债券2.15万亿元, 将投入10亿元): a modal
		// before the funding verb.
		last, modal := "", false
		for _, c := range cues {
			if !cl.contains(c.span) || c.span.start >= q.end {
				continue
			}
			switch c.role {
			case cueGoal:
				modal = true
			case cueReach, cueFunding:
				if c.span.start < q.start || !startsWithDigit(st.runes[c.span.start]) {
					last = c.role
					if c.role == cueFunding && modal {
						last = cueReach
					}
				}
			}
		}
		if last != cueReach {
			return "money that is not a level to reach"
		}
	}
	if qty.Value == 0 {
		return "zero"
	}
	if hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.set.Lexicon("target_spec_suffixes")...) {
		// 百万千瓦级核电机组, 30万吨级矿石船: a class of equipment, not a goal.
		return "a size class (万吨级), not a goal"
	}
	// Statistics are written in Arabic digits (GB/T 15835); a small count
	// in Chinese numerals (三个聚焦, 两大引擎) names the plan's structure.
	if qty.Kind == number.KindCount && qty.Value < 10 && !qty.HasMax && !hasDigit(st.runes[q.start:q.end]) {
		return "a small count in words, not a statistic"
	}
	// 围绕四个方面, 六大任务, 10项措施: counts of the plan's own structure.
	// The word must head what is counted: 细分领域的头部企业 counts
	// enterprises; after 的 it must end the phrase (20个以上的分领域大脑
	// counts 大脑).
	after := string(st.runes[q.end:min(cl.end, q.end+8)])
	linked := strings.HasPrefix(after, "的")
	for _, w := range x.set.Lexicon("target_structural") {
		i := strings.Index(after, w)
		if i < 0 {
			continue
		}
		rest := after[i+len(w):]
		if strings.HasPrefix(rest, "的") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); linked && rest != "" && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			continue
		}
		return "a count of tasks, not a goal"
	}
	return ""
}

func hasPrefixAny(rs []rune, ws ...string) bool {
	s := string(rs)
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func startsWithDigit(r rune) bool { return r >= '0' && r <= '9' }

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// firstClause returns the sentence's opening clause.
func firstClause(rs []rune, s span) span {
	for i := s.start; i < s.end; i++ {
		if strings.ContainsRune("，,；;：:", rs[i]) {
			return span{s.start, i + 1}
		}
	}
	return s
}

// docCues collects the cue-rule matches of the document.
func (x *Extractor) docCues(st *docState) []cue {
	var out []cue
	for _, m := range st.matches["cue"] {
		c := cue{role: m.rule.Role, span: m.span, rule: m.rule.ID}
		if g, ok := m.group("year"); ok {
			c.year, _ = strconv.Atoi(g.text(st.runes))
		}
		out = append(out, c)
	}
	// A longer cue hides the shorter ones inside it (预期目标 is not 预期).
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].span.start != out[j].span.start {
			return out[i].span.start < out[j].span.start
		}
		return out[i].span.len() > out[j].span.len()
	})
	// Only kept cues still open at c's start can contain it: the window
	// of them stays small, so long documents stay linear.
	var kept, open []cue
	for _, c := range out {
		w := open[:0]
		for _, k := range open {
			if k.span.end > c.span.start {
				w = append(w, k)
			}
		}
		open = w
		hidden := false
		for _, k := range open {
			if k.span.contains(c.span) && k.span != c.span && k.role != c.role {
				hidden = true
			}
		}
		if !hidden {
			kept = append(kept, c)
			open = append(open, c)
		}
	}
	return kept
}

// cuesIn returns the cues, sorted by start, that lie inside s.
func cuesIn(cs []cue, s span) []cue {
	var out []cue
	for _, c := range startingIn(cs, func(c cue) span { return c.span }, s.start, s.end) {
		if s.contains(c.span) {
			out = append(out, c)
		}
	}
	return out
}

func hasDeadline(cs []cue) bool {
	for _, c := range cs {
		if c.role == cueDeadline && c.year != 0 {
			return true
		}
	}
	return false
}

// paragraphStart reports whether the sentence starting at i opens a
// paragraph: only spaces lie between it and the line break before it.
func paragraphStart(rs []rune, i int) bool {
	for i--; i >= 0; i-- {
		switch rs[i] {
		case '\n':
			return true
		case ' ', '\t', '\u3000':
		default:
			return false
		}
	}
	return true
}

func hasRole(cs []cue, role string) bool {
	for _, c := range cs {
		if c.role == role {
			return true
		}
	}
	return false
}

// itemOf narrows a clause to the list item holding q: from the last 、
// before it (智能工厂10个、数字化车间50个), or from a conjunction after the
// quantity before it (50个创新服务机构和100个创新人才基地), up to the 、 or
// conjunction before the next quantity. prevEnd and nextStart are the
// neighbouring quantities in the clause, or -1.
func itemOf(rs []rune, cl, q span, prevEnd, nextStart int) span {
	start := cl.start
	for i := q.start - 1; i > cl.start; i-- {
		if rs[i] == '、' {
			start = i + 1
			break
		}
	}
	if prevEnd > start && prevEnd <= q.start {
		for i := q.start - 1; i >= prevEnd; i-- {
			if isListConj(rs[i]) {
				start = i + 1
				break
			}
		}
	}
	end := cl.end
	if nextStart > q.end && nextStart <= cl.end {
		for i := nextStart - 1; i >= q.end; i-- {
			if rs[i] == '、' || isListConj(rs[i]) {
				end = i
				if rs[i] == '及' && i > q.end && rs[i-1] == '以' {
					end = i - 1
				}
				break
			}
		}
	}
	return span{start, end}
}

// isListConj reports whether r joins list items (A和B, A及B, A与B).
func isListConj(r rune) bool { return r == '和' || r == '及' || r == '与' }

func lastTargetIn(ts []*targetMention, s span) *targetMention {
	for i := len(ts) - 1; i >= 0; i-- {
		if s.contains(ts[i].span) {
			return ts[i]
		}
	}
	return nil
}

func isGrowthWord(m string) bool {
	switch m {
	case "增长", "提高", "提升", "降低", "下降", "增加", "减少", "年均增长", "同比增长":
		return true
	}
	return false
}

// targetCand is a quantity that may be a goal.
type targetCand struct {
	s    span
	q    number.Quantity
	rule string
}

// periodSentences splits text at 。！？ and line breaks (not at ；).
func periodSentences(rs []rune) []span {
	var out []span
	start := 0
	for i, r := range rs {
		switch r {
		case '。', '！', '？', '!', '?', '\n':
			if i+1 > start {
				out = append(out, span{start, i + 1})
			}
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, span{start, len(rs)})
	}
	if len(out) == 0 {
		out = append(out, span{0, len(rs)})
	}
	return out
}

func sentenceIndex(ss []span, i int) int {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].end > i })
	if k >= len(ss) {
		k = len(ss) - 1
	}
	return k
}

// clauseOf returns the clause around a quantity: split at ，；：、 unless the
// 、 joins items of one list that share a verb (新建3至5家A、30家B).
func clauseOf(rs []rune, q span) span {
	start, end := q.start, q.end
	for start > 0 && !strings.ContainsRune("，,；;：:。！？!?\n", rs[start-1]) {
		start--
	}
	for end < len(rs) && !strings.ContainsRune("，,；;：:。！？!?\n、", rs[end]) {
		end++
	}
	return span{start, end}
}

// leadingYear returns Y when a sentence opens with "Y年" (after optional
// spaces), else 0.
func leadingYear(rs []rune, s span) int {
	i := s.start
	for i < s.end && (rs[i] == ' ' || rs[i] == '\t') {
		i++
	}
	if i+5 > s.end {
		return 0
	}
	if rs[i+4] != '年' && !(rs[i+4] == ' ' && i+6 <= s.end && rs[i+5] == '年') {
		return 0
	}
	y, err := strconv.Atoi(string(rs[i : i+4]))
	if err != nil || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// yearFromTitle finds a year in a title (1954年…政府工作报告), or 0.
func yearFromTitle(t string) int {
	rs := []rune(t)
	for i := 0; i+5 <= len(rs); i++ {
		if rs[i+4] == '年' {
			if y, err := strconv.Atoi(string(rs[i : i+4])); err == nil && y >= 1900 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

// targetYear: the nearest deadline before the quantity in its sentence
// (到2025年), else 今年/明年 from the publication year, else a year opening
// the sentence.
func (x *Extractor) targetYear(st *docState, cues []cue, s, q span, pub int) int {
	year := 0
	before := startingIn(cues, func(c cue) span { return c.span }, s.start, q.start)
	for i := len(before) - 1; i >= 0 && year == 0; i-- { // the nearest deadline
		if c := before[i]; c.role == cueDeadline && c.span.end <= s.end {
			year = c.year
		}
	}
	for _, c := range before { // else the first 今年 or 明年
		if year != 0 || pub == 0 || c.span.end > s.end {
			break
		}
		switch c.role {
		case cueThisYear:
			year = pub
		case cueNextYear:
			year = pub + 1
		}
	}
	if year == 0 {
		if y := leadingYear(st.runes, s); y != 0 && (pub == 0 || y >= pub) {
			year = y
		}
	}
	if year == 0 {
		if _, to, ok := fiveYearPlan(string(st.runes[s.start:q.start])); ok {
			year = to
		}
	}
	return year
}

// governingPlan returns the plan a goal belongs to: one named earlier in the
// sentence (《计划》提出，…), else the document's only plan when the document
// is about it.
func (x *Extractor) governingPlan(st *docState, s, q span) *planMention {
	var p *planMention
	for _, pm := range startingIn(st.plans, (*planMention).spanOf, s.start, q.start) {
		if s.contains(pm.span) && pm.span.end <= q.start {
			p = pm
		}
	}
	if p != nil {
		return p
	}
	var only *planMention
	n := 0
	for _, pm := range st.plans {
		if !pm.alias {
			only = pm
			n++
		}
	}
	if n == 1 && x.documentIsAbout(st, only) {
		return only
	}
	return nil
}

// documentIsAbout reports whether a plan is what the document is about: it
// is named in the title line or in the lead (the first paragraph after
// the title: 近日，深圳市发展改革委印发《…行动计划》), or the document is the
// plan itself. A statute cited in a footer or a regulation named deep in a
// work report does not own the document's goals.
func (x *Extractor) documentIsAbout(st *docState, p *planMention) bool {
	if t := strings.TrimSpace(st.doc.Title); t != "" && (strings.Contains(t, p.title) || strings.Contains(p.title, t) && len([]rune(t)) >= 6) {
		return true
	}
	lead := 0
	for i, lines := 0, 0; i < len(st.runes); i++ {
		if st.runes[i] == '\n' {
			if i > 0 && st.runes[i-1] != '\n' {
				lines++
			}
			if lines == 2 {
				break
			}
		}
		lead = i + 1
	}
	return p.span.start < lead
}

// targetRegion: the region its own sentence opens with (到2025年，深圳市培育…;
// a bulletin's item about 南宁 in a 广州 paper), else the jurisdiction of
// the plan's issuer, else the document's; none for goals of central bodies.
func (x *Extractor) targetRegion(st *docState, t *targetMention, sent span, cs []cue) *division {
	if d := x.subjectRegion(st, sent, t.span, cs); d != nil {
		return d
	}
	if t.plan != nil {
		p := t.plan.planFor()
		// A plan named for a region (长三角…示范区…行动计划, 山西省…行动计划) is that region's.
		for _, m := range st.regionsFrom(p.span.start, p.span.start+1) {
			if m.div != nil {
				return m.div
			}
		}
		var rs []*division
		for _, a := range p.issuers {
			if a.region != nil {
				rs = append(rs, a.region)
			}
		}
		if len(rs) > 0 {
			return commonRegion(rs)
		}
		if len(p.issuers) > 0 {
			return nil
		}
	}
	if st.juris.national {
		return nil
	}
	return st.juris.most()
}

// subjectRegion returns the region a sentence opens with, before the
// quantity q, when only time words, goal words and punctuation stand before
// it (到2025年，深圳市…; 今年南宁市力争…) and it is not one of a list
// (北京、上海等地…). Deictic words (全省) are left to the jurisdiction.
func (x *Extractor) subjectRegion(st *docState, sent, q span, cs []cue) *division {
	for _, m := range st.regionsFrom(sent.start, q.start) {
		if m.deixis || m.div == nil || m.div.level == levelEconomic {
			return nil
		}
		for i := sent.start; i < m.span.start; i++ {
			r := st.runes[i]
			if unicode.IsSpace(r) || unicode.IsPunct(r) || covered(cs, i) {
				continue
			}
			return nil
		}
		if m.span.end < len(st.runes) && (st.runes[m.span.end] == '、' || isListConj(st.runes[m.span.end]) || st.runes[m.span.end] == '等') {
			return nil
		}
		return m.div
	}
	return nil
}

// covered reports whether position i lies inside a time or goal cue (到2025年,
// 今年, 力争).
func covered(cs []cue, i int) bool {
	for _, c := range cs {
		switch c.role {
		case cueDeadline, cueThisYear, cueNextYear, cueGoal:
			if c.span.start <= i && i < c.span.end {
				return true
			}
		}
	}
	return false
}

// commonRegion returns the region every division in ds lies in (itself
// included), or nil when they are in different provinces.
func commonRegion(ds []*division) *division {
	c := ds[0]
	for _, d := range ds[1:] {
		for c != nil && c != d && !c.isAncestor(d) {
			c = c.parent
		}
	}
	return c
}

// metric names what a goal measures: the words of its clause around the
// quantity, without cue words, leading verbs that only say "do" (培育,
// 组织实施), and trailing filler — but keeping verbs that define the measure
// (新增, 新建, 增长).
func (x *Extractor) metric(st *docState, cs []cue, cl, q span, sent span) string {
	// Tense and baseline words inside the clause are not part of what is
	// measured (资金将在2021年基础上再增长 measures 资金…增长).
	var b strings.Builder
	at := cl.start
	for _, c := range cuesIn(cs, span{cl.start, q.start}) {
		switch c.role {
		case cueBase, cueGoal, cueDeadline, cueThisYear, cueNextYear:
			if c.span.start >= at {
				b.WriteString(string(st.runes[at:c.span.start]))
				at = c.span.end
			}
		}
	}
	b.WriteString(string(st.runes[at:q.start]))
	before := b.String()
	after := string(st.runes[q.end:cl.end])
	before = x.stripMetric(before)
	after = strings.TrimLeft(after, "的")
	after = trimSuffixes(after, x.set.Lexicon("metric_trailing"))
	keepVerb := ""
	for _, v := range x.set.Lexicon("metric_keep_verbs") {
		if strings.HasSuffix(before, v) {
			keepVerb = v
		}
	}
	// A list item without its own verb (、30家省技术创新中心) borrows the
	// verb of the first item.
	if before == "" && cl.start > 0 && (st.runes[cl.start-1] == '、' || isListConj(st.runes[cl.start-1])) {
		prev := string(st.runes[st.sent.clause(cl.start-2).start:cl.start])
		for _, v := range x.set.Lexicon("metric_keep_verbs") {
			if strings.Contains(prev, v) {
				keepVerb = v
			}
		}
	}
	var m string
	switch {
	case strings.TrimSpace(after) != "" && (before == "" || keepVerb != "" || x.endsWithVerb(before)):
		m = keepVerb + after
	default:
		m = before
	}
	for _, w := range x.set.Lexicon("metric_trailing") {
		m = strings.TrimSuffix(m, w)
	}
	return strings.TrimSpace(m)
}

// stripMetric removes cue words, years, region names and "do" verbs from
// the front of a clause, and reach verbs from its end.
func (x *Extractor) stripMetric(s string) string {
	for changed := true; changed; {
		changed = false
		s = strings.TrimLeft(s, " ，,、；;：:")
		for _, w := range x.set.Lexicon("metric_strip_prefixes") {
			if strings.HasPrefix(s, w) && len(s) > len(w) {
				s, changed = s[len(w):], true
			}
		}
		if loc := leadingDeadline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			s, changed = s[loc[1]:], true
		}
		if f := x.regions.leadingRegion(s); f != "" && len(s) > len(f) {
			if rest := s[len(f):]; strings.HasPrefix(rest, "级") {
				// 山东省级资金: the level stays (省级资金).
				_, n := utf8.DecodeLastRuneInString(f)
				s, changed = s[len(f)-n:], true
			} else {
				s, changed = rest, true
			}
		}
	}
	s = trimSuffixes(s, x.set.Lexicon("metric_strip_suffixes"))
	return s
}

func (x *Extractor) endsWithVerb(s string) bool {
	for _, v := range x.set.Lexicon("metric_drop_verbs") {
		if s == v || strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

func trimSuffixes(s string, ws []string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range ws {
			if strings.HasSuffix(s, w) && len(s) > len(w) {
				s, changed = strings.TrimSuffix(s, w), true
			}
		}
	}
	return s
}

// leadingRegion returns the region name (any form) that opens s, or "".
func (ix *regionIndex) leadingRegion(s string) string {
	best := ""
	rs := []rune(s)
	for n := 2; n <= 8 && n <= len(rs); n++ {
		if f := ix.byForm[string(rs[:n])]; f != nil && len(f.direct()) > 0 {
			best = string(rs[:n])
		}
	}
	return best
}
