package extract

// What a goal measures: the metric phrase around its quantity.

import (
	"github.com/policygraph/policygraph/number"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/textnorm"
)

// metric names what a goal measures: the words of its clause around the
// quantity, without cue words, leading verbs that only say "do" (培育,
// 组织实施), and trailing filler — but keeping verbs that define the measure
// (新增, 新建, 增长).
//
// counter says the quantity's unit is a classifier (个, 项, 家): the noun
// after it is what is counted (分批部署150个标准化试点示范项目 counts 项目).
func (x *Extractor) metric(st *docState, cs []cue, cl, q span, sent span, counter bool) string {
	// Tense, forecast and baseline words inside the clause are not part of
	// what is measured (资金将在2021年基础上再增长 measures 资金…增长; a
	// plan's 收入预计突破 measures 收入).
	var b strings.Builder
	at := cl.start
	for _, c := range cuesIn(cs, span{cl.start, q.start}) {
		if c.role == cuePast && c.span.len() == 1 && suffixOf(st.runes[cl.start:c.span.start], x.lx.proposedGoalVerbs.list) > 0 {
			// 纲要提出了…降低20%左右等目标: what the plan proposed follows 了.
			b.Reset()
			at = c.span.end
			continue
		}
		if c.rule == periodAheadRule {
			continue // “十三五”时期经济年均增长: the period stays in what is measured
		}
		switch c.role {
		case cueBase, cueGoal, cueDeadline, cueThisYear, cueNextYear, cueForecast:
			if c.role == cueForecast && x.lx.reportPlanForecast.has(c.span.text(st.runes)) {
				continue // 预期 names indicators (儿童平均预期受教育年限)
			}
			if c.span.start >= at {
				chunk := string(st.runes[at:c.span.start])
				if c.role == cueThisYear || c.role == cueNextYear || c.role == cueDeadline {
					// 比今年预计增长: with 今年 gone, its 比 compares nothing.
					chunk = trimSuffixes(chunk, x.lx.comparisonBaseLeads.list)
				}
				b.WriteString(chunk)
				at = c.span.end
			}
		}
	}
	b.WriteString(string(st.runes[at:q.start]))
	// Hard-wrapped text keeps its line breaks as spaces (将达\n到 → 将达 到):
	// inside a metric they are no part of the words.
	before := joinWrapped(b.String())
	after := x.dropUnitAlternative(joinWrapped(string(st.runes[q.end:cl.end])))
	if h := x.listHead(st.runes, cs, q, cl, sent); h != "" {
		after = h
	}
	// 改造农村牧区危房3000套以上（牵头责任单位：…）: a note in brackets
	// after the number names nothing it counts; a short one is the unit's
	// alternative (15万套（间）保障性租赁住房) and stays.
	if a := strings.TrimLeft(after, " "); strings.HasPrefix(a, "(") || strings.HasPrefix(a, "\uff08") {
		if end := strings.IndexAny(a, ")\uff09"); end < 0 {
			after = "" // the clause breaks inside the note
		} else if utf8.RuneCountInString(a[:end]) > 4 {
			_, n := utf8.DecodeRuneInString(a[end:])
			after = a[end+n:]
		}
	}
	// 宏观调控目标，定为百分之八至九: a clause that only sets the value
	// measures what the clause before names.
	if strings.TrimSpace(after) == "" && x.lx.metricSetVerbs.has(strings.TrimSpace(before)) {
		if m := x.prevClauseMetric(st, cl, sent); m != "" {
			return m
		}
	}
	// 1985年的产量将达到: once the year goes, 的 begins nothing.
	before = strings.TrimLeft(x.stripMetric(before), x.txt.deWord)
	after = strings.TrimLeft(after, x.txt.deWord)
	after = trimSuffixes(after, x.lx.metricTrailing.list)
	if x.bareCount(strings.TrimSpace(after)) {
		after = "" // 改造老旧小区209个4.9万户: a second count follows, no name
	}
	// 要使全国80%以上的人口地区普及…, 全国90%的县实现…: the place right
	// before a share is where, not what.
	for _, w := range x.txt.shareScope {
		if b, ok := strings.CutSuffix(before, w); ok && (b == "" || x.txt.scopeAfterCausative([]rune(before), utf8.RuneCountInString(b)) > 0) {
			before = b
			break
		}
	}
	if a := strings.TrimSpace(after); x.lx.metricTrailing.has(a) || x.lx.scaleLevelNouns.has(a) || x.lx.boundLevelNouns.has(a) {
		after = "" // 4万套（间）以上, 10万户大关, 2.5万家目标: only the bound or the level was left
	}
	keepVerb := ""
	for _, v := range x.lx.metricKeepVerbs.list {
		if strings.HasSuffix(before, v) {
			keepVerb = v
		}
	}
	// A list item without its own verb (、30家省技术创新中心) borrows the
	// verb of the first item.
	if before == "" && cl.start > 0 && (st.runes[cl.start-1] == '、' || x.txt.isListConj(st.runes[cl.start-1])) {
		prev := string(st.runes[st.sent.clause(cl.start-2).start:cl.start])
		for _, v := range x.lx.metricKeepVerbs.list {
			if strings.Contains(prev, v) {
				keepVerb = v
			}
		}
	}
	// 开工福耀全球出口基地、连江硅砂新材料等重点项目750个: what stands before
	// 等 are examples of what is counted, not its name.
	if i := strings.LastIndex(before, x.txt.etcWord); i > 0 && i+len(x.txt.etcWord) < len(before) {
		before = before[i+len(x.txt.etcWord):]
	}
	var m string
	switch {
	case strings.TrimSpace(after) != "" && (before == "" || keepVerb != "" || x.endsWithVerb(before) || strings.HasSuffix(before, x.txt.etcWord) || counter && utf8.RuneCountInString(after) >= 2):
		// 推动高新酶制剂等334个亿元以上项目: what comes before 等 are
		// examples; the noun after the number is what is counted.
		m = keepVerb + after
	case strings.TrimSpace(after) != "" && utf8.RuneCountInString(before) <= 2:
		// 推出150个示范应用场景, 为38.4万所农村小学配备…: a bare verb or
		// preposition before the number; what it acts on comes after.
		m = before + after
	default:
		m = before
	}
	for _, w := range x.lx.metricTrailing.list {
		m = strings.TrimSuffix(m, w)
	}
	m = strings.TrimSpace(m)
	if strings.HasPrefix(m, "/") {
		m = "" // 提高到1150元/月和1600元/月: the first sum's tail, no name
	}
	// 实现务工就业（牵头责任单位：…）: a note in brackets that the clause
	// breaks inside is no part of the name.
	if i := strings.LastIndexAny(m, "(（"); i > 0 && !strings.ContainsAny(m[i:], ")）") {
		m = strings.TrimSpace(m[:i])
	}
	m = dropFigureNotes(m)
	// 新增高新技术企业1500家、科技型中小企业6000家: a later item that
	// names its measure without a verb of its own counts what the first
	// item's verb counts (新增科技型中小企业).
	// Only a bare name takes it: not one the clause acts on or changes
	// (培育…, …控制在, …增长), nor a project's stage (、竣工投产15个:
	// project_stage_verbs), nor a share (、绿化覆盖率45%).
	if m != "" && m == strings.TrimSpace(string(st.runes[cl.start:q.start])) && !hasSuffixAnyString(m, x.txt.growthWords.list) &&
		!x.actsOnItsOwn(m) && number.IsNumeralRune(st.runes[q.start]) && !strings.ContainsAny(string(st.runes[q.start:q.end]), "%\uff05\u2030") {
		if v := x.listKeepVerb(st, cl); v != "" {
			m = v + m
		}
	}
	// 连铸比由22.4%上升到35%: where the change starts is no part of what
	// is measured, nor what follows it (not 组建由1名全科医生…组成的团队,
	// which names no change).
	lead := string(st.runes[cl.start:q.start]) // the clause up to the quantity, verbs and all
	if loc := x.txt.changeFrom.FindStringIndex(m); loc != nil && (containsAny(lead, x.lx.changeToWords.list) || containsAny(lead, x.lx.comparisonChangeVerbs.list)) {
		m = strings.TrimSpace(x.trimMetricSuffixes(strings.TrimSpace(m[:loc[0]])))
	}
	// 对全省未达标单村水站进行改造，其中2024年完成2000座以上: once cue
	// words and the year are gone, a clause that names nothing but its verb
	// measures what the clause before names.
	if strings.TrimSpace(after) == "" && x.hollowMetric(m) {
		if p := x.prevClauseMetric(st, cl, sent); p != "" {
			return p
		}
	}
	// 企业退休人员基本养老金，人均每年增长10%左右: a clause that names only
	// a change measures what the clause before names, changing.
	if strings.TrimSpace(after) == "" && x.txt.isGrowthWord(m) {
		if p := x.prevClauseMetric(st, cl, sent); !x.hollowMetric(p) && !x.txt.isGrowthWord(p) && x.topicClause(st, cl) {
			return p + m
		}
	}
	return m
}

