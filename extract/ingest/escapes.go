package ingest

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Text escaped twice.
//
// Exports that went through one encoding too many deliver a record's text
// still escaped: a JSON string written into a JSON string keeps its line
// breaks as the two characters \n (山东省…印发方案。\n到2025年，…) and may
// spell every character as \u4e2d; text scraped from a page's source keeps
// its entities (&ldquo;十四五&rdquo;, &nbsp;, &#8220;). Every later stage
// would read them as text: the paragraphs run together, and a target's
// text ends in &hellip. unescapeExport undoes either when the text shows
// it, in plain text (a JSON Lines record's text, a text file); HTML and
// Markdown are decoded by their parsers.

// entityRE matches an HTML character reference: named (&ldquo;), decimal
// (&#8220;) or hexadecimal (&#x201C;).
var entityRE = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});`)

// uEscapeRE matches a JSON \u escape.
var uEscapeRE = regexp.MustCompile(`\\u[0-9A-Fa-f]{4}`)

// escapedText reports whether s reads as a JSON string's body that was
// never decoded: it holds more \n escapes than line breaks (and at least
// two), or a \u escape of a character outside ASCII.
func escapedText(s string) bool {
	if !strings.Contains(s, `\`) {
		return false
	}
	if n := lineEscapes(s); n >= 2 && n > strings.Count(s, "\n") {
		return true
	}
	for _, m := range uEscapeRE.FindAllString(s, -1) {
		if r, _ := hexRune(m[2:]); r >= 0x80 {
			return true
		}
	}
	return false
}

// lineEscapes counts the \n escapes of s that can be line breaks: not
// one after an ASCII letter, digit, colon or backslash, which is a path's
// (D:\newdata\nanjing) or a Latin word's.
func lineEscapes(s string) int {
	n := 0
	for i := strings.Index(s, `\n`); i >= 0; {
		if i == 0 || !isPathByte(s[i-1]) || i >= 2 && s[i-2] == '\\' { // \n\n: after an escape
			n++
		}
		j := strings.Index(s[i+2:], `\n`)
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return n
}

// isPathByte reports whether b, before a backslash, makes it part of a path
// or a Latin word: an ASCII letter, digit, colon or backslash.
func isPathByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ':' || b == '\\'
}

// unescapeJSON decodes the escapes of a JSON string's body (\n, \r, \t,
// \", \\, \/, \b, \f, \uXXXX with surrogate pairs); a backslash before
// anything else stays as it is.
func unescapeJSON(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		switch e := s[i+1]; e {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'b', 'f':
			// a backspace or form feed: nothing a reader sees
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'u':
			r, n := hexRune(s[i+2:])
			if n == 0 {
				b.WriteByte(c)
				continue
			}
			if utf16.IsSurrogate(r) {
				if lo, m := hexRune(strings.TrimPrefix(s[i+2+n:], `\u`)); m > 0 && strings.HasPrefix(s[i+2+n:], `\u`) {
					if p := utf16.DecodeRune(r, lo); p != '\uFFFD' {
						b.WriteRune(p)
						i += 1 + n + 2 + m
						continue
					}
				}
				b.WriteRune('\uFFFD')
				i += 1 + n
				continue
			}
			b.WriteRune(r)
			i += 1 + n
			continue
		default:
			b.WriteByte(c)
			continue
		}
		i++
	}
	return b.String()
}

// hexRune reads the four hexadecimal digits of a \u escape at the start of
// s: the rune and 4, or 0, 0.
func hexRune(s string) (rune, int) {
	if len(s) < 4 {
		return 0, 0
	}
	v, err := strconv.ParseUint(s[:4], 16, 16)
	if err != nil {
		return 0, 0
	}
	return rune(v), 4
}

// unescapeExport returns plain text s with the escapes of a second
// encoding undone: JSON string escapes when escapedText says the text is
// one, then HTML character references when it holds one that names a
// character (an unknown name, &abc;, is no sign). A text without either
// is returned as it is.
func unescapeExport(s string) string {
	if escapedText(s) {
		s = unescapeJSON(s)
	}
	if !strings.Contains(s, "&") {
		return s
	}
	for _, ref := range entityRE.FindAllString(s, -1) {
		if html.UnescapeString(ref) != ref {
			// Only references with their semicolon: html.UnescapeString
			// would also read &sect and &curren in a link's query
			// (?id=5&section=2&currentPage=3) as § and ¤.
			return entityRE.ReplaceAllStringFunc(s, html.UnescapeString)
		}
	}
	return s
}

// unescapeTitle undoes JSON escapes in a title that holds one: a title is
// one line, so a single \n, \t or \r after a character that is no path's
// (关于D:\temp目录), or a \u escape of a character outside ASCII, says it
// was escaped twice (…规划\n发布).
func unescapeTitle(t string) string {
	if !strings.Contains(t, `\`) {
		return t
	}
	for _, e := range []string{`\n`, `\r`, `\t`} {
		if i := strings.Index(t, e); i > 0 && !isPathByte(t[i-1]) {
			return unescapeJSON(t)
		}
	}
	if escapedText(t) {
		return unescapeJSON(t)
	}
	return t
}
