package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestClauses checks where a clause ends: at a comma or 、, but not at a
// 、 inside brackets (县（市、区）), whose list is one word of the clause.
func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		at         int // a rune inside the clause
		want       string
	}{
		{"comma", "新建基站，完成改造。", 1, "新建基站，"},
		{"list", "新建基站、完成改造。", 1, "新建基站、"},
		{"bracket-list", "新建20个县（市、区）级中心，完成改造。", 1, "新建20个县（市、区）级中心，"},
		{"after-bracket", "县（市、区）级中心、乡镇站点。", 7, "县（市、区）级中心、"},
		{"unclosed", "新建（试点、推广。", 1, "新建（试点、推广。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(tc.text)
			c := splitSentences(rs).clause(tc.at)
			if got := string(rs[c.start:c.end]); got != tc.want {
				t.Errorf("clause at %d of %q = %q, want %q", tc.at, tc.text, got, tc.want)
			}
			q := span{tc.at, tc.at + 1}
			o := clauseOf(rs, q)
			if got, want := string(rs[o.start:o.end]), string([]rune(tc.want)[:len([]rune(tc.want))-1]); got != want {
				t.Errorf("clauseOf at %d of %q = %q, want %q", tc.at, tc.text, got, want)
			}
		})
	}
}

// TestUnwrapKeepsHeadings checks that unwrap joins the lines of
// hard-wrapped text but leaves a numbered heading on a line of its own,
// however long it is.
func TestUnwrapKeepsHeadings(t *testing.T) {
	body := "产业整体水平显著提升产业形态持续优化升级"       // 20 runes, no stop
	heading := "1. 总体目标（2013-2025年）产业发展" // 20 runes, a numbered heading
	var lines []string
	for range 10 {
		lines = append(lines, body)
	}
	lines = append(lines, heading, body, body+"。")
	text := []rune(strings.Join(lines, "\n"))
	unwrap(text, shipped(t).txt)
	got := strings.Split(string(text), "\n")
	if len(got) != 2 {
		t.Fatalf("unwrap left %d lines, want 2 (the heading's break kept): %q", len(got), string(text))
	}
	if !strings.HasSuffix(got[0], heading) {
		t.Errorf("first line ends %q, want the heading", got[0])
	}
}

func TestNumberedHeading(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		line string
		want bool
	}{
		{"1. 总体目标（2013-2025年）", true},
		{"　　（三）目标", true},
		{"一、总体要求", true},
		{"第二章 主要任务", true},
		{"第十四届创业计划竞赛决赛在西安举行", true},
		{"2025年全省新增企业100家以上", false},
		{"2024、2025年连续两年增长", false},
		{"1.5万家企业完成数字化改造", false},
		{"（一）到2025年，全省新增企业100家，", false},
		{"产业整体水平显著提升", false},
	}
	for _, tc := range tests {
		if got := x.txt.numberedHeading([]rune(tc.line)); got != tc.want {
			t.Errorf("numberedHeading(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestUnwrapJoins checks which soft breaks unwrap asks to remove: one
// beside a digit or a sign (4⏎个百分点), not one between two Han characters
// (a space, which only long names cross) or between two Latin letters.
func TestUnwrapJoins(t *testing.T) {
	body := "产业整体水平显著提升产业形态持续优化升级" // 20 runes, no stop
	var lines []string
	for range 8 {
		lines = append(lines, body)
	}
	lines = append(lines, "服务业增加值占国内生产总值比重提高4", "个百分点以上产业形态持续优化升级Digita", "l economy产业整体水平显著提升。")
	text := []rune(strings.Join(lines, "\n"))
	joins := unwrap(text, shipped(t).txt)
	var at []string
	for _, k := range joins {
		at = append(at, string(text[k-1])+"|"+string(text[k+1]))
	}
	if want := []string{"4|个"}; !slices.Equal(at, want) {
		t.Errorf("unwrap joins %q, want %q", at, want)
	}
}