// hollowMetric says m names nothing measured: it is empty, or only a verb
// that says "do", "reach" or "set" (完成, 扩大到, 定为), or a deadline.
func (x *Extractor) hollowMetric(m string) bool {
	if m == "" {
		return true
	}
	for _, ws := range []words{x.lx.metricDropVerbs, x.lx.metricSetVerbs, x.lx.metricStripSuffixes, x.lx.metricStripPrefixes} {
		if ws.has(m) {
			return true
		}
	}
	loc := x.txt.leadingDeadline.FindStringIndex(m)
	return loc != nil && loc[0] == 0 && loc[1] == len(m)
}

// prevClauseMetric returns what the clause before cl names, stripped as a
// metric, when cl opens after a comma inside sentence sent; else "". A
// clause with figures of its own (新开工改造老旧小区450个) states its own
// goal, not the name of the next one's.
func (x *Extractor) prevClauseMetric(st *docState, cl, sent span) string {
	if cl.start <= 1 || st.runes[cl.start-1] != '，' && st.runes[cl.start-1] != ',' {
		return ""
	}
	prev := st.sent.clause(cl.start - 2)
	if prev.start < sent.start {
		return ""
	}
	text := strings.TrimRight(string(st.runes[prev.start:prev.end]), ",，")
	if x.txt.priceBasis.MatchString(text+"，") || containsAny(text, x.lx.metricPastMarks.list) {
		return "" // 按可比价格计算, 取得了较好效果: no name of a measure
	}
	m := trimSuffixes(x.stripMetric(text), x.lx.metricTrailing.list)
	if x.hasFigure(m) {
		// 粮食，由一九七五年的五千六百九十亿斤，增加到…: a clause that only
		// gives where the change starts passes the name on from before it.
		if hasPrefixAny([]rune(strings.TrimSpace(text)), x.lx.changeFromWords.list...) {
			return x.prevClauseMetric(st, prev, sent)
		}
		return ""
	}
	return strings.TrimSpace(m)
}

