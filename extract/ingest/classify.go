package ingest

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The line classifier drops page chrome that the boilerplate rules do not
// name: menus, link lists, lists of districts or related headlines. It
// works in the spirit of jusText, on shape alone (no vocabulary — cue
// words such as 责任编辑 belong in the boilerplate rule files): each
// non-blank line is
//
//   - good: prose — at least goodRunes characters with a sentence mark
//     (。，；！？), at least longRunes characters, or a line ending a
//     sentence (。！？);
//   - bad: a link-list item — it opens with a bullet (· • ▪ ● ►) or a
//     bracketed tag ([头条]) and holds no sentence mark, or it is a menu
//     bar of three or more short items split by |;
//   - short: anything else (a heading, a table row, a signature, a date).
//
// A run of at least linkRun short lines of at most tinyRunes characters,
// most of them without digits and none a date or an addressee (国务院：),
// nor followed within a few short lines by a date alone (a signature block
// whose longer names break the run), is a link list and goes (首页 / 新闻 /
// 政务公开 …, a list of districts); mostly digits, it is a table. A
// shorter run without digits goes when a bad line touches it and no prose
// does on its other side; otherwise it stays: between paragraphs it is a
// heading, at the end of a notice a signature and date, with digits a
// table or a schedule. Bad lines always go.
const (
	goodRunes = 20
	longRunes = 60
	linkRun   = 5
	tinyRunes = 12
)

// signatureReach is how many short lines after a run of tiny lines may
// stand before the date that makes the run a signature block.
const signatureReach = 6

// foldDateWidth folds full-width digits and the full-width signs dates
// are written with (２０２０－０７－０３, ２０２０．７．３) to ASCII.
func foldDateWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '－' || r == '．' || r == '／' {
			return r - 0xFEE0
		}
		return r
	}, foldDigits(s))
}

// dateSoonAfter reports whether a printed date alone on its line stands
// among the next signatureReach non-blank lines from i, all of them short.
func dateSoonAfter(lines []string, class []lineClass, i int) bool {
	for n := 0; i < len(lines) && n < signatureReach; i++ {
		switch class[i] {
		case classBlank:
			continue
		case classShort:
			t := strings.TrimSpace(foldDateWidth(lines[i]))
			if tiny(class[i], lines[i]) && printedDateRE().may(t) && printedDateRE().MatchString(t) {
				return true // a date alone, not a dateline (…10:05 来源：…)
			}
			n++
		default:
			return false
		}
	}
	return false
}

type lineClass int

const (
	classBlank lineClass = iota
	classGood
	classShort
	classBad
)

// classifyLine gives one line's class and, for bad lines, why.
func classifyLine(l string) (lineClass, string) {
	t := strings.TrimSpace(l)
	if t == "" {
		return classBlank, ""
	}
	n := visibleRunes(t)
	sentence := strings.ContainsAny(t, "。，；！？!?;") || strings.Contains(t, ", ")
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	// A menu bar is a menu however long (首页 | 新闻 | … twenty items).
	case !sentence && menuItems(t) >= 3:
		return classBad, "menu bar (short items split by |)"
	case !sentence && spacedMenuItems(t) >= minSpacedMenu:
		return classBad, "menu bar (short words split by spaces)"
	case n >= longRunes, n >= goodRunes && sentence, strings.ContainsRune("。！？", last):
		return classGood, ""
	case !sentence && opensLikeListItem(t):
		return classBad, "link-list item (bullet or [tag], no sentence)"
	}
	return classShort, ""
}

// opensLikeListItem reports whether a line opens with a list bullet or a
// bracketed tag such as [头条] or 【图片】.
func opensLikeListItem(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case strings.ContainsRune("·•▪●►▸◆◇■□○", r):
		return true
	case r == '[' || r == '【':
		end := strings.IndexAny(t[size:], "]】")
		return end > 0 && utf8.RuneCountInString(t[size:size+end]) <= 6
	}
	return false
}

// menuItems counts the items of a menu bar: a line split by | into pieces
// of at most eight characters (首页 | 新闻 | 政务公开). A line with a longer
// piece is not a menu and counts 0.
func menuItems(t string) int {
	if !strings.ContainsAny(t, "|｜") {
		return 0
	}
	n := 0
	for _, p := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if utf8.RuneCountInString(p) > 8 {
			return 0
		}
		n++
	}
	return n
}

