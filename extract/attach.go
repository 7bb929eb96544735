package extract

// A goal's year, plan and region.

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
)

// targetYear is sentenceYear, else the year that opens the nearest clause
// before the quantity that a year opens (nearestClauseYear: 《计划》明确，2026年
// 深圳将建设筹集保障性住房3万套) when it is not before the publication year
// or, the publication year not known, that clause sets a goal (goalClause),
// else the publication year for an event of that year (eventOfYear). Only
// the quantity's own: a sentence passes on to the next only the year
// sentenceYear finds.
func (x *Extractor) targetYear(st *docState, cues []cue, s, q span, pub int) int {
	year := x.sentenceYear(st, cues, s, q, pub)
	if y, at := x.nearestClauseYear(st, s, q); year == 0 && y != 0 && (pub != 0 && y >= pub || pub == 0 && goalClause(st.runes, cues, q, at)) {
		year = y
	}
	if year == 0 && pub != 0 && x.eventOfYear(st.runes, s.start, q.start, pub) {
		year = pub
	}
	return year
}

// goalClause reports, for an undated text, whether the clause a year opens
// at rune at sets a goal: it is q's own clause, or a goal word stands in it
// (2026年我国将持续开展…，力争完成…3万公里), not a clause of what was done
// (2020年全市完成造林5万亩，力争再造林2万亩).
func goalClause(rs []rune, cues []cue, q span, at int) bool {
	cl := clauseOf(rs, span{at, at})
	if cl.end-at <= yearRunes && cl.end+1 < len(rs) {
		// 2017年，国家林业局将…: a year set apart opens the clause after it.
		cl.end = clauseOf(rs, span{cl.end + 1, cl.end + 1}).end
	}
	if cl.contains(q) {
		return true
	}
	for _, c := range cues {
		if c.role == cueGoal && cl.contains(c.span) {
			return true
		}
	}
	return false
}

// yearRunes is how many runes a year in digits and its 年 take.
const yearRunes = 5

// eventOfYear reports whether rs[from:to] names something of the year pub
// by its year in digits (2024国际消费季…将开展1000多项特色活动, 2023年大中城市
// 联合招聘…活动启动，首期将推出19场): an event of this year, whose programme is
// this year's. Not a year after a base's word (比, 从 …: year_base_chars),
// inside 《》 (an edition), or before a month, a quarter or 起 (a date or a
// period: event_year_not_next).
func (x *Extractor) eventOfYear(rs []rune, from, to, pub int) bool {
	inTitle := 0
	for i := from; i+5 <= to; i++ {
		switch rs[i] {
		case '《':
			inTitle++
		case '》':
			inTitle = max(0, inTitle-1)
		}
		if inTitle > 0 {
			continue // 《生猪产能综合调控实施方案（2026年修订）》: the edition's year
		}
		if i > from && (number.IsNumeralRune(rs[i-1]) || strings.ContainsRune(x.txt.yearBaseChars, rs[i-1])) {
			continue
		}
		if number.YearDigits(string(rs[i:i+4])) != pub || !unicode.Is(unicode.Han, rs[i+4]) || number.IsNumeralRune(rs[i+4]) {
			continue
		}
		// Not a date or a period: 2025年5月, 2025年第一季度, 2025年度, 2025年起.
		k := i + 4
		if rs[k] == x.txt.year {
			k++
		}
		if k < len(rs) && (number.IsNumeralRune(rs[k]) || hasPrefixAny(rs[k:min(len(rs), k+x.lx.eventYearNotNext.longest())], x.lx.eventYearNotNext.list...)) {
			continue
		}
		return true
	}
	return false
}

