package extract

import (
	"sort"
	"strings"
	"unicode"
)

// sentences splits normalised text into sentences: runs ending at 。！？；
// (and their ASCII forms) or a line break. Clause boundaries (，、：) are
// kept separately, so extractors can ask for either.
type sentences struct {
	ends    []int // exclusive end of each sentence, ascending
	clauses []int // exclusive end of each clause, ascending
	n       int
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '、', '：', ':':
		return true
	}
	return isSentenceEnd(r)
}

// bracketDepth returns how many brackets are open after r, when depth
// were open before it.
func bracketDepth(depth int, r rune) int {
	switch r {
	case '(', '（':
		return depth + 1
	case ')', '）':
		return max(0, depth-1)
	}
	return depth
}

// bracketDepthBack is bracketDepth read from right to left: a closing
// bracket opens, an opening one closes.
func bracketDepthBack(depth int, r rune) int {
	if m, ok := bracketMirror[r]; ok {
		r = m
	}
	return bracketDepth(depth, r)
}

// bracketMirror maps each bracket to its partner.
var bracketMirror = map[rune]rune{'(': ')', ')': '(', '（': '）', '）': '（'}

func splitSentences(text []rune) *sentences {
	s := &sentences{n: len(text)}
	depth := 0 // open brackets since the clause began
	for i, r := range text {
		depth = bracketDepth(depth, r)
		if isSentenceEnd(r) {
			s.ends = append(s.ends, i+1)
		}
		if isClauseEnd(r) && r != '、' {
			depth = 0 // counted from the clause's start, as clauseOf counts
		}
		// 县（市、区）: a list inside brackets does not end the clause.
		if isClauseEnd(r) && (r != '、' || depth == 0) {
			s.clauses = append(s.clauses, i+1)
		}
		// ①新建5G基站1万个②新增…: a circled number opens a clause; not
		// a note's mark, before punctuation (幼儿园20所②、).
		if i > 0 && opensCircledItem(text, i) && !isClauseEnd(text[i-1]) {
			s.clauses = append(s.clauses, i)
			depth = 0
		}
	}
	if len(s.ends) == 0 || s.ends[len(s.ends)-1] != len(text) {
		s.ends = append(s.ends, len(text))
	}
	if len(s.clauses) == 0 || s.clauses[len(s.clauses)-1] != len(text) {
		s.clauses = append(s.clauses, len(text))
	}
	return s
}

func around(ends []int, i int) span {
	k := sort.SearchInts(ends, i+1) // first end > i
	start := 0
	if k > 0 {
		start = ends[k-1]
	}
	end := len(ends)
	if k < len(ends) {
		end = ends[k]
	} else if len(ends) > 0 {
		end = ends[len(ends)-1]
	}
	return span{start, end}
}

// sentence returns the sentence containing rune i.
func (s *sentences) sentence(i int) span { return around(s.ends, i) }

// clause returns the clause containing rune i.
func (s *sentences) clause(i int) span { return around(s.clauses, i) }

// periodSentences splits text at 。！？ and line breaks (not at ；), and
// after a bracketed headline that opens a paragraph when a body runs on
// from it (【…】财联社6月23日电，…。): the headline is a sentence of its own.
//
// A circled number (①…②…) that follows another in the same sentence opens
// an item of its own, a sentence, when a headline in 【】 opens the run: a
// digest's items (【债券重大事件】①…完成发行②…将全额赎回③…十三家公司
// 重整计划) report separate events, and a goal word in one governs nothing
// in the next. Elsewhere (主要目标：①…②…) the items share what introduced
// them, but each is a clause of its own (splitSentences, clauseOf).
func periodSentences(rs []rune) []span {
	var out []span
	start, tried := 0, -1           // tried: the start whose headline was looked at
	circled, headed := false, false // a circled item seen in this sentence; a headline in 【】 right before the first
	for i, r := range rs {
		if isCircledNumber(r) {
			if circled && headed && i > start {
				out = append(out, span{start, i})
				start = i
			}
			if !circled {
				pre := strings.TrimSpace(string(rs[start:i]))
				headed = strings.HasSuffix(pre, "\u3011")
			}
			circled = true
		}
		switch r {
		case '。', '！', '？', '!', '?', '\n':
			if i+1 > start {
				out = append(out, span{start, i + 1})
			}
			start = i + 1
			circled, headed = false, false
		case '】':
			// Only the first 】 after a start closes its headline, so a
			// line of many brackets is read once.
			if start == tried {
				continue
			}
			tried = start
			if opensWithBracket(rs, start) && paragraphStart(rs, start) && bodyFollows(rs, i+1) {
				out = append(out, span{start, i + 1})
				start = i + 1
			}
		}
	}
	if start < len(rs) {
		out = append(out, span{start, len(rs)})
	}
	if len(out) == 0 {
		out = append(out, span{0, len(rs)})
	}
	return out
}