// topicClause says the clause before cl, whose name cl's change takes, is
// a whole clause that only names a topic (企业退休人员基本养老金，人均每年增长
// 10%): not the last item of a list (全国、全省平均水平) nor a comparison of
// its own (growth_topic_not: 增速高于全省平均水平).
func (x *Extractor) topicClause(st *docState, cl span) bool {
	prev := st.sent.clause(cl.start - 2)
	if prev.start > 0 && st.runes[prev.start-1] == '、' {
		return false
	}
	text := string(st.runes[prev.start:prev.end])
	if containsAny(text, x.lx.growthTopicNot.list) {
		return false
	}
	// 较2022年增长一倍以上，较2020年增长两倍以上: a clause that states a
	// change by a figure of its own is no topic (but 逐年适当增加中央预算内
	// 经常性建设投资，今年拟先增加50亿元 names the investment).
	if anyFollowedBy(text, x.lx.comparisonChangeVerbs.list, func(rest string) bool {
		r, _ := utf8.DecodeRuneInString(rest)
		return number.IsNumeralRune(r)
	}) {
		return false
	}
	return true
}

// dropFigureNotes removes from metric m the notes in brackets that hold a
// figure and words (新增（力争100户）, 产量（其中1995年为4.55亿吨）平均每年增加):
// another value, not part of the name; a note without a figure or without
// Han stays (县（市、区）, 细颗粒物（PM2.5）).
func dropFigureNotes(m string) string {
	for {
		i := strings.IndexAny(m, "(（")
		if i < 0 {
			return m
		}
		j := strings.IndexAny(m[i:], ")）")
		if j < 0 {
			return m
		}
		note := m[i : i+j]
		if !strings.ContainsAny(note, "0123456789") || !strings.ContainsFunc(note, isHan) {
			// 县（市、区）, 细颗粒物（PM2.5）, (3G/LTE): part of the name
			rest := dropFigureNotes(m[i+j:])
			return m[:i+j] + rest
		}
		_, n := utf8.DecodeRuneInString(m[i+j:])
		m = m[:i] + m[i+j+n:]
	}
}