// sentenceYear: the nearest deadline before the quantity in its sentence
// (到2025年), unless a 今年 or 明年 of its own stands between them (see
// ownYearAfter), else 今年/明年 from the publication year, or a month without
// its year (7月上旬) not before the publication month, else a year opening
// the sentence.
func (x *Extractor) sentenceYear(st *docState, cues []cue, s, q span, pub int) int {
	year := 0
	before := startingIn(cues, func(c cue) span { return c.span }, s.start, q.start)
	nearest := -1 // the nearest deadline
	for i := len(before) - 1; i >= 0 && nearest < 0; i-- {
		if c := before[i]; c.role == cueDeadline && c.span.end <= s.end {
			nearest = i
		}
	}
	if nearest >= 0 && !x.ownYearAfter(st.runes, before[nearest+1:], s, pub) {
		year = before[nearest].year
		// 到2020年…达40%以上，2022年…达45%以上: a later year opening the
		// figure's own clause is the next stage's deadline.
		if d := before[nearest]; d.year != 0 && q.start < q.end {
			cl := clauseOf(st.runes, q)
			if y := x.txt.leadingYear(st.runes, span{cl.start, q.start}); y > d.year && d.span.end <= cl.start {
				year = y
			}
		}
	}
	for _, c := range before { // else the first 今年 or 明年
		if year != 0 || pub == 0 || c.span.end > s.end {
			break
		}
		switch c.role {
		case cueThisYear:
			year = max(pub, st.reportYear)
		case cueNextYear:
			year = pub + 1
		case cueMonth:
			// 7月上旬，…计划开展招聘会超50场 in news of 4 July: this July;
			// not a day (6月15日宣布将投资…, a dateline's 6月15日电).
			if st.month != 0 && c.month >= st.month && pub == st.year && (c.span.end >= len(st.runes) || !number.IsNumeralRune(st.runes[c.span.end])) {
				year = pub
			}
		}
	}
	if year == 0 {
		// The year that opens q's part of the sentence (2020年，…；2021年，…；
		// 2022年，…达到5000人以上), or the sentence.
		part := s
		for i := q.start - 1; i > s.start; i-- {
			if st.runes[i] == '；' || st.runes[i] == ';' {
				part.start = i + 1
				break
			}
		}
		if part.start != s.start && x.txt.leadingYear(st.runes, part) == 0 {
			part = s
		}
		if y := x.txt.leadingYear(st.runes, part); y != 0 && (pub == 0 || y >= pub) {
			year = y
			// In an undated document a deadline later in the sentence
			// governs (一九五二年…的产值…每年平均递增4.1%，因此到一九五七年…):
			// the opening year may be a base. Where the publication year is
			// known, an opening year not before it is the goal's own.
			if d := deadlineAfter(cues, q, s); d != 0 && pub == 0 {
				year = d
			}
		}
	}
	if year == 0 {
		if pre := st.runes[s.start:q.start]; x.txt.fiveYearNeeds.In(pre) {
			if y := x.periodEdgeYear(string(pre)); y != 0 {
				year = y
			} else if _, to, ok := x.fiveYearPeriod(string(pre)); ok {
				year = to
			}
		}
	}
	return year
}

// periodEdgeYear returns the year a plan period's first year names in s
// (“十五五”开局之年，西藏将… is 2026), or 0: a period right before a word of
// period_first_year_words. (A period alone, or its 收官之年, is its last
// year: fiveYearPeriod.)
func (x *Extractor) periodEdgeYear(s string) int {
	ms := x.txt.fiveYearTime.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return 0
	}
	// The last period before the goal is its own (在“十四五”开局之年打下的
	// 基础上，“十五五”期间… is the later one's).
	m := ms[len(ms)-1]
	if !hasPrefixAnyString(s[m[1]:], x.lx.periodFirstYearWords.list) {
		return 0
	}
	if from, _, ok := x.txt.fiveYearPlan(s[m[2]:m[3]]); ok {
		return from
	}
	return 0
}

// priceBasisMax bounds the runes leadingYear hands pattern_price_basis.
const priceBasisMax = 24

// baseAt reports whether the year that opens a sentence, at position at,
// is part of a baseline (在2021年基础上，…), not the year the sentence speaks
// of; a base later in it (…比一九八○年增长一点三倍) leaves the opening year
// be.
func baseAt(cs []cue, at int) bool {
	for _, c := range cs {
		if c.role == cueBase && c.span.start <= at && at < c.span.end {
			return true
		}
	}
	return false
}

// deadlineAfter returns the year of the first deadline cue in sentence s
// after q, or 0.
func deadlineAfter(cues []cue, q, s span) int {
	for _, c := range cues {
		if c.role == cueDeadline && c.year != 0 && c.span.start >= q.end && c.span.end <= s.end {
			return c.year
		}
	}
	return 0
}

// leadingYear returns Y when a sentence opens with "Y年" (after optional
// spaces, an item number: 17、2026年…, and a clause of price basis:
// 按一九八○年不变价格计算，一九九○年…), else 0.
func (tx *text) leadingYear(rs []rune, s span) int {
	y, _ := tx.leadingYearAt(rs, s)
	return y
}

