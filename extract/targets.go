package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
)

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

// findTargets decides which quantities are goals. The passes, in order:
//
//  1. targetCandidates: every quantity that can be a goal (counts, rates,
//     money), one per span;
//  2. sentenceTenses (tense.go): whether each sentence (split at 。！？ and
//     line breaks, not at ；, so one 到2025年 governs a list) sets goals,
//     from its cues, the sentences before it and its section;
//  3. rejectGoal: why a quantity in a goal sentence is still no goal (a
//     past, forecast or condition cue in its clause, no goal verb …);
//  4. describeGoal: its metric (metric.go), year, plan and region
//     (attach.go).
//
// reachFundingGap is how many runes may stand between a reach verb and a
// funding word for the pair to state a level to reach: 完成固定资产投资 (a
// noun of four between them), 完成投资 (none). A clause break never can.
const reachFundingGap = 6

func (x *Extractor) findTargets(st *docState) {
	docSec := x.documentSection(st)
	st.news = x.isNews(st, docSec)
	st.planDoc = docSec.kind == sectionGoal
	st.wordNumbers = numbersInWords(st)
	pub := x.publicationYear(st, docSec)
	planEnd := 0
	if docSec.kind == sectionGoal {
		planEnd = docSec.year
	}
	d := x.dating(st, pub)
	cues := x.docCues(st, d, planEnd)
	cands := x.targetCandidates(st)
	values := valueSpans(st)
	var parts []int // a report's parts by period sentence (its review, its plan)
	reportYr := 0   // a work report's own year, once per document
	if st.report {
		reportYr = x.txt.reportYear(st)
		// A report delivered in December (——2022年12月21日在…) reviews
		// the year it is given in: its heading 一、2022年工作回顾 names a
		// past year, against the report's own.
		py := reportYr
		if py == 0 {
			py = pub
		}
		parts = x.documentParts(st, py, true)
	}

	// Cues and first quantities by sentence, so long documents stay linear.
	// The cues are sorted by start, so each sentence's are a run of them:
	// a slice of cues (capped, so that nothing appended to one sentence's
	// could overwrite the next's), not a copy.
	sents := st.periods
	sentCues := make([][]cue, len(sents))
	for i := 0; i < len(cues); {
		si := sentenceIndex(sents, cues[i].span.start)
		j := i + 1
		for j < len(cues) && sentenceIndex(sents, cues[j].span.start) == si {
			j++
		}
		sentCues[si] = cues[i:j:j]
		i = j
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
	tenses := x.sentenceTenses(st, sents, sentCues, firstQ, d, docSec)
	for si, s := range sents {
		if firstQ[si] < s.end { // explain the sentences that hold quantities
			st.addTrace("sentence", "targets", s, tenses[si].verdict())
		}
	}

	// A report delivered late in the year before its own (——2022年12月29日
	// 在…会议上, the 2023 report) sets its goals for its own year: 年内 in
	// its plan is that year (明年 is still the calendar's next).
	st.reportYear = reportYr
	for ci, c := range cands {
		si := sentenceIndex(sents, c.s.start)
		g := goalContext{sent: sents[si], tense: tenses[si], cues: sentCues[si], pub: pub, values: values}
		if parts != nil && parts[si] == partReview && g.tense.section.kind != sectionGoal && !deadlineAhead(g.cues, pub) {
			// 2023年工作回顾 … 一、社会大局和谐稳定 … 新建26个: the report's
			// review part holds its numbered chapters too.
			st.addTrace("target", c.rule, c.s, "not a goal: in the report's review of the past")
			continue
		}
		if why := x.rejectGoal(st, g, c); why != "" {
			st.addTrace("target", c.rule, c.s, "not a goal: "+why)
			continue
		}
		// The neighbouring quantities of its clause bound its list item.
		prevStart, prevEnd, nextStart := -1, -1, -1
		cl := clauseOf(st.runes, c.s)
		if ci > 0 && cl.contains(cands[ci-1].s) {
			prevEnd = cands[ci-1].s.end
			if x.lx.metricCounters.has(cands[ci-1].q.Unit) {
				prevStart = cands[ci-1].s.start // a count may open the item (、475个…)
			}
		}
		if ci+1 < len(cands) && cl.contains(cands[ci+1].s) {
			nextStart = cands[ci+1].s.start
		}
		t := x.describeGoal(st, g, c, x.txt.itemOf(st.runes, cl, c.s, prevStart, prevEnd, nextStart))
		if !st.report && pub != 0 && !deadlineAhead(g.cues, pub) && x.sentenceYear(st, g.cues, g.sent, c.s, pub) < pub {
			if y := x.pastYearBefore(st, g.cues, g.sent, c.s); y != 0 && y < pub {
				// 他表示，2025年中国对非投资达300亿美元 in news of 2026: a
				// value of a year gone by, reported.
				st.addTrace("target", c.rule, c.s, "not a goal: the year "+strconv.Itoa(y)+" that opens its clause is before the document's")
				continue
			}
		}
		if y := x.pastYearValue(st.runes, cl, c.s, pub); y != 0 && (c.q.Kind == number.KindMoney || c.q.Kind == number.KindCount) {
			// 由1952年的270.1亿元到1957年将增加为535.6亿元 in a plan of
			// 1955: the value of a year before the document is the base.
			// (A share or a multiple after Y年的 may be measured against
			// it: 将为1952年的4.6倍.)
			st.addTrace("target", c.rule, c.s, "not a goal: the value of "+strconv.Itoa(y)+", before the document's year")
			continue
		}
		if st.report && t.year != 0 && reportYr != 0 && t.year < reportYr {
			// 由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元 in a
			// report of 1983: a value dated before the report is a result.
			// (Elsewhere a year may be misread from a base, 比2020年翻一番, so
			// the rule stays with reports, dated by their own year.)
			st.addTrace("target", c.rule, c.s, "not a goal: its year "+strconv.Itoa(t.year)+" is before the document's")
			continue
		}
		if x.restatesGoal(st, cl, t) {
			st.addTrace("target", c.rule, c.s, "not a goal: restates a goal stated before")
			continue
		}
		ms := x.eachMetrics(t.metric)
		if ms == nil {
			t.metric = trimSuffixes(t.metric, x.lx.eachWords.list) // 新建、改扩建学校各20所: one name
		}
		if ms != nil {
			// 新增科技型中小企业、高新技术企业各500家: a goal per name.
			for _, m := range ms {
				u := *t
				u.metric = m
				st.targets = append(st.targets, &u)
				st.addTrace("target", c.rule, c.s, "goal: "+m)
			}
			continue
		}
		st.targets = append(st.targets, t)
		st.addTrace("target", c.rule, c.s, "goal: "+t.metric)
	}
}

// proposedGoals reports whether past cue c is one rune (了) right after a word of
// proposed_goal_verbs (提出了) and the figures after it, q among them, end
// in 等 or 的 and a word of proposed_goal_nouns before the sentence does
// (提出了…降低20%左右、…减少10%等目标).
func (x *Extractor) proposedGoals(rs []rune, c, q, sent span) bool {
	if suffixOf(rs[sent.start:c.start], x.lx.proposedGoalVerbs.list) == 0 || c.len() != 1 {
		return false
	}
	rest := string(rs[q.end:sent.end])
	if i := strings.IndexAny(rest, "；;"); i >= 0 {
		rest = rest[:i]
	}
	for _, n := range x.lx.proposedGoalNouns.list {
		if strings.Contains(rest, x.txt.etcWord+n) || strings.Contains(rest, x.txt.deWord+n) {
			return true
		}
	}
	return false
}

// focusBefore reports whether a word of target_focus_verbs opens what
// the count at ns belongs to: it stands in clause cl within focusReach
// runes before ns, with a count of its own between (聚焦十大新兴产业25个
// 细分领域), and no list separator nor a verb that governs goals
// (依托龙头企业新建5个基地 sets a goal).
func (x *Extractor) focusBefore(rs []rune, cues []cue, cl span, ns int) bool {
	from := max(cl.start, ns-focusReach)
	for i := ns - 1; i >= from; i-- {
		if hasAnyRune(rs[i:i+1], unitListSeps) {
			return false
		}
		n := suffixOf(rs[from:i+1], x.lx.targetFocusVerbs.list)
		if n == 0 {
			continue
		}
		for _, c := range cues {
			if c.span.start > i && c.span.end <= ns && (c.role == cueVerb || c.role == cueReach || c.role == cueGoal) {
				return false
			}
		}
		// A count of its own: numerals not of a year (到2026年推出300项
		// sets a goal).
		mid := rs[i+1 : ns]
		for j := 0; j < len(mid); j++ {
			if !number.IsNumeralRune(mid[j]) {
				continue
			}
			k := j
			for k < len(mid) && number.IsNumeralRune(mid[k]) {
				k++
			}
			if k < len(mid) && mid[k] != x.txt.year {
				return true
			}
			j = k
		}
		return false
	}
	return false
}

// focusList reports whether the count at ns closes a list (…、…等8个重点
// 行业) that a word of target_focus_verbs opens right before its first
// item, within focusListReach runes of clause cl and with no verb that
// governs goals between (聚焦酱酒、煤矿、化工等8个重点行业).
func (x *Extractor) focusList(rs []rune, cues []cue, cl span, ns int) bool {
	if ns-1 <= cl.start || rs[ns-1] != x.txt.etc {
		return false
	}
	from := max(cl.start, ns-focusListReach)
	for i := ns - 2; i >= from; i-- {
		n := suffixOf(rs[from:i+1], x.lx.targetFocusVerbs.list)
		if n == 0 {
			continue
		}
		items := rs[i+1 : ns-1]
		if !slices.Contains(items, '、') || hasAnyRune(items, "，,；;：:") {
			return false
		}
		for _, c := range cues {
			if c.span.start > i && c.span.end <= ns && (c.role == cueVerb || c.role == cueReach || c.role == cueGoal) {
				return false
			}
		}
		return true
	}
	return false
}

// focusListReach is how far before a count, in runes, focusList looks for
// the verb that opens its list.
const focusListReach = 60

// focusReach is how far before a count, in runes, focusBefore looks for
// the verb that turns the work to it.
const focusReach = 12

// eachMetrics splits a metric that ends in a word of each_words after a
// list of names joined by 、 into one metric per name, or returns nil.
// The names must read as actions or levels, the first or the last opening
// with a verb (新增科技型中小企业、高新技术企业各; 新改建高标准农田、新增耕地各) or
// the first being a level (省级、国家级专精特新企业各), or be whole names of
// three runes or more, the last no longer than twice the first
// (选育标杆农民合作社、家庭农场各). Later names take the verb
// of metric_keep_verbs the first opens with (新增高新技术企业). A first name
// that is only a verb or a level shares what follows the verb or level of
// the last (开工、投产新能源项目各: 开工新能源项目; 国家级、省级、市级龙头企业各:
// 国家级龙头企业); where the last has none to strip, nothing is split.
func (x *Extractor) eachMetrics(m string) []string {
	var list string
	for _, w := range x.lx.eachWords.list {
		if l, ok := strings.CutSuffix(m, w); ok {
			list = l
			break
		}
	}
	items := strings.Split(list, "、")
	if len(items) < 2 {
		return nil
	}
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			return nil
		}
	}
	verbs := [][]string{x.lx.metricKeepVerbs.list, x.lx.metricDropVerbs.list, x.lx.metricLeadVerbs.list, x.lx.projectStageVerbs.list}
	opener := func(it string) string { // the verb or level that opens it
		best := ""
		for _, ws := range append(verbs, x.lx.metricLevelWords.list) {
			for _, w := range ws {
				if strings.HasPrefix(it, w) && len(w) > len(best) {
					best = w
				}
			}
		}
		return best
	}
	first, last := items[0], items[len(items)-1]
	whole := true // every name of three runes or more, the last not twice the first
	for _, it := range items {
		whole = whole && utf8.RuneCountInString(it) >= 3
	}
	whole = whole && utf8.RuneCountInString(last) <= 2*utf8.RuneCountInString(first)
	if opener(first) == "" && opener(last) == "" && !whole {
		// 乡镇、中心村卫生室; 规上工业企业、高新技术企业研发机构覆盖率: what the
		// names share is not known.
		return nil
	}
	verb := ""
	for _, v := range x.lx.metricKeepVerbs.list {
		if strings.HasPrefix(first, v) && len(v) > len(verb) {
			verb = v
		}
	}
	shared := ""
	if first == opener(first) {
		// 开工、投产新能源项目: the first is only its verb or level.
		if o := opener(last); o != "" && len(o) < len(last) {
			shared = last[len(o):]
		} else {
			return nil
		}
	}
	out := make([]string, 0, len(items))
	for i, it := range items {
		switch {
		case shared != "" && it == opener(it):
			it += shared
		case i > 0 && verb != "" && opener(it) == "":
			it = verb + it
		}
		out = append(out, it)
	}
	return out
}

// goalContext is what the passes know of a candidate's sentence.
type goalContext struct {
	sent   span
	tense  sentenceTense
	cues   []cue  // the sentence's cues
	pub    int    // the publication year, 0 if unknown
	values []span // every value the document states (valueSpans)
}

// dating is what a document's years are reckoned from: the publication
// year, and the year before the first of a span of years from now
// (今后五年). A span begins after the publication year, except in a
// government's work report, which is delivered as the year it plans for
// begins and looks ahead over its term: the 今后五年 of a report of 2023
// are 2023–2027.
type dating struct {
	pub      int
	spanFrom int
	// reported is, for an undated document, the latest year whose results
	// it reports (reportedYear), or 0: figures of the years before it are
	// the past (and of that year, as pastYear says), though the year the
	// document was written is unknown.
	reported int
	// fypEnd is the last year of the numbered five-year plan a report of
	// the years of 五年计划 looks ahead over (1957 for a report of 1955 on
	// the first plan), or 0: five years in a paragraph that names the plan
	// are that plan's years (docCues).
	fypEnd int
}

// spanEnd is the last year of a span of n years from now (0 when the
// publication year is unknown).
//
// In the first year of a five-year plan's period (2021, 2026, …) the five
// years ahead are that plan's: 未来五年 of news in 2026 ends in 2030.
func (d dating) spanEnd(n int) int {
	if d.pub == 0 || n <= 0 {
		return 0
	}
	if n == 5 && d.spanFrom == d.pub && d.pub >= 1981 && (d.pub-1981)%5 == 0 {
		return d.pub + 4
	}
	return d.spanFrom + n
}

func (x *Extractor) dating(st *docState, pub int) dating {
	d := dating{pub: pub, spanFrom: pub}
	if pub == 0 {
		d.reported = x.reportedYear(st)
	}
	if pub != 0 && st.report {
		d.spanFrom = pub - 1
		if containsAny(string(st.runes), x.lx.fiveYearPlanWords.list) {
			d.fypEnd = fiveYearPlanEnd(pub)
		}
	}
	return d
}

// pastYear reports whether year y is the past: before the publication
// year, or, in an undated document, before the year it reports, or that
// year itself when reported says so (a sentence opening with it, or a
// change to its figure: 从2021年的24%提升至2022年的28%). A deadline of the
// year reported (到2025年，…达到5000万亩) may still be a goal of it.
func (d dating) pastYear(y int, reported bool) bool {
	switch {
	case y == 0:
		return false
	case d.pub != 0:
		return y < d.pub
	}
	return d.reported != 0 && (y < d.reported || reported && y == d.reported)
}

// reportedYear is the latest year whose results the document reports: a
// sentence that opens with the year (2019年，…) and compares with the
// year before (reported_year_cues: 比上年增长8.1%), with no word of a goal
// (reported_year_not: 2024年，…力争比上年增长6%). A repost of such an
// article may carry no date; the years before it are over.
func (x *Extractor) reportedYear(st *docState) int {
	latest := 0
	for _, s := range st.periods {
		i := s.start
		for i < s.end && unicode.IsSpace(st.runes[i]) {
			i++
		}
		if i+5 > s.end || st.runes[i+4] != x.txt.year {
			continue
		}
		y, err := strconv.Atoi(string(st.runes[i : i+4]))
		if err != nil || y < 1900 || y <= latest {
			continue
		}
		if rest := string(st.runes[i+5 : s.end]); containsAny(rest, x.lx.reportedYearCues.list) && !containsAny(rest, x.lx.reportedYearNot.list) {
			latest = y
		}
	}
	return latest
}

// fiveYearPlanEnd is the last year of the numbered five-year plan (五年计划,
// 1953–2005) whose years a report of year y looks ahead over: the plan
// that y falls in, or the next one when y is a plan's last year (a report
// of 1985 presents the plan of 1986–1990); 0 outside those years.
func fiveYearPlanEnd(y int) int {
	end := 0
	switch {
	case y >= 1953 && y <= 1962:
		end = 1953 + (y-1953)/5*5 + 4
	case y >= 1966 && y <= 2005:
		end = 1966 + (y-1966)/5*5 + 4
	}
	if end != 0 && end == y && y != 1962 {
		end += 5
	}
	return end
}

// publicationYear is the document's year: its date, else for an undated
// plan the first year of its period (2010年… in the 12th five-year plan,
// 2011-2015, is the past), else a year in its title (1954年…政府工作报告).
func (x *Extractor) publicationYear(st *docState, docSec section) int {
	if st.year != 0 {
		return st.year
	}
	// A plan's period comes before another year of its title (“九五”计划和
	// 2010年远景目标纲要 was written in 1996).
	if from, _ := x.txt.planPeriod(st.title); from != 0 && docSec.kind == sectionGoal {
		return from
	}
	if y := x.txt.yearFromTitle(st.title); y != 0 {
		return y
	}
	if y := x.statedYear(st); y != 0 {
		return y
	}
	if y := x.statedPeriod(st); y != 0 {
		return y
	}
	if y := x.plannedYearHeading(st); y != 0 {
		return y
	}
	return max(x.afterYearEnd(st), x.afterReviewed(st))
}

// plannedYearHeading is the year of the first short line of an undated
// text that opens with a year and a word of year_plan_headings (2022年
// 政府工作任务：, 二、2023年工作安排), or 0: the text plans that year's work,
// so its 今年 is that year.
func (x *Extractor) plannedYearHeading(st *docState) int {
	for _, l := range strings.Split(string(st.runes), "\n") {
		t := []rune(strings.TrimSpace(l))
		if len(t) == 0 || len(t) > headingYearRunes {
			continue
		}
		i := 0
		for i < len(t) && (unicode.IsSpace(t[i]) || number.IsCountRune(t[i]) || strings.ContainsRune(headingMarks, t[i])) {
			i++
		}
		if i+5 > len(t) || t[i+4] != x.txt.year {
			continue
		}
		y, err := strconv.Atoi(string(t[i : i+4]))
		if err != nil || y < 1949 {
			continue
		}
		if hasPrefixAny(t[i+5:], x.lx.yearPlanHeadings.list...) {
			return y
		}
	}
	return 0
}

// headingYearRunes is the longest line plannedYearHeading reads as a
// heading; headingMarks are the marks of its number (二、, (三)).
const (
	headingYearRunes = 30
	headingMarks     = "\u3001.\uff0e(\uff08)\uff09"
)

// statedPeriod is the first year of the period an undated plan states in
// its text (plan_period_leads: 规划期限2021-2025年), as a period in its
// title would give, or 0.
func (x *Extractor) statedPeriod(st *docState) int {
	text := string(st.runes)
	for _, lead := range x.lx.planPeriodLeads.list {
		k := strings.Index(text, lead)
		if k < 0 {
			continue
		}
		rest := strings.TrimLeft(text[k+len(lead):], " :\uff1a")
		if m := x.txt.periodRe.FindStringSubmatchIndex(rest); m != nil && m[0] == 0 {
			from, _ := strconv.Atoi(rest[m[2]:m[3]])
			return from
		}
	}
	return 0
}

