package ingest

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/textnorm"
	"github.com/policygraph/policygraph/number"
)

// finish turns a converted body into the document's Title, Date, Meta and
// Text: boilerplate rules, title fallbacks, a repeated header block, and
// whitespace cleanup.
func finish(doc *Document, p parsed, cfg *config) error {
	if doc.Date == "" {
		if doc.Date = normalizeDate(p.date); doc.Date != "" {
			setMeta(doc, "date_source", p.dateSrc)
		}
	}
	for k, v := range p.meta {
		setMeta(doc, k, oneLine(v))
	}
	doc.Dropped = append(doc.Dropped, p.dropped...)
	bp, err := applyBoilerplate(breakParagraphs(cleanChars(p.body)), doc.Format, cfg.Boilerplate)
	if err != nil {
		return err
	}
	lines := bp.lines
	if strings.HasPrefix(doc.Meta["date_source"], "meta:") {
		// A page of 2019 that carries a notice of 1996 (国办发〔1996〕32号).
		simple, _ := simplifiedForDates(lines, "")
		if d := archivedDate(simple, doc.Date); d != "" { // 國辦發〔1996〕32號 too
			doc.Date = d
			setMeta(doc, "date_source", dateFromNumber)
		}
	}
	doc.bodyLines = bp.norm
	doc.Dropped = append(doc.Dropped, bp.dropped...)
	doc.Warnings = append(doc.Warnings, bp.warnings...)
	if doc.Date == "" && bp.date != "" {
		doc.Date = bp.date
		setMeta(doc, "date_source", "rule:"+bp.dateRule)
	}
	title, err := cleanTitle(p.title, doc.Format, cfg.Boilerplate)
	if err != nil {
		doc.Warnings = append(doc.Warnings, "title: "+err.Error())
	}
	// Title fallbacks. A scraped page puts its title on the line before the
	// date line (which a Date rule found); whatever is above it is page chrome.
	if title == "" && bp.anchor >= 0 {
		if t := titleLine(lines[bp.anchor]); titleLength(t, 100) {
			title = t
			for _, l := range lines[:bp.anchor] {
				if l = strings.TrimSpace(l); l != "" {
					doc.Dropped = appendDropped(doc.Dropped, Dropped{Stage: "title", Reason: "page chrome above the dated headline", Text: l})
				}
			}
			lines = append([]string{t}, lines[bp.anchor+1:]...)
		}
	}
	if title == "" {
		if title, err = cleanTitle(p.heading, doc.Format, cfg.Boilerplate); err != nil {
			doc.Warnings = append(doc.Warnings, "title: "+err.Error())
		}
	}
	// The line classifier runs before the first line is taken for a
	// title, so that a menu bar is not.
	if doc.Format == FormatHTML || doc.Format == FormatText {
		var dropped []Dropped
		lines, dropped = dropClassified(lines, title)
		doc.Dropped = append(doc.Dropped, dropped...)
	}
	if title == "" {
		if i := firstNonBlank(lines); i >= 0 {
			if t := titleLine(lines[i]); titleLength(t, 80) && !endsSentence(t) && !strings.Contains(t, "。") && !wrappedPiece(lines, i) {
				title = t
				lines[i] = t
			}
		}
	}
	lines = dropRepeatedHeader(lines)
	if p.mainLine > 0 {
		var dropped []Dropped
		lines, dropped = dropHead(lines, title)
		doc.Dropped = append(doc.Dropped, dropped...)
	}
	if doc.Date == "" {
		lines = dateFromText(doc, p, title, lines)
	}
	doc.Title = title
	doc.Text = articleText(title, lines)
	if doc.Text == "" {
		if len(doc.Dropped) > 0 {
			return fmt.Errorf("%w: every line was dropped as boilerplate (%d blocks; policygraph explain lists them)", ErrEmpty, len(doc.Dropped))
		}
		return ErrEmpty
	}
	return nil
}

// cleanTitle makes a title plain text on one line and cuts Remove-rule
// matches out of it.
func cleanTitle(t, format string, rules []BoilerplateRule) (string, error) {
	t = oneLine(cleanChars(stripMarkup(unescapeTitle(t))))
	if t == "" {
		return "", nil
	}
	t, err := removeMatches(t, format, rules)
	if err != nil {
		return "", err
	}
	return oneLine(t), nil
}