// leadingYearAt is leadingYear with the position of the year's first rune.
func (tx *text) leadingYearAt(rs []rune, s span) (int, int) {
	i := s.start
	for i < s.end && (rs[i] == ' ' || rs[i] == '\t') {
		i++
	}
	if startsInlineItem(rs, span{i, s.end}) {
		for rs[i] != '、' {
			i++
		}
		i++
	}
	if tx.priceBasis != nil && i < s.end && tx.priceBasisFirst.can(rs[i]) {
		head := string(rs[i:min(s.end, i+priceBasisMax)])
		if loc := tx.priceBasis.FindStringIndex(head); loc != nil {
			i += utf8.RuneCountInString(head[:loc[1]])
		}
	}
	if i+5 > s.end {
		return 0, 0
	}
	if rs[i+4] != tx.year && !(rs[i+4] == ' ' && i+6 <= s.end && rs[i+5] == tx.year) {
		return 0, 0
	}
	y := number.YearDigits(string(rs[i : i+4])) // 2025年, or 一九五八年 in old reports
	if y < 1900 || y > 2100 {
		return 0, 0
	}
	return y, i
}

// yearFromTitle finds a year in a title (1954年…政府工作报告), or 0.
func (tx *text) yearFromTitle(t string) int {
	rs := []rune(t)
	for i := 0; i+5 <= len(rs); i++ {
		if rs[i+4] == tx.year {
			if y, err := strconv.Atoi(string(rs[i : i+4])); err == nil && y >= 1900 && y <= 2100 {
				return y
			}
		}
	}
	return 0
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
	if t := strings.TrimSpace(st.title); t != "" && (strings.Contains(t, p.title) || strings.Contains(p.title, t) && len([]rune(t)) >= 6) {
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
	if first := paragraphOf(st.runes, 0); p.span.start < first.end && first.len() <= preambleMax+8 && x.opensAsPlan(strings.TrimSpace(first.text(st.runes))) {
		// 为贯彻落实《…规划》，制定本行动方案: the document is a plan of
		// its own that carries the cited one out.
		return false
	}
	return p.span.start < lead
}

// targetRegion: the region its own sentence opens with (到2025年，深圳市培育…;
// a bulletin's item about 南宁 in a 广州 paper), else the jurisdiction of
// the plan's issuer, else the document's; none for goals of central bodies.
func (x *Extractor) targetRegion(st *docState, t *targetMention, sent span, cs []cue) *division {
	if st.reportItself {
		// A government's work report sets its own jurisdiction's goals,
		// also where a sentence opens on a county or a zone of it
		// (福泉—瓮安千亿级园区产值跃上700亿元台阶, 滨海新区经济总量力争达到
		// 9000亿元左右): the government reporting sets them; the State
		// Council's are the country's.
		if st.juris.national {
			return nil
		}
		if d := st.juris.most(); d != nil {
			return d
		}
	}
	if d := x.subjectRegion(st, sent, t.span, cs); d != nil {
		return d
	}
	if d := x.deicticPlace(st, sent, t.span); d != nil {
		return d
	}
	if d := x.responsibleRegion(st, t.span); d != nil {
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
	if d := x.paragraphPlace(st, sent, t.span); d != nil {
		return d
	}
	if st.juris.national {
		return nil
	}
	if d := x.previousSubject(st, sent, t.span, cs); d != nil {
		return d
	}
	if item, about, ok := x.bulletinItem(st, t.span.start); ok {
		if x.namesNation(sent.text(st.runes)) {
			return nil // 我国将推动每省份建设1所…: the country's goal
		}
		return x.itemRegion(st, item, about)
	}
	if !st.report && x.namesNation(string(st.runes[sent.start:t.span.start])) && !titleNamesRegion(st) && !localBodies(st) {
		// 各省级教育部门计划开展省级招聘会超50场 in national news that
		// named 江苏昆山 a sentence before: every province's goal. (A
		// province's own plan says 全国 of its rank: 全国质量标杆达到60项.)
		return nil
	}
	return st.juris.most()
}

// namesNation reports whether s names the country as whose a goal is
// (national_words: 我国, 全国, 各省级…), not as the field a place ranks in
// (national_rank_tails after the word: 保持全国省级最优水平, 居全国前列).
func (x *Extractor) namesNation(s string) bool {
	return anyFollowedBy(s, x.lx.nationalWords.list, func(rest string) bool { return !x.lx.nationalRankTails.prefixOf(rest) })
}

// anyFollowedBy reports whether some occurrence in s of a word of ws is
// followed by a rest of s that ok accepts.
func anyFollowedBy(s string, ws []string, ok func(rest string) bool) bool {
	for _, w := range ws {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			from += i + len(w)
			if ok(s[from:]) {
				return true
			}
		}
	}
	return false
}

// titleNamesRegion reports whether a region is named in the document's
// title line.
func titleNamesRegion(st *docState) bool {
	return len(titleRegions(st)) > 0
}

// titleRegions returns the region mentions of the document's title line.
func titleRegions(st *docState) []*regionMention {
	if strings.TrimSpace(st.title) == "" {
		return nil
	}
	title := paragraphOf(st.runes, 0)
	if n := utf8.RuneCountInString(strings.TrimSpace(st.title)); n < title.end {
		// A title unwrapped into the first line of the body (a title with
		// no stop, a JSON Lines record's content on the next line) ends
		// where the title does.
		title.end = n
	}
	return st.regionsFrom(title.start, title.end)
}

// localBodies reports whether the document names a body of its own
// jurisdiction (山东省工业和信息化厅 in a Shandong plan): its 全国 then ranks
// the place among others.
func localBodies(st *docState) bool {
	home := st.juris.most()
	if home == nil {
		return false
	}
	for _, a := range st.agencies {
		if a.region != nil && (a.region == home || a.region.isAncestor(home)) {
			return true
		}
	}
	return false
}

// responsibleRegion is the region of the bodies a plan makes responsible
// for a paragraph's goals, in the note that closes it (…促进不少于20项新技术
// 新产品首用首试。(青岛市…办公室负责)): when they are all local bodies of
// one place below the document's own, the goals are that place's. The note
// is the first one after the goal in its paragraph, not only one that ends
// the paragraph: text taken from a PDF may run the next heading on after it
// ((威海市…负责)(十四)中国智港…) or break it over two lines.
func (x *Extractor) responsibleRegion(st *docState, q span) *division {
	open, end, ok := x.responsibleNote(st.runes, q.end, paragraphOf(st.runes, q.start).end)
	if !ok {
		return nil
	}
	var rs []*division
	for _, a := range startingIn(st.agencies, func(a *agencyMention) span { return a.span }, open, end) {
		if a.region == nil {
			return nil // a central body shares the task
		}
		rs = append(rs, a.region)
	}
	// Bodies no gazetteer knows are named for their place (济南市…办公室).
	for _, m := range st.regionsFrom(open, end) {
		if m.div == nil {
			return nil
		}
		rs = append(rs, m.div)
	}
	if len(rs) == 0 {
		return nil
	}
	d := commonRegion(rs)
	if d == nil {
		return nil
	}
	if home := st.juris.most(); home != nil && (home == d || !home.isAncestor(d)) {
		return nil // the document's own bodies (省发展改革委负责)
	}
	return d
}

// responsibleNoteReach is how many runes a note of who is responsible may
// hold, brackets included.
const responsibleNoteReach = 80

// responsibleNote finds the first bracketed note after i, in the paragraph
// that ends at pend, that ends with a word of responsible_note_words; open
// and end are its brackets (end just past the closing one). The note may
// hold a line break (a PDF's), and so run past pend.
func (x *Extractor) responsibleNote(rs []rune, i, pend int) (open, end int, ok bool) {
	for open = i; open < pend; open++ {
		if rs[open] != '(' && rs[open] != '（' {
			continue
		}
		var note []rune
		for end = open + 1; end < len(rs) && end-open < responsibleNoteReach && rs[end] != ')' && rs[end] != '）'; end++ {
			if rs[end] != '\n' && rs[end] != '\r' {
				note = append(note, rs[end])
			}
		}
		if end < len(rs) && end-open < responsibleNoteReach && (rs[end] == ')' || rs[end] == '）') && hasSuffixAny(note, x.lx.responsibleNoteWords.list...) {
			return open, end + 1, true
		}
	}
	return 0, 0, false
}

// bulletinItem returns the item of a bulletin (a title with a
// bulletin_titles word) that holds position i: its paragraph, with the
// heading line right before it when there is one (a short line that ends
// without a sentence's punctuation: 多项土地政策支持老旧小区加快改造), and
// where the item names what it is about: the heading and the paragraph's
// first sentence. ok is false in other documents.
func (x *Extractor) bulletinItem(st *docState, i int) (item, about span, ok bool) {
	if !containsAny(st.title, x.lx.bulletinTitles.list) {
		return span{}, span{}, false
	}
	p := paragraphOf(st.runes, i)
	item = p
	about = span{p.start, p.end}
	if k := strings.IndexAny(string(st.runes[p.start:p.end]), sentenceStops); k >= 0 {
		about.end = p.start + utf8.RuneCountInString(string(st.runes[p.start:p.end])[:k])
	}
	if under := x.numberedItemAbove(st, p); under.len() > 0 {
		// 7、全面建设美丽北京实施意见发布。⏎文件提出，到2027年…: the lines
		// right under a numbered item's headline are that item.
		item.start, about = under.start, under
		if k := strings.IndexAny(string(st.runes[under.start:under.end]), sentenceStops); k >= 0 {
			about.end = under.start + utf8.RuneCountInString(string(st.runes[under.start:under.end])[:k])
		}
		return item, about, true
	}
	for j := p.start - 1; j > 0; {
		h := paragraphOf(st.runes, j-1)
		line := strings.TrimSpace(string(st.runes[h.start:h.end]))
		if line == "" {
			j = h.start - 1
			continue
		}
		// A numbered line (11、上海港…) is an item of its own, not a heading.
		if n := utf8.RuneCountInString(line); n >= 4 && n <= 40 && !x.txt.headingNumber.MatchString(line) && !startsWithDigit([]rune(line)[0]) {
			if last, _ := utf8.DecodeLastRuneInString(line); !strings.ContainsRune(sentenceEnds, last) {
				item.start, about.start = h.start, h.start
			}
		}
		break
	}
	return item, about, true
}

// numberedItemAbove returns the line of a numbered item (7、…发布。) that
// paragraph p runs on under, with no blank line between and at most a few
// lines up, or an empty span: p is no numbered line itself, and the item's
// line ends as a sentence does (a section heading, 一、国内要闻, does not).
func (x *Extractor) numberedItemAbove(st *docState, p span) span {
	numbered := func(line string) bool {
		return x.txt.headingNumber.MatchString(line) || x.txt.subheadingNumber.MatchString(line)
	}
	if line := strings.TrimSpace(p.text(st.runes)); line == "" || numbered(line) {
		return span{}
	}
	j := p.start
	for k := 0; k < maxItemLines && j > 1 && st.runes[j-1] == '\n'; k++ {
		h := paragraphOf(st.runes, j-2)
		line := strings.TrimSpace(h.text(st.runes))
		if line == "" {
			return span{}
		}
		if numbered(line) {
			last, _ := utf8.DecodeLastRuneInString(line)
			if strings.ContainsRune(sentenceStops, last) {
				return h
			}
			return span{}
		}
		j = h.start
	}
	return span{}
}

// maxItemLines is how many lines under a numbered item's headline may
// still be that item.
const maxItemLines = 6

// sentenceEnds are the runes a line of running text ends with; a heading
// line ends with none of them. sentenceStops end an item's first sentence.
const (
	sentenceEnds  = "。！？；：.!?;:，,、）)”\""
	sentenceStops = "。！？!?"
)

// itemRegion is the region a bulletin's item is about: the first region
// its heading or first sentence names (about); else, where the item speaks
// of 全省 or 我市, the document's; else none (an item about a ministry's
// notice sets national goals; a foreign company's news, none).
func (x *Extractor) itemRegion(st *docState, item, about span) *division {
	for _, m := range st.regionsFrom(about.start, about.end) {
		if !m.deixis && m.div != nil && m.div.level != levelEconomic {
			return m.div
		}
	}
	for _, m := range st.regionsFrom(item.start, item.end) {
		if m.deixis {
			return st.juris.most()
		}
	}
	return nil
}

// isReportItself reports whether a title is a report's own (2024年山东省政府
// 工作报告, 淮北市政府工作报告（2025年1月11日 蒋曦）, 2023年《政府工作报告》,
// 政府工作报告——2024年1月28日在…会议上), not news about reports
// (31省份政府工作报告出炉：…): after a closing bracket's note, a dash's
// tail and a closing 》, it ends with a word of report_titles.
func (x *Extractor) isReportItself(title string) bool {
	t := strings.TrimSpace(title)
	if i := strings.Index(t, "——"); i > 0 {
		t = t[:i]
	}
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}, {"（", ")"}, {"(", "）"}} {
		if strings.HasSuffix(t, br[1]) {
			if i := strings.LastIndex(t, br[0]); i > 0 {
				t = t[:i]
			}
		}
	}
	t = strings.TrimSuffix(strings.TrimSpace(t), "》")
	for _, w := range x.lx.reportTitles.list {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// deicticPlace is, in news, the place a deictic word of the goal's
// sentence (全省, 本市 … before the goal) stands for: the one region of its
// level the paragraph names before the sentence (陕西将聚焦…。今年，全省将新建
// 20个中试平台 in a bulletin whose other items are about other provinces).
// nil when the paragraph names none or more than one such region, when it
// names the document's own region, when the title names places but not
// this one (四川…: 借鉴浙江省经验。全省将… is still 四川's; a bulletin's title
// naming 陕西 and 安徽 lets its 陕西 item be 陕西's), and for 区, which may be
// a district or an autonomous region (全区 in 广西).
func (x *Extractor) deicticPlace(st *docState, sent, q span) *division {
	if !st.news {
		return nil
	}
	lw := ""
	for _, m := range st.matches["region"] {
		if m.rule.Role == "deixis" && m.span.start >= sent.start && m.span.end <= q.start {
			if g, ok := m.group("level"); ok {
				lw = g.text(st.runes)
			}
		}
	}
	if lw == "" || x.txt.levelKind[lw] == kindDistrict {
		return nil
	}
	home := st.juris.most()
	p := paragraphOf(st.runes, sent.start)
	var d *division
	for _, m := range st.regionsFrom(p.start, sent.start) {
		if m.deixis || m.div == nil {
			continue
		}
		if m.div == home {
			return nil
		}
		if x.levelWordFits(m.div, lw) {
			if d != nil && d != m.div {
				return nil
			}
			d = m.div
		}
	}
	if ts := titleRegions(st); d != nil && home != nil && len(ts) > 0 && !slices.ContainsFunc(ts, func(m *regionMention) bool { return m.div == d }) {
		return nil // the title names places, not this one: the document's own
	}
	return d
}

// subjectRegion returns the region a sentence (or its item after ；)
// opens with, before the quantity q, when only time words, goal words and punctuation stand before
// it (到2025年，深圳市…; 今年南宁市力争…) and it is not one of a list
// (北京、上海等地…). Deictic words (全省) are left to the jurisdiction.
func (x *Extractor) subjectRegion(st *docState, sent, q span, cs []cue) *division {
	// Items set apart by ； name their own subjects (…；福建一季度力争完成投资
	// 1700亿元，…；贵州今年计划全省高速公路通车里程突破9500公里): the goal's
	// item is its sentence here.
	for k := q.start - 1; k > sent.start; k-- {
		if st.runes[k] == '；' || st.runes[k] == ';' {
			// An item with no place goes on with the sentence's subject;
			// so does one that names only a river basin (…；加快黄河流域
			// 生态保护与治理，在河西走廊…), not one naming 京津冀.
			if slices.ContainsFunc(st.regionsFrom(k+1, q.start), func(m *regionMention) bool {
				return m.div == nil || m.div.level != levelEconomic || !hasSuffixAnyString(m.div.name, x.lx.regionBasinSuffixes.list)
			}) {
				sent.start = k + 1
			}
			break
		}
	}
	// 据上海召开…推进大会，上海将…: a sentence that opens on its source
	// names its subject after it.
	if k := x.sourceClauseEnd(st.runes, sent, q); k > 0 && !agencyOpensAt(st, k) {
		// (据介绍，上海市发展改革委会同…印发《…》，明确…: a body opens the
		// clause, and its plan's region settles the goals, not its own.)
		sent.start = k
	}
	ms := st.regionsFrom(sent.start, q.start)
	for _, m := range ms {
		if m.deixis || m.div == nil || m.div.level == levelEconomic {
			return nil
		}
		from := sent.start
		if len(ms) == 1 && !st.report {
			// In news, the only place before the goal may open a later
			// clause, after a phrase of circumstance (伴随着亚冬会的临近，
			// 黑龙江省…将举办…300余场). A report's own places in a later
			// clause are mostly where its goal lies (沙坡头机场, 贵阳大数据
			// 交易所), not whose it is.
			for k := m.span.start - 1; k > sent.start; k-- {
				if isClauseBreak(st.runes[k]) {
					from = k + 1
					break
				}
			}
		}
		// In news, a sentence may open on where it is (在内蒙古锡林郭勒，当地
		// …今年将新建农村牧区公路600多公里): the place after the opener, or
		// the one inside it that follows it, is the subject.
		opener := 0
		if st.news {
			for _, w := range x.lx.regionParagraphOpeners.list {
				if k := m.span.start - utf8.RuneCountInString(w); k >= from && string(st.runes[k:m.span.start]) == w {
					opener = m.span.start - k
					break
				}
			}
		}
		for i := from; i < m.span.start-opener; i++ {
			r := st.runes[i]
			if unicode.IsSpace(r) || unicode.IsPunct(r) || covered(cs, i) {
				continue
			}
			return nil
		}
		d, e := m.div, m.span.end
		if opener > 0 {
			for _, n := range st.regionsFrom(e, e+1) {
				if n.span.start == e && !n.deixis && n.div != nil && d.isAncestor(n.div) {
					d, e = n.div, n.span.end
				}
			}
			if !x.placeOpensClause(st, e) {
				return nil
			}
			// 在北京，国家发展改革委负责人介绍，…: a central body speaks
			// for the country.
			for _, a := range startingIn(st.agencies, func(a *agencyMention) span { return a.span }, e, q.start) {
				if a.region == nil {
					return nil
				}
			}
		}
		if x.listGoesOn(st.runes, e) {
			return nil
		}
		return d
	}
	return nil
}

// sourceClauseEnd returns where the clause after a sentence's opening
// source (subject_source_openers: 据…，, 记者从…获悉，) begins, when it
// begins before q, or 0. An item number (11. ) may come first.
func (x *Extractor) sourceClauseEnd(rs []rune, sent, q span) int {
	i := sent.start
	for i < q.start && (unicode.IsSpace(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '.' || rs[i] == '、' || rs[i] == '．') {
		i++
	}
	opens := false
	for _, w := range x.lx.subjectSourceOpeners.list {
		if runesHavePrefix(rs[i:q.start], w) {
			opens = true
			break
		}
	}
	if !opens {
		return 0
	}
	for k := i + 1; k < q.start; k++ {
		if rs[k] == '，' || rs[k] == ',' {
			return k + 1
		}
		if isClauseBreak(rs[k]) {
			return 0
		}
	}
	return 0
}

// agencyOpensAt reports whether a body's name begins at i, after spaces.
func agencyOpensAt(st *docState, i int) bool {
	for i < len(st.runes) && unicode.IsSpace(st.runes[i]) {
		i++
	}
	return len(startingIn(st.agencies, func(a *agencyMention) span { return a.span }, i, i+1)) > 0
}

// placeOpensClause reports whether the place a locative opens a news
// sentence with, ending at e, says where what follows is: a comma follows
// (在内蒙古锡林郭勒，…), not 的 or a word of where something takes place
// (在北京举行的发布会上, 在京召开).
func (x *Extractor) placeOpensClause(st *docState, e int) bool {
	return e < len(st.runes) && (st.runes[e] == '，' || st.runes[e] == ',')
}

// paragraphPlace is the place a news paragraph opens on (在河北塞罕坝机械林场，
// 职工们…。到2026年，塞罕坝森林覆盖率将提高到84%): a region right after
// the locative that opens the paragraph, alone, is where the paragraph's
// later goals lie when their own sentence names no place and no country.
func (x *Extractor) paragraphPlace(st *docState, sent, q span) *division {
	if !st.news {
		return nil
	}
	p := paragraphOf(st.runes, sent.start)
	if p.start == sent.start || len(st.regionsFrom(sent.start, q.start)) > 0 || x.namesNation(string(st.runes[sent.start:q.start])) {
		return nil
	}
	i := p.start
	for i < p.end && unicode.IsSpace(st.runes[i]) {
		i++
	}
	n := 0
	for _, w := range x.lx.regionParagraphOpeners.list {
		if k := len([]rune(w)); i+k <= p.end && string(st.runes[i:i+k]) == w {
			n = k
			break
		}
	}
	if n == 0 {
		return nil
	}
	i += n
	ms := st.regionsFrom(i, i+1)
	if len(ms) == 0 {
		return nil
	}
	m := ms[0]
	if m.span.start != i || m.deixis || m.div == nil || m.div.level == levelEconomic {
		return nil
	}
	d, e := m.div, m.span.end
	// 在宁夏中卫: the place inside the province that follows it.
	for _, n := range st.regionsFrom(e, e+1) {
		if n.span.start == e && !n.deixis && n.div != nil && d.isAncestor(n.div) {
			d, e = n.div, n.span.end
		}
	}
	if x.listGoesOn(st.runes, e) {
		return nil
	}
	// 在北京举行的发布会上, 在京召开: where something takes place, not whose
	// goals follow.
	if e < len(st.runes) && st.runes[e] == x.txt.de {
		return nil
	}
	for _, w := range x.lx.regionLocativeAfter.list {
		if utf8.RuneCountInString(w) >= 2 && hasPrefixAny(st.runes[e:min(len(st.runes), e+8)], w) {
			return nil
		}
	}
	// 在北京，国家发展改革委印发…: a central body speaks for the country.
	for _, a := range startingIn(st.agencies, func(a *agencyMention) span { return a.span }, p.start, sent.start) {
		if a.region == nil {
			return nil
		}
	}
	return d
}

// previousSubject is, in news, the place the sentence before a goal's
// opens a clause with, in the same paragraph, when the goal's own
// sentence names no place and no country (…，辽宁正加快建设4个万亿级产业基地。
// 今年，将新建省级数字化车间、智能化工厂100个): the subject goes on. The
// goal's sentence must have no subject of its own: nothing but cue words
// (今年, 将) and punctuation before its first goal word (not 最新公布的规划
// 明确提出，今年还将新增…, which a plan says).
func (x *Extractor) previousSubject(st *docState, sent, q span, cs []cue) *division {
	if !st.news || sent.start == 0 || len(st.regionsFrom(sent.start, sent.end)) > 0 || x.namesNation(string(st.runes[sent.start:q.start])) {
		return nil
	}
	for i := sent.start; i < q.start; i++ {
		r := st.runes[i]
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		k := slices.IndexFunc(cs, func(c cue) bool { return c.span.start <= i && i < c.span.end })
		if k < 0 {
			return nil // a word of its own before any goal word: its subject
		}
		if c := cs[k]; c.role == cueGoal || c.role == cueVerb || c.role == cueReach {
			break // the goal word: nothing but cues before it
		}
		i = cs[k].span.end - 1
	}
	p := paragraphOf(st.runes, sent.start)
	prev := st.sent.sentence(sent.start - 1)
	if prev.start < p.start || prev.start >= sent.start || x.namesNation(prev.text(st.runes)) {
		return nil // 其中，广东新建5G基站10万个，居全国首位: a part of the country's
	}
	return x.subjectRegion(st, prev, span{prev.end, prev.end}, nil)
}

// listGoesOn reports whether a list of places goes on at i (、, 和, 等):
// a place in a list is not the one subject of what follows.
func (x *Extractor) listGoesOn(rs []rune, i int) bool {
	return i < len(rs) && (rs[i] == '、' || x.txt.isListConj(rs[i]) || rs[i] == x.txt.etc)
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

// planAsDocument reports whether rest, the text after a five-year plan's
// name, speaks of the plan as a document or an event (规划编制, 开局) and
// not of what the plan arranges for its period (“六五”计划安排的…项目:
// five_year_content_verbs after the document word).
func (x *Extractor) planAsDocument(rest []rune) bool {
	for _, w := range x.lx.fiveYearNotPeriod.list {
		if hasPrefixAny(rest, w) {
			return !hasPrefixAny(rest[len([]rune(w)):], x.lx.fiveYearContentVerbs.list...)
		}
	}
	return false
}

// fiveYearPeriod is fiveYearPlan for a time phrase: the plan's name
// followed by a word of time (“十五五”时期, 十四五期间, “十五五”末) or by
// what it qualifies (“十五五”能源重点项目和新业态投资), but not by words
// of the plan as a document or an event (five_year_not_period: “十五五”
// 规划编制, the drafting of the plan, sets no deadline; nor does 开局).
// pattern_five_year_time's second group is the word of time.
func (x *Extractor) fiveYearPeriod(s string) (from, to int, ok bool) {
	for _, m := range x.txt.fiveYearTime.FindAllStringSubmatchIndex(s, -1) {
		if m[4] < 0 && x.planAsDocument([]rune(s[m[1]:])) {
			continue
		}
		// 比“六五”期间增长70%, 由“六五”期间的58%下降到55%: the earlier plan
		// is the base of a change, not its period.
		if before := strings.TrimRight(s[:m[0]], "“\"'‘「 "); hasSuffixAnyString(before, x.txt.comparisonWords) || hasSuffixAnyString(before, x.lx.changeFromWords.list) {
			continue
		}
		if f, t, found := x.txt.fiveYearPlan(s[m[2]:m[3]]); found {
			from, to, ok = f, t, true
		}
	}
	return from, to, ok
}

// ownYearAfter reports whether one of cs, the cues after a deadline and
// before a figure in sentence s, is a 今年 or 明年 of its own (“十一五”期间，
// 关停5000万千瓦…，今年要关停1000万千瓦): the figure's year is that one.
// 今年 as the base of a change (比今年增长15%) names no year of the figure.
func (x *Extractor) ownYearAfter(rs []rune, cs []cue, s span, pub int) bool {
	if pub == 0 {
		return false
	}
	for _, c := range cs {
		if (c.role == cueThisYear || c.role == cueNextYear) && c.span.end <= s.end &&
			!hasSuffixAny(rs[max(s.start, c.span.start-1):c.span.start], x.lx.comparisonBaseLeads.list...) &&
			!hasSuffixAny(rs[max(s.start, c.span.start-1):c.span.start], x.lx.changeFromWords.list...) {
			return true
		}
	}
	return false
}