// namesValue says s holds a figure with a unit of its own that the
// vocabulary reads as a quantity (8500亿元, 3万人), not a name that opens
// with a figure (5G基站).
func (x *Extractor) namesValue(s string) bool {
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] < '0' || rs[i] > '9' || i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9' {
			continue
		}
		if q, err := x.vocab.ParseQuantity(string(rs[i:])); err == nil && q.Unit != "" {
			return true
		}
	}
	return false
}

// bareCount says s is only a count: figures and a counter (4.9万户, 2000个),
// not a thing sized by one (10万千瓦光伏风电项目), a class (2000亿级), a sum
// (6000亿元) nor a name that opens with a figure (5G基站).
func (x *Extractor) bareCount(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	q, err := x.vocab.ParseQuantity(s)
	return err == nil && q.Kind == number.KindCount && x.lx.metricCounters.has(q.Unit)
}

// hasFigure says s holds a number other than a year (19xx or 20xx before
// 年): a run of digits, or of two or more Chinese numerals (七百七十三亿).
func (x *Extractor) hasFigure(s string) bool {
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !number.IsNumeralRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (number.IsNumeralRune(rs[j]) || rs[j] == '.') {
			j++
		}
		run := string(rs[i:j])
		digits := rs[i] >= '0' && rs[i] <= '9'
		year := digits && len(run) == 4 && (strings.HasPrefix(run, "19") || strings.HasPrefix(run, "20")) && x.txt.yearWord.MatchString(string(rs[i:min(len(rs), j+2)]))
		if !year && (digits || j-i >= 2) {
			return true
		}
		// 四点五, 三至五: one numeral, a point or a range word, another.
		if j+1 < len(rs) && number.IsNumeralRunRune(rs[j]) && !strings.ContainsRune(",， ", rs[j]) && number.IsNumeralRune(rs[j+1]) {
			return true
		}
		i = j
	}
	return false
}

