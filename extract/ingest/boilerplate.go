package ingest

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/extract/internal/litreq"
	"github.com/policygraph/policygraph/extract/textnorm"
)

// BoilerplateMode says what a BoilerplateRule does with what it matches.
type BoilerplateMode string

// The boilerplate modes, applied in the order Date, Truncate, DropLine, Remove.
const (
	DropLine BoilerplateMode = "drop_line" // a line in which Pattern matches is dropped
	Truncate BoilerplateMode = "truncate"  // the first line in which Pattern matches, and everything after it, are dropped
	Remove   BoilerplateMode = "remove"    // every match of Pattern is cut out of the text (spam phrases injected mid-sentence)
	Date     BoilerplateMode = "date"      // Pattern has named groups year, month, day; the first match sets Document.Date if unset; the line is dropped
)

// dateWindow is how many non-blank lines at the top of a body Date rules see.
const dateWindow = 40

// BoilerplateRule removes one kind of boilerplate from document bodies.
// Patterns are matched against one line at a time (without its newline).
type BoilerplateRule struct {
	ID      string
	Mode    BoilerplateMode
	Pattern *regexp2.Regexp // compiled by the caller (the project's rule files); default regexp2 options
	Formats []string        // if non-empty, the rule applies only to these formats
	Anchors []string        // if non-empty, the rule runs only on lines containing one of these literals
}

// skips reports whether a line cannot match: the rule has anchors and the
// line holds none of them. It keeps the regular-expression engine off
// most lines.
func (r BoilerplateRule) skips(line string) bool {
	if len(r.Anchors) == 0 {
		return false
	}
	for _, a := range r.Anchors {
		if strings.Contains(line, a) {
			return false
		}
	}
	return true
}

// Validate reports whether the rule can be used: a known mode, a pattern,
// known format names, and for Date rules the named groups year, month and day.
func (r BoilerplateRule) Validate() error {
	name := r.ID
	if name == "" {
		name = "(no id)"
	}
	switch r.Mode {
	case DropLine, Truncate, Remove, Date:
	default:
		return fmt.Errorf("rule %s: unknown mode %q (want %s, %s, %s or %s)", name, r.Mode, DropLine, Truncate, Remove, Date)
	}
	if r.Pattern == nil {
		return fmt.Errorf("rule %s: no pattern", name)
	}
	for _, f := range r.Formats {
		switch f {
		case FormatMarkdown, FormatHTML, FormatText, FormatJSONL:
		default:
			return fmt.Errorf("rule %s: unknown format %q", name, f)
		}
	}
	if r.Mode == Date {
		for _, g := range []string{"year", "month", "day"} {
			if r.Pattern.GroupNumberFromName(g) < 0 {
				return fmt.Errorf("rule %s: date pattern has no group (?<%s>…)", name, g)
			}
		}
	}
	return nil
}

func (r BoilerplateRule) appliesTo(format string) bool {
	return len(r.Formats) == 0 || slices.Contains(r.Formats, format)
}

// ruleError reports a matching failure (a regexp2 timeout) with the rule
// id. regexp2's message quotes the whole input line, so it is shortened.
func ruleError(r BoilerplateRule, err error) error {
	msg := err.Error()
	if utf8.RuneCountInString(msg) > 160 {
		msg = string([]rune(msg)[:160]) + "…"
	}
	return fmt.Errorf("boilerplate rule %s: %s", r.ID, msg)
}

// bpResult is a body after the boilerplate rules.
type bpResult struct {
	lines    []string
	dropped  []Dropped // the lines the rules dropped, by rule
	dateRule string    // the id of the rule that set date
	warnings []string  // rules that timed out on a line: their match there is lost
	date     string    // from the first Date-rule match with a valid date, or ""
	anchor   int       // index in lines of the non-blank line just before the first Date-rule line, or -1
	// norm holds the body's lines as given, normalised (nil without
	// rules); kept lines that are unchanged can reuse them (Document.Normalized).
	norm []textnorm.Line
}

