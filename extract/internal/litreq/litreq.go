// Package litreq finds, from a regular expression's text, literals that
// every match needs: a set of strings one of which occurs in the text a
// match and its positive lookaheads cover. A caller can then skip the
// backtracking engine (regexp2) on text that holds none of them.
//
// The analysis reads the .NET dialect that regexp2 compiles with default
// options, conservatively: whatever it does not fully understand (inline
// options, conditionals, unusual escapes) gives no requirement, never a
// wrong one. Lookbehinds are left out, since what they see can lie before
// the text a caller checks.
package litreq

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxWords bounds the size of a requirement: a longer alternation of
// literals is not worth checking word by word.
const MaxWords = 64

// maxClass is the largest character class taken as a set of one-rune
// words ([涨跌], [〔[(]).
const maxClass = 8

// Required returns words one of which occurs in the text covered by every
// match of pattern (and by its positive lookaheads), or nil when there is
// no such set it can be sure of. The words are sorted and none contains
// another.
func Required(pattern string) []string {
	p := &parser{src: pattern}
	n, ok := p.alternation()
	if !ok || p.pos != len(p.src) || n.req == nil {
		return nil
	}
	return minimal(n.req)
}

// RequiredAll returns sets of words such that every match of pattern (with
// its positive lookaheads) covers a word of each set: the requirement of
// every piece of its top-level sequence, where Required keeps only the
// strongest. Nil when none is known; each set is as Required's.
func RequiredAll(pattern string) [][]string {
	p := &parser{src: pattern}
	n, ok := p.alternation()
	if !ok || p.pos != len(p.src) {
		return nil
	}
	var out [][]string
	for _, ws := range n.all {
		out = append(out, minimal(ws))
	}
	return out
}

// node is what the analysis knows of a piece of pattern: req, words one
// of which it always matches (nil: none known), and lit, the exact text it
// always matches when it is a plain literal (ok set). all holds every
// requirement of a sequence, of which req is the strongest.
type node struct {
	req   []string
	all   [][]string
	lit   string
	isLit bool
	empty bool // matches only the empty string (an assertion)
}

type parser struct {
	src string
	pos int
}

func (p *parser) peek() (rune, int) {
	if p.pos >= len(p.src) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(p.src[p.pos:])
}

// alternation: concat ('|' concat)*
func (p *parser) alternation() (node, bool) {
	var branches []node
	for {
		c, ok := p.concat()
		if !ok {
			return node{}, false
		}
		branches = append(branches, c)
		if r, _ := p.peek(); r != '|' {
			break
		}
		p.pos++
	}
	if len(branches) == 1 {
		return branches[0], true
	}
	var req []string
	for _, b := range branches {
		if b.req == nil {
			return node{}, true
		}
		req = append(req, b.req...)
		if len(req) > MaxWords {
			return node{}, true
		}
	}
	return node{req: req, all: [][]string{req}}, true
}

// concat: a run of quantified atoms, up to '|' or ')' or the end.
func (p *parser) concat() (node, bool) {
	var best []string
	var all [][]string
	require := func(ws []string) {
		best = better(best, ws)
		all = append(all, ws)
	}
	var run strings.Builder // the literal text since the last break
	flush := func() {
		if run.Len() > 0 {
			require([]string{run.String()})
			run.Reset()
		}
	}
	for {
		r, _ := p.peek()
		if r == -1 || r == '|' || r == ')' {
			break
		}
		a, ok := p.atom()
		if !ok {
			return node{}, false
		}
		min, quantified, ok := p.quantifier()
		if !ok {
			return node{}, false
		}
		switch {
		case min == 0:
			flush() // optional: neither required nor part of a run
		case a.isLit && !quantified:
			run.WriteString(a.lit)
		case a.empty && !quantified:
			// An assertion consumes nothing: the run goes on across it
			// (an assertion between two literals holds at one point).
			if a.req != nil {
				require(a.req)
			}
		default:
			flush()
			switch {
			case a.isLit:
				require([]string{a.lit})
			case len(a.all) > 0:
				// A group that occurs at least once: all of its
				// requirements hold.
				best = better(best, a.req)
				all = append(all, a.all...)
			case a.req != nil:
				require(a.req)
			}
		}
	}
	flush()
	return node{req: best, all: all}, true
}