// afterReviewed is, for an undated text, the year after the year it says
// it reviews (回顾了“十二五”时期和2015年经济社会发展, 回顾1998年工作和1999年
// 工作的总体要求: the first year of the clause after review_year_leads, or
// the last year of the five-year plan it names), or 0: a review is written
// after its year. A span from a year (回顾2015年以来的工作) says nothing.
func (x *Extractor) afterReviewed(st *docState) int {
	return yearAfterLatest(string(st.runes), x.lx.reviewYearLeads.list, func(rest string) int {
		clause := rest
		if end := strings.IndexAny(clause, clauseEnds); end >= 0 {
			clause = clause[:end]
		}
		if m := x.txt.yearWord.FindStringSubmatchIndex(clause); m != nil {
			if hasPrefixAnyString(clause[m[1]:], x.lx.reviewYearNotNext.list) {
				return 0
			}
			y, _ := strconv.Atoi(clause[m[2]:m[3]])
			return y
		}
		if _, to, ok := x.txt.fiveYearPlan(clause); ok {
			return to
		}
		return 0
	})
}

// yearAfterLatest is the year after the latest year that year reads from
// the text after any occurrence of a lead word, or 0 when it reads none.
func yearAfterLatest(text string, leads []string, year func(rest string) int) int {
	latest := 0
	anyFollowedBy(text, leads, func(rest string) bool {
		latest = max(latest, year(rest))
		return false // read every occurrence
	})
	if latest == 0 {
		return 0
	}
	return latest + 1
}

// statedYear is the year an undated text says it is written in: the
// first clause opened by year_is_leads (今年是, 明年是=1) that makes its
// year a five-year plan's first or last (“十四五”规划收官之年: 2025;
// “十五五”开局之年: 2026), an event's own (党的十九大胜利召开之年: 2017),
// the year after an event (全面贯彻党的二十大精神的开局之年: 2023) or an
// anniversary of it (新中国成立75周年: 2024); 0 when none does. A
// reposted work report or speech keeps such a sentence when it has lost
// its date.
func (x *Extractor) statedYear(st *docState) int {
	text := string(st.runes)
	best, at := 0, -1
	for _, lead := range x.yearLeads {
		for i := 0; ; {
			k := strings.Index(text[i:], lead.word)
			if k < 0 {
				break
			}
			i += k + len(lead.word)
			if at >= 0 && i > at {
				break
			}
			if quoted(text[:i-len(lead.word)]) {
				continue // a speech of another year quoted (…指出：“今年是…”)
			}
			clause := text[i:]
			if end := strings.IndexAny(clause, clauseEnds); end >= 0 {
				clause = clause[:end]
			}
			if y := x.clauseYear(clause); y != 0 {
				best, at = y-lead.year, i
				break
			}
		}
	}
	return best
}

// clauseEnds end the clause a year_is_leads word opens.
const clauseEnds = "\n,;!?\uff0c\u3002\uff1b\uff01\uff1f\u3001"

// clauseYear is the year a clause after 今年是 names (see statedYear), or 0.
func (x *Extractor) clauseYear(clause string) int {
	for _, ev := range x.yearEvents {
		k := strings.Index(clause, ev.word)
		if k < 0 {
			continue
		}
		rest := strings.TrimLeft(clause[k+len(ev.word):], " ")
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if count, err := strconv.Atoi(rest[:n]); err == nil && count > 0 && hasPrefixAnyString(strings.TrimLeft(rest[n:], " "), x.lx.anniversaryWords.list) {
			return ev.year + count
		}
		// The word must close the clause: 召开之年后的第五年 is no such year.
		switch {
		case hasSuffixAnyString(rest, x.lx.yearEventHeldWords.list):
			return ev.year
		case hasSuffixAnyString(rest, x.lx.yearFirstWords.list):
			return ev.year + 1
		}
	}
	if from, to, ok := x.txt.fiveYearPlan(clause); ok {
		switch {
		case hasSuffixAnyString(clause, x.lx.yearFirstWords.list):
			return from
		case hasSuffixAnyString(clause, x.lx.yearLastWords.list):
			return to
		}
	}
	return 0
}

// quoted reports whether the text before a point leaves a quotation open
// (an opening “ or 「 after the last closing one).
func quoted(before string) bool {
	open := max(strings.LastIndex(before, "\u201c"), strings.LastIndex(before, "\u300c"))
	closed := max(strings.LastIndex(before, "\u201d"), strings.LastIndex(before, "\u300d"))
	return open > closed
}

// afterYearEnd is, for an undated text, the year after the latest year it
// reports a figure at the end of (截至2022年底，…已达到82.5%: written in
// 2023 or later, so its 今年年底前 is 2023's end), or 0: the figures of a
// year's end are published after it.
func (x *Extractor) afterYearEnd(st *docState) int {
	return yearAfterLatest(string(st.runes), x.lx.yearEndLeads.list, func(rest string) int {
		rest = strings.TrimLeft(rest, " ")
		if len(rest) < 4 {
			return 0
		}
		y, err := strconv.Atoi(rest[:4])
		if err != nil || y < 1949 {
			return 0
		}
		if after, ok := strings.CutPrefix(rest[4:], string(x.txt.year)); ok && hasPrefixAnyString(after, x.lx.yearEndWords.list) {
			return y
		}
		return 0
	})
}

// targetCandidates returns the quantities that may be goals, sorted, one
// per span: counts and rates from quantity rules, and the document's
// amounts.
//
// They are found once per document: findObservations reads the same list.
func (x *Extractor) targetCandidates(st *docState) []targetCand {
	if st.candsDone {
		return st.cands
	}
	cands := make([]targetCand, 0, len(st.matches["quantity"])+len(st.amounts))
	for _, m := range st.matches["quantity"] {
		if st.suppressed("quantity", m.span) || x.orphanScale(st.runes, m.span) {
			continue
		}
		if x.captionNumber(st.runes, m.span) {
			st.addTrace("target", m.rule.ID, m.span, "dropped: the number of a figure or table")
			continue
		}
		if inPlaceName(st, numberStart(st.runes, m.span)) {
			st.addTrace("target", m.rule.ID, m.span, "dropped: a numeral inside a place's name")
			continue
		}
		q, msp, err := x.parseQuantity(st.runes, m.span)
		if err != nil {
			st.addTrace("target", m.rule.ID, m.span, "dropped: "+err.Error())
			continue
		}
		if u := m.rule.Attrs["unit"]; u != "" && q.Kind == number.KindBare {
			// The rule knows what is counted though the text wrote no
			// counter (贫困人口减少1000万以上 counts 人).
			q.Kind, q.Unit = number.KindCount, u
		} else if m.rule.Attrs["unitless"] == "true" && q.Kind == number.KindBare {
			// A coefficient has no unit (利用系数提高到0.53).
			q.Kind = number.KindCount
		}
		if q.Kind == number.KindBare || q.Kind == number.KindMoney {
			continue
		}
		cands = append(cands, targetCand{msp, q, m.rule.ID})
	}
	for _, a := range st.amounts {
		cands = append(cands, targetCand{a.span, a.q, a.rule})
	}
	slices.SortStableFunc(cands, func(a, b targetCand) int { return cmp.Compare(a.s.start, b.s.start) })
	st.cands, st.candsDone = dedupeOverlaps(cands, func(c targetCand) span { return c.s }), true
	return st.cands
}

// inPlaceName reports whether position i lies inside a region mention
// that starts before or at it.
func inPlaceName(st *docState, i int) bool {
	for _, m := range st.regionsFrom(i-st.regionMax+1, i+1) {
		if m.span.start <= i && i < m.span.end {
			return true
		}
	}
	return false
}

// parseQuantity parses the quantity at sp. When a numeral rune stands
// glued before the digits and the whole does not parse, it is the end of
// a word (队伍300人, 内陆2个: 伍 and 陆 are also 5 and 6 in financial
// writing), and the quantity starts at the digits.
func (x *Extractor) parseQuantity(rs []rune, sp span) (number.Quantity, span, error) {
	if q, ok := x.trillion(sp.text(rs)); ok {
		return q, sp, nil
	}
	q, err := x.vocab.ParseQuantity(sp.text(rs))
	if err != nil && sp.end-sp.start > 1 && !startsWithDigit(rs[sp.start]) && numeralTable().numeral(rs[sp.start]) && startsWithDigit(rs[sp.start+1]) {
		t := span{sp.start + 1, sp.end}
		if q2, err2 := x.vocab.ParseQuantity(t.text(rs)); err2 == nil {
			return q2, t, nil
		}
	}
	return q, sp, err
}

// trillion parses a sum written with a scale word of 1e12 (amount.zhao,
// trillion_scale_words: Taiwan's and Hong Kong's 兆 in 25.4兆元,
// 4兆8,530亿元, 5兆元以上), which numerals leave out since 兆 is also mega
// (兆瓦): the number before the word times 1e12, plus the sum after it.
// It reports false for anything else.
func (x *Extractor) trillion(s string) (number.Quantity, bool) {
	for _, w := range x.lx.trillionScaleWords.list {
		left, right, ok := strings.Cut(s, w)
		if !ok || left == "" || !startsWithDigit([]rune(left)[len([]rune(left))-1]) {
			continue
		}
		// The numeral before the scale, with the bound and currency words
		// before it (突破5兆元, 约新台币1.3兆元).
		ql, err := x.vocab.ParseQuantity(left)
		if err != nil || ql.HasMax || ql.Unit != "" && ql.Kind != number.KindMoney {
			return number.Quantity{}, false
		}
		rest, extra := right, 0.0
		if rest == "" || !startsWithDigit([]rune(rest)[0]) {
			// 兆元, 兆元以上: parse 1元以上 for its currency and bound, and
			// take its 1 back off.
			rest, extra = "1"+rest, -1
		}
		q, err := x.vocab.ParseQuantity(rest)
		if err != nil || q.Kind != number.KindMoney || q.HasMax {
			return number.Quantity{}, false
		}
		q.Value += extra + ql.Value*1e12
		if ql.Kind == number.KindMoney && ql.Currency != q.Currency && q.Currency == "CNY" {
			q.Currency, q.Unit = ql.Currency, ql.Unit // 新台币1.3兆元
		}
		if q.Qualifier == number.QualEqual {
			q.Qualifier = ql.Qualifier
		}
		return q, true
	}
	return number.Quantity{}, false
}

// captionNumber reports whether the quantity at q begins right after a
// word of caption_labels that opens its line (图1人工智能标准体系结构图):
// it numbers a figure or a table.
func (x *Extractor) captionNumber(rs []rune, q span) bool {
	n := numberStart(rs, q)
	if n != q.start {
		return false
	}
	for _, w := range x.lx.captionLabels.list {
		k := n - utf8.RuneCountInString(w)
		if k < 0 || string(rs[k:n]) != w {
			continue
		}
		for k > 0 && (rs[k-1] == ' ' || rs[k-1] == '\u3000' || rs[k-1] == '\t') {
			k--
		}
		if k == 0 || rs[k-1] == '\n' {
			return true
		}
	}
	return false
}

// projection returns the word of target_projection_words in sent before
// value q that follows a word of target_projection_subjects in the
// sentence or the one before it (工程总投资575亿元。建成后将新增灌溉面积…;
// 项目全面投产后), or "": a plan's own table (铁：全部建成后增加的年产能力将为…)
// names no project.
func (x *Extractor) projection(st *docState, sent, q span) string {
	s := string(st.runes[sent.start:q.start])
	from := sent.start
	if sent.start > 0 {
		from = st.sent.sentence(sent.start - 1).start
	}
	before := string(st.runes[from:sent.start])
	for _, w := range x.lx.targetProjectionWords.list {
		if i := strings.LastIndex(s, w); i >= 0 && containsAny(before+s[:i], x.lx.targetProjectionSubjects.list) {
			return w
		}
	}
	return ""
}

// pairedWithPlannedSum reports whether count c is followed, past a list
// mark, by a word that gives its items a planned sum (planned_pair_words:
// 共安排重大产业项目2533个、年度计划投资4656.12亿元): the projects counted
// are the ones planned, though the sentence's goal word comes after them.
func (x *Extractor) pairedWithPlannedSum(rs []rune, c targetCand) bool {
	if c.q.Kind != number.KindCount {
		return false
	}
	i := c.s.end
	if i < len(rs) && (rs[i] == '、' || rs[i] == '，' || rs[i] == ',') {
		i++
	} else {
		return false
	}
	return hasPrefixAny(rs[i:], x.lx.plannedPairWords.list...)
}

// countWillFinish reports whether count c is the subject of a project's
// future in its clause: a word of subject_goal_will after it, then a verb
// of subject_goal_verbs (剩余9个项目将按照计划陆续开工建设). Only the verb
// list keeps people out (5名代表将出席会议); a count of workers who will
// see a project built (30名工人将确保…建成) still passes.
func (x *Extractor) countWillFinish(rs []rune, c targetCand) bool {
	if c.q.Kind != number.KindCount {
		return false
	}
	cl := clauseOf(rs, c.s)
	after := string(rs[c.s.end:cl.end])
	return anyFollowedBy(after, x.lx.subjectGoalWill.list, func(rest string) bool {
		return containsAny(rest, x.lx.subjectGoalVerbs.list)
	})
}

// rejectGoal returns why a candidate is not a goal, or "".
func (x *Extractor) rejectGoal(st *docState, g goalContext, c targetCand) string {
	if !g.tense.goal {
		return "the sentence states no goal"
	}
	if !g.tense.inherited && !g.tense.yearAhead && g.tense.section.kind != sectionGoal && !goalBefore(g.cues, g.sent, c.s, g.pub) && !hasOpenerBefore(st.runes, g.cues, g.sent, c.s) && !x.pairedWithPlannedSum(st.runes, c) && !x.countWillFinish(st.runes, c) {
		return "the sentence's goal words come after it"
	}
	if g.tense.section.kind != sectionGoal {
		if w := x.projection(st, g.sent, c.s); w != "" {
			// 一期工程整体建成后，将保障254万人用水: what a project will
			// give once built is its expected benefit, not a goal set for it.
			return "a project's expected benefit after " + w + ", not a goal"
		}
	}
	if g.tense.section.kind != sectionGoal && !hasRole(g.cues, cueThisYear) && !hasRole(g.cues, cueNextYear) {
		sentText := string(st.runes[g.sent.start:g.sent.end])
		if w := findWord(sentText, x.lx.targetAuctionWords.list, nil); w != "" && containsAny(sentText, x.lx.targetAuctionSubjects.list) {
			// 财政部拟发行…国债 招标面值总额200亿元: a bond auction set for
			// a day is the treasury's business, not a goal (a year's issue,
			// 今年将采取招标发行方式发行…国债1万亿元, says its year).
			return "a bond auction (" + w + "), not a goal"
		}
	}
	if w := x.hypothetical(st.runes, g.sent, c.s); w != "" {
		return "a hypothetical after " + w + ", not a goal"
	}
	if w := findWord(string(st.runes[g.sent.start:c.s.start]), x.lx.targetActorAnaphora.list, nil); w != "" {
		// 红十字国际委员会21日宣布，该组织将在2026年削减17%的预算; 该公司
		// 计划在瑞典裁员1600人: the subject is a firm or an organisation
		// named before.
		return "a firm's or an organisation's plan (" + w + "), not a policy goal"
	}
	if w := x.actorOpener(st.runes, g.sent, c.s); w != "" {
		return "another country's or a firm's plan (" + w + "), not a policy goal"
	}
	for _, k := range g.cues {
		if k.role == cueListed && g.sent.contains(k.span) && k.span.end <= c.s.start {
			return "a listed firm's statement (" + k.span.text(st.runes) + "), not a policy goal"
		}
	}
	if c.s.start < g.tense.forecastUntil {
		return "a forecast's figure, before the goal word after it"
	}
	cl := clauseOf(st.runes, c.s)
	if r := x.clauseReject(st, g.cues, cl, c.s, c.q, g.tense.section.kind == sectionGoal, st.report && g.tense.inherited); r != "" {
		return r
	}
	if g.tense.section.kind != sectionGoal {
		if w := itemOpensPast(st.runes, g.cues, g.sent, c.s); w != "" {
			return "past cue " + w + " opens its item"
		}
	}
	ahead := aheadDeadlineBefore(st.runes, g.cues, g.sent, c.s, g.pub) || x.exceedsByDeadline(st.runes, g.cues, g.sent, c.s, g.pub)
	if !x.txt.licensed(st.runes, g.cues, g.sent, cl, c.s, g.tense.section.kind == sectionGoal || ahead && !x.txt.opensClause(st.runes, g.cues, cl, numberStart(st.runes, c.s)), x.lx.rateNouns.list, x.lx.changeToWords) && x.regionShare(st, c.s) == nil {
		return "no goal verb governs it"
	}
	return ""
}

// regionShare returns the place whose name quantity q stands right after,
// in brackets (or nil), as one item of a list that shares a goal out among places
// (“十四五”期间，…配额较多的省市包括广东（129.7万套）、浙江（120万套）): the
// place's share, which the sentence's goal governs as its verb would.
func (x *Extractor) regionShare(st *docState, q span) *regionMention {
	ns := numberStart(st.runes, q)
	if ns == 0 || st.runes[ns-1] != '(' && st.runes[ns-1] != '\uff08' {
		return nil
	}
	if q.end >= len(st.runes) || st.runes[q.end] != ')' && st.runes[q.end] != '\uff09' {
		return nil
	}
	return x.regionEndingAt(st, ns-1)
}

// shareListHead returns what a list that shares a goal out among places
// measures: the text of its clause before its first item, short of
// share_list_leads (保障性租赁住房“配额”较多的省市 in …较多的省市包括广东（129.7
// 万套）、浙江（120万套）), or "". r is the place of one item.
func (x *Extractor) shareListHead(st *docState, r *regionMention) string {
	rs := st.runes
	i := r.span.start
	for i > 1 && rs[i-1] == '\u3001' && (rs[i-2] == ')' || rs[i-2] == '\uff09') {
		k := i - 3
		for k > 0 && rs[k] != '(' && rs[k] != '\uff08' {
			k--
		}
		prev := x.regionEndingAt(st, k)
		if k <= 0 || prev == nil {
			break
		}
		i = prev.span.start
	}
	start := i
	for start > 0 && !strings.ContainsRune("\uff0c,\uff1b;\uff1a:\u3002\n", rs[start-1]) {
		start--
	}
	return strings.TrimSpace(trimSuffixes(string(rs[start:i]), x.lx.shareListLeads.list))
}

// strivingBefore reports whether a word of goal_striving_words (力争, 确保)
// stands in clause cl before q.
func (x *Extractor) strivingBefore(rs []rune, cues []cue, cl, q span) bool {
	for _, c := range cues {
		if c.role == cueGoal && cl.contains(c.span) && c.span.end <= q.start && containsAny(c.span.text(rs), x.txt.goalStrivingWords) {
			return true
		}
	}
	return false
}

