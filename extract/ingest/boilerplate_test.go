package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dlclark/regexp2/v2"
)

func rule(id string, mode BoilerplateMode, pattern string, formats ...string) BoilerplateRule {
	re := regexp2.MustCompile(pattern, regexp2.None)
	re.MatchTimeout = time.Second
	return BoilerplateRule{ID: id, Mode: mode, Pattern: re, Formats: formats}
}

func TestBoilerplateModes(t *testing.T) {
	long := strings.Repeat("全省新增企业五家。", longLine/9+1) // one line, more than longLine runes
	dateRule := rule("date", Date, `发布日期\s*[:：]\s*(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})`)
	for _, tc := range []struct {
		name     string
		rules    []BoilerplateRule
		in       string
		wantText string
		wantDate string
	}{
		{"drop_line drops the whole line", []BoilerplateRule{rule("editor", DropLine, `^编辑[:：]`)},
			"标题\n正文一。\n编辑：张三\n正文二。", "标题\n正文一。\n正文二。", ""},
		{"truncate drops the line and all after", []BoilerplateRule{rule("related", Truncate, `^\s*相关阅读`)},
			"标题\n正文。\n相关阅读\n别的文章\n更多", "标题\n正文。", ""},
		{"truncate uses the first match", []BoilerplateRule{rule("prev", Truncate, `^上一篇[:：]`)},
			"标题\n正文。\n上一篇：甲\n下一篇：乙\n上一篇：丙", "标题\n正文。", ""},
		{"remove cuts phrases mid-sentence", []BoilerplateRule{rule("spam", Remove, `配资网炒股`)},
			"标题\n战略以来配资网炒股,三省一市配资网炒股协同。", "标题\n战略以来,三省一市协同。", ""},
		{"remove can empty a line", []BoilerplateRule{rule("spam", Remove, `配资网炒股`)},
			"标题\n配资网炒股\n正文。", "标题\n\n正文。", ""},
		{"date sets Date and drops the line", []BoilerplateRule{dateRule},
			"标题\n发布日期:2025-01-22 13:22    点击次数:85\n正文。", "标题\n正文。", "2025-01-22"},
		{"date: first match wins, later matches dropped", []BoilerplateRule{dateRule},
			"标题\n发布日期：2025-1-2\n发布日期：2024-12-31\n正文。", "标题\n正文。", "2025-01-02"},
		{"date: invalid date is dropped but not used", []BoilerplateRule{dateRule},
			"标题\n发布日期：2025-02-30\n正文。", "标题\n正文。", ""},
		{"date: Chinese numerals", []BoilerplateRule{rule("han", Date, `^(?<year>[〇一二三四五六七八九]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日$`)},
			"标题\n二〇二五年十二月二十一日\n正文。", "标题\n正文。", "2025-12-21"},
		{"date: only the first 40 non-blank lines", []BoilerplateRule{dateRule},
			"标题\n" + strings.Repeat("正文。\n\n", 40) + "发布日期：2025-01-22", "标题\n" + strings.TrimSuffix(strings.Repeat("正文。\n\n", 40), "\n\n") + "\n\n发布日期：2025-01-22", ""},
		// A line of more than longLine runes (an article whose paragraph
		// breaks were lost) is seen a sentence at a time.
		{"drop_line drops a sentence of a long line", []BoilerplateRule{rule("rights", DropLine, `仅供参考`)},
			"标题\n" + long + "本文仅供参考，不构成投资建议。" + long + "\n免责声明：仅供参考。本文…",
			"标题\n" + long + long, ""},
		{"truncate from a sentence of a long line", []BoilerplateRule{rule("license", Truncate, `(?<=。)本作品在全世界`)},
			"标题\n" + long + "本作品在全世界都属于公有领域。因为作者逝世已经超过100年。\n更多",
			"标题\n" + long, ""},
		{"^ is a long line's start, not a sentence's", []BoilerplateRule{rule("related", Truncate, `^\s*相关政策`)},
			"标题\n" + long + "相关政策由省发展改革委负责解释。本通知自2025年1月1日起施行。",
			"标题\n" + long + "相关政策由省发展改革委负责解释。本通知自2025年1月1日起施行。", ""},
		{"a date rule's window counts lines, not sentences", []BoilerplateRule{dateRule},
			"标题\n" + long + "\n发布日期：2025-01-22\n正文。", "标题\n" + long + "\n正文。", "2025-01-22"},
		{"remove runs on the joined line", []BoilerplateRule{rule("marks", Remove, `(?<=。)\[\d\]`)},
			"标题\n" + long + "[2]下一句。", "标题\n" + long + "下一句。", ""},
		{"a line of longLine runes is one", []BoilerplateRule{rule("rights", DropLine, `仅供参考`)},
			"标题\n" + strings.Repeat("新", longLine-5) + "仅供参考。\n正文。",
			"标题\n正文。", ""},
		{"formats filter", []BoilerplateRule{rule("html-only", DropLine, `正文`, FormatHTML)},
			"标题\n正文。", "标题\n正文。", ""},
		{"order: date, truncate, drop_line, remove", []BoilerplateRule{
			rule("spam", Remove, `广告`), rule("menu", DropLine, `^首页$`), rule("tail", Truncate, `^相关`), dateRule},
			"标题\n首页\n发布日期：2025-03-01 相关\n正文广告。\n相关阅读\n首页", "标题\n正文。", "2025-03-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse("page.txt", []byte(tc.in), Options{Boilerplate: tc.rules})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			d := docs[0]
			if d.Text != tc.wantText || d.Date != tc.wantDate {
				t.Errorf("got date %q text %q\nwant date %q text %q", d.Date, d.Text, tc.wantDate, tc.wantText)
			}
		})
	}
}

