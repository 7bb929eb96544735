package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// HTML element classes. Tags not listed are inline: they neither break
// lines nor hide their text.
var (
	// blockTags start and end on a line of their own.
	blockTags = setOf("address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
		"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
		"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
		"menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul")
	// skipTags hide everything inside them.
	skipTags = setOf("script", "style", "noscript", "template", "iframe", "noembed", "noframes",
		"object", "svg", "math", "canvas", "select", "textarea", "audio", "video", "map")
	// voidTags have no content and no end tag.
	voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr")
	// headTags may appear in <head>; any other start tag opens the body.
	headTags = setOf("title", "meta", "link", "script", "style", "base", "noscript", "template")
	// closesP are the start tags that end an open <p>.
	closesP = setOf("address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer",
		"form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "menu", "nav", "ol", "p", "pre",
		"section", "table", "ul")
)

// metaDateNames are <meta name|property|itemprop> values that carry the
// publication date, best first.
var metaDateNames = []string{"publishdate", "pubdate", "date", "publish_date", "publishtime",
	"article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.created", "firstpublishedtime"}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// htmlResult is what htmlToText finds in a document.
type htmlResult struct {
	body      string
	title     string            // <title>
	h1        string            // the first <h1>
	metaTitle string            // <meta name="ArticleTitle"> or og:title
	date      string            // the best <meta> date, raw
	dateName  string            // the <meta> name the date came from
	meta      map[string]string // publisher, source, author, source_url
}

// htmlConv converts HTML to text with a streaming tokenizer, so that nesting
// depth costs no stack.
type htmlConv struct {
	out          strings.Builder
	keepNewlines bool // markdown: newlines in text are line breaks
	lineStart    bool // nothing visible written on the current line yet
	pendingSpace bool // collapsed white space to write before the next visible character
	blockNL      bool // the last line break came from a block boundary
	pre          int  // depth of <pre>

	skipTag   string // element whose content is being skipped
	skipDepth int

	inHead     bool
	inTitle    bool
	titleDone  bool
	inH1       bool
	h1Done     bool
	title, h1  strings.Builder
	dates      map[string]string
	res        htmlResult
	metaTitles map[string]string
}

// htmlToText returns the visible text of src. Block elements and <br> become
// line breaks, inline elements do not, runs of white space collapse to one
// space; with keepNewlines (HTML inside Markdown) newlines in text are kept
// as line breaks too.
func htmlToText(src string, keepNewlines bool) htmlResult {
	c := &htmlConv{keepNewlines: keepNewlines, lineStart: true}
	if keepNewlines {
		// HTML made from Markdown is mostly its text, and the text is
		// never longer than the source (entities and tags shrink): one
		// allocation instead of a doubling builder's copies.
		c.out.Grow(len(src))
	}
	if !strings.ContainsAny(src, "<&\r") {
		// No markup, no character reference, no CR: the tokenizer would
		// hand src over unchanged as one text token (Markdown without
		// inline HTML), after copying it into a buffer it grows by
		// doubling.
		if src != "" {
			c.text(src)
		}
		return c.result()
	}
	return c.tokens(src)
}

// tokens converts src with the tokenizer.
func (c *htmlConv) tokens(src string) htmlResult {
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return c.result()
		case html.TextToken:
			if c.skipDepth == 0 { // hidden text is not even copied
				c.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			c.start(z, string(name), hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			c.end(string(name))
		}
	}
}

func (c *htmlConv) result() htmlResult {
	r := c.res
	r.body = c.out.String()
	r.title = oneLine(c.title.String())
	r.h1 = oneLine(c.h1.String())
	for _, n := range metaDateNames {
		if d := c.dates[n]; normalizeDate(d) != "" {
			r.date, r.dateName = d, n
			break
		}
	}
	r.metaTitle = c.metaTitles["articletitle"]
	if r.metaTitle == "" {
		r.metaTitle = c.metaTitles["og:title"]
	}
	return r
}

func (c *htmlConv) start(z *html.Tokenizer, name string, hasAttr bool, selfClosing bool) {
	if c.skipDepth > 0 {
		switch {
		case c.skipTag == "p" && closesP[name]:
			c.skipDepth = 0 // an open hidden <p> ends here; handle the tag below
		case name == c.skipTag && !selfClosing && !voidTags[name]:
			c.skipDepth++
			return
		default:
			return
		}
	}
	var attrs map[string]string
	if hasAttr {
		attrs = map[string]string{}
		for {
			k, v, more := z.TagAttr()
			key := string(k)
			if _, dup := attrs[key]; !dup {
				attrs[key] = string(v)
			}
			if !more {
				break
			}
		}
	}
	switch name {
	case "head":
		c.inHead = true
		return
	case "body":
		c.inHead = false
	case "meta":
		c.meta(attrs)
		return
	case "link":
		if strings.EqualFold(attrs["rel"], "canonical") {
			c.setMeta("source_url", attrs["href"])
		}
		return
	case "title":
		if !selfClosing && !c.titleDone {
			c.inTitle = true
		}
		return
	}
	if c.inHead && !headTags[name] {
		c.inHead = false
	}
	if skipTags[name] || (!voidTags[name] && hidden(attrs)) {
		if !selfClosing && !voidTags[name] {
			c.skipTag, c.skipDepth = name, 1
		}
		return
	}
	if c.inHead {
		return
	}
	switch {
	case name == "br":
		c.newline(true)
	case name == "td" || name == "th":
		if !c.lineStart {
			c.pendingSpace = true
		}
	case blockTags[name]:
		c.ensureNewline()
		if name == "pre" && !selfClosing {
			c.pre++
		}
		if name == "h1" && !c.h1Done && !selfClosing {
			c.inH1 = true
		}
	}
}

