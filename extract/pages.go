package extract

import "strconv"

// Page furniture: what a PDF's text keeps of its page layout between the
// lines of the body, a page's number (— 3 —, - 3 -, 第3页 共12页, 3/12, a
// lone 3) and the running header or footer printed on every page (the
// report's title, the issuer's name). Left in the text, a running header
// 2002年…政府工作报告 in the middle of a report of what was done in 2001
// starts a new part about 2002 (tense.go), and a number between two halves
// of a cut sentence keeps them apart.

// pageStyle is the shape of a page-number line.
type pageStyle int

const (
	pageNone     pageStyle = iota
	pageDashed             // — 3 —, - 3 -, －3－: nothing else is written so
	pageWord               // 第3页, 第 3 页 共 12 页, 共12页 第3页, Page 3 of 12
	pageBare               // 3: also a table's cell or a list's number
	pageOf                 // 3/12, 3 / 12: also a fraction or a date
	pageHalfDash           // 3 -, -3: what Markdown leaves of - 3 - (a list item), or a cell's negative number
)

// pageNumberLine returns the style and number of a line that is a page's
// number and nothing else, or pageNone.
func (tx *text) pageNumberLine(line []rune) (pageStyle, int) {
	rs := trimBlank(line)
	if len(rs) == 0 || len(rs) > 24 {
		return pageNone, 0
	}
	// digits reads a run of ASCII digits (blanks before it skipped) from i.
	digits := func(i int) (n, j int, ok bool) {
		for i < len(rs) && isBlank(rs[i]) {
			i++
		}
		j = i
		for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
			j++
		}
		if j == i || j-i > 4 {
			return 0, i, false
		}
		n, _ = strconv.Atoi(string(rs[i:j]))
		return n, j, true
	}
	skipBlank := func(i int) int {
		for i < len(rs) && isBlank(rs[i]) {
			i++
		}
		return i
	}
	// word reads 第 N 页 (or 共 N 页 when lead is tx.total) from i.
	word := func(i int, lead rune) (n, j int, ok bool) {
		if i >= len(rs) || rs[i] != lead {
			return 0, i, false
		}
		n, j, ok = digits(i + 1)
		if !ok {
			return 0, i, false
		}
		j = skipBlank(j)
		if j >= len(rs) || rs[j] != tx.page {
			return 0, i, false
		}
		return n, j + 1, true
	}
	// 第3页, 第3页 共12页, 第3页/共12页, 共12页 第3页
	if n, j, ok := word(0, tx.ordinal); ok {
		j = skipBlank(j)
		if j < len(rs) && (rs[j] == '/' || rs[j] == ',' || rs[j] == '，') {
			j = skipBlank(j + 1)
		}
		if j == len(rs) {
			return pageWord, n
		}
		if _, k, ok := word(j, tx.total); ok && skipBlank(k) == len(rs) {
			return pageWord, n
		}
		return pageNone, 0
	}
	if _, j, ok := word(0, tx.total); ok {
		if n, k, ok := word(skipBlank(j), tx.ordinal); ok && skipBlank(k) == len(rs) {
			return pageWord, n
		}
		return pageNone, 0
	}
	// Page 3, Page 3 of 12
	if len(rs) > 5 && (string(rs[:4]) == "Page" || string(rs[:4]) == "page") && isBlank(rs[4]) {
		n, j, ok := digits(5)
		if !ok {
			return pageNone, 0
		}
		j = skipBlank(j)
		if j == len(rs) {
			return pageWord, n
		}
		if j+2 < len(rs) && string(rs[j:j+2]) == "of" {
			if _, k, ok := digits(j + 2); ok && skipBlank(k) == len(rs) {
				return pageWord, n
			}
		}
		return pageNone, 0
	}
	// — 3 —, - 3 -
	dash := func(r rune) bool {
		return r == '-' || r == '—' || r == '–' || r == '－' || r == '―' || r == '‒'
	}
	i := 0
	for i < len(rs) && (dash(rs[i]) || isBlank(rs[i])) {
		i++
	}
	lead := i > 0
	n, j, ok := digits(i)
	if !ok {
		return pageNone, 0
	}
	k := j
	for k < len(rs) && (dash(rs[k]) || isBlank(rs[k])) {
		k++
	}
	switch {
	case k == len(rs) && lead && k > j:
		return pageDashed, n
	case k == len(rs) && (lead || k > j && containsRune(rs[j:], "-—–－―‒")):
		return pageHalfDash, n
	case k == len(rs) && !lead && j == len(rs):
		return pageBare, n
	case !lead && j < len(rs) && rs[skipBlank(j)] == '/':
		if m, e, ok := digits(skipBlank(j) + 1); ok && skipBlank(e) == len(rs) && m >= n {
			return pageOf, n
		}
	}
	return pageNone, 0
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

