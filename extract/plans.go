package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
)

// planMention is a policy-document title found in the text.
type planMention struct {
	span  span // the title inside 《》
	rule  string
	title string // canonical title
	alias bool   // a short form (《计划》, 以下简称《行动计划》): refers to another plan
	// declared: a short form kept only because the text declares it
	// (以下简称《纲要草案》), though its own words are no plan's.
	declared bool
	target   *planMention
	issuers  []*agencyMention
	from     int // period start year, 0 if none
	to       int // period end year (the deadline its targets share), 0 if none
}

var trailingParen = regexp.MustCompile(`(\([^()]*\))+$`)

// findPlans classifies 《…》 titles: plans by their last word (计划, 方案 …),
// everything else (newspapers, reports, books) dropped; short forms bound to
// the plan they stand for.
func (x *Extractor) findPlans(st *docState) {
	st.aliases = map[string]*planMention{}
	// A short form the text declares (以下简称《纲要草案》) stands for a
	// plan whatever its own last word.
	declared := map[string]bool{}
	for _, m := range st.matches["alias"] {
		if g, ok := m.group("alias"); ok {
			declared[normalizeName(g.text(st.runes))] = true
		}
	}
	var plans []*planMention
	for _, m := range st.matches["plan"] {
		title := x.txt.canonicalTitle(m.span.text(st.runes))
		if title == "" {
			continue
		}
		p := &planMention{span: m.span, rule: m.rule.ID, title: title}
		if x.namedKindAfter(st.runes, m.span) {
			// 《中国应对气候变化的政策与行动》白皮书: the word after the title
			// says what the document is.
			st.addTrace("plan", m.rule.ID, m.span, "dropped: the word after the title says it is no policy document")
			continue
		}
		switch x.classifyTitle(title) {
		case titlePlan:
		case titleGeneric:
			p.alias = true
		default:
			if declared[title] {
				p.alias, p.declared = true, true
				break
			}
			st.addTrace("plan", m.rule.ID, m.span, "dropped: not a policy document title")
			continue
		}
		p.from, p.to = x.txt.planPeriod(title)
		plans = append(plans, p)
	}
	// 以下简称《行动计划》 binds a short form to the title before it.
	for _, m := range st.matches["alias"] {
		g, _ := m.group("alias")
		short := normalizeName(g.text(st.runes))
		var prev *planMention
		from := st.sent.sentence(m.all.start).start - 1
		for _, p := range startingIn(plans, (*planMention).spanOf, max(from, 0), m.all.start) {
			if p.span.end <= m.all.start && !p.alias && st.sent.sentence(p.span.start).start >= from {
				prev = p
			}
		}
		if prev == nil || short == "" {
			continue
		}
		st.aliases[short] = prev
	}
	// A declared short form whose own words are no plan's stands only for
	// a plan it was bound to (not for 《著作权法》 after a statute).
	kept := plans[:0]
	for _, p := range plans {
		if p.declared && st.aliases[p.title] == nil {
			st.addTrace("plan", p.rule, p.span, "dropped: the short form of no plan")
			continue
		}
		kept = append(kept, p)
	}
	plans = kept
	// A title that is the tail of another title (《行动计划》 after
	// 《山西省…行动计划》) or a bound alias is a short form.
	// Titles repeat; compare each distinct title once.
	var full []*planMention // the first plan of each distinct full title
	seen := map[string]bool{}
	for _, q := range plans {
		if !q.alias && !seen[q.title] {
			seen[q.title] = true
			full = append(full, q)
		}
	}
	longer := map[string]*planMention{}
	var lastFull *planMention // the last full title before p
	for _, p := range plans {
		if t, ok := st.aliases[p.title]; ok && t != p {
			p.alias, p.target = true, t
		} else {
			q, ok := longer[p.title]
			if !ok {
				for _, f := range full {
					if len(f.title) > len(p.title) && strings.HasSuffix(trailingParen.ReplaceAllString(f.title, ""), p.title) {
						q = f
						break
					}
				}
				longer[p.title] = q
			}
			if q != nil {
				p.alias, p.target = true, q
			}
			if p.alias && p.target == nil {
				p.target = lastFull
			}
		}
		if !p.alias {
			lastFull = p
		}
	}
	for _, p := range plans {
		x.planIssuers(st, p)
	}
	st.plans = plans
}

func (p *planMention) spanOf() span { return p.span }

// namedKindAfter reports whether the title at s is followed, after its 》,
// by a word of plan_kind_after that names a kind of document no plan is
// (白皮书, 蓝皮书).
func (x *Extractor) namedKindAfter(rs []rune, s span) bool {
	i := s.end
	for i < len(rs) && (rs[i] == '》' || rs[i] == ' ' || rs[i] == '\n') {
		i++
	}
	return hasPrefixAny(rs[i:min(len(rs), i+4)], x.lx.planKindAfter.list...)
}

