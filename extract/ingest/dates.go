package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Date sources, as recorded in Meta["date_source"]. Metadata dates are
// "meta:NAME" (the <meta> name), "front-matter", "file-name" or "jsonl";
// "rule:ID" is a boilerplate Date rule.
const (
	dateFromJSONLD    = "json-ld"     // "datePublished" in a JSON-LD block
	dateFromPrinted   = "printed"     // a date line under the headline: 发布时间：2023-11-20, 2023年11月20日 10:05 来源：
	dateFromURL       = "url"         // the source URL or file path: /2023/11-20/, t20231120_, /20231120/
	dateFromSignature = "signature"   // a notice's last lines: 省工业和信息化厅 / 2024年3月15日
	dateFromSubtitle  = "subtitle"    // ——2024年1月20日在…人民代表大会…会议上
	dateFromDateline  = "dateline"    // 新华社北京1月5日电, the year from the URL or the text
	dateFromHTMLDate  = "htmldate"    // go-htmldate's guess from the page's markup
	dateFromReview    = "review-year" // a work report reviewing year Y: delivered early in Y+1 (the day is unknown: Y+1-01-01)
	dateFromNumber    = "doc-number"  // an archived notice: its number's year (国办发〔1996〕32号) and the date it is signed with
)

// dateSearch is what the date finders look at.
type dateSearch struct {
	lines    []string // the page's whole text, by line (for HTML, before main-content narrowing)
	title    string
	mainLine int           // for HTML, the index in lines of the article's first line, or -1
	url      string        // Meta["source_url"]
	path     string        // the file path
	raw      string        // HTML source, for JSON-LD; "" otherwise
	htmlDate func() string // go-htmldate's guess, asked last; nil for other formats
}

// dateHit is a date found, where, and which line of dateSearch.lines
// printed it (-1 when none did).
type dateHit struct {
	date, source string
	line         int
}

// findDate runs the date finders, most trustworthy first: a publication
// date the page states (JSON-LD, a date line under the headline), then the
// URL or path, a speech's subtitle, a news dateline, htmldate's guess, and
// last the year a work report reviews. Dates the body merely mentions are
// never taken: a wrong date is worse than none, since it gives 今年 a wrong
// year.
func findDate(s dateSearch) dateHit {
	if d := jsonLDDate(s.raw); d != "" {
		return dateHit{d, dateFromJSONLD, -1}
	}
	if h := printedDate(s.lines, s.title, s.mainLine); h.date != "" {
		return h
	}
	y, m, d := urlDate(s.url)
	if y < 0 {
		y, m, d = urlDate(s.path)
	}
	if d > 0 {
		return dateHit{formatDate(y, m, d), dateFromURL, -1}
	}
	if h := signatureDate(s.lines); h.date != "" {
		return h
	}
	top := s.lines
	if len(top) > 60 {
		top = top[:60]
	}
	if h := subtitleDate(top, false); h.date != "" {
		return h
	}
	if h := datelineDate(top, s.lines, y, m); h.date != "" {
		return h
	}
	if s.htmlDate != nil {
		if d := s.htmlDate(); d != "" {
			return dateHit{d, dateFromHTMLDate, -1}
		}
	}
	if d := reviewYearDate(s.title, top); d != "" {
		return dateHit{d, dateFromReview, -1}
	}
	return dateHit{line: -1}
}

// jsonLDRE finds datePublished in a JSON-LD block (or any inline JSON).
var jsonLDRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)

func jsonLDDate(raw string) string {
	if !strings.Contains(raw, "datePublished") {
		return ""
	}
	if m := jsonLDRE.FindStringSubmatch(raw); m != nil {
		return normalizeDate(m[1])
	}
	return ""
}

// printedDateRE is a full date as a page prints it: 2023-11-20,
// 2023/11/20, 2023.11.20, 2023年11月20日, 二〇二三年十一月二十日.
var printedDateRE = sync.OnceValue(func() quickRE { return vocabQuick("printedDateRE") })

