package ingest

import (
	"encoding/json"
	"path/filepath"
	"strings"
)

// Extensions that decide the format without looking at the content.
var extFormats = map[string]string{
	".md": FormatMarkdown, ".markdown": FormatMarkdown, ".mdown": FormatMarkdown, ".mkd": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML, ".shtml": FormatHTML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL, ".json": FormatJSONL,
}

// sniffFormat decides the format of a decoded document: by extension for
// Markdown, HTML and JSON files; otherwise (.txt, no extension …) by content:
// a front matter block makes Markdown (a Jekyll post saved as .txt), an HTML
// document start or many HTML tags make HTML, a first line holding a JSON
// object makes JSON Lines, anything else is text.
func sniffFormat(path, text string) string {
	if f, ok := extFormats[strings.ToLower(filepath.Ext(path))]; ok {
		return f
	}
	head := text
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = strings.TrimLeft(head, " \t\r\n\uFEFF")
	if strings.HasPrefix(head, "---") {
		if _, _, ok := splitFrontMatter(text[strings.Index(text, "---"):]); ok {
			return FormatMarkdown
		}
	}
	lower := strings.ToLower(head[:min(len(head), 64)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if strings.HasPrefix(lower, p) {
			return FormatHTML
		}
	}
	if strings.HasPrefix(head, "{") {
		first, _, _ := strings.Cut(text[strings.Index(text, "{"):], "\n")
		if json.Valid([]byte(strings.TrimSpace(first))) {
			return FormatJSONL
		}
	}
	tags := len(htmlBlockTagRE.FindAllStringIndex(head, 20))
	if tags >= 20 || (tags >= 3 && strings.HasPrefix(head, "<") && isHTMLBlockStart(head)) {
		return FormatHTML
	}
	return FormatText
}
