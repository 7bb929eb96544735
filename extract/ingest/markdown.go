package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxFrontMatter is the largest front matter handed to the YAML parser;
// larger blocks are read with the line parser only.
const maxFrontMatter = 64 << 10

// frontMatterMeta are the front matter keys copied into Document.Meta.
var frontMatterMeta = []string{"categories", "category", "tags", "description", "keywords", "author",
	"publisher", "source", "source_url"}

// splitFrontMatter splits a Jekyll document into its front matter (without
// the --- lines) and body. ok is false when text does not open with a
// front matter block closed by a --- or ... line.
func splitFrontMatter(text string) (fm, body string, ok bool) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return "", text, false
	}
	off := 0
	for off <= len(rest) {
		line, _, more := strings.Cut(rest[off:], "\n")
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			end := off + len(line)
			if more {
				end++
			}
			return rest[:off], rest[end:], true
		}
		if !more {
			break
		}
		off += len(line) + 1
	}
	return "", text, false
}

// parseFrontMatter reads YAML front matter into flat strings: scalars as
// written (no type resolution, so dates and numbers stay text), sequences
// joined with ", ". Broken YAML falls back to reading "key: value" lines, so
// a bad post still yields what can be read.
func parseFrontMatter(fm string) map[string]string {
	out := map[string]string{}
	if len(fm) <= maxFrontMatter && yamlFrontMatter(fm, out) {
		return out
	}
	for _, line := range strings.Split(fm, "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \t\"'") {
			continue
		}
		if _, dup := out[k]; !dup {
			out[k] = unquote(strings.TrimSpace(v))
		}
	}
	return out
}

// yamlFrontMatter parses fm with yaml.v3 into out; false when fm is not a
// YAML mapping.
func yamlFrontMatter(fm string, out map[string]string) (ok bool) {
	defer func() {
		if recover() != nil { // the YAML parser must not take the document down
			ok = false
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &doc); err != nil {
		return false
	}
	if doc.Kind == 0 { // empty front matter
		return true
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return false
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		if _, dup := out[k.Value]; dup {
			continue
		}
		switch v.Kind {
		case yaml.ScalarNode:
			if v.Tag == "!!null" {
				out[k.Value] = ""
			} else {
				out[k.Value] = v.Value
			}
		case yaml.SequenceNode:
			var items []string
			for _, it := range v.Content {
				if it.Kind == yaml.ScalarNode && it.Value != "" {
					items = append(items, it.Value)
				}
			}
			out[k.Value] = strings.Join(items, ", ")
		}
	}
	return true
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// frontMatterDates are the front matter keys a post's date is read from,
// the first that holds a date wins (firstDate): Jekyll's and Hexo's date,
// Hugo's publishDate, Astro's pubDate, and the names exports use.
var frontMatterDates = []string{"date", "publishDate", "pubDate", "published", "publish_date", "publish_time", "pub_date"}

// jekyllNameDate is the date at the start of a Jekyll post's file name
// (2024-8-1-title.md).
var jekyllNameDate = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2})-`)

// parseMarkdown converts a Markdown or Jekyll document; base is its file
// name, whose leading date stands in for a missing front matter date.
func parseMarkdown(text, base string) parsed {
	var p parsed
	fmText, body, ok := splitFrontMatter(strings.TrimLeft(text, " \t\n"))
	if ok {
		fm := parseFrontMatter(fmText)
		key := func(k string) string { return fm[k] }
		p.title = firstValue(key, DefaultJSONLTitle)
		p.date, p.dateSrc = firstDate(key, frontMatterDates), "front-matter"
		for _, k := range frontMatterMeta {
			if v := oneLine(fm[k]); v != "" {
				if p.meta == nil {
					p.meta = map[string]string{}
				}
				p.meta[k] = v
			}
		}
	}
	if normalizeDate(p.date) == "" {
		if m := jekyllNameDate.FindStringSubmatch(base); m != nil {
			p.date, p.dateSrc = m[1], "file-name"
		}
	}
	markdownBody(&p, body)
	return p
}

// markdownBody sets p's body and heading from a Markdown body, and its
// source_url from the body's first bare autolink unless p has one.
func markdownBody(p *parsed, body string) {
	// Lost paragraph breaks are put back while the heading and bold
	// markers that show some of them are still there (paragraphs.go).
	md := markdownToHTML(breakParagraphs(body))
	r := htmlToText(md.html, true)
	p.body = r.body
	p.heading = md.heading
	if p.heading == "" {
		p.heading = r.h1
	}
	if md.link != "" {
		if p.meta == nil {
			p.meta = map[string]string{}
		}
		if _, ok := p.meta["source_url"]; !ok {
			p.meta["source_url"] = md.link
		}
	}
}

// looksLikeMarkdown reports whether a JSON record's text is Markdown, as a
// crawler that converts pages to Markdown exports it: it holds an ATX
// heading (## 一、总体要求), an inline link or image to a URL
// ([山东省](https://…)) or a bold run (**3%**), which plain text never
// writes; or three list items (- …) or block quotes (> …), or a code
// fence. A line that merely opens with a dash or a hash (#话题#, -5%) is
// no sign, nor is a single list item.
func looksLikeMarkdown(s string) bool {
	if !strings.Contains(s, "**") && !strings.Contains(s, "](") && !markerLine(s) {
		return false // no marker at all: most records
	}
	for _, m := range mdInlineRE.FindAllStringIndex(s, -1) {
		if s[m[0]] != '*' || boldRun(s, m[0], m[1]) {
			return true
		}
	}
	items := 0
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		switch {
		case mdHeadingRE.MatchString(line), strings.HasPrefix(line, "```"):
			return true
		case bulletRE.MatchString(line), strings.HasPrefix(line, "> "):
			items++
		}
	}
	return items >= 3
}