func TestBoilerplateDateKeepsMetadataDate(t *testing.T) {
	in := "---\ntitle: 标题\ndate: 2020-05-05\n---\n发布日期：2025-01-22\n正文。"
	rules := []BoilerplateRule{rule("date", Date, `发布日期\s*[:：]\s*(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})`)}
	docs, errs := Parse("post.md", []byte(in), Options{Boilerplate: rules})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if d := docs[0]; d.Date != "2020-05-05" || d.Text != "标题\n正文。" {
		t.Errorf("Date %q Text %q", d.Date, d.Text)
	}
}

// TestBoilerplateTitleFromDateLine: a scraped page without a title gets the
// line above its date line as title, and loses the page chrome above that.
func TestBoilerplateTitleFromDateLine(t *testing.T) {
	in := "某某证券_在线配资\n  • 首页\n你的位置:某某证券 > 新闻 >\n  • 配资网炒股 某省出台科技创新十条措施\n\n    发布日期:2025-01-22 13:22\n\n    正文配资网炒股第一段。"
	rules := []BoilerplateRule{
		rule("date", Date, `发布日期\s*[:：]\s*(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})`),
		rule("menu", DropLine, `^\s*•\s*\S{1,8}\s*$`),
		rule("spam", Remove, `配资网炒股`),
	}
	docs, errs := Parse("page.txt", []byte(in), Options{Boilerplate: rules})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.Title != "某省出台科技创新十条措施" || d.Date != "2025-01-22" || d.Text != "某省出台科技创新十条措施\n\n    正文第一段。" {
		t.Errorf("Title %q Date %q Text %q", d.Title, d.Date, d.Text)
	}
}

func TestBoilerplateRemoveAppliesToTitle(t *testing.T) {
	in := "<html><head><title>配资网炒股 某市发布数字经济规划</title></head><body><p>正文。</p></body></html>"
	docs, errs := Parse("page.html", []byte(in), Options{Boilerplate: []BoilerplateRule{rule("spam", Remove, `配资网炒股`)}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if d := docs[0]; d.Title != "某市发布数字经济规划" || d.Text != "某市发布数字经济规划\n正文。" {
		t.Errorf("Title %q Text %q", d.Title, d.Text)
	}
}

func TestBoilerplateEverythingRemoved(t *testing.T) {
	_, errs := Parse("page.txt", []byte("相关阅读\n别的"), Options{Boilerplate: []BoilerplateRule{rule("tail", Truncate, `^相关阅读`)}})
	if len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) {
		t.Errorf("errs = %v, want empty document", errs)
	}
}

func TestBoilerplateTimeout(t *testing.T) {
	// A rule that times out on one line loses its match on that line only:
	// the document is kept, the other lines still meet the rule, and the
	// timeout is a warning naming the rule and the line.
	re := regexp2.MustCompile(`^(a+)+$|^广告$`, regexp2.None)
	re.MatchTimeout = 10 * time.Millisecond
	for _, mode := range []BoilerplateMode{DropLine, Truncate, Remove} {
		t.Run(string(mode), func(t *testing.T) {
			r := BoilerplateRule{ID: "slow", Mode: mode, Pattern: re}
			in := "正文第一句。\n" + strings.Repeat("a", 40) + "b\n正文第二句。\n广告"
			docs, errs := Parse("slow.txt", []byte(in), Options{Boilerplate: []BoilerplateRule{r}})
			if len(errs) > 0 {
				t.Fatalf("errs = %v, want the document kept", errs)
			}
			d := docs[0]
			if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "boilerplate rule slow") || !strings.Contains(d.Warnings[0], "line 2") {
				t.Errorf("Warnings = %q, want one naming rule slow and line 2", d.Warnings)
			}
			if !strings.Contains(d.Text, "正文第二句。") || !strings.Contains(d.Text, "aaab") {
				t.Errorf("Text = %q, want the timed-out line and the rest kept", d.Text)
			}
			if mode != Remove && strings.Contains(d.Text, "广告") {
				t.Errorf("Text = %q: the rule no longer ran on later lines", d.Text)
			}
		})
	}
}

func TestBoilerplateValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    BoilerplateRule
		want string // "" = valid
	}{
		{"ok", rule("x", DropLine, `a`), ""},
		{"ok date", rule("d", Date, `(?<year>\d{4})(?<month>\d\d)(?<day>\d\d)`), ""},
		{"unknown mode", rule("x", "delete", `a`), `unknown mode "delete"`},
		{"no pattern", BoilerplateRule{ID: "x", Mode: Remove}, "no pattern"},
		{"date without groups", rule("d", Date, `\d{4}-\d\d-\d\d`), "no group (?<year>…)"},
		{"date missing day", rule("d", Date, `(?<year>\d{4})-(?<month>\d\d)`), "no group (?<day>…)"},
		{"unknown format", rule("x", DropLine, `a`, "pdf"), `unknown format "pdf"`},
	} {
		err := tc.r.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	_, errs := Parse("x.txt", []byte("正文"), Options{Boilerplate: []BoilerplateRule{{ID: "bad", Mode: Remove}}})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "rule bad: no pattern") {
		t.Errorf("Parse with an invalid rule: %v", errs)
	}
}

// TestTestRules runs the realistic rule set used by the golden and corpus
// tests over lines it must and must not touch.
func TestTestRules(t *testing.T) {
	rules := testRules()
	for _, r := range rules {
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	// Long lines that make a careless backtracking pattern quadratic.
	for _, line := range []string{
		strings.Repeat(" ", 20000) + "x",
		"返回首页" + strings.Repeat(" ", 20000) + "x",
		"编辑：甲" + strings.Repeat(" ", 20000) + "x",
		strings.Repeat("配资", 10000),
		strings.Repeat("未经授权", 5000),
	} {
		start := time.Now()
		if _, err := applyBoilerplate(line, FormatText, rules); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%.20q…: rules took %v", line, d)
		}
	}
	for _, tc := range []struct{ line, want string }{
		{"  • 首页", ""},
		{"  • 炒股配资APP下载", ""},
		{"你的位置:财经网 > 新闻 >", ""},
		{"（文章来源：证券时报）", ""},
		{"编辑：王小明", ""},
		{"（責任編輯：陳曉）", ""},
		{"声明：本平台所发布的信息均不构成投资建议。", ""},
		{"未经本网授权，不得转载、摘编。", ""},
		{"本網所有自採新聞，未經允許不得轉載或鏡像。", ""},
		{"返回东财滚动新闻｜返回首页", ""},
		{"图片来源:网络", ""},
		{"以来配资网炒股,三省一市", "以来,三省一市"},
		{"省政府印发实施方案，提出到2025年数字经济核心产业增加值占比达到10%。", "省政府印发实施方案，提出到2025年数字经济核心产业增加值占比达到10%。"},
		{"编辑部门将在三个月内完成修订。", "编辑部门将在三个月内完成修订。"},
		{"记者了解到，相关阅读材料已发放。", "记者了解到，相关阅读材料已发放。"},
	} {
		bp, err := applyBoilerplate(tc.line, FormatText, rules)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(bp.lines, "\n")
		if got != tc.want {
			t.Errorf("%q → %q, want %q", tc.line, got, tc.want)
		}
	}
}