// better returns the stronger of two requirements: the one whose shortest
// word is longer (rarer), then the one with fewer words.
func better(a, b []string) []string {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	la, lb := shortest(a), shortest(b)
	if lb > la || lb == la && len(b) < len(a) {
		return b
	}
	return a
}

func shortest(ws []string) int {
	n := -1
	for _, w := range ws {
		if c := utf8.RuneCountInString(w); n < 0 || c < n {
			n = c
		}
	}
	return n
}

// quantifier reads an optional quantifier and reports its minimum count
// (1 when there is none) and whether there was one.
func (p *parser) quantifier() (min int, quantified, ok bool) {
	r, _ := p.peek()
	switch r {
	case '?', '*':
		p.pos++
		min = 0
	case '+':
		p.pos++
		min = 1
	case '{':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return 1, false, true // a literal '{' (the .NET parser takes it so)
		}
		body := p.src[p.pos+1 : p.pos+end]
		lo, _, _ := strings.Cut(body, ",")
		if lo == "" || strings.Trim(body, "0123456789,") != "" || strings.Count(body, ",") > 1 {
			return 1, false, true // not a quantifier: a literal '{'
		}
		p.pos += end + 1
		min = 0
		for _, c := range lo {
			min = min*10 + int(c-'0')
			if min > 1 {
				min = 1 // only whether it is 0 matters
			}
		}
	default:
		return 1, false, true
	}
	if r, _ := p.peek(); r == '?' || r == '+' {
		p.pos++ // lazy or possessive: the same minimum
	}
	return min, true, true
}

// atom reads one atom.
func (p *parser) atom() (node, bool) {
	r, size := p.peek()
	switch r {
	case '(':
		return p.group()
	case '[':
		return p.class()
	case '\\':
		return p.escape()
	case '.':
		p.pos++
		return node{}, true
	case '^', '$':
		p.pos++
		return node{empty: true}, true
	case '*', '+', '?', '{':
		if r == '{' {
			p.pos++
			return node{lit: "{", isLit: true}, true
		}
		return node{}, false // a quantifier with nothing before it
	case '#', ' ', '\t', '\n':
		// Literal in default options; kept as such.
	}
	p.pos += size
	return node{lit: string(r), isLit: true}, true
}

// escape reads a backslash sequence.
func (p *parser) escape() (node, bool) {
	p.pos++ // '\\'
	r, size := p.peek()
	if r == -1 {
		return node{}, false
	}
	p.pos += size
	switch r {
	case 'd', 'D', 'w', 'W', 's', 'S':
		return node{}, true
	case 'b', 'B', 'A', 'G', 'z', 'Z':
		return node{empty: true}, true
	case 'p', 'P':
		if r, _ := p.peek(); r != '{' {
			return node{}, false
		}
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return node{}, false
		}
		p.pos += end + 1
		return node{}, true
	case 'n':
		return node{lit: "\n", isLit: true}, true
	case 't':
		return node{lit: "\t", isLit: true}, true
	case 'r':
		return node{lit: "\r", isLit: true}, true
	}
	if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
		return node{}, false // \x41, \u4E00, \k<name>, \1, \cX …: not followed
	}
	return node{lit: string(r), isLit: true}, true // \. \( \[ \\ \- …
}

// class reads a character class; a short positive list of plain runes is
// a set of one-rune words.
func (p *parser) class() (node, bool) {
	start := p.pos
	p.pos++ // '['
	var runes []rune
	plain := true
	if r, _ := p.peek(); r == '^' {
		plain = false
		p.pos++
	}
	first := true
	for {
		r, size := p.peek()
		switch {
		case r == -1:
			return node{}, false
		case r == ']' && !first:
			p.pos++
			if !plain || len(runes) == 0 || len(runes) > maxClass {
				return node{}, true
			}
			var req []string
			for _, c := range runes {
				req = append(req, string(c))
			}
			return node{req: req}, true
		case r == ']':
			return node{}, false // []…]: left to the engine
		case r == '\\':
			p.pos++
			e, esize := p.peek()
			if e == -1 {
				return node{}, false
			}
			p.pos += esize
			if e < utf8.RuneSelf && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e >= '0' && e <= '9' || e == '_') {
				plain = false // \d, \p{…}, \u…: skip their body
				if (e == 'p' || e == 'P') && p.pos < len(p.src) && p.src[p.pos] == '{' {
					end := strings.IndexByte(p.src[p.pos:], '}')
					if end < 0 {
						return node{}, false
					}
					p.pos += end + 1
				}
			} else {
				runes = append(runes, e)
			}
		case r == '-':
			// A range (a-z) or a subtraction (-[…]): not a plain list.
			p.pos++
			if n, _ := p.peek(); n == '[' {
				if _, ok := p.class(); !ok {
					return node{}, false
				}
				if n, _ := p.peek(); n != ']' {
					return node{}, false
				}
			}
			if !first {
				plain = false
			} else {
				runes = append(runes, '-')
			}
		case r == '[':
			p.pos += size
			runes = append(runes, r)
		default:
			p.pos += size
			runes = append(runes, r)
		}
		first = false
		_ = start
	}
}

