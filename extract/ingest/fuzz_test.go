package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzFormats are the format hints FuzzParse tries: detection, then each
// format forced.
var fuzzFormats = []string{"", FormatText, FormatMarkdown, FormatHTML, FormatJSONL}

func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.*")
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, uint8(0))
		}
	}
	for i, s := range []string{
		"标题\n正文", "---\ntitle: x\n---\n> 摘要\n<p>正文<span>内联</span></p>", "<html><title>t</title><p>x</p>",
		`{"id":"1","content":"正文"}` + "\n坏行\n", "\xEF\xBB\xBF正文", "\xFF\xFEa\x00b\x00", "\xd6\xaa\xcd\xa8",
		"<div style=display:none><p>", "**x** *y* [a](b) ![c](d) <http://e>", "---\n- [\n---\n",
		"正文，很长的一句话，足够当作段落来看待。\n由某某发表 @ 2005-06-14 03:25 (3)\n第二篇，很长的一句话，足够当作段落。\n由某某发表 @ 2005-06-13 15:00 (9)\n第三篇，很长的一句话，足够当作段落。\n由某某发表 @ 2005-06-12 15:00 (1)",
	} {
		f.Add([]byte(s), uint8(i))
	}
	rules := testRules()
	f.Fuzz(func(t *testing.T, data []byte, hint uint8) {
		format := fuzzFormats[int(hint)%len(fuzzFormats)]
		for _, opt := range []Options{{Format: format}, {Format: format, Boilerplate: rules}} {
			docs, errs := Parse("fuzz.txt", data, opt)
			for _, d := range docs {
				if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.Name) {
					t.Fatalf("invalid UTF-8 in %+v", d)
				}
				for k, v := range d.Meta {
					if !utf8.ValidString(k) || !utf8.ValidString(v) {
						t.Fatalf("invalid UTF-8 in Meta %q=%q", k, v)
					}
				}
				if strings.Contains(d.Text, "\r") || d.Text == "" {
					t.Fatalf("bad Text %q", d.Text)
				}
				if d.Date != "" && normalizeDate(d.Date) != d.Date {
					t.Fatalf("bad Date %q", d.Date)
				}
			}
			if len(docs) == 0 && len(errs) == 0 {
				t.Fatal("neither documents nor errors")
			}
			// Plain valid UTF-8 text that is not blank always makes one document.
			if format == FormatText && len(opt.Boilerplate) == 0 && plainText(data) && (len(errs) != 0 || len(docs) != 1) {
				t.Fatalf("plain text %q: %d docs, errs %v", data, len(docs), errs)
			}
		}
	})
}

// plainText reports whether data is valid UTF-8 without control characters,
// replacement characters or invisible characters, and not blank.
func plainText(data []byte) bool {
	s := string(data)
	if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) || needsCleaning(s) {
		return false
	}
	if strings.HasPrefix(s, "\uFEFF") || strings.ContainsFunc(s, unicode.IsControl) && strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' && r != 0x85
	}) {
		return false
	}
	return strings.TrimSpace(cleanChars(s)) != ""
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"标题\"\ndate: 2022-06-06 16:01:03 +0800\n---\n正文",
		"---\ntitle: \"\"\ndate:  +0800\n---\n",
		"---\ntitle: a: b\n---\n",
		"---\n[\n---\n",
		"---\n&a [*a, *a]\n---\n",
		"---\nk: !!binary aGVsbG8=\n...\n",
		"---\n" + strings.Repeat("[", 200) + "\n---\n",
		"---\r\nx: 1\r\n---\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fm, body, ok := splitFrontMatter(text)
		if !ok {
			if body != text {
				t.Fatalf("body changed without front matter")
			}
			return
		}
		if !strings.HasPrefix(text, "---") || !strings.HasSuffix(text, body) || !strings.Contains(text, fm) {
			t.Fatalf("split %q into %q + %q", text, fm, body)
		}
		m := parseFrontMatter(fm)
		if utf8.ValidString(text) {
			for k, v := range m {
				if !utf8.ValidString(k) || !utf8.ValidString(v) {
					t.Fatalf("invalid UTF-8 %q=%q", k, v)
				}
			}
			p := parseMarkdown(text, "fuzz.md")
			if !utf8.ValidString(p.body) || !utf8.ValidString(p.title) {
				t.Fatalf("invalid UTF-8 from parseMarkdown")
			}
		}
	})
}

// FuzzHTMLPlainText checks htmlToText's shortcut for text without markup
// against the tokenizer's reading of the same text.
func FuzzHTMLPlainText(f *testing.F) {
	for _, s := range []string{"", "正文\n第二行", "  a  b \n\n c\t", "\u00a0x\f", "a > b", "标题\n\n\n正文。"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, keepNewlines bool) {
		got := htmlToText(s, keepNewlines)
		c := &htmlConv{keepNewlines: keepNewlines, lineStart: true}
		if want := c.tokens(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("htmlToText(%q, %v) = %+v, the tokenizer gives %+v", s, keepNewlines, got, want)
		}
	})
}

// FuzzArticleText checks articleText against tidying the body first and
// then putting the title in front of it.
func FuzzArticleText(f *testing.F) {
	for _, s := range [][2]string{{"标题", "标题\n\n正文"}, {"标题", "  \n 标 题 \n正文"}, {"", "a\n\n\nb  "}, {"t", " \n\t"}, {"t", ""}, {"标题", "正文"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		lines := strings.Split(body, "\n")
		tidy := tidyLines(lines)
		var want string
		switch first, _, _ := strings.Cut(tidy, "\n"); {
		case title == "":
			want = tidy
		case oneLineIs(first, title):
			want = title + tidy[len(first):]
		case tidy == "":
			want = title
		default:
			want = title + "\n" + tidy
		}
		if got := articleText(title, lines); got != want {
			t.Fatalf("articleText(%q, %q) = %q, want %q", title, lines, got, want)
		}
	})
}
