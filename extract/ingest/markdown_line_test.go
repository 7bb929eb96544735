package ingest

import (
	"strings"
	"testing"
)

// markdownLineAlways is markdownLine with every line-start pattern run on
// every line, as before the marker checks: the reference they must match.
func markdownLineAlways(s string, res *mdResult) string {
	s = quoteMarkRE.ReplaceAllString(s, "")
	if m := headingRE.FindStringSubmatch(s); m != nil {
		out := inlineMarkdown(closingHashesRE.ReplaceAllString(s[len(m[0]):], ""), res)
		if res.heading == "" && len(m[1]) <= 2 {
			res.heading = oneLine(out)
		}
		return out
	}
	s = bulletRE.ReplaceAllString(s, "")
	if strings.HasPrefix(s, "|") {
		s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "|"), "|")
		s = strings.ReplaceAll(s, "|", " ")
	}
	return inlineMarkdown(s, res)
}

func FuzzMarkdownLine(f *testing.F) {
	for _, s := range []string{
		"> 引用", "   > > 二级", "    > 代码", "## 标题 ##", "#标签", "####### 七", "- 条目", "* [x] 完成",
		"+ 加", "-1", "*ST海航", "| a | b |", "> - 引用里的条目", ">## 引用标题", "  # 缩进", "正文**加粗**",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a, b mdResult
		if got, want := markdownLine(s, &a), markdownLineAlways(s, &b); got != want || a != b {
			t.Fatalf("%q: %q (heading %q), want %q (heading %q)", s, got, a.heading, want, b.heading)
		}
	})
}
