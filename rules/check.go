package rules

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/internal/spelling"
	"github.com/policygraph/policygraph/number"
)

// DefaultTimeout bounds one regular-expression match; a rule may set its own.
const DefaultTimeout = 2 * time.Second

// DefaultWindow is how many runes around an anchor a rule's pattern sees.
const DefaultWindow = 40

// DefaultNumberWindow is how far after a numeral's start a scan: numbers
// rule looks for its anchors and its match.
const DefaultNumberWindow = 20

// Builtins are the macros every pattern may use without defining them. They
// come from the number parser, so patterns and parser agree on what a
// numeral is.
var Builtins = map[string]string{
	"numeral":   number.NumeralPattern,
	"scale":     number.ScalePattern,
	"quantity":  number.QuantityPattern,
	"range_sep": number.RangeSepPattern,
}

// captures each kind's rules must define (or the whole match is used).
var kindCaptures = map[string][]string{
	"alias":    {"alias"},
	"dateline": {"place"},
}

// the kinds an exclude rule may suppress.
var suppressible = []string{"region", "agency", "plan", "amount", "quantity"}

func merge(files []*file, errs *ErrorList) *Set {
	s := &Set{Macros: map[string]*Macro{}, Lexicons: map[string]*Lexicon{}, byID: map[string]interface{}{}}
	where := map[string]Pos{} // id → where it was defined, for duplicate messages
	owner := map[string]string{}
	define := func(id string, pos Pos, file string) bool {
		if id == "" {
			return false
		}
		if owner[id] == file {
			errs.Add(pos, fmt.Sprintf("ids are unique across rules, gazetteers, boilerplate and indicators; %s first defined at %s", id, where[id]), "duplicate id %q", id)
			return false
		}
		owner[id], where[id] = file, pos
		return true
	}
	for _, f := range files {
		for _, m := range f.macros {
			s.Macros[m.Name] = m
		}
		for _, l := range f.lexicons {
			if prev := s.Lexicons[l.Name]; l.extend && prev != nil {
				merged := &Lexicon{Name: l.Name, Pos: prev.Pos, Words: append(append([]string(nil), prev.Words...), l.Words...)}
				s.Lexicons[l.Name] = merged
				continue
			} else if l.extend {
				errs.Add(l.Pos, fmt.Sprintf("define it first without '+', or check the name (%s)", didYouMean(l.Name, lexiconNames(s))), "lexicon %q extended before it is defined", l.Name)
			}
			s.Lexicons[l.Name] = l.Lexicon
		}
		for _, g := range f.gazetteers {
			if !define(g.ID, g.Pos, f.name) {
				continue
			}
			if old, ok := s.byID[g.ID].(*Gazetteer); ok {
				replace(s.Gazetteers, old, g.Gazetteer)
			} else {
				s.Gazetteers = append(s.Gazetteers, g.Gazetteer)
			}
			s.byID[g.ID] = g.Gazetteer
		}
		for _, r := range f.rules {
			if !define(r.ID, r.Pos, f.name) {
				continue
			}
			if old, ok := s.byID[r.ID].(*Rule); ok {
				replace(s.Rules, old, r)
			} else {
				s.Rules = append(s.Rules, r)
			}
			s.byID[r.ID] = r
		}
		for _, b := range f.boilerplate {
			if !define(b.ID, b.Pos, f.name) {
				continue
			}
			if old, ok := s.byID[b.ID].(*Boilerplate); ok {
				replace(s.Boilerplate, old, b)
			} else {
				s.Boilerplate = append(s.Boilerplate, b)
			}
			s.byID[b.ID] = b
		}
		for _, ind := range f.indicators {
			if !define(ind.ID, ind.Pos, f.name) {
				continue
			}
			if old, ok := s.byID[ind.ID].(*Indicator); ok {
				replace(s.Indicators, old, ind)
			} else {
				s.Indicators = append(s.Indicators, ind)
			}
			s.byID[ind.ID] = ind
		}
	}
	// Disabling happens after every file is merged, so a user file may
	// disable a shipped rule wherever it is defined.
	for _, f := range files {
		for _, d := range f.disable {
			switch x := s.byID[d.s].(type) {
			case *Rule:
				s.Rules = remove(s.Rules, x)
			case *Gazetteer:
				s.Gazetteers = remove(s.Gazetteers, x)
			case *Boilerplate:
				s.Boilerplate = remove(s.Boilerplate, x)
			case *Indicator:
				s.Indicators = remove(s.Indicators, x)
			default:
				errs.Add(d.pos, didYouMean(d.s, s.ids()), "disable: no rule, gazetteer, boilerplate or indicator has id %q", d.s)
				continue
			}
			delete(s.byID, d.s)
		}
	}
	return s
}

