package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
)

// sentenceTense is what the tense pass decides about one sentence (split at
// 。！？ and line breaks): whether it sets goals, and the year that goals it
// only inherits fall in.
type sentenceTense struct {
	goal bool
	// inherited: the sentence sets goals only because of what came before
	// it (an opener, 二是…, a paragraph deadline, a forward-looking section),
	// so its quantities need no goal word of their own before them.
	inherited bool
	// yearAhead: the sentence opens with a year after the publication
	// year (一九六五年…), which stands before all its quantities.
	yearAhead bool
	section   section
	// forecastUntil: a goal word in a later clause lifted a forecast
	// (strivingAfterForecast); the figures before it stay forecasts.
	forecastUntil int
	// year is the deadline in force for the sentence's goals that name
	// none: the paragraph's 到2025年, an opener's year, or the section's.
	year int
	why  []string
}

// verdict says what the tense pass decided, for explain.
func (t sentenceTense) verdict() string {
	v := "sentence sets no goals"
	if t.goal {
		v = "sentence sets goals"
	}
	if len(t.why) > 0 {
		v += " (" + strings.Join(t.why, ", ") + ")"
	}
	return v
}

// Section kinds, from the heading that opens a section.
const (
	sectionOther     = iota
	sectionCondition // 申报条件: eligibility rules, never goals
	sectionGoal      // 主要目标, 2026年工作安排: everything in it looks forward
	sectionPast      // 工作回顾: everything in it reports the past
)

// section is the level-1 section a sentence stands in.
type section struct {
	kind int
	year int // the year its heading names (2026年工作安排, “十五五”时期 → 2030), or 0
	// horizon: the year is reckoned from a span (今后五年 → publication + 5),
	// so a deadline the text states (到2027年) wins over it.
	horizon bool
	// whole: the document itself reports the past (a statistical
	// communiqué), not one section of it.
	whole bool
	// span: the end of a span of years the heading names besides this
	// year (二、今后五年的目标任务和2023年工作安排 → 2027), or 0. A
	// paragraph that opens with the span (未来五年是…) turns its section
	// to that span until one opens with this year (今年是…).
	span int
	// later: the end year of a later plan period whose goals follow the
	// review the heading names (二、“十三五”时期发展成就和“十四五”时期主要
	// 目标任务 → 2025), or 0. The section reports the past until a paragraph
	// opens on that period (“十四五”时期是…) or on a span ahead (今后五年).
	later int
}

