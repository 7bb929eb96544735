package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// Dropped is a block of lines that the ingest stage left out of the
// article, with the stage that dropped it and why. explain lists them.
type Dropped struct {
	Stage  string // "main-content", "classifier", "boilerplate", "title"
	Reason string // the rule id, or what the classifier saw
	Text   string // the lines dropped, joined by newlines
}

// minMainRunes is how many visible characters trafilatura's main content
// must hold to replace the converter's whole-page text. Less means it
// found no article (a short notice, a page of links) and the converter's
// text, cleaned by the line classifier, is the better guess.
const minMainRunes = 60

// mainResult is what trafilatura found in a page.
type mainResult struct {
	text string // main content, paragraphs on lines of their own
}

// htmlDate is go-htmldate's guess at a page's publication date from its
// markup and text (extensive search, the original date rather than an
// update), YYYY-MM-DD, or "".
func htmlDate(src, url string) (date string) {
	defer func() {
		if recover() != nil {
			date = ""
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	r, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, URL: url})
	if err != nil || r.IsZero() {
		return ""
	}
	// A year alone (到2025年 in the text) comes back as January 1st: that
	// is no publication date.
	if r.DateTime.Month() == time.January && r.DateTime.Day() == 1 {
		return ""
	}
	return r.DateTime.Format("2006-01-02")
}

// mainHTML runs go-trafilatura (with its readability and distiller
// fallbacks) over a decoded HTML page. ok is false when it fails or finds
// too little text.
func mainHTML(src string) (res mainResult, ok bool) {
	defer func() {
		if r := recover(); r != nil { // a bug in the extractor must not cost the document
			res, ok = mainResult{}, false
		}
	}()
	// trafilatura.Extract would parse with dom.Parse, which guesses the
	// charset (chardet, a few percent of all reading) and re-encodes; src
	// is already UTF-8, so it is parsed as dom.Parse would after decoding:
	// NFC, without soft hyphens.
	doc, err := html.Parse(strings.NewReader(mainSource(src)))
	if err != nil {
		return mainResult{}, false
	}
	// htmldate costs most of trafilatura's time; it runs only when the
	// page's own date finders fail (htmlDate).
	out, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err != nil || out == nil {
		return mainResult{}, false
	}
	// ContentText joins paragraphs with spaces; the node, rendered and
	// converted like any page, keeps one paragraph per line, which the
	// line-based rules need.
	var b strings.Builder
	if out.ContentNode != nil && html.Render(&b, out.ContentNode) == nil {
		res.text = htmlToText(b.String(), false).body
	}
	return res, visibleRunes(res.text) >= minMainRunes
}

// mainSource is the decoded page as go-trafilatura's own parser hands it
// to the tree builder: without soft hyphens (cleanChars removed them
// already) and in NFC.
func mainSource(src string) string {
	if strings.Contains(src, "\u00ad") {
		src = strings.ReplaceAll(src, "\u00ad", "")
	}
	return norm.NFC.String(src)
}

// visibleRunes counts the characters of s that are not white space.
func visibleRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// squash removes all white space, so that lines can be compared however an
// extractor spaced them.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// selectMain marks which lines of a page's converted text belong to the
// article that trafilatura found. A line is in the article when its text
// (white space ignored) is in trafilatura's. A gap of at most maxMainGap
// lines between two such lines is kept too, so that what trafilatura leaves
// out mid-article (a table of targets, a signature and date) stays. Working
// on our own lines keeps the converter's handling of hidden elements and
// line breaks, which trafilatura does not share.
func selectMain(lines []string, main string) (keep []bool, ok bool) {
	all := squash(main)
	keep = make([]bool, len(lines))
	prev := -1 // the last kept line of at least minAnchorRunes
	gap := 0   // lines missing from main since prev
	for i, l := range lines {
		s := squash(l)
		if s == "" {
			continue
		}
		if !strings.Contains(all, s) {
			gap++
			continue
		}
		ok = true
		keep[i] = true
		if utf8.RuneCountInString(s) < minAnchorRunes {
			gap++ // kept, but too short to vouch for a gap: it may be in main by chance
			continue
		}
		if prev >= 0 && gap > 0 && gap <= maxMainGap {
			for j := prev + 1; j < i; j++ {
				keep[j] = true
			}
		}
		prev, gap = i, 0
	}
	return keep, ok
}

// maxMainGap is the longest run of lines missing from trafilatura's text
// that is kept when article lines surround it.
const maxMainGap = 6

// minAnchorRunes is how long a line must be to close a gap: shorter lines
// ("首页", "一、") are found in any text.
const minAnchorRunes = 8

// shorten cuts s to n runes for a message.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// String is a one-line summary of a dropped block for messages.
func (d Dropped) String() string {
	return fmt.Sprintf("%s %s: %s", d.Stage, d.Reason, shorten(strings.ReplaceAll(d.Text, "\n", " ⏎ "), 120))
}

// appendDropped adds d to ds, joining it to the last block when that block
// was dropped by the same stage for the same reason.
func appendDropped(ds []Dropped, d Dropped) []Dropped {
	if n := len(ds); n > 0 && ds[n-1].Stage == d.Stage && ds[n-1].Reason == d.Reason {
		ds[n-1].Text += "\n" + d.Text
		return ds
	}
	return append(ds, d)
}

// narrowToMain keeps the lines of body that selectMain puts in the
// article, and returns them, 1 + the index of the first one (0 when body
// is kept whole), and the rest as dropped blocks.
func narrowToMain(body, main string) (string, int, []Dropped) {
	lines := strings.Split(body, "\n")
	keep, ok := selectMain(lines, main)
	if !ok {
		return body, 0, nil
	}
	var kept []string
	var dropped []Dropped
	first := 0
	for i, l := range lines {
		if keep[i] {
			if first == 0 {
				first = i + 1
			}
			kept = append(kept, l)
			continue
		}
		if t := strings.TrimSpace(l); t != "" {
			where := "before"
			if len(kept) > 0 {
				where = "after"
			}
			dropped = appendDropped(dropped, Dropped{Stage: "main-content", Reason: where + " the article (trafilatura)", Text: t})
		}
	}
	return strings.Join(kept, "\n"), first, dropped
}
