package extract

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/extract/internal/litreq"
	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// A span is a half-open range of runes of the normalised text.
type span struct{ start, end int }

func (s span) len() int             { return s.end - s.start }
func (s span) overlaps(o span) bool { return s.start < o.end && o.start < s.end }
func (s span) contains(o span) bool { return s.start <= o.start && o.end <= s.end }
func (s span) valid() bool          { return s.end > s.start }
func (s span) String() string       { return fmt.Sprintf("[%d,%d)", s.start, s.end) }
func (s span) text(r []rune) string { return string(r[s.start:s.end]) }

// startingIn returns the elements of ms, which are sorted by span start,
// whose spans start in [from, to): a binary search, so that lookups per
// sentence or per mention keep long documents linear.
func startingIn[T any](ms []T, sp func(T) span, from, to int) []T {
	i := sort.Search(len(ms), func(i int) bool { return sp(ms[i]).start >= from })
	j := i + sort.Search(len(ms)-i, func(k int) bool { return sp(ms[i+k]).start >= to })
	return ms[i:j]
}

// A match is one match of a pattern rule.
type match struct {
	rule   *rules.Rule
	all    span        // the whole match
	span   span        // the rule's capture, or the whole match
	groups []groupSpan // named groups that took part in the match (nil: none)
}

// groupSpan is a named group of a match and what it matched. A match has
// a few at most: a list is read faster than a map, and made with one
// allocation instead of a map's several.
type groupSpan struct {
	name string
	span span
}

func (m *match) group(name string) (span, bool) {
	for _, g := range m.groups {
		if g.name == name {
			return g.span, true
		}
	}
	return span{}, false
}

// matcher runs pattern rules near their anchors: the extractor's one trie
// pass finds every anchor of every rule (with the lexicon), then each
// rule's expression runs only on the windows around its anchors. regexp2
// is a backtracking engine that scans at a few million runes a second per
// pattern; windows keep it off most of the text.
type matcher struct {
	rules   []*rules.Rule
	full    []int  // rules that scan the whole text
	numbers []int  // rules tried where each numeral starts
	literal []bool // rules whose pattern is just their anchors: the hits are the matches
	// need holds, by rule, sets of words such that every match needs one
	// word of each set (see litreq), where they say more than the anchors
	// do: a window or a numeral's reach that misses a set is not handed
	// to regexp2.
	need []needs
	// rest holds, by rule, all such sets: after a match, the rest of a
	// window that misses one holds no further match, and regexp2 is not
	// asked for one.
	rest []needs
	// pool keeps anchorHits for reuse (newAnchorHits).
	pool sync.Pool
	// groups holds, by rule, its named groups and their numbers, looked
	// up once instead of by name in every match.
	groups [][]namedGroup
	// prof, when set (BenchmarkRuleProfile), adds up each rule's time and
	// matches; nil costs one comparison per rule and text.
	prof *ruleProfile
}

// ruleProfile is the time each rule's expression took and the matches it
// made, by rule index, over every text run since it was set.
type ruleProfile struct {
	clock                     func() time.Duration // what time is: wall, or the thread's CPU
	ns, texts, tries, matches []atomic.Int64
	index                     map[*rules.Rule]int // rule indexes, for tried
}

func newRuleProfile(rs []*rules.Rule, clock func() time.Duration) *ruleProfile {
	n := len(rs)
	p := &ruleProfile{clock: clock, ns: make([]atomic.Int64, n), texts: make([]atomic.Int64, n), tries: make([]atomic.Int64, n), matches: make([]atomic.Int64, n), index: map[*rules.Rule]int{}}
	for i, r := range rs {
		p.index[r] = i
	}
	return p
}

// tried counts a call of regexp2 for rule r, when profiling.
func (m *matcher) tried(r *rules.Rule) {
	if m.prof != nil {
		m.prof.tries[m.prof.index[r]].Add(1)
	}
}