// sentenceTenses reads the tense of every sentence, in order, carrying
// openers, continuations, paragraph deadlines and sections forward.
//
// A sentence sets goals when it has a deadline, a goal cue, continues a goal
// sentence (二是…), follows an opener (下一步…, 主要目标是：) with no past cue
// since, or stands in a forward-looking section (三、2026年工作安排) without
// a past cue of its own. A past cue in its opening clause, a year before the
// publication year opening it, or a past section make it state the past.
func (x *Extractor) sentenceTenses(st *docState, sents []span, sentCues [][]cue, firstQ []int, d dating, docSec section) []sentenceTense {
	pub := d.pub
	out := make([]sentenceTense, len(sents))
	mode := false // an opener is in force
	prevGoal := false
	sec := docSec
	secNumbered := false // the current section's heading is numbered (三、…)
	// A deadline governs the rest of its paragraph (到2025年，…。建设50家
	// 以上…): later sentences there set goals of that year unless they
	// turn to the past. Likewise an opener's year (2025 年的主要目标是：)
	// governs the goals it opens, and a goal sentence's year the list items
	// continuing it.
	paraYear, carry := 0, 0
	// A paragraph that opens with the past (过去一年，我们…。办理人大代表建议
	// 52件…) reports the past in its later sentences too, inside a
	// forward-looking section as well, until one names a goal, a deadline or
	// this year of its own.
	paraPast := false
	// A paragraph that opens with the publication year (2001年是…“十五”
	// 计划的第一年。…做好今年的各项工作…) sets this year's goals, also
	// inside a section of a later year (二、“十五”期间的奋斗目标 and the
	// chapters after it).
	paraThisYear := false
	// A forecast that opens a list (预测到二〇〇〇年主要产品的产量是：) makes
	// the items after it forecasts until a sentence closes with 。 or a
	// heading comes.
	forecastList := false
	// News states this year's facts with 今年: only a goal word makes
	// 今年… a goal there.
	news := st.news
	outer := sec // the section of the last level-1 heading
	// A work report's chapter whose heading says nothing of its tense
	// (一、奋力拼搏、奋勇争先，…取得新成就) and whose first paragraph opens
	// with a past year (2025年，我们…) reviews that year throughout; one
	// whose first paragraph opens with the report's own year plans it.
	chapterOpen := false
	spanOn := false   // a paragraph opened with the span outer names
	fromSpan := false // sec is that span's, not a heading's own
	// A bulletin's items are news of their own, also when they run on in
	// one paragraph (…； 11、“十五五”时期我国将…； 12、市场监管总局发布…):
	// nothing of one item's tense or deadline carries into the next.
	bulletin := containsAny(st.title, x.lx.bulletinTitles.list)
	enumAlone := false // the sentence before is only an item's enumerator
	// listOpen: the last sentence that is not blank announces a list
	// (以下几个方面, a closing ：) or is only an enumerator.
	listOpen := false
	for si, s := range sents {
		t := &out[si]
		text := strings.TrimSpace(s.text(st.runes))
		if text == "" && listOpen {
			continue // a blank line ends no list: 今年…包括以下几个方面。⏎⏎一是…
		}
		// The year that opens the sentence (0 for none) and where it
		// stands, read once: most tests below ask for it.
		ly, lyAt := x.txt.leadingYearAt(st.runes, s)
		// The text after a bracketed headline (【…】财联社6月23日电，…)
		// opens its paragraph as well.
		paraOpens := si == 0 || paragraphStart(st.runes, s.start) || st.runes[s.start-1] == '】' && opensWithBracket(st.runes, sents[si-1].start)
		if paraOpens {
			paraYear, paraPast = 0, false
			paraThisYear = pub != 0 && ly == pub
		}
		if bulletin && si > 0 && (startsInlineItem(st.runes, s) || startsGluedHeadline(st.runes, s) || x.startsLedHeadline(st.runes, s)) {
			paraYear, carry, mode, prevGoal, forecastList = 0, 0, false, false, false
		}
		cs := sentCues[si]
		// An item's enumerator on a line of its own (一是⏎发行1000亿元长期国债)
		// heads no section: the next sentence is that item, continuing what
		// came before.
		enumOnly := len(cs) == 1 && cs[0].role == cueEnum && cs[0].span.text(st.runes) == text
		h := x.headingOf(st.runes, s)
		if enumOnly {
			h = headingKind{}
		}
		lvl, next := h.level, section{}
		if h.sectionOf != "" {
			next = x.sectionOf(h.sectionOf, d)
			issued := false
			if lvl == 1 && si > 0 && next.kind == sectionOther && x.issuedPlanHeading(st, h.sectionOf) {
				issued = true
				// 国务院关于印发国家职业教育改革实施方案的通知, then the
				// plan's own title: the plan's text follows, which looks
				// forward to its period's end or its first deadline.
				next = section{kind: sectionGoal, year: firstDeadline(st), horizon: true}
				if _, to := x.txt.planPeriod(h.sectionOf); to != 0 {
					next = section{kind: sectionGoal, year: to}
				}
			}
			if news && !h.numbered && !issued && next.kind == sectionGoal {
				// A news item's sub-headline (以军称打击黎真主党目标) names
				// no section of goals.
				next = section{}
			}
			if st.report && containsAny(h.sectionOf, x.lx.reportGlossaryHeadings.list) {
				next = section{kind: sectionCondition} // a report's 名词解释 sets no goals
			}
		}
		if lvl > 0 {
			mode = false
			paraYear, carry = 0, 0
			numbered := h.numbered
			// The title line names the document, not a section of it.
			if lvl == 1 && si > 0 {
				chapterOpen = st.report && h.numbered && next.kind == sectionOther
				// A short line with no number that names no section (第一、关于
				// 基本建设 under （三）一九五八年…计划的安排) is no chapter: the
				// section it stays in does not become the one item headings
				// return to.
				bare := !numbered && next.kind == sectionOther
				switch {
				case next.kind == sectionOther && numbered && !secNumbered && sec.kind != sectionOther:
					// 2023年主要工作 (a bare heading), then 一、突出产业转型…:
					// the numbered items are parts of the section above.
					next = sec
				case next.kind == sectionOther && !numbered && secNumbered && st.report:
					// Inside a report's numbered chapter (一、过去一年和五年
					// 工作回顾) a short line that names no section — a
					// sub-headline, or a piece of a sentence broken at a
					// link (区域全面经济伙伴关系协定) — leaves the chapter's.
					next = sec
				case next.kind == sectionOther && docSec.kind != sectionOther:
					// A plan's chapter (第四章 发展现代农业) looks forward as
					// the whole plan does.
					next = docSec
				case next.kind == sectionOther && next.year == 0 && st.report && sec.kind == sectionGoal && sec.year != 0 && !sec.horizon:
					// A work report's 二、2015年工作总体部署, then 三、把改革开放
					// 扎实推向纵深, 四、…: the year's tasks, chapter by chapter.
					next = sec
				case next.kind == sectionGoal && next.year == 0:
					next.year, next.horizon = docSec.year, docSec.horizon
				}
				kept := next == sec
				if !kept {
					secNumbered = numbered
				}
				sec = next
				if sec.year == 0 && pub != 0 && hasRole(cs, cueThisYear) {
					sec.year = pub // 今年工作安排
				} else if sec.year == 0 && pub != 0 && hasRole(cs, cueNextYear) {
					sec.year = pub + 1
				}
				if !bare || !kept {
					outer = sec
				}
			}
			if lvl == 2 {
				// An item heading that names goals and their year
				// (1. 总体目标（2013-2025年）, （二）2024年主要目标) sets
				// the year of the goals under it; the next item heading
				// that does not returns to the section's.
				// An item heading that names a past section (9. 2022年民生实事
				// 完成情况：, 1. 发展基础) makes the items under it report
				// the past, up to the next item heading.
				switch {
				case next.kind == sectionGoal && next.year != 0 && (pub == 0 || next.year >= pub):
					sec = next
				case next.kind == sectionPast:
					sec = next
				default:
					sec = outer
				}
			}
		}
		if lvl == 1 {
			spanOn = false
		}
		if chapterOpen && lvl == 0 && paraOpens && text != "" {
			chapterOpen = false
			if y := ly; y != 0 && pub != 0 && y < pub && !baseAt(cs, lyAt) && !x.paragraphLooksAhead(st, sents, sentCues, si, pub) {
				sec = section{kind: sectionPast, year: y}
				outer, secNumbered = sec, true
			} else if y == pub && pub != 0 && st.month <= reportMonthMax && !baseAt(cs, lyAt) && sec.kind == sectionOther && sec.year == 0 && x.yearIsLead(st.runes, s, lyAt) {
				// … and one whose heading names no year either and whose
				// first paragraph opens with the year the report is given
				// in (三、踔厉奋发勇毅前行…, then 2023年是…开局之年), early in
				// that year, sets that year's work throughout, when the year
				// is characterised (chapter_year_is_words: 2023年是…, not
				// 2024年开年以来… or 1957年，我们召开了…). (A heading
				// that names the year, 二、…——一九五九年经济战线上的任务,
				// reviews the years before inside it as well.)
				sec = section{kind: sectionGoal, year: pub}
				outer, secNumbered = sec, true
			}
		}
		if sec.kind == sectionPast && sec.later != 0 && lvl == 0 && paraOpens {
			lead := paragraphLead(st.runes, s.start)
			if _, to, ok := x.txt.fiveYearPlan(lead); ok && to == sec.later || x.txt.headingHorizon.MatchString(lead) {
				sec = section{kind: sectionGoal, year: sec.later}
				outer = sec
			}
		}
		if outer.span != 0 && lvl == 0 && paraOpens {
			// 未来五年是…: the span's goals, up to 今年是….
			switch lead := paragraphLead(st.runes, s.start); {
			case x.txt.headingHorizon.MatchString(lead):
				spanOn = true
			case ly == pub || containsAny(lead, x.lx.headingThisYearWords.list):
				spanOn = false
			}
		}
		if spanOn && outer.span != 0 {
			sec = section{kind: sectionGoal, year: outer.span, horizon: true, span: outer.span}
			fromSpan = true
		} else if fromSpan {
			sec, fromSpan = outer, false
		}
		t.section = sec
		first := firstQ[si]
		// The opening clause sets a sentence's tense (近年来，… / 截至目前，…);
		// a 现有 deep inside it only marks its own clause.
		opening := x.openingClause(st.runes, s)
		past, goal, opener, forecast, cont := false, false, false, false, false
		pastMonth := false // a month of this year already gone opens the sentence
		// periodAhead: a plan period still ahead opens a clause (“十四五”期
		// 间，…); it sets goals only where nothing else says the tense.
		periodAhead := false
		// strong: a goal word, 明年, or a deadline after the publication
		// year — what still sets goals inside a section reporting the past.
		strong := false
		modal := false     // a goal word or 明年, not only 今年
		pastLater := false // a past cue before the first quantity, after the opening clause
		// A sentence that opens with a year still ahead (一九六五年国家预算收支
		// 都比上年增长百分之十以上) compares with the year before that one:
		// its 比上年 reports nothing past.
		ahead := pub != 0 && ly > pub
		for _, c := range cs {
			before := c.span.start < first
			switch c.role {
			case cuePast:
				// … and so does one in a section of the year's goals
				// (二、2025年工作安排 … 地区生产总值比上年增长6%左右).
				if (ahead || sec.kind == sectionGoal && pub != 0 && sec.year >= pub && !sec.horizon) && x.inComparisonBase(st.runes, c.span) {
					continue
				}
				if before && opening.contains(c.span) {
					past = true
					t.why = append(t.why, "past "+c.span.text(st.runes))
				} else if before {
					pastLater = true
				}
			case cuePastChange:
				if before && opening.contains(c.span) && !x.goalWordBefore(st.runes, cs, s, c.span) {
					past = true
					t.why = append(t.why, "past "+c.span.text(st.runes))
				}
			case cueMonth:
				// 在6月将黄金储备增加… in a digest of August: a month of this
				// year already past reports what happened.
				if before && st.month != 0 && c.month != 0 && c.month < st.month && !hasRole(cs, cueDeadline) && !hasRole(cs, cueNextYear) {
					past, pastMonth = true, true
					t.why = append(t.why, "past month "+c.span.text(st.runes))
				}
			case cueForecast:
				if x.txt.forecastBase.MatchString(string(st.runes[max(s.start, c.span.start-8):c.span.start])) {
					continue // 比1980年预计增长5.5%: 1980's expected figure is the base
				}
				if before && !x.planForecast(st, cs, c) {
					forecast = true
					t.why = append(t.why, "forecast "+c.span.text(st.runes))
				}
			case cueGoal, cueThisYear, cueNextYear:
				goal = true // anywhere: 一是…，山东计划启动… sets the tense for 二是…
				// In a review, 努力/争取/确保 tell what was striven for; only
				// the words of review_goal_words still look ahead there.
				// The goal word inside another (目标 in 预期目标) is that
				// one's: it alone decides.
				strong = strong || c.role == cueNextYear || c.role == cueGoal && x.lx.reviewGoalWords.has(c.span.text(st.runes)) &&
					!insideOther(cs, c) && !hasSuffixAny(st.runes[max(0, c.span.start-5):c.span.start], x.lx.reviewGoalReference.list...)
				modal = modal || c.role != cueThisYear
				t.why = append(t.why, "goal "+c.span.text(st.runes))
			case cueDeadline:
				if c.rule == periodAheadRule {
					periodAhead = true // decided after the other cues
					continue
				}
				// 增长到2018年的1477亿元: a change to a year's figure.
				toFigure := c.span.end < len(st.runes) && st.runes[c.span.end] == x.txt.de
				if !d.pastYear(c.year, toFigure) {
					goal = true
					strong = strong || c.year > pub && pub != 0
					t.why = append(t.why, "deadline "+c.span.text(st.runes))
				} else if before {
					past = true
					t.why = append(t.why, "past year "+c.span.text(st.runes))
				}
			case cueOpener:
				if isOpener(st.runes, s, c) {
					opener = true
					t.why = append(t.why, "opener "+c.span.text(st.runes))
				}
			case cueEnum:
				if c.span.start <= s.start+1 {
					cont = true
				}
			}
		}
		if periodAhead && !goal && !past && !pastLater && !forecast && sec.kind != sectionPast {
			// “十四五”期间，累计引进省外内资10000亿元 in 2022: the period's
			// goals. Not in a review (一、2023年工作回顾), nor after a past
			// cue (“十四五”期间，全省已累计新建…，完成投资…).
			goal, strong = true, true
			t.why = append(t.why, "a plan period ahead")
		}
		if enumAlone {
			cont = true
		}
		enumAlone = enumOnly
		if text != "" {
			listOpen = enumOnly || strings.HasSuffix(text, "：") || strings.HasSuffix(text, ":") || containsAny(text, x.lx.listLeadWords.list)
		}
		if forecast {
			if at := x.strivingAfterForecast(st.runes, cs, first); at >= 0 {
				// 全国铁路预计投产新线3000公里以上，全国交通固定资产投资力争达到
				// 4万亿元左右: a goal word in a later clause sets that clause's
				// goal; the figures before it stay forecasts (forecastUntil).
				t.forecastUntil = at
				forecast = false
				t.why = append(t.why, "a goal word after the forecast's clause")
			}
		}
		if forecastList && lvl == 0 && !goal {
			forecast = true
			t.why = append(t.why, "an item of a forecast list")
		}
		if y := ly; y != 0 && pub != 0 && !baseAt(cs, lyAt) {
			switch {
			case y < pub:
				past = true
				t.why = append(t.why, "past year "+strconv.Itoa(y))
			case y > pub && st.report && !forecast:
				// A report that opens a sentence with a year still ahead
				// (一九六五年国家预算收支都比上年增长百分之十以上) states
				// what that year is to bring, before any goal word later
				// in it (…，力争收支平衡).
				goal, t.yearAhead = true, true
				t.why = append(t.why, "a year ahead "+strconv.Itoa(y))
			default:
				goal = goal || hasRole(cs, cueGoal)
			}
		} else if y != 0 && d.pastYear(y, true) && !baseAt(cs, lyAt) {
			// Undated, with 2019年 reported (2019年，…比上年增长8.1%):
			// 2018年，全区农牧民人均纯收入达到11600余元 is the past.
			past = true
			t.why = append(t.why, "a year reported "+strconv.Itoa(y))
		}
		if paraPast && (strong || opener || hasDeadline(cs) || hasRole(cs, cueThisYear)) {
			paraPast = false // 新的一年，我们将…: the review is over (not at 为确保…)
		}
		if paraPast && !past && lvl == 0 {
			past = true
			t.why = append(t.why, "the paragraph reports the past")
			// With nothing else that looks ahead (those end the review
			// above), 确保 and 努力 in a review tell what was striven for
			// (一年来，…切实把确保人民生命安全放在第一位…；…开工建设5个),
			// as in a review section; 将 still looks ahead (新的一年，我们将…).
			if goal && onlyGoalWords(st.runes, cs, &x.lx.reviewStrivingWords) {
				goal = false
			}
		}
		if lvl == 0 {
			// Only a review's opener (过去一年, 近年来) carries on, not any
			// past cue (已, 了); it may open the paragraph's second sentence
			// (2011年，是…开局之年…。过去一年，我们的各项工作取得了很大成绩。
			// 国内生产总值增长10.3%…).
			reviews := past && !goal && containsAny(string(st.runes[s.start:opening.end]), x.lx.paragraphPastOpeners.list)
			if paraOpens || reviews {
				paraPast = reviews
			}
		}
		if !past && pastLater && goal && !modal && !hasDeadline(cs) && !opener && sec.kind != sectionGoal {
			// …报告显示，截至7月26日，尼日利亚今年已累计报告…: with only
			// 今年 to look ahead, a past cue anywhere before the figure
			// reports this year's figures to date.
			past = true
			t.why = append(t.why, "a past cue after the opening clause, only this year ahead")
		}
		if news && goal && !modal && !hasDeadline(cs) && !opener && sec.kind == sectionOther {
			goal = false
			t.why = append(t.why, "news: this year alone states a fact")
		}
		if past && goal && (!modal || pastMonth) && !hasDeadline(cs) {
			// 在6月将黄金储备增加…: 将 there is 把, or a plan made then.
			// 今年截至8月底，…下降25.7%: this year's figures to date.
			goal = false
		}
		if goal && !opener && !hasDeadline(cs) && !hasRole(cs, cueThisYear) && !hasRole(cs, cueNextYear) && x.sinceBefore(st.runes, cs, s) && onlyGoalWords(st.runes, cs, &x.lx.disposalGoalWords) {
			// 这里曾是石漠化区域，40年来，当地…，将森林覆盖率提高到95.5%:
			// after a span of years up to now, 将 is 把.
			goal, past = false, true
			t.why = append(t.why, "disposal marker after a span up to now")
		}
		t.inherited = !goal && (mode || (cont && prevGoal))
		isGoal := !forecast && (goal || (!past && (mode || (cont && prevGoal))))
		if past && !goal {
			isGoal = false
		}
		if opener && !past {
			mode = true
			isGoal = !forecast
		}
		if past && !opener {
			mode = false
			carry = 0
		}
		// Inside a section that names its year (三、2025年重点工作), a
		// paragraph's long-range deadline (到2035年…) governs its own
		// sentence only: the tasks after it are the section's year.
		if sec.kind == sectionGoal && sec.year != 0 && !sec.horizon && !hasDeadline(cs) {
			paraYear = 0
		}
		if paraYear != 0 && prevGoal && !past && !forecast && !t.inherited && !hasDeadline(cs) {
			isGoal, t.inherited = true, true
			t.why = append(t.why, "the paragraph's deadline "+strconv.Itoa(paraYear))
		}
		switch sec.kind {
		case sectionCondition:
			isGoal = false
			t.why = append(t.why, "in a conditions section")
		case sectionGoal:
			// A work report's 今年工作安排 or a plan's 主要目标: its sentences
			// look forward unless they turn to the past themselves.
			if !isGoal && !past && !forecast {
				isGoal, t.inherited = true, true
				t.why = append(t.why, "in a forward-looking section")
			}
		case sectionPast:
			// 过去一年工作回顾, a statistical communiqué: only a goal word or
			// a deadline still ahead sets a goal there (2025年…将…); 今年 and
			// a deadline of the year reported on (到1995年底) state results.
			// A goal word in a sentence that turns to the past itself
			// reports a goal met (实现了蓄水、通航、发电的目标；…累计完成
			// 新线铺轨317公里), unless a deadline still ahead stands in it
			// (已印发规划，到2027年…将达到500万个).
			// In a work report given in the first half of the year, 今年
			// with a goal word of its own (今年…将达305亿元) looks ahead
			// from inside the review of the years before.
			ahead := st.report && !sec.whole && hasRole(cs, cueThisYear) && modal && st.month <= 6 // 0: undated
			if isGoal && (!strong && !ahead && !opener || past && !hasDeadline(cs)) {
				isGoal = false
				t.why = append(t.why, "in a review section")
			}
			if isGoal && sec.whole && !aheadOf(cs, pub) {
				// A communiqué's 计划 is the plan it reports on (比调整后计划
				// 445亿元超过110亿元, 国家计划建成投产的80个项目中有33个没有
				// 建成): only a year still ahead or 明年 looks forward.
				isGoal = false
				t.why = append(t.why, "in a report of the past")
			}
		}
		switch {
		case paraThisYear && paraYear == 0 && sec.kind == sectionGoal && sec.year > pub && !sec.horizon && lvl == 0:
			t.year = pub
		case sec.kind == sectionGoal && sec.year != 0 && !sec.horizon:
			// 三、2023年重点工作安排: its tasks are of that year unless they
			// name their own deadline (found per quantity, first).
			t.year = sec.year
		case paraYear != 0:
			t.year = paraYear
		case t.inherited && carry != 0:
			t.year = carry
		case sec.kind == sectionGoal:
			t.year = sec.year
		}
		if isGoal && !past && lvl != 1 {
			// A sentence that sets goals on its own, or opens a list,
			// carries its own year (none, when it names none); an
			// inherited one passes on what it received unless it names one.
			if y := x.sentenceYear(st, cs, s, span{s.end, s.end}, pub); y != 0 || !t.inherited || opener {
				carry = y
			}
		}
		for _, c := range cs {
			if c.role == cueDeadline && c.year != 0 && (pub == 0 || c.year >= pub) && isGoal && !past {
				paraYear = c.year
			}
		}
		// A goal sentence that opens with its year (１９５６年政府将…) gives it
		// to the rest of its paragraph, as a deadline does.
		if y := ly; y != 0 && pub != 0 && y >= pub && isGoal && !past && (!hasRole(cs, cueBase) || y > pub && !baseAt(cs, lyAt)) {
			paraYear = y
		}
		if past {
			paraYear = 0
		}
		if t.inherited && isGoal && (mode || cont) {
			t.why = append(t.why, "goals continue from before")
		}
		t.goal = isGoal
		prevGoal = isGoal
		// A work report's chapter whose heading says nothing of its tense
		// (二、牢记历史使命，在中国式现代化建设中奋勇争先) and that states this
		// year's main targets (今年经济社会发展的主要预期目标是：…) sets out
		// the year's work from there on, as 二、2025年工作安排 would. A
		// heading that names the year (二、2009年工作总体部署) keeps reading
		// sentence by sentence: its explanations of the targets
		// (这里要着重说明，提出8%左右的…增长目标) restate them.
		if st.report && lvl == 0 && sec.kind == sectionOther && sec.year == 0 && isGoal && !past && pub != 0 && hasRole(cs, cueThisYear) && opensTargetList(st.runes, cs) {
			sec = section{kind: sectionGoal, year: pub}
			outer = sec
		}
		switch last := lastRune(st.runes, s); {
		case forecast && !forecastList && (last == '：' || last == ':'):
			forecastList = true
		case lvl > 0, last == '。':
			forecastList = false
		}
	}
	return out
}