// applyBoilerplate runs the rules that apply to format over the lines of a
// body: Date rules on the first dateWindow non-blank lines, then Truncate,
// DropLine and Remove rules, each mode in rule order.
func applyBoilerplate(body string, format string, rules []BoilerplateRule) (bpResult, error) {
	lines := strings.Split(body, "\n")
	res := bpResult{anchor: -1}
	if len(rules) == 0 {
		res.lines = lines
		return res, nil
	}
	anchor := -1
	dated := false // a Date rule matched

	// Date, Truncate and DropLine rules, and their anchors, see a line as
	// the extractors do: normalised (full width folded, Traditional →
	// Simplified, pinyin annotations gone), so 不得轉(zhuǎn)載 meets a rule
	// written 不得转载. The body is normalised once; normalisation keeps
	// line breaks, so its lines are the body's.
	norm := normalizedLines(body, lines)
	res.norm = norm
	// A long line is seen a sentence at a time (longLine): the rules
	// drop or truncate from the sentence they match, not the paragraph.
	lines, norm, lineOf := sentenceUnits(lines, norm)
	drop := make([]bool, len(lines))
	why := make([]string, len(lines)) // the rule that dropped a line
	// A rule that times out on a line loses its match there; the document
	// is kept and the loss reported.
	timedOut := func(r BoilerplateRule, i int, err error) {
		res.warnings = append(res.warnings, fmt.Sprintf("line %d: %v (the rule was skipped on that line)", lineOf[i]+1, ruleError(r, err)))
	}
	// find runs a rule on unit i. A sentence after the first of a long
	// line is matched with the sentence before it in front, from its own
	// start: ^ still means the line's start (a rule written for a line's
	// start does not fire at every sentence), and a lookbehind sees the
	// end of the sentence before.
	find := func(r BoilerplateRule, i int) (*regexp2.Match, error) {
		return retryTimeout(func() (*regexp2.Match, error) {
			if i == 0 || lineOf[i-1] != lineOf[i] {
				return r.Pattern.FindRunesMatch(norm[i].Runes())
			}
			prev := norm[i-1].Runes()
			ctx := append(append(make([]rune, 0, len(prev)+len(norm[i].Runes())), prev...), norm[i].Runes()...)
			return r.Pattern.FindRunesMatchStartingAt(ctx, len(prev))
		})
	}
	// matches is find for the truncate and drop_line rules, which need no
	// groups: a whole line, the common case, is matched without building
	// a Match.
	matches := func(r BoilerplateRule, i int) (bool, error) {
		if i == 0 || lineOf[i-1] != lineOf[i] {
			return retryTimeout(func() (bool, error) { return r.Pattern.MatchRunes(norm[i].Runes()) })
		}
		m, err := find(r, i)
		return m != nil, err
	}
	anchors := anchorIndexOf(rules)
	// The rules of each mode that apply to format, in list order: the
	// loops below visit only these on every line.
	var byMode [4][]int // Date, Truncate, DropLine, Remove
	for ri, r := range rules {
		if !r.appliesTo(format) {
			continue
		}
		switch r.Mode {
		case Date:
			byMode[0] = append(byMode[0], ri)
		case Truncate:
			byMode[1] = append(byMode[1], ri)
		case DropLine:
			byMode[2] = append(byMode[2], ri)
		case Remove:
			byMode[3] = append(byMode[3], ri)
		}
	}
	removeRules := make([]BoilerplateRule, 0, len(byMode[3]))
	for _, ri := range byMode[3] {
		removeRules = append(removeRules, rules[ri])
	}
	present := make([]bool, len(lines)*len(rules)) // by line, by rule: an anchor is in the line
	looked := make([]bool, len(lines))
	skips := func(r int, i int) bool {
		row := present[i*len(rules) : (i+1)*len(rules)]
		if !looked[i] {
			anchors.present(norm[i].Runes(), row)
			looked[i] = true
		}
		return !row[r]
	}

	// Date rules.
	seen, seenLine := 0, -1 // non-blank body lines seen, and the last one's index
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if lineOf[i] != seenLine {
			seenLine = lineOf[i]
			if seen++; seen > dateWindow {
				break
			}
		}
		for _, ri := range byMode[0] {
			r := rules[ri]
			if skips(ri, i) {
				continue
			}
			m, err := find(r, i)
			if err != nil {
				timedOut(r, i, err)
				continue
			}
			if m == nil {
				continue
			}
			drop[i], why[i] = true, r.ID
			if res.date == "" {
				if res.date = matchDate(m); res.date != "" {
					res.dateRule = r.ID
				}
			}
			if !dated {
				dated = true
				for j := i - 1; j >= 0; j-- {
					if !drop[j] && strings.TrimSpace(lines[j]) != "" {
						anchor = j
						break
					}
				}
			}
			break
		}
	}

	// Truncate rules: the first matching line ends the body — unless
	// the article goes on after it (a 相关阅读 box in the middle of a
	// page): then the line and the list under it go, up to the next
	// prose, and the next match is looked for.