// start returns the time a rule's run starts, for done; zero when off.
func (m *matcher) start() time.Duration {
	if m.prof == nil {
		return 0
	}
	return m.prof.clock()
}

// done adds a rule's run that started at t0 (start) and made n matches.
func (m *matcher) done(i int, t0 time.Duration, n int) {
	if m.prof == nil {
		return
	}
	m.prof.ns[i].Add(int64(m.prof.clock() - t0))
	m.prof.texts[i].Add(1)
	m.prof.matches[i].Add(int64(n))
}

// namedGroup is a named group of a rule's expression and its number.
type namedGroup struct {
	name string
	num  int
}

func newMatcher(rs []*rules.Rule) *matcher {
	m := &matcher{rules: rs, literal: make([]bool, len(rs)), need: make([]needs, len(rs)), rest: make([]needs, len(rs)), groups: make([][]namedGroup, len(rs))}
	for i, r := range rs {
		if r.Re != nil {
			for _, name := range r.Re.GetGroupNames() {
				if name == "" || (name[0] >= '0' && name[0] <= '9') {
					continue
				}
				m.groups[i] = append(m.groups[i], namedGroup{name, r.Re.GroupNumberFromName(name)})
			}
		}
		m.literal[i] = isLiteral(r)
		if !m.literal[i] {
			m.need[i], m.rest[i] = needed(r)
		}
		if r.Full {
			m.full = append(m.full, i)
			continue
		}
		if r.Numbers {
			m.numbers = append(m.numbers, i)
		}
	}
	return m
}

// eachAnchor calls fn with every anchor of every rule that has anchors
// (not Full rules), for the scanning trie.
func (m *matcher) eachAnchor(fn func(anchor string, rule int32)) {
	for i, r := range m.rules {
		if r.Full {
			continue
		}
		for _, a := range r.Anchors {
			fn(a, int32(i))
		}
	}
}

// anchorHits are the anchor occurrences in one text, by rule.
type anchorHits struct {
	wins [][]span // windows around anchors: rules that run on windows
	hits [][]int  // anchor starts: numbers rules
	lits [][]span // anchor spans: literal rules
}

// newAnchorHits returns empty anchor hits for one text, reusing those of
// a text done with (putAnchorHits): their slices keep their capacity, so
// that a document does not grow a slice per rule anew.
func (m *matcher) newAnchorHits() *anchorHits {
	if a, ok := m.pool.Get().(*anchorHits); ok {
		return a
	}
	return &anchorHits{wins: make([][]span, len(m.rules)), hits: make([][]int, len(m.rules)), lits: make([][]span, len(m.rules))}
}

// putAnchorHits hands back anchor hits that run is done with: nothing
// run returns refers to them.
func (m *matcher) putAnchorHits(a *anchorHits) {
	for i := range a.wins {
		a.wins[i], a.hits[i], a.lits[i] = a.wins[i][:0], a.hits[i][:0], a.lits[i][:0]
	}
	m.pool.Put(a)
}

// add records an occurrence [start,end) of an anchor of rule v; the
// occurrences come by start, then by end.
func (m *matcher) add(a *anchorHits, v int32, start, end int) {
	switch {
	case m.literal[v]:
		a.lits[v] = append(a.lits[v], span{start, end})
	case m.rules[v].Numbers:
		a.hits[v] = append(a.hits[v], start)
	default:
		w := m.rules[v].Window
		a.wins[v] = append(a.wins[v], span{start - w, end + w})
	}
}

// needs are sets of words such that text a match covers holds a word of
// each set.
type needs []*litreq.Set

// in reports whether text holds a word of every set (always, for none).
func (ns needs) in(text []rune) bool {
	for _, s := range ns {
		if !s.In(text) {
			return false
		}
	}
	return true
}