// printedDate looks for the date line a page prints under its headline:
// within a few lines after the title's line (or, when the title is not in
// the text, around the article's first line), the first line that holds a
// full date, little else (at most printedPrefix characters before the
// date) and no sentence. List items (a related headline with its date)
// are not date lines.
func printedDate(lines []string, title string, mainLine int) dateHit {
	from, to := -1, -1
	if i := titleIndex(lines, title); i >= 0 {
		from, to = i+1, i+8
	} else if mainLine >= 0 {
		from, to = mainLine-6, mainLine+3
	} else {
		from, to = 0, 12
	}
	from = max(from, 0)
	to = min(to, len(lines)-1)
	for i := from; i <= to; i++ {
		if h := subtitleDate(lines[i:i+1], false); h.date != "" {
			return dateHit{h.date, h.source, i} // the subtitle of a speech, not a date line
		}
		if h := subtitleDate(lines[i:i+1], true); h.date != "" {
			// A law's or a plan's adoption: a speech's subtitle or a date
			// line below it in the window dates the text first.
			for j := i + 1; j <= to; j++ {
				if s := subtitleDate(lines[j:j+1], false); s.date != "" {
					return dateHit{s.date, s.source, j}
				}
				if d := dateLine(lines[j]); d != "" {
					return dateHit{d, dateFromPrinted, j}
				}
				if c, _ := classifyLine(lines[j]); c == classGood && j > mainLine {
					break
				}
			}
			return dateHit{h.date, h.source, i}
		}
		if d := dateLine(lines[i]); d != "" {
			return dateHit{d, dateFromPrinted, i}
		}
		if c, _ := classifyLine(lines[i]); c == classGood && i > mainLine {
			break // the article has begun: dates from here on are in its text
		}
	}
	return dateHit{line: -1}
}

// signatureDate is the date a notice is signed with: one of its last
// three non-blank lines, below its last paragraph, is a date and nothing
// else (2024年3月15日).
func signatureDate(lines []string) dateHit {
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < 3; i-- {
		t := strings.TrimSpace(foldDigits(lines[i]))
		if t == "" {
			continue
		}
		if c, _ := classifyLine(t); c == classGood {
			break // a date above the last paragraph is in the text, not under it
		}
		seen++
		if m := signatureRE().FindStringSubmatch(t); m != nil {
			if d := formatDate(parseDatePart(m[1]), parseDatePart(m[2]), parseDatePart(m[3])); d != "" {
				return dateHit{d, dateFromSignature, i}
			}
		}
	}
	return dateHit{line: -1}
}

var signatureRE = lazyPattern("signatureRE")

// printedPrefix is how many characters a date line may hold before its
// date ("BUSINESS.SOHU.COM　", "发布时间：", "报纸网 |发布: ").
const printedPrefix = 24

// printedMax is the longest date line: a date, a time, a source, an
// author, a click count.
const printedMax = 80

// dateLine returns the date of a date line, or "".
func dateLine(l string) string {
	t := strings.TrimSpace(foldDigits(l))
	if t == "" || strings.ContainsAny(t, "。，；！？") || opensLikeListItem(t) || utf8.RuneCountInString(t) > printedMax {
		return ""
	}
	var m []int
	if printedDateRE().may(t) {
		m = printedDateRE().FindStringSubmatchIndex(t)
	}
	if m == nil {
		return slashDate(t)
	}
	if utf8.RuneCountInString(t[:m[0]]) > printedPrefix {
		return ""
	}
	before := t[:m[0]]
	if strings.ContainsAny(before, "(（") && !strings.ContainsAny(before, ")）") {
		return "" // "(2005-04-27 …)" after a related headline
	}
	return formatDate(parseDatePart(t[m[2]:m[3]]), parseDatePart(t[m[4]:m[5]]), parseDatePart(t[m[6]:m[7]]))
}

var printedDateSlashRE = lazyPattern("printedDateSlashRE")

// clockRE is a time of day alone, or nothing.
var clockRE = regexp.MustCompile(`^(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?$`)

