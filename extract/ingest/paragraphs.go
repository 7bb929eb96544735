package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraph breaks a scraper lost.
//
// Chinese text indents every paragraph by two wide spaces (U+3000
// IDEOGRAPHIC SPACE, or U+2003 EM SPACE as some editors write it). A
// scraper or an export that drops the line breaks keeps the indents: a
// news item stored as one line reads 题：…热烈反响  新华社记者  11月12日，…
// with two wide spaces where each paragraph began. Every later stage reads
// a line as a paragraph (the title, the byline, a heading such as
// 二、2026年工作安排 that dates the goals below it), so breakParagraphs puts the
// line breaks back: inside a line of at least indentLineMin runes, a run of
// two or more wide spaces between two other characters starts a new line
// (the run stays, as the new line's indent). A single wide space (新华社北京
// 11月13日电 题：…, a dateline's separator) is no break, nor is a run at a
// line's start or end, nor one in a Markdown table row (|…|); short lines
// are left alone, because a table or a signature block aligns its cells
// with such runs (粮食  35,343万吨  8.7%) and a line cut there loses the
// row, unless the run follows the end of a sentence (。！？, or a quote or
// bracket closing after one), which no table cell has.

// The same loss without indents (an export that joined the lines with
// nothing) leaves the numbered headings run into the sentence before them:
// …取得新成效。二、2024年工作安排2024年是…. In a line of at least
// headingLineMin runes, a heading number (runInHeadingRE in vocab.txt: 二、,
// （三）, 第五条, 2、, 3.加强, a Markdown heading's #) right after the end of a
// sentence starts a new line, and so does a Markdown heading of level 2 or
// deeper (### 热点聚焦) after anything; in a line of boldLineMin runes or
// more (a whole document), a short bold run at the line's start or after a
// sentence's end (…。**2023年政府工作**2023年是…), a heading written in
// bold, is put on a line of its own. Markdown is broken so before it is converted (its
// markers still there), and again after. A shorter line is a paragraph that lists its
// items inline (具体措施如下：一、…。二、…), and stays one.

// boldLineMin is the length, in runes, from which a bold run is taken for
// a heading run into the text: in a shorter line, which a paragraph can
// be, bold after a sentence's end is emphasis (。**江东新区**招引重点企业…).
const boldLineMin = 2000

// headingLineMin is the length, in runes, from which a line is taken for
// paragraphs run together when a heading number follows a sentence end in it.
const headingLineMin = 300

var runInHeadingRE = lazyPattern("runInHeadingRE")

// indentLineMin is the length, in runes, from which a line with inner
// indent runs is taken for paragraphs run together.
const indentLineMin = 120

// wideSpace reports whether r is a space Chinese text indents with.
func wideSpace(r rune) bool { return r == '\u3000' || r == '\u2003' }

// breakParagraphs returns s with the line breaks a scraper lost put back:
// before an inner run of two or more wide spaces (in a line of at least
// indentLineMin runes, or after a sentence's end), and before a numbered
// heading run into the sentence before it (in a line of at least
// headingLineMin runes). It only inserts line breaks, dropping ASCII
// spaces and tabs right before one; lines without a cut are kept as they
// are, and running it again changes nothing.
func breakParagraphs(s string) string {
	// A cut makes a line start, where a bold heading may now stand at the
	// line's start (…  **标题**正文): passes run until one changes nothing
	// (two do, but a bound keeps a pathological text linear).
	for range 4 {
		next := breakParagraphsOnce(s)
		if next == s {
			break
		}
		s = next
	}
	return s
}

// breakParagraphsOnce is one pass of breakParagraphs.
func breakParagraphsOnce(s string) string {
	var b strings.Builder
	changed := false
	rest := s
	first := true // no line with text came before
	for rest != "" {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		cuts := paragraphCuts(line)
		if first && strings.TrimSpace(line) != "" {
			first = false
			if c := titleCut(line); c > 0 {
				cuts = append(cuts, c)
				slices.Sort(cuts)
				cuts = slices.Compact(cuts)
			}
		}
		if len(cuts) == 0 {
			if changed {
				b.WriteString(line)
			}
			continue
		}
		if !changed {
			changed = true
			b.Grow(len(s) + 16)
			b.WriteString(s[:len(s)-len(rest)-len(line)])
		}
		at := 0
		for _, c := range cuts {
			b.WriteString(strings.TrimRight(line[at:c], " \t"))
			b.WriteByte('\n')
			at = c
		}
		b.WriteString(line[at:])
	}
	if !changed {
		return s
	}
	return b.String()
}