// group reads a parenthesised group.
func (p *parser) group() (node, bool) {
	p.pos++ // '('
	kind := "capture"
	if strings.HasPrefix(p.src[p.pos:], "?") {
		rest := p.src[p.pos+1:]
		switch {
		case strings.HasPrefix(rest, ":"):
			kind, p.pos = "group", p.pos+2
		case strings.HasPrefix(rest, "="):
			kind, p.pos = "ahead", p.pos+2
		case strings.HasPrefix(rest, "!"):
			kind, p.pos = "not", p.pos+2
		case strings.HasPrefix(rest, "<="):
			kind, p.pos = "behind", p.pos+3
		case strings.HasPrefix(rest, "<!"):
			kind, p.pos = "not", p.pos+3
		case strings.HasPrefix(rest, ">"):
			kind, p.pos = "group", p.pos+2
		case strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "'"):
			close := byte('>')
			if rest[0] == '\'' {
				close = '\''
			}
			end := strings.IndexByte(rest[1:], close)
			if end < 0 {
				return node{}, false
			}
			name := rest[1 : 1+end]
			if name == "" || strings.ContainsAny(name, "-(") {
				return node{}, false // balancing groups: not followed
			}
			p.pos += 1 + 1 + end + 1
		default:
			return node{}, false // inline options, conditionals, comments
		}
	}
	inner, ok := p.alternation()
	if !ok {
		return node{}, false
	}
	if r, _ := p.peek(); r != ')' {
		return node{}, false
	}
	p.pos++
	switch kind {
	case "ahead":
		return node{req: inner.req, empty: true}, true
	case "not", "behind":
		return node{empty: true}, true
	}
	return inner, true
}

// minimal sorts ws, removes duplicates, and drops every word that
// contains another (finding the shorter one is enough).
func minimal(ws []string) []string {
	ws = slices.Clone(ws)
	slices.Sort(ws)
	ws = slices.Compact(ws)
	var out []string
	for _, w := range ws {
		if w == "" {
			return nil // the empty word is always there: no requirement
		}
		dup := false
		for _, o := range ws {
			if o != w && strings.Contains(w, o) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// Set finds whether any of its words occurs in a text of runes.
type Set struct {
	first   [1 << 16 / 64]uint64 // BMP runes that begin a word
	byFirst map[rune][][]rune
	wide    bool // a word begins outside the BMP
}

// NewSet returns a set of the words; nil for none.
func NewSet(words []string) *Set {
	if len(words) == 0 {
		return nil
	}
	s := &Set{byFirst: map[rune][][]rune{}}
	for _, w := range words {
		rs := []rune(w)
		if len(rs) == 0 {
			continue
		}
		s.byFirst[rs[0]] = append(s.byFirst[rs[0]], rs)
		if rs[0] >= 0 && rs[0] < 1<<16 {
			s.first[rs[0]/64] |= 1 << (rs[0] % 64)
		} else {
			s.wide = true
		}
	}
	return s
}

// In reports whether one of the words occurs in text. A nil set is in
// every text.
func (s *Set) In(text []rune) bool {
	if s == nil {
		return true
	}
	for i, r := range text {
		if r >= 0 && r < 1<<16 {
			if s.first[r/64]&(1<<(r%64)) == 0 {
				continue
			}
		} else if !s.wide {
			continue
		}
		for _, w := range s.byFirst[r] {
			if len(text)-i >= len(w) && slices.Equal(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}