// insideOther reports whether another cue of c's role holds c's span
// (目标 in 预期目标).
func insideOther(cs []cue, c cue) bool {
	for _, o := range cs {
		if o.role == c.role && o.span != c.span && o.span.contains(c.span) {
			return true
		}
	}
	return false
}

// opensTargetList reports whether cues hold an opener that ends with a
// colon (主要预期目标是：): a list of targets follows.
func opensTargetList(rs []rune, cs []cue) bool {
	for _, c := range cs {
		if t := c.span.text(rs); c.role == cueOpener && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) {
			return true
		}
	}
	return false
}

// aheadOf reports whether a cue names a year after pub or the next year.
func aheadOf(cs []cue, pub int) bool {
	for _, c := range cs {
		if c.role == cueNextYear || c.role == cueDeadline && c.year != 0 && pub != 0 && c.year > pub {
			return true
		}
	}
	return false
}

// lastRune is the last rune of s that is not a space, or 0.
func lastRune(rs []rune, s span) rune {
	for i := s.end - 1; i >= s.start; i-- {
		if !unicode.IsSpace(rs[i]) {
			return rs[i]
		}
	}
	return 0
}

// inComparisonBase reports whether sp ends a comparison with the year
// before (比上年, comparison_base_words; the 上年 inside it too): 上年 there
// is no past.
func (x *Extractor) inComparisonBase(rs []rune, sp span) bool {
	return hasSuffixAny(rs[max(0, sp.end-x.lx.comparisonBaseWords.longest()):sp.end], x.lx.comparisonBaseWords.list...)
}

