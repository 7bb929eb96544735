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
// beside a digit or a sign (4⏎个百分点) always, one between two Han
// characters only where the text is wrapped throughout (no line longer
// than the width; a list of names over long paragraphs keeps its breaks as
// spaces, which only long names cross), never one between two Latin
// letters; a text of few lines only when its lines are even.
func TestUnwrapJoins(t *testing.T) {
	body := "产业整体水平显著提升，产业形态持续优化升" // 20 runes, no stop
	long := strings.Repeat("产业整体水平显著提升，", 5) + "产业形态持续优化升级。"
	tail := []string{"服务业增加值占国内生产总值比重提高4", "个百分点以上产业形态持续优化升级Digita", "l economy产业整体水平显著提升。"}
	repeat := func(s string, n int) []string {
		var out []string
		for range n {
			out = append(out, s)
		}
		return out
	}
	tests := []struct {
		name  string
		lines []string
		want  []string // the runes either side of each join
	}{
		{"wrapped throughout", append(repeat(body, 8), tail...),
			[]string{"升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|服", "4|个"}},
		{"cells after wrapped prose", append(repeat(body, 8), "南京市中小企业数字化转型公共服务平台", "东北亚经贸合作中心有限公司集团总部"),
			[]string{"升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|南"}},
		{"names of one length", append(repeat("江苏省工业互联网公共服务平台", 4), repeat("东北大学智能制造协同创新中心", 5)...),
			nil},
		{"lines of every length", append(append(repeat(body, 8), long, long), tail...),
			[]string{"4|个"}},
		{"prose among a table's cells", append(append(append(repeat("地区生产总值亿元增长百分比", 12), repeat("2024", 60)...), repeat("产业整体水平显著提升，产业形态持续优化", 10)...), "升级。"),
			[]string{"化|产", "化|产", "化|产", "化|产", "化|产", "化|产", "化|产", "化|产", "化|产", "化|升"}},
		{"a route cut at its dash", append(repeat(body, 8), "加快建设粮食产能提升灌溉工程，虎林", "—长春天然气管道等项目加快建设边境地区", "——加快建设粮食产能提升灌溉工程，虎林", "— 12 —"),
			[]string{"升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|加", "林|—"}},
		{"few even lines", []string{"石化机械直线涨停", "新增油气长输管道2万公里，全国油气长", "输管网规模达22万公里，国内油气供应", "量4.4亿吨油当量。"},
			[]string{"长|输", "应|量"}},
		{"items opened by single dashes", append(repeat(body, 8), "—到2025年全省新增国家级专精特新小巨人企", "—到2025年全省培育制造业单项冠军企业达到", "—到2025年全省工业互联网平台连接设备超过"),
			[]string{"升|产", "升|产", "升|产", "升|产", "升|产", "升|产", "升|产"}},
		{"few even lines, one with figures", []string{"石化机械直线涨停", "新增油气长输管道2万公里，全国油气长", "输管网规模达12345678公里，国内油气", "供应量稳步提升，天然气产量持续增长，", "原油产量4.4亿吨。"},
			[]string{"长|输", "气|供", "，|原"}},
		{"few even lines, measured by width", []string{"东北振兴再出新举措", "吉林省提出全省汽车产业产值力争翻一番，", "力争突破8000亿元，其中一汽集团所在地长", "春市新能源汽车产量到2025年翻番，实现跨", "全面提升产业链供应链韧性。"},
			[]string{"，|力", "长|春", "跨|全"}},
		{"few uneven lines", []string{"石化机械直线涨停", "新增油气长输管道2万公里，全国油气长", "输管网规模达22万公里，国内油气供应量达到", "4.4亿吨油当量。"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := []rune(strings.Join(tc.lines, "\n"))
			joins := unwrap(text, shipped(t).txt)
			var at []string
			for _, k := range joins {
				at = append(at, string(text[k-1])+"|"+string(text[k+1]))
			}
			if !slices.Equal(at, tc.want) {
				t.Errorf("unwrap joins %q, want %q", at, tc.want)
			}
		})
	}
}

// TestUnwrapIndents checks that a line opening with an indent starts a
// paragraph (the break before it stays) when only some lines are
// indented, and says nothing when nearly all are (a margin).
func TestUnwrapIndents(t *testing.T) {
	body := "产业整体水平显著提升产业形态持续优化升级" // 20 runes, no stop
	headline := "国家统计局关于国民经济和社会发展的统计公报"
	var lines []string
	lines = append(lines, headline)
	for range 3 {
		for k := range 4 {
			if k == 0 {
				lines = append(lines, "  "+body[:len(body)-3*2]) // the indent keeps the width
				continue
			}
			lines = append(lines, body)
		}
	}
	breaks := func(text []rune) int { return strings.Count(string(text), "\n") }
	text := []rune(strings.Join(lines, "\n"))
	unwrap(text, shipped(t).txt)
	if got := breaks(text); got != 3 {
		t.Errorf("paragraph indents: %d breaks left, want 3 (before each indented line): %q", got, string(text))
	}
	var margin []string
	for _, l := range lines {
		margin = append(margin, "  "+strings.TrimLeft(l, " "))
	}
	text = []rune(strings.Join(margin, "\n"))
	unwrap(text, shipped(t).txt)
	if got := breaks(text); got != 0 {
		t.Errorf("a margin: %d breaks left, want 0: %q", got, string(text))
	}
	// A margin broken by flush headings: lines indented alike under one
	// another are wrapped as before (only the breaks after each part's
	// last line, before a heading, stay).
	var parts []string
	for range 3 {
		for range 6 {
			parts = append(parts, "  "+body)
		}
		parts = append(parts, "第一部分")
	}
	text = []rune(strings.Join(parts, "\n"))
	unwrap(text, shipped(t).txt)
	if got := breaks(text); got > 5 {
		t.Errorf("a margin with flush headings: %d breaks left, want at most 5: %q", got, string(text))
	}
}

// TestStartsLedHeadline: a bulletin's item whose headline runs on into a
// body that opens with a date or a reporter's lead, and sentences that
// only look so.
func TestStartsLedHeadline(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		sentence string
		want     bool
	}{
		{"“南北互供”特高压重点枢纽站扩建工程全面投运1月3日，我国电力“南北互供”重要特高压枢纽变电站全面投入运行。", true},
		{"首列“塔吉克斯坦—甘肃”国际货运班列抵达兰州新区今天（1月14日），一列满载50个集装箱的国际货运班列运抵。", true},
		{"查干湖展开大规模冬季捕鱼日前，查干湖冬季捕鱼大规模展开。", true},
		{"“两重”项目已完成投资超1.2万亿元记者从国家发展改革委了解到，已完成投资超过1.2万亿元。", true},
		{"《应对老年期痴呆国家行动计划》发布近日，国家卫生健康委等15部门发布行动计划。", true},
		// A stop before the lead: the sentence's own clause, no headline.
		{"截至目前，全省已建成5G基站10万个，近日，又新增1000个。", false},
		// A date inside a sentence, not before a comma.
		{"国家统计局1月17日发布数据显示，全年国内生产总值增长5.2%。", false},
		// Too short a run before the lead to be a headline.
		{"商务部今天（1月3日）举行发布会。", false},
		// A date after a number is no lead.
		{"全省共安排项目2021月3日，", false},
	}
	for _, tc := range tests {
		rs := []rune(tc.sentence)
		if got := x.startsLedHeadline(rs, span{0, len(rs)}); got != tc.want {
			t.Errorf("startsLedHeadline(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}