type titleClass int

const (
	titleOther titleClass = iota
	titlePlan
	titleGeneric
)

func (x *Extractor) classifyTitle(t string) titleClass {
	core := trailingParen.ReplaceAllString(t, "")
	if core == "" {
		return titleOther
	}
	if x.lx.planGenericTitles.has(core) {
		return titleGeneric
	}
	for _, w := range x.lx.planExcludedSuffixes.list {
		if strings.HasSuffix(core, w) {
			return titleOther
		}
	}
	for _, w := range x.lx.planSuffixes.list {
		if strings.HasSuffix(core, w) {
			return titlePlan
		}
	}
	return titleOther
}

// planPeriod reads a period from a title: (2022-2025年) → 2022, 2025;
// “十四五” → 2021, 2025 (also beside a long-range 2035年); 2023年行动计划 →
// 2023, 2023.
func (tx *text) planPeriod(t string) (from, to int) {
	if m := tx.periodRe.FindStringSubmatch(t); m != nil {
		from, _ = strconv.Atoi(m[1])
		to, _ = strconv.Atoi(m[2])
		return
	}
	// A five-year plan's title may name its long-range year too (“十四五”
	// 规划和2035年远景目标纲要): the plan's own period comes first.
	if f, l, ok := tx.fiveYearPlan(t); ok {
		return f, l
	}
	if m := tx.titleYear.FindStringSubmatchIndex(t); m != nil && !containsAny(t, tx.annualWords) && !hasPrefixAny([]rune(t[m[1]:]), tx.editionWords...) {
		y, _ := strconv.Atoi(t[m[2]:m[3]])
		return y, y
	}
	return 0, 0
}

// fiveYearPlan returns the period of the last five-year plan named in s
// that is not a comparison base (较“十三五”末, 比十三五时期).
func (tx *text) fiveYearPlan(s string) (int, int, bool) {
	best, at := fiveYear{}, -1
	for _, v := range tx.fiveYearPlans {
		k := v.name
		for from := 0; ; {
			i := strings.Index(s[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			before := strings.TrimRight(s[:i], "“\"'‘「 ")
			if hasSuffixAnyString(before, tx.comparisonWords) {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); number.IsNumeralRune(r) {
				continue // 一九五八年, 二〇一五年, 十一五: inside a longer numeral
			}
			if r, _ := utf8.DecodeRuneInString(s[from:]); number.IsNumeralRune(r) {
				continue
			}
			if i > at {
				best, at = v, i
			}
		}
	}
	return best.from, best.to, at >= 0
}

// planIssuers links a plan to the agencies that issued it: an agency that
// opens the title (国务院关于…的通知), or agencies earlier in the sentence
// joined to the title by a publishing verb (深圳市发展和改革委员会…发布《…》).
func (x *Extractor) planIssuers(st *docState, p *planMention) {
	if p.alias {
		return
	}
	agencySpan := func(a *agencyMention) span { return a.span }
	p.issuers = append(p.issuers, startingIn(st.agencies, agencySpan, p.span.start, p.span.start+1)...)
	if len(p.issuers) > 0 {
		return
	}
	sent := st.sent.sentence(p.span.start)
	var before []*agencyMention
	for _, a := range startingIn(st.agencies, agencySpan, sent.start, p.span.start) {
		if a.span.end <= p.span.start-1 {
			before = append(before, a)
		}
	}
	if len(before) == 0 {
		return
	}
	last := before[len(before)-1]
	between := string(st.runes[last.span.end : p.span.start-1])
	if !containsAny(between, x.lx.publishVerbs.list) || strings.ContainsAny(between, "。；") {
		return
	}
	// Agencies listed together (A、B、C发布) all issued it.
	for i := len(before) - 1; i >= 0; i-- {
		a := before[i]
		if i < len(before)-1 {
			gap := string(st.runes[a.span.end:before[i+1].span.start])
			if strings.Trim(gap, x.txt.issuerJoiners) != "" {
				break
			}
		}
		p.issuers = append([]*agencyMention{a}, p.issuers...)
	}
}

// canonicalTitle is a plan's canonical title: width-folded (already, by
// normalisation), without spaces, and with a year range joined by a dash
// written one way, (2022-2025年), whatever dash the text used (EDGE_CASES
// PL2); a range joined by 至 or 到 stays as written.
func (tx *text) canonicalTitle(s string) string {
	return tx.titleYearRange.ReplaceAllString(normalizeName(s), "$1-$2")
}

// normalizeName trims a name and removes the spaces inside it.
func normalizeName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// planFor returns the plan a mention stands for (itself, or an alias's plan).
func (p *planMention) planFor() *planMention {
	if p.alias && p.target != nil {
		return p.target
	}
	return p
}
