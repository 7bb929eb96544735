package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestPageNumberLine(t *testing.T) {
	tests := []struct {
		line  string
		style pageStyle
		n     int
	}{
		{"— 3 —", pageDashed, 3},
		{"  - 12 -", pageDashed, 12},
		{"—3—", pageDashed, 3},
		{"－ 7 －", pageDashed, 7},
		{"第 3 页", pageWord, 3},
		{"第3页 共12页", pageWord, 3},
		{"第3页/共12页", pageWord, 3},
		{"共12页 第3页", pageWord, 3},
		{"Page 4 of 9", pageWord, 4},
		{"page 4", pageWord, 4},
		{"　15　", pageBare, 15},
		{"3/12", pageOf, 3},
		{"3 / 12", pageOf, 3},
		// not page numbers
		{"12/3", pageNone, 0}, // a date or a fraction past its whole
		{"第3页面", pageNone, 0},
		{"第三页", pageNone, 0},
		{"共12页", pageNone, 0},
		{"2025年", pageNone, 0},
		{"3%", pageNone, 0},
		{"12345", pageNone, 0},
		{"——加快建设", pageNone, 0},
		{"-", pageNone, 0},
		{"— 3", pageHalfDash, 3},
		{"3 -", pageHalfDash, 3},
		{"-3", pageHalfDash, 3},
		{"3 - 4", pageNone, 0},
		{"", pageNone, 0},
		{"Pages 3", pageNone, 0},
		{"第3页 共12页 说明", pageNone, 0},
	}
	for _, tc := range tests {
		s, n := shipped(t).txt.pageNumberLine([]rune(tc.line))
		if s != tc.style || n != tc.n {
			t.Errorf("pageNumberLine(%q) = %v, %d; want %v, %d", tc.line, s, n, tc.style, tc.n)
		}
	}
}

// pageLines returns n lines of prose, each of them different from every
// line it returned before.
func pageLines(n int) []string {
	out := make([]string, n)
	for i := range out {
		pageLineCount++
		out[i] = strings.Repeat("产业", 8) + string(rune('一'+pageLineCount)) + "，提升"
	}
	return out
}

var pageLineCount int

func TestPageFurniture(t *testing.T) {
	join := func(parts ...[]string) []string { return slices.Concat(parts...) }
	one := func(s ...string) []string { return s }
	title := "2002年政府工作报告"
	tests := []struct {
		name  string
		lines []string
		want  []int // furniture lines
	}{
		{"dashed numbers and a running title",
			join(one(title), pageLines(12), one("", "— 1 —", "", title), pageLines(12), one("", "— 2 —", "", title), pageLines(5)),
			[]int{14, 16, 30, 32}},
		{"a running title at one break of three is kept",
			join(one(title), pageLines(12), one("— 1 —", title), pageLines(12), one("— 2 —"), pageLines(12), one("— 3 —"), pageLines(3)),
			[]int{13, 27, 40}},
		{"第N页 without a header",
			join(pageLines(12), one("第1页 共2页"), pageLines(4)),
			[]int{12}},
		{"lone numbers between blank lines counting up a page apart",
			join(pageLines(12), one("", "1", ""), pageLines(12), one("", "2", ""), pageLines(12), one("", "3", ""), pageLines(2)),
			[]int{13, 28, 43}},
		{"lone numbers of four digits are years, not pages",
			join(pageLines(12), one("", "2021", ""), pageLines(12), one("", "2022", ""), pageLines(12), one("", "2023", ""), pageLines(2)),
			nil},
		{"lone numbers are left to unwrap (years of a chronicle, a table's row numbers)",
			join(pageLines(12), one("2021"), pageLines(12), one("2022"), pageLines(12), one("2023"), pageLines(2)),
			nil},
		{"a table's row numbers and the deadline above each",
			join(one("1"), pageLines(10), one("2025年底前", "2"), pageLines(10), one("2025年底前", "3"), pageLines(10), one("2025年底前", "4")),
			nil},
		{"lone numbers of a table's column",
			join(pageLines(3), one("1", "2", "3", "4"), pageLines(3)),
			nil},
		{"lone numbers that do not count up",
			join(pageLines(12), one("7"), pageLines(12), one("30"), pageLines(12), one("12"), pageLines(2)),
			nil},
		{"what Markdown leaves of - N -",
			join(pageLines(12), one("1 -"), pageLines(12), one("2 -"), pageLines(12), one("3 -"), pageLines(2)),
			[]int{12, 25, 38}},
		{"a column of negative numbers",
			join(pageLines(3), one("-3", "-4", "-5"), pageLines(3)),
			nil},
		{"two lone numbers are too few",
			join(pageLines(12), one("1"), pageLines(12), one("2"), pageLines(2)),
			nil},
		{"a footer line above the number",
			join(pageLines(12), one("某某市人民政府办公室", "- 1 -"), pageLines(12), one("某某市人民政府办公室", "- 2 -"), pageLines(2)),
			[]int{12, 13, 26, 27}},
		{"a sentence is no running line",
			join(pageLines(12), one("- 1 -", "全年增长5%。"), pageLines(12), one("- 2 -", "全年增长5%。"), pageLines(2)),
			[]int{12, 26}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(strings.Join(tc.lines, "\n"))
			var got []int
			for k, f := range shipped(t).txt.pageFurniture(rs, textLines(rs)) {
				if f {
					got = append(got, k)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("furniture lines %v, want %v", got, tc.want)
			}
		})
	}
}