// isOpener reports whether an opener cue opens the goals that follow it:
// 下一步，… at the start of a sentence, or a 主要目标是： anywhere before a
// colon (全市经济社会发展主要预期目标是：…). 透露下一步行动时间 opens nothing.
func isOpener(rs []rune, s span, c cue) bool {
	t := c.span.text(rs)
	start := s.start
	for start < c.span.start && unicode.IsSpace(rs[start]) {
		start++ // a paragraph's indentation
	}
	return c.span.start-start <= 3 || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
}

// quotedTitle is a title in 《》.
var quotedTitle = regexp.MustCompile(`《[^《》\n]*》`)

// trailingPeriod is a bracketed period closing a title: (2022-2025年).
var trailingPeriod = regexp.MustCompile(`\s*[(（][^()（）]*[)）]\s*$`)

// headingStart reports whether a numbered heading can start with r
// (# 一、 第一章 （一） 1、 - *).
func (tx *text) headingStart(r rune) bool {
	return r == '#' || r == tx.ordinal || r == '(' || r == '（' || r == '-' || r == '*' || r >= '0' && r <= '9' || number.IsCountRune(r)
}

// containsRune reports whether rs holds one of the runes of chars.
func containsRune(rs []rune, chars string) bool {
	for _, r := range rs {
		if strings.ContainsRune(chars, r) {
			return true
		}
	}
	return false
}