// minSpacedMenu is how many words, split by spaces, make a menu bar
// without | (群众呼声 警民交流 西部生态 …, a row of provinces).
const minSpacedMenu = 10

// spacedMenuItems counts the words of a menu bar split by white space:
// each two to six characters, none with a digit or punctuation (a name
// list "成员：张三 李四" has its colon, a table row its digits). A line
// with any other word counts 0.
func spacedMenuItems(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		c := utf8.RuneCountInString(w)
		if c < 2 || c > 6 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return 0
		}
		n++
	}
	return n
}

// classifyLines returns, for each line, why the classifier drops it, or ""
// when it stays. A text without a single line of prose is left alone: it
// is a list, a table or a notice of short lines, and shape cannot tell its
// chrome from its content. The title line is never dropped.
func classifyLines(lines []string, title string) []string {
	class := make([]lineClass, len(lines))
	why := make([]string, len(lines))
	prose := false
	for i, l := range lines {
		class[i], why[i] = classifyLine(l)
		prose = prose || class[i] == classGood
		if title != "" && strings.TrimSpace(l) == title {
			class[i], why[i] = classGood, ""
		}
	}
	if !prose {
		return make([]string, len(lines))
	}
	if lo, hi, ok := firstPost(lines, class, title); ok {
		for i := range lines {
			if (i < lo || i >= hi) && class[i] != classBlank && strings.TrimSpace(lines[i]) != title {
				class[i], why[i] = classBad, "another post of a list (repeated byline)"
			}
		}
	}
	for _, i := range headlineList(lines) {
		class[i], why[i] = classBad, "list of headlines (each line ends in a stamp of one shape)"
	}
	for _, i := range stampedHeadlines(lines) {
		class[i], why[i] = classBad, "list of headlines (each over a line of its stamp and byline)"
	}
	for _, i := range agedHeadlines(lines) {
		class[i], why[i] = classBad, "list of headlines (each over a line of how long ago it was posted)"
	}
	// A single bulleted line between two paragraphs is a heading
	// (●传媒巨头青睐播客), not a link list.
	for i := range lines {
		if class[i] == classBad && opensLikeListItem(strings.TrimSpace(lines[i])) &&
			neighbour(class, i, -1) == classGood && neighbour(class, i, 1) == classGood {
			class[i], why[i] = classShort, ""
		}
	}
	// Link lists: runs of at least linkRun tiny lines (at most tinyRunes
	// characters), most of them without digits (digits make a table) and
	// fewer than two of them a sum or measure alone (a form's cells:
	// 申请数 / 2072.82万元 / 调整后建议数 / 1174万元).
	for i := 0; i < len(lines); {
		if !tiny(class[i], lines[i]) {
			i++
			continue
		}
		var run []int
		digits, figures := 0, 0 // figures: lines that are a sum or measure alone (a form's cells)
		document := false       // a date or an addressee: a signature block, not a menu
		j := i
		for ; j < len(lines) && (class[j] == classBlank || tiny(class[j], lines[j])); j++ {
			if class[j] != classBlank {
				run = append(run, j)
				if strings.ContainsFunc(lines[j], unicode.IsDigit) {
					digits++
					if figureLineRE().MatchString(strings.TrimSpace(lines[j])) {
						figures++
					}
				}
				t := strings.TrimSpace(foldDateWidth(lines[j])) // ２０２０年７月３日, ２０２０－０７－０３ too
				document = document || strings.HasSuffix(t, "：") || printedDateRE().may(t) && printedDateRE().MatchString(t)
			}
		}
		// A signature block whose longer names break the run of tiny
		// lines (…生态环境部 / 国家税务总局 / 中国银行保险监督管理委员会 /
		// 国家铁路局 / 2020年7月3日) ends in its date a few short lines on.
		document = document || dateSoonAfter(lines, class, j)
		if len(run) >= linkRun && 2*digits < len(run) && figures < 2 && !document {
			for _, k := range run {
				class[k], why[k] = classBad, "link list (a long run of short lines)"
			}
		}
		i = j
	}
	// Other runs of short lines, blank lines ignored: they go when a bad
	// line touches them and no prose does on the other side.
	for i := 0; i < len(lines); {
		if class[i] != classShort {
			i++
			continue
		}
		var run []int
		digits := false
		j := i
		for ; j < len(lines) && (class[j] == classShort || class[j] == classBlank); j++ {
			if class[j] == classShort {
				run = append(run, j)
				digits = digits || strings.ContainsFunc(lines[j], unicode.IsDigit)
			}
		}
		prev, next := neighbour(class, i, -1), neighbour(class, j-1, 1)
		if !digits && (prev == classBad && next != classGood || next == classBad && prev != classGood) {
			for _, k := range run {
				why[k] = "short lines next to a link list"
			}
		}
		i = j
	}
	return why
}