// stripMarkup returns the text of a title that holds HTML tags or
// character references ("<b>示例</b>新闻", "R&amp;D").
func stripMarkup(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	return htmlToText(s, false).body
}

// titleLine cleans a body line for use as a title: bullets and surrounding
// space removed, inner space collapsed.
func titleLine(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("•·●○▪■□◆◇►▶-*>", r)
	})
	return oneLine(s)
}

// titleLength reports whether t has between 2 and max runes.
func titleLength(t string, max int) bool {
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= max
}

// endsSentence reports whether s ends like a sentence or a salutation rather
// than a headline.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。，；：,;:！!？?…、", r)
}

// wrappedPiece reports whether line i is a piece of a hard-wrapped
// paragraph rather than a headline: the text is wrapped (wrapWidth), the
// line is as wide as the rest (two runes short, a paragraph's indent lost,
// to two long; a title three runes shorter stays one), holds a clause
// mark, and runs on into the next line (…典型应用，是全球⏎创新热点…; a
// notice's addressees, 各省、自治区、…⏎门、财政厅：). A title as wide would
// be the first piece of a wrapped title.
func wrappedPiece(lines []string, i int) bool {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || !strings.ContainsAny(lines[i], "，。；,;、：:") {
		return false
	}
	w := wrapWidth(lines)
	n := utf8.RuneCountInString(strings.TrimSpace(lines[i]))
	return w > 0 && n >= w-2 && n <= w+2
}

func firstNonBlank(lines []string) int {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return i
		}
	}
	return -1
}

// dropRepeatedHeader removes an immediate repetition of the first one to
// three non-blank lines (scraped pages print the headline twice).
func dropRepeatedHeader(lines []string) []string {
	var idx []int // indices of the first six non-blank lines
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			idx = append(idx, i)
			if len(idx) == 6 {
				break
			}
		}
	}
	for k := 3; k >= 1; k-- {
		if len(idx) < 2*k {
			continue
		}
		same := true
		for j := 0; j < k; j++ {
			if strings.TrimSpace(lines[idx[j]]) != strings.TrimSpace(lines[idx[k+j]]) {
				same = false
				break
			}
		}
		if same {
			return append(lines[:idx[k]:idx[k]], lines[idx[2*k-1]+1:]...)
		}
	}
	return lines
}

// articleText is the title line, then the body lines tidied (tidyLines),
// unless the body's first line already is the title; written at once
// rather than tidied and then copied behind the title.
func articleText(title string, lines []string) string {
	first := "" // the body's first line as tidyLines writes it
	for _, l := range lines {
		if first = strings.TrimRightFunc(l, unicode.IsSpace); first != "" {
			break
		}
	}
	switch {
	case title == "":
		return tidyLinesAfter("", lines, false)
	case first != "" && oneLineIs(first, title):
		return tidyLinesAfter(title, lines, true) // the same line, spaced as the title
	case first == "":
		return title
	}
	return tidyLinesAfter(title+"\n", lines, false)
}

// tidyLines joins lines: trailing space trimmed on each, at most one blank
// line in a row, no blank lines at either end.
func tidyLines(lines []string) string { return tidyLinesAfter("", lines, false) }

// tidyLinesAfter returns head followed by tidyLines(lines), whose first
// line is left out when skipFirst is set (head stands for it).
func tidyLinesAfter(head string, lines []string, skipFirst bool) string {
	// Sized once, for the lines and two breaks each at most, instead of
	// growing (and copying) the text as it is written.
	n := len(head)
	for _, l := range lines {
		n += len(l) + 2
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(head)
	blank := 0
	started := false
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			blank++
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		} else if skipFirst {
			started, blank = true, 0
			continue
		}
		started = true
		blank = 0
		b.WriteString(l)
	}
	return b.String()
}

// oneLine collapses all white space, line breaks included, into single
// spaces and trims the ends. A line break between two Han characters is
// dropped instead (a Chinese headline split over two lines).
func oneLine(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	oneLineRunes(s, func(r rune) bool {
		b.WriteRune(r)
		return true
	})
	return b.String()
}