func trimBlank(rs []rune) []rune {
	for len(rs) > 0 && isBlank(rs[0]) {
		rs = rs[1:]
	}
	for len(rs) > 0 && isBlank(rs[len(rs)-1]) {
		rs = rs[:len(rs)-1]
	}
	return rs
}

// minPageLines is how many lines a page holds at least: numbers of the
// ambiguous styles (a lone 3, 3/12) closer together are a table's.
const minPageLines = 10

// pageFurniture marks the lines of a text that are its pages' furniture:
// its page numbers and the running header and footer lines beside them.
// A line is a page number when it is nothing else (pageNumberLine) and
// either of a style only page numbers have (— 3 —, 第3页) or, for 3/12, a
// number with a dash on one side, or a lone number of three digits at most
// between blank lines, when at least three such lines, ten lines apart or
// more, count up by one (two of three steps at least; never down). A running
// line is the first line after a page number, or the last before it
// (blank lines skipped), when the same words stand there at half the page
// breaks and at two at least, and it is short (a heading's length) and no
// sentence's end. It returns nil when the text has none.
func (tx *text) pageFurniture(rs []rune, lines []textLine) []bool {
	type cand struct {
		line int
		n    int
	}
	byStyle := map[pageStyle][]cand{}
	for k, l := range lines {
		if s, n := tx.pageNumberLine(rs[l.start:l.end]); s != pageNone {
			byStyle[s] = append(byStyle[s], cand{k, n})
		}
	}
	if len(byStyle) == 0 {
		return nil
	}
	var furniture []bool
	var pages []int
	mark := func(k int) {
		if furniture == nil {
			furniture = make([]bool, len(lines))
		}
		if !furniture[k] {
			furniture[k] = true
			pages = append(pages, k)
		}
	}
	// A lone number of three digits at most, with a blank line before and
	// after it, as a PDF's text sets a page's number apart: not a list of
	// years (2021⏎…⏎2022⏎…) nor a table's row numbers, one cell to a line.
	blankAt := func(k int) bool { return k < 0 || k >= len(lines) || lines[k].blank(rs) }
	bare := byStyle[pageBare][:0]
	for _, c := range byStyle[pageBare] {
		if l := lines[c.line]; len(trimBlank(rs[l.start:l.end])) <= 3 && blankAt(c.line-1) && blankAt(c.line+1) {
			bare = append(bare, c)
		}
	}
	byStyle[pageBare] = bare
	for _, s := range []pageStyle{pageDashed, pageWord, pageBare, pageOf, pageHalfDash} {
		cs := byStyle[s]
		if s == pageBare || s == pageOf || s == pageHalfDash {
			if len(cs) < 3 {
				continue
			}
			ones, ok := 0, true
			for i := 1; i < len(cs); i++ {
				if cs[i].n <= cs[i-1].n || cs[i].line-cs[i-1].line < minPageLines {
					ok = false
					break
				}
				if cs[i].n == cs[i-1].n+1 {
					ones++
				}
			}
			if !ok || ones*3 < (len(cs)-1)*2 {
				continue
			}
		}
		for _, c := range cs {
			mark(c.line)
		}
	}
	if len(pages) < 2 {
		return furniture
	}
	// Running lines: the same words beside half the page numbers.
	neighbour := func(k, step int) int {
		for k += step; k >= 0 && k < len(lines); k += step {
			if furniture[k] {
				return -1
			}
			if !lines[k].blank(rs) {
				return k
			}
		}
		return -1
	}
	for _, step := range []int{1, -1} {
		at := map[string][]int{}
		for _, p := range pages {
			k := neighbour(p, step)
			if k < 0 || k == 0 {
				continue // the first line of a text is its title, once
			}
			line := trimBlank(rs[lines[k].start:lines[k].end])
			if len(line) > 40 || containsRune(line[len(line)-1:], "。！？!?；;，,") {
				continue
			}
			at[string(line)] = append(at[string(line)], k)
		}
		for _, ks := range at {
			if len(ks) >= 2 && len(ks)*2 >= len(pages) {
				for _, k := range ks {
					furniture[k] = true
				}
			}
		}
	}
	return furniture
}