// markerLine reports whether a line of s opens (after spaces) with a
// Markdown block marker: # - * + > or a backquote.
func markerLine(s string) bool {
	for start := 0; start < len(s); {
		i := start
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i < len(s) && strings.IndexByte("#-*+>`", s[i]) >= 0 {
			return true
		}
		nl := strings.IndexByte(s[start:], '\n')
		if nl < 0 {
			break
		}
		start += nl + 1
	}
	return false
}

// boldRun reports whether the match s[i:j] of **…** is a bold run: its
// text neither opens nor ends with a space, a mark or an asterisk, and no
// Latin letter or digit touches it outside (张**、李** masks names, 2**10
// is a power; 增长**3%**左右 is bold).
func boldRun(s string, i, j int) bool {
	in := s[i+2 : j-2]
	first, _ := utf8.DecodeRuneInString(in)
	last, _ := utf8.DecodeLastRuneInString(in)
	edge := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '%' || r == '*' }
	if in == "" || edge(first) || edge(last) {
		return false
	}
	latin := func(b byte) bool { return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	return (i == 0 || !latin(s[i-1])) && (j == len(s) || !latin(s[j]))
}

// mdHeadingRE matches an ATX heading with text.
var mdHeadingRE = regexp.MustCompile(`^#{1,6}[ \t]+\S`)

// mdInlineRE matches Markdown's inline link or image to a URL, or a bold run.
var mdInlineRE = regexp.MustCompile(`!?\[[^\]\n]*\]\((?:https?://|/)[^)\s]*\)|\*\*[^*\n]{1,80}\*\*`)

// mdResult is Markdown rewritten as HTML-ish text for htmlToText.
type mdResult struct {
	html    string
	heading string // text of the first level 1 or 2 heading
	link    string // the first bare autolink <http://…>
}

