package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dlclark/regexp2/v2"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// Indicators line values up across documents: the catalogue
// (rules/default/indicators.yaml) names the measures that recur, and a
// value belongs to the indicator whose words stand just before it.

// indicatorLead is how far before a value its indicator's words may start,
// and indicatorGap how many runes may stand between them and the value
// (控制在, 达到, 比上年).
const (
	indicatorLead = 48
	indicatorGap  = 12
)

// valueIndex is what finding a value's indicator needs of a document:
// the spans of every value, and every indicator name's matches by
// sentence, found once per sentence rather than once per value.
type valueIndex struct {
	spans []span
	names map[int][]nameMatch // by the start of the sentence
	// inds are the indicators whose names can occur in the document: a
	// pattern without anchors, or one whose anchor the scan found (the
	// anchors are keys of the document's one trie pass); at holds, for an
	// anchored one, where its anchors start and end, sorted by start.
	inds []*rules.Indicator
	at   map[*rules.Indicator][]span
}

// nameMatch is where an indicator's pattern matched.
type nameMatch struct {
	ind *rules.Indicator
	s   span
}

func (x *Extractor) newValueIndex(st *docState) *valueIndex {
	vi := &valueIndex{spans: valueSpans(st), names: map[int][]nameMatch{}, at: map[*rules.Indicator][]span{}}
	for _, h := range st.lexHits[lexIndicator] {
		ind := x.set.Indicators[x.lex[h.vals[0]].ref]
		vi.at[ind] = append(vi.at[ind], span{h.start, h.end})
	}
	for i := range x.set.Indicators {
		ind := x.set.Indicators[i]
		if ind.Re == nil {
			continue
		}
		if len(ind.Anchors) == 0 || len(vi.at[ind]) > 0 {
			vi.inds = append(vi.inds, ind)
		}
		ss := vi.at[ind]
		sort.Slice(ss, func(i, j int) bool { return ss[i].start < ss[j].start })
	}
	return vi
}

// anchoredIn reports whether one of ind's anchors lies inside sent (an
// indicator without anchors always is).
func (vi *valueIndex) anchoredIn(ind *rules.Indicator, sent span) bool {
	if len(ind.Anchors) == 0 {
		return true
	}
	ss := vi.at[ind]
	for i := sort.Search(len(ss), func(i int) bool { return ss[i].start >= sent.start }); i < len(ss) && ss[i].start < sent.end; i++ {
		if ss[i].end <= sent.end {
			return true
		}
	}
	return false
}

// namesIn returns every indicator's matches in sentence sent.
func (x *Extractor) namesIn(st *docState, vi *valueIndex, sent span) []nameMatch {
	if ms, ok := vi.names[sent.start]; ok {
		return ms
	}
	var text string
	var ms []nameMatch
	for _, ind := range vi.inds {
		if !vi.anchoredIn(ind, sent) {
			continue
		}
		if text == "" {
			text = string(st.runes[sent.start:sent.end])
		}
		for _, s := range findAll(ind.Re, text, sent.start) {
			ms = append(ms, nameMatch{ind, s})
		}
	}
	vi.names[sent.start] = ms
	return ms
}