// isCircledNumber reports whether r is a circled number, ① to ⑳.
func isCircledNumber(r rune) bool { return r >= 0x2460 && r <= 0x2473 }

// opensCircledItem reports whether a circled number at i opens an item:
// text follows it, not punctuation or the end (幼儿园20所②、: a note's mark).
func opensCircledItem(rs []rune, i int) bool {
	return isCircledNumber(rs[i]) && i+1 < len(rs) && !unicode.IsPunct(rs[i+1])
}

func sentenceIndex(ss []span, i int) int {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].end > i })
	if k >= len(ss) {
		k = len(ss) - 1
	}
	return k
}

// clauseOf returns the clause around a quantity: split at ，；：、 unless the
// 、 joins items of one list that share a verb (新建3至5家A、30家B).
func clauseOf(rs []rune, q span) span {
	start, end := q.start, q.end
	for start > 0 && !strings.ContainsRune("，,；;：:。！？!?\n", rs[start-1]) && !opensCircledItem(rs, start) {
		start--
	}
	depth := 0 // brackets opened in the clause before q and not closed
	for _, r := range rs[start:q.start] {
		depth = bracketDepth(depth, r)
	}
	// 县（市、区）: a 、 inside brackets does not end the clause.
	for end < len(rs) && !strings.ContainsRune("，,；;：:。！？!?\n", rs[end]) && !opensCircledItem(rs, end) && (rs[end] != '、' || depth > 0) {
		depth = bracketDepth(depth, rs[end])
		end++
	}
	return span{start, end}
}

// firstClause returns the sentence's opening clause.
func firstClause(rs []rune, s span) span {
	for i := s.start; i < s.end; i++ {
		if strings.ContainsRune("，,；;：:", rs[i]) {
			return span{s.start, i + 1}
		}
	}
	return s
}

// paragraphStart reports whether the sentence starting at i opens a
// paragraph: only spaces lie between it and the line break before it.
func paragraphStart(rs []rune, i int) bool {
	for i--; i >= 0; i-- {
		switch rs[i] {
		case '\n':
			return true
		case ' ', '\t', '\u3000':
		default:
			return false
		}
	}
	return true
}