var (
	htmlBlockStartRE = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9]*)(?:[\s/>]|$)`)
	hrRE             = regexp.MustCompile(`^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$`)
	linkDefRE        = regexp.MustCompile(`^\[[^\]]+\]:[ \t]*\S+`)
	headingRE        = regexp.MustCompile(`^(#{1,6})(?:[ \t]+|$)`)
	closingHashesRE  = regexp.MustCompile(`[ \t]+#+[ \t]*$`)
	bulletRE         = regexp.MustCompile(`^[-*+][ \t]+(?:\[[ xX]\][ \t]+)?`)
	tableSepRE       = regexp.MustCompile(`^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$`)
	autolinkRE       = regexp.MustCompile(`<(?:(?:https?|ftp)://[^<>\s]*|mailto:[^<>\s]*|)>`)
	escapeRE         = regexp.MustCompile("\\\\[\\\\`*_{}\\[\\]()#+\\-.!|<>~&]")
	// tagRE is an inline HTML tag as CommonMark defines it (attribute names
	// are ASCII, so "a<b 与 x > y" holds no tag), or a comment.
	tagRE = regexp.MustCompile(`<[A-Za-z][A-Za-z0-9:-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>` + "`" + `]+|'[^']*'|"[^"]*"))?)*\s*/?>|</[A-Za-z][A-Za-z0-9:-]*\s*>|<!--.*?-->`)

	imageRE     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	linkRE      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	refLinkRE   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	codeRE      = regexp.MustCompile("`+([^`]+?)`+")
	strongRE    = regexp.MustCompile(`\*\*(\S(?:.*?\S)?)\*\*|~~(\S(?:.*?\S)?)~~`)
	underRE     = regexp.MustCompile(`(^|[\s\p{P}])(__|_)(\S(?:[^_]*?\S)?)(__|_)($|[\s\p{P}])`)
	starRE      = regexp.MustCompile(`\*([^\s*](?:[^*]*?[^\s*])?)\*`)
	quoteMarkRE = regexp.MustCompile(`^(?:[ \t]{0,3}>[ \t]?)+`)
)

// markdownToHTML rewrites Markdown into text that htmlToText can read:
// Markdown syntax is removed, raw HTML blocks pass through untouched (as in
// CommonMark, no Markdown is read inside them), and characters that would
// look like tags are escaped.
// The bytes a line can begin with for hrRE, and for linkDefRE or
// tableSepRE, to match (white space for the latter, though lines come
// trimmed).
const (
	hrMarks  = "-*_="
	defMarks = "[|:- \t"
)

func markdownToHTML(body string) mdResult {
	var res mdResult
	var b strings.Builder
	b.Grow(len(body))
	inHTML, fence := false, ""
	for _, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimLeft(line, " \t")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
				continue
			}
			b.WriteString(escapeText(line))
		case inHTML:
			b.WriteString(line)
			inHTML = trimmed != ""
		case trimmed == "":
		case strings.HasPrefix(trimmed, "```"), strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
			continue
		case trimmed[0] == '<' && (strings.HasPrefix(trimmed, "<!--") || isHTMLBlockStart(trimmed)):
			b.WriteString(line)
			inHTML = true
		// The patterns of the next two cases match only lines that begin
		// with one of their markers: prose lines are not handed to them.
		case strings.IndexByte(hrMarks, trimmed[0]) >= 0 && hrRE.MatchString(trimmed):
		case strings.IndexByte(defMarks, trimmed[0]) >= 0 && (linkDefRE.MatchString(trimmed) || tableSepRE.MatchString(trimmed)):
			continue // not even a line break
		default:
			b.WriteString(markdownLine(trimmed, &res))
		}
		b.WriteByte('\n')
	}
	res.html = b.String()
	return res
}

func isHTMLBlockStart(s string) bool {
	m := htmlBlockStartRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	name := strings.ToLower(m[1])
	return blockTags[name] || skipTags[name] || name == "img" || name == "br" || name == "td" || name == "th"
}

// markdownLine converts one line of Markdown prose.
//
// The line-start patterns run only on lines that begin with their marker
// (after up to three spaces, for a quote): most lines begin with none, and
// the regexp calls were a quarter of this function's time.
func markdownLine(s string, res *mdResult) string {
	if strings.HasPrefix(strings.TrimLeft(s, " \t"), ">") {
		s = quoteMarkRE.ReplaceAllString(s, "")
	}
	if strings.HasPrefix(s, "#") {
		if m := headingRE.FindStringSubmatch(s); m != nil {
			out := inlineMarkdown(closingHashesRE.ReplaceAllString(s[len(m[0]):], ""), res)
			if res.heading == "" && len(m[1]) <= 2 {
				res.heading = oneLine(out)
			}
			return out
		}
	}
	if s != "" && strings.IndexByte("-*+", s[0]) >= 0 {
		s = bulletRE.ReplaceAllString(s, "")
	}
	if strings.HasPrefix(s, "|") { // a table row: cells separated by spaces
		s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "|"), "|")
		s = strings.ReplaceAll(s, "|", " ")
	}
	return inlineMarkdown(s, res)
}