truncate:
	for i := 0; i < len(lines); i++ {
		if drop[i] {
			continue
		}
		for _, ri := range byMode[1] {
			r := rules[ri]
			if skips(ri, i) {
				continue
			}
			ok, err := matches(r, i)
			if err != nil {
				timedOut(r, i, err)
				continue
			}
			if !ok {
				continue
			}
			end := len(lines)
			if k := proseResumes(lines, i+1); k >= 0 {
				end = k
			}
			for j := i; j < end; j++ {
				if !drop[j] {
					drop[j], why[j] = true, r.ID
				}
			}
			if end == len(lines) {
				break truncate
			}
			i = end - 1
			break
		}
	}

	// DropLine rules.
	for i := range lines {
		if drop[i] {
			continue
		}
		for _, ri := range byMode[2] {
			r := rules[ri]
			if skips(ri, i) {
				continue
			}
			ok, err := matches(r, i)
			if err != nil {
				timedOut(r, i, err)
				continue
			}
			if ok {
				drop[i], why[i] = true, r.ID
				break
			}
		}
	}

	// Collect the kept lines, the kept sentences of a long line joined
	// again, then run the Remove rules on each.
	kept := make([]string, 0, len(lines))
	keptLine := make([]int, 0, len(lines)) // the body line of each kept line
	for i, l := range lines {
		if drop[i] {
			if strings.TrimSpace(l) != "" {
				res.dropped = appendDropped(res.dropped, Dropped{Stage: "boilerplate", Reason: why[i], Text: strings.TrimSpace(l)})
			}
			continue
		}
		if n := len(kept); n > 0 && keptLine[n-1] == lineOf[i] {
			kept[n-1] += l
			continue
		}
		if i == anchor {
			res.anchor = len(kept)
		}
		kept, keptLine = append(kept, l), append(keptLine, lineOf[i])
	}
	for k, l := range kept {
		l, err := removeMatches(l, format, removeRules)
		if err != nil {
			res.warnings = append(res.warnings, fmt.Sprintf("line %d: %v (the rule was skipped on that line)", keptLine[k]+1, err))
		}
		kept[k] = l
	}
	res.lines = kept
	return res, nil
}

// removeMatches cuts every match of the Remove rules for format out of s.
// A rule that times out is skipped; the first such failure is returned
// with the text the other rules left.
func removeMatches(s, format string, rules []BoilerplateRule) (string, error) {
	var first error
	for _, r := range rules {
		if r.Mode != Remove || !r.appliesTo(format) || s == "" || r.skips(s) {
			continue
		}
		out, err := retryTimeout(func() (string, error) {
			return r.Pattern.ReplaceFunc(s, func(regexp2.Match) string { return "" }, -1, -1)
		})
		if err != nil {
			if first == nil {
				first = ruleError(r, err)
			}
			continue
		}
		s = out
	}
	return s, first
}