// oneLineIs reports whether oneLine(s) == want, without building it: the
// first line of a body is often a long paragraph that is not the title,
// and the comparison fails at its first characters.
func oneLineIs(s, want string) bool {
	var buf [utf8.UTFMax]byte
	pos := 0 // bytes of want matched
	done := oneLineRunes(s, func(r rune) bool {
		n := utf8.EncodeRune(buf[:], r)
		if len(want)-pos < n || want[pos:pos+n] != string(buf[:n]) {
			return false
		}
		pos += n
		return true
	})
	return done && pos == len(want)
}

// oneLineRunes hands emit the runes of oneLine(s), a collapsed run of
// white space as one ' ', until emit returns false; it reports whether
// it reached the end.
func oneLineRunes(s string, emit func(rune) bool) bool {
	var prev rune
	wrote, space, newline := false, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			newline = newline || r == '\n'
			continue
		}
		if space && wrote && !(newline && isCJK(prev) && isCJK(r)) && !emit(' ') {
			return false
		}
		space, newline = false, false
		if !emit(r) {
			return false
		}
		wrote, prev = true, r
	}
	return true
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// normalizeNewlines turns CRLF, CR and Unicode line separators into LF.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") && !strings.Contains(s, "\u0085") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer("\r", "\n", "\u2028", "\n", "\u2029", "\n", "\u0085", "\n").Replace(s)
}