// inlineMarkdown removes inline Markdown syntax from a line: autolinks and
// images disappear, links and emphasis keep their text, backslash escapes
// keep the escaped character. Inline HTML tags and character references are
// left for htmlToText; a '<' that starts no tag is escaped.
func inlineMarkdown(s string, res *mdResult) string {
	if strings.IndexByte(s, '<') >= 0 { // an autolink starts with <
		s = autolinkRE.ReplaceAllStringFunc(s, func(m string) string {
			if res.link == "" && len(m) > 2 && !strings.HasPrefix(m, "<mailto:") {
				res.link = m[1 : len(m)-1]
			}
			return ""
		})
	}
	// Code spans first: their content is literal.
	if strings.IndexByte(s, '`') < 0 {
		return unescapeMarkdown(s)
	}
	var b strings.Builder
	last := 0
	for _, loc := range codeRE.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(unescapeMarkdown(s[last:loc[0]]))
		b.WriteString(escapeText(s[loc[2]:loc[3]]))
		last = loc[1]
	}
	b.WriteString(unescapeMarkdown(s[last:]))
	return b.String()
}

// unescapeMarkdown handles backslash escapes, which keep the escaped
// character literal, and then the inline rules. An escaped character becomes
// a numeric character reference, which the inline rules do not see and
// htmlToText decodes; so "**\\*ST景峰**" is still one strong span.
func unescapeMarkdown(s string) string {
	if strings.Contains(s, `\`) {
		s = escapeRE.ReplaceAllStringFunc(s, func(m string) string {
			return "&#" + strconv.Itoa(int(m[1])) + ";"
		})
	}
	return inlineSpans(s)
}

// inlineSpans applies the inline rules to the text between inline tags.
func inlineSpans(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '<') < 0 { // every tag starts with <: none here
		return escapeLT(inlineText(s))
	}
	var b strings.Builder
	last := 0
	for _, loc := range tagRE.FindAllStringIndex(s, -1) {
		b.WriteString(escapeLT(inlineText(s[last:loc[0]])))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(escapeLT(inlineText(s[last:])))
	return b.String()
}

// inlineText strips inline Markdown from text that holds no tags. Each rule
// runs only when its marker occurs: most lines of Chinese prose have none.
func inlineText(s string) string {
	if strings.Contains(s, "](") || strings.Contains(s, "][") {
		s = imageRE.ReplaceAllString(s, "")
		s = linkRE.ReplaceAllString(s, "$1")
		s = refLinkRE.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "**") || strings.Contains(s, "~~") {
		s = strongRE.ReplaceAllString(s, "$1$2")
	}
	if strings.Contains(s, "_") {
		s = underRE.ReplaceAllStringFunc(s, func(m string) string {
			g := underRE.FindStringSubmatch(m)
			if g[2] != g[4] {
				return m
			}
			return g[1] + g[3] + g[5]
		})
	}
	if strings.Count(s, "*") >= 2 {
		// Single-star emphasis, except for "*ST" stock names (*ST海航).
		s = starRE.ReplaceAllStringFunc(s, func(m string) string {
			if strings.HasPrefix(m, "*ST") {
				return m
			}
			return m[1 : len(m)-1]
		})
	}
	return s
}

// escapeLT escapes a '<' in prose, which is never a tag once tags have been
// split out; entities such as &lt; stay and are decoded by htmlToText.
func escapeLT(s string) string {
	return strings.ReplaceAll(s, "<", "&lt;")
}

// escapeText escapes the characters that htmlToText would read as markup,
// for text shown literally (code, escaped characters).
func escapeText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(s)
}

// looksLikeMarkup reports whether a JSON record's text is HTML rather than
// plain text: it opens with a tag, or holds several block tags.
func looksLikeMarkup(s string) bool {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(t, "<") && isHTMLBlockStart(t) {
		return true
	}
	return len(htmlBlockTagRE.FindAllStringIndex(s, 3)) >= 3
}

var htmlBlockTagRE = regexp.MustCompile(`(?i)<(?:p|div|br|li|tr|td|h[1-6]|table|ul|ol)[\s/>]`)
