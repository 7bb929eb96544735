package textnorm

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalised view of an original string. Runes is what matchers see;
// every rune of Runes came from a byte range of Orig, so any rune range maps
// back to a byte span of Orig (see Span).
type Text struct {
	// Orig is the text as given to Normalize.
	Orig string
	// Runes is the normalised text. Callers may read it but must not change
	// its length; Span and RuneAt index it.
	Runes []rune

	// starts[k]: where in Orig the source rune that Runes[k] came from
	// begins; non-decreasing in k. Every source is one rune of Orig (or
	// one invalid byte), so its end is where that rune ends (see end):
	// one offset per rune instead of two halves what Normalize and Join
	// allocate for offsets.
	starts []int32
}

// Options switches individual steps off; the zero value runs every step.
// They exist for tests and for callers that want a lighter normalisation.
type Options struct {
	KeepWidth       bool // skip NFKC width and compatibility folding (step 1)
	KeepRadicals    bool // leave CJK Radicals Supplement characters alone (step 2)
	KeepTraditional bool // skip Traditional → Simplified conversion (step 3)
	KeepPinyin      bool // keep pinyin annotations such as 動(dòng) (step 4)
	KeepInvisible   bool // keep zero-width characters and soft hyphens (step 5)
	KeepSpacing     bool // keep a space between Han and a Latin letter or digit (step 6)
	KeepFullStop    bool // keep an ASCII full stop that ends a Chinese sentence (step 7)
	KeepLineSymbols bool // keep emoji and symbols that open a line (step 8)
}