// listHead returns what a list right after quantity q names when the list
// runs on past q's clause, up to the next comma, or "": after its last 等
// when it gives examples (制修订100项以上基础共性、场景应用、终端产品等国家、
// 行业、团体标准 counts 国家、行业、团体标准), after its last 的 when it
// lists qualities (150家以上专业水平高、服务能力强的系统解决方案供应商
// counts 系统解决方案供应商); a short head after 等 goes with the first item
// (50项管理、技术等标准: 管理标准), and a list that ends with 等 keeps the
// first item alone; else all of it (200项以上国家、行业标准的制修订),
// and all of it when the item broke inside brackets (县（市、区）). A list
// with numbers in it, or without 等 or 的, is of values and their nouns
// (3万个、数据中心2个; 4个万亿级产业群、15个千亿级产业群), and keeps its clause.
func (x *Extractor) listHead(rs []rune, cs []cue, q, cl, sent span) string {
	j := cl.end // past the 、 that ends the list item (a clause ends with it, an item before it)
	switch {
	case cl.end <= q.end || cl.end >= sent.end:
		return ""
	case rs[cl.end-1] == '、':
	case rs[cl.end] == '、':
		j++
	default:
		return ""
	}
	for j < sent.end && rs[j] == ' ' {
		j++ // a wrapped line's break
	}
	next := j
	for j < sent.end && !strings.ContainsRune("，,；;：:。\n", rs[j]) {
		j++
	}
	nextEnd := next // the next item: up to its 、 or 的
	for nextEnd < j && rs[nextEnd] != '、' && rs[nextEnd] != x.txt.de {
		nextEnd++
	}
	for _, c := range cuesIn(cs, span{next, j}) {
		// 新增100家高新技术企业、推动形成产业集聚的…: a clause of its own
		// follows; a short quality may begin with a verb (吸引力强、带动面广的).
		if c.span.start == next && nextEnd-next > listQualityMax && (c.role == cueVerb || c.role == cueReach || c.role == cueFunding || c.role == cueGoal) {
			return ""
		}
	}
	if next < j && (rs[next] == x.txt.de || !unicode.IsLetter(rs[next]) && rs[next] != '“' && rs[next] != '"') {
		return "" // 30家以上龙头企业、的…: no list item follows
	}
	seg := joinWrapped(string(rs[q.end:j]))
	item := string(rs[q.end:cl.end])
	open := strings.Count(item, "(")+strings.Count(item, "（") > strings.Count(item, ")")+strings.Count(item, "）")
	if strings.ContainsAny(seg, "0123456789%") || strings.TrimLeft(seg, x.txt.deWord) == "" {
		return ""
	}
	if open {
		return seg // 县（市、区）全部达到…: the item only broke inside its brackets
	}
	if !strings.Contains(seg, x.txt.etcWord) && !strings.Contains(seg, x.txt.deWord) {
		return "" // 4个万亿级先进产业群、15个千亿级特色产业群、一批…: items of their own
	}
	if i := strings.LastIndex(seg, x.txt.etcWord); i > 0 {
		head := seg[i+len(x.txt.etcWord):]
		switch n := utf8.RuneCountInString(head); {
		case n >= 4:
			return head
		case n >= 2:
			// 50项再制造管理、技术、装备等标准: the examples qualify a short
			// head; the first names it with them.
			return strings.TrimRight(joinWrapped(item), "、") + head
		default:
			return "" // 100家示范企业、研发中心等: the first item names it
		}
	}
	if i := strings.LastIndex(seg, x.txt.deWord); i > 0 && utf8.RuneCountInString(seg[i+len(x.txt.deWord):]) >= 4 {
		return seg[i+len(x.txt.deWord):]
	}
	return seg
}

// listQualityMax is how long, in runes, a quality listed before a
// counted noun may be (服务能力强, 带动面广).
const listQualityMax = 5

// dropUnitAlternative removes a second counter in brackets right after the
// quantity (2万余套（户）, 3条（个）): it says how else the thing is counted,
// not what it is.
func (x *Extractor) dropUnitAlternative(s string) string {
	rs := []rune(s)
	if len(rs) < 3 || rs[0] != '(' && rs[0] != '（' {
		return s
	}
	for i := 2; i < len(rs) && i <= 3; i++ {
		if rs[i] == ')' || rs[i] == '）' {
			// Only a counter: 20家（省级）专精特新企业 keeps its level.
			if w := string(rs[1:i]); x.lx.metricCounters.has(w) || x.lx.metricAltCounters.has(w) {
				return string(rs[i+1:])
			}
			return s
		}
	}
	return s
}

// joinWrapped removes the spaces that stand between two Han characters
// (a line break of hard-wrapped text, or a typesetter's spacing).
func joinWrapped(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	out := rs[:0]
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && len(out) > 0 && unicode.Is(unicode.Han, out[len(out)-1]) {
			// A run of spaces (以   上 of a justified line) between two Han
			// characters goes as a whole.
			j := i
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			if j < len(rs) && unicode.Is(unicode.Han, rs[j]) {
				i = j - 1
				continue
			}
		}
		out = append(out, rs[i])
	}
	return string(out)
}