// needed returns the sets of words every match of r needs a word of
// (litreq.RequiredAll): all of them, for the rest of a window after a
// match, and those that tell more than the anchors do, for a window: a
// window is built around an anchor, so if every anchor holds a word of a
// set, every window does.
func needed(r *rules.Rule) (window, all needs) {
	for _, words := range litreq.RequiredAll(r.Pattern) {
		if len(words) == 0 {
			continue
		}
		set := litreq.NewSet(words)
		all = append(all, set)
		if !r.Full && !r.Numbers && len(r.Anchors) > 0 {
			held := true
			for _, a := range r.Anchors {
				if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(a, w) }) {
					held = false
					break
				}
			}
			if held {
				continue
			}
		}
		window = append(window, set)
	}
	return window, all
}

// isBoundary reports runes that end a window: no pattern match should run
// across them except plan titles, whose rules use wide windows.
func isBoundary(r rune) bool {
	switch r {
	case '。', '；', ';', '！', '!', '？', '?', '\n', '，', ',', '、':
		return true
	}
	return false
}

// run returns the matches of every rule, grouped by rule index, each group
// in text order. A rule that times out or fails is reported and skipped for
// this text; the other rules go on.
// The anchors' occurrences in text are given.
func (m *matcher) run(text []rune, a *anchorHits) ([][]match, []error) {
	out := make([][]match, len(m.rules))
	wins, hits, lits := a.wins, a.hits, a.lits
	for _, i := range m.full {
		wins[i] = append(wins[i][:0], span{0, len(text)})
	}
	var errs []error
	if len(m.numbers) > 0 {
		starts := numeralStarts(text)
		for _, i := range m.numbers {
			t0 := m.start()
			ss := starts
			if len(m.rules[i].Anchors) > 0 {
				ss = near(text, starts, hits[i])
			}
			ms, err := m.runAt(m.rules[i], m.need[i], m.groups[i], text, ss)
			if err != nil {
				errs = append(errs, err)
			}
			out[i] = ms
			m.done(i, t0, len(ms))
		}
	}
	for i, ls := range lits {
		if m.literal[i] {
			t0 := m.start()
			out[i] = literalMatches(m.rules[i], ls)
			m.done(i, t0, len(out[i]))
		}
	}
	for i, ws := range wins {
		if len(ws) == 0 || m.literal[i] {
			continue
		}
		t0 := m.start()
		ms, err := m.runRule(m.rules[i], m.need[i], m.rest[i], m.groups[i], text, mergeWindows(ws, text, m.rules[i].Window))
		if err != nil {
			errs = append(errs, err)
		}
		out[i] = ms
		m.done(i, t0, len(ms))
	}
	return out, errs
}