// Normalize returns the normalised view of orig. It never fails: invalid UTF-8
// bytes become U+FFFD, each mapped to its own byte. The steps are described in
// the package documentation. Texts of 2 GiB or more are not supported (panic).
func Normalize(orig string, opt Options) *Text {
	if len(orig) >= math.MaxInt32 {
		panic("textnorm: text too long")
	}
	n := runeEstimate(orig) + 8
	b := builder{
		opt:       opt,
		runes:     make([]rune, n),
		starts:    make([]int32, n),
		pyOpen:    -1,
		blankLine: true,
	}
	wide := false // any rune that step 3 could change
	for i := 0; i < len(orig); {
		if c := orig[i]; c < utf8.RuneSelf {
			if c == '(' || b.pyOpen >= 0 {
				b.emit(rune(c), i)
			} else {
				b.push(rune(c), i)
			}
			i++
			continue
		}
		r, size := decodeRune(orig, i)
		if r >= 0x2E80 {
			wide = true
		}
		b.fold(r, orig[i:i+size], i)
		i += size
	}
	t := &Text{Orig: orig, Runes: b.runes[:b.w:b.w], starts: b.starts[:b.w:b.w]}
	// Steps 6 and 7 see each other's results: a space dropped makes a
	// point a sentence's end (增长 5. 下), a point made 。 ends the word
	// before a space (計.% 汉). They run in turn until neither changes a
	// rune, so that a normalised text is normalised.
	spacing, stops := !opt.KeepSpacing && b.spaces, !opt.KeepFullStop && slices.Contains(t.Runes, '.')
	for first := true; spacing || stops; first = false {
		if dropped := spacing && t.dropSpacing(); !first && !dropped {
			break // 2025 年 is 2025年 (step 6)
		}
		if !stops || !t.foldFullStops() {
			break // 增长5%.全省 is 增长5%。全省 (step 7)
		}
	}
	if !opt.KeepTraditional && wide {
		toSimplified(t.Runes)
	}
	return t
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for a non-ASCII s[i], with
// the three-byte characters of U+1000–U+CFFF and U+E000–U+FFFF (all CJK
// ideographs, CJK and full-width punctuation) decoded inline: their lead
// byte E1–EC or EE–EF followed by any two continuation bytes is always
// valid, neither overlong nor a surrogate.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeEstimate returns the number of runes of s when s is valid UTF-8:
// its bytes less its continuation bytes (10xxxxxx), counted eight at a
// time. Invalid bytes can make it low (each becomes a rune of its own),
// never high; the builder grows when it is low. It is several times
// faster than utf8.RuneCountInString on Chinese text, where that was 15%
// of Normalize.
func runeEstimate(s string) int {
	const hi = 0x8080808080808080
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(w &^ (w << 1) & hi)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// builder carries the state of one Normalize call.
type builder struct {
	opt    Options
	runes  []rune  // normalised runes; the first w are written
	starts []int32 // where each one's source rune begins
	w      int
	buf    [64]byte // NFKC output for one rune

	// Pinyin annotation candidate: index in Runes of the "(" that follows a Han
	// character, or -1; letters seen since, and whether one had a tone mark or ü.
	pyOpen    int
	pyLetters int
	pyTone    bool
	pySpace   bool // a space after the letters, which only the bracket may follow

	spaces bool // a space was written (step 6)
	// blankLine: only blanks written since the last line break (step 8)
	blankLine bool
}

// push appends a normalised rune whose source rune begins at s.
func (b *builder) push(r rune, s int) {
	if b.w >= len(b.runes) {
		b.grow()
	}
	b.runes[b.w] = r
	b.starts[b.w] = int32(s)
	b.w++
	switch r {
	case ' ':
		b.spaces = true
	case '\t':
	case '\n', '\r':
		b.blankLine = true
	default:
		b.blankLine = false
	}
}

// grow makes room when NFKC expansions outnumber the estimate.
func (b *builder) grow() {
	n := 2*len(b.runes) + 16
	b.runes = append(b.runes, make([]rune, n-len(b.runes))...)
	b.starts = append(b.starts, make([]int32, n-len(b.starts))...)
}

// IsEnclosedNumber reports whether r is an enclosed number (①, ⑴, ⒈, ❶,
// ㉑): Normalize keeps those as they are, since they mark footnotes and list
// items, and NFKC's digit would join the number beside them.
func IsEnclosedNumber(r rune) bool {
	// U+249C–U+24E9 between are enclosed letters (⒜, Ⓐ, ⓐ), which fold.
	return r >= 0x2460 && r <= 0x249B || r >= 0x24EA && r <= 0x24FF || r >= 0x2776 && r <= 0x2793 || r >= 0x3251 && r <= 0x325F || r >= 0x32B1 && r <= 0x32BF
}

// fold runs steps 1, 2 and 5 on one non-ASCII source rune src (= r) at s.
func (b *builder) fold(r rune, src string, s int) {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF:
		// Unified ideographs: NFKC-stable, not radicals, never invisible.
		if b.pyOpen >= 0 {
			b.emit(r, s)
		} else {
			b.push(r, s)
		}
		return
	case b.opt.KeepWidth:
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		b.emit(r-0xFEE0, s)
		return
	case r == 0x3000: // ideographic space
		b.emit(' ', s)
		return
	case IsEnclosedNumber(r):
		// Enclosed numbers (①, ⑴, ⒈, ❶, ㉑) mark footnotes and list items;
		// NFKC's 1 would join the number they stand against (国民生产总值
		// ①10920亿元 read as 110920亿元).
	case r == utf8.RuneError:
	default:
		if norm.NFKC.PropertiesString(src).Decomposition() != nil {
			out := norm.NFKC.AppendString(b.buf[:0], src)
			for len(out) > 0 {
				x, size := utf8.DecodeRune(out)
				b.emitFolded(x, s)
				out = out[size:]
			}
			return
		}
	}
	b.emitFolded(r, s)
}

// emitFolded runs steps 2 and 5 on an NFKC-folded rune.
func (b *builder) emitFolded(r rune, s int) {
	if r >= radicalFirst && r <= radicalLast && !b.opt.KeepRadicals {
		if x := radicalTable[r-radicalFirst]; x != 0 {
			r = x
		}
	}
	if !b.opt.KeepInvisible && isInvisible(r) {
		return
	}
	if !b.opt.KeepLineSymbols && r >= 0x2190 && b.blankLine && lineSymbol(r) {
		return // step 8: 📌到2025年 opens its line with 到
	}
	b.emit(r, s)
}

// lineSymbol reports the runes step 8 drops where they open a line: the
// symbols a post decorates its paragraphs and headings with, from the
// blocks of arrows (→, ⇒), technical symbols, block elements (▌),
// geometric shapes (▶, ■, ●, ◆, but not ○ and ◯, which write a zero:
// 二○二三年), miscellaneous symbols and dingbats (★, ✅, but not the
// enclosed numbers ❶…), and emoji; and the variation selectors and skin
// tones that go with emoji. Not box drawing (a table's borders),
// radicals (⻄), CJK symbols or letters.
func lineSymbol(r rune) bool {
	switch {
	case r == 0x25CB || r == 0x25EF:
		return false // ○ and ◯ write a zero (二○二三年)
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF, r >= 0x2580 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF:
		return !IsEnclosedNumber(r)
	case r >= 0x1F000 && r <= 0x1FAFF, r == 0xFE0E, r == 0xFE0F:
		return true
	}
	return false
}

// isInvisible reports the characters dropped by step 5.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// emit appends a folded rune, running step 4 (pinyin annotations).
func (b *builder) emit(r rune, s int) {
	if b.opt.KeepPinyin {
		b.push(r, s)
		return
	}
	if b.pyOpen >= 0 {
		switch {
		case b.pySpace && r != ')' && r != '）':
			b.pyOpen = -1 // after the space only the bracket may come
		case r >= 'a' && r <= 'z':
			b.pyLetters++
		case isToned(r):
			b.pyLetters++
			b.pyTone = true
		case r == ' ' && b.pyLetters >= 1:
			b.pySpace = true // 社會(huì )保障部: a converter's space before the bracket
		case r == ')' || r == '）':
			if b.pyLetters >= 1 && b.pyTone {
				// Drop "(" and the letters; the Han character before stays.
				b.w = b.pyOpen
				b.pyOpen = -1
				return
			}
			b.pyOpen = -1
		default:
			b.pyOpen = -1
		}
		if b.pyLetters > 7 {
			b.pyOpen = -1
		}
	}
	if r == '(' || r == '（' {
		if n := b.w; n > 0 && isHan(b.runes[n-1]) {
			b.pyOpen = n
			b.pyLetters = 0
			b.pyTone = false
			b.pySpace = false
		}
	}
	b.push(r, s)
}

// dropSpacing runs step 6 on the normalised runes: it removes each space
// that only spaces Han from a figure or a Latin word (spacing), and the
// spaces of a figure set one digit apart (spacedDigits), and reports
// whether it removed any.
func (t *Text) dropSpacing() bool {
	rs := t.Runes
	var drop []int // decided on the runes as they are, then removed
	digits := spacedDigits(rs)
	for k, r := range rs {
		if r != ' ' {
			continue
		}
		for len(digits) > 0 && digits[0] < k {
			digits = digits[1:]
		}
		if len(digits) > 0 && digits[0] == k || spacing(rs, k) {
			drop = append(drop, k)
		}
	}
	if len(drop) == 0 {
		return false
	}
	w, d := 0, 0
	for k, r := range rs {
		if d < len(drop) && drop[d] == k {
			d++
			continue
		}
		rs[w], t.starts[w] = r, t.starts[k]
		w++
	}
	t.Runes, t.starts = rs[:w:w], t.starts[:w:w]
	return true
}

// spacedDigits returns, in order, the spaces of figures set one digit
// apart (1 9 9 7 年, 7 4 7 7 2 亿元, 1 0 .3 %): two or more digits, each
// followed by one space, a point going with the digit after it, the run
// opening after Han, punctuation or its line's indentation and closing
// before Han, a percent sign or punctuation. Every space of the run goes,
// the one after its last digit too. A table's cells (合计 1 2 3, spaced
// from their label, and 272 0 3.1, with figures of several digits) are
// no such run.
func spacedDigits(rs []rune) []int {
	var out []int
	for p := 0; p < len(rs); p++ {
		if !isDigit(rs[p]) || !digitRunOpens(rs, p) {
			continue
		}
		j, n, mark := p, 0, len(out)
		for {
			if j+1 < len(rs) && isDigit(rs[j]) && rs[j+1] == ' ' {
				out, j, n = append(out, j+1), j+2, n+1
				continue
			}
			if n > 0 && j+2 < len(rs) && rs[j] == '.' && isDigit(rs[j+1]) && rs[j+2] == ' ' {
				out, j, n = append(out, j+2), j+3, n+1
				continue
			}
			break
		}
		if n < 2 || j >= len(rs) || !(isHan(rs[j]) || rs[j] == '%' || (unicode.IsPunct(rs[j]) && rs[j] != '.' && rs[j] != '-')) {
			out = out[:mark]
		}
		p = max(p, j-1)
	}
	return out
}

// digitRunOpens reports whether a run of spaced digits may open at rs[p]:
// at the start of a line (after its indentation), or after Han or
// punctuation that is no part of a figure.
func digitRunOpens(rs []rune, p int) bool {
	k := p - 1
	for k >= 0 && rs[k] == ' ' {
		k--
	}
	if k < 0 || rs[k] == '\n' {
		return true
	}
	if k != p-1 {
		return false // 合计 1 2 3: a label's cells
	}
	r := rs[k]
	return isHan(r) || unicode.IsPunct(r) && r != '.' && r != '-' && r != '%'
}

// spacing reports whether the space at rs[i] only spaces Han from a figure
// or a Latin word (step 6). The runes either side are one Han and the
// other an ASCII letter or digit, and the word of letters, digits, points
// and percent signs on the other side is set apart on that side too and no
// table's cell: beyond it stands Han with one space between, punctuation,
// or the start of the line, never Han with none (专栏8　部分: the space
// parts a heading's label from its words), another word after a space nor
// the end of the line, nor Han
// then the line's last figure, with a space between or none (人民币 86911
// 17.8, 城乡居民储蓄存款 94307 and 人民币 172534 外币 5432 are a table's
// rows; 比 1990 年增长 66%。 is prose).
// Runs of spaces, and spaces between two Han characters or between two
// words, stay. It looks at the runes of one line only, and at none that
// another space's decision removes, so a normalised text is normalised.
func spacing(rs []rune, i int) bool {
	if i == 0 || i+1 >= len(rs) {
		return false
	}
	prev, next := rs[i-1], rs[i+1]
	if isHan(prev) {
		if !alnum(next) {
			return false
		}
		// Han, then the word after the space: what stands beyond it?
		k := i + 1
		for k < len(rs) && inWord(rs, k) {
			k++
		}
		if k >= len(rs) {
			return false
		}
		if rs[k] == ' ' {
			// one space, then Han: a word set apart on both sides (增长
			// 5% 左右)
			if k++; k >= len(rs) || !isHan(rs[k]) {
				return false
			}
		} else if isSpace(rs[k]) || isHan(rs[k]) {
			return false // spaced on one side only: 专栏 8部分
		} else {
			return true // punctuation
		}
		// Han after the word: no label followed by the line's last
		// figure (人民币 172534 外币 5432⏎: a table's cells)
		for k < len(rs) && isHan(rs[k]) {
			k++
		}
		if k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k >= len(rs) || !alnum(rs[k]) {
			return true
		}
		return !lastFigure(rs, k)
	}
	if !(alnum(prev) || prev == '%') || !isHan(next) {
		return false
	}
	// The word before the space, then Han: what stands before the word?
	k := i - 1
	for k >= 0 && inWord(rs, k) {
		k--
	}
	if k < 0 || rs[k] == '\n' {
		// the line's first word: a year or a Latin word (2002 年…报告),
		// not a heading's number (1 总体要求, 2.1 主要目标)
		w := rs[k+1 : i]
		return len(w) >= 3 && !slices.Contains(w, '.')
	}
	if rs[k] == ' ' {
		if k == 0 || !isHan(rs[k-1]) {
			return false
		}
		// a label before the word: no table's row (人民币 172534 外币 5432)
		h := i + 1
		for h < len(rs) && isHan(rs[h]) {
			h++
		}
		if h < len(rs) && rs[h] == ' ' {
			h++
		}
		return h >= len(rs) || !alnum(rs[h]) || !lastFigure(rs, h)
	}
	return !isSpace(rs[k]) && !isHan(rs[k]) // not 专栏8 部分
}

// foldFullStops runs step 7 on the normalised runes: an ASCII full stop
// that ends a sentence of Chinese becomes the ideographic one (fullStop);
// it reports whether it folded any. Whether a point is folded does not
// depend on another point's being folded, so one pass is enough.
func (t *Text) foldFullStops() bool {
	folded := false
	for k, r := range t.Runes {
		if r == '.' && fullStop(t.Runes, k) {
			t.Runes[k], folded = '\u3002', true
		}
	}
	return folded
}

// fullStop reports whether the point at rs[i] ends a sentence of Chinese
// typed with ASCII punctuation (达到100亿元.全省…, 增长5%., （试行）.):
// it follows Han, a closing bracket or quote, or a percent sign, and no
// Latin letter follows it (政府网.cn); or it follows a figure of three
// digits or more or a Latin word without lower case that follows Han,
// and the line, a space, Han or a quote follows it (达到5000.全省, 达到
// 12EFLOPS.存储). Decimals (5.2), list numbers (1. 总体要求, 如下1.加强),
// words with lower case (Inc.), dates (2025.6.30), Latin (U.S., www.gov.cn)
// and points in a row (...) stay, and so does the point after a
// heading's number (one to three Han opening the line: 一. 总体要求). It
// looks at the runes of one line only and changes no other rune, so a
// normalised text is normalised.
func fullStop(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	prev := rs[i-1]
	var next rune
	if i+1 < len(rs) {
		next = rs[i+1]
	}
	if prev == '.' || next == '.' || next == '\u3002' {
		return false
	}
	switch {
	case isHan(prev) && lineLead(rs, i):
		return false // a heading's number: 一. 总体要求, 十二.
	case isHan(prev) || strings.ContainsRune(")\uff09\u201d\u2019\u300d\u300f\"'%", prev):
		return !(next < utf8.RuneSelf && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z'))
	case alnum(prev):
		if !(next == 0 || isSpace(next) || isHan(next) || strings.ContainsRune("\u201c\u201d\"", next)) {
			return false
		}
		k, digits, lower := i-1, 0, false
		for k >= 0 && (alnum(rs[k]) || rs[k] == ',') {
			if rs[k] >= '0' && rs[k] <= '9' {
				digits++
			}
			lower = lower || rs[k] >= 'a' && rs[k] <= 'z'
			k--
		}
		if lower || prev >= '0' && prev <= '9' && digits < 3 {
			return false // Inc.发布; a list's number, 如下1.加强
		}
		return k >= 0 && isHan(rs[k])
	}
	return false
}

// lineLead reports whether the Han before rs[i] are at most three and open
// their line (after blanks only).
func lineLead(rs []rune, i int) bool {
	k := i - 1
	for k >= 0 && i-1-k < 4 && isHan(rs[k]) {
		k--
	}
	if i-1-k > 3 {
		return false
	}
	for k >= 0 && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == 0x3000) {
		k--
	}
	return k < 0 || rs[k] == '\n' || rs[k] == '\r'
}

// lastFigure reports whether the word at rs[k] ends its line.
func lastFigure(rs []rune, k int) bool {
	for k < len(rs) && inWord(rs, k) {
		k++
	}
	return k >= len(rs) || rs[k] == '\n' || rs[k] == '\r'
}

// alnum reports an ASCII letter or digit.
func alnum(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// wordRune reports a rune of a figure or a Latin word: 3.5%, GDP, 5G.
func wordRune(r rune) bool { return alnum(r) || r == '.' || r == '%' }

// inWord reports whether rs[k] is a rune of a figure or a Latin word
// (wordRune), or a thousands separator between two digits (260,772: a
// table's cell as much as 260772 is).
func inWord(rs []rune, k int) bool {
	if rs[k] == ',' {
		return k > 0 && k+1 < len(rs) && isDigit(rs[k-1]) && isDigit(rs[k+1])
	}
	return wordRune(rs[k])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0x3000 || r == 0xA0
}

// isToned reports the pinyin vowels with a tone mark, and ü.
func isToned(r rune) bool {
	switch r {
	case 'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì',
		'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǖ', 'ǘ', 'ǚ', 'ǜ', 'ü':
		return true
	}
	return false
}

func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// String returns the normalised text, string(t.Runes).
func (t *Text) String() string { return string(t.Runes) }

// HanRewritten counts the Han characters of Runes written otherwise in
// Orig: Traditional characters made Simplified (step 3), and the radicals
// and compatibility forms folded to the characters they stand for. A
// text written in Traditional script has many; one in Simplified none
// or a few.
func (t *Text) HanRewritten() int {
	n := 0
	for k, r := range t.Runes {
		if r < 0x2E80 || !unicode.Is(unicode.Han, r) {
			continue
		}
		if o, _ := utf8.DecodeRuneInString(t.Orig[t.starts[k]:]); o != r {
			n++
		}
	}
	return n
}

// Span maps the rune range [i,j) of Runes to the byte range [start,end) of
// Orig that those runes came from. Orig[start:end] is the original text of
// exactly the source runes of Runes[i:j] (plus any dropped characters, such as
// a pinyin annotation or a zero-width space, lying between them).
//
// For i == j the span is empty and sits where an insertion at rune i would go:
// at the start of the source of Runes[i], or at len(Orig) when i == len(Runes).
// Span panics unless 0 <= i <= j <= len(Runes), as slicing would.
func (t *Text) Span(i, j int) (start, end int) {
	if i < 0 || i > j || j > len(t.Runes) {
		panic(fmt.Sprintf("textnorm: Span(%d, %d) out of range [0:%d]", i, j, len(t.Runes)))
	}
	if i == j {
		if i == len(t.Runes) {
			return len(t.Orig), len(t.Orig)
		}
		s := int(t.starts[i])
		return s, s
	}
	return int(t.starts[i]), t.end(j - 1)
}

// Without returns t without the runes at the given indices (increasing,
// each in range): the same Orig, the other runes with their offsets, so
// that Span still maps every rune range back to the original bytes (a
// range across a removed rune covers its source too). A wrapped line's
// break removed joins 基本⏎实现 into 基本实现.
func (t *Text) Without(drop []int) *Text {
	if len(drop) == 0 {
		return t
	}
	n := len(t.Runes) - len(drop)
	out := &Text{Orig: t.Orig, Runes: make([]rune, 0, n), starts: make([]int32, 0, n)}
	d := 0
	for k, r := range t.Runes {
		if d < len(drop) && drop[d] == k {
			d++
			continue
		}
		out.Runes = append(out.Runes, r)
		out.starts = append(out.starts, t.starts[k])
	}
	return out
}

// end is where the source of Runes[k] ends in Orig: after the rune that
// begins at starts[k], as Normalize decoded it.
func (t *Text) end(k int) int {
	s := int(t.starts[k])
	if t.Orig[s] < utf8.RuneSelf {
		return s + 1
	}
	_, n := decodeRune(t.Orig, s)
	return s + n
}

// RuneAt maps a byte offset of Orig to a rune index of Runes: the index of the
// first normalised rune whose source starts at or after byteOffset, or
// len(Runes) if there is none. Use it to map a span found in Orig by other
// means (Span(RuneAt(s), RuneAt(e)) covers the runes whose sources start in [s,e)).
func (t *Text) RuneAt(byteOffset int) int {
	return sort.Search(len(t.Runes), func(k int) bool { return int(t.starts[k]) >= byteOffset })
}

// FullStop reports whether the point ('.' or its full-width form) at rs[i]
// ends a sentence of Chinese as step 7 decides it, on runes that need not
// be normalised (a full-width point counts as '.'; other full-width forms
// are read as they are).
func FullStop(rs []rune, i int) bool {
	if i < 0 || i >= len(rs) || rs[i] != '.' && rs[i] != '\uff0e' {
		return false
	}
	if rs[i] == '.' {
		return fullStop(rs, i)
	}
	c := slices.Clone(rs[max(0, i-40):min(len(rs), i+2)])
	k := i - max(0, i-40)
	c[k] = '.'
	return fullStop(c, k)
}