// itemOpensPast returns the past cue (目前, 今年以来) that opens the item
// after ； in which q stands, in the item's first clause, with no goal
// word after it before q (…新一轮国家考古遗址公园启动建设；目前，我国59处世界
// 遗产…全部纳入国土空间规划): the item reports, whatever its sentence's
// first item does. "" if none.
func itemOpensPast(rs []rune, cues []cue, sent, q span) string {
	start := -1
	for k := q.start - 1; k > sent.start; k-- {
		if rs[k] == '；' || rs[k] == ';' {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return ""
	}
	open := clauseOf(rs, span{start, start})
	for _, c := range cues {
		if c.role != cuePast || c.span.start < start || c.span.end > open.end || c.span.end > q.start {
			continue
		}
		for _, g := range cues {
			if g.span.start >= c.span.end && g.span.end <= q.start && (g.role == cueGoal || g.role == cueDeadline || g.role == cueThisYear || g.role == cueNextYear) {
				return ""
			}
		}
		return c.span.text(rs)
	}
	return ""
}

// planForecast reports whether forecast cue c is a word of
// report_plan_forecast_words in a work report or a plan's own text, where
// it names the figure planned (今年的经济增长预期为7%左右; a five-year plan's
// 经济增长速度预期为年均7%左右), and not 预期性 (report_plan_forecast_not_next).
//
// So is any forecast word that a plan states for a year ahead
// (planStated).
func (x *Extractor) planForecast(st *docState, cs []cue, c cue) bool {
	return (st.report || st.planDoc) && x.lx.reportPlanForecast.has(c.span.text(st.runes)) &&
		!hasPrefixAny(st.runes[c.span.end:min(len(st.runes), c.span.end+2)], x.lx.reportPlanForecastNot.list...) ||
		x.planStated(st, cs, c) || x.plannedAction(st.runes, c)
}

// plannedAction reports whether forecast cue c (预计) announces what
// someone will do rather than a level the market will reach: 将 (还将)
// follows soon after, in its sentence, and within a few runes a verb of
// planned_action_verbs (预计到2028年底，国资央企将在新疆完成产业投资…;
// 年内东方天地港预计还将开通十余条国际航线), not 将达到 (预计到2025年，全国数据
// 中心规模将达到500万个标准机架: a forecast).
func (x *Extractor) plannedAction(rs []rune, c cue) bool {
	if !x.planForecastWord(rs, c) {
		return false // 预计将带动…新建: what a measure brings
	}
	for i := c.span.end; i < len(rs) && i-c.span.end < plannedWillReach && !strings.ContainsRune("。；;！？!?\n", rs[i]); i++ {
		for _, w := range x.lx.plannedActionWill.list {
			if !hasPrefixAny(rs[i:min(len(rs), i+utf8.RuneCountInString(w))], w) {
				continue
			}
			from := i + utf8.RuneCountInString(w)
			for k := from; k <= from+plannedActionReach && k < len(rs) && !isClauseBreak(rs[k]); k++ {
				if hasPrefixAny(rs[k:min(len(rs), k+4)], x.lx.plannedActionVerbs.list...) {
					return true
				}
			}
		}
	}
	return false
}

// planForecastWord reports whether forecast cue c is a word a plan or an
// announcement may state its own figures with (plan_forecast_words: 预计),
// not followed by one of plan_forecast_not_next (预计可减少, 预计将带动: what
// its measures will bring).
func (x *Extractor) planForecastWord(rs []rune, c cue) bool {
	return x.lx.planForecastWords.has(c.span.text(rs)) &&
		!hasPrefixAny(rs[c.span.end:min(len(rs), c.span.end+x.lx.planForecastNotNext.longest())], x.lx.planForecastNotNext.list...)
}

// plannedWillReach is how far after 预计, in runes and within its sentence
// (预计到2028年底，国资央企将…), its 将 may stand.
const plannedWillReach = 16

// plannedActionReach is how many runes may stand between 将 and its verb
// of planned action (将在新疆完成: 3).
const plannedActionReach = 6

// planStated reports whether forecast cue c stands in what a plan states
// for a year ahead: its sentence names, before c, a title in 《》 ending in
// a word of plan_forecast_titles with a word of plan_forecast_verbs right
// after it (《规划》提出，到2030年，…预计突破3500亿元), and a deadline after
// the publication year stands between the two. Or c opens its sentence,
// right before such a deadline, and the sentence before it in its
// paragraph states the plan so (《…行动计划》提出，…。预计到2022年，…增加值
// 达到4000亿元): the plan's figures go on.
func (x *Extractor) planStated(st *docState, cs []cue, c cue) bool {
	s := st.sent.sentence(c.span.start)
	rs := st.runes
	if !x.planForecastWord(rs, c) {
		return false
	}
	for _, v := range x.planStatings(rs, span{s.start, c.span.start}) {
		for _, k := range cs {
			if k.role == cueDeadline && k.span.start > v && k.span.end <= c.span.start && k.year != 0 && (st.year == 0 || k.year > st.year) {
				return true
			}
		}
	}
	// strings.TrimSpace also takes the ideographic space (U+3000) of indents.
	if s.start == 0 || strings.TrimSpace(string(rs[s.start:c.span.start])) != "" {
		return false
	}
	if !slices.ContainsFunc(cs, func(k cue) bool {
		return k.role == cueDeadline && k.span.start >= c.span.end && k.span.start-c.span.end <= planStatedGap && k.year != 0 && (st.year == 0 || k.year > st.year)
	}) {
		return false
	}
	prev := st.sent.sentence(s.start - 1)
	if prev.start >= s.start || prev.start < st.paragraph(s.start).start {
		return false
	}
	return len(x.planStatings(rs, prev)) > 0
}

// withoutPeriodNote returns a title without the note in brackets that
// closes it (三年行动计划(2020-2022年) is 三年行动计划).
func withoutPeriodNote(title []rune) []rune {
	n := len(title)
	if n == 0 || title[n-1] != ')' && title[n-1] != '\uff09' {
		return title
	}
	for j := n - 2; j >= 0; j-- {
		if title[j] == '(' || title[j] == '\uff08' {
			return title[:j]
		}
	}
	return title
}

// planStatedGap is how many runes may stand between 预计 opening a
// sentence and the deadline after it (预计到2022年: 0).
const planStatedGap = 1

// planStatings returns, for each title in 《》 within s that ends in a word
// of plan_forecast_titles and is followed by a word of plan_forecast_verbs
// (after a comma at most), the position right after the title (and its
// comma).
func (x *Extractor) planStatings(rs []rune, s span) []int {
	var out []int
	for i := s.start; i < s.end; i++ {
		if rs[i] != '》' {
			continue
		}
		open := -1
		for j := i - 1; j >= s.start && rs[j] != '》'; j-- {
			if rs[j] == '《' {
				open = j
				break
			}
		}
		if open < 0 || !hasSuffixAny(withoutPeriodNote(rs[open+1:i]), x.lx.planForecastTitles.list...) {
			continue
		}
		v := i + 1
		if v < s.end && (rs[v] == '，' || rs[v] == ',') {
			v++
		}
		if !hasPrefixAny(rs[v:s.end], x.lx.planForecastVerbs.list...) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// hypothetical returns the word of hypothetical_words that opens a
// hypothetical before q in its sentence (大型企业若将工资提高4%，将获得
// 30%的扣减: a condition and what follows from it), or "". A word inside
// one of hypothetical_not (若干) opens none.
func (x *Extractor) hypothetical(rs []rune, sent, q span) string {
	s := string(rs[sent.start:q.start])
	return findWord(s, x.lx.hypotheticalWords.list, func(j int, w string) bool {
		return !insideWordOf(s, j, w, x.lx.hypotheticalNot.list)
	})
}

// findWord returns the first word of words written in s at a byte offset
// j where keep(j, w) holds (any, when keep is nil), or "".
func findWord(s string, words []string, keep func(j int, w string) bool) string {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			if keep == nil || keep(j, w) {
				return w
			}
			i = j + len(w)
		}
	}
	return ""
}

// actorOpener returns the country, foreign actor or force, or firm of
// firm_names that opens sentence s before q (after an item number or a
// lead such as 据), or "": 以军此前一天称，…在黎巴嫩南部作战的以军将达到5个师
// states another country's plan, 英伟达发文…并称Rubin是全球首个实现100%液冷的
// 平台 a firm's claim. Hong Kong, Macao and Taiwan are no foreign country
// (agency_foreign_not_subject), and one-rune abbreviations (美, 法) are
// not read: they begin common words.
func (x *Extractor) actorOpener(rs []rune, s, q span) string {
	// A flash's headline opens with 【 too (【亚马逊投资…】).
	j := x.pastOpening(rs, s.start, q.start, itemMarks+"【")
	if hasPrefixAny(rs[j:q.start], x.lx.targetForeignForcesNot.list...) {
		return "" // 以军民融合为重点, 以方便群众为目标
	}
	best := ""
	for n := 2; n <= 8 && j+n <= q.start; n++ {
		w := string(rs[j : j+n])
		if (x.lx.agencyForeignPrefixes.has(w) || x.lx.agencyForeignActors.has(w) || x.lx.targetForeignForces.has(w) || x.lx.firmNames.has(w)) && !x.lx.agencyForeignNotSubject.has(w) {
			best = w
		}
	}
	if best != "" {
		return best
	}
	// ①江苏银行拟发行…: a name ending like a firm's, then its own plan,
	// after an item's heading in 【】 and its number.
	if k := slices.Index(rs[j:min(q.start, j+firmNameReach)], '】'); k >= 0 {
		j += k + 1 // 【债券发行】: the heading, opened before j or at it
	}
	for j < q.start && !isHan(rs[j]) && !unicode.IsDigit(rs[j]) {
		j++
	}
	for n := 3; n <= firmNameReach && j+n < q.start; n++ {
		w := string(rs[j : j+n])
		if !isHan(rs[j+n-1]) || strings.ContainsAny(w, "，,。；;、") {
			break
		}
		if hasSuffixAnyString(w, x.lx.targetFirmSuffixes.list) && !hasSuffixAnyString(w, x.lx.targetFirmNot.list) && !x.lx.metricDropVerbs.prefixOf(w) && hasPrefixAny(rs[j+n:q.start], x.lx.targetFirmNext.list...) {
			return w
		}
	}
	return ""
}

// firmNameReach is how long, in runes, a firm's name that opens an item
// may be (国家能源投资集团有限责任公司).
const firmNameReach = 16

// equityStake reports whether clause s names a firm's equity
// (equity_stake_words) outside a word of equity_stake_not (员工持股).
func (x *Extractor) equityStake(s string) bool {
	return findWord(s, x.lx.equityStakeWords.list, func(j int, w string) bool {
		return !insideWordOf(s, j, w, x.lx.equityStakeNot.list)
	}) != ""
}

// insideWordOf reports whether w at byte j of s is part of one of words
// written around it there.
func insideWordOf(s string, j int, w string, words []string) bool {
	for _, b := range words {
		for k := strings.Index(b, w); k >= 0; {
			if at := j - k; at >= 0 && strings.HasPrefix(s[at:], b) {
				return true
			}
			n := strings.Index(b[k+len(w):], w)
			if n < 0 {
				break
			}
			k += len(w) + n
		}
	}
	return false
}

// raisedStandard reports whether the sum starting at ns is what a raise
// verb raises a standard of money by (孤儿津贴标准分别提高510元、440元,
// 标准每月提高183元): before it, past earlier sums of its list, a word of
// money_raise_verbs, and before that a word of money_standard_nouns, with
// only words of money_raise_skips between.
func (x *Extractor) raisedStandard(rs []rune, cl span, ns int) bool {
	j := ns
	for j-1 > cl.start && (rs[j-1] == '、' || x.txt.isListConj(rs[j-1])) {
		// an earlier sum of the list (、 or 和 before the last: 分别提高5%和
		// 8%): its unit (up to 3 runes), then digits
		k := j - 2
		for k >= cl.start && k > j-5 && !unicode.IsDigit(rs[k]) {
			k--
		}
		d := k
		for k >= cl.start && (unicode.IsDigit(rs[k]) || rs[k] == '.') {
			k--
		}
		if k == d {
			return false
		}
		j = k + 1
	}
	skip := func() {
		for {
			w := suffixOf(rs[cl.start:j], x.lx.moneyRaiseSkips.list)
			if w == 0 {
				w = x.perQuantity(rs[cl.start:j])
			}
			if w == 0 {
				return
			}
			j -= w
		}
	}
	skip()
	v := suffixOf(rs[cl.start:j], x.lx.moneyRaiseVerbs.list)
	to := false
	if v == 0 {
		// 低保标准每人每年分别提高到8280元和6120元: raised to a new level
		v, to = suffixOf(rs[cl.start:j], x.lx.moneyRaiseToStandardVerbs.list), true
	}
	if v == 0 {
		return false
	}
	j -= v
	skip()
	// 残疾人“两项补贴”每人每年分别提高到: the standard named in quotes
	quoted := false
	for j > cl.start && strings.ContainsRune(quoteClosers, rs[j-1]) {
		j, quoted = j-1, true
	}
	if to && !quoted {
		// 每家补助提高到50万元 is a grant's terms; a standard's level is
		// named as one (money_raise_to_standard_nouns)
		return suffixOf(rs[cl.start:j], x.lx.moneyRaiseToStandardNouns.list) > 0
	}
	return suffixOf(rs[cl.start:j], x.lx.moneyStandardNouns.list) > 0
}

// perQuantityUnitMax is how many runes the unit of a per-quantity phrase
// (每50公斤) may have.
const perQuantityUnitMax = 2

// perQuantity returns the length of the phrase 每, digits and a unit of at
// most perQuantityUnitMax runes that rs ends with (最低收购价每50公斤), or 0:
// what a price is per.
func (x *Extractor) perQuantity(rs []rune) int {
	for n := 1; n <= perQuantityUnitMax && n < len(rs); n++ {
		k := len(rs) - n
		if !unicode.Is(unicode.Han, rs[k]) {
			return 0
		}
		d := k
		for d > 0 && (unicode.IsDigit(rs[d-1]) || rs[d-1] == '.') {
			d--
		}
		if d < k && d > 0 && x.lx.frequencyMarkers.has(string(rs[d-1])) {
			return len(rs) - (d - 1)
		}
	}
	return 0
}

// pastListedCounts returns where the list of counts in unit that follows
// a count ending at i (、十三次) ends, or i when none follows.
func pastListedCounts(rs []rune, i int, unit string) int {
	if unit == "" {
		return i
	}
	t := numeralTable()
	for i < len(rs) && rs[i] == '、' {
		j := i + 1
		for j < len(rs) && (unicode.IsDigit(rs[j]) || t.numeral(rs[j])) {
			j++
		}
		if j == i+1 || !runesHavePrefix(rs[j:], unit) {
			break
		}
		i = j + utf8.RuneCountInString(unit)
	}
	return i
}

// standardRaisedTo reports whether the subsidy word c opens a standard
// (补助标准: a word of money_standard_nouns right after it) that a verb of
// money_raise_to_verbs raises to the sum q, within standardRaiseReach runes
// (城乡居民基本医保财政补助标准提高到人均320元).
func (x *Extractor) standardRaisedTo(rs []rune, c, q span) bool {
	ns := numberStart(rs, q)
	// The level may follow the subsidy word itself when where it starts
	// is given (财政补助由每人每年380元提高到420元, 从人均40元提高到45元).
	if !x.lx.moneyStandardNouns.has(c.text(rs)) || ns <= c.end || ns-c.end > standardRaiseReach ||
		!hasPrefixAny(rs[c.end:ns], x.lx.moneyStandardNouns.list...) && !hasPrefixAny(rs[c.end:ns], x.lx.changeFromWords.list...) ||
		containsAny(string(rs[c.end:ns]), x.lx.moneyCapWords.list) {
		return false // 最高补贴标准提高到100万元, 补助从最高50万元提高到: a cap
	}
	return containsAny(string(rs[c.end:ns]), x.lx.moneyRaiseToVerbs.list)
}

// raisedFromTo reports whether the sum at q is the new level of a rate
// raised from an old one in its clause (孤儿从每人每月1949元提高到2017元,
// 分别从每月653元、300元提高到676元、311元): a verb of money_raise_to_verbs
// stands right before it, or before the sums listed ahead of it, and a
// word of change_from_words with a sum after it before the verb; not a
// cap (最高).
func (x *Extractor) raisedFromTo(rs []rune, cl, q span) bool {
	k := numberStart(rs, q)
	// Step back over the sums listed before it (676元、), each a figure and
	// a unit of at most two runes.
	for k > cl.start && rs[k-1] == '、' {
		j := k - 1
		for u := 0; u < 2 && j > cl.start && isHan(rs[j-1]) && !number.IsLargeScale(rs[j-1]); u++ {
			j--
		}
		d := j
		for d > cl.start && (unicode.IsDigit(rs[d-1]) || rs[d-1] == '.' || number.IsLargeScale(rs[d-1])) {
			d--
		}
		if d == j {
			break
		}
		k = d
	}
	n := suffixOf(rs[cl.start:k], x.lx.moneyRaiseToVerbs.list)
	if n == 0 {
		return false
	}
	before := string(rs[cl.start : k-n])
	if containsAny(before, x.lx.moneyCapWords.list) {
		return false
	}
	for _, w := range x.lx.changeFromWords.list {
		if i := strings.LastIndex(before, w); i >= 0 && strings.ContainsFunc(before[i:], unicode.IsDigit) {
			return true
		}
	}
	return false
}

// conditionNamesShare reports whether condition cue c stands inside the
// name of a share that the quantity at q gives: 的 and a word of
// class_share_words follow it, with no figure between, before q's number
// (公民具备科学素质的比例超过13.5%).
func (x *Extractor) conditionNamesShare(rs []rune, q, c span) bool {
	if x.lx.grantWords.has(c.text(rs)) {
		return false // 给予企业研发补助的比例为30%: a grant's terms
	}
	mid := string(rs[c.end:numberStart(rs, q)])
	if strings.ContainsFunc(mid, unicode.IsDigit) {
		return false
	}
	for _, w := range x.lx.classShareWords.list {
		if i := strings.Index(mid, x.txt.deWord+w); i >= 0 && !strings.ContainsAny(mid[:i], "，,；;") {
			return true
		}
	}
	return false
}

// conditionNamesCounted reports whether condition cue c, no grant's word,
// opens a phrase closed by 的 that describes what the count at q counts,
// the noun running straight into the count in its clause (培育具备本土产业
// 资源优势的总部企业15家以上).
func (x *Extractor) conditionNamesCounted(rs []rune, cl, q, c span) bool {
	if x.lx.grantWords.has(c.text(rs)) || !cl.contains(c) {
		return false
	}
	ns := numberStart(rs, q)
	mid := rs[c.end:ns]
	i := slices.Index(mid, x.txt.de)
	if i < 0 || i+1 >= len(mid) || hasAnyRune(mid, unitListSeps) || slices.ContainsFunc(mid, unicode.IsDigit) {
		return false
	}
	for _, r := range mid[i+1:] {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// describedAfter reports whether condition cue c, right after a count and
// no grant's word, opens a phrase closed by 的 within describedAfterReach
// runes of clause cl, with a noun after it (100个具备助餐和日间照料功能的
// 村级互助养老站): it describes what is counted.
func (x *Extractor) describedAfter(rs []rune, cl, c span) bool {
	if x.lx.grantWords.has(c.text(rs)) || !cl.contains(c) {
		return false
	}
	rest := rs[c.end:min(cl.end, c.end+describedAfterReach)]
	i := slices.Index(rest, x.txt.de)
	return i > 0 && i+1 < len(rest) && isHan(rest[i+1]) && !hasAnyRune(rest[:i], unitListSeps) && !slices.ContainsFunc(rest[:i], unicode.IsDigit)
}

// describedAfterReach is how far after its condition word, in runes, the
// 的 of a phrase describing a count's things may stand.
const describedAfterReach = 16

// raisedCap reports whether cue c, a word of money_cap_words, opens the
// name of a cap (最高救助金额, 最高支付限额) that the clause raises to the
// sum at q by a word of money_raise_to_verbs right before it; not a sum
// right after the cap word (最高50万元), which is a grant's terms.
func (x *Extractor) raisedCap(rs []rune, cl, q, c span) bool {
	if !x.lx.moneyCapWords.has(c.text(rs)) || c.end >= q.start || !isHan(rs[c.end]) {
		return false
	}
	ns := q.start
	for ns < q.end && !unicode.IsDigit(rs[ns]) {
		ns++ // not numberStart: the 一 of 统一提高到 is no numeral here
	}
	mid := rs[c.end:ns]
	if n := suffixOf(mid, x.lx.moneyRaiseToVerbs.list); n > 0 && n < len(mid) {
		// 最高额度由20万元提高到30万元: a figure only where the change starts.
		name := string(mid[:len(mid)-n])
		if loc := x.txt.changeFrom.FindStringIndex(name); loc != nil {
			name = name[:loc[0]]
		}
		return !strings.ContainsFunc(name, unicode.IsDigit) && cl.contains(c)
	}
	return false
}

// budgetFundAfter reports whether subsidy word c stands inside the name
// of a fund that the sum at q is (1000亿元专项奖补资金): c lies within
// budgetFundReach runes after q, and the name ends in a word of
// budget_fund_nouns before the clause's next break.
func (x *Extractor) budgetFundAfter(rs []rune, cl, q, c span) bool {
	if c.start-q.end > budgetFundReach {
		return false
	}
	end := c.end
	for end < cl.end && isHan(rs[end]) && end-c.end < budgetFundReach {
		end++
	}
	for k := c.end; k <= end; k++ {
		if hasSuffixAny(rs[c.end:k], x.lx.budgetFundNouns.list...) {
			return true
		}
	}
	return false
}

// budgetFundReach is how far, in runes, a fund's name runs on either
// side of its subsidy word (专项奖补资金).
const budgetFundReach = 6

// standardRaisedIn reports whether a subsidy word of clause cl before q
// opens a standard raised to q (standardRaisedTo).
func (x *Extractor) standardRaisedIn(rs []rune, cues []cue, cl, q span) bool {
	for _, c := range cues {
		if c.role == cueCondition && cl.contains(c.span) && c.span.end <= q.start && x.standardRaisedTo(rs, c.span, q) {
			return true
		}
	}
	return false
}

// standardRaiseReach is how far, in runes, a standard's sum may stand after
// its subsidy word (补助标准提高到人均: 7; 补助标准由每人每年320元提高到:
// 14).
const standardRaiseReach = 16

// suffixOf returns the length in runes of the longest of ws that rs ends
// with, 0 when none.
func suffixOf(rs []rune, ws []string) int {
	n := 0
	for _, w := range ws {
		if l := utf8.RuneCountInString(w); l > n && l <= len(rs) && string(rs[len(rs)-l:]) == w {
			n = l
		}
	}
	return n
}

// prefixOf returns the length in runes of the longest of ws that rs
// starts with, 0 when none.
func prefixOf(rs []rune, ws []string) int {
	n := 0
	for _, w := range ws {
		if l := utf8.RuneCountInString(w); l > n && l <= len(rs) && string(rs[:l]) == w {
			n = l
		}
	}
	return n
}

// describeGoal builds the target of a goal: what it measures (from item,
// its list item), by when, under which plan, where, and issued by whom.
func (x *Extractor) describeGoal(st *docState, g goalContext, c targetCand, item span) *targetMention {
	t := &targetMention{span: c.s, clause: clauseOf(st.runes, c.s), rule: c.rule, q: c.q}
	t.metric = x.metric(st, g.cues, item, c.s, g.sent, x.lx.metricCounters.has(c.q.Unit))
	if c.q.Kind == number.KindMoney {
		if m, ok := x.investingPool(st, t.clause, c.s); ok {
			t.metric = m // 年度投资452亿元的309个城建重点项目: 城建重点项目年度投资
		}
	}
	// 甘蔗、蔬菜、水果产量分别达到1050万吨、794万吨、542.5万吨: each value
	// measures its own name in the list.
	if l, ok := x.respectiveList(st, g.values, c.s); ok && l.name != "" {
		name := l.name
		if l.completed != "" {
			name = l.completed
		}
		t.metric = x.stripMetric(name) + l.verb
		t.q.Qualifier = x.sharedBound(st, l, t.q.Qualifier)
	}
	if t.q.Qualifier == number.QualEqual {
		t.q.Qualifier = x.listBound(st, c)
	}
	if t.q.Qualifier == number.QualEqual && x.leastBeforeVerb(st.runes, c.s) {
		t.q.Qualifier = number.QualGreaterEqual // 每个县至少办好1所优质高中
	}
	if t.q.Qualifier == number.QualGreater && x.lx.metricCounters.has(c.q.Unit) && x.verbBound(st.runes, c.s) {
		// 突破30项关键技术, 突破80项以上关键核心技术: the bound is the verb.
		t.q.Qualifier = number.QualEqual
		if q, ok := x.vocab.TrailingQualifier(c.s.text(st.runes)); ok {
			t.q.Qualifier = q
		}
	}
	// 达到58% / 年均增长12%以上 say only how: the measure is the subject
	// of the goal before it in the sentence.
	if prev := lastTargetIn(st.targets, g.sent); prev != nil && (t.metric == "" || x.lx.metricKeepVerbs.has(t.metric) || x.txt.isGrowthWord(t.metric)) {
		// A goal before that measured nothing but a change (较一九五二年增长
		// 一倍以上，…，较一九五二年增长一倍以上) lends no subject.
		// One that names a base's value (比1980年的8500亿元增加) is passed
		// over for the goal before it (全国财政收入达到10300亿元).
		for i := len(st.targets) - 1; i >= 0; i-- {
			if !g.sent.contains(st.targets[i].span) {
				continue
			}
			subj := x.trimMetricSuffixes(trimSuffixes(trimSuffixes(st.targets[i].metric, x.txt.changeVerbs), x.txt.growthAdverbs))
			if x.namesValue(subj) {
				continue
			}
			if !x.lx.metricKeepVerbs.has(subj) && !x.txt.isGrowthWord(subj) {
				t.metric = subj + t.metric
			}
			break
		}
	} else if x.lx.metricBareWords.has(t.metric) {
		switch subj := x.clauseBeforeSubject(st.runes, g.sent, t.clause); {
		case subj != "":
			// 打造…的新材料产业集群，力争产值突破600亿元: the industry the
			// clause before names.
			t.metric = subj + t.metric
		case prev != nil && x.lx.metricCounters.has(prev.q.Unit):
			// 实施服务业项目39个，力争完成投资50亿元以上: the sum is what the
			// things counted before it take (服务业项目投资).
			t.metric = trimPrefixes(prev.metric, x.lx.metricDropVerbs.list, x.lx.metricKeepVerbs.list) + t.metric
		default:
			// 节能环保产业重点发展…，力争全年产值达260亿元: a sum that names no
			// subject measures the industry that opens its sentence.
			if subj := x.openingSubject(st.runes, g.sent, c.s); subj != "" {
				t.metric = subj + t.metric
			}
		}
	}
	if x.isLevelOnly(t.metric) {
		// 3个国家级和4个自治区级区域医疗中心: a level alone shares the
		// noun the list ends with.
		if head := x.sharedLevelHead(st.runes, clauseOf(st.runes, c.s), c.s); head != "" {
			t.metric += head
		}
	}
	t.year = x.targetYear(st, g.cues, g.sent, c.s, g.pub)
	if t.year == 0 {
		t.year = g.tense.year
		if y := x.outlineYear(st, c.s, g.pub); y != 0 {
			t.year = y
		}
	}
	t.plan = x.governingPlan(st, g.sent, c.s)
	if t.year == 0 && t.plan != nil {
		// A plan titled (2022-2025年) or 2023年行动计划 sets the year of
		// the goals it states.
		t.year = t.plan.planFor().to
	}
	if t.year == 0 && st.report && g.pub != 0 && g.tense.section.kind != sectionPast && !g.tense.section.horizon &&
		!x.txt.spanWords.MatchString(g.sent.text(st.runes)) && x.speaksOfThisYear(st) {
		// A work report's goal that names no year, in no section of a
		// span, is the session year's (全国将用三十亿元建设职工住宅).
		t.year = g.pub
	}
	if t.year == 0 && st.report && st.reportYear != 0 && g.tense.section.kind != sectionPast {
		// 1957年的工业总产值…将增长百分之四点五。农业总产值…将增长百分之
		// 四点九: a goal with no year, after a goal of the session year in
		// its paragraph, goes on with that year.
		if prev := lastTargetIn(st.targets, paragraphOf(st.runes, c.s.start)); prev != nil && prev.year == st.reportYear {
			t.year = prev.year
		}
	}
	t.region = x.targetRegion(st, t, g.sent, g.cues)
	if r := x.regionShare(st, c.s); r != nil && r.div != nil {
		t.region = r.div // 广东（129.7万套）: the place whose share it is
		if h := x.shareListHead(st, r); h != "" {
			t.metric = h
		}
	}
	if t.plan != nil && len(t.plan.planFor().issuers) > 0 {
		t.agency = t.plan.planFor().issuers[0]
	}
	return t
}

// outlineYear returns the last year of the five-year plan whose contents
// the paragraph of quantity q reports, or 0: a title in 《》 earlier in the
// paragraph, of a plan of five years that ends after the publication year,
// right before one of five_year_content_verbs (《纲要（草案）》明确了…主要
// 指标：一是…地区生产总值年均增长5%左右), and with no word of
// outline_citing_words before it in its clause (按照《…纲要》安排). A work
// report presents its five-year outline so; the figures are the outline's,
// for its last year, not the session year's.
func (x *Extractor) outlineYear(st *docState, q span, pub int) int {
	if pub == 0 {
		return 0
	}
	para := st.paragraph(q.start)
	year := 0
	for _, pm := range startingIn(st.plans, (*planMention).spanOf, para.start, q.start) {
		p := pm.planFor()
		if p.from == 0 || p.to-p.from != fiveYearSpan || p.to <= pub || pm.span.end >= q.start {
			continue
		}
		after := st.runes[min(len(st.runes), pm.span.end+1):min(len(st.runes), pm.span.end+1+outlineVerbReach)]
		if !hasPrefixAny(after, x.lx.fiveYearContentVerbs.list...) {
			continue
		}
		cl := clauseOf(st.runes, pm.span)
		if containsAny(string(st.runes[cl.start:max(cl.start, pm.span.start-1)]), x.lx.outlineCitingWords.list) {
			continue // 按照《…纲要》安排: the plan acted on, not reported
		}
		year = p.to
	}
	return year
}

// fiveYearSpan is to minus from of a five-year plan's period (2026-2030).
const fiveYearSpan = 4

// outlineVerbReach is how many runes after a plan's closing 》 outlineYear
// reads for the verb that reports its contents.
const outlineVerbReach = 6

// speaksOfThisYear reports whether a document names this year (今年) at
// least as often as plans over years (五年计划, 今后五年), and at least
// once: a work report on the year's plan, not on a five-year or ten-year
// one. Counted once per document.
func (x *Extractor) speaksOfThisYear(st *docState) bool {
	if st.thisYearFocus == 0 {
		text := string(st.runes)
		this := 0
		for _, w := range x.lx.headingThisYearWords.list {
			this += strings.Count(text, w)
		}
		st.thisYearFocus = -1
		if this > 0 && this >= len(x.txt.planSpanWords.FindAllStringIndex(text, -1)) {
			st.thisYearFocus = 1
		}
	}
	return st.thisYearFocus > 0
}

// sharedBound is the qualifier of a later value of a 分别 list when the
// first value opens with a bound word (分别突破3500亿元、7000亿元: the
// bound holds for 7000亿元 too); a bound written after a value (以上,
// 左右) is its own.
func (x *Extractor) sharedBound(st *docState, l respective, q number.Qualifier) number.Qualifier {
	if l.k == 0 || q != number.QualEqual || l.first.len() == 0 || number.IsNumeralRune(st.runes[l.first.start]) {
		return q
	}
	cands := x.targetCandidates(st)
	if i := candidateAt(cands, l.first); i >= 0 {
		switch cands[i].q.Qualifier {
		case number.QualGreater, number.QualGreaterEqual, number.QualLess, number.QualLessEqual:
			return cands[i].q.Qualifier
		}
	}
	return q
}

// candidateAt returns the index of the candidate with span s in cands
// (sorted by start, no two overlapping), or -1.
func candidateAt(cands []targetCand, s span) int {
	i := sort.Search(len(cands), func(i int) bool { return cands[i].s.start >= s.start })
	if i < len(cands) && cands[i].s == s {
		return i
	}
	return -1
}

// listBound is the qualifier of a plain value in a list whose last value
// carries a bound written after it: in 分别达到90%、60%、35%以上 and
// 科技型中小企业200家、高新技术企业40家、…25家以上 the bound holds for every
// value. The list is the run of values in the same unit, each followed
// directly by a list separator (、, 和) with no clause break before the
// next, or of any unit side by side (稳定在640万亩、213万吨以上); a comma
// ends it (新增外贸企业45家以上，争创…2家 keeps 2家 plain).
func (x *Extractor) listBound(st *docState, c targetCand) number.Qualifier {
	cands := x.targetCandidates(st)
	i := candidateAt(cands, c.s)
	if i < 0 {
		return c.q.Qualifier
	}
	last, mixed := i, false
	for last+1 < len(cands) && x.listGap(st.runes[cands[last].s.end:cands[last+1].s.start]) {
		// Values of other units join the list only side by side, one
		// separator between them, the list ending its clause
		// (面积、产量稳定在640万亩、213万吨以上。), not naming a class
		// (…项目45个、100亿元以上项目).
		if cands[last+1].q.Unit != c.q.Unit {
			if !x.bareSeparator(st.runes[cands[last].s.end:cands[last+1].s.start]) {
				break
			}
			mixed = true
		}
		last++
	}
	if last == i {
		return c.q.Qualifier
	}
	if end := cands[last].s.end; mixed && end < len(st.runes) && !isClauseBreak(st.runes[end]) {
		return c.q.Qualifier
	}
	if q, ok := x.vocab.TrailingQualifier(cands[last].s.text(st.runes)); ok {
		return q
	}
	return c.q.Qualifier
}

// listGap reports whether gap, the text between two values, joins them in
// one list: it opens with a list separator and holds no clause break.
func (x *Extractor) listGap(gap []rune) bool {
	if len(gap) > listGapMax || strings.ContainsAny(string(gap), "，,；;：:。！？!?\n") {
		return false
	}
	return hasPrefixAny(gap, x.lx.respectivelySeparators.list...)
}

// leastBeforeVerb reports whether a word of least_before_verb (至少) stands
// before the number of q with only a short verb between (至少办好1所,
// 至少新建3个): the bound holds for the number.
func (x *Extractor) leastBeforeVerb(rs []rune, q span) bool {
	ns := numberStart(rs, q)
	for _, w := range x.lx.leastBeforeVerb.list {
		n := len([]rune(w))
		for gap := 1; gap <= leastVerbMax; gap++ {
			at := ns - gap - n
			if at < 0 {
				break
			}
			if string(rs[at:at+n]) == w && allHan(rs[at+n:ns]) {
				return true
			}
		}
	}
	return false
}

// frequencyMax is the largest count a frequency is written with (每年至少
// 召开2次); larger ones are volumes.
const frequencyMax = 4

// verbBound reports whether a quantity opens with a word of verb_bounds
// and what it counts follows it (突破30项关键技术): the word is the verb.
// A conjunction after it (突破8500家和6万家) ends the phrase instead.
func (x *Extractor) verbBound(rs []rune, q span) bool {
	if q.end >= len(rs) || !unicode.Is(unicode.Han, rs[q.end]) || strings.ContainsRune(x.txt.listConj, rs[q.end]) ||
		hasPrefixAny(rs[q.end:min(len(rs), q.end+4)], x.lx.scaleLevelNouns.list...) {
		return false // 突破10万户大关: a level, and 突破 its bound
	}
	return hasPrefixAny(rs[q.start:q.end], x.lx.verbBounds.list...)
}

// leastVerbMax is how many runes of verb may stand between 至少 and its
// number (至少办好1所: 2).
const leastVerbMax = 3

// allHan reports whether every rune of rs is a Han character.
func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// isLevelOnly reports whether a metric is a level and nothing more (国家级,
// 自治区级): two to five runes ending in level_suffix.
func (x *Extractor) isLevelOnly(m string) bool {
	n := utf8.RuneCountInString(m)
	return x.txt.levelSuffix != "" && n >= 2 && n <= 5 && strings.HasSuffix(m, x.txt.levelSuffix)
}

// sharedLevelHead returns the noun after the last level word of the list
// that follows value q in its clause (…和4个自治区级区域医疗中心 →
// 区域医疗中心), or "" when another level does not follow.
func (x *Extractor) sharedLevelHead(rs []rune, cl, q span) string {
	rest := string(rs[q.end:cl.end])
	i := strings.LastIndex(rest, x.txt.levelSuffix)
	if i <= 0 {
		return ""
	}
	head := []rune(rest[i+len(x.txt.levelSuffix):])
	n := 0
	for n < len(head) && n < sharedHeadMax && unicode.Is(unicode.Han, head[n]) {
		n++
	}
	if n < 2 {
		return ""
	}
	return string(head[:n])
}

// sharedHeadMax is how long, in runes, a list's shared head noun may be.
const sharedHeadMax = 8

// bareSeparator reports whether gap is a list separator alone (、, 和).
func (x *Extractor) bareSeparator(gap []rune) bool {
	return slices.Contains(x.lx.respectivelySeparators.list, strings.TrimSpace(string(gap)))
}

// listGapMax is how long, in runes, the text between two values of one
// list may be (the next value's name and verb: 、高新技术企业).
const listGapMax = 16

// licensed reports whether a goal verb governs the quantity: in its clause
// before it, or heading the list it stands in (an earlier clause of the
// sentence), or a goal noun (目标) heads the list, or the section is about
// goals.
func (tx *text) licensed(rs []rune, cues []cue, s, cl, q span, goalSection bool, rateNouns []string, changeTo words) bool {
	if goalSection {
		return true
	}
	// The quantity's span may begin with its verb (达到3万家).
	ns := numberStart(rs, q)
	// A share that opens its clause is governed by the verb after it
	// (70%的规上企业基本实现数字化, 力争使80%的企业实现上云), and after
	// 使 by any verb: the clause says what the share is to do (要使全国
	// 80%以上的人口地区普及九年义务教育).
	// 6.5%左右的增速可以实现… is a rate, not a share of anything. The
	// share may stand right before its noun (85%以上行政村达到…, 今年全国
	// 80%左右统筹地区基本实现…).
	if tx.opensClause(rs, cues, cl, ns) && q.end < cl.end && (rs[q.end] == tx.de || unicode.Is(unicode.Han, rs[q.end])) && strings.ContainsRune(string(rs[q.start:q.end]), '%') &&
		!hasPrefixAny(rs[q.end+1:min(cl.end, q.end+4)], rateNouns...) && !hasPrefixAny(rs[q.end:min(cl.end, q.end+3)], rateNouns...) {
		if strings.ContainsAny(string(rs[cl.start:ns]), tx.causative) {
			return true
		}
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
		case cueReach:
			// 到2015年，利用系数提高到0.53: a verb of change to a level
			// governs the level in its clause when the sentence says when
			// (a deadline, 今年, 明年); without one, a raised price, tariff or
			// wage (将关税提高至50%) is a measure taken, not a goal.
			if cl.contains(c.span) && changeTo.has(c.span.text(rs)) && (hasDeadline(cues) || hasRole(cues, cueThisYear) || hasRole(cues, cueNextYear)) {
				return true
			}
		case cueGoal:
			if containsAny(c.span.text(rs), tx.goalNouns) {
				return true
			}
			if cl.contains(c.span) && containsAny(c.span.text(rs), tx.goalStrivingWords) {
				return true // 力争粮食产量1500亿斤以上
			}
		}
	}
	return false
}

// aheadDeadlineBefore reports whether a year after the publication year
// opens a clause of sentence s before q (cue.clause-year: 印发《…规划》，2030
// 年，国内油气供应量4.4亿吨): the figures after it are that year's levels,
// as in a section of goals, when a policy title before it in the sentence
// says whose levels they are (not 据IDC数据，2027年，…规模为300亿美元).
// Other deadlines do not license a bare level: a contract runs 至2027年, a
// review says 五年内 of the years behind it.
func aheadDeadlineBefore(rs []rune, cues []cue, s, q span, pub int) bool {
	for _, c := range cues {
		if c.role == cueDeadline && c.rule == clauseYearRule && pub != 0 && c.year > pub && s.contains(c.span) && c.span.end <= q.start &&
			slices.Contains(rs[s.start:c.span.start], '《') {
			return true
		}
	}
	return false
}

// exceedsByDeadline reports whether quantity q opens with a bound of
// target_exceed_leads (超1亿吨) after a deadline earlier in sentence s (到
// 2028年底，…累计节能量超1亿吨标准煤), not before the year pub: the bound
// is the verb.
func (x *Extractor) exceedsByDeadline(rs []rune, cues []cue, s, q span, pub int) bool {
	if !hasPrefixAny(rs[q.start:q.end], x.lx.targetExceedLeads.list...) {
		return false
	}
	for _, c := range cues {
		if c.role == cueDeadline && s.contains(c.span) && c.span.end <= q.start && (pub == 0 || c.year == 0 || c.year >= pub) {
			return true
		}
	}
	return false
}

// opensClause reports whether nothing but spaces, goal and time words
// (要, 力争, 今年, 到2027年), 使/让 and a place's whole (要使全国80%…,
// 全市24%的村庄…) stand between the clause's start and position i.
func (tx *text) opensClause(rs []rune, cues []cue, cl span, i int) bool {
	for j := cl.start; j < i; j++ {
		if unicode.IsSpace(rs[j]) || strings.ContainsRune(tx.causative, rs[j]) {
			continue
		}
		if n := tx.scopeAt(rs[:i], j); n > 0 {
			j += n - 1
			continue
		}
		covered := false
		for _, c := range cues {
			if (c.role == cueGoal || c.role == cueThisYear || c.role == cueNextYear || c.role == cueDeadline) && c.span.start <= j && j < c.span.end {
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

// scopeAt returns the length in runes of a word of share_scope_words at
// rs[j:], or 0.
func (tx *text) scopeAt(rs []rune, j int) int {
	for _, w := range tx.shareScope {
		if hasPrefixAny(rs[j:], w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// scopeAfterCausative returns the length in runes of a word of
// share_scope_words at rs[j:] right after 使, or 0.
func (tx *text) scopeAfterCausative(rs []rune, j int) int {
	if j == 0 || !strings.ContainsRune(tx.causative, rs[j-1]) {
		return 0
	}
	for _, w := range tx.shareScope {
		if hasPrefixAny(rs[j:], w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// numberStart returns where the number of a quantity span begins, after
// any bound or verb words (超过, 达到).
func numberStart(rs []rune, q span) int {
	for i := q.start; i < q.end; i++ {
		// Any numeral rune but the circle ○, which begins none here.
		if r := rs[i]; number.IsNumeralRune(r) && r != '○' {
			return i
		}
	}
	return q.start
}

// isChangeBase reports whether the quantity at q is where a change starts:
// 由现在的17%提高到60%, 从380元提高至1000元, 由一九五二年的9.8%下降为8.8%.
// A change verb (change_to_words) follows it, and its clause holds a word of
// origin (change_from_words) before it.
func (x *Extractor) isChangeBase(rs []rune, cl, q span) bool {
	if !containsAny(string(rs[cl.start:q.start]), x.lx.changeFromWords.list) {
		return false
	}
	after := q.end
	for after < cl.end && unicode.IsSpace(rs[after]) {
		after++
	}
	end := cl.end
	if after == cl.end && cl.end < len(rs) && (rs[cl.end] == '，' || rs[cl.end] == ',') {
		// 由一九七五年的五千六百九十亿斤，增加到…: the change goes on in the
		// next clause, a wrapped line's break and all (，降⏎到).
		var next []rune
		for k := cl.end + 1; k < len(rs) && len(next) < changeBaseNextMax && !strings.ContainsRune("，,；;。！？!?", rs[k]); k++ {
			if !unicode.IsSpace(rs[k]) {
				next = append(next, rs[k])
			}
		}
		return hasPrefixAny(next, x.lx.changeToWords.list...) || x.changeVerbTo(next, 0, len(next))
	}
	return hasPrefixAny(rs[after:min(end, after+4)], x.lx.changeToWords.list...) || x.changeVerbTo(rs, after, end)
}

// changeBaseNextMax is how many runes of the clause after a change's base
// are looked at for the verb that carries the change on (，增加到).
const changeBaseNextMax = 12

// radiusScope reports whether a word of target_radius_tails (内, 以内)
// ends quantity q or follows it and the clause goes on with a word after
// it: the distance is a radius that scopes what follows (100米内公交站点全
// 覆盖), where a bound ends its clause (误差控制在5米以内).
func (x *Extractor) radiusScope(rs []rune, cl, q span) bool {
	from, end := -1, -1 // the tail's span
	for _, w := range x.lx.targetRadiusTails.list {
		n := utf8.RuneCountInString(w)
		switch {
		case q.end+n <= cl.end && string(rs[q.end:q.end+n]) == w && q.end+n > end:
			from, end = q.end, q.end+n
		case q.end-n >= q.start && string(rs[q.end-n:q.end]) == w && q.end > end:
			from, end = q.end-n, q.end
		}
	}
	return end >= 0 && end+1 < cl.end && isHan(rs[end]) && isHan(rs[end+1]) && rs[end] != x.txt.de && !hasPrefixAny(rs[from:cl.end], x.lx.targetRadiusNotNext.list...)
}

// openingSubject returns the noun phrase that opens sentence sent before q
// (after item marks and a dateline) when it ends in a word of
// metric_subject_heads (新材料产业聚焦…: 新材料产业), is all Han and does not
// begin with a verb or adverb (metric_subject_not_openers, the verbs a
// metric drops: 大力发展林下产业 is no subject); else "".
func (x *Extractor) openingSubject(rs []rune, sent, q span) string {
	j := x.pastOpening(rs, sent.start, q.start, itemMarks)
	if j >= q.start || !isHan(rs[j]) || j > sent.start && (unicode.IsDigit(rs[j-1]) || unicode.IsLetter(rs[j-1]) && !isHan(rs[j-1])) {
		return "" // 5G产业…: the subject began before the Han runes
	}
	best := ""
	for n := 2; n <= metricSubjectMax && j+n <= q.start; n++ {
		if !isHan(rs[j+n-1]) {
			break
		}
		w := string(rs[j : j+n])
		for _, h := range x.lx.metricSubjectHeads.list {
			// The longest head wins (新材料产业集群, not 新材料产业), one
			// that runs on into a word does not (农业产业化).
			if strings.HasSuffix(w, h) && utf8.RuneCountInString(w) > utf8.RuneCountInString(h) && !hasPrefixAny(rs[j+n:q.start], x.lx.metricSubjectHeadNotNext.list...) {
				best = w
			}
		}
	}
	if best == "" || hasPrefixAny([]rune(best), x.lx.metricSubjectNotOpeners.list...) || !x.lx.metricStripKeepWords.prefixOf(best) && trimPrefixes(best, x.lx.metricDropVerbs.list, x.lx.metricStripPrefixes.list) != best {
		return ""
	}
	return best
}

// clauseBeforeSubject returns the industry the clause right before clause
// cl (in sentence sent) ends with — after its last 的 and without the verbs
// a metric drops (打造具有区域竞争力的新材料产业集群: 新材料产业集群) — when it
// ends in a word of metric_subject_heads; else "".
func (x *Extractor) clauseBeforeSubject(rs []rune, sent, cl span) string {
	if cl.start < 2 || cl.start-1 <= sent.start || !strings.ContainsRune(",，", rs[cl.start-1]) {
		return ""
	}
	prev := strings.TrimSpace(string(rs[clauseOf(rs, span{cl.start - 2, cl.start - 1}).start : cl.start-1]))
	if !hasSuffixAnyString(prev, x.lx.metricSubjectHeads.list) {
		return ""
	}
	if i := strings.LastIndex(prev, x.txt.deWord); i >= 0 {
		prev = prev[i+len(x.txt.deWord):]
	}
	if !x.lx.metricStripKeepWords.prefixOf(prev) {
		prev = trimPrefixes(prev, x.lx.metricDropVerbs.list, x.lx.metricStripPrefixes.list) // not 再生资源产业
	}
	if n := utf8.RuneCountInString(prev); n <= 2 || n > metricSubjectMax || hasPrefixAny([]rune(prev), x.lx.metricSubjectNotOpeners.list...) {
		return ""
	}
	for _, r := range prev {
		if !isHan(r) {
			return ""
		}
	}
	return prev
}

// metricSubjectMax is how long, in runes, a sentence's opening subject
// may be (先进装备制造产业).
const metricSubjectMax = 12

// comparisonBase reports whether quantity q stands right after 的 that
// closes a comparison opened in its clause by a word of
// comparison_base_leads (比1980年的52.7%, 较上年的8.5%), with no
// punctuation and at most comparisonBaseReach runes between, and a change
// verb (comparison_change_verbs) right after it (…的114.4万人增长13.6%).
func (x *Extractor) comparisonBase(rs []rune, cl, q span) bool {
	// Spaces set around figures may stand either side (比1980年的 4972亿元
	// 增长21.7%).
	de, after := numberStart(rs, q)-1, q.end
	for de > cl.start && rs[de] == ' ' {
		de--
	}
	for after < cl.end && rs[after] == ' ' {
		after++
	}
	if de <= cl.start || rs[de] != x.txt.de || !hasPrefixAny(rs[after:cl.end], x.lx.comparisonChangeVerbs.list...) {
		return false // 占比达到地区生产总值的12%: no change from it follows
	}
	for k := de - 1; k >= max(cl.start, de+1-comparisonBaseReach); k-- {
		if unicode.IsPunct(rs[k]) {
			return false
		}
		if hasPrefixAny(rs[k:de+1], x.lx.comparisonBaseLeads.list...) && !hasPrefixAny(rs[k:de+1], x.lx.comparisonBaseNot.list...) {
			return true // not 占…比重的60%
		}
	}
	return false
}

// comparisonBaseReach is how far, in runes, the word that opens a
// comparison may stand before its base.
const comparisonBaseReach = 14

// changeVerbTo reports whether a verb of one to three runes, then a word of
// change_to_tails (为, 至), then a number stand at i before end: a change
// verb change_to_words does not list (从35项精简为4项, 由31条压减至29条).
// The runes may be the count's noun and a short verb, a bracketed note
// after the noun passed over (从15个县（市）扩大到57个).
func (x *Extractor) changeVerbTo(rs []rune, i, end int) bool {
	t := numeralTable()
	j := i
	for n := 1; n <= 3 && j < end; n++ {
		if k := afterBracket(rs, j); k < end {
			j = k // past a note after the count's noun: 从15个县（市）扩大到57个
		}
		if j >= end || !isHan(rs[j]) || t.numeral(rs[j]) {
			return false
		}
		j++
		for _, w := range x.lx.changeToTails.list {
			k := j + utf8.RuneCountInString(w)
			if k < end && string(rs[j:k]) == w && (t.numeral(rs[k]) || rs[k] >= '0' && rs[k] <= '9') {
				return true
			}
		}
	}
	return false
}

// restatesGoal reports whether target t, in clause cl, restates a goal the
// document stated before: the clause names a goal (goal_restatement_nouns)
// with a word of goal_restatement_words (提出8%左右的国内生产总值增长目标,
// 把增长预期目标定在7.5%左右), and an earlier target has the same value,
// unit, qualifier, year and region, and a metric whose tail (metricTail)
// the clause repeats. A report explains its main targets after listing
// them; the explanation sets nothing new.
func (x *Extractor) restatesGoal(st *docState, cl span, t *targetMention) bool {
	text := string(st.runes[cl.start:cl.end])
	// A government's report restates its headline goals in the sections on
	// their fields (粮食产量880亿斤以上 in the list of goals, 支撑粮食产量达到
	// 880亿斤以上 under agriculture): the same value, bound, year, place and
	// what is measured is the same goal. Elsewhere the clause must say it
	// restates a goal (提出…目标).
	inReport := st.reportItself && t.metric != ""
	restating := containsAny(text, x.lx.goalRestatementWords.list) && containsAny(text, x.lx.goalRestatementNouns.list)
	// 6.5%左右的增速可以实现比较充分的就业: a rate the report names after
	// the figure explains a rate it has set.
	// Only when nothing before the figure names a measure: 工业增加值保持6%
	// 左右的增速 sets a rate of its own.
	explained := st.reportItself && hasPrefixAny(st.runes[t.span.end:min(len(st.runes), t.span.end+x.lx.restatedRateNouns.longest())], x.lx.restatedRateNouns.list...) &&
		numberStart(st.runes, t.span)-cl.start <= explainedLeadMax
	if !inReport && !restating && !explained {
		return false
	}
	// A report's annex of 民生实事 lists, item by numbered item, goals its
	// body has set, in words of its own (基本养老保险参保人数增加3.04万人,
	// then 8.新增基本养老保险参保3.04万人); a goal of another numbered
	// paragraph is no body's.
	annexed := inReport && numberedLine(st, st.paragraph(t.span.start))
	for _, e := range st.targets {
		if e.q.Value != t.q.Value || e.q.Unit != t.q.Unit || e.q.Qualifier != t.q.Qualifier || e.year != t.year || e.region != t.region || e.metric == "" {
			continue
		}
		if inReport && (x.sameMetric(e.metric, t.metric) || x.sameIndicator(e.metric, t.metric, t.q.Unit)) || restating && strings.Contains(text, metricTail(e.metric)) || explained {
			return true
		}
		if annexed && !numberedLine(st, st.paragraph(e.span.start)) && x.annexRestates(e.metric, t.metric) {
			return true
		}
	}
	return false
}

// numberedLine reports whether paragraph p opens with an item's number in
// digits (8.新增…, 16． 为…): an item of a numbered list.
func numberedLine(st *docState, p span) bool {
	rs := st.runes[p.start:p.end]
	i := 0
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
		i++
	}
	digits := 0
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i, digits = i+1, digits+1
	}
	return digits > 0 && digits <= 3 && i < len(rs) && (rs[i] == '.' || rs[i] == '\uff0e' || rs[i] == '\u3001')
}

// annexRestatedMin is how many runes in a row an annex item's metric must
// share with the body's for the two to be one goal (基本养老保险参保).
const annexRestatedMin = 4

// annexRestates reports whether metric b, of an annex item, restates
// metric a of the body: one holds the other whole, or they share
// annexRestatedMin runes in a row that hold the last two runes of one
// (what it counts) or run annexRestatedLong; and both name the same
// scopes (annex_scope_words: 新增国家级专精特新企业10家 is no 省级 goal).
func (x *Extractor) annexRestates(a, b string) bool {
	for _, w := range x.lx.annexScopeWords.list {
		if strings.Contains(a, w) != strings.Contains(b, w) {
			return false
		}
	}
	a, b = stripListMarks(a), stripListMarks(b)
	if n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)); n >= annexRestatedWhole && (strings.Contains(a, b) || strings.Contains(b, a)) {
		return true // 新建滑冰场, then 9个滑冰场
	}
	ra, rb := []rune(a), []rune(b)
	run, at := longestCommonRun(ra, rb)
	if run < annexRestatedMin {
		return false
	}
	// The run must hold what one of them counts, its last two runes
	// (新建改扩建幼儿园 and 新建改扩建中小学 share only the verbs).
	shared := string(ra[at-run : at])
	return run >= annexRestatedLong || strings.Contains(shared, string(ra[len(ra)-2:])) || strings.Contains(shared, string(rb[len(rb)-2:]))
}

// annexRestatedLong is how many runes in a row make two metrics one goal
// whatever they count (困难重度残疾人家庭 of 为6500户困难重度残疾人家庭实施
// 无障碍改造).
const annexRestatedLong = 6

// annexRestatedWhole is how many runes a metric the other holds whole
// must have for the two to be one goal (滑冰场 in 新建滑冰场).
const annexRestatedWhole = 3

// longestCommonRun returns the length of the longest run of runes a and b
// share, and where it ends in a.
func longestCommonRun(a, b []rune) (best, end int) {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = 0
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, end = cur[j], i
				}
			}
		}
		prev, cur = cur, prev
	}
	return best, end
}

// explainedLeadMax is how many runes may stand before a figure that
// explains a rate (有6.5%－7%的增速就能够…: 有).
const explainedLeadMax = 1

// metricTailRunes is how many runes of a goal's metric a restatement must
// repeat: 增长 of 国内生产总值增长 in 把增长预期目标定在7.5%左右, not the same
// value of another measure (提出单位国内生产总值能耗下降6.5%的目标 after
// 国内生产总值增长6.5%).
const metricTailRunes = 2

// metricTail is the last metricTailRunes runes of a metric, or all of it.
func metricTail(m string) string {
	rs := []rune(m)
	return string(rs[max(0, len(rs)-metricTailRunes):])
}

// populationSize reports whether a count of people is the size of a
// population that describes a place: its unit runs into population_tails
// (13亿人口的发展中国家), or into population_nouns right after a word of
// population_have_words (我国有13亿人口).
func (x *Extractor) populationSize(rs []rune, cl, q span, qty number.Quantity) bool {
	if qty.Kind != number.KindCount || qty.Unit == "" {
		return false
	}
	unit := max(q.start, q.end-utf8.RuneCountInString(qty.Unit))
	if hasPrefixAny(rs[unit:min(cl.end, q.end+x.lx.populationTails.longest())], x.lx.populationTails.list...) {
		return true
	}
	ns := numberStart(rs, q)
	return hasPrefixAny(rs[unit:min(cl.end, q.end+x.lx.populationNouns.longest())], x.lx.populationNouns.list...) &&
		hasSuffixAny(rs[max(cl.start, ns-x.lx.populationHaveWords.longest()):ns], x.lx.populationHaveWords.list...)
}

// plannedChangeBase reports whether past cue c is a comparison with last
// year (comparison_base_words, ending at the cue) right before a change
// verb (comparison_change_verbs), after a word that names an aim in sentence
// s (past_change_goal_words: 力争, 目标 — as for 同比), or in a section of
// goals after any goal cue or 今年: 今年中央财政投入增加300亿元以上，比上年增长
// 20%以上 plans a rise over last year; 去年…比上年增长8% (no goal word)
// reports one, and so do the news with 今年 or 将 (今夏最高用电负荷将达到16亿
// 千瓦左右，较去年增加9000万千瓦左右 is a forecast).
func (x *Extractor) plannedChangeBase(rs []rune, cues []cue, s, c span, goalSection bool) bool {
	if !hasSuffixAny(rs[max(s.start, c.end-x.lx.comparisonBaseWords.longest()):c.end], x.lx.comparisonBaseWords.list...) ||
		!hasPrefixAny(rs[c.end:min(s.end, c.end+x.lx.comparisonChangeVerbs.longest())], x.lx.comparisonChangeVerbs.list...) {
		return false
	}
	if x.goalWordBefore(rs, cues, s, c) {
		return true
	}
	for _, o := range cues {
		if goalSection && (o.role == cueGoal || o.role == cueOpener || o.role == cueThisYear) && s.contains(o.span) && o.span.end <= c.start {
			return true
		}
	}
	return false
}

// pastInChangeBase reports whether past cue c stands in the base of a
// change that ends at quantity q: a word of change_from_words just before
// it and a word of change_to_words between it and q (从目前3万辆在2006年
// 扩至12万辆, 由现在的17%提高到60%).
func (x *Extractor) pastInChangeBase(rs []rune, c, q span) bool {
	if !hasSuffixAny(rs[max(0, c.start-2):c.start], x.lx.changeFromWords.list...) || q.start-c.end > 24 {
		return false
	}
	found := false
	x.lx.changeToWords.each(rs[c.end:q.start], func(int, int) { found = true })
	return found
}

// sizeClassReach is how far after a bounded count, in runes, the noun it
// classes may end (20人以上的自然村: 4; 50户以上木质建筑连片村寨: 8).
const sizeClassReach = 8

// sizeClass reports whether a bounded count of people or households
// (class_size_units; 以上, 以下) runs on, through 的 or straight, into a
// place or body it classes (class_size_heads): 基本实现20人以上的自然村4G网络
// 覆盖, 20户以上自然村应急广播终端 — villages of that size, not a number to
// reach.
func (x *Extractor) sizeClass(rs []rune, cl, q span, qty number.Quantity) bool {
	if qty.Kind != number.KindCount && qty.Kind != number.KindMoney ||
		qty.Qualifier != number.QualGreaterEqual && qty.Qualifier != number.QualLessEqual && qty.Qualifier != number.QualGreater && qty.Qualifier != number.QualLess {
		return false
	}
	if x.lx.areaClassUnits.has(qty.Unit) {
		// 占地5亩以上的规模以下工业企业, 300亩以上适度规模经营
		ns := numberStart(rs, q)
		if hasSuffixAny(rs[max(cl.start, ns-x.lx.areaClassLeads.longest()):ns], x.lx.areaClassLeads.list...) {
			return true
		}
		rest := string(rs[q.end:min(cl.end, q.end+sizeClassReach)])
		for _, h := range x.lx.areaClassHeads.list {
			if i := strings.Index(rest, h); i >= 0 && !strings.ContainsAny(rest[:i], "、，,") && !strings.ContainsFunc(rest[:i], unicode.IsDigit) {
				return true
			}
		}
		return false
	}
	if !x.lx.classSizeUnits.has(qty.Unit) {
		return false
	}
	at := q.end
	if at < cl.end && rs[at] == x.txt.de {
		at++
	}
	rest := rs[at:min(cl.end, at+sizeClassReach)]
	if len(rest) == 0 || !unicode.Is(unicode.Han, rest[0]) {
		return false
	}
	if w := prefixOf(rest, x.lx.classSizeAdjacentHeads.list); w > 0 && !hasPrefixAny(rest[w:], x.lx.classSizeNotAfter.list...) {
		return true // 超50亿美元项目
	}
	found := false
	x.lx.classSizeHeads.each(rest, func(k, at int) {
		// 5000人以上乡镇干部 counts the cadres; 2000户以上群众搬入安置区
		// the people who move there
		if !hasPrefixAny(rest[at+len(x.lx.classSizeHeads.index().words[k]):], x.lx.classSizeNotAfter.list...) &&
			!containsAny(string(rest[:at]), x.lx.classSizeBreaks.list) {
			found = true
		}
	})
	return found
}

// classShareReach is how far after a bound sum, in runes, the share word
// of the noun it classes may end (50万元以上行政村占比: 7).
const classShareReach = 10

// shareBefore reports whether a share and 的 (45%的, 80%以上的) open the
// phrase that runs, without a list's separator, within classShareReach+6
// runes up to q in its clause.
func (x *Extractor) shareBefore(st *docState, cl, q span) bool {
	// Only a sum to reach or pass (超30万元, 达到20万元以上) is a bar;
	// 安排30%的财政资金20亿元 spends the sum.
	if ns := numberStart(st.runes, q); ns == q.start && !hasSuffixAny(st.runes[max(cl.start, ns-2):ns], x.lx.targetExceedLeads.list...) {
		return false
	}
	from := max(cl.start, q.start-classShareReach-6)
	for i := q.start - 1; i > from; i-- {
		if hasAnyRune(st.runes[i:i+1], unitListSeps) {
			return false
		}
		if st.runes[i] != x.txt.de {
			continue
		}
		for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, cl.start, i) {
			if m.span.end == i && strings.ContainsAny(m.span.text(st.runes), "%\uff05") {
				return true
			}
		}
	}
	return false
}

// isBound says q is a bound (以上, 以下, 超过 …), not a value nor an
// approximate one.
func isBound(q number.Quantity) bool {
	return q.Qualifier != number.QualEqual && q.Qualifier != number.QualApprox && q.Qualifier != ""
}

// poolInvestment reports whether the money at q is what a counted pool of
// projects invests (pool_investment_words before it: 年度投资452亿元的309个
// 城建重点项目, 总投资2万亿元的389个省重点项目): the sum, then 的 and a count.
func (x *Extractor) poolInvestment(st *docState, cl, q span) bool {
	_, ok := x.investingPool(st, cl, q)
	return ok
}

// investingPool returns, for the sum at q that a counted pool invests
// (poolInvestment), the name of the measure: what is counted, then the
// investment word (城建重点项目年度投资).
func (x *Extractor) investingPool(st *docState, cl, q span) (string, bool) {
	ns := numberStart(st.runes, q)
	n := suffixOf(st.runes[max(cl.start, ns-x.lx.poolInvestmentWords.longest()):ns], x.lx.poolInvestmentWords.list)
	if n == 0 || q.end+1 >= cl.end || st.runes[q.end] != x.txt.de {
		return "", false
	}
	// 总投资10亿元以上的50个重大项目: a bound is each project's size.
	if qq, err := x.vocab.ParseQuantity(q.text(st.runes)); err != nil || isBound(qq) {
		return "", false
	}
	for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, q.end+1, q.end+2) {
		if qq, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && qq.Kind == number.KindCount {
			end := m.span.end
			for end < cl.end && st.runes[end] != '、' && !x.txt.isListConj(st.runes[end]) {
				end++
			}
			what := x.trimMetricSuffixes(trimSuffixes(strings.TrimSpace(string(st.runes[m.span.end:end])), x.lx.metricTrailing.list))
			if !containsAny(what, x.lx.projectNouns.list) {
				return "", false // 总投资1亿元的3家企业: firms, not a pool of projects
			}
			return what + string(st.runes[ns-n:ns]), true
		}
	}
	return "", false
}

// describesCounted reports whether the money at q describes what a count
// just before it counts: 培育5家年产值过亿元的供应商 sets 5家, and 过亿元 is
// the class of each. The money is followed by 的 (or runs straight into a
// noun) and a count ends at most a few characters before it, in the same
// clause.
// firmCountReach is how far before a bound sum, in runes, the count of
// firms it classes may end.
const firmCountReach = 16

// firmCountBefore reports whether a count of firms (firm_count_units, then
// a word of counted_firm_nouns, 左右 or 以上 between at most) ends in
// clause cl shortly before q, with no list mark between.
func (x *Extractor) firmCountBefore(st *docState, cl, q span) bool {
	from := max(cl.start, q.start-firmCountReach)
	for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, from, q.start) {
		if m.span.end > q.start || hasAnyRune(st.runes[m.span.end:q.start], unitListSeps) {
			continue
		}
		qq, err := x.vocab.ParseQuantity(m.span.text(st.runes))
		if err != nil || qq.Kind != number.KindCount || !x.lx.firmCountUnits.has(qq.Unit) {
			continue
		}
		rest := st.runes[m.span.end:q.start]
		for k := 0; k <= 2 && k < len(rest); k++ {
			if hasPrefixAny(rest[k:], x.lx.countedFirmNouns.list...) {
				return true
			}
		}
	}
	return false
}

func (x *Extractor) describesCounted(st *docState, cl, q span, qty number.Quantity) bool {
	if x.poolInvestment(st, cl, q) {
		return false // 年度投资452亿元的309个城建重点项目: what the projects invest
	}
	// 6户左右企业营业收入过千亿元: a count of firms, what they measure, then
	// a bound sum: the firms counted are those past the bar; the count is
	// the goal.
	if isBound(qty) && x.firmCountBefore(st, cl, q) {
		return true
	}
	// A count right after the money, closing its list item, counts what is
	// of that size: 产值超亿元10户、超千万元200户 sets 10户 and 200户 (but
	// 总额300亿元91天期国债 is a bond's term).
	if q.end < len(st.runes) && unicode.IsDigit(st.runes[q.end]) {
		for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, q.end, q.end+1) {
			if qq, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && qq.Kind == number.KindCount &&
				(m.span.end >= cl.end || hasAnyRune(st.runes[m.span.end:m.span.end+1], unitListSeps) || hasPrefixAny(st.runes[m.span.end:min(cl.end, m.span.end+3)], x.lx.classLinkers.list...)) {
				return true
			}
		}
	}
	// 人均纯收入1万元以下且有劳动能力的脱贫户: a second condition, then
	// 的 and what the sum classes.
	// Only a bound classes (以上, 以下: 到2025年…达到1万亿元且增速保持在6%
	// joins two goals), and not before a level's noun (…的水平, …的目标).
	if isBound(qty) && hasPrefixAny(st.runes[q.end:min(cl.end, q.end+2)], x.lx.classConditionJoiners.list...) {
		rest := st.runes[q.end:min(cl.end, q.end+classConditionMax)]
		if i := slices.Index(rest, x.txt.de); i > 0 && i+1 < len(rest) && unicode.Is(unicode.Han, rest[i+1]) && !hasAnyRune(rest[:i], unitListSeps) && !hasPrefixAny(rest[i+1:], x.lx.boundLevelNouns.list...) {
			return true
		}
	}
	// 推动45%的村集体经济年收入超30万元: a share of things, then 的, names
	// what reaches the sum; the share is the goal, the sum the bar it
	// clears.
	if x.shareBefore(st, cl, q) {
		return true
	}
	// 年经营性收入50万元以上行政村占比达到60%: a bound sum running straight
	// into a noun whose share is the goal classes that noun.
	if isBound(qty) && q.end < cl.end && isHan(st.runes[q.end]) {
		rest := string(st.runes[q.end:min(cl.end, q.end+classShareReach)])
		for _, w := range x.lx.classShareWords.list {
			if i := strings.Index(rest, w); i > 0 && !hasAnyRune([]rune(rest[:i]), unitListSeps) {
				return true
			}
		}
	}
	// The money runs into what is counted: through 的, or straight on
	// (60个投资5000万元以上文旅项目); not into the next sum of its list
	// (分别提高7.4元和16元), unless a count follows in the clause
	// (投资5000万元和1亿元以上项目分别达到100个和50个).
	if q.end+1 < len(st.runes) && x.txt.isListConj(st.runes[q.end]) && unicode.IsDigit(st.runes[q.end+1]) && !x.countAfter(st, q.end+1, cl.end) {
		return false
	}
	if q.end >= len(st.runes) || !(hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+3)], x.lx.classLinkers.list...) || unicode.Is(unicode.Han, st.runes[q.end])) {
		return false
	}
	// 年内新签投资5000万元以上项目超200个, 产值10亿元以上工业企业超150家:
	// the money runs into a noun that a count follows.
	if unicode.Is(unicode.Han, st.runes[q.end]) {
		// The first quantity after the money decides.
		if ms := startingIn(st.matches["quantity"], func(m match) span { return m.span }, q.end+1, min(cl.end, q.end+12)); len(ms) > 0 {
			m := ms[0]
			// Not when a verb stands right before a count of things (投入68亿元
			// 全力办好10个方面30项民生实事): the sum funds what the verb does
			// (but 投资252.83亿元建设500万吨/年…项目 is the project's size).
			if qq, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && qq.Kind == number.KindCount && !hasAnyRune(st.runes[q.end:m.span.start], unitListSeps) &&
				(suffixOf(st.runes[q.end:numberStart(st.runes, m.span)], x.lx.metricDropVerbs.list) == 0 || !x.lx.metricCounters.has(qq.Unit)) {
				return true
			}
		}
	}
	// 投资4.33亿元的丰辉球形石墨项目投产: the money after its 的 names a
	// project's size, whatever the project is called.
	for _, w := range x.lx.classLinkers.list {
		at := q.end + len([]rune(w))
		if at < cl.end && string(st.runes[at-len([]rune(w)):at]) == w {
			rest := string(st.runes[at:min(cl.end, at+16)])
			for _, n := range x.lx.projectNouns.list {
				if i := strings.Index(rest, n); i >= 0 && !hasAnyRune([]rune(rest[:i]), unitListSeps) {
					return true
				}
			}
		}
	}
	// A bound and its 的 before a noun say which things are meant
	// (支持单户担保金额500万元及以下的小微企业, 年经营性收入过80万元的示范村),
	// unless a word of bound_level_nouns follows within a few runes, making
	// the sum the level aimed at (营业收入100亿元以上的年度目标, 达到1000亿元以上
	// 的水平), or the sum is the size of what is set up (设立总规模不少于100亿元
	// 的基金: size_words).
	if isBound(qty) && q.end+1 < cl.end && st.runes[q.end] == x.txt.de &&
		unicode.Is(unicode.Han, st.runes[q.end+1]) &&
		!containsAny(string(st.runes[q.end+1:min(cl.end, q.end+1+boundLevelWindow)]), x.lx.boundLevelNouns.list) &&
		!hasSuffixAny(st.runes[max(cl.start, q.start-x.lx.sizeWords.longest()):q.start], x.lx.sizeWords.list...) {
		return true
	}
	// 总投资3942亿元的68个基础设施项目: the count follows the money and its 的.
	for _, w := range x.lx.classLinkers.list {
		at := q.end + len([]rune(w))
		if at < cl.end && string(st.runes[q.end:at]) == w {
			for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, at, at+1) {
				if qq, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && qq.Kind == number.KindCount {
					return true
				}
			}
		}
	}
	// With its 的 after it, the money may stand further from the count, as
	// long as no list mark comes between (打造100个年经营性收入过80万元的示范村).
	reach := 6
	if st.runes[q.end] == x.txt.de {
		reach = 12
	}
	from := max(cl.start, q.start-reach-4)
	for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, from, q.start) {
		if m.span.end > q.start || m.span.end < q.start-reach || hasAnyRune(st.runes[m.span.end:q.start], unitListSeps) {
			continue
		}
		if qq, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && qq.Kind == number.KindCount {
			return true
		}
	}
	return false
}