func replace[T comparable](list []T, old, new T) {
	for i, x := range list {
		if x == old {
			list[i] = new
		}
	}
}

func remove[T comparable](list []T, x T) []T {
	out := list[:0]
	for _, y := range list {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

func (s *Set) ids() []string {
	ids := make([]string, 0, len(s.byID))
	for id := range s.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func lexiconNames(s *Set) []string {
	var names []string
	for n := range s.Lexicons {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func check(s *Set, errs *ErrorList) {
	x := &expander{s: s, errs: errs, done: map[string]string{}, failed: map[string]bool{}, active: map[string]bool{}, used: map[string]bool{}}
	// fx expands what x expands, again, for the compiler: its errors are
	// x's, already reported.
	fx := &expander{s: s, errs: &ErrorList{}, done: map[string]string{}, failed: map[string]bool{}, active: map[string]bool{}, used: map[string]bool{}, factor: true}
	for _, r := range s.Rules {
		checkRule(s, x, fx, r, errs)
	}
	for _, b := range s.Boilerplate {
		checkBoilerplate(x, b, errs)
	}
	checkIndicators(s, x, errs)
	for _, g := range s.Gazetteers {
		if g.Kind == "" {
			errs.Add(g.Pos, "add `kind: region` or `kind: agency`", "gazetteer %s has no kind", g.ID)
		}
		if len(g.Entries) == 0 && g.File == "" {
			errs.Add(g.Pos, "add `entries:` or `file:`", "gazetteer %s is empty", g.ID)
		}
	}
	checkContract(&ExtractContract, s, x.used, errs, &s.Warnings)
	s.Warnings.Sort()
}

func checkRule(s *Set, x, fx *expander, r *Rule, errs *ErrorList) {
	if r.Raw == "" || r.Kind == "" {
		return
	}
	pat, ok := x.expand(r.Raw, r.PatternPos)
	if !ok {
		return
	}
	r.Pattern = pat
	// The same expression with its lexicons factored (matches the same
	// text, with the same groups, faster); the plain one if that fails to
	// compile, so that the error is about the pattern as written.
	re, err := compileRule(r, fx)
	if err != nil {
		re, err = compileRule(r, nil)
	}
	if err != nil {
		hint := "regexp2 uses the .NET dialect: (?<name>…) groups, lookarounds, \\p{Han}; quote patterns with '…'"
		if strings.Contains(r.Raw, "(?P<") {
			hint = "try (?<name>…): regexp2's default mode does not accept Python-style (?P<name>…)"
		}
		errs.Add(r.PatternPos, hint, "pattern: %s", compileMessage(err, r.Raw))
		return
	}
	if r.Timeout == 0 {
		r.Timeout = DefaultTimeout
	}
	re.MatchTimeout = r.Timeout
	r.Re = re
	groups := re.GetGroupNames()
	if r.Capture != "" && !contains(groups, r.Capture) {
		errs.Add(r.PatternPos, fmt.Sprintf("add a group (?<%s>…) to the pattern, or change `capture:`", r.Capture), "capture %q is not a group of rule %s", r.Capture, r.ID)
	}
	for _, c := range kindCaptures[r.Kind] {
		if !contains(groups, c) {
			errs.Add(r.PatternPos, fmt.Sprintf("%s rules name what they found with (?<%s>…)", r.Kind, c), "rule %s has no group %q", r.ID, c)
		}
	}
	if r.Kind == "cue" && r.Role == "" {
		errs.Add(r.Pos, "cue rules say what they signal: role: goal, past, forecast, condition or deadline", "rule %s has no role", r.ID)
	}
	if r.Kind == "cue" && r.Role == "deadline" && !contains(groups, "year") && !contains(groups, "years") && !contains(groups, "century_end") && !contains(groups, "century_mid") && !contains(groups, "period") {
		errs.Add(r.PatternPos, "deadline cues capture the year, (?<year>20\\d\\d), the years from now, 未来(?<years>[一二三四五\\d])年, a part of the century, 本世纪(?<century_end>末), or a five-year plan's period, (?<period>十四五)期间", "rule %s has no group \"year\", \"years\", \"century_end\", \"century_mid\" or \"period\"", r.ID)
	}
	for _, k := range r.Suppress {
		if !contains(suppressible, k) {
			errs.Add(r.Pos, didYouMean(k, suppressible), "rule %s: cannot suppress %q", r.ID, k)
		}
	}
	if r.Kind == "exclude" && len(r.Suppress) == 0 {
		errs.Add(r.Pos, "say which kinds it suppresses, e.g. suppress: [amount, quantity]", "exclude rule %s suppresses nothing", r.ID)
	}
	// Anchors: literals, or @lexicon for all of a lexicon's words.
	var anchors []string
	for _, a := range r.Anchors {
		if name, ok := strings.CutPrefix(a, "@"); ok {
			x.used[name] = true
			words := s.Lexicon(name)
			if words == nil {
				errs.Add(r.Pos, didYouMean(name, lexiconNames(s)), "rule %s: anchor @%s names no lexicon", r.ID, name)
			}
			anchors = append(anchors, words...)
			continue
		}
		anchors = append(anchors, a)
	}
	r.Anchors = anchors
	if len(r.Anchors) == 0 && !r.Full && !r.Numbers {
		errs.Add(r.Pos, "add `anchors: [元]` (literal strings that every match contains; the pattern then runs only near them), `scan: numbers` (a pattern that starts with a number) or `scan: full` (slower)", "rule %s has no anchors", r.ID)
	}
	if len(r.Anchors) > 0 && r.Full {
		errs.Add(r.Pos, "remove `anchors:` or `scan: full`", "rule %s has both anchors and scan: full", r.ID)
	}
	if r.Window == 0 {
		r.Window = DefaultWindow
		if r.Numbers {
			r.Window = DefaultNumberWindow
		}
	}
}

func checkBoilerplate(x *expander, b *Boilerplate, errs *ErrorList) {
	if b.Pattern == "" {
		return
	}
	pat, ok := x.expand(b.Pattern, b.PatternPos)
	if !ok {
		return
	}
	re, err := regexp2.Compile(pat, regexp2.None)
	if err != nil {
		errs.Add(b.PatternPos, "regexp2 uses the .NET dialect; quote patterns with '…'", "pattern: %s", compileMessage(err, b.Pattern))
		return
	}
	re.MatchTimeout = DefaultTimeout
	b.Re = re
	if b.Mode == "date" {
		for _, g := range []string{"year", "month", "day"} {
			if !contains(re.GetGroupNames(), g) {
				errs.Add(b.PatternPos, "date rules capture (?<year>…), (?<month>…) and (?<day>…)", "boilerplate %s has no group %q", b.ID, g)
			}
		}
	}
}

// compileMessage rewrites a regexp2 compile error to quote the pattern as
// the user wrote it, not as macros expanded it.
func compileMessage(err error, raw string) string {
	msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
	if i := strings.Index(msg, " in `"); i >= 0 {
		msg = msg[:i]
	}
	return fmt.Sprintf("%s in `%s`", msg, raw)
}

// expander replaces {name} references in patterns with macros, lexicons and
// builtins. A reference is {identifier} not preceded by \p or \P (so \p{Han}
// and quantifiers like {2,7} are left alone).
type expander struct {
	s      *Set
	errs   *ErrorList
	done   map[string]string
	failed map[string]bool // macros already reported as broken: report once
	active map[string]bool // macros being expanded: seeing one again is a cycle
	used   map[string]bool // lexicons that patterns and anchors refer to
	// factor writes lexicons as factored alternations (FactoredAlternation),
	// for the expression that is compiled; without it, as Alternation, for
	// the Pattern that people and the prefilters read.
	factor bool
}

// maxExpanded bounds a pattern after macro expansion, so that macros that
// use each other several times each cannot blow up exponentially.
const maxExpanded = 1 << 20

func (x *expander) expand(pat string, pos Pos) (string, bool) {
	return x.expandDepth(pat, pos, 0)
}

func (x *expander) expandDepth(pat string, pos Pos, depth int) (string, bool) {
	if depth > 10 {
		x.errs.Add(pos, "a macro refers back to itself; break the cycle", "macros nested more than 10 deep")
		return "", false
	}
	var b strings.Builder
	ok := true
	for i := 0; i < len(pat); {
		c := pat[i]
		if c == '\\' && i+1 < len(pat) {
			// \p{…} and \P{…} are Unicode classes; copy them whole.
			if (pat[i+1] == 'p' || pat[i+1] == 'P') && i+2 < len(pat) && pat[i+2] == '{' {
				end := strings.IndexByte(pat[i:], '}')
				if end < 0 {
					b.WriteString(pat[i:])
					break
				}
				b.WriteString(pat[i : i+end+1])
				i += end + 1
				continue
			}
			b.WriteString(pat[i : i+2])
			i += 2
			continue
		}
		if c == '{' {
			end := strings.IndexByte(pat[i:], '}')
			if end > 1 && isIdent(pat[i+1:i+end]) {
				name := pat[i+1 : i+end]
				col := pos
				if nl := strings.LastIndexByte(pat[:i], '\n'); nl >= 0 {
					// A block scalar (|): its lines share one indentation.
					col.Line += strings.Count(pat[:i], "\n")
					col.Col += len([]rune(pat[nl+1 : i]))
				} else {
					col.Col += len([]rune(pat[:i]))
				}
				sub, found := x.lookup(name, col, depth)
				if !found {
					ok = false
				}
				b.WriteString("(?:")
				b.WriteString(sub)
				b.WriteString(")")
				i += end + 1
				if b.Len() > maxExpanded {
					x.errs.Add(col, "macros that use each other several times each grow exponentially; use fewer references", "pattern longer than %d bytes after expanding macros", maxExpanded)
					return "", false
				}
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), ok
}

func (x *expander) lookup(name string, pos Pos, depth int) (string, bool) {
	if v, ok := x.done[name]; ok {
		return v, true
	}
	var out string
	switch {
	case x.s.Macros[name] != nil:
		if x.failed[name] {
			return "", false
		}
		if x.active[name] {
			x.errs.Add(pos, "a macro refers back to itself; break the cycle", "macro cycle: {%s} refers back to itself", name)
			return "", false
		}
		m := x.s.Macros[name]
		x.active[name] = true
		v, ok := x.expandDepth(m.Pattern, m.Pos, depth+1)
		delete(x.active, name)
		if !ok {
			x.failed[name] = true
			return "", false
		}
		out = v
	case x.s.Lexicons[name] != nil:
		x.used[name] = true
		if x.factor {
			out = FactoredAlternation(x.s.Lexicons[name].Words)
		} else {
			out = Alternation(x.s.Lexicons[name].Words)
		}
	case Builtins[name] != "":
		out = Builtins[name]
	default:
		var names []string
		for n := range x.s.Macros {
			names = append(names, n)
		}
		names = append(names, lexiconNames(x.s)...)
		for n := range Builtins {
			names = append(names, n)
		}
		sort.Strings(names)
		hint := "define it under macros: or lexicons:"
		if c := spelling.Closest(name, names); c != "" {
			hint = fmt.Sprintf("did you mean {%s}? or define it under macros: or lexicons:", c)
		}
		x.errs.Add(pos, hint, "undefined macro {%s}", name)
		return "", false
	}
	x.done[name] = out
	return out, true
}

// compileRule compiles a rule's pattern, with its lexicons expanded by fx
// (nil: r.Pattern as it is); scan: numbers pins it to the start (\G).
func compileRule(r *Rule, fx *expander) (*regexp2.Regexp, error) {
	pat := r.Pattern
	if fx != nil {
		p, ok := fx.expand(r.Raw, r.PatternPos)
		if !ok {
			return nil, errors.New("factored expansion failed")
		}
		pat = p
	}
	if r.Numbers {
		// Pinned to where a numeral starts: \G makes the engine try only there.
		pat = `\G(?:` + pat + `)`
	}
	return regexp2.Compile(asciiDigits(pat), regexp2.None)
}

// asciiDigits writes \d as the ASCII digits it stands for in the text the
// rules see (normalisation turns full-width digits into ASCII ones): .NET's
// \d is the Unicode category Nd, which regexp2 looks up in a map for every
// rune it tests, and [0-9] is a range compare.
func asciiDigits(pat string) string {
	if !strings.Contains(pat, `\d`) {
		return pat
	}
	var b strings.Builder
	inClass := false
	depth := 0       // .NET class subtraction: [a-z-[aeiou]]
	classStart := -1 // where the class's members begin: a ] there is a member
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		switch {
		case c == '\\' && i+1 < len(pat) && pat[i+1] == 'Q':
			// \Q…\E quotes its text as it is.
			end := strings.Index(pat[i+2:], `\E`)
			if end < 0 {
				b.WriteString(pat[i:])
				return b.String()
			}
			b.WriteString(pat[i : i+2+end+2])
			i += 2 + end + 1
			continue
		case c == '\\' && i+2 < len(pat) && pat[i+1] == 'c':
			b.WriteString(pat[i : i+3]) // \c[ is a control character
			i += 2
			continue
		case c == '\\' && i+1 < len(pat):
			if pat[i+1] == 'd' {
				if inClass {
					b.WriteString("0-9")
				} else {
					b.WriteString("[0-9]")
				}
			} else {
				b.WriteByte(c)
				b.WriteByte(pat[i+1])
			}
			i++
			continue
		case !inClass && strings.HasPrefix(pat[i:], "(?#"):
			end := strings.IndexByte(pat[i:], ')')
			if end < 0 {
				b.WriteString(pat[i:])
				return b.String()
			}
			b.WriteString(pat[i : i+end+1]) // a comment
			i += end
			continue
		case c == '[' && !inClass:
			inClass, classStart = true, i+1
			if i+1 < len(pat) && pat[i+1] == '^' {
				classStart = i + 2
			}
		case c == '[' && i > 0 && pat[i-1] == '-' && (i < 2 || pat[i-2] != '\\'):
			depth++
			classStart = i + 1
		case c == ']' && inClass && i != classStart:
			if depth > 0 {
				depth--
			} else {
				inClass = false
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// FactoredAlternation returns an expression that matches what
// Alternation(words) matches, the same way, with the words' common leading
// runes written once: 吨(?:二氧化碳|标准煤|) for 吨二氧化碳|吨标准煤|吨.
// regexp2 tries an alternation's branches one by one at every position
// it reaches, and does not factor them itself; a long lexicon (a hundred
// units) then costs a hundred failed branches per position instead of one
// or two. The two are the same to a backtracking engine: branches that
// begin with different runes never both match at one position, so their
// order between them does not matter, and those that share a rune keep
// their order under it. Words that begin with a cased rune (a letter,
// which (?i) matches in either case) are kept as they are, in their order.
// In a lookbehind, which matches right to left, two words can both match
// where one is a suffix of the other: if factoring would try two such
// words in another order, the plain alternation is returned.
func FactoredAlternation(words []string) string {
	if len(words) > maxFactored {
		return Alternation(words)
	}
	ws := append([]string(nil), words...)
	sortLongestFirst(ws)
	ws = slices.Compact(ws) // a word twice matches as once
	rs := make([][]rune, len(ws))
	idx := make([]int, len(ws))
	for i, w := range ws {
		rs[i], idx[i] = []rune(w), i
	}
	var b strings.Builder
	var order []int
	writeFactored(&b, rs, idx, &order)
	if !reorderSafe(ws, order) {
		return Alternation(words)
	}
	return b.String()
}

// maxFactored bounds the lexicons FactoredAlternation factors: checking
// the order of a lexicon's words takes time quadratic in their number.
const maxFactored = 2000

// reorderSafe reports whether the words, tried in the given order (of
// indexes) instead of their own, are tried in their own order wherever
// two of them can match at one place: going right to left (in a
// lookbehind), two words both match where one ends the other, so the
// order of two words that writeFactored swapped matters if one is a
// suffix of the other (in any case, for (?i)).
func reorderSafe(ws []string, order []int) bool {
	pos := make([]int, len(ws))
	for p, i := range order {
		pos[i] = p
	}
	for i := range ws {
		for j := i + 1; j < len(ws); j++ {
			if pos[i] < pos[j] {
				continue // in their own order
			}
			if foldSuffix(ws[i], ws[j]) || foldSuffix(ws[j], ws[i]) {
				return false
			}
		}
	}
	return true
}

// foldSuffix reports whether s ends with suffix, under case folding
// (Unicode's, or lower case as regexp2's (?i) compares).
func foldSuffix(s, suffix string) bool {
	rs, rt := []rune(s), []rune(suffix)
	if len(rt) > len(rs) {
		return false
	}
	for i, r := range rs[len(rs)-len(rt):] {
		t := rt[i]
		if r != t && unicode.ToLower(r) != unicode.ToLower(t) && !strings.EqualFold(string(r), string(t)) {
			return false
		}
	}
	return true
}

// writeFactored writes the alternation of words (in their order) with
// their common leading runes factored out, and appends to order the
// indexes (idx) of the words in the order the alternation tries them.
func writeFactored(b *strings.Builder, words [][]rune, idx []int, order *[]int) {
	const cased = -1 // the group of words that begin with a cased rune
	var first []rune // first runes, in the order they first appear
	groups := map[rune][]int{}
	empty := -1 // an empty word; it can only come last (longest first)
	for k, w := range words {
		if len(w) == 0 {
			if empty < 0 {
				empty = k
			}
			continue
		}
		c := w[0]
		if hasCase(c) {
			c = cased
		}
		if _, ok := groups[c]; !ok {
			first = append(first, c)
		}
		groups[c] = append(groups[c], k)
	}
	n := 0
	alt := func() {
		if n > 0 {
			b.WriteByte('|')
		}
		n++
	}
	for _, c := range first {
		g := groups[c]
		if len(g) == 1 || c == cased {
			for _, k := range g {
				alt()
				b.WriteString(regexp2.Escape(string(words[k])))
				*order = append(*order, idx[k])
			}
			continue
		}
		alt()
		b.WriteString(regexp2.Escape(string(c)))
		rest := make([][]rune, len(g))
		ri := make([]int, len(g))
		for i, k := range g {
			rest[i], ri[i] = words[k][1:], idx[k]
		}
		b.WriteString("(?:")
		writeFactored(b, rest, ri, order)
		b.WriteString(")")
	}
	if empty >= 0 {
		alt() // an empty branch: after "|", or alone
		*order = append(*order, idx[empty])
	}
}

// hasCase reports runes that (?i) may match as another rune: their words
// keep their order among themselves, unfactored.
func hasCase(c rune) bool {
	return unicode.SimpleFold(c) != c || unicode.ToLower(c) != c || unicode.ToUpper(c) != c || unicode.ToTitle(c) != c
}

// Alternation returns a regular expression matching any of words, longest
// first, each escaped.
func Alternation(words []string) string {
	ws := append([]string(nil), words...)
	sortLongestFirst(ws)
	for i, w := range ws {
		ws[i] = regexp2.Escape(w)
	}
	return strings.Join(ws, "|")
}

// sortLongestFirst sorts words longest first, then in byte order.
func sortLongestFirst(ws []string) {
	sort.SliceStable(ws, func(i, j int) bool {
		if li, lj := len([]rune(ws[i])), len([]rune(ws[j])); li != lj {
			return li > lj
		}
		return ws[i] < ws[j]
	})
}
