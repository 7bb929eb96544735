package ingest

import (
	"strings"
	"testing"
)

func TestBreakParagraphs(t *testing.T) {
	long := strings.Repeat("中方表示将深化合作推进交流互鉴", 10) // 150 runes, no sentence end
	long2 := long + long                          // 300 runes
	whole := strings.Repeat(long2, 7)             // 2,100 runes
	tests := []struct {
		name, in, want string
	}{
		{"no wide space", "到2025年，培育企业100家。", "到2025年，培育企业100家。"},
		{"after a sentence end", "会议意义重大。\u3000\u3000到2025年，培育企业100家。", "会议意义重大。\n\u3000\u3000到2025年，培育企业100家。"},
		{"em spaces after a quote", "他说：“要加快发展。”\u2003\u2003二、工作安排", "他说：“要加快发展。”\n\u2003\u2003二、工作安排"},
		{"long line, no sentence end", long + "\u3000\u3000新华社记者\u3000\u300011月12日", long + "\n\u3000\u3000新华社记者\n\u3000\u300011月12日"},
		{"leading indent stays", "\u3000\u3000到2025年，培育企业100家。", "\u3000\u3000到2025年，培育企业100家。"},
		{"trailing run stays", "培育企业100家。\u3000\u3000\n下一行", "培育企业100家。\u3000\u3000\n下一行"},
		{"one wide space is a separator", long + "\u3000题：加强交流", long + "\u3000题：加强交流"},
		{"short table row", "粮食\u3000\u300035,343万吨\u3000\u30008.7%", "粮食\u3000\u300035,343万吨\u3000\u30008.7%"},
		{"markdown table row", "| 粮食。\u3000\u3000 | 8.7% |", "| 粮食。\u3000\u3000 | 8.7% |"},
		{"ascii spaces before the run are trimmed", "意义重大。 \u3000\u3000到2025年", "意义重大。\n\u3000\u3000到2025年"},
		{"heading run in", long2 + "。二、2026年工作安排2026年是开局之年。（一）扩大内需。第五条 施行。2、消息。3.加强合作。", long2 + "。\n二、2026年工作安排2026年是开局之年。\n（一）扩大内需。\n第五条 施行。\n2、消息。\n3.加强合作。"},
		{"heading after an indent is cut once", long2 + "。\u3000\u3000二、工作安排", long2 + "。\n\u3000\u3000二、工作安排"},
		{"markdown heading run in", long2 + "。## 一、农业", long2 + "。\n## 一、农业"},
		{"markdown heading after anything", long2 + "收藏到AliceBox### 热点聚焦1、消息。C# 语言", long2 + "收藏到AliceBox\n### 热点聚焦1、消息。C# 语言"},
		{"bold heading run in", whole + "。**2023年政府工作**2023年是开局之年。**（一）坚持稳中求进。**加快", whole + "。\n**2023年政府工作**\n2023年是开局之年。**（一）坚持稳中求进。**加快"},
		{"bold lead in a paragraph", long2 + "。**江东新区**招引重点企业", long2 + "。**江东新区**招引重点企业"},
		{"bold title opening the line", "**国家统计局关于1982年的公报**1983年4月29日" + whole, "**国家统计局关于1982年的公报**\n1983年4月29日" + whole},
		{"bold lead before its stop", whole + "。**实现封关运作**。如期完成，**新旧动能转换，增长**提速", whole + "。**实现封关运作**。如期完成，**新旧动能转换，增长**提速"},
		{"numerals and articles that are no headings", long2 + "。一、二线城市房价上涨。第五条规定的情形除外。第六条 施行。", long2 + "。一、二线城市房价上涨。第五条规定的情形除外。\n第六条 施行。"},
		{"a bold heading after an indent cut", strings.Repeat("甲", 10) + "\u3000\u3000**标题**" + strings.Repeat("乙", 2100), strings.Repeat("甲", 10) + "\n\u3000\u3000**标题**\n" + strings.Repeat("乙", 2100)},
		{"no heading without a sentence end", long2 + "二、工作安排，1.5万人。3.5%", long2 + "二、工作安排，1.5万人。3.5%"},
		{"short line lists items inline", "具体措施如下：一、加强合作。二、扩大开放。", "具体措施如下：一、加强合作。二、扩大开放。"},
		{"other lines kept", "标题\n会议意义重大。\u3000\u3000到2025年。\n末行", "标题\n会议意义重大。\n\u3000\u3000到2025年。\n末行"},
		{"title run in before a salutation", "1997年中华人民共和国国务院政府工作报告各位代表：现在，" + long2, "1997年中华人民共和国国务院政府工作报告\n各位代表：现在，" + long2},
		{"title run in before a subtitle", "政府工作报告——2023年3月5日在会议上" + long2, "政府工作报告\n——2023年3月5日在会议上" + long2},
		{"notice run in before its number", "国务院关于印发加快发展方案的通知国发〔2023〕5号各省、" + long2, "国务院关于印发加快发展方案的通知\n国发〔2023〕5号各省、" + long2},
		{"title on its own line", "政府工作报告\n各位代表：" + long2, "政府工作报告\n各位代表：" + long2},
		{"a title's words inside a first sentence", "会议听取了政府工作报告——各位代表：" + long2, "会议听取了政府工作报告\n——各位代表：" + long2},
		{"a clause before the word", "今年以来，全市落实方案各位代表" + long2, "今年以来，全市落实方案各位代表" + long2},
		{"not the first line", "标题\n1997年政府工作报告各位代表：" + long2, "标题\n1997年政府工作报告各位代表：" + long2},
		{"a short first line", "政府工作报告各位代表：现在开会。", "政府工作报告各位代表：现在开会。"},
		{"title run in before its first heading", "山东省新一代信息技术产业行动计划（2024-2025年）一、总体目标以链长制为抓手，" + long2, "山东省新一代信息技术产业行动计划（2024-2025年）\n一、总体目标以链长制为抓手，" + long2},
		{"year heading run in", long2 + "。2023年主要工作2023年，是开局之年。过去一年工作回顾过去一年，我们迎难而上。", long2 + "。\n2023年主要工作\n2023年，是开局之年。\n过去一年工作回顾\n过去一年，我们迎难而上。"},
		{"a year's work as a sentence's subject", long2 + "。2023年主要工作是稳增长。2024年工作安排如下：加强合作。", long2 + "。2023年主要工作是稳增长。2024年工作安排如下：加强合作。"},
		{"dash list run in", long2 + "。主要目标是：——转型升级成效显著。70%的企业实现数字化。——供给能力明显增强。", long2 + "。主要目标是：\n——转型升级成效显著。70%的企业实现数字化。\n——供给能力明显增强。"},
		{"a dash inside a sentence", long2 + "。发展——这是第一要务。", long2 + "。发展——这是第一要务。"},
		{"signature run in", long2 + "。抄送：省委各部门。\u3000\u3000山东省人民政府办公厅2019年3月15日印发", long2 + "。抄送：省委各部门。\n\u3000\u3000山东省人民政府办公厅2019年3月15日印发"},
		{"a date that ends the last sentence", long2 + "。会议于2019年3月15日", long2 + "。会议于2019年3月15日"},
		{"a signature not at the end", long2 + "。山东省人民政府办公厅2019年3月15日印发。" + long2, long2 + "。山东省人民政府办公厅2019年3月15日印发。" + long2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := breakParagraphs(tt.in); got != tt.want {
				t.Errorf("breakParagraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzBreakParagraphs checks that breakParagraphs only adds line breaks (and
// drops ASCII spaces before them), and that a second pass changes nothing.
func FuzzBreakParagraphs(f *testing.F) {
	for _, s := range []string{"会议意义重大。\u3000\u3000到2025年。", strings.Repeat("中", 130) + "\u2003 \u2003x", "a\u3000\u3000\n\u3000\u3000b。\u3000\u3000c",
		strings.Repeat("甲", 10) + "\u3000\u3000**标题**" + strings.Repeat("乙。二、", 700) + "## 三\u3000\u3000**题**x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := breakParagraphs(s)
		squash := func(x string) string { return strings.NewReplacer("\n", "", " ", "", "\t", "").Replace(x) }
		if squash(got) != squash(s) {
			t.Fatalf("breakParagraphs(%q) = %q: more than line breaks changed", s, got)
		}
		if again := breakParagraphs(got); again != got {
			t.Fatalf("breakParagraphs is not idempotent on %q: %q, then %q", s, got, again)
		}
	})
}

func TestHeadingCandidate(t *testing.T) {
	for in, want := range map[string]bool{
		"会议意义重大。推进合作。":  false,
		"会议意义重大。二、工作安排": true,
		"意义重大。” （三）任务":  true,
		"意义重大。2、消息":     true,
		"意义重大。第五条 施行":   true,
		"收藏### 热点":      true,
		"开局。**工作**":     true,
	} {
		if got := headingCandidate(in); got != want {
			t.Errorf("headingCandidate(%q) = %v, want %v", in, got, want)
		}
	}
}