// retryTimeout runs a regexp2 call and, if it fails (a match timeout), runs
// it once more. regexp2 measures timeouts with a clock that a background
// goroutine advances; on an overloaded machine that goroutine can be starved
// long enough for a trivial match to "time out". A pattern that really is
// too slow fails twice.
func retryTimeout[T any](f func() (T, error)) (T, error) {
	v, err := f()
	if err != nil {
		v, err = f()
	}
	return v, err
}

// matchDate reads the year, month and day groups of a Date-rule match.
func matchDate(m *regexp2.Match) string {
	part := func(name string) int {
		g := m.GroupByName(name)
		if g == nil || len(g.Captures) == 0 {
			return -1
		}
		return parseDatePart(g.String())
	}
	return formatDate(part("year"), part("month"), part("day"))
}

// normalizedLines returns each line of body (lines, split at "\n")
// normalised, normalising the whole body in one pass. Normalisation keeps
// line breaks (textnorm.Line), so its lines are the body's.
func normalizedLines(body string, lines []string) []textnorm.Line {
	out := textnorm.Normalize(body, textnorm.Options{}).Lines()
	if len(out) != len(lines) { // a line break was normalised away: line by line, then
		out = out[:0]
		for _, l := range lines {
			out = append(out, textnorm.Normalize(l, textnorm.Options{}).Lines()[0])
		}
	}
	return out
}

// anchorIndex finds which rules' anchors occur in a line in one pass over
// it, instead of a search per rule and anchor.
type anchorIndex struct {
	n       int
	free    []int // rules without anchors: they always run
	byFirst map[rune][]anchorRef
	first   [1 << 16 / 64]uint64 // BMP runes that begin an anchor: most runes need no map lookup
	wide    bool                 // an anchor begins outside the BMP
	rules   []BoilerplateRule    // what it was built from
}

// anchorIndexes keeps the index of each rule list, by the address of its
// first rule: documents are read with the same rules over and over.
var anchorIndexes sync.Map // *BoilerplateRule → *anchorIndex

// anchorIndexOf returns the index of rules, built once for a rule list
// (and again if the list at that address has changed).
func anchorIndexOf(rules []BoilerplateRule) *anchorIndex {
	if len(rules) == 0 {
		return newAnchorIndex(rules)
	}
	if v, ok := anchorIndexes.Load(&rules[0]); ok {
		if ix := v.(*anchorIndex); sameAnchors(ix.rules, rules) {
			return ix
		}
	}
	ix := newAnchorIndex(rules)
	anchorIndexes.Store(&rules[0], ix)
	return ix
}

// sameAnchors reports whether two rule lists have the same anchors and
// patterns, rule by rule.
func sameAnchors(a, b []BoilerplateRule) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Pattern != b[i].Pattern || !slices.Equal(a[i].Anchors, b[i].Anchors) {
			return false
		}
	}
	return true
}

type anchorRef struct {
	text []rune
	rule int
}

func newAnchorIndex(rules []BoilerplateRule) *anchorIndex {
	ix := &anchorIndex{n: len(rules), byFirst: map[rune][]anchorRef{}, rules: slices.Clone(rules)}
	for i, r := range rules {
		anchors := r.Anchors
		if len(anchors) == 0 && r.Pattern != nil {
			// Without anchors, the words every match needs (litreq) serve
			// as anchors: a line matches only if it holds one of them.
			anchors = litreq.Required(r.Pattern.String())
		}
		if len(anchors) == 0 {
			ix.free = append(ix.free, i)
		}
		for _, a := range anchors {
			if a == "" {
				ix.free = append(ix.free, i)
				continue
			}
			ar := []rune(a)
			ix.byFirst[ar[0]] = append(ix.byFirst[ar[0]], anchorRef{ar, i})
			if ar[0] < 1<<16 {
				ix.first[ar[0]/64] |= 1 << (ar[0] % 64)
			} else {
				ix.wide = true
			}
		}
	}
	return ix
}