// paidOut reports whether a subsidy word c of a clause is paid out as a
// whole: a word of payout_verbs before it in the clause, and no other
// condition cue (每户, 最高, 给予) there.
func (x *Extractor) paidOut(rs []rune, cues []cue, cl, c span) bool {
	if !containsAny(string(rs[cl.start:c.start]), x.lx.payoutVerbs.list) || containsAny(string(rs[c.start:cl.end]), x.lx.payoutPerUnit.list) {
		return false // 发放育儿补贴每孩每年3600元: a rate per child
	}
	for _, o := range cues {
		if o.role == cueCondition && cl.contains(o.span) && o.span != c {
			return false
		}
	}
	return true
}

// grantTerms returns why a quantity is a term of a grant, or "": in a
// sentence that grants a subsidy or reward (a condition cue: 给予, 补贴),
// the clause before the grant that ends in 的, or opens with a word of
// grant_object_openers and has a 的 after the quantity, says who qualifies
// (租赁场地面积在300平方米以内的，…给予三年100%房租补贴; 对年营业收入达到
// 2000万元以上的企业，给予…), and a rate in a clause after
// the grant that opens with a word of grant_split_words says how it is
// paid (给予最长五年的房租补贴，其中前两年100%、后三年50%).
func (x *Extractor) grantTerms(st *docState, cues []cue, q span, qty number.Quantity) string {
	sent := st.sent.sentence(q.start)
	const stops = "，,；;：:。！？!?\n"
	start, end := q.start, q.end
	for start > sent.start && !strings.ContainsRune(stops, st.runes[start-1]) {
		start--
	}
	for end < sent.end && !strings.ContainsRune(stops, st.runes[end]) {
		end++
	}
	last := end
	for last > start && unicode.IsSpace(st.runes[last-1]) {
		last--
	}
	whoQualifies := last > start && st.runes[last-1] == x.txt.de
	if !whoQualifies && hasPrefixAny(st.runes[start:end], x.lx.grantObjectOpeners.list...) && !hasPrefixAny(st.runes[start:end], x.lx.grantObjectNot.list...) {
		// 对年营业收入达到2000万元以上…的企业，给予…: 对 and what qualifies.
		whoQualifies = slices.Contains(st.runes[q.end:end], x.txt.de)
	}
	split := qty.Unit == "%" && hasPrefixAny(st.runes[start:end], x.lx.grantSplitWords.list...)
	if !whoQualifies && !split {
		return ""
	}
	for _, c := range cues {
		if c.role != cueCondition || !sent.contains(c.span) || !x.lx.grantWords.has(c.span.text(st.runes)) {
			continue // only a grant (给予, 补贴), not any condition (符合, 须)
		}
		if whoQualifies && c.span.start >= end {
			return "who qualifies for a grant, not a goal"
		}
		if split && c.span.end <= start {
			return "how a grant is paid, not a goal"
		}
	}
	return ""
}