// A blog's index page, a forum thread or an article with comments shows
// several posts, each under or over a byline of one shape: the same line
// once digits are ignored ("由某某张贴 @ 2005-06-14 03:25:55 (370) 共 11
// 篇评论"), short, holding a date or a time and some words, with prose
// between each two. The page's article is the first post: what comes
// before the first byline when that holds prose (the byline is a footer,
// or the comments' header), else what lies between the first two.
const (
	minPosts    = 3   // bylines needed to call a page a list of posts
	bylineRunes = 100 // the longest a byline is
)

// timeRE is a clock time, as bylines print it (03:25:55, 16:06).
var timeRE = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// digitRunRE is a run of digits, which bylines of one shape vary in.
var digitRunRE = regexp.MustCompile(`\d+`)

// bylineKey is a line's shape when it can be a byline: white space gone,
// digit runs folded to 0; "" when it cannot (prose, too long, no date or
// time, or fewer than two letters besides the date).
func bylineKey(l string, c lineClass) string {
	t := strings.TrimSpace(foldDigits(l))
	if c != classShort && c != classBad || utf8.RuneCountInString(t) > bylineRunes {
		return ""
	}
	if !timeRE.MatchString(t) && !(printedDateRE().may(t) && printedDateRE().MatchString(t)) {
		return ""
	}
	words := 0
	for _, r := range printedDateRE().ReplaceAllString(t, "") {
		if unicode.IsLetter(r) {
			words++
		}
	}
	if words < 2 {
		return ""
	}
	return digitRunRE.ReplaceAllString(squash(t), "0")
}

// firstPost finds the first post of a list of posts: lines[lo:hi] is the
// article, ok is false when the lines are no such list. The title line is
// not prose of its own.
func firstPost(lines []string, class []lineClass, title string) (lo, hi int, ok bool) {
	at := map[string][]int{}
	var keys []string // in order of first appearance, for a deterministic pick
	width := wrapWidth(lines)
	for i, l := range lines {
		k := bylineKey(l, class[i])
		if k == "" || width > 0 && utf8.RuneCountInString(strings.TrimSpace(l)) >= width-3 {
			continue // a hard-wrapped text's full line is prose cut short, not a byline
		}
		if at[k] == nil {
			keys = append(keys, k)
		}
		at[k] = append(at[k], i)
	}
	var best []int
	for _, k := range keys {
		if len(at[k]) > len(best) {
			best = at[k]
		}
	}
	if len(best) < minPosts {
		return 0, 0, false
	}
	hasProse := func(a, b int) bool {
		for i := a; i < b; i++ {
			if class[i] == classGood && (title == "" || strings.TrimSpace(lines[i]) != title) {
				return true
			}
		}
		return false
	}
	for j := 1; j < len(best); j++ {
		if !hasProse(best[j-1]+1, best[j]) {
			return 0, 0, false // bylines of a headline list, not of posts
		}
	}
	if hasProse(0, best[0]) {
		return 0, best[0], true
	}
	return best[0] + 1, best[1], true
}

// wrapWidth returns the width a hard-wrapped text (a PDF's text) is wrapped
// at, or 0: the commonest length of its lines of prose (a comma, stop or
// semicolon in them) of 12 to 80 runes, when at least 8 such lines are
// that long (three runes less, an indent trimmed, or two more) and run on
// into the next line, and they are a third of the lines of a third of the
// width or more. Bylines of one shape, as long as each other, hold no such
// mark, and comments under them end their paragraphs: neither makes a
// width.
func wrapWidth(lines []string) int {
	const marks = "，。；,;"
	count := map[int]int{}
	var ns []int
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		ns = append(ns, n)
		if n >= 12 && n <= 80 && strings.ContainsAny(l, marks) {
			count[n]++
		}
	}
	mode, best := 0, 0
	for n, c := range count {
		if c > best || c == best && n > mode {
			mode, best = n, c
		}
	}
	if mode == 0 {
		return 0
	}
	full, some := 0, 0
	for i, n := range ns {
		if n >= mode-3 && n <= mode+2 && i+1 < len(ns) && ns[i+1] > 0 && strings.ContainsAny(lines[i], marks) {
			full++
		}
		if n >= mode/3 {
			some++
		}
	}
	if full < 8 || full*3 < some {
		return 0
	}
	return mode
}

