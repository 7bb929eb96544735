package extract

// Cues are the rule matches that tell a sentence's tense and a goal's
// deadline (rule kind cue, by role).

import (
	"sort"

	"github.com/policygraph/policygraph/number"
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
	// 同比/环比: a change already measured, unless a goal word (力争,
	// 目标, 要) stands before it in its sentence (主要预期目标是：地区生产总值
	// 同比增长5.5%左右); 今年 alone is not enough (今年以来…同比增长).
	cuePastChange = "past_change"
	cueFirm       = "firm"  // 强生公司宣布将, Anthropic拟: a firm's own plan, not a policy goal
	cueMonth      = "month" // 在6月 (group month) or 一季度 (group quarter): past when before the publication month
	// 鹏鼎控股(002938.SZ): a listed firm named with its ticker; what its
	// sentence says after it is the firm's, not a policy goal.
	cueListed = "listed"
)

// cue is one cue match.
type cue struct {
	role  string
	span  span
	year  int
	month int // of a month cue
	rule  string
}

// clauseYearRule is the cue rule of a year opening a clause, which counts
// only when the year is after the publication year.
const clauseYearRule = "cue.clause-year"

// periodAheadRule is the cue rule of a plan period opening a clause
// (“十四五”期间，…), a deadline only before the period's last year; the
// period stays part of the metric after it.
const periodAheadRule = "cue.period-ahead"

// fiveYears is the span of a five-year plan.
const fiveYears = 5

// docCues collects the cue-rule matches of the document.
//
// A deadline given as a span of years from now (未来四年, group years) ends
// as d.spanEnd says, or has no year when the publication year is unknown.
//
// In a plan (planEnd is the last year of its period, or 0), 今后五年 ends
// with the plan: the 12th five-year plan's 今后五年 is 2011–2015.
func (x *Extractor) docCues(st *docState, d dating, planEnd int) []cue {
	ms := st.matches["cue"]
	out := make([]cue, 0, len(ms))
	for _, m := range ms {
		c := cue{role: m.rule.Role, span: m.span, rule: m.rule.ID}
		if g, ok := m.group("year"); ok {
			c.year = yearNumber(g.text(st.runes))
			if m.rule.ID == clauseYearRule && (d.pub == 0 || c.year <= d.pub) {
				continue // 2025年， in 2026 (or 2026年， in 2026): the sentence's tense decides
			}
		}
		if g, ok := m.group("month"); ok {
			c.month = smallNumber(g.text(st.runes))
		}
		if g, ok := m.group("quarter"); ok {
			if q := smallNumber(g.text(st.runes)); q >= 1 && q <= 4 {
				c.month = 3 * q // the quarter's last month
			}
		}
		if g, ok := m.group("period"); ok {
			// A plan period opening a clause looks ahead only from before
			// its last year (cue.period-ahead); from then on it is reviewed.
			_, to, found := x.txt.fiveYearPlan(g.text(st.runes))
			if !found || d.pub == 0 || d.pub >= to {
				continue
			}
			c.year = to
		}
		if _, ok := m.group("century_end"); ok && d.pub != 0 {
			c.year = d.pub/100*100 + 100 // 本世纪末 in 1994: 2000; in 2000: 2100
		}
		if _, ok := m.group("century_mid"); ok && d.pub != 0 {
			c.year = d.pub/100*100 + 50 // 本世纪中叶 in 2021 or 2000: 2050
		}
		if _, ok := m.group("planyears"); ok && (d.fypEnd == 0 || containsAny(paragraphLead(st.runes, m.span.start), x.lx.paragraphPastOpeners.list)) {
			// 五年内新增… outside a report of the 五年计划 years, or in a
			// paragraph that opens on the years gone (在过去的五年中，…):
			// a review's span.
			continue
		}
		if g, ok := m.group("years"); ok && d.pub != 0 {
			if n := smallNumber(g.text(st.runes)); n > 0 {
				c.year = d.spanEnd(n)
				if n == fiveYears && d.fypEnd != 0 {
					// 五年计划对…作了适当的规定。五年内，…: the plan's five
					// years, not the government's term; 五年内 (group within)
					// is the plan's wherever it stands in such a report.
					_, within := m.group("within")
					if p := paragraphOf(st.runes, c.span.start); within || containsAny(string(st.runes[p.start:p.end]), x.lx.fiveYearPlanWords.list) {
						c.year = d.fypEnd
					}
				}
				if planEnd != 0 && c.year > planEnd {
					c.year = planEnd
				}
			}
		}
		if c.role == cueDeadline && c.month != 0 && d.pub != 0 && (c.year < d.pub || c.year == d.pub && st.month != 0 && c.month < st.month) {
			// 2021年至2022年6月, 增至2025年10月底的13.7万家: a period that
			// ended before the text was written, not a deadline.
			c.role, c.year, c.month = cuePast, 0, 0
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
	// of them stays small, so long documents stay linear. The kept cues
	// are written over out itself: never past the one being read.
	kept := out[:0]
	var open []cue
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

func hasRole(cs []cue, role string) bool {
	for _, c := range cs {
		if c.role == role {
			return true
		}
	}
	return false
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

// goalWordBefore reports whether a goal cue that names an aim
// (past_change_goal_words: 力争, 目标; not the 将 of news) stands in
// sentence s before span q.
func (x *Extractor) goalWordBefore(rs []rune, cues []cue, s, q span) bool {
	for _, c := range cues {
		if s.contains(c.span) && c.span.end <= q.start && (c.role == cueGoal || c.role == cueOpener) && containsAny(c.span.text(rs), x.lx.pastChangeGoalWords.list) {
			return true
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

// smallNumber reads a count of 1–99 written in digits or Chinese numerals
// (4, 四, 十, 十五, 二十), or returns 0.
func smallNumber(s string) int { return number.SmallCount(s) }

// yearNumber reads a year written in digits (2025) or digit by digit in
// Chinese numerals (一九八五, 二〇二五), or returns 0.
func yearNumber(s string) int { return number.YearDigits(s) }