// modifierPhraseMax bounds the runes between a past cue after a count and
// the 的 that ends the phrase it opens (modifierPhrase).
const modifierPhraseMax = 30

// modifierPhrase reports whether a 的 follows position i before the
// clause's comma, within modifierPhraseMax runes: the words from i on
// (拥有自主知识产权、自主品牌…的) describe the noun a count counts.
func (x *Extractor) modifierPhrase(rs []rune, i int) bool {
	for j := i; j < len(rs) && j < i+modifierPhraseMax; j++ {
		if isClauseBreak(rs[j]) {
			return false
		}
		if string(rs[j]) == x.txt.deWord {
			return true
		}
	}
	return false
}

// countAfter reports whether a count (a quantity of number.KindCount)
// starts in [from, to).
func (x *Extractor) countAfter(st *docState, from, to int) bool {
	for _, m := range startingIn(st.matches["quantity"], func(m match) span { return m.span }, from, to) {
		if q, err := x.vocab.ParseQuantity(m.span.text(st.runes)); err == nil && q.Kind == number.KindCount {
			return true
		}
	}
	return false
}

// plannedSumPart reports whether the money at q stands after a word of
// planned_sum_split_words that follows a money goal of the same sentence.
func (x *Extractor) plannedSumPart(st *docState, q span) bool {
	s := st.sent.sentence(q.start)
	for i := len(st.targets) - 1; i >= 0; i-- {
		t := st.targets[i]
		if t.span.start < s.start {
			break
		}
		if t.span.end <= q.start && t.q.Kind == number.KindMoney && containsAny(string(st.runes[t.span.end:q.start]), x.lx.plannedSumSplitWords.list) {
			return true
		}
	}
	return false
}