// headingKind is what headingOf finds of a sentence.
type headingKind struct {
	level     int    // 1, 2 or 0, as headingOf says
	numbered  bool   // the line matches pattern_heading_number
	sectionOf string // the text that names the heading's section (sectionOf), "" for none
}

// headingOf reports whether sentence s is a heading: level 1 for a
// section heading (三、申请条件, ## 热点聚焦, a short line without a full
// stop), 2 for an item heading ((一), 1、), 0 otherwise; and the text that
// names the section it opens (a level 1 heading's, a short item
// heading's), which sectionOf reads for the callers that need it.
func (x *Extractor) headingOf(rs []rune, s span) (h headingKind) {
	// Most sentences are long and start with neither a number nor a mark:
	// settle those without building strings or running the expressions.
	i := s.start
	for i < s.end && unicode.IsSpace(rs[i]) {
		i++
	}
	if i == s.end || s.end-s.start > 48 && !x.txt.headingStart(rs[i]) {
		return h
	}
	// The line is the sentence without white space at either end (as
	// strings.TrimSpace trims it), taken from the runes: it has n runes.
	j := s.end
	for j > i && unicode.IsSpace(rs[j-1]) {
		j--
	}
	// The expressions run only where the line's first rune can start a
	// match (headingFirst, subheadingFirst): on few lines.
	var line string
	text := func() string {
		if line == "" {
			line = string(rs[i:j])
		}
		return line
	}
	n := j - i
	switch {
	case x.txt.headingFirst.can(rs[i]) && x.txt.headingNumber.MatchString(text()):
		h.level, h.numbered = 1, true
	case x.txt.subheadingFirst.can(rs[i]) && x.txt.subheadingNumber.MatchString(text()):
		// 1. 总体目标（2013-2025年）: an item heading names its section too
		// when it is short and no sentence.
		h.level = 2
		// (一)基础与优势。“十二五”时期…: an item heading run into its
		// paragraph ends at its full stop.
		k := j
		if k > i && rs[k-1] == '。' {
			k--
		}
		if n <= 32 && !containsRune(rs[i:k], "。；;，,！？!?") {
			h.sectionOf = string(rs[i:k])
		}
		return h
	case n > 0 && n <= 30 && rs[s.end-1] == '\n' && !containsRune(rs[i:j], "。；;，,：:！？!?"):
		h.level = 1
	default:
		return h
	}
	h.sectionOf = string(rs[i:min(j, i+32)])
	return h
}