// stripMetric removes cue words, years, region names and "do" verbs from
// the front of a clause, and reach verbs from its end.
func (x *Extractor) stripMetric(s string) string {
	for changed := true; changed; {
		changed = false
		s = strings.TrimLeft(s, " ，,、；;：:")
		s = strings.TrimLeftFunc(s, textnorm.IsEnclosedNumber) // ③改造老旧小区
		for _, b := range plainBullets {
			if rest, ok := strings.CutPrefix(s, b); ok && rest != "" {
				s, changed = strings.TrimLeft(rest, " "), true // - 油料: a bullet of plain text
			}
		}
		if n := leadingItemNumber(s); n > 0 && n < len(s) {
			s, changed = s[n:], true // 14.打通乡村断头路, (5)新建新能源充电设施
		}
		for _, w := range x.lx.metricStripPrefixes.list {
			if strings.HasPrefix(s, w) && len(s) > len(w) && !x.lx.metricStripKeepWords.prefixOf(s) {
				s, changed = s[len(w):], true
			}
		}
		// A verb that only says "do" goes unless too little is left to
		// name anything (扶持创业, 举办展会, 建设绿道 stay).
		for _, w := range x.lx.metricLeadVerbs.list {
			if rest, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(strings.TrimSpace(rest)) > 2 && !x.lx.metricStripKeepWords.prefixOf(s) {
				s, changed = rest, true
			}
		}
		if n := leadingCount(s, x.lx.metricCounters.list); n > 0 && n < len(s) && !hasPrefixAny([]rune(s[n:]), x.lx.metricTrailing.list...) && !hasPrefixAny([]rune(s[n:]), x.lx.metricClassTails.list...) {
			// 475个市县重点项目: what is counted (not 100户以上的自然村,
			// a class).
			s, changed = s[n:], true
		}
		if loc := x.txt.leadingDeadline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			s, changed = s[loc[1]:], true
		}
		for _, w := range x.lx.comparisonBaseWords.list {
			// 地区生产总值比上年增长 → 地区生产总值增长: the base is no part
			// of what is measured, wherever it stands in the metric.
			for from := 0; ; {
				i := strings.Index(s[from:], w)
				if i < 0 {
					break
				}
				i += from
				if rest := s[i+len(w):]; x.lx.comparisonChangeVerbs.prefixOf(rest) {
					s, changed = s[:i]+rest, true
					from = i
				} else {
					from = i + len(w)
				}
			}
		}
		t := strings.TrimPrefix(s, x.txt.deWord)
		if n := x.leadingBaseFigure(t); n > 0 {
			// 比1980年的114.4万人增长: once the base year is gone, the base's
			// value is no part of the name either (增长).
			s, changed = t[n:], true
		} else if i := strings.Index(s, x.txt.deWord); i > 0 && !containsAny(s[:i], x.lx.changeFromWords.list) && !containsAny(s[:i], x.lx.comparisonBaseLeads.list) {
			// 社会消费品零售总额的1000亿元增长: the same after the name.
			if n := x.leadingBaseFigure(s[i+len(x.txt.deWord):]); n > 0 {
				s, changed = s[:i]+s[i+len(x.txt.deWord)+n:], true
			}
		}
		if f := x.regions.leadingRegion(s); f != "" && len(s) > len(f) && !x.regionNamesPart(s) {
			if rest := s[len(f):]; strings.HasPrefix(rest, x.txt.levelSuffix) {
				// 山东省级资金: the level stays (省级资金).
				_, n := utf8.DecodeLastRuneInString(f)
				s, changed = s[len(f)-n:], true
			} else {
				s, changed = rest, true
			}
		}
	}
	return x.trimMetricSuffixes(s)
}

// regionNamesPart reports whether the region names that open s, one or
// more (宁波舟山港), run into a word of metric_region_name_tails and so are
// part of a name.
func (x *Extractor) regionNamesPart(s string) bool {
	for f := x.regions.leadingRegion(s); f != "" && len(s) > len(f); f = x.regions.leadingRegion(s) {
		s = s[len(f):]
	}
	return hasPrefixAnyString(s, x.lx.metricRegionNameTails.list)
}

// leadingBaseFigure returns the length in bytes of a figure and its unit
// that open s right before a word of comparison_change_verbs (114.4万人增长,
// 4972亿元增加), or 0: digits, then at most three Han runes that with them
// read as a quantity with a unit (not 5G基站增长, 3C产品增长).
func (x *Extractor) leadingBaseFigure(s string) int {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return 0
	}
	for n, j := 0, i; n <= 3 && j < len(s); n++ {
		if n > 0 && x.lx.comparisonChangeVerbs.prefixOf(s[j:]) {
			if q, err := x.vocab.ParseQuantity(s[:j]); err != nil || q.Unit == "" && q.Kind != number.KindMoney {
				return 0
			}
			return j
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isHan(r) || r == '%' {
			return 0
		}
		j += size
	}
	return 0
}