// slashDate returns the date of a date line that prints it with the year
// last (12/07/2022 11:02), or "": the day first, as Hong Kong's and most
// foreign sites print it, unless only the second number can be a day
// (07/25/2022). The year, which is what a text's 今年 needs, is the same
// either way.
func slashDate(t string) string {
	m := printedDateSlashRE().FindStringSubmatchIndex(t)
	if m == nil {
		return ""
	}
	// The line is the date alone, after a label at most (发布时间：) and
	// before a time at most: 序号 1/2/2019 or 比分 3/1/2020 is no date line.
	before, after := strings.TrimSpace(t[:m[2]]), strings.TrimSpace(t[m[7]:])
	if before != "" && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "\uff1a") || !clockRE.MatchString(after) {
		return ""
	}
	day, month := parseDatePart(t[m[2]:m[3]]), parseDatePart(t[m[4]:m[5]])
	if month > 12 && day <= 12 {
		day, month = month, day
	}
	return formatDate(parseDatePart(t[m[6]:m[7]]), month, day)
}

// titleIndex is the index of the line that prints the title (or whose
// text the title starts with, or that starts with the title), or -1.
func titleIndex(lines []string, title string) int {
	t := squash(title)
	if utf8.RuneCountInString(t) < 4 || yearOnly(t) {
		// A title that is only a year (a communiqué's front matter says
		// 2011年) is the start of its first sentence too (2011年，面对…),
		// which is no title line.
		return -1
	}
	// Each test below needs the line's first visible character to be the
	// title's: a line without it is passed over without squashing it.
	first, _ := utf8.DecodeRuneInString(t)
	for i, l := range lines {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(l, unicode.IsSpace)); r != first {
			continue
		}
		s := squash(l)
		if utf8.RuneCountInString(s) < 4 {
			continue
		}
		if s == t || strings.HasPrefix(s, t) || strings.HasPrefix(t, s) && utf8.RuneCountInString(s) >= 8 {
			return i
		}
	}
	return -1
}

// yearOnly reports whether t is a year and nothing else but the word for
// it (2011, 2011年).
func yearOnly(t string) bool {
	y := strings.TrimSuffix(t, yearWord)
	return len(y) == 4 && strings.Trim(y, "0123456789") == ""
}

var yearWord = vocabWord("yearWord")