// boundLevelWindow is how far after a bound sum's 的 a word of
// bound_level_nouns may stand (…以上的年度目标).
const boundLevelWindow = 6

// clauseReject returns why a quantity in a goal sentence is still not a
// goal, or "".
func (x *Extractor) clauseReject(st *docState, cues []cue, cl, q span, qty number.Quantity, goalSection, carried bool) string {
	if x.countsAmong(st.runes, cl, q) {
		return "the size of a set a place ranks in"
	}
	for _, c := range cues {
		if !cl.contains(c.span) {
			continue
		}
		before := c.span.end <= q.start
		switch c.role {
		case cuePast:
			if before && x.pastInChangeBase(st.runes, c.span, q) {
				continue // 从目前3万辆扩至12万辆: 目前 dates where the change starts
			}
			if goalSection && x.lx.periodsAhead.has(c.span.text(st.runes)) {
				continue // a year's plan: 续建项目上半年复工率100% is a goal for its first half
			}
			if c.span.start == q.end && (c.span.len() == 1 || x.modifierPhrase(st.runes, c.span.end)) {
				// 推动66个已签约项目开工建设, 形成200家以上拥有自主知识产权的
				// 领军企业: the cue opens a phrase that says which ones.
				continue
			}
			if before && x.proposedGoals(st.runes, c.span, q, st.sent.sentence(q.start)) {
				continue // 纲要提出了…降低20%左右等目标: goals a plan set
			}
			if before && x.plannedChangeBase(st.runes, cues, st.sent.sentence(q.start), c.span, goalSection) {
				continue // 今年…投入增加300亿元以上，比上年增长20%以上: the base of the change
			}
			if st.year != 0 && x.inComparisonBase(st.runes, c.span) && x.txt.leadingYear(st.runes, st.sent.sentence(q.start)) > st.year {
				continue // 一九六五年…收支都比上年增长百分之十以上: the year before a year ahead
			}
			if goalSection && x.inComparisonBase(st.runes, c.span) {
				continue // 2025年工作安排 … 地区生产总值比上年增长6%左右: the planned year's base
			}
			return "past cue " + c.span.text(st.runes)
		case cuePastChange:
			// In a section of goals (2025年工作安排) 同比 measures the
			// planned change too (…，全市脱贫人口人均纯收入同比增长14%以上).
			if !goalSection && !x.goalWordBefore(st.runes, cues, st.sent.sentence(q.start), c.span) {
				return "past cue " + c.span.text(st.runes)
			}
		case cuePastWeak:
			if goalSection {
				continue // 2023年工作安排 … 全市5G基站累计达1.7万个: a running total to reach
			}
			if !goalBefore(cues, st.periods[sentenceIndex(st.periods, c.span.start)], c.span, st.year) {
				return "past cue " + c.span.text(st.runes)
			}
		case cueForecast:
			if x.txt.forecastBase.MatchString(string(st.runes[max(cl.start, c.span.start-8):c.span.start])) {
				continue // 比1980年预计增长5.5%: the base is 1980's expected figure
			}
			if before && !x.planForecast(st, cues, c) {
				return "forecast cue " + c.span.text(st.runes)
			}
		case cueFirm:
			if before && !x.lx.firmCountUnits.has(qty.Unit) {
				return "a firm's plan, not a policy goal: " + c.span.text(st.runes)
			}
		case cueBase:
			if c.span.contains(q) {
				return "inside a baseline phrase, not a goal" // 在…现有6家省实验室的基础上
			}
		case cueCondition:
			if !before && qty.Kind == number.KindCount && c.span.start == q.end && x.describedAfter(st.runes, cl, c.span) {
				continue // 建设100个具备助餐功能的村级互助养老站: which stations
			}
			if qty.Kind == number.KindMoney && before && x.paidOut(st.runes, cues, cl, c.span) {
				continue // 发放政府消费券和购车补贴1亿元以上: a sum paid out
			}
			if qty.Kind == number.KindMoney && !before && c.span.start >= q.end && containsAny(string(st.runes[q.end:c.span.start]), x.lx.budgetPurposeWords.list) {
				continue // 安排1亿元财政资金用于汽车以旧换新补贴: a budget for subsidies
			}
			if qty.Kind == number.KindMoney && !before && c.span.start >= q.end && x.budgetFundAfter(st.runes, cl, q, c.span) {
				continue // 中央财政安排1000亿元专项奖补资金: a budget named for its use
			}
			if qty.Kind == number.KindMoney && before && (x.standardRaisedIn(st.runes, cues, cl, q) || x.raisedStandard(st.runes, cl, numberStart(st.runes, q)) || x.raisedFromTo(st.runes, cl, q)) {
				// 财政补助标准提高到人均320元: the standard's new level, also
				// when it is per head (由每人每年320元提高到380元); 补助标准再增加
				// 40元: the raise (raisedStandard).
				continue
			}
			if before && (x.conditionNamesShare(st.runes, q, c.span) || (qty.Kind == number.KindCount || qty.Kind == number.KindPercent) && x.conditionNamesCounted(st.runes, cl, q, c.span)) {
				// 公民具备科学素质的比例超过13.5%: who the share counts;
				// 培育具备本土产业资源优势的总部企业15家以上: which firms;
				// 具备生活污水处理设施的建制镇超过50%: which towns the
				// share is of.
				continue
			}
			if qty.Kind == number.KindMoney && before && x.raisedCap(st.runes, cl, q, c.span) {
				continue // 年度最高救助金额统一提高到16万元: the cap's new level
			}
			if qty.Kind == number.KindPercent && before && x.raisedStandard(st.runes, cl, numberStart(st.runes, q)) {
				continue // 城乡低保人均补助标准分别提高5%和8%: a raise by a share
			}
			return "condition cue " + c.span.text(st.runes)
		}
	}
	if why := x.grantTerms(st, cues, q, qty); why != "" {
		return why
	}
	if qty.Kind == number.KindMoney && hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.txt.revenueClass...) &&
		!hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.lx.scaleLevelNouns.list...) {
		// 超百亿元企业 (but 跨过万亿级台阶 is a level to reach)
		return "a revenue class, not a goal"
	}
	if n := numberStart(st.runes, q); qty.Unit == "%" {
		// 完成计划101.8％, 为年度计划的103%: how far a plan was met; 已完成
		// 58件，完成率为73.4%: how far it has got, unless its clause sets the
		// rate (确保…完成率是100%).
		if hasSuffixAny(st.runes[max(cl.start, n-x.lx.fulfilmentWords.longest()):n], x.lx.fulfilmentWords.list...) ||
			hasSuffixAny(st.runes[max(cl.start, n-x.lx.fulfilmentRateWords.longest()):n], x.lx.fulfilmentRateWords.list...) &&
				!slices.ContainsFunc(cues, func(c cue) bool { return c.role == cueGoal && cl.contains(c.span) }) {
			return "a plan's fulfilment rate, not a goal"
		}
	}
	if x.equityStake(string(st.runes[cl.start:cl.end])) {
		// 拟转让1.29亿股(占总股本20%), 持股比例由31.61%升至32.48%
		return "a firm's equity stake, not a goal"
	}
	if n := numberStart(st.runes, q); hasSuffixAny(st.runes[max(cl.start, n-2):n], x.lx.formulaOperators.list...) {
		// （本年度收入－上一年度收入）/上一年度收入×100%
		return "a term of a formula, not a goal"
	}
	if x.comparisonBase(st.runes, cl, q) {
		// 比1980年的52.7%提高2.3%, 比五五计划时期的16.5%降低2%: what the
		// goal is compared with
		return "the base of a comparison, not a goal"
	}
	if x.isChangeBase(st.runes, cl, q) {
		// 由现在的17%提高到60%
		return "the level a change starts from, not a goal"
	}
	if x.populationSize(st.runes, cl, q, qty) {
		// 13亿人口的发展中国家, 我国有13亿人口
		return "a population's size, not a goal"
	}
	if x.lx.ageUnits.has(qty.Unit) && !containsAny(string(st.runes[cl.start:q.start]), x.lx.ageMetricWords.list) {
		// 招收2—3岁幼儿, 60岁以上老人
		return "an age that says who, not a goal"
	}
	if x.sizeClass(st.runes, cl, q, qty) {
		// 20人以上的自然村, 20户以上自然村
		return "the size that classes a place or body, not a goal"
	}
	if qty.Kind == number.KindMoney && x.describesCounted(st, cl, q, qty) {
		// 培育5家年产值过亿元的供应商
		return "the class of what a count counts, not a goal"
	}
	if qty.Kind == number.KindMoney {
		// The verb nearest before the number decides: 营收达1200亿元 is a
		// level to reach, 投入145亿 is money spent. The quantity's span may
		// hold the verb itself (达到145亿元).
		// Money to be spent is a goal too when the clause says it is
		// planned (今年拟安排专项债券2.15万亿元, 将投入10亿元): a modal
		// before the funding verb.
		// A reach verb right before the funding word (完成投资, 实现投资),
		// or before the noun it qualifies (完成固定资产投资), makes the sum a
		// level to reach; so does an opener of goals in the
		// clause (未来四年在新疆投资超9300亿元).
		last, modal, aim, reachEnd := "", false, false, -1
		for _, c := range cues {
			if !cl.contains(c.span) || c.span.start >= q.end {
				continue
			}
			switch c.role {
			case cueGoal, cueOpener:
				modal = true
				aim = aim || x.lx.moneyGoalWords.has(c.span.text(st.runes))
			case cueReach, cueFunding:
				if c.span.start < q.start || !startsWithDigit(st.runes[c.span.start]) {
					last = c.role
					if c.role == cueFunding && (modal || (reachEnd >= 0 && c.span.start-reachEnd <= reachFundingGap)) {
						last = cueReach
					}
					if c.role == cueReach {
						reachEnd = c.span.end
					}
				}
			}
		}
		// In a section of goals (二、2026年工作安排) money to be spent is
		// planned: 重大项目投资超4000亿元, 市本级财政安排专项经费1.5亿元.
		// With no verb of either kind, a word of money_goal_words makes the
		// sum the level aimed at (争取年内资产盘活300亿元).
		// So, in a section of goals, does a level's noun right before the
		// number (游客人均花费1150元以上, 全员劳动生产率9.9万元/人以上).
		levelNoun := goalSection && last == "" && hasSuffixAny(st.runes[max(cl.start, numberStart(st.runes, q)-x.lx.moneyLevelNouns.longest()):numberStart(st.runes, q)], x.lx.moneyLevelNouns.list...)
		// A goal noun and a copula right before the sum name its level in
		// any section (调控目标为25300亿元).
		ns := numberStart(st.runes, q)
		copula := hasSuffixAny(st.runes[max(cl.start, ns-x.lx.moneyGoalCopulas.longest()):ns], x.lx.moneyGoalCopulas.list...)
		raised := goalSection && (x.raisedStandard(st.runes, cl, ns) || x.raisedFromTo(st.runes, cl, q))
		// A plan of the economy (its title names plan_scope_words: …国民经济
		// 和社会发展第六个五年计划) states its sums bare (1985年国家财政支出
		// 1304亿元; 各个部门的投资分配如下：燃料动力工业586.3亿元): what it
		// plans. Other plans' bare sums may be anything (注册资本5000万元).
		planned := st.planDoc && last == "" && containsAny(st.title, x.lx.planScopeWords.list)
		// So is a part of a sum its sentence set as a goal before it
		// (拟安排财政赤字8000亿元，其中…，代发地方债2500亿元).
		planned = planned || last == "" && x.plannedSumPart(st, q)
		// So is this year's fund, named right before its sum with no verb
		// (今年中央用于廉租住房制度建设的资金68亿元).
		planned = planned || last == "" && hasSuffixAny(st.runes[cl.start:ns], x.lx.budgetFundNouns.list...) &&
			slices.ContainsFunc(cues, func(c cue) bool { return c.role == cueThisYear && cl.contains(c.span) && c.span.end <= ns })
		// So is money to be spent in a report's sentence that carries on the
		// goals before it (今年…主要内容，包括以下几个方面。一是发行1000亿元
		// 长期国债).
		if last != cueReach && !((goalSection || carried) && last == cueFunding) && !(last == "" && aim) && !levelNoun && !copula && !raised && !planned {
			return "money that is not a level to reach"
		}
	}
	if qty.Value == 0 {
		return "zero"
	}
	if qty.Kind == number.KindMoney && x.projectInvestment(st.runes, q) && !x.poolInvestment(st, cl, q) {
		// 推进总投资170亿元的天新维生素科技园、黑猫超导电炭黑等项目
		return "the investment of named projects, not a goal"
	}
	if qty.Kind == number.KindCount && x.namedPlant(st.runes, cues, cl, q, qty) {
		// 积极推进国能宝清100万吨腐植酸褐煤蜡、中能建…甲醇项目
		return "the size of a named plant, not a goal"
	}
	if qty.Kind == number.KindCount && x.projectSize(st.runes, cl, q, qty) {
		// 6个10万千瓦光伏项目
		return "the size of each project, not a goal"
	}
	if hasSuffixAny(st.runes[max(0, q.start-4):numberStart(st.runes, q)], x.lx.targetCapacityPrefixes.list...) {
		// 年产150万吨, 时速600公里
		return "a plant's capacity or a product's rating, not a goal"
	}
	if qty.Kind == number.KindCount {
		// 聚焦7条特色农业全产业链, 围绕4条廊道: what the work turns to;
		// 充分发挥宁德46个民族…优势: what it draws on (a place's name may
		// stand between).
		ns := numberStart(st.runes, q)
		for _, m := range st.regionsFrom(max(cl.start, ns-8), ns) {
			if m.span.end == ns {
				ns = m.span.start
				break
			}
		}
		if hasSuffixAny(st.runes[max(cl.start, ns-4):ns], x.lx.targetFocusVerbs.list...) || x.focusBefore(st.runes, cues, cl, ns) || x.focusList(st.runes, cues, cl, ns) {
			return "a count of what the work focuses on, not a goal"
		}
	}
	if x.demonstrativeCount(st.runes, cl, q) {
		// 可同时支持这 2 个项目, 上述3家企业: things named before
		return "a count of things named before it, not a goal"
	}
	if ns := numberStart(st.runes, q); ns > cl.start && x.lx.frequencyMarkers.has(string(st.runes[ns-1])) {
		// 每5所幼儿园配备1名责任督学, 每10万人口: the base of a ratio
		return "the base of a ratio, not a goal"
	}
	if st.enumeratedCount(x, cl, q, qty) {
		// 建强智能家电、轨道交通装备、动力装备3个国家先进制造业集群
		return "a count of the names listed before it, not a goal"
	}
	if x.headingItemCount(st.runes, q, qty) {
		// 二、加强社会保障（10件）
		return "a count of the items under a heading, not a goal"
	}
	if x.lx.targetCasualtyUnits.has(qty.Unit) && x.casualtyCount(st.runes, cl, q) ||
		x.lx.targetDestroyedUnits.has(qty.Unit) && containsAny(string(st.runes[cl.start:q.start]), x.lx.targetDestroyVerbs.list) {
		// 打死50名武装人员, 造成至少10人受伤; 摧毁乌克兰1艘…快艇和7艘无人舰艇
		return "the toll of a war, an attack or an accident, not a goal"
	}
	if !goalSection && !x.strivingBefore(st.runes, cues, cl, q) && containsAny(string(st.runes[cl.start:cl.end]), x.lx.targetParticipationWords.list) {
		// 参展企业超4900家, 300余家文化企业负责人参会: who takes part in an
		// event, not a goal.
		return "the size of an event's attendance, not a goal"
	}
	if x.lx.targetTimeUnits.has(qty.Unit) && x.timeSpanEnds(st.runes, q.end, qty.Unit) {
		// 可能在30天或60天后的下一个阶段再进入核问题的谈判
		return "a span of time, when something happens, not a goal"
	}
	if n := numberStart(st.runes, q); x.lx.targetTimeUnits.has(qty.Unit) && hasSuffixAny(st.runes[max(cl.start, n-2):n], x.lx.targetTimeBefore.list...) {
		// 开启为期4天的友好访问: how long something lasts
		return "how long something lasts, not a goal"
	}
	if x.lx.targetTimeUnits.has(qty.Unit) && hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+2)], x.lx.targetTermSuffixes.list...) && !hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+2)], x.lx.targetTermNot.list...) {
		// 7天期逆回购操作利率: a term, the name of an instrument
		return "a term that names an instrument, not a goal"
	}
	if n := numberStart(st.runes, q); x.lx.lengthUnits.has(qty.Unit) && hasSuffixAny(st.runes[max(cl.start, n-3):n], x.lx.targetLengthBefore.list...) {
		// 途经老挝后抵达泰国首都曼谷，全程约4400公里: a route's length
		return "the length of a route or a line, not a goal"
	}
	if x.lx.lengthUnits.has(qty.Unit) && x.radiusScope(st.runes, cl, q) {
		// 地铁出入口100米内公交站点全覆盖, 公交与轨道50米内换乘比例: the
		// distance scopes what follows it
		return "a radius that scopes what follows, not a goal"
	}
	if x.lx.targetSecurityUnits.has(qty.Unit) && containsAny(string(st.runes[cl.start:cl.end]), x.lx.targetSecurityWords.list) {
		// 下周将有超过1100只股票披露半年报, 创业板新股2只: securities the
		// market lists or reports, not a goal
		return "a count of securities, not a goal"
	}
	if q.end > q.start && hasPrefixAny(st.runes[q.end-1:min(len(st.runes), q.end+4)], x.lx.targetNameTails.list...) {
		// 创新创业青年50人论坛, 中国经济50人论坛: a forum's name (the
		// tail begins with the quantity's last rune, its unit)
		return "part of a name, not a goal"
	}
	if ns := numberStart(st.runes, q); x.lx.targetNameUnits.has(qty.Unit) && hasSuffixAny(st.runes[max(cl.start, ns-x.lx.targetNameHeads.longest()):ns], x.lx.targetNameHeads.list...) {
		// 中电科58所: an institute's number
		return "part of a name, not a goal"
	}
	if hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.lx.targetSpecSuffixes.list...) &&
		!hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.lx.scaleLevelNouns.list...) {
		// 百万千瓦级核电机组, 30万吨级矿石船: a class of equipment, not a goal
		// (but 跨过万亿级台阶 is a level to reach).
		return "a size class, not a goal"
	}
	if x.lx.frequencyUnits.has(qty.Unit) && qty.Value <= frequencyMax && containsAny(string(st.runes[cl.start:q.start]), x.lx.frequencyMarkers.list) {
		// 每5年修订1次, 每年调整1次专业: how often, a rule of the plan (but
		// 每年提供场景服务不少于100次 is a volume to reach).
		return "a frequency, not a goal"
	}
	// Statistics are written in Arabic digits (GB/T 15835); a small count
	// in Chinese numerals (三个聚焦, 两大引擎) names the plan's structure —
	// unless the document writes all its figures so (the reports before
	// the 1990s: 六条铁路新干线和五个重点港口).
	if qty.Kind == number.KindCount && qty.Value < 10 && !qty.HasMax && !hasDigit(st.runes[q.start:q.end]) && !(st.wordNumbers && x.largeWordCountIn(st, st.sent.sentence(q.start), q)) {
		return "a small count in words, not a statistic"
	}
	// 进万家活动, 百城千校行动: a lone scale word before the name of a
	// campaign is part of the name; a figure has a digit or a numeral before
	// its scale (1万家, 一万家), or two scales (百万吨).
	if n := numberStart(st.runes, q); !hasDigit(st.runes[q.start:q.end]) && n+1 < q.end &&
		x.lx.loneScales.has(string(st.runes[n])) && !x.lx.loneScales.has(string(st.runes[n+1])) &&
		hasPrefixAny(st.runes[q.end:min(len(st.runes), q.end+4)], x.lx.campaignWords.list...) {
		// “……”进万家活动
		return "a lone scale word in a campaign's name, not a figure"
	}
	// 建设万亩连片标准粮田, 千万亿次高性能计算机, 产能百万辆的企业: a scale
	// with no digit running straight into a noun classes the noun; a figure
	// to reach has a digit (3万亩) or ends its phrase (稳定在百万吨以上。).
	// A level's noun makes it a figure again (迈上万亿元台阶).
	// A wrapped line's break, unwrapped into a space, lies inside the
	// phrase (百万吨以上⏎智能化乙烯成套装备). A break unwrap kept ends it: the
	// next line is another sentence (…产能达到百万吨以上⏎推进…).
	at, end := q.end, cl.end
	if at < end && st.runes[at] == ' ' && at+1 < end && unicode.Is(unicode.Han, st.runes[at+1]) {
		at++
	}
	// An approximate count is a figure (近百条, 千余个: lone_scale_approximations),
	// unless it measures (千余米长的步道) or another figure follows to count
	// the class it names (千余亩连片茶园示范基地5个).
	approx := func(qs string) bool {
		return containsAny(qs, x.lx.loneScaleApproximations.list) &&
			!(x.lx.physicalUnits.has(qty.Unit) && hasPrefixAny(st.runes[q.end:cl.end], x.lx.loneScaleMeasureNext.list...)) &&
			!strings.ContainsFunc(string(st.runes[q.end:cl.end]), unicode.IsDigit)
	}
	if qs := string(st.runes[q.start:q.end]); !number.HasDigit(qs) && !approx(qs) && at < end && unicode.Is(unicode.Han, st.runes[at]) &&
		!x.lx.metricTrailing.has(string(st.runes[at:min(end, at+2)])) && !hasPrefixAny(st.runes[at:end], x.lx.scaleLevelNouns.list...) {
		return "a lone scale naming a size class, not a figure"
	}
	// 其中约束性指标8项: a count of the plan's indicators, named before it.
	if ns := numberStart(st.runes, q); hasSuffixAny(st.runes[max(cl.start, ns-x.lx.targetStructuralBefore.longest()):ns], x.lx.targetStructuralBefore.list...) {
		return "a count of the plan's own indicators, not a goal"
	}
	// 围绕四个方面, 六大任务, 10项措施: counts of the plan's own structure.
	// The word must head what is counted: 细分领域的头部企业 counts
	// enterprises; after 的 it must end the phrase (20个以上的分领域大脑
	// counts 大脑).
	after := string(st.runes[q.end:min(cl.end, q.end+8)])
	if k := pastListedCounts(st.runes, q.end, qty.Unit); k > q.end {
		// 十二次、十三次全会: what the last count of a list of counts in
		// one unit counts, the earlier ones count too.
		after = string(st.runes[k:min(st.sent.clause(k).end, k+8)])
	}
	linked := strings.HasPrefix(after, x.txt.deWord)
	for _, w := range x.lx.targetStructural.list {
		i := strings.Index(after, w)
		// Tasks (task_words) are items of a plan only when counted in
		// items (10项改革任务); a count of households, flats or hectares
		// makes up a task to finish (完成2.16万户灾损农房新建任务,
		// 1.6亿平方米老旧小区改造任务), and so does a count in items of
		// things built or renewed (151个老旧小区改造任务: task_object_nouns).
		if i < 0 || x.lx.taskWords.has(w) && (!x.lx.structuralCounters.has(qty.Unit) || containsAny(after[:i], x.lx.taskObjectNouns.list)) || x.lx.targetStructuralNot.prefixOf(after[i:]) || containsAny(after[:i], x.lx.targetScaleClasses.list) {
			// 6家以上企业股份制改造: 股份制 is no count of shares; 3个万亿级
			// 消费领域: fields of a scale (target_scale_classes), not the plan's.
			continue
		}
		rest := after[i+len(w):]
		if strings.HasPrefix(rest, x.txt.deWord) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); linked && rest != "" && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); i > 0 && x.lx.structuralModifiers.has(w) && unicode.Is(unicode.Han, r) && q.end+utf8.RuneCountInString(after) < cl.end {
			// 突破50项建材领域智能制造关键共性技术: 领域 says whose
			// technologies, and the phrase runs on to what is counted.
			continue
		}
		return "a count of tasks, not a goal"
	}
	return ""
}