// plainBullets open the items of a list in plain text (- 油料 1050万吨).
var plainBullets = []string{"- ", "* ", "• ", "· "}

// leadingItemNumber returns the length in bytes of an item number that
// opens s — digits then . ． 、 or ) ）, or digits in brackets, and the
// spaces after it — or 0.
func leadingItemNumber(s string) int {
	i := 0
	open := false
	if r, n := utf8.DecodeRuneInString(s); r == '(' || r == '（' {
		open, i = true, n
	}
	d := i
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == i || d-i > 3 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[d:])
	switch {
	case open && (r == ')' || r == '）'):
	case !open && (r == '.' || r == '．' || r == '、'):
	default:
		return 0
	}
	end := d + n
	if end < len(s) && s[end] >= '0' && s[end] <= '9' {
		return 0 // 2.5倍: a number, not an item's
	}
	for end < len(s) && (s[end] == ' ' || strings.HasPrefix(s[end:], "\u3000")) {
		if s[end] == ' ' {
			end++
		} else {
			end += len("\u3000")
		}
	}
	return end
}

// leadingCount returns the length in bytes of a count that opens s (digits,
// then a word of counters: 475个), or 0.
func leadingCount(s string, counters []string) int {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return 0
	}
	for _, c := range counters {
		if strings.HasPrefix(s[i:], c) {
			return i + len(c)
		}
	}
	return 0
}