// paragraphCuts returns the byte offsets in line (which may end in its line
// break) where breakParagraphs starts a new line, in order: the starts of
// the inner runs of wide spaces that break it, and of the numbered headings
// run into it (one that follows such a run is cut at the run only).
func paragraphCuts(line string) []int {
	body := strings.TrimRight(line, "\n")
	if strings.HasPrefix(strings.TrimLeft(body, " \t\u3000\u2003"), "|") {
		return nil
	}
	runes := utf8.RuneCountInString(body)
	long := runes >= indentLineMin
	var cuts []int
	if strings.Contains(body, "\u3000") || strings.Contains(body, "\u2003") {
		seen := false         // a character other than white space came before
		var last, before rune // the last two of them
		for i := 0; i < len(body); {
			r, n := utf8.DecodeRuneInString(body[i:])
			if !wideSpace(r) {
				if r != ' ' && r != '\t' {
					seen, last, before = true, r, last
				}
				i += n
				continue
			}
			// A run of wide spaces (ASCII spaces and tabs mixed in count with
			// it, as an editor pads) from i to j.
			j, wide := i, 0
			for j < len(body) {
				q, m := utf8.DecodeRuneInString(body[j:])
				if wideSpace(q) {
					wide++
				} else if q != ' ' && q != '\t' {
					break
				}
				j += m
			}
			if wide >= 2 && seen && j < len(body) && (long || sentenceEnd(last, before)) {
				cuts = append(cuts, i)
			}
			i = j
		}
	}
	indents := len(cuts)
	if runes >= headingLineMin && headingCandidate(body) {
		lead := len(body) - len(strings.TrimLeftFunc(body, unicode.IsSpace)) // the indent
		for _, m := range runInHeadingRE().FindAllStringSubmatchIndex(body, -1) {
			switch {
			case m[2] >= 0:
				cuts = append(cuts, m[2])
			case m[4] >= 0:
				cuts = append(cuts, m[4])
			case runes < boldLineMin:
				// A paragraph's bold lead (。**江东新区**招引…), not a heading.
			default: // a bold heading: a line of its own
				if m[6] > lead {
					cuts = append(cuts, m[6])
				}
				if m[7] < len(body) {
					cuts = append(cuts, m[7])
				}
			}
		}
	}
	if runes >= headingLineMin {
		cuts = append(cuts, runInCuts(body)...)
	}
	if len(cuts) > indents {
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
		// A heading after an indent (。  二、…) is cut at the indent only.
		kept := cuts[:1]
		for _, c := range cuts[1:] {
			if strings.TrimSpace(body[kept[len(kept)-1]:c]) != "" {
				kept = append(kept, c)
			}
		}
		cuts = kept
	}
	return cuts
}

// runInCuts returns where, in a long line, the unnumbered parts of a
// document that stand on lines of their own begin or end when the line
// breaks around them were lost: a work report's heading of a year
// (runInYearHeadingRE: …解决。2023年主要工作2023年，是…, cut before and
// after it), the items of a dash list (runInDashItemRE: 主要目标是：——转型…,
// cut before each), and a notice's signature at the end of the text
// (runInSignatureRE: …省工商联。山东省人民政府办公厅2019年3月15日印发, cut
// before it). Each is what a later stage reads by its line: the heading
// dates the goals below it, the item opens a sentence, the signature
// dates the notice.
func runInCuts(body string) []int {
	var cuts []int
	for _, stop := range []string{"\u3002", "\uff01", "\uff1f", "!", "?"} {
		for from := 0; ; {
			k := strings.Index(body[from:], stop)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(stop)
			// An anchored match from the sentence's end, over the next
			// few dozen runes, where what follows (past closing marks and
			// spaces) can open such a heading: most sentence ends open none.
			if yearHeadingNext(body[from:]) {
				end := min(len(body), i+yearHeadingSpan)
				if m := runInYearHeadingRE().FindStringSubmatchIndex(body[i:end]); m != nil {
					cuts = append(cuts, i+m[2], i+m[3])
				}
			}
		}
	}
	if strings.Contains(body, dashItemWord) {
		for _, m := range runInDashItemRE().FindAllStringSubmatchIndex(body, -1) {
			cuts = append(cuts, m[2])
		}
	}
	// A signature ends in a date or in 印发, 发布, 公布
	// (signatureLastWord): most lines end otherwise.
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(body, unicode.IsSpace)); strings.ContainsRune(signatureLastWord, last) {
		from := max(0, len(body)-signatureSpan)
		for from > 0 && !utf8.RuneStart(body[from]) {
			from--
		}
		if m := runInSignatureRE().FindStringSubmatchIndex(body[from:]); m != nil {
			cuts = append(cuts, from+m[2])
		}
	}
	return cuts
}