// cleanChars removes characters that are invisible and only get in the way
// of matching: C0 controls other than tab, newline and carriage return (form
// feed and vertical tab become newlines), DEL, C1 controls, zero-width
// spaces and joiners, soft hyphens and byte order marks.
func cleanChars(s string) string {
	if !needsCleaning(s) {
		return s
	}
	s = joinInvisibleLines(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\f' || r == '\v':
			b.WriteByte('\n')
		case dropChar(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// joinInvisibleLines drops a line that holds only characters cleanChars
// removes (a zero-width space: what some PDF exports write where a page
// breaks) when it stands between two lines of text, and joins those two
// unless the first ends a sentence (…达到74.4⏎<U+200B>⏎万亿元): the page broke
// the paragraph, which a blank line left in its place would end. Such a
// line among blank lines is left to cleanChars, which empties it.
func joinInvisibleLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) < 3 {
		return s
	}
	// A line of prose: neither a heading nor an item of a list, on
	// either side of the break.
	text := func(l string) bool {
		l = strings.TrimSpace(strings.TrimFunc(l, dropChar))
		return l != "" && !opensItem(l)
	}
	invisible := func(l string) bool {
		l = strings.TrimRight(l, "\r\n")
		if l == "" {
			return false
		}
		for _, r := range l {
			if !dropChar(r) && r != ' ' && r != '\t' {
				return false
			}
		}
		return true
	}
	var b strings.Builder
	b.Grow(len(s))
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		if k+2 < len(lines) && text(l) && invisible(lines[k+1]) && text(lines[k+2]) {
			body := strings.TrimRight(l, "\r\n")
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(body, dropChar))
			if strings.ContainsRune(sentenceEnds, last) {
				b.WriteString(l)
			} else {
				b.WriteString(body)
			}
			k++ // the invisible line goes
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}

// opensItem reports whether a line opens an item of a list or a heading
// (- …, * …, 二、…, （一）…, 1. …); a paragraph that opens with —— is
// prose (——经济运行缓中趋稳…).
func opensItem(l string) bool {
	for _, p := range []string{"- ", "* ", "\u2022", "\u00b7", "(", "\uff08"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	rs := []rune(l)
	i := 0
	for i < len(rs) && i < 4 && (unicode.IsDigit(rs[i]) || number.IsCountRune(rs[i])) {
		i++
	}
	// 二、…, 1. …; not a decimal (1.5万家).
	if i == 0 || i >= len(rs) {
		return false
	}
	return rs[i] == '\u3001' || strings.ContainsRune(".\uff0e", rs[i]) && (i+1 >= len(rs) || !unicode.IsDigit(rs[i+1]))
}

// sentenceEnds are the marks after which joinInvisibleLines keeps a break.
const sentenceEnds = "\u3002\uff01\uff1f!?\uff1b;"

// cleanLead marks the bytes that may start a character cleanChars changes:
// controls, DEL, and the lead bytes of C1 controls and U+00AD (0xC2),
// zero-width characters (0xE2) and U+FEFF (0xEF).
var cleanLead = func() (t [256]bool) {
	for b := 0; b < 0x20; b++ {
		t[b] = b != '\t' && b != '\n' && b != '\r'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

// needsCleaning is a byte-level check for the characters cleanChars changes.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		if !cleanLead[s[i]] {
			continue
		}
		switch b := s[i]; {
		case b < 0x20, b == 0x7F:
			return true
		case b == 0xC2 && i+1 < len(s):
			if c := s[i+1]; c >= 0x80 && c < 0xA0 && c != 0x85 || c == 0xAD {
				return true
			}
		case b == 0xE2 && i+2 < len(s):
			if s[i+1] == 0x80 && s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+1] == 0x81 && s[i+2] == 0xA0 {
				return true
			}
		case b == 0xEF && i+2 < len(s):
			if s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
}

func dropChar(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v'
	case r == 0x7F, r >= 0x80 && r < 0xA0 && r != 0x85:
		return true
	case r == 0xAD, r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF:
		return true
	}
	return false
}

// dateRE finds a year, month and day: 2022-06-06, 2022/6/6, 2022.06.06,
// 2022年6月6日 (ASCII or full-width digits, which normalizeDate folds first).
var dateRE = vocabPattern("dateRE")

// compactDateRE is 20220606, alone or before a time.
var compactDateRE = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|[T\s])`)

// normalizeDate returns the first date in s as YYYY-MM-DD, or "" when s
// holds no valid date.
func normalizeDate(s string) string {
	s = foldDigits(strings.TrimSpace(s))
	if s == "" {
		return ""
	}
	if t, ok := zonedTime(s); ok {
		return formatDate(t.Year(), int(t.Month()), t.Day())
	}
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		m = compactDateRE.FindStringSubmatch(s)
	}
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return formatDate(y, mo, d)
}

// zonedLayouts are the timestamps with a zone that front matter, feeds and
// exports write besides RFC 3339 and RFC 5322 (Jekyll's 2021-12-08
// 10:41:52 +0800).
var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02 15:04 -0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05.999999999 -0700 MST", // Go's time.String
}

// zonedTime reads a timestamp that says its zone (2021-12-07T20:00:00Z,
// 2021-12-08 10:41:52 +0800, an RSS feed's or a mail header's Wed, 08 Dec
// 2021 10:41:52 +0800) and returns it in China's time: the day a reader
// in China saw it published. A timestamp without a zone is read as
// written, by normalizeDate's patterns.
func zonedTime(s string) (time.Time, bool) {
	if !strings.Contains(s, ":") {
		// Every layout above and every date of RFC 5322 has a clock
		// (15:04); a date without one is not tried nine times over
		// (each failed time.Parse allocates its error).
		return time.Time{}, false
	}
	for _, layout := range zonedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.In(chinaTime), true
		}
	}
	if t, err := mail.ParseDate(s); err == nil {
		// A numeric zone or UT/GMT/Z says the offset; a zone's name does
		// not, the same everywhere (CST is China's and America's;
		// net/mail misreads GMT+8): its day is the day written.
		f := strings.Fields(s)
		if numericZone(f[len(f)-1]) {
			return t.In(chinaTime), true
		}
		f[len(f)-1] = "+0000" // the clock as written
		if t, err := mail.ParseDate(strings.Join(f, " ")); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, chinaTime), true
		}
	}
	return time.Time{}, false
}

// numericZone reports a zone that says its offset: +0800, -05:00, or UT,
// UTC, GMT and Z.
func numericZone(z string) bool {
	switch z {
	case "UT", "UTC", "GMT", "Z":
		return true
	}
	if len(z) != 5 && len(z) != 6 || z[0] != '+' && z[0] != '-' {
		return false
	}
	for _, c := range strings.ReplaceAll(z[1:], ":", "") {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// formatDate returns YYYY-MM-DD for a real calendar date between the years
// 1800 and 2200, or "".
func formatDate(y, m, d int) string {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 2023-02-30
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// foldDigits turns full-width digits into ASCII digits.
func foldDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, s)
}

// parseDatePart reads a year, month or day written in ASCII digits,
// full-width digits or Chinese numerals (二〇二五, 十二, 二十二). It returns -1
// when s is not a number.
func parseDatePart(s string) int {
	s = foldDigits(strings.TrimSpace(s))
	if s == "" {
		return -1
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if tens, ones, ok := strings.Cut(s, string(number.Ten)); ok {
		t, o := 1, 0
		if tens != "" {
			if t = parseDatePart(tens); t < 0 {
				return -1
			}
		}
		if ones != "" {
			if o = parseDatePart(ones); o < 0 || o > 9 {
				return -1
			}
		}
		return t*10 + o
	}
	n := 0
	for _, r := range s {
		d, ok := number.DateDigit(r)
		if !ok {
			return -1
		}
		n = n*10 + d
	}
	return n
}

// simplifiedForDates returns the lines and the title as the date finders
// read them: Traditional characters as Simplified (工作報告 is 工作报告,
// 新華社北京1月5日電 a dateline), nothing else changed, so that a line's
// index is the same in both.
func simplifiedForDates(lines []string, title string) ([]string, string) {
	if !textnorm.HasTraditional(title) && !slices.ContainsFunc(lines, textnorm.HasTraditional) {
		return lines, title // the common case, without building a text
	}
	joined := title + "\n" + strings.Join(lines, "\n")
	t := textnorm.Normalize(joined, textnorm.Options{KeepWidth: true, KeepPinyin: true, KeepInvisible: true, KeepRadicals: true}).String()
	if t == joined {
		return lines, title
	}
	parts := strings.Split(t, "\n")
	if len(parts) != len(lines)+1 {
		return lines, title // a line break changed: read the text as it is
	}
	return parts[1:], parts[0]
}

// dateFromText sets Date from the text, the URL or the path (findDate) and
// drops the line under the headline that printed it from the body.
func dateFromText(doc *Document, p parsed, title string, lines []string) []string {
	var all []string
	switch {
	case p.full != "":
		all = strings.Split(p.full, "\n")
	case !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "\n") }):
		all = lines // already what joining and splitting them would give
	default:
		all = strings.Split(strings.Join(lines, "\n"), "\n")
	}
	if title == "" {
		title = p.title
	}
	simple, simpleTitle := simplifiedForDates(all, title)
	s := dateSearch{
		lines: simple, title: simpleTitle, mainLine: p.mainLine - 1,
		url: doc.Meta["source_url"], path: doc.Path, raw: p.raw,
	}
	if p.raw != "" {
		s.htmlDate = func() string { return htmlDate(p.raw, doc.Meta["source_url"]) }
	}
	hit := findDate(s)
	if hit.date == "" {
		return lines
	}
	doc.Date = hit.date
	setMeta(doc, "date_source", hit.source)
	if hit.source != dateFromPrinted {
		return lines
	}
	printed := strings.TrimSpace(all[hit.line])
	for i, l := range lines {
		if i > 15 {
			break
		}
		if strings.TrimSpace(l) == printed {
			doc.Dropped = append(doc.Dropped, Dropped{Stage: "date", Reason: "the date line under the headline", Text: printed})
			return append(lines[:i:i], lines[i+1:]...)
		}
	}
	return lines
}

// dropHead drops the short lines above a web article's first paragraph —
// bylines, the headline printed again, audio and share widgets. An
// official document's number (国办发〔2021〕99号), its addressee line
// (四川省人民政府：) and a headline fuller than the title (over headRunes
// characters and not part of the title) stay: they belong to the
// document; so does the title line (Text does not repeat it).
func dropHead(lines []string, title string) ([]string, []Dropped) {
	var dropped []Dropped
	kept := lines[:0:0]
	for i, l := range lines {
		t := strings.TrimSpace(l)
		// The title line is no paragraph, even when it asks a question
		// (某某受控制？ 事件回顾).
		if c, _ := classifyLine(l); c == classGood && oneLine(t) != title {
			return append(kept, lines[i:]...), dropped
		}
		switch {
		case t == "":
		case oneLine(t) == title, strings.HasSuffix(t, "："), strings.HasSuffix(t, ":"), docNumberRE.MatchString(t),
			visibleRunes(t) > headRunes && !strings.Contains(squash(title), squash(t)):
			kept = append(kept, l)
		default:
			dropped = appendDropped(dropped, Dropped{Stage: "classifier", Reason: "short lines above the first paragraph", Text: t})
		}
	}
	return lines, nil
}

// headRunes is the longest line dropHead drops unless it is part of the
// title: bylines and widgets are short, a fuller headline is not.
const headRunes = 20

// docNumberRE is the number of an official document: 国办发〔2021〕99号.
var docNumberRE = vocabPattern("docNumberRE")