// present sets out[rule] (len(out) is the number of rules) when one of
// the rule's anchors occurs in line.
func (ix *anchorIndex) present(line []rune, out []bool) {
	for _, i := range ix.free {
		out[i] = true
	}
	for i, r := range line {
		if r >= 0 && r < 1<<16 {
			if ix.first[r/64]&(1<<(r%64)) == 0 {
				continue
			}
		} else if !ix.wide {
			continue
		}
		for _, a := range ix.byFirst[r] {
			if !out[a.rule] && len(line)-i >= len(a.text) && slices.Equal(line[i:i+len(a.text)], a.text) {
				out[a.rule] = true
			}
		}
	}
}

// minProseAfter is how much prose (in characters, in lines the classifier
// calls good) must follow a truncate match for the article to count as
// going on after it.
const minProseAfter = 300

// proseResumes returns the index of the first prose line after from when
// at least minProseAfter characters of prose follow from, else -1.
func proseResumes(lines []string, from int) int {
	first, n := -1, 0
	for j := from; j < len(lines); j++ {
		if c, _ := classifyLine(lines[j]); c == classGood {
			if first < 0 {
				first = j
			}
			if n += visibleRunes(lines[j]); n >= minProseAfter {
				return first
			}
		}
	}
	return -1
}

// longLine is the length in runes above which the boilerplate rules see a
// line a sentence at a time. Text whose paragraph breaks were lost (a
// scraped export, a page's text on one line) puts a whole article on one
// line, and a drop_line rule that matched a disclaimer in its last
// sentence dropped the article; a truncate rule written for a line's
// start (本作品…, 相关阅读) never met the licence or box that was no
// longer on a line of its own. A paragraph of a real article is
// seldom longer: 0.9% of the lines of the shared corpus' text and
// Markdown files and records are (1,349 of 155,931), most of them
// 新闻联播 items and wind digests, whose facts did not change.
const longLine = 600

// sentenceUnits splits every line longer than longLine runes after each
// sentence's end (。！？!? and the closing quotes or brackets after it),
// and returns the units, their normalised forms, and for each unit the
// index of its line. Other lines are one unit each, with the norm given.
func sentenceUnits(lines []string, norm []textnorm.Line) ([]string, []textnorm.Line, []int) {
	long := false
	for _, l := range lines {
		if len(l) > longLine && utf8.RuneCountInString(l) > longLine {
			long = true
			break
		}
	}
	if !long {
		lineOf := make([]int, len(lines))
		for i := range lineOf {
			lineOf[i] = i
		}
		return lines, norm, lineOf
	}
	var units []string
	var unitNorm []textnorm.Line
	var lineOf []int
	for i, l := range lines {
		if len(l) <= longLine || utf8.RuneCountInString(l) <= longLine {
			units, unitNorm, lineOf = append(units, l), append(unitNorm, norm[i]), append(lineOf, i)
			continue
		}
		for _, piece := range sentencePieces(l) {
			units, lineOf = append(units, piece), append(lineOf, i)
			unitNorm = append(unitNorm, textnorm.Normalize(piece, textnorm.Options{}).Lines()[0])
		}
	}
	return units, unitNorm, lineOf
}

// sentencePieces cuts s after every sentence end (。！？!?, or a point that
// ends a sentence of Chinese typed with ASCII punctuation: textnorm's
// FullStop), and the closing quotes or brackets after it; the pieces join
// to s.
func sentencePieces(s string) []string {
	rs := []rune(s) // as range s yields them: one U+FFFD per invalid byte
	var out []string
	start, k := 0, 0 // the piece's byte offset; the rune's index in rs
	end := false     // the last rune ended a sentence
	for at, r := range s {
		switch {
		case strings.ContainsRune("\u3002\uff01\uff1f!?", r) || (r == '.' || r == '\uff0e') && textnorm.FullStop(rs, k):
			end = true
		case end && strings.ContainsRune("\u201d\u2019\u300d\u300f\uff09)\"'", r):
		case end:
			out = append(out, s[start:at])
			start, end = at, false
		}
		k++
	}
	return append(out, s[start:])
}