// A sentence cut by a page break joins across the page's number and
// running title, and the title no longer stands in the text.
func TestUnwrapPageBreak(t *testing.T) {
	title := "2002年政府工作报告"
	body := pageLines(12)
	body[11] = "国内生产总值达到９５９３３亿元，比上年增"
	lines := slices.Concat([]string{title}, body, []string{"", "第 1 页", "", title, "长７．３％。"}, pageLines(12), []string{"", "第 2 页", "", title}, pageLines(3))
	text := []rune(strings.Join(lines, "\n"))
	got := without(text, unwrap(text, shipped(t).txt))
	if !strings.Contains(got, "比上年增长７．３％。") {
		t.Errorf("the cut sentence is not joined: %q", got)
	}
	if strings.Count(got, title) != 1 {
		t.Errorf("running title left in the text %d times, want once (the first line)", strings.Count(got, title))
	}
	if strings.Contains(got, "页") {
		t.Errorf("page number left in the text")
	}
}

// FuzzUnwrapPages: on any text, unwrap changes runes only into spaces
// (page furniture, soft breaks) and returns its joins in order, each once,
// within the text.
func FuzzUnwrapPages(f *testing.F) {
	f.Add(strings.Join(slices.Concat(pageLines(12), []string{"", "— 1 —", "", "标题"}, pageLines(12), []string{"- 2 -", "标题"}, pageLines(3)), "\n"))
	f.Add("1 -\n\n2 -\n\n3 -\n第3页 共1页\nPage 2 of\n3/\n—\n")
	tx := shipped(f).txt
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		n := len(rs)
		before := slices.Clone(rs)
		joins := unwrap(rs, tx)
		for k := range rs {
			if rs[k] != before[k] && rs[k] != ' ' {
				t.Fatalf("rune %d changed %q -> %q", k, before[k], rs[k])
			}
		}
		for i, k := range joins {
			if k < 0 || k >= n || i > 0 && k <= joins[i-1] {
				t.Fatalf("joins %v not increasing within the text", joins)
			}
		}
	})
}

func TestLetterSpaced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"政 府 工 作 报 告", "政府工作报告"},
		{"政  府  工  作  报  告\n各位代表", "政府工作报告\n各位代表"},
		{"一、2023年 工 作 回 顾", "一、2023年工作回顾"},
		{"2 0 2 5 年 工 作", "2 0 2 5 年工作"}, // figures are no run
		{"粮食 吨 5 2.3", "粮食 吨 5 2.3"},
		{"中国 和 美国", "中国 和 美国"},
		{"中国 1 美国", "中国 1 美国"},
		{"规模以上工业企业 个 1234 5.2", "规模以上工业企业 个 1234 5.2"},
		{"工 作 回 顾报告", "工作回顾报告"},
		{"中国 美国 日本", "中国 美国 日本"},
		{"目 录", "目 录"},
		{"1 2 3 4", "1 2 3 4"},
		{"是 否", "是 否"},
		{"张 三 李 四", "张三李四"},
		{"a b c 中 国", "a b c 中 国"}, // two Han: no run
		{"工 作  回 顾", "工 作  回 顾"},   // the blanks differ: two runs of two
		{"", ""},
	}
	for _, tc := range tests {
		rs := []rune(tc.in)
		if got := without(rs, letterSpaced(rs)); got != tc.want {
			t.Errorf("letterSpaced(%q) leaves %q, want %q", tc.in, got, tc.want)
		}
	}
}

// without returns rs without the runes at drop (increasing indices).
func without(rs []rune, drop []int) string {
	var out []rune
	d := 0
	for k, r := range rs {
		if d < len(drop) && drop[d] == k {
			d++
			continue
		}
		out = append(out, r)
	}
	return string(out)
}
