package ingest

import (
	"strings"

	"github.com/policygraph/policygraph/extract/textnorm"
)

// Normalized returns textnorm.Normalize(d.Text, textnorm.Options{}): the
// same runes and offsets, a new Text the caller may change. The lines of
// Text that the boilerplate rules saw unchanged are not normalised again:
// Parse normalised the body for the rules, and their runes are copied
// (textnorm.Join); the others (the title, lines a Remove rule or trimming
// changed) are normalised alone. A document whose Text was set by other
// means (or changed since) is normalised whole.
func (d *Document) Normalized() *textnorm.Text {
	if len(d.bodyLines) > 0 {
		if t, ok := textnorm.Join(d.Text, knownLines(d.Text, d.bodyLines)); ok {
			return t
		}
	}
	return textnorm.Normalize(d.Text, textnorm.Options{})
}

// knownLines returns the normalised lines of text: from body where a line
// of text is one of them (in order, as the lines of Text mostly are, else
// by content), else normalised alone.
func knownLines(text string, body []textnorm.Line) []textnorm.Line {
	out := make([]textnorm.Line, 0, strings.Count(text, "\n")+1)
	var byText map[string]int // built on the first line not found in order
	next := 0
	for line := range strings.SplitSeq(text, "\n") {
		k := -1
		for j := next; j < len(body) && j < next+4; j++ {
			if body[j].String() == line {
				k = j
				break
			}
		}
		if k < 0 {
			if byText == nil {
				byText = make(map[string]int, len(body))
				for j := len(body) - 1; j >= 0; j-- {
					byText[body[j].String()] = j
				}
			}
			if j, ok := byText[line]; ok {
				k = j
			}
		}
		if k >= 0 {
			out = append(out, body[k])
			next = k + 1
			continue
		}
		out = append(out, textnorm.Normalize(line, textnorm.Options{}).Lines()...)
	}
	return out
}