// demonstrativeCount reports whether a word of count_demonstratives (这,
// 该, 上述) stands right before the number of q, spaces aside: the count
// refers back to things already named (可同时支持这 2 个项目).
func (x *Extractor) demonstrativeCount(rs []rune, cl, q span) bool {
	i := numberStart(rs, q)
	for i > cl.start && unicode.IsSpace(rs[i-1]) {
		i--
	}
	return hasSuffixAny(rs[cl.start:i], x.lx.countDemonstratives.list...)
}

// enumeratedCountMax is the largest count that enumeratedCount compares
// with the names listed before it.
const enumeratedCountMax = 30

// enumeratedQuotedMin is the fewest characters a quoted abbreviation
// tallies (“牛羊菜果薯药粮种”8个).
const enumeratedQuotedMin = 5

// enumeratedPlaceModifier is how many runes may stand between an
// enumerated count and its place noun (5个副省级城市).
const enumeratedPlaceModifier = 3

// enumeratedCount reports whether an exact count in items
// (structural_counters), with no other number before it in its clause,
// only tallies names written right before it: a quoted abbreviation with a
// character for each and no numeral (“牛羊菜果薯药粮种”8个产业集群), or a list of as many
// places that runs straight into the number and is counted as places
// (enumerated_place_nouns: 北京、天津、上海、重庆4个直辖市). A list of
// other things counted as what is to be built stays a goal (建设海洋生物、
// 低空经济2个国家高质量数据集), as do places that get something (在北京、
// 上海建设2个中心, 打造海勃湾、乌达2个美丽乡村示范片区).
func (st *docState) enumeratedCount(x *Extractor, cl, q span, qty number.Quantity) bool {
	rs := st.runes
	n := int(qty.Value)
	if !x.lx.structuralCounters.has(qty.Unit) || qty.HasMax || qty.Qualifier != number.QualEqual || float64(n) != qty.Value || n < 2 || n > enumeratedCountMax {
		return false
	}
	ns := numberStart(rs, q)
	if ns <= cl.start || hasDigit(rs[cl.start:ns]) {
		return false
	}
	if r := rs[ns-1]; r == '”' || r == '’' || r == '"' {
		for i := ns - 2; i >= max(cl.start, ns-2-enumeratedCountMax); i-- {
			if r := rs[i]; r == '“' || r == '‘' || r == '"' {
				// not “两工两农”4个示范镇, where numerals count
				// five at least: a shorter quoted name may have as many
				// characters as things by chance (“口袋公园”4个)
				inner := rs[i+1 : ns-1]
				return n >= enumeratedQuotedMin && len(inner) == n && allHan(inner) && !slices.ContainsFunc(inner, number.IsNumeralRune)
			}
		}
		return false
	}
	// The list: n places, the last one ending at the number, each after a
	// 、 but the first.
	end, items := ns, 0
	if x.lx.enumeratedListEnds.has(string(rs[ns-1])) {
		end-- // 长春市、杭州市…成都市等5个副省级城市
	}
	for _, m := range slices.Backward(st.regionsFrom(cl.start, ns)) {
		if m.span.end != end {
			break
		}
		items++
		if items == n || m.span.start == cl.start || rs[m.span.start-1] != '、' {
			break
		}
		end = m.span.start - 1
	}
	if items != n {
		return false
	}
	after := rs[q.end:cl.end]
	for k := 0; k <= enumeratedPlaceModifier && k < len(after); k++ {
		for _, w := range x.lx.enumeratedPlaceNouns.index().words {
			e := k + len(w)
			// 4个直辖市, 10个省（区）, 5个副省级城市开展…; not 3个区级…
			// nor 4个园区
			// a one-character noun stands right after the count (not
			// 2个示范区, 2个产业园区)
			if len(w) == 1 && k > 0 {
				continue
			}
			if e <= len(after) && slices.Equal(after[k:e], w) && (e == len(after) || !unicode.Is(unicode.Han, after[e]) ||
				len(w) > 1 && !x.lx.regionShortNameBadNext.has(string(after[e]))) {
				return true
			}
		}
	}
	return false
}