func (x *Extractor) endsWithVerb(s string) bool {
	for _, v := range x.lx.metricDropVerbs.list {
		if s == v || strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// listKeepVerb returns the verb that defines a measure (metric_keep_verbs)
// the first item of the list opens with when clause cl is a later item of
// it (、科技型中小企业6000家 after 新增高新技术企业1500家), or "".
//
// An item between that acts on its own (、完成雨污分流改造100公里、暗涵整治
// 50公里) ends the verb's reach.
func (x *Extractor) listKeepVerb(st *docState, cl span) string {
	joins := func(i int) bool { return i > 0 && (st.runes[i-1] == '、' || x.txt.isListConj(st.runes[i-1])) } // an item starts at i
	k := cl.start
	for k >= 2 && joins(k) {
		prev := st.sent.clause(k - 2)
		if prev.start >= k-1 {
			break
		}
		if joins(prev.start) && x.actsOnItsOwn(string(st.runes[prev.start:k-1])) {
			return ""
		}
		k = prev.start
	}
	if k == cl.start {
		return ""
	}
	first := strings.TrimLeftFunc(strings.TrimSpace(string(st.runes[k:cl.start])), textnorm.IsEnclosedNumber)
	if n := leadingItemNumber(first); n > 0 && n < len(first) {
		first = strings.TrimSpace(first[n:]) // 36． 新建改扩建体育公园36个
	}
	first = trimPrefixes(first, x.lx.metricStripPrefixes.list)
	for _, v := range x.lx.metricKeepVerbs.list {
		if strings.HasPrefix(first, v) {
			return v
		}
	}
	return ""
}

// actsOnItsOwn reports whether a list item, or a metric, names an act or a
// stock of its own rather than a thing a shared verb counts: a verb that
// only says do (metric_drop_verbs, metric_lead_verbs), one that defines a
// measure, a project's stage, a word of list_item_acts at its front (种植,
// 完成), or one of list_item_stocks at its end (总量, 余额).
func (x *Extractor) actsOnItsOwn(s string) bool {
	s = strings.TrimSpace(s)
	return hasPrefixAnyString(s, x.lx.metricKeepVerbs.list) || hasPrefixAnyString(s, x.lx.metricLeadVerbs.list) ||
		hasPrefixAnyString(s, x.lx.metricDropVerbs.list) || hasPrefixAnyString(s, x.lx.listItemActs.list) ||
		hasSuffixAnyString(s, x.lx.listItemStocks.list) || containsAny(s, x.lx.projectStageVerbs.list)
}

// trimPrefixes removes words of the lists from the front of s while
// something is left (实施服务业项目 → 服务业项目).
func trimPrefixes(s string, lists ...[]string) string {
	for changed := true; changed; {
		changed = false
		for _, ws := range lists {
			for _, w := range ws {
				if strings.HasPrefix(s, w) && len(s) > len(w) {
					s, changed = s[len(w):], true
				}
			}
		}
	}
	return s
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

// trimMetricSuffixes strips the bound and goal words a metric ends with
// (达到, 超), but not the end of a word that only looks like one (商超).
func (x *Extractor) trimMetricSuffixes(s string) string {
	for {
		for _, w := range x.lx.qualifierNotWords.list {
			if strings.HasSuffix(s, w) {
				return s
			}
		}
		// one word at a time, so that a kept word is seen when it ends s
		t := trimOneSuffix(s, x.lx.metricStripSuffixes.list)
		if t == s {
			return s
		}
		s = t
	}
}

// trimOneSuffix strips the first of ws that s ends with (and is longer
// than).
func trimOneSuffix(s string, ws []string) string {
	for _, w := range ws {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return strings.TrimSuffix(s, w)
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

// itemOf narrows a clause to the list item holding q: from the last 、
// after the previous quantity (智能工厂10个、数字化车间50个), from a 、 right
// before the previous quantity when that one opens q's item, or from a conjunction after the
// quantity before it (50个创新服务机构和100个创新人才基地), up to the 、 or
// conjunction before the next quantity. prevEnd and nextStart are the
// neighbouring quantities in the clause (prevStart..prevEnd the one before), or -1.
func (tx *text) itemOf(rs []rune, cl, q span, prevStart, prevEnd, nextStart int) span {
	start := cl.start
	// Items cut at 、 only where the items before have their own numbers
	// (智能工厂10个、数字化车间50个); names listed before one number share it
	// (新增知识产权示范、优势、贯标企业50家: the whole list is what is counted).
	// A 、 inside brackets (县（市、区）) parts no items.
	for i, depth := q.start-1, 0; i > cl.start && prevEnd >= 0 && i >= prevEnd; i-- {
		depth = bracketDepthBack(depth, rs[i])
		if rs[i] == '、' && depth == 0 {
			start = i + 1
			break
		}
	}
	// The quantity before may open this item itself (…420亿元以上、475个市县
	// 重点项目完成投资580亿元以上): the item starts with it.
	if start == cl.start && prevStart > cl.start && prevEnd <= q.start && rs[prevStart-1] == '、' {
		start = prevStart
	}
	if prevEnd > start && prevEnd <= q.start {
		for i := q.start - 1; i >= prevEnd; i-- {
			if tx.isListConj(rs[i]) {
				start = i + 1
				break
			}
		}
	}
	end := cl.end
	if nextStart > q.end && nextStart <= cl.end {
		open := make([]bool, nextStart-q.end) // inside brackets opened after q
		for i, depth := q.end, 0; i < nextStart; i++ {
			depth = bracketDepth(depth, rs[i])
			open[i-q.end] = depth > 0
		}
		for i := nextStart - 1; i >= q.end; i-- {
			if (rs[i] == '、' || tx.isListConj(rs[i])) && !open[i-q.end] {
				end = i
				if i > q.end && tx.conjWordEndsAt(rs, i) {
					end = i - 1 // 以及: the whole word
				}
				break
			}
		}
	}
	return span{start, end}
}

// isListConj reports whether r joins list items (A和B, A及B, A与B).
func (tx *text) isListConj(r rune) bool { return strings.ContainsRune(tx.listConj, r) }

// conjWordEndsAt reports whether a two-character conjunction (以及) ends
// at rs[i].
func (tx *text) conjWordEndsAt(rs []rune, i int) bool {
	for _, w := range tx.listConjWords {
		if rs[i] == w[1] && rs[i-1] == w[0] {
			return true
		}
	}
	return false
}

func lastTargetIn(ts []*targetMention, s span) *targetMention {
	for i := len(ts) - 1; i >= 0; i-- {
		if s.contains(ts[i].span) {
			return ts[i]
		}
	}
	return nil
}

// isGrowthWord says m is only a change (增长), maybe after words that say
// how often or how it comes (growth_adverbs: 平均每年增长, 先增加).
func (tx *text) isGrowthWord(m string) bool {
	return tx.growthWords.has(trimPrefixes(m, tx.growthAdverbs))
}