// mergeWindows clamps windows to the text, stretches each end towards the
// next boundary rune by at most w more runes (so a match near the edge is
// not cut in half), and merges overlaps.
func mergeWindows(ws []span, text []rune, w int) []span {
	n := len(text)
	for i := range ws {
		s, e := max(ws[i].start, 0), min(ws[i].end, n)
		for k := 0; s > 0 && k < w && !isBoundary(text[s-1]); k++ {
			s--
		}
		for k := 0; e < n && k < w && !isBoundary(text[e]); k++ {
			e++
		}
		if e < n {
			e++ // include the boundary rune so lookaheads see it
		}
		ws[i] = span{s, e}
	}
	// The merged union does not depend on the order of equal starts.
	slices.SortFunc(ws, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	out := ws[:0]
	for _, w := range ws {
		if len(out) > 0 && w.start <= out[len(out)-1].end {
			if w.end > out[len(out)-1].end {
				out[len(out)-1].end = w.end
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// numeralRunes holds, for the BMP, the runes that can begin a numeral
// (number.IsNumeralRune) and those that can continue its run (that, or
// number.IsNumeralRunRune), as bitsets: one bit test instead of a switch
// and a string search per rune of every text. Runes outside the BMP ask
// the number package.
type numeralRunes struct {
	begin, run [1 << 16 / 64]uint64
}

var numeralTable = sync.OnceValue(func() *numeralRunes {
	t := &numeralRunes{}
	for r := rune(0); r < 1<<16; r++ {
		if number.IsNumeralRune(r) {
			t.begin[r/64] |= 1 << (r % 64)
			t.run[r/64] |= 1 << (r % 64)
		} else if number.IsNumeralRunRune(r) {
			t.run[r/64] |= 1 << (r % 64)
		}
	}
	return t
})

// numeral reports runes that can begin a numeral (or a fuzzy quantity
// such as 数百, 上百, 百分之).
func (t *numeralRunes) numeral(r rune) bool {
	if uint32(r) < 1<<16 {
		return t.begin[r/64]&(1<<(r%64)) != 0
	}
	return number.IsNumeralRune(r)
}

// inRun reports runes that can be part of a numeral's run.
func (t *numeralRunes) inRun(r rune) bool {
	if uint32(r) < 1<<16 {
		return t.run[r/64]&(1<<(r%64)) != 0
	}
	return number.IsNumeralRune(r) || number.IsNumeralRunRune(r)
}

// numeralStarts returns the positions where a run of numeral runes begins.
// 数, 几 and 上 begin one only before a numeral rune (数百, 上千).
func numeralStarts(text []rune) []int {
	t := numeralTable()
	var out []int
	for i, r := range text {
		if !t.numeral(r) {
			continue
		}
		if number.IsFuzzyNumeral(r) {
			if i+1 >= len(text) || !t.numeral(text[i+1]) {
				continue
			}
		}
		if i > 0 && t.numeral(text[i-1]) && !number.IsFuzzyNumeral(text[i-1]) {
			continue
		}
		if i > 1 && (text[i-1] == '·' || text[i-1] == '・') && t.numeral(text[i-2]) {
			continue // 二·六: one numeral, its decimal point a middle dot
		}
		if number.DigitGroupAt(text, i-1) {
			continue // 一、二〇九: one numeral, its thousands apart
		}
		out = append(out, i)
	}
	return out
}

// near keeps the numeral starts whose run of numeral characters (digits,
// 万亿, 余多, ranges) is followed at once by an anchor, or begins with one
// (百分之). Both lists are ascending.
func near(text []rune, starts, anchors []int) []int {
	t := numeralTable()
	var out []int
	j := 0
	for _, p := range starts {
		for j < len(anchors) && anchors[j] < p {
			j++
		}
		if j < len(anchors) && anchors[j] <= t.runEnd(text, p)+1 {
			out = append(out, p)
		}
	}
	return out
}

// runEnd returns the end of the numeral run that starts at p.
func (t *numeralRunes) runEnd(text []rune, p int) int {
	i := p
	for i < len(text) && (t.inRun(text[i]) || number.DigitGroupAt(text, i)) {
		i++
	}
	return i
}

// isLiteral reports whether a rule's pattern is nothing but an alternation
// of its anchors: then the trie's hits are its matches.
func isLiteral(r *rules.Rule) bool {
	if r.Full || r.Numbers || len(r.Anchors) == 0 || strings.ContainsAny(r.Pattern, `\()[]{}.*+?^$`) {
		return false
	}
	alts := map[string]bool{}
	for _, a := range strings.Split(r.Pattern, "|") {
		alts[a] = true
	}
	if len(alts) != len(r.Anchors) {
		return false
	}
	for _, a := range r.Anchors {
		if !alts[a] {
			return false
		}
	}
	return true
}

// literalMatches turns the anchor hits of a literal rule into matches:
// left to right, longest at each start, not overlapping — what the regular
// expression's alternation would find.
func literalMatches(r *rules.Rule, hs []span) []match {
	slices.SortFunc(hs, func(a, b span) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(b.end, a.end)
	})
	if len(hs) == 0 {
		return nil
	}
	out := make([]match, 0, len(hs)) // at most one per hit
	end := -1
	for _, h := range hs {
		if h.start < end {
			continue
		}
		out = append(out, match{rule: r, all: h, span: h}) // no groups
		end = h.end
	}
	return out
}

// runAt tries a \G-pinned rule at each numeral start whose reach holds
// one of the words a match needs.
func (m *matcher) runAt(r *rules.Rule, need needs, groups []namedGroup, text []rune, starts []int) ([]match, error) {
	var out []match
	lastEnd := -1
	for _, p := range starts {
		if p < lastEnd {
			continue
		}
		end := min(len(text), p+r.Window+8)
		if !need.in(text[p:end]) {
			continue // the match starts at p and looks no further than end
		}
		m.tried(r)
		var mt match
		found := false
		// The first match only: \G pins it to p, and the view is read
		// before the engine's storage is reused.
		err := r.Re.FindRunesMatches(text[:end], p, func(v regexp2.MatchView) bool {
			if i, _, _ := v.GroupRange(0); i == p {
				mt, found = newMatch(r, groups, v)
			}
			return false
		})
		if err != nil {
			return out, ruleError(r, err)
		}
		if found {
			out = append(out, mt)
			lastEnd = mt.all.end
		}
	}
	return out, nil
}

// ErrTimeout is wrapped by errors from rules whose expression took too long.
var ErrTimeout = errors.New("match timeout")

// newMatch turns a regexp2 match, seen through its view, into a match of
// r with its named groups (groups: the rule's, see matcher.groups). ok is
// false for an empty match, or when the rule's capture group took no part
// or is empty.
func newMatch(r *rules.Rule, groups []namedGroup, v regexp2.MatchView) (mt match, ok bool) {
	i, n, _ := v.GroupRange(0)
	all := span{i, i + n}
	mt = match{rule: r, all: all, span: all}
	for _, ng := range groups {
		if gi, gn, took := v.GroupRange(ng.num); took {
			if mt.groups == nil { // most matches have no named group: no list
				mt.groups = make([]groupSpan, 0, len(groups))
			}
			mt.groups = append(mt.groups, groupSpan{ng.name, span{gi, gi + gn}})
		}
	}
	if r.Capture != "" {
		if mt.span, ok = mt.group(r.Capture); !ok {
			return mt, false
		}
	}
	return mt, all.valid() && mt.span.valid()
}

// ruleError names the rule a matching error came from; a timeout says
// what to do about it.
func ruleError(r *rules.Rule, err error) error {
	if strings.Contains(err.Error(), "timeout") {
		return fmt.Errorf("rule %s: %w after %v (simplify the pattern or raise its timeout)", r.ID, ErrTimeout, r.Timeout)
	}
	return fmt.Errorf("rule %s: %w", r.ID, err)
}

// runRule runs a rule over each window that holds one of the words a
// match needs (need), and after a match goes on only if the rest of the
// window holds one of the words every match needs (rest).
func (m *matcher) runRule(r *rules.Rule, need, rest needs, groups []namedGroup, text []rune, wins []span) ([]match, error) {
	var out []match
	lastEnd := -1
	for _, w := range wins {
		if !need.in(text[w.start:w.end]) {
			continue // matches and their lookaheads lie inside the window
		}
		// The slice ends at the window; the search starts at the window, so
		// lookbehinds still see the text before it.
		part := text[:w.end]
		m.tried(r)
		err := r.Re.FindRunesMatches(part, w.start, func(v regexp2.MatchView) bool {
			if mt, ok := newMatch(r, groups, v); ok && mt.all.start >= lastEnd {
				out = append(out, mt)
				lastEnd = mt.all.end
			}
			// The next match starts at this one's end or later, and it
			// and its lookaheads see no further than the window's end.
			i, n, _ := v.GroupRange(0)
			if !rest.in(text[min(i+n, w.end):w.end]) {
				return false
			}
			m.tried(r)
			return true
		})
		if err != nil {
			return out, ruleError(r, err)
		}
	}
	return out, nil
}