// headingItemCount reports whether a count in items (structural_counters),
// in brackets or in 件, ends a numbered heading (二、加强社会保障（10件）,
// 一、促进就业增收方面7件): it says how many items the section lists.
func (x *Extractor) headingItemCount(rs []rune, q span, qty number.Quantity) bool {
	if !x.lx.structuralCounters.has(qty.Unit) {
		return false
	}
	// In brackets, or in 件 (the count of a list of projects): an item
	// line's own goal may end its line unpunctuated ((一)新增公办学位5000个).
	if ns := numberStart(rs, q); !x.lx.headingItemUnits.has(qty.Unit) && !(ns > 0 && (rs[ns-1] == '（' || rs[ns-1] == '(')) {
		return false
	}
	end := q.end
	for end < len(rs) && (rs[end] == ')' || rs[end] == '）' || rs[end] == ' ' || rs[end] == '\t' || rs[end] == '\r') {
		end++
	}
	if end < len(rs) && rs[end] != '\n' {
		return false
	}
	start := q.start
	for start > 0 && rs[start-1] != '\n' {
		start--
	}
	line := string(rs[start:q.start])
	return x.txt.headingNumber.MatchString(line) || x.txt.subheadingNumber.MatchString(line) && !startsWithDigit(rs[start])
}

// projectSize reports whether a physical quantity (not a count of things:
// 个, 家, 项 …) sizes the projects of its clause: a count of projects
// stands right before it (6个10万千瓦), or 的 right after it leads on to a
// project word (储备75万吨的…基地项目).
func (x *Extractor) projectSize(rs []rune, cl, q span, qty number.Quantity) bool {
	if !x.lx.physicalUnits.has(qty.Unit) {
		return false
	}
	if hasPrefixAny(rs[q.start:q.end], x.lx.totalWords.list...) {
		return false // 1号线三期共61.8公里在建工程: a total, no one project's size
	}
	if ns := numberStart(rs, q); ns > cl.start && strings.ContainsRune(x.txt.projectCounters, rs[ns-1]) {
		return true
	}
	if q.end < cl.end && rs[q.end] == x.txt.de && containsAny(string(rs[q.end:cl.end]), x.lx.targetProjectWords.list) {
		return true
	}
	// 贵铝3万吨铝箔项目: a project word a few characters on, nothing but
	// the product's name between.
	for i := q.end; i < min(cl.end, q.end+8) && unicode.Is(unicode.Han, rs[i]); i++ {
		if hasPrefixAny(rs[i:min(cl.end, i+2)], x.lx.targetProjectWords.list...) {
			return true
		}
	}
	return false
}

// projectInvestment reports whether a sum sizes the projects named after
// it: 的 right after the sum, then names up to a word of
// target_project_words, through 、 but no other punctuation (总投资170亿元的
// 天新维生素科技园、黑猫超导电炭黑等项目).
func (x *Extractor) projectInvestment(rs []rune, q span) bool {
	if q.end >= len(rs) || rs[q.end] != x.txt.de {
		return false
	}
	return x.listNamesProjects(rs, q.end+1)
}

// namedPlant reports whether a physical quantity sizes a plant named
// around it in a list the clause calls projects: a name right before the
// number (no cue ends there, so no verb: 国能宝清100万吨, not 建成100万千瓦),
// the product right after it, and a word of target_project_words later in
// the list (加快集贤中船和龙煤20万千瓦风力发电、国能宝山8万千瓦光伏发电项目建设).
func (x *Extractor) namedPlant(rs []rune, cues []cue, cl, q span, qty number.Quantity) bool {
	if !x.lx.physicalUnits.has(qty.Unit) || q.end >= cl.end || !unicode.Is(unicode.Han, rs[q.end]) {
		return false
	}
	ns := numberStart(rs, q)
	// An item of the list may open with its size (全力推进半导体金刚石、
	// 12万吨工业硅、9万吨高纯硅等项目建成投产).
	if ns <= cl.start || ns != q.start || !unicode.Is(unicode.Han, rs[ns-1]) && rs[ns-1] != '、' {
		return false
	}
	for _, c := range cues {
		if c.span.end == ns || (c.span.start < ns && c.span.end > ns) {
			return false
		}
	}
	return x.listNamesProjects(rs, q.end)
}

// listNamesProjects reports whether the list that runs on from i — past 、
// and the points of decimal numbers (美之选3.5万吨特色食品), up to other
// punctuation or a space, at most 160 runes (a long list of plants
// names its projects at its end) — holds a word of
// target_project_words (…、中能建和中化学秸秆绿色甲醇项目).
func (x *Extractor) listNamesProjects(rs []rune, i int) bool {
	end := i
	for end < len(rs) && end < i+160 && (rs[end] == '、' || !unicode.IsPunct(rs[end]) || decimalPoint(rs, end)) && !unicode.IsSpace(rs[end]) {
		end++
	}
	return containsAny(string(rs[i:end]), x.lx.targetProjectWords.list)
}

// hasPrefixAny reports whether rs begins with one of ws. It compares
// runes and builds no string: callers pass the whole rest of a text.
func hasPrefixAny(rs []rune, ws ...string) bool {
	for _, w := range ws {
		if runesHavePrefix(rs, w) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether rs ends with one of ws.
func hasSuffixAny(rs []rune, ws ...string) bool {
	for _, w := range ws {
		if runesHaveSuffix(rs, w) {
			return true
		}
	}
	return false
}

// runesHavePrefix reports whether rs begins with the runes of w.
func runesHavePrefix(rs []rune, w string) bool {
	i := 0
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// runesHaveSuffix reports whether rs ends with the runes of w.
func runesHaveSuffix(rs []rune, w string) bool {
	i := len(rs)
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if i == 0 || rs[i-1] != r {
			return false
		}
		w, i = w[:len(w)-size], i-1
	}
	return true
}

// casualtyCount reports whether q counts a toll in clause cl: a verb of
// target_casualty_verbs ends right before its number (打死50名…), or a word
// of target_casualty_words follows it right away (造成至少10人受伤) with no
// verb of change before it in the clause (每年减少1000人死亡 is a goal).
func (x *Extractor) casualtyCount(rs []rune, cl, q span) bool {
	ns := numberStart(rs, q)
	if hasSuffixAny(rs[max(cl.start, ns-x.lx.targetCasualtyVerbs.longest()):ns], x.lx.targetCasualtyVerbs.list...) {
		return true
	}
	for _, w := range x.lx.targetCasualtyWords.list {
		end := q.end + utf8.RuneCountInString(w)
		if end <= cl.end && string(rs[q.end:end]) == w {
			return !containsAny(string(rs[cl.start:ns]), x.lx.comparisonChangeVerbs.list)
		}
	}
	return false
}

// timeSpanEnds reports whether a word of target_time_after follows i, the
// end of a span of time in unit, right away or after a second span it
// makes a choice or a range with (30天或60天后, 3至5年后).
func (x *Extractor) timeSpanEnds(rs []rune, i int, unit string) bool {
	if i < len(rs) && x.lx.targetTimeJoins.has(string(rs[i])) {
		j := i + 1
		for j < len(rs) && (number.IsNumeralRune(rs[j]) || rs[j] == '.') {
			j++
		}
		if j > i+1 && hasPrefixAny(rs[j:min(len(rs), j+utf8.RuneCountInString(unit))], unit) {
			i = j + utf8.RuneCountInString(unit)
		}
	}
	return hasPrefixAny(rs[i:min(len(rs), i+x.lx.targetTimeAfter.longest())], x.lx.targetTimeAfter.list...)
}

// decimalPoint reports whether rs[i] is the point of a decimal number: a
// full stop between two digits.
func decimalPoint(rs []rune, i int) bool {
	return rs[i] == '.' && i > 0 && i+1 < len(rs) && startsWithDigit(rs[i-1]) && startsWithDigit(rs[i+1])
}

// clauseStops end the clause a year may open.
const clauseStops = "，,：:；;"

// pastYearBefore returns the year a value at q is dated by, for news
// (nearestClauseYear: 2010年国内生产总值达到39.8万亿元，跃居世界第二位，国家
// 财政收入达到8.3万亿元; 他表示，2025年中国对非投资达300亿美元), unless a goal
// cue stands between it and q (2025年出台的《行动方案》明确，全省将新建…); 0
// when none.
func (x *Extractor) pastYearBefore(st *docState, cues []cue, s, q span) int {
	y, at := x.nearestClauseYear(st, s, q)
	for _, c := range cues {
		if c.role == cueGoal && c.span.start >= at && c.span.end <= q.start {
			return 0
		}
	}
	return y
}

// pastYearValueMax bounds the runes between a year and the value it
// dates (pattern_past_year_value).
const pastYearValueMax = 8

// pastYearValue returns the year written right before the value at q in
// its clause — Y年的, Y年为, Y年年产 (pattern_past_year_value) — when it is
// before the publication year pub, no deadline (year_deadline_chars: 到,
// 至 before it) and no level to hold (past_year_level_words: 不低于 before
// it); 0 otherwise.
func (x *Extractor) pastYearValue(rs []rune, cl, q span, pub int) int {
	if pub == 0 || x.txt.pastYearValue == nil {
		return 0
	}
	n := numberStart(rs, q)
	for j := n - 1; j >= max(cl.start, n-pastYearValueMax-1); j-- {
		if rs[j] != x.txt.year || j-4 < cl.start {
			continue
		}
		y := number.YearDigits(string(rs[j-4 : j]))
		if y < 1900 {
			continue // the 年 of 年产 (1952年年产…)
		}
		if y >= pub {
			return 0
		}
		if j-5 >= cl.start && (strings.ContainsRune(x.txt.yearDeadlineChars, rs[j-5]) || isDigitRune(rs[j-5])) {
			return 0
		}
		if hasSuffixAny(rs[cl.start:j-4], x.lx.pastYearLevelWords.list...) {
			return 0 // 不低于2024年的1200万人: a level to hold
		}
		if !x.txt.pastYearValue.MatchString(string(rs[j+1 : n])) {
			return 0
		}
		return y
	}
	return 0
}

// isDigitRune reports an Arabic or a Chinese digit (1, 一, not 十 or 万).
func isDigitRune(r rune) bool {
	return unicode.IsDigit(r) || number.IsCountRune(r) && number.SmallCount(string(r)) < 10
}

// nearestClauseYear returns the year that opens the nearest clause of
// sentence s before q that a year opens, and where, unless it starts a
// period or is a base or a bound (2024年起, 2020年为基期, 2027年前:
// past_year_not_next); 0 when none.
func (x *Extractor) nearestClauseYear(st *docState, s, q span) (int, int) {
	for i := q.start; i >= s.start; i-- {
		if i > s.start && !strings.ContainsRune(clauseStops, st.runes[i-1]) {
			continue
		}
		y, at := x.txt.leadingYearAt(st.runes, span{i, q.start})
		if y == 0 {
			continue
		}
		k := at + 5
		if k < len(st.runes) && hasPrefixAny(st.runes[k:min(len(st.runes), k+x.lx.pastYearNotNext.longest())], x.lx.pastYearNotNext.list...) {
			return 0, 0
		}
		return y, at
	}
	return 0, 0
}

func startsWithDigit(r rune) bool { return r >= '0' && r <= '9' }

// deadlineAhead reports whether cues hold a deadline of the publication
// year or later, or 今年/明年 (到2030年 in a report's review, or a part the
// headings did not tell apart: 今年经济增长的预期目标定为…).
func deadlineAhead(cues []cue, pub int) bool {
	for _, c := range cues {
		if (c.role == cueDeadline && c.year >= pub && pub != 0) || c.role == cueThisYear || c.role == cueNextYear {
			return true
		}
	}
	return false
}

// hasAnyRune reports whether rs holds one of the runes of set.
func hasAnyRune(rs []rune, set string) bool {
	for _, r := range rs {
		if strings.ContainsRune(set, r) {
			return true
		}
	}
	return false
}

// numbersInWords reports whether a document writes its figures in Chinese
// numerals: of its quantities and sums, at least wordNumbersMin, fewer than
// one in wordNumbersShare holds a digit.
func numbersInWords(st *docState) bool {
	n, digits := 0, 0
	for _, k := range []string{"quantity", "amount"} {
		for _, m := range st.matches[k] {
			n++
			if hasDigit(st.runes[m.span.start:m.span.end]) {
				digits++
			}
		}
	}
	return n >= wordNumbersMin && digits*wordNumbersShare < n
}

// largeWordCountIn reports whether sentence s holds another quantity than
// q written in Chinese numerals of ten or more (三十个大电站，六条铁路新干线和
// 五个重点港口): a sentence of figures, where a small count is one too.
func (x *Extractor) largeWordCountIn(st *docState, s, q span) bool {
	for _, m := range st.matches["quantity"] {
		if m.span == q || !s.contains(m.span) || hasDigit(st.runes[m.span.start:m.span.end]) {
			continue
		}
		if containsAny(m.span.text(st.runes), x.txt.largeNumerals) {
			return true
		}
	}
	return false
}

// wordNumbersMin and wordNumbersShare: how many figures a document needs,
// and how few of them in digits, to be one that writes them in words.
const wordNumbersMin, wordNumbersShare = 10, 5

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// targetCand is a quantity that may be a goal.
type targetCand struct {
	s    span
	q    number.Quantity
	rule string
}

// classConditionMax bounds how far after a sum the 的 of a second
// condition may stand (class_condition_joiners).
const classConditionMax = 18

// sameMetric reports whether two goals' metrics name one measure: equal,
// or the one a verb of restated_goal_verbs before the other (支撑粮食产量
// and 粮食产量), which is at least restatedMetricMin runes long: a short
// metric (项目, 投资增长) names many measures, and a word before it that is
// no verb narrows it (农村居民人均可支配收入增长 is not 居民人均可支配收入增长).
func (x *Extractor) sameMetric(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// A report's annex of 为民实事 restates goals of its body with its own
	// punctuation (新建改扩建 and 新建、改扩建).
	a, b = stripListMarks(a), stripListMarks(b)
	if a == b {
		return true
	}
	if utf8.RuneCountInString(a) < utf8.RuneCountInString(b) {
		a, b = b, a
	}
	verb, ok := strings.CutSuffix(a, b)
	if !ok || utf8.RuneCountInString(b) < restatedMetricMin {
		return false
	}
	// Only verbs and levels before it (创建市级宜居宜业和美乡村示范村 and
	// 宜居宜业和美乡村示范村): a word that is neither narrows it.
	return trimPrefixes(verb+b, x.lx.restatedGoalVerbs.list, x.lx.metricDropVerbs.list, x.lx.metricLevelWords.list) == b || x.lx.restatedGoalVerbs.has(verb)
}

// stripListMarks removes the marks that only separate words (、 and
// spaces) from a metric.
func stripListMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '、' || r == ' ' {
			return -1
		}
		return r
	}, s)
}

// sameIndicator reports whether two metrics name one indicator (经济增长
// and 地区生产总值增长: a report's headline goal explained after its list).
func (x *Extractor) sameIndicator(a, b, unit string) bool {
	ia := x.indicatorOfMetric(a, unit)
	return ia != nil && ia == x.indicatorOfMetric(b, unit)
}

// restatedMetricMin is the shortest metric sameMetric matches with a verb
// before it.
const restatedMetricMin = 4

// countsAmong reports whether quantity q sizes the set a place ranks in
// (在全省27个百亿级开发区中争先晋位, 在全国168个重点城市中排名第十): one of
// count_among_openers right before it, and one of count_among_closers
// after it in its clause, within a few runes.
func (x *Extractor) countsAmong(rs []rune, cl, q span) bool {
	opens := false
	for _, w := range x.lx.countAmongOpeners.list {
		if n := utf8.RuneCountInString(w); q.start-n >= cl.start && string(rs[q.start-n:q.start]) == w {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for k := q.end; k < min(cl.end, q.end+countAmongReach); k++ {
		if hasPrefixAny(rs[k:cl.end], x.lx.countAmongClosers.list...) {
			return true
		}
	}
	return false
}

// countAmongReach is how far, in runes, after the count the set's closing
// word (中) may stand.
const countAmongReach = 14
