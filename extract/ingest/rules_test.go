package ingest

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// testRuleSpecs is a realistic boilerplate rule set for Chinese news pages,
// the kind the project's rule file holds. regexp2 backtracks, so no pattern
// has two \s* (or other overlapping repeats) side by side with only optional
// parts between them: that is quadratic on a long line of spaces.
var testRuleSpecs = []struct {
	id, mode, pattern string
	formats           []string
}{
	// Dates in page headers.
	{"date.published", "date", `(?:发布|發佈|发表|更新)(?:日期|时间|時間)\s*[:：]\s*(?<year>\d{4})\s*[-/年.]\s*(?<month>\d{1,2})\s*[-/月.]\s*(?<day>\d{1,2})`, nil},
	{"date.bare", "date", `^\s*(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\s*$`, []string{"text"}},
	{"date.han", "date", `^\s*(?<year>[〇一二三四五六七八九○]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日\s*$`, nil},
	// Tails: everything from here on is navigation.
	{"tail.related", "truncate", `^\s*(?:相关阅读|相關閱讀|相关资讯|相关新闻|热点资讯|热门推荐|推荐阅读|友情链接)(?:\s|[:：]|$)`, nil},
	{"tail.prevnext", "truncate", `^\s*(?:[•·]\s*)?(?:上一篇|下一篇)\s*[:：]`, nil},
	// Lines that are never article text.
	{"nav.menu", "drop_line", `^\s*[•·]\s*\S{1,10}\s*$`, nil},
	{"nav.breadcrumb", "drop_line", `^\s*(?:你的位置|您的位置|当前位置|您现在的位置)\s*[:：]`, nil},
	{"nav.back", "drop_line", `^\s*\[?返回[^｜|\]\s]{1,20}\]?(?:\s*[｜|]\s*\[?返回[^｜|\]\s]{1,10}\]?)*(?:\s*[｜|])?\s*$`, nil},
	{"legal.copyright", "drop_line", `未[经經].{0,24}(?:授权|許可|许可|允许|允許).{0,24}不得.{0,6}(?:转载|轉載|使用)|版权所有|版權所有|Powered by`, nil},
	{"legal.disclaimer", "drop_line", `^\s*(?:\S{0,8}声明|風險提示|风险提示)\s*[:：]|不构成(?:任何)?(?:对任何人的)?投资建议`, nil},
	{"credit.source", "drop_line", `^\s*[（(](?:文章)?来源\s*[:：][^）)]*[）)]\s*$`, nil},
	{"credit.editor", "drop_line", `^\s*(?:[（(]\s*)?(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*\S{1,12}(?:\s*[）)])?\s*$`, nil},
	{"credit.image", "drop_line", `^\s*图片来源\s*[:：]`, nil},
	{"site.footer", "drop_line", `ICP备|网站标识码|主办单位[:：]`, nil},
	// Spam phrases injected into sentences by re-publishing sites.
	{"spam.peizi", "remove", `配资网炒股|(?:正规|线下|专业|无息)?(?:股票)?配资(?:炒股)?(?:公司|平台|开户)?(?=\s|[，,。])`, nil},
}

// testRules compiles testRuleSpecs.
func testRules() []BoilerplateRule {
	var rules []BoilerplateRule
	for _, s := range testRuleSpecs {
		re := regexp2.MustCompile(s.pattern, regexp2.None)
		re.MatchTimeout = 5 * time.Second // generous: the test machine may be loaded
		rules = append(rules, BoilerplateRule{ID: s.id, Mode: BoilerplateMode(s.mode), Pattern: re, Formats: s.formats})
	}
	return rules
}
