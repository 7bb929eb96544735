package serve

import (
	"html"
	"html/template"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// mark is one extracted mention to highlight: a byte span of the article
// text and what it was read as.
type mark struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	ID    string `json:"id"`
	Name  string `json:"name"`
	Rule  string `json:"rule"`
}

// highlight returns text as HTML with every mark wrapped in
// <mark class="m k-KIND" data-start="START" data-id="ID" title="…">. Marks nest when one
// lies inside another (a region inside a target's span); a mark that
// crosses another's end, lies outside the text or cuts a UTF-8 sequence
// is left out and counted in skipped. Every byte of text and every
// attribute value is escaped, so any text and any names give well-formed
// HTML whose text is the article.
func highlight(text string, marks []mark) (out template.HTML, skipped int) {
	ms := make([]mark, 0, len(marks))
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
			!boundary(text, m.Start) || !boundary(text, m.End) {
			skipped++
			continue
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	var b strings.Builder
	b.Grow(len(text) + 64*len(ms))
	pos := 0
	var open []int // ends of the open marks, innermost last
	emit := func(to int) {
		if to > pos {
			b.WriteString(html.EscapeString(text[pos:to]))
			pos = to
		}
	}
	closeTo := func(at int) {
		for len(open) > 0 && open[len(open)-1] <= at {
			emit(open[len(open)-1])
			b.WriteString("</mark>")
			open = open[:len(open)-1]
		}
	}
	for _, m := range ms {
		closeTo(m.Start)
		if len(open) > 0 && m.End > open[len(open)-1] {
			skipped++ // crosses the end of the mark it starts in
			continue
		}
		emit(m.Start)
		b.WriteString(`<mark class="m k-`)
		b.WriteString(className(m.Kind))
		b.WriteString(`" data-start="`)
		b.WriteString(strconv.Itoa(m.Start))
		b.WriteString(`" data-id="`)
		b.WriteString(html.EscapeString(m.ID))
		b.WriteString(`" title="`)
		b.WriteString(html.EscapeString(m.Kind + ": " + m.Name + " (" + m.Rule + ")"))
		b.WriteString(`">`)
		open = append(open, m.End)
	}
	closeTo(len(text))
	emit(len(text))
	return template.HTML(b.String()), skipped
}

// boundary reports whether byte offset i of s starts a rune (or is its end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// className keeps the lower-case ASCII letters of a kind, for a CSS class.
func className(kind string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, kind)
}

// sentenceParts splits the sentence around the byte span [start, end) of text
// into the text before the mention, the mention and the text after, as
// graph.Sentence cuts it: from after the previous 。！？ or line break to
// the next one, at most max runes on each side.
func sentenceParts(text string, start, end, max int) (before, mention, after string) {
	if start < 0 || end > len(text) || start > end || !boundary(text, start) || !boundary(text, end) {
		return "", "", ""
	}
	isEnd := func(r rune) bool {
		switch r {
		case '。', '！', '？', '!', '?', '\n':
			return true
		}
		return false
	}
	i, n := start, 0
	for i > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isEnd(r) {
			break
		}
		i -= size
		n++
	}
	j, m := end, 0
	for j < len(text) && m < max {
		r, size := utf8.DecodeRuneInString(text[j:])
		j += size
		m++
		if isEnd(r) {
			break
		}
	}
	return strings.TrimLeft(text[i:start], " \t\r\n　"), text[start:end], strings.TrimRight(text[end:j], " \t\r\n　")
}
