package textnorm

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// t2s holds the lookup structures built from the tables of t2s_table.go on first use.
type t2s struct {
	// bmp[r] for r < 0x10000: the converted rune in the low 21 bits (0: none),
	// plus phraseFlag if some phrase starts with r.
	bmp []rune
	// smp: conversions for runes outside the BMP (phrase starts there are
	// flagged with phraseFlag too).
	smp map[rune]rune
	// phrases by first rune, longest first.
	phrases map[rune][]phrase
	// groups holds the phrase lists of BMP runes too, numbered from 1 in
	// bits 21-29 of their bmp entry: a slice index instead of a map
	// lookup on common characters that start a phrase (了, 借, 复).
	groups [][]phrase
}

type phrase struct{ from, to []rune }

const (
	phraseFlag = 1 << 30
	runeMask   = 1<<21 - 1
	groupShift = 21
	groupMask  = 1<<9 - 1 // after shifting: up to 511 groups, 0 for none
)

var t2sTables = sync.OnceValue(func() *t2s {
	t := &t2s{bmp: make([]rune, 0x10000), smp: map[rune]rune{}, phrases: map[rune][]phrase{}}
	set := func(r, v rune) {
		if r < 0x10000 {
			t.bmp[r] |= v
		} else {
			t.smp[r] |= v
		}
	}
	for s := t2sCharTable; s != ""; {
		from, n := utf8.DecodeRuneInString(s)
		to, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		set(from, to)
	}
	for line := range strings.SplitSeq(t2sPhraseTable, "\n") {
		from, to, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		p := phrase{from: []rune(from), to: []rune(to)}
		set(p.from[0], phraseFlag)
		t.phrases[p.from[0]] = append(t.phrases[p.from[0]], p)
	}
	for _, ps := range t.phrases {
		// Longest first; equal lengths cannot both match at one position.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].from) > len(ps[j-1].from); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	// Number the BMP groups in rune order (deterministic); beyond
	// groupMask groups, the rest stay in the map alone.
	for r := range rune(0x10000) {
		if t.bmp[r]&phraseFlag == 0 || len(t.groups) == groupMask {
			continue
		}
		t.groups = append(t.groups, t.phrases[r])
		t.bmp[r] |= rune(len(t.groups)) << groupShift
	}
	return t
})

// entry is r's entry in the tables: its conversion and phrase bits.
func (t *t2s) entry(r rune) rune {
	if r < 0x10000 {
		return t.bmp[r]
	}
	return t.smp[r]
}

// HasTraditional reports whether s holds a character that the Traditional
// to Simplified step changes by itself (國, 報): a cheap test before
// normalising a text only for that step. A text whose only Traditional
// spelling is a phrase of characters that are Simplified too (a rare
// case) is not seen.
func HasTraditional(s string) bool {
	t := t2sTables()
	for _, r := range s {
		if r < 0x2E80 {
			continue
		}
		if x := t.entry(r) & runeMask; x != 0 && x != r {
			return true
		}
	}
	return false
}

// toSimplified runs step 3 in place: at each position the longest phrase that
// matches wins; otherwise the character table applies. Phrases match the
// runes as they were before conversion and map rune to rune.
func toSimplified(rs []rune) {
	t := t2sTables()
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < 0x2E80 {
			continue
		}
		v := t.entry(r)
		if v == 0 {
			continue
		}
		if v&phraseFlag != 0 {
			var ps []phrase
			if g := v >> groupShift & groupMask; g != 0 {
				ps = t.groups[g-1]
			} else {
				ps = t.phrases[r]
			}
			if p := match(ps, rs[i:]); p != nil {
				copy(rs[i:], p.to)
				i += len(p.to) - 1
				continue
			}
		}
		if x := v & runeMask; x != 0 {
			rs[i] = x
		}
	}
}

// match returns the longest phrase of ps (the phrases that start with
// rs[0]) that rs starts with, or nil.
func match(ps []phrase, rs []rune) *phrase {
next:
	for k := range ps {
		p := &ps[k]
		if len(p.from) > len(rs) {
			continue
		}
		for j := 1; j < len(p.from); j++ {
			if rs[j] != p.from[j] {
				continue next
			}
		}
		return p
	}
	return nil
}