func (c *htmlConv) end(name string) {
	if c.skipDepth > 0 {
		if name == c.skipTag {
			c.skipDepth--
		}
		return
	}
	switch name {
	case "head":
		c.inHead = false
		return
	case "title":
		if c.inTitle {
			c.inTitle, c.titleDone = false, true
		}
		return
	case "br":
		c.newline(true) // </br> is a line break in browsers too
		return
	}
	if blockTags[name] {
		c.ensureNewline()
		if name == "pre" && c.pre > 0 {
			c.pre--
		}
		if name == "h1" && c.inH1 {
			c.inH1, c.h1Done = false, true
		}
	}
}

func (c *htmlConv) text(s string) {
	if c.skipDepth > 0 {
		return
	}
	if c.inTitle {
		c.title.WriteString(s)
		return
	}
	if c.inHead {
		if len(strings.TrimSpace(s)) == 0 {
			return
		}
		c.inHead = false // text opens the body
	}
	if c.inH1 {
		c.h1.WriteString(s)
	}
	for _, r := range s {
		switch {
		case c.pre > 0:
			if r == '\n' {
				c.newline(false)
			} else {
				c.emit(r)
			}
		case r == '\n' && c.keepNewlines:
			if c.blockNL && c.lineStart {
				c.blockNL = false // the source newline after </p> is the same break
				continue
			}
			c.newline(false)
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0':
			if !c.lineStart {
				c.pendingSpace = true
			}
		default:
			c.emit(r)
		}
	}
}

func (c *htmlConv) emit(r rune) {
	if c.pendingSpace {
		c.out.WriteByte(' ')
		c.pendingSpace = false
	}
	c.out.WriteRune(r)
	c.lineStart, c.blockNL = false, false
}

func (c *htmlConv) newline(block bool) {
	c.out.WriteByte('\n')
	c.lineStart, c.pendingSpace, c.blockNL = true, false, block
	if c.inH1 {
		c.h1.WriteByte('\n')
	}
}

func (c *htmlConv) ensureNewline() {
	if !c.lineStart {
		c.newline(true)
	}
	c.pendingSpace = false
}

func (c *htmlConv) meta(attrs map[string]string) {
	content, ok := attrs["content"]
	if !ok {
		return
	}
	key := attrs["name"]
	if key == "" {
		key = attrs["property"]
	}
	if key == "" {
		key = attrs["itemprop"]
	}
	key = strings.ToLower(strings.TrimSpace(key))
	switch key {
	case "":
		return
	case "publisher":
		c.setMeta("publisher", content)
	case "contentsource", "source":
		c.setMeta("source", content)
	case "author":
		c.setMeta("author", content)
	case "og:url":
		c.setMeta("source_url", content)
	case "articletitle", "og:title":
		if c.metaTitles == nil {
			c.metaTitles = map[string]string{}
		}
		if _, ok := c.metaTitles[key]; !ok {
			c.metaTitles[key] = oneLine(content)
		}
	default:
		if c.dates == nil {
			c.dates = map[string]string{}
		}
		if _, ok := c.dates[key]; !ok {
			c.dates[key] = content
		}
	}
}

func (c *htmlConv) setMeta(k, v string) {
	v = oneLine(v)
	if v == "" {
		return
	}
	if c.res.meta == nil {
		c.res.meta = map[string]string{}
	}
	if _, ok := c.res.meta[k]; !ok {
		c.res.meta[k] = v
	}
}

// hidden reports whether attributes hide an element: the hidden attribute,
// or an inline style with display:none or visibility:hidden.
func hidden(attrs map[string]string) bool {
	if attrs == nil {
		return false
	}
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	style := strings.ToLower(strings.Join(strings.Fields(attrs["style"]), ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// parseHTML converts an HTML document.
func parseHTML(text string) parsed {
	r := htmlToText(text, false)
	return parsed{
		body:    r.body,
		title:   pickTitle(r.metaTitle, r.title, r.h1),
		heading: r.h1,
		date:    r.date,
		dateSrc: "meta:" + r.dateName,
		meta:    r.meta,
	}
}

// pickTitle chooses between an article-title meta tag, <title> and the first
// <h1>. The meta tag wins; the <h1> wins over <title> when one is a prefix of
// the other or the <h1> is inside <title> ("标题_中国政府网"), which makes it
// the cleaner title; otherwise <title> wins, so that a logo in <h1> is not
// taken for the headline.
func pickTitle(metaTitle, title, h1 string) string {
	switch {
	case metaTitle != "":
		return metaTitle
	case h1 == "":
		return stripSiteName(title)
	case title == "",
		strings.HasPrefix(title, h1),
		strings.HasPrefix(h1, title),
		utf8.RuneCountInString(h1) >= 4 && strings.Contains(title, h1):
		return h1
	}
	return stripSiteName(title)
}

// titleSeparators split a page's <title> into headline and site or
// channel names: "标题_频道_某某网", "标题--某某新闻", "某网 | 标题", "标题 - 某网".
var titleSeparators = regexp.MustCompile(`\s*(?:_+|--+|\s[-–|｜]\s|[|｜]|\s*>+\s*)\s*`)

// stripSiteName keeps the longest part of a <title> split at its
// separators, which is the headline; the site's and channel's names are
// shorter. A title that does not split, or whose longest part is under six
// characters, stays as it is.
func stripSiteName(title string) string {
	parts := titleSeparators.Split(title, -1)
	if len(parts) < 2 {
		return title
	}
	best := ""
	for _, p := range parts {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) {
			best = p
		}
	}
	if utf8.RuneCountInString(best) < 6 {
		return title
	}
	return strings.TrimSpace(best)
}