// startsInlineItem reports whether sentence s opens with an item number
// (12、) that is not a year or a quantity: one or two digits and 、.
func startsInlineItem(rs []rune, s span) bool {
	i := s.start
	for i < s.end && (rs[i] == ' ' || rs[i] == '\t' || rs[i] == '\u3000') {
		i++
	}
	n := 0
	for i+n < s.end && n < 3 && rs[i+n] >= '0' && rs[i+n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && i+n < s.end && rs[i+n] == '、'
}

// startsGluedHeadline reports whether sentence s opens with a news item's
// headline run on into its body, which repeats the headline's first words
// (…施工“陇电入浙”甘肃武威段…工程架线施工“陇电入浙”甘肃武威段…工程日前进入…):
// the first gluedHeadMin runes stand again within gluedHeadReach runes.
// A bulletin of unnumbered items (国内联播快讯) runs its items on so.
func startsGluedHeadline(rs []rune, s span) bool {
	if s.len() < 2*gluedHeadMin {
		return false
	}
	head := string(rs[s.start : s.start+gluedHeadMin])
	rest := string(rs[s.start+gluedHeadMin : min(s.end, s.start+gluedHeadMin+gluedHeadReach)])
	i := strings.Index(rest, head)
	if i < 0 {
		return false
	}
	// A headline runs into its body with no stop between, or with the
	// body's lead of time (…核电站开建今天（11月18日），我国首个…); a topic
	// named and taken up again (城市公共充电设施方面，城市公共充电设施将…) has a
	// stop with no date before it.
	gap := rest[:i]
	if k := strings.IndexAny(gap, "，,；;：:"); k >= 0 {
		return strings.ContainsAny(gap[:k], "（(0123456789")
	}
	return true
}

// startsLedHeadline reports whether sentence s opens with a news item's
// headline run on into a body that opens with a date or a reporter's lead
// (pattern_body_lead: …扩建工程全面投运1月3日，我国…; …抵达兰州新区今天（1月
// 14日），一列…): ledHeadMin to ledHeadMax runes without a stop, ending in a
// character or a closing quote, then the lead. A bulletin of unnumbered
// items (国内联播快讯) whose line breaks were lost runs its items on so.
func (x *Extractor) startsLedHeadline(rs []rune, s span) bool {
	end := min(s.end, s.start+ledHeadMax)
	for k := s.start; k < end; k++ {
		if strings.ContainsRune(ledHeadStops, rs[k]) {
			return false
		}
		if k-s.start < ledHeadMin || !x.txt.bodyLeadFirst.can(rs[k]) {
			continue
		}
		if p := rs[k-1]; !unicode.Is(unicode.Han, p) && !strings.ContainsRune(ledHeadEnds, p) {
			continue
		}
		if x.txt.bodyLead.MatchString(string(rs[k:min(s.end, k+ledLeadReach)])) {
			return true
		}
	}
	return false
}

// A led headline is ledHeadMin to ledHeadMax runes long, holds none of
// ledHeadStops and ends in a character or one of ledHeadEnds; its body's
// lead is found within ledLeadReach runes.
const (
	ledHeadMin   = 6
	ledHeadMax   = 40
	ledLeadReach = 16
	ledHeadStops = "，,；;：:。！？!?"
	ledHeadEnds  = "”’》」』）)"
)

// gluedHeadMin is how many runes of a headline its body must repeat, and
// gluedHeadReach how far after them the repeat may begin.
const (
	gluedHeadMin   = 8
	gluedHeadReach = 40
)

// splitInlineItems splits sentences where a numbered item begins after ；
// or white space (…； 12、市场监管总局发布…): a bulletin that runs its news
// items on in one paragraph.
func splitInlineItems(rs []rune, ss []span) []span {
	var out []span
	for _, s := range ss {
		start := s.start
		for k := s.start + 1; k < s.end; k++ {
			switch rs[k-1] {
			case '；', ';', ' ', '\u3000', '\t':
			default:
				continue
			}
			// A digit before the blank continues a number set with spaces
			// (1 9 4亿), not a new item.
			if k > start && startsInlineItem(rs, span{k, s.end}) && !(rs[k-1] == ' ' && k-2 >= start && startsWithDigit(rs[k-2])) {
				out = append(out, span{start, k})
				start = k
			}
		}
		out = append(out, span{start, s.end})
	}
	return out
}

// bodyFollows reports whether the line from i holds a full stop: a body
// after a headline, not the rest of a title (【奋进强国路】扎实迈向…目标).
func bodyFollows(rs []rune, i int) bool {
	for ; i < len(rs) && rs[i] != '\n'; i++ {
		if rs[i] == '。' {
			return true
		}
	}
	return false
}

// opensWithBracket reports whether the text from i opens with 【 after
// blanks.
func opensWithBracket(rs []rune, i int) bool {
	for ; i < len(rs); i++ {
		switch rs[i] {
		case ' ', '\t', '\u3000':
			continue
		case '【':
			return true
		}
		return false
	}
	return false
}
