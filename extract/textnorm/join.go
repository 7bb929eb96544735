package textnorm

import "strings"

// Line is one line of a normalised Text: the runes that its source line
// Orig[start:end] became. A line break is never normalised away, added or
// carried across (every step works within a line: NFKC per rune, pinyin
// groups end at a line break, no Traditional phrase holds one), so
// Normalize of a text gives, line by line, exactly what Normalize of each
// line alone gives, offsets shifted. Join builds on that.
type Line struct {
	t          *Text
	start, end int // byte range of t.Orig, without the line break
	i, j       int // rune range of t.Runes
}

// String returns the original text of the line.
func (l Line) String() string { return l.t.Orig[l.start:l.end] }

// Runes returns the normalised runes of the line (shared with its Text: do
// not change them).
func (l Line) Runes() []rune { return l.t.Runes[l.i:l.j:l.j] }

// Lines splits t at its line breaks: one Line per line of t.Orig (a text
// without a line break is one line, an empty text one empty line).
func (t *Text) Lines() []Line {
	n := 1
	for _, r := range t.Runes {
		if r == '\n' {
			n++
		}
	}
	out := make([]Line, 0, n)
	start, i := 0, 0
	for k, r := range t.Runes {
		if r == '\n' {
			nl := int(t.starts[k])
			out = append(out, Line{t: t, start: start, end: nl, i: i, j: k})
			start, i = nl+1, k+1
		}
	}
	return append(out, Line{t: t, start: start, end: len(t.Orig), i: i, j: len(t.Runes)})
}

// Join returns the Text of orig, which must be the lines' texts joined with
// "\n", by copying their runes and offsets instead of normalising again.
// The result has the same Runes and offsets as Normalize(orig, opt) when
// every line came from a Text normalised with opt; ok is false (and the
// Text nil) when orig is not that join.
func Join(orig string, lines []Line) (t *Text, ok bool) {
	if len(lines) == 0 {
		return nil, false
	}
	n, size := len(lines)-1, len(lines)-1
	for _, l := range lines {
		n += l.j - l.i
		size += l.end - l.start
	}
	if size != len(orig) {
		return nil, false
	}
	at := 0
	for k, l := range lines {
		if k > 0 {
			if orig[at] != '\n' {
				return nil, false
			}
			at++
		}
		if !strings.HasPrefix(orig[at:], l.String()) {
			return nil, false
		}
		at += l.end - l.start
	}
	t = &Text{Orig: orig, Runes: make([]rune, n), starts: make([]int32, n)}
	at, w := 0, 0
	for k, l := range lines {
		if k > 0 {
			t.Runes[w] = '\n'
			t.starts[w] = int32(at)
			at++
			w++
		}
		w += copy(t.Runes[w:], l.t.Runes[l.i:l.j])
		src := l.t.starts[l.i:l.j]
		dst := t.starts[w-len(src) : w]
		shift := int32(at - l.start)
		for x, s := range src {
			dst[x] = s + shift
		}
		at += l.end - l.start
	}
	return t, true
}