// documentSection is the section a document's text stands in before any
// heading: a statistical communiqué (past_document_words) reports the past
// throughout; a document that is a plan (its title ends like a plan's:
// …规划纲要, …行动计划(2022-2025年), and is no news of one: 印发, 解读)
// looks forward to the end of the plan's period throughout.
func (x *Extractor) documentSection(st *docState) section {
	// The title, or the headline line that opens the text when the title
	// is only a year or a label (title: 1995年, text: 中华人民共和国国家统计局
	// 关于1995年国民经济和社会发展的统计公报).
	title := strings.TrimSpace(st.title)
	first := strings.TrimSpace(string(st.runes[paragraphOf(st.runes, 0).start:paragraphOf(st.runes, 0).end]))
	if title == "" {
		title = first
	}
	if line := x.headline(st); line != "" && containsAny(line, x.lx.pastDocumentWords.list) {
		return section{kind: sectionPast, whole: containsAny(line, x.lx.communiqueWords.list)}
	}
	if containsAny(title, x.lx.pastDocumentWords.list) {
		// A statistical communiqué reports the past throughout.
		return section{kind: sectionPast, whole: containsAny(title, x.lx.communiqueWords.list)}
	}
	bare := trailingPeriod.ReplaceAllString(title, "")
	isPlan := hasSuffixAnyString(bare, x.lx.planDocumentSuffixes.list) ||
		hasSuffixAnyString(bare, x.lx.planScopedSuffixes.list) && containsAny(bare, x.lx.planScopeWords.list)
	if !isPlan {
		// 国务院关于河北雄安新区总体规划（2018—2035年）的批复: an approval
		// states the goals of the plan it approves, to the end of its period.
		for _, w := range x.lx.approvalSuffixes.list {
			inner := strings.TrimSuffix(title, w)
			if inner == title {
				continue
			}
			inner = strings.TrimSuffix(inner, "》") // 国务院关于《…（2018—2035年）》的批复
			if !hasSuffixAnyString(trailingPeriod.ReplaceAllString(inner, ""), x.lx.planDocumentSuffixes.list) {
				continue
			}
			if _, to := x.txt.planPeriod(inner); to != 0 {
				return section{kind: sectionGoal, year: to}
			}
		}
	}
	if !isPlan && !x.opensAsPlan(first) && x.addressees(first) {
		// 各市人民政府，…，各高等院校：: a notice's addressees; its first
		// paragraph comes next.
		p := paragraphOf(st.runes, 0)
		for i := p.end + 1; i < len(st.runes); {
			q := paragraphOf(st.runes, i)
			if line := strings.TrimSpace(string(st.runes[q.start:q.end])); line != "" {
				first = line
				break
			}
			i = q.end + 1
		}
	}
	if !isPlan && x.opensAsPlan(first) {
		// 为…，制定以下措施。: the text is the plan's own body. Without a
		// period in its title, its horizon is its first deadline (总体要求：
		// 到2027年，…), which its goals share unless they name their own.
		// A period inside 《》 is the period of the plan it carries out
		// (为贯彻落实《…规划（2018-2022年）》，制定本行动方案), not its own.
		_, to := x.txt.planPeriod(quotedTitle.ReplaceAllString(title, ""))
		if to == 0 {
			// A horizon, not a period: a paragraph's own deadline (到2030年)
			// still governs the paragraph.
			return section{kind: sectionGoal, year: firstDeadline(st), horizon: true}
		}
		return section{kind: sectionGoal, year: to}
	}
	if !isPlan && !containsAny(title, x.lx.planDocumentNot.list) {
		// 2018年…标准化工作的总体思路是：… opens a year's work plan.
		if y := x.yearPlan(title); y != 0 {
			return section{kind: sectionGoal, year: y}
		}
	}
	if !isPlan && x.txt.planReport != nil {
		// 现在，我代表国务院，作关于…第六个五年计划的报告: a report that
		// presents its plan looks forward to the plan's end, as the plan does.
		if m := x.txt.planReport.FindString(string(st.runes[:min(len(st.runes), planReportReach)])); m != "" {
			if _, to, ok := x.txt.fiveYearPlan(m); ok {
				return section{kind: sectionGoal, year: to}
			}
		}
	}
	if !isPlan || containsAny(title, x.lx.planDocumentNot.list) {
		return section{}
	}
	_, to := x.txt.planPeriod(title)
	return section{kind: sectionGoal, year: to}
}

// yearPlan is the year of the work plan a title names (2019年智能网联汽车
// 标准化工作要点), or that a document without a title names in its first
// paragraph (2018年…工作的总体思路是), or 0: a year followed in its sentence,
// within yearPlanReach runes, by a word of year_plan_words.
func (x *Extractor) yearPlan(title string) int {
	rs := []rune(title)
	if len(rs) > 400 {
		return 0
	}
	for _, m := range x.txt.headingYear.FindAllStringIndex(title, -1) {
		y, _ := strconv.Atoi(title[m[0] : m[0]+4])
		rest := []rune(title[m[1]:])
		name := string(rest[:min(len(rest), yearPlanReach)])
		if i := strings.IndexAny(name, "。；;！？!?"); i >= 0 {
			name = name[:i] // the sentence ends
		}
		if containsAny(name, x.lx.yearPlanWords.list) {
			return y
		}
	}
	return 0
}

// yearPlanReach is how far after its year, in runes, a year plan's name
// may end (2018年智能网联汽车标准化工作的总体思路).
const yearPlanReach = 40

// firstDeadline is the year of the document's first deadline cue
// (到2027年), or the publication year when a this-year cue (年底前, 年内)
// comes first, or 0.
//
// Goals staged over two deadlines in the paragraph after it (到2022年，…。
// 到2025年，…) make no horizon: 0, and the goals that name no deadline of
// their own have none.
func firstDeadline(st *docState) int {
	first, at := 0, 0
	for _, m := range st.matches["cue"] {
		if first == 0 && m.rule.Role == cueThisYear && st.year != 0 {
			return st.year // 年底前，…: a plan for the year it is dated
		}
		if m.rule.Role != cueDeadline {
			continue
		}
		g, ok := m.group("year")
		if !ok {
			continue
		}
		y := yearNumber(g.text(st.runes))
		switch {
		case y == 0:
		case first == 0:
			first, at = y, paragraphOf(st.runes, m.span.start).end
		case m.span.start > nextParagraphEnd(st.runes, at):
			return first // the next deadline is further on
		case y != first:
			return 0
		}
	}
	return first
}

// nextParagraphEnd is the end of the first non-blank paragraph after the
// one that ends at at, or at when there is none.
func nextParagraphEnd(rs []rune, at int) int {
	for i := at + 1; i < len(rs); {
		q := paragraphOf(rs, i)
		if strings.TrimSpace(string(rs[q.start:q.end])) != "" {
			return q.end
		}
		i = q.end + 1
	}
	return at
}

// preambleMax is the longest first paragraph that can be a plan's
// preamble, in runes.
const preambleMax = 400

// opensAsPlan reports whether a document's first paragraph is a plan's
// preamble: short, and ending with the words that introduce its measures
// (plan_lead_phrases: 制定以下措施, 现提出如下意见, 制定本方案).
func (x *Extractor) opensAsPlan(first string) bool {
	rs := []rune(first)
	if len(rs) == 0 || len(rs) > preambleMax {
		return false
	}
	return containsAny(string(rs[max(0, len(rs)-24):]), x.lx.planLeadPhrases.list)
}

// addressees reports whether a paragraph is a notice's line of
// addressees: it ends in a colon and names them with 各 (各市人民政府，
// 省政府各部门：).
func (x *Extractor) addressees(p string) bool {
	return (strings.HasSuffix(p, "：") || strings.HasSuffix(p, ":")) && containsAny(p, x.lx.addresseeWords.list) && utf8.RuneCountInString(p) <= preambleMax
}

// sinceBefore reports whether a past cue of a span of time up to now
// (past_span_ends: 以来, 年来 — 40年来, 近年来) stands before the
// sentence's first goal word, and that word opens its clause (，将森林
// 覆盖率提高到…: its subject is the clause's before) with no word that
// looks ahead (review_goal_words: 下一步, 未来) before it in the sentence
// and no 把 after it (将把 is "will" and 把).
func (x *Extractor) sinceBefore(rs []rune, cs []cue, s span) bool {
	since := false
	for _, c := range cs {
		switch {
		case c.role == cueGoal:
			i := c.span.start
			return since && i > 0 && unicode.IsPunct(rs[i-1]) && !hasPrefixAny(rs[c.span.end:], x.lx.disposalNotNext.list...) &&
				!containsAny(string(rs[s.start:i]), x.lx.reviewGoalWords.list)
		case c.role == cuePast && hasSuffixAnyString(c.span.text(rs), x.lx.pastSpanEnds.list):
			since = true
		}
	}
	return false
}