// A list of headlines (a thread's replies, a site's latest posts, related
// articles) is a run of lines that each end in a stamp of one shape: a
// date or a time after the headline, then at most a few more fields
// ("…【作者】08-11 16:06 298字 [4321/87]", "… 2024-01-02"). Such lines can be
// long and hold sentence marks, so the per-line classes call them prose.
// The stamp must follow some words (a line that opens with its date is a
// chronicle's entry, not a headline), and the lines of a run must agree on
// everything from the stamp on once digits are folded.
const (
	minHeadlines  = 5  // lines in a run needed to call it a list
	headTailRunes = 24 // the longest a line's tail may be, from its stamp on, spaces out and digit runs as one
	headLeadRunes = 4  // letters a headline needs before its stamp
)

// headlineKey is the shape of a line's tail from its first date or time on
// ("" when the line cannot be a headline of a list).
func headlineKey(l string) string {
	t := strings.TrimSpace(l)
	if t == "" || utf8.RuneCountInString(t) > 2*bylineRunes {
		return ""
	}
	if !strings.ContainsAny(t, "0123456789") {
		return "" // a list's stamps are written in digits
	}
	loc := stampRE().FindStringIndex(t)
	if loc == nil {
		return ""
	}
	at := loc[0]
	key := digitRunRE.ReplaceAllString(squash(t[at:]), "0")
	if utf8.RuneCountInString(key) > headTailRunes {
		return ""
	}
	letters := 0
	for _, r := range t[:at] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < headLeadRunes {
		return ""
	}
	return key
}

// stampRE is any stamp a headline may end in: a time, a printed date, a
// month and day; the leftmost wins.
var stampRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(timeRE.String() + "|" + printedDateRE().String() + "|" + shortDateRE.String())
})

// shortDateRE is a month and day without the year (08-11, 12/03), as lists
// print them.
var shortDateRE = regexp.MustCompile(`\b[01]?\d[-/][0-3]?\d\b`)