// URL and path dates.
var (
	// /2023/11-20/, /2023-11/20/, /2023/11/20/, /2023-11-20/
	urlYMD = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)[/_-](\d\d)[/_-](\d\d)(?:[/_.-]|$)`)
	// t20231120_123.html, /20231120/, content_20231120.htm, n20231120.shtml
	urlCompact = regexp.MustCompile(`(?:^|[/_tn-])((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|\d{0,12}\.s?html?$)`)
	// /202311/ or /2023-11/ : a month without a day
	urlYM = regexp.MustCompile(`/((?:19|20)\d\d)-?(\d\d)/`)
)

// urlDate reads a date from a URL or file path: year, month and day, or
// year and month with day 0, or -1s when there is none.
func urlDate(u string) (y, m, d int) {
	if u == "" {
		return -1, -1, -1
	}
	for _, re := range []*regexp.Regexp{urlYMD, urlCompact} {
		for _, g := range re.FindAllStringSubmatch(u, -1) {
			y, m, d = atoi(g[1]), atoi(g[2]), atoi(g[3])
			if formatDate(y, m, d) != "" {
				return y, m, d
			}
		}
	}
	for _, g := range urlYM.FindAllStringSubmatch(u, -1) {
		if y, m = atoi(g[1]), atoi(g[2]); m >= 1 && m <= 12 {
			return y, m, 0
		}
	}
	return -1, -1, -1
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// subtitleRE is a speech's subtitle: ——2024年1月20日在…上 (or in brackets,
// or bare when the dash ended the line above).
var subtitleRE = vocabQuick("subtitleRE")

func subtitleDate(lines []string, adoption bool) dateHit {
	// A report delivered on one day and adopted on another (——2025年2月25日在
	// …会议上, （2025年2月27日…会议通过）) is dated by its delivery: the
	// adoption line counts only when no speech's subtitle is there, and
	// only where the caller looks for a date printed under the title.
	adopted := dateHit{line: -1}
	for i, l := range lines {
		if l = foldDigits(l); !subtitleRE.may(l) {
			continue
		}
		if m := subtitleRE.FindStringSubmatch(l); m != nil {
			d := formatDate(parseDatePart(m[1]), parseDatePart(m[2]), parseDatePart(m[3]))
			switch {
			case d == "":
			case strings.HasSuffix(m[0], subtitleSpeechWord):
				return dateHit{d, dateFromSubtitle, i}
			case adoption && adopted.date == "" && adoptionLine(l, m[0]):
				adopted = dateHit{d, dateFromSubtitle, i}
			}
		}
	}
	return adopted
}

// adoptionLine reports whether line l is nothing but the adoption m that
// opens it, in brackets or bare (（1982年12月10日…会议通过）): a sentence
// (2024年3月1日…会议审议通过了…) or a header that goes on to a revision
// (（1989年12月26日…通过 ⏎ 2014年4月24日…修订）) states a date, it does not
// date the text.
func adoptionLine(l, m string) bool {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(l, " \t\u3000"), strings.TrimLeft(m, " \t\u3000")))
	head := strings.TrimLeft(m, " \t\u3000")
	open := strings.HasPrefix(head, "(") || strings.HasPrefix(head, "\uff08")
	if open {
		return rest == ")" || rest == "\uff09"
	}
	return rest == ""
}

// subtitleSpeechWord ends a speech's subtitle (——2024年1月20日在…上).
var subtitleSpeechWord = vocabWord("subtitleSpeechWord")

// datelineRE is a news agency's dateline: 新华社北京1月5日电, 本报讯（记者…）
// is not one; the place is two to eight characters.
var datelineRE = vocabQuick("datelineRE")

// mentionedYM is a year and month mentioned in text: 2023年11月.
var mentionedYM = vocabQuick("mentionedYM")

// datelineDate reads a dateline's month and day; the year is the URL's
// when it has one (and its month agrees within a month), else the latest
// year the text mentions with a month (2023年11月), which for news is the
// year being reported.
func datelineDate(top, all []string, urlYear, urlMonth int) dateHit {
	for i, l := range top {
		if l = foldDigits(l); !datelineRE.may(l) {
			continue
		}
		m := datelineRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		mo, d := atoi(m[1]), atoi(m[2])
		y := -1
		if urlYear > 0 {
			y = urlYear
		} else {
			for _, l := range all {
				if l = foldDigits(l); !mentionedYM.may(l) {
					continue
				}
				for _, g := range mentionedYM.FindAllStringSubmatch(l, -1) {
					if yy := atoi(g[1]); yy > y {
						y = yy
					}
				}
			}
		}
		if y < 0 && (mo == 2 || mo == 3) {
			// 新华社北京3月14日电 …十四届全国人大一次会议…: a news item of
			// the sessions' season is of the session's year, when it names
			// one session and not as a time past (以来) or a place (会议上).
			y = sessionsYear(all)
		}
		if date := formatDate(y, mo, d); date != "" {
			return dateHit{date, dateFromDateline, i}
		}
		return dateHit{line: -1}
	}
	return dateHit{line: -1}
}

// congressSessionRE is a plenary session of the National People's
// Congress or the CPPCC: 十四届全国人大一次会议, 全国政协十四届二次会议;
// congressSessionAfterRE what after it makes it a time or a place (以来,
// 上, 期间), not the event reported.
var (
	congressSessionRE      = lazyPattern("congressSessionRE")
	congressSessionAfterRE = lazyPattern("congressSessionAfterRE")
)

// sessionsYear is the year of the plenary sessions the lines name as the
// event, or -1 when they name none, or sessions of different years.
func sessionsYear(lines []string) int {
	y := -1
	for _, l := range lines {
		for _, at := range congressSessionRE().FindAllStringSubmatchIndex(l, -1) {
			if congressSessionAfterRE().MatchString(l[at[1]:]) {
				continue
			}
			g := make([]string, 5)
			for k := range g {
				if at[2*k] >= 0 {
					g[k] = l[at[2*k]:at[2*k+1]]
				}
			}
			switch sy := sessionYear(g); {
			case sy < 0:
			case y < 0:
				y = sy
			case y != sy:
				return -1
			}
		}
	}
	return y
}

// sessionYear is the year of a plenary session congressSessionRE matched:
// the fifth NPC and CPPCC first met in 1978 and every term since has been
// five years, its n-th session in its n-th year. It is -1 for an earlier
// term (their years were irregular) or a session past the fifth.
func sessionYear(g []string) int {
	term, session := parseDatePart(g[1]), parseDatePart(g[2])
	if g[1] == "" {
		term, session = parseDatePart(g[3]), parseDatePart(g[4])
	}
	if term < 5 || session < 1 || session > 5 {
		return -1
	}
	return 1978 + 5*(term-5) + session - 1
}

// reviewRE is a work report's review of the past year: 2024年工作回顾.
var reviewRE = vocabPattern("reviewRE")

// yearDigitsRE finds the years of a review heading (2019年及2020年).
var yearDigitsRE = regexp.MustCompile(`(?:19|20)\d\d`)

// workPlanRE is a work report's heading of the year's work: 二、2023年工作
// 总体要求和主要目标.
var workPlanRE = vocabPattern("workPlanRE")

// reportYearRE is a work report's title that names its year:
// 2018年中华人民共和国国务院政府工作报告, 2025年某市政府工作报告.
var reportYearRE = lazyPattern("reportYearRE")

// reportWord names a government work report.
var reportWord = vocabWord("reportWord")

// reviewYearDate dates a government work report: the year its title
// names, or else Y+1 when it reviews year Y (it is delivered early in
// Y+1), or else Y when a heading of its first lines plans year Y's work.
// Only the year is known; the day is given as 01-01. It needs
// 工作报告 in the title or the first lines.
func reviewYearDate(title string, top []string) string {
	// reportWord holds no line break: it is in the joined text only if
	// it is in one of its lines, which is cheaper to ask than to join.
	if !strings.Contains(title, reportWord) && !slices.ContainsFunc(top, func(l string) bool { return strings.Contains(l, reportWord) }) {
		return ""
	}
	text := title + "\n" + strings.Join(top, "\n")
	if m := reportYearRE().FindStringSubmatch(foldDigits(title)); m != nil {
		return formatDate(atoi(m[1]), 1, 1) // "2018年政府工作报告" is the report delivered in 2018
	}
	if m := reviewRE.FindStringSubmatch(foldDigits(text)); m != nil {
		// 2019年及2020年工作回顾: the last year reviewed.
		y := atoi(m[1])
		for _, d := range yearDigitsRE.FindAllString(m[0], -1) {
			y = max(y, atoi(d))
		}
		return formatDate(y+1, 1, 1)
	}
	for _, l := range top {
		// 二、2023年工作总体要求和主要目标: the year the report plans for is
		// the year it is delivered in.
		if m := workPlanRE.FindStringSubmatch(foldDigits(l)); m != nil {
			return formatDate(atoi(m[1]), 1, 1)
		}
	}
	return ""
}

// archivedDate is the date of an official document that a page dated
// later republishes (a gov.cn archive page of 2019 carrying a notice of
// 1996): the number under its title names a year more than one before the
// page's date (国办发〔1996〕32号, on a line of its own: a number the text
// cites is another document's). The date is the first line that is a
// date alone, of that year or the next (the notice's signature: 一九九六年七月
// 十七日), else January 1st of the number's year; "" when the number and
// the page agree.
func archivedDate(lines []string, pageDate string) string {
	page, err := strconv.Atoi(pageDate[:min(4, len(pageDate))])
	if err != nil {
		return ""
	}
	year := 0
	for _, l := range lines[:min(len(lines), archiveNumberLines)] {
		if m := docNumberYearRE().FindStringSubmatch(foldDigits(l)); m != nil {
			year, _ = strconv.Atoi(m[1])
			break
		}
	}
	if year == 0 || page-year <= 1 {
		return ""
	}
	for _, l := range lines {
		t := strings.TrimSpace(foldDigits(l))
		if m := signatureRE().FindStringSubmatch(t); m != nil {
			if y := parseDatePart(m[1]); y == year || y == year+1 {
				if d := formatDate(y, parseDatePart(m[2]), parseDatePart(m[3])); d != "" {
					return d
				}
			}
		}
	}
	return formatDate(year, 1, 1)
}

// archiveNumberLines is how far down a document its number may stand.
const archiveNumberLines = 20

// docNumberYearRE finds the year of a document number (〔1996〕32号).
var docNumberYearRE = lazyPattern("docNumberYearRE")