// onlyGoalWords reports whether every goal word of a sentence's cues is
// one of ws: words of striving (review_striving_words: 确保, 努力), which
// in a review tell what was striven for; 将 (disposal_goal_words), which
// after a span of years up to now is 把.
func onlyGoalWords(rs []rune, cs []cue, ws *words) bool {
	for _, c := range cs {
		if c.role == cueGoal && !ws.has(c.span.text(rs)) {
			return false
		}
	}
	return true
}

// headline returns the first line after the title line, when it is short
// enough to be a headline (<= 60 runes).
func (x *Extractor) headline(st *docState) string {
	p := paragraphOf(st.runes, 0)
	lead := ""
	for i := p.end + 1; i < len(st.runes); {
		q := paragraphOf(st.runes, i)
		if line := strings.TrimSpace(string(st.runes[q.start:q.end])); line != "" {
			if q.end-q.start > 60 {
				return ""
			}
			// **中华人民共和国** on a line of its own, then the title
			// (**2004年国民经济和社会发展统计公报**): one headline.
			if bare := strings.Trim(line, "* "); lead == "" && x.lx.titleIssuerPrefixes.has(bare) {
				lead = bare
				i = q.end + 1
				continue
			}
			// A wrapped line's break became a space (unwrap): no word of a
			// headline holds one.
			line = strings.ReplaceAll(line+headlineWrap(st.runes, q), " ", "")
			if lead != "" {
				return lead + strings.Trim(line, "* ")
			}
			return line
		}
		i = q.end + 1
	}
	return lead
}

// headlineWrap returns the line that continues a headline wrapped onto
// the next line, as PDF text and hard-wrapped files wrap it (…计划执行结果⏎
// 的公报), or "": the headline line q has at least 12 runes and ends in no
// punctuation, and the next line follows it at once (no blank line) and is
// a title's tail: at most 20 runes of Han characters and title marks (the emphasis
// marks of a bold headline, **…⏎…**, dropped at the seam) — no byline
// (本报记者 张某), number or sentence.
func headlineWrap(rs []rune, q span) string {
	if q.end-q.start < 12 || q.end >= len(rs) || unicode.IsPunct(rs[q.end-1]) {
		return ""
	}
	r := paragraphOf(rs, q.end+1)
	next := strings.Trim(string(rs[r.start:r.end]), "* ")
	if next == "" || utf8.RuneCountInString(next) > 20 {
		return ""
	}
	for _, c := range next {
		if !isHan(c) && !strings.ContainsRune("《》〈〉（）()", c) {
			return ""
		}
	}
	return next
}

// paragraphLooksAhead reports whether the paragraph that sentence si
// opens turns to the publication year or later (2025年，面对…。2026年是
// "十五五"开局之年…): a year, 今年 or 明年, or a deadline not yet past.
func (x *Extractor) paragraphLooksAhead(st *docState, sents []span, sentCues [][]cue, si, pub int) bool {
	p := paragraphOf(st.runes, sents[si].start)
	for j := si; j < len(sents) && sents[j].start < p.end; j++ {
		if y := x.txt.leadingYear(st.runes, sents[j]); y >= pub {
			return true
		}
		for _, c := range sentCues[j] {
			if c.role == cueThisYear || c.role == cueNextYear || c.role == cueDeadline && c.year >= pub {
				return true
			}
		}
	}
	return false
}

// sectionOf classifies a level-1 heading by its words (rule lexicons
// section_condition_words, section_past_words, section_goal_words, in that
// order) and the year it names: a heading naming a year before the
// publication year reports the past (2025年工作回顾 in 2026), one naming the
// publication year or later with a goal word looks forward (2026年工作安排).
func (x *Extractor) sectionOf(head string, d dating) section {
	pub := d.pub
	year := 0
	if m := x.txt.yearRange.FindStringSubmatch(head); m != nil {
		year, _ = strconv.Atoi(m[2]) // 总体目标（2013-2025年）: the period's end
	} else if m := x.txt.headingYear.FindString(number.ASCIIDigits(head)); m != "" {
		year, _ = strconv.Atoi(m[:4]) // （三）一九五八年…计划的安排 too
	}
	if _, to, ok := x.txt.fiveYearPlan(head); ok && year == 0 {
		year = to
	}
	horizon, span := false, 0
	if m := x.txt.headingHorizon.FindStringSubmatch(head); m != nil && pub != 0 {
		end := d.spanEnd(smallNumber(m[1]))
		switch {
		case year == pub:
			// 二、今后五年的目标任务和2023年工作安排: this year's tasks,
			// after the span's goals.
			span = end
		case year != 0:
		case containsAny(head, x.lx.headingThisYearWords.list):
			// 二、未来五年总体考虑和今年政府工作安排: the same.
			year, span = pub, end
		default:
			// 二、今后五年政府工作总体考虑: the years from now.
			year, horizon = end, true
		}
	}
	switch {
	case containsAny(head, x.lx.sectionConditionWords.list) && !hasPrefixAnyString(strings.TrimLeftFunc(head, isHeadingNumberRune), x.lx.sectionConditionNotOpeners.list):
		return section{kind: sectionCondition}
	case containsAny(head, x.lx.sectionPastWords.list) || x.headingIs(head, x.lx.sectionPastHeadings.list) || x.goalMetHeading(head):
		// 二、“十三五”时期发展成就和“十四五”时期主要目标任务: the review
		// comes first; the goals of the later period from the paragraph that
		// opens on it.
		if x.reviewThenGoals(head) {
			return section{kind: sectionPast, later: year}
		}
		return section{kind: sectionPast, year: year}
	case containsAny(head, x.lx.sectionFirstYearWords.list):
		// 做好“十五五”开局工作: the first year of the plan named.
		if from, _, ok := x.txt.fiveYearPlan(head); ok {
			return section{kind: sectionGoal, year: from}
		}
		return section{kind: sectionGoal, year: pub}
	case x.namesGoals(head):
		if year != 0 && pub != 0 && year < pub {
			return section{kind: sectionPast, year: year}
		}
		return section{kind: sectionGoal, year: year, horizon: horizon, span: span}
	}
	return section{kind: sectionOther, year: year}
}

// goalMetHeading reports whether a heading names goals met: a word of
// section_goal_words followed, at most goalMetReach Han runes on, by a
// verb of section_goal_met_verbs (新能源发电装机目标稳步实现, 目标任务全面
// 完成); not a goal stated after a colon (目标：实现…).
func (x *Extractor) goalMetHeading(head string) bool {
	rs := []rune(head)
	for i := range rs {
		for _, w := range x.lx.sectionGoalWords.list {
			if !runesHavePrefix(rs[i:], w) {
				continue
			}
			k := i + utf8.RuneCountInString(w)
			for n := 0; n <= goalMetReach && k+n < len(rs) && isHan(rs[k+n]); n++ {
				for _, v := range x.lx.sectionGoalMetVerbs.list {
					if runesHavePrefix(rs[k+n:], v) {
						return true
					}
				}
			}
		}
	}
	return false
}