// headlineList returns the lines of every run of at least minHeadlines
// consecutive lines (blank ones aside) with one headlineKey; a line whose
// key extends the run's (a mark after the stamp: 当前帖子) belongs to it.
func headlineList(lines []string) []int {
	var out, run []int
	key := ""
	flush := func() {
		if len(run) >= minHeadlines {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k := headlineKey(l)
		if k != "" && key != "" && k != key && strings.HasPrefix(k, key) {
			run = append(run, i) // the same stamp and a mark (当前帖子, 置顶)
			continue
		}
		if k == "" || k != key {
			flush()
		}
		key = k
		if k != "" {
			run = append(run, i)
		}
	}
	flush()
	return out
}

// stampLineRunes is the longest a stamp line's tail may be after its
// stamp: a byline's name and a mark (2026/01/24某某某 ☆).
const stampLineRunes = 12

// stampLineKey is the shape of a line that is a stamp and a short byline
// alone (its digit runs as 0), "" for any other line.
func stampLineKey(l string) string {
	t := strings.TrimSpace(l)
	if t == "" || !strings.ContainsAny(t[:1], "0123456789") {
		return ""
	}
	loc := stampRE().FindStringIndex(t)
	if loc == nil || loc[0] != 0 {
		return ""
	}
	tail := t[loc[1]:]
	if visibleRunes(tail) > stampLineRunes || strings.ContainsAny(tail, "。，；！？!?;,") || !strings.ContainsFunc(tail, unicode.IsLetter) {
		return "" // a date alone heads a chronicle's entry
	}
	return digitRunRE.ReplaceAllString(squash(t[:loc[1]]), "0")
}

// stampedHeadlines returns the lines of every run of at least
// minHeadlines headlines each followed by a line of its stamp alone (a
// date and a byline: a site's list of other articles, each over its
// date), the stamps of one shape and nothing else between them.
func stampedHeadlines(lines []string) []int {
	var out, run []int
	key, last, lastKey := "", -1, "" // last: the previous non-blank line, lastKey its stampLineKey
	prevStamp := -1                  // the last stamp line of the run
	flush := func() {
		if len(run) >= 2*minHeadlines {
			out = append(out, run...)
		}
		run, key, prevStamp = run[:0], "", -1
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k := stampLineKey(l)
		switch {
		case k == "":
			if prevStamp >= 0 && last != prevStamp {
				flush() // two lines between stamps: the list is over
			}
		case last < 0 || lastKey != "" || visibleRunes(lines[last]) > longRunes || strings.HasSuffix(strings.TrimSpace(lines[last]), "。"):
			flush() // no headline over it: a paragraph is no headline
		default:
			if k != key {
				flush()
			}
			key = k
			run = append(run, last, i)
			prevStamp = i
		}
		last, lastKey = i, k
	}
	flush()
	return out
}

var agoStampRE = lazyPattern("agoStampRE")

var figureLineRE = lazyPattern("figureLineRE")

// agedHeadlines returns the lines of every run of at least minHeadlines
// items of a site's list of latest or most-read articles, each a headline
// (printed once or twice: linked, then as text) over a line that says
// only how long ago it was posted (2小时前, 12分鐘前): the headlines and
// their stamps, nothing else between them.
func agedHeadlines(lines []string) []int {
	var out, run, heads []int
	items := 0
	flush := func() {
		if items >= minHeadlines {
			out = append(out, run...)
		}
		run, items = run[:0], 0
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if !agoStampRE().MatchString(t) {
			heads = append(heads, i)
			continue
		}
		if n := len(heads); n == 0 || n > 2 {
			// No headline over the stamp, or more than one item's lines
			// between stamps: the list (if any) is over; this stamp may
			// open the next one with the one or two lines above it.
			flush()
			heads = heads[max(0, n-2):]
			if !headlinesOnly(lines, heads) {
				heads = heads[:0]
				continue
			}
		} else if !headlinesOnly(lines, heads) {
			flush()
			heads = heads[:0]
			continue
		}
		run = append(append(run, heads...), i)
		items++
		heads = heads[:0]
	}
	flush()
	return out
}

// headlinesOnly reports whether the lines at idx are one or two short lines
// none of which ends a sentence, as a list's headlines are, and print a
// list's item: numbered (3. 某市召开会议) or printed twice (linked, then as
// text). A live blog's short updates, each over its 12分钟前, are neither.
func headlinesOnly(lines []string, idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	for _, i := range idx {
		t := strings.TrimSpace(lines[i])
		if visibleRunes(t) > longRunes || strings.HasSuffix(t, "。") {
			return false
		}
	}
	first := strings.TrimSpace(lines[idx[0]])
	if numberedItemRE.MatchString(first) {
		return true
	}
	return len(idx) == 2 && numberedItemRE.ReplaceAllString(first, "") == strings.TrimSpace(lines[idx[1]])
}

// numberedItemRE is a list item's number (3. , 3、).
var numberedItemRE = regexp.MustCompile(`^\d{1,2}[.\x{3001}]\s*`)

// tiny reports whether a short line is short enough to be a link-list
// item (首页, 东城区, 通知公告).
func tiny(c lineClass, l string) bool {
	return c == classShort && visibleRunes(l) <= tinyRunes
}

// neighbour is the class of the nearest non-blank line from i in direction
// step, or classBlank at either end.
func neighbour(class []lineClass, i, step int) lineClass {
	for k := i + step; k >= 0 && k < len(class); k += step {
		if class[k] != classBlank {
			return class[k]
		}
	}
	return classBlank
}

// dropClassified removes the lines the classifier drops and reports them.
func dropClassified(lines []string, title string) ([]string, []Dropped) {
	why := classifyLines(lines, title)
	kept := lines[:0:0]
	var dropped []Dropped
	for i, l := range lines {
		if why[i] == "" {
			kept = append(kept, l)
			continue
		}
		dropped = appendDropped(dropped, Dropped{Stage: "classifier", Reason: why[i], Text: strings.TrimSpace(l)})
	}
	return kept, dropped
}