// valueSpans returns the spans of every value the document states
// (quantities and amounts), sorted by start and not overlapping, so an
// indicator's words are not taken across another value.
func valueSpans(st *docState) []span {
	var out []span
	for _, m := range st.matches["quantity"] {
		out = append(out, m.span)
	}
	for _, a := range st.amounts {
		out = append(out, a.span)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	// One span per value: a quantity match and an amount may cover it both.
	kept := out[:0]
	for _, v := range out {
		if n := len(kept); n > 0 && v.start < kept[n-1].end {
			continue
		}
		kept = append(kept, v)
	}
	return kept
}

// indicatorAt returns the indicator whose words end nearest before the
// value at q (written in unit), in q's sentence, with no other value
// between them and q; and the span of those words.
func (x *Extractor) indicatorAt(st *docState, vi *valueIndex, q span, unit string) (*rules.Indicator, span) {
	values := vi.spans
	sent := st.sent.sentence(q.start)
	from := max(sent.start, q.start-indicatorLead)
	// The end of the last value before q: the indicator's words must end after it.
	prevEnd := from
	k := sort.Search(len(values), func(i int) bool { return values[i].start >= q.start })
	for i := k - 1; i >= 0; i-- {
		if v := values[i]; v.end <= q.start && !v.overlaps(q) {
			prevEnd = max(prevEnd, v.end)
			break
		}
	}
	if from >= q.start {
		return nil, span{}
	}
	if x.qualifiesNoun(st, q) {
		return nil, span{}
	}
	if ind, words, ok := x.respectively(st, values, q, unit); ok {
		return ind, words
	}
	var best *rules.Indicator
	var bestSpan span
	for _, m := range x.namesIn(st, vi, sent) {
		s := m.s
		if s.start < from || s.end > q.start || s.end <= prevEnd || q.start-s.end > indicatorGap || !m.ind.AcceptsUnit(unit) {
			continue
		}
		// The words ending nearest the value win; of two ending there,
		// the one that starts nearer (一般公共预算收入增长 over
		// 生产总值…一般公共预算收入增长).
		if best == nil || s.end > bestSpan.end || (s.end == bestSpan.end && s.len() < bestSpan.len()) {
			best, bestSpan = m.ind, s
		}
	}
	return best, bestSpan
}

// qualifiesNoun reports whether the value at q qualifies a noun (200亿元的
// 县, 70%的企业): it is then not an indicator's value (6.5%左右的增速 is).
func (x *Extractor) qualifiesNoun(st *docState, q span) bool {
	rest := st.runes[q.end:]
	return len(rest) > 0 && rest[0] == x.txt.de && !hasPrefixAny(rest[1:min(len(rest), 8)], x.lx.rateNouns.list...)
}

// respectively reads a list handed out by 分别: in 固定资产投资、社会消费品零售
// 总额分别增长10%、6%, the k-th value belongs to the k-th name. ok is
// false when q is not in such a list; when it is, the indicator is the
// one its own name gives (nil if none, or if the lists do not pair up).
// Names that share their head noun are completed from the last one
// (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入).
func (x *Extractor) respectively(st *docState, values []span, q span, unit string) (ind *rules.Indicator, words span, ok bool) {
	l, ok := x.respectiveList(st, values, q)
	if !ok || l.name == "" {
		return nil, span{}, ok
	}
	cands := []string{l.name + l.verb}
	if l.completed != "" {
		cands = append(cands, l.completed+l.verb)
	}
	for _, c := range cands {
		for _, i := range x.set.Indicators {
			if i.Re == nil || !i.AcceptsUnit(unit) {
				continue
			}
			for _, m := range findAll(i.Re, c, 0) {
				if len([]rune(c))-m.end <= indicatorGap {
					return i, l.names, true
				}
			}
		}
	}
	return nil, span{}, true
}

// respective is the name a list handed out by 分别 gives one value: in
// 甘蔗、蔬菜、水果产量分别达到1050万吨、794万吨、542.5万吨 the second value's name
// is 蔬菜, completed from the last name's head as 蔬菜产量, and its verb 达到.
type respective struct {
	name, completed, verb string
	names                 span // the whole list of names
	first                 span // the first value (分别突破3500亿元、7000亿元: 突破3500亿元)
	k                     int  // which value q is
}

// respectiveList reads the 分别 list q is a value of. ok is false when q is
// not in such a list; name is empty when it is but its names do not pair
// up with its values, or they are parts of a whole (对东南亚、…分别).
func (x *Extractor) respectiveList(st *docState, values []span, q span) (l respective, ok bool) {
	sent := st.sent.sentence(q.start)
	from := max(sent.start, q.start-indicatorLead)
	window := string(st.runes[from:q.start])
	at := -1
	var word string
	for _, w := range x.lx.respectivelyWords.list {
		if i := strings.LastIndex(window, w); i >= 0 && (at < 0 || i > at) {
			at, word = i, w
		}
	}
	if at < 0 {
		return l, false
	}
	p := from + len([]rune(window[:at])) // rune offset of 分别
	after := p + len([]rune(word))
	// The values after 分别, separated only by list separators: q must be
	// one of them.
	var vs []span
	seps := x.lx.respectivelySeparators.list
	k := -1
	i := sort.Search(len(values), func(i int) bool { return values[i].start >= after })
	for ; i < len(values) && values[i].start < sent.end; i++ {
		v := values[i]
		if v.overlaps(q) {
			v = q
		}
		if len(vs) > 0 {
			gap := strings.TrimSpace(string(st.runes[vs[len(vs)-1].end:v.start]))
			if gap != "" && gap != "," && gap != "，" && !slices.Contains(seps, gap) {
				break
			}
		}
		if v == q {
			k = len(vs)
		}
		vs = append(vs, v)
	}
	if k < 0 {
		return l, false
	}
	verb := string(st.runes[after:vs[0].start])
	if len([]rune(verb)) > 6 || hasDigit([]rune(verb)) {
		return l, false
	}
	// The names: the list before 分别, from the start of its segment.
	seg := segmentStart(st.runes, sent, span{p, p})
	list := strings.TrimSpace(string(st.runes[seg:p]))
	for _, w := range x.lx.respectivelyScopeWords.list {
		if strings.HasPrefix(list, w) {
			return l, true // 对东南亚、…: parts of a whole
		}
	}
	names := splitList(list, seps)
	if len(names) != len(vs) || len(vs) < 2 {
		return l, true
	}
	l = respective{name: names[k], verb: verb, names: span{seg, p}, first: vs[0], k: k}
	// Names that share their head noun are completed from the last one
	// (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入); a tail of one
	// character is part of the last name's own word (人参、灵芝、黑木耳: no
	// 灵芝耳).
	last := []rune(names[len(names)-1])
	if n := len([]rune(names[k])); k < len(names)-1 && n+1 < len(last) {
		l.completed = names[k] + string(last[n:])
	}
	return l, true
}

// splitList splits s at the first separator of seps that occurs in it.
func splitList(s string, seps []string) []string {
	for _, sep := range seps {
		if strings.Contains(s, sep) {
			var out []string
			for _, part := range strings.Split(s, sep) {
				if part = strings.TrimSpace(part); part != "" {
					out = append(out, part)
				}
			}
			return out
		}
	}
	return []string{strings.TrimSpace(s)}
}

// findAll returns the rune spans of re's matches in s, offset by base.
// A pattern that runs out of time matches nothing.
func findAll(re *regexp2.Regexp, s string, base int) []span {
	var out []span
	m, err := re.FindStringMatch(s)
	for m != nil && err == nil {
		out = append(out, span{base + m.RuneIndex, base + m.RuneIndex + m.RuneLength})
		m, err = re.FindNextMatch(m)
	}
	return out
}

// indicatorOfMetric returns the indicator a metric phrase names, when its
// words match an indicator's pattern and the value's unit fits it.
func (x *Extractor) indicatorOfMetric(metric, unit string) *rules.Indicator {
	var best *rules.Indicator
	bestLen := 0
	for _, ind := range x.set.Indicators {
		if ind.Re == nil || !ind.AcceptsUnit(unit) {
			continue
		}
		for _, s := range findAll(ind.Re, metric, 0) {
			if s.len() > bestLen {
				best, bestLen = ind, s.len()
			}
		}
	}
	return best
}

// speaksForCity reports whether a document whose jurisdiction resolved
// only to a province (not a municipality) speaks for a city or prefecture
// (全市, 全州 outnumber 全省, 全区): its region is then not known well
// enough to state observations of it.
func (x *Extractor) speaksForCity(st *docState) bool {
	j := st.juris.most()
	if j == nil || st.juris.national || j.level != levelProvince || isMunicipality(j) {
		return false
	}
	count := func(lex words) int {
		n := 0
		lex.eachApart(st.runes, func(int, int) { n++ })
		return n
	}
	c := count(x.lx.observationCityVoice)
	return c > 0 && c >= count(x.lx.observationProvinceVoice)
}

// indicatorNode adds the node of an indicator of the catalogue.
func (b *factBuilder) indicatorNode(ind *rules.Indicator) graph.NodeRef {
	ref := graph.NodeRef{Kind: graph.Indicator, Key: ind.Name}
	if b.nodes[ref] == nil {
		b.put(ref, ind.Name, "kind", ind.Kind, "unit", ind.Unit, "better", ind.Better, "aliases", strings.Join(ind.Aliases, ","))
	}
	return ref
}

// addIndicators gives each target of the record its indicator (an
// attribute, and a measures edge to the indicator's node), then adds the
// document's observations; on the way it gives the amounts their context.
// The record's target nodes are found by the evidence of their mention
// edges, which is the target's value span.
func (x *Extractor) addIndicators(st *docState, b *factBuilder) {
	vi := x.newValueIndex(st)
	byEvidence := map[graph.Span][]graph.NodeRef{}
	for _, k := range b.edgeOrder {
		if e := b.edges[k]; e.Rel == graph.Mentions && e.To.Kind == graph.Target {
			for _, ev := range e.Evidence {
				s := graph.Span{Start: ev.Start, End: ev.End}
				byEvidence[s] = append(byEvidence[s], e.To)
			}
		}
	}
	// The region the observations are of: the one the report was
	// delivered to, else the document's jurisdiction, unless a city's
	// report resolved only to its province.
	region := x.speakingRegion(st)
	// A work report's goals are the year's it speaks in: a goal of an
	// indicator stated in its plan part without a year of its own is that
	// year's (the lead of the report says when it was delivered), and the
	// values of its review part are the year before's. Other documents
	// have no such parts.
	pub := x.txt.reportYear(st)
	docYear := st.year
	if docYear == 0 {
		docYear = pub
	}
	x.addAmountContext(st, b, docYear)
	parts := make([]int, len(st.periods))
	if region != nil || st.report {
		parts = x.documentParts(st, pub, false)
	}
	cityVoice := false
	if region == nil && !st.juris.national {
		region = st.juris.most()
		cityVoice = x.speaksForCity(st)
	}
	if dn := b.nodes[b.docRef]; dn != nil {
		if pub != 0 {
			dn.set("report_year", strconv.Itoa(pub))
		}
		if region != nil {
			dn.set("jurisdiction", region.name)
		}
		if cityVoice {
			dn.set("voice", "city")
		}
	}
	claimed := map[span]bool{}
	for _, t := range st.targets {
		claimed[t.span] = true
		unit := x.txt.targetUnit(t.q)
		ind, words := x.indicatorAt(st, vi, t.span, unit)
		switch {
		case ind != nil:
			if containsAny(string(st.runes[words.start:t.span.start]), x.lx.indicatorTargetReject.list) {
				ind = nil // 年均增长6%: an average over a plan's years
			}
		case !x.qualifiesNoun(st, t.span):
			// The words before it name no indicator (达到58% after its
			// subject): the metric the target extractor pieced together may.
			if _, _, listed := x.respectively(st, vi.spans, t.span, unit); !listed {
				ind = x.indicatorOfMetric(t.metric, unit)
			}
		}
		if ind == nil {
			continue
		}
		indRef := b.indicatorNode(ind)
		year := ""
		if t.year == 0 && pub != 0 && parts[sentenceIndex(st.periods, t.span.start)] == partPlan {
			year = strconv.Itoa(pub)
		}
		for _, ref := range byEvidence[st.bytes(t.span)] {
			if n := b.nodes[ref]; n != nil {
				n.set("indicator", ind.Name)
				if year != "" && n.attrs["year"] == "" {
					n.set("year", year)
					n.set("year_from", "report")
				}
				b.edge(ref, graph.Measures, indRef)
			}
		}
		for i := range b.rec.Targets {
			if it := &b.rec.Targets[i]; it.Span != nil && *it.Span == st.bytes(t.span) {
				it.Indicator = ind.Name
				if year != "" && it.Year == nil {
					it.Year = ptr(pub)
				}
			}
		}
	}
	var obs []observation
	if !cityVoice {
		obs = x.findObservations(st, vi, claimed, pub, parts, region)
	}
	for _, o := range obs {
		regionName := ""
		if o.region != nil {
			regionName = o.region.name
		}
		key := st.doc.Source + "|" + o.ind.Name + "|" + itoa(o.period) + "|" + regionName
		ref := graph.NodeRef{Kind: graph.Observation, Key: key}
		indRef := b.indicatorNode(o.ind)
		if b.nodes[ref] != nil {
			continue // the document's first statement of it stands
		}
		unit := x.txt.targetUnit(o.q)
		period := itoa(o.period)
		name := o.ind.Name + " " + period + " " + number.Humanize(o.value, unit)
		value := graph.FormatFloat(o.value)
		b.put(ref, name, "indicator", o.ind.Name, "value", value, "unit", unit, "period", period, "region", regionName, "metric", o.metric)
		b.edge(ref, graph.Measures, indRef)
		if o.region != nil {
			b.edge(ref, graph.AppliesTo, b.divisionNode(o.region))
		}
		b.mention(b.docRef, ref, o.span, o.ind.ID)
		st.addTrace("observation", o.ind.ID, o.span, o.ind.Name+" "+period+" "+value+unit)
	}
}