// goalMetReach is how many Han runes may stand between a heading's goal
// word and the verb that says it was met (稳步, 全面基本).
const goalMetReach = 4

// headingIs reports whether head, short of its number (第一章, 一、,
// （二）) and the spaces and marks around it, is one of ws.
func (x *Extractor) headingIs(head string, ws []string) bool {
	h := strings.TrimSpace(head)
	for _, re := range []*regexp.Regexp{x.txt.headingNumber, x.txt.subheadingNumber} {
		if re == nil {
			continue
		}
		if loc := re.FindStringIndex(h); loc != nil && loc[0] == 0 {
			h = h[loc[1]:]
		}
	}
	return slices.Contains(ws, strings.TrimFunc(h, isHeadingNumberRune))
}

// planReportReach is how many runes from its start a report says it
// presents a five-year plan in (pattern_plan_report).
const planReportReach = 300

// isHeadingNumberRune reports runes a heading's number is written with
// (三、, （二）, 3．, **): what stands before its first word.
func isHeadingNumberRune(r rune) bool {
	return unicode.IsDigit(r) || number.IsNumeralRune(r) || unicode.IsPunct(r) || unicode.IsSpace(r) || r == '*'
}

// yearIsLead reports whether the year that opens sentence s at at is
// followed by a word of chapter_year_is_words (2023年是…开局之年).
func (x *Extractor) yearIsLead(rs []rune, s span, at int) bool {
	k := at
	for k < s.end && rs[k] != x.txt.year {
		k++
	}
	return k < s.end && hasPrefixAny(rs[k+1:s.end], x.lx.chapterYearIsWords.list...)
}

// reportMonthMax is the last month of the year in which a work report is
// taken to be given at the start of its year (January to March, as they
// are, with a margin): the year it names first is the one it plans.
const reportMonthMax = 4

// reviewThenGoals reports whether a heading that names a review goes on to
// name goals after it, of a plan period (“十三五”时期发展成就和“十四五”时期
// 主要目标任务).
func (x *Extractor) reviewThenGoals(head string) bool {
	past, goal := -1, -1
	for _, w := range x.lx.sectionPastWords.list {
		past = max(past, strings.LastIndex(head, w))
	}
	for _, w := range x.lx.sectionGoalWords.list {
		goal = max(goal, strings.LastIndex(head, w))
	}
	_, _, ok := x.txt.fiveYearPlan(head)
	return ok && past >= 0 && goal > past
}

// namesGoals reports whether a heading holds a word of section_goal_words
// that is not a thing hit (section_goal_not_after: 打击目标) or counted
// (section_goal_counters after a digit: 约25个目标).
func (x *Extractor) namesGoals(head string) bool {
	return findWord(head, x.lx.sectionGoalWords.list, func(j int, _ string) bool {
		return !hasSuffixAnyString(head[:j], x.lx.sectionGoalNotAfter.list) && !countedBefore(head[:j], x.lx.sectionGoalCounters.list)
	}) != ""
}

// countedBefore reports whether s ends in one of counters right after a
// digit (约25个): what follows is a thing counted. 两个目标 and 几个目标 are
// goals named in words.
func countedBefore(s string, counters []string) bool {
	for _, c := range counters {
		if rest, ok := strings.CutSuffix(s, c); ok {
			rest = strings.TrimRight(rest, " ")
			r, _ := utf8.DecodeLastRuneInString(rest)
			if unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// paragraphLead is the first 12 runes of the paragraph that starts at i,
// where its opening words stand (各位代表！未来五年是…).
func paragraphLead(rs []rune, i int) string {
	p := paragraphOf(rs, i)
	return string(rs[p.start:min(p.end, p.start+12)])
}

// strivingAfterForecast returns where a word of goal_striving_words (力争,
// 确保) stands in a clause after the clause of every forecast cue before
// first, the sentence's first quantity, with a figure after it in its
// clause; or -1. The figures before it stay the forecast's.
func (x *Extractor) strivingAfterForecast(rs []rune, cs []cue, first int) int {
	last := -1 // where the last forecast clause before first ends
	for _, c := range cs {
		if c.role == cueForecast && c.span.start < first {
			last = max(last, clauseOf(rs, c.span).end)
		}
	}
	if last < 0 {
		return -1
	}
	for _, c := range cs {
		if c.role == cueGoal && c.span.start >= last && containsAny(c.span.text(rs), x.txt.goalStrivingWords) {
			// ... and governs a figure of its own clause (not 确保主汛期安全
			// after a forecast's figures).
			for _, r := range rs[c.span.end:clauseOf(rs, c.span).end] {
				if r >= '0' && r <= '9' || number.IsNumeralRune(r) {
					return c.span.start
				}
			}
		}
	}
	return -1
}

// isNews reports whether a document is news: it has a headline that names
// no document (no work report, and no title ending like a plan's or a
// notice's: 方案, 通知, plan_suffixes) and no forward-looking section of
// its own.
func (x *Extractor) isNews(st *docState, docSec section) bool {
	title := strings.TrimSpace(trailingPeriod.ReplaceAllString(st.title, ""))
	if st.report || docSec.kind != sectionOther || title == "" {
		return false
	}
	return !hasSuffixAnyString(title, x.lx.planSuffixes.list)
}

// issuedPlanHeading reports whether a heading is the title of the plan a
// notice issues (国务院关于印发国家职业教育改革实施方案的通知 … 国家职业教育
// 改革实施方案): it ends like a plan and the notice's title holds it.
func (x *Extractor) issuedPlanHeading(st *docState, head string) bool {
	title := strings.TrimSpace(st.title)
	bare := strings.TrimSpace(trailingPeriod.ReplaceAllString(head, ""))
	if title == "" || utf8.RuneCountInString(bare) < 6 || !strings.Contains(title, bare) || bare == title {
		return false
	}
	return hasSuffixAnyString(bare, x.lx.planDocumentSuffixes.list)
}

// openingClause is the first clause of sentence s, after a speaker's label
// of speaker_labels and its colon (答：截至8月末，…): what is said opens
// there.
func (x *Extractor) openingClause(rs []rune, s span) span {
	c := firstClause(rs, s)
	if c.end < s.end && (rs[c.end-1] == ':' || rs[c.end-1] == '\uff1a') {
		label := strings.TrimSpace(strings.Trim(string(rs[c.start:c.end-1]), "\u3000"))
		if x.lx.speakerLabels.has(label) {
			return firstClause(rs, span{c.end, s.end})
		}
	}
	return c
}