// yearHeadingNext reports whether s, past closing quotes and brackets and
// spaces, opens with what a run-in heading of a year opens with: 1 or 2
// (a year), or one of yearHeadingFirstWord.
func yearHeadingNext(s string) bool {
	for _, r := range s {
		switch {
		case strings.ContainsRune("\u201d\u2019\u300d\u300f\uff09) \t\u3000", r):
			continue
		case r == '1' || r == '2':
			return true
		default:
			return strings.ContainsRune(yearHeadingFirstWord, r)
		}
	}
	return false
}

// yearHeadingSpan bounds, in bytes, how far past a sentence's end a run-in
// heading of a year (and the words opening its section) may reach;
// signatureSpan how far from a line's end a run-in signature may begin.
const (
	yearHeadingSpan = 120
	signatureSpan   = 160
)

var (
	runInYearHeadingRE   = lazyPattern("runInYearHeadingRE")
	runInSignatureRE     = lazyPattern("runInSignatureRE")
	runInDashItemRE      = lazyPattern("runInDashItemRE")
	dashItemWord         = vocabWord("dashItemWord")
	yearHeadingFirstWord = vocabWord("yearHeadingFirstWord")
	signatureLastWord    = vocabWord("signatureLastWord")
)

// titleCut returns where the title that opens line, a document's first
// line of text, ends when the rest of the document runs on after it with
// no line break (runInTitleRE: 1997年…政府工作报告各位代表：现在，…), or 0.
// Only a line of headingLineMin runes or more is looked at: a shorter one
// is a title or a paragraph as it is.
func titleCut(line string) int {
	if len(line) < headingLineMin || utf8.RuneCountInString(line) < headingLineMin {
		return 0
	}
	m := runInTitleRE().FindStringSubmatchIndex(line)
	if m == nil {
		return 0
	}
	return m[3]
}

var runInTitleRE = lazyPattern("runInTitleRE")

// sentenceEnd reports whether a text whose last two characters are before
// and last ends a sentence: 。！？!? last, or a closing quote or bracket
// after one.
func sentenceEnd(last, before rune) bool {
	stop := func(r rune) bool { return strings.ContainsRune("。！？!?", r) }
	return stop(last) || strings.ContainsRune("”’」』）)", last) && stop(before)
}

// headingCandidate reports whether runInHeadingRE can match in line: a
// Markdown heading's ## or bold **, or a sentence's end followed (after
// closing quotes and spaces) by what opens a numbered heading (a Chinese
// numeral, a bracket, 第, a digit). Most long lines have neither, and the
// expression is not run on them.
func headingCandidate(line string) bool {
	if strings.Contains(line, "##") || strings.Contains(line, "**") {
		return true
	}
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		i += n
		if !strings.ContainsRune("\u3002\uff01\uff1f!?", r) {
			continue
		}
		for i < len(line) {
			q, m := utf8.DecodeRuneInString(line[i:])
			if strings.ContainsRune("\u201d\u2019\u300d\u300f\uff09) \t\u3000", q) {
				i += m
				continue
			}
			if headingAt(line[i:]) {
				return true
			}
			break
		}
	}
	return false
}

// headingAt reports whether s opens like a numbered heading, as far as its
// first runes tell: one or two digits then 、 ． or a point; one to three
// Chinese numerals then 、; a bracket then a numeral; 第 then a numeral.
// (A sentence that opens with a year, 。2024年…, is none.)
func headingAt(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9':
		s = s[n:]
		if s != "" && s[0] >= '0' && s[0] <= '9' {
			s = s[1:]
		}
		next, _ := utf8.DecodeRuneInString(s)
		return next == '\u3001' || next == '\uff0e' || next == '.'
	case strings.ContainsRune(chineseNumerals, r):
		for k := 0; k < 3 && s != ""; k++ {
			q, m := utf8.DecodeRuneInString(s)
			if !strings.ContainsRune(chineseNumerals, q) {
				return q == '\u3001'
			}
			s = s[m:]
		}
		next, _ := utf8.DecodeRuneInString(s)
		return next == '\u3001'
	case r == '\uff08' || r == '(' || string(r) == headingOrdinal:
		next, _ := utf8.DecodeRuneInString(s[n:])
		return strings.ContainsRune(chineseNumerals, next)
	}
	return false
}

// chineseNumerals are the numerals one to ten (and hundred, zero, as in
// 第一百零一条), and headingOrdinal the 第 of 第五条 (vocab.txt).
var (
	chineseNumerals = vocabWord("headingNumeralsWord")
	headingOrdinal  = vocabWord("headingOrdinalWord")
)
