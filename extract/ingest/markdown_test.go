package ingest

import (
	"reflect"
	"strings"
	"testing"
)

func TestFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		ok   bool
		want map[string]string
		body string
	}{
		{"jekyll", "---\nlayout: post\ntitle: \"深圳：发布行动计划\"\ndate: 2022-06-06 16:01:03 +0800\ncategories: emnews\ntags: 东财滚动新闻\n---\n正文\n", true,
			map[string]string{"layout": "post", "title": "深圳：发布行动计划", "date": "2022-06-06 16:01:03 +0800", "categories": "emnews", "tags": "东财滚动新闻"}, "正文\n"},
		{"empty title and date", "---\ntitle: \"\"\ndate:  +0800\n---\n正文", true,
			map[string]string{"title": "", "date": "+0800"}, "正文"},
		{"lists", "---\ncategories: [财经, 政策]\ntags:\n  - 宏观\n  - 地方\n---\n", true,
			map[string]string{"categories": "财经, 政策", "tags": "宏观, 地方"}, ""},
		{"null and numbers stay text", "---\ntitle: ~\nyear: 2024\nok: yes\n---\n", true,
			map[string]string{"title": "", "year": "2024", "ok": "yes"}, ""},
		{"broken yaml: colon in plain scalar", "---\ntitle: 山东: 今年投入145亿\ndate: 2022-02-23\n---\n正文", true,
			map[string]string{"title": "山东: 今年投入145亿", "date": "2022-02-23"}, "正文"},
		{"broken yaml: unclosed quote", "---\ntitle: \"未闭合的引号\ndate: 2022-02-23\n---\n正文", true,
			map[string]string{"title": "\"未闭合的引号", "date": "2022-02-23"}, "正文"},
		{"broken yaml: tab indentation", "---\ntitle: 标题\n\tbad: x\ndate: '2021-12-08'\n---\n正文", true,
			map[string]string{"title": "标题", "date": "2021-12-08"}, "正文"},
		{"not a mapping", "---\n- a\n- b\n---\n正文", true, map[string]string{}, "正文"},
		{"empty", "---\n---\n正文", true, map[string]string{}, "正文"},
		{"dots end", "---\ntitle: 标题\n...\n正文", true, map[string]string{"title": "标题"}, "正文"},
		{"unclosed", "---\ntitle: 标题\n正文", false, nil, "---\ntitle: 标题\n正文"},
		{"not front matter", "----\ntitle: x\n---\n", false, nil, "----\ntitle: x\n---\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fm, body, ok := splitFrontMatter(tc.in)
			if ok != tc.ok || body != tc.body {
				t.Fatalf("splitFrontMatter: ok %v body %q, want %v %q", ok, body, tc.ok, tc.body)
			}
			if !ok {
				return
			}
			if got := parseFrontMatter(fm); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseFrontMatter = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMarkdownDocument(t *testing.T) {
	for _, tc := range []struct {
		name, path, in    string
		title, date, text string
		meta              map[string]string
	}{
		{"empty title and date fall back", "post.md", "---\nlayout: post\ntitle: \"\"\ndate:  +0800\ncategories: emnews\n---\n> 摘要一句话。\n\n<p>正文第一段。</p>\n", "", "",
			"摘要一句话。\n\n正文第一段。", map[string]string{"categories": "emnews"}},
		{"date from Jekyll file name", "_posts/2024-8-1-daily.md", "---\ntitle: 早餐\n---\n# 早餐\n\n正文", "早餐", "2024-08-01",
			"早餐\n\n正文", map[string]string{"date_source": "file-name"}},
		{"heading as title without front matter", "note.md", "# 关于印发方案的通知\n\n正文。", "关于印发方案的通知", "",
			"关于印发方案的通知\n\n正文。", nil},
		{"title line added before body", "x.md", "---\ntitle: 标题\ndate: 2021-12-08 10:46:18 +0800\n---\n正文第一段。", "标题", "2021-12-08",
			"标题\n正文第一段。", map[string]string{"date_source": "front-matter"}},
		{"Hugo's publishDate", "x.md", "---\ntitle: 标题\npublishDate: 2023-03-05T08:00:00+08:00\n---\n正文第一段。", "标题", "2023-03-05",
			"标题\n正文第一段。", map[string]string{"date_source": "front-matter"}},
		{"published flag before the date", "x.md", "---\ntitle: 标题\npublished: true\npublish_date: 2024-05-06\n---\n正文第一段。", "标题", "2024-05-06",
			"标题\n正文第一段。", map[string]string{"date_source": "front-matter"}},
		{"CRLF", "x.md", "---\r\ntitle: 标题\r\n---\r\n第一行\r\n第二行\r\n", "标题", "", "标题\n第一行\n第二行", nil},
		{"markup in title", "x.md", "---\ntitle: \"R&amp;D <b>投入</b>\"\n---\n正文", "R&D 投入", "", "R&D 投入\n正文", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse(tc.path, []byte(tc.in), Options{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			d := docs[0]
			if d.Format != FormatMarkdown || d.Title != tc.title || d.Date != tc.date || d.Text != tc.text || !reflect.DeepEqual(d.Meta, tc.meta) {
				t.Errorf("got format %s title %q date %q meta %v text %q\nwant title %q date %q meta %v text %q",
					d.Format, d.Title, d.Date, d.Meta, d.Text, tc.title, tc.date, tc.meta, tc.text)
			}
		})
	}
}

func TestMarkdownCleanup(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"quote markers", "> 摘要\n> > 嵌套引用", "摘要\n嵌套引用"},
		{"headings", "# 一级标题\n## 二级 ##\n###### 六级", "一级标题\n二级\n六级"},
		{"bold and italic", "**加粗**、__也加粗__、*斜体*、_斜体_、~~删除~~", "加粗、也加粗、斜体、斜体、删除"},
		{"intraword star emphasis", "再安排*中央预算内投资*约200亿元", "再安排中央预算内投资约200亿元"},
		{"escaped star inside strong", "**对“\\*ST景峰”进行重点监控**；", "对“*ST景峰”进行重点监控；"},
		{"ST stock names keep their star", "*ST海越与*ST亚星公告，\\*ST鹏博同日披露", "*ST海越与*ST亚星公告，*ST鹏博同日披露"},
		{"underscores inside words stay", "财盛证券_专业配资_炒股 和 snake_case_name", "财盛证券_专业配资_炒股 和 snake_case_name"},
		{"links keep text", "印发《[行动方案](https://example.com/a)》和[参考][1]\n\n[1]: https://example.com/b", "印发《行动方案》和参考"},
		{"back links", "[返回东财滚动新闻](//finews.example.com/emnews/)｜[返回首页](//finews.example.com/)", "返回东财滚动新闻｜返回首页"},
		{"images vanish", "前![img](data:image/png;base64,iVBORw0KGgo=)后\n![图](a.png)", "前后"},
		{"autolinks vanish", "<http://finance.example.com/news/1350,1.html>\n\n<>\n\n正文<https://x.y/z>。", "正文。"},
		{"lists", "- 甲\n* 乙\n+ 丙\n1. 第一\n2. 第二\n- [x] 完成", "甲\n乙\n丙\n1. 第一\n2. 第二\n完成"},
		{"escapes", `\*不是强调\*、\[不是链接\](x)、1\. 编号、\<不是标签\>、\&amp;`, "*不是强调*、[不是链接](x)、1. 编号、<不是标签>、&amp;"},
		{"inline code", "运行`go test`命令", "运行go test命令"},
		{"code span is literal", "标记 `<span id=\"x\"><a …>` 与 `**不加粗**`", "标记 <span id=\"x\"><a …> 与 **不加粗**"},
		{"fenced code", "前\n```go\nif a < b && c {}\n```\n后", "前\nif a < b && c {}\n后"},
		{"horizontal rule", "上\n\n---\n\n下\n***", "上\n\n下"},
		{"table", "| 指标 | 数值 |\n|---|:---:|\n| 社融 | 3万亿 |", "指标 数值\n社融 3万亿"},
		{"html block is not markdown", "<p>a*b*c 与 [x](y)</p>\n\n*强调*", "a*b*c 与 [x](y)\n\n强调"},
		{"inline html in prose", "支持<span id=\"stock_1\"><a href=\"x\">示例科技</a></span>等*企业*", "支持示例科技等企业"},
		{"prose less-than", "增速<5%，a<b 与 x > y", "增速<5%，a<b 与 x > y"},
		{"entities in prose", "《&lt;蒙特利尔议定书&gt;》R&D", "《<蒙特利尔议定书>》R&D"},
		{"eastmoney paragraph", `<p>深圳发改委印发《深圳市培育发展<span id="bk_90.BK0493"><a href="http://quote.eastmoney.com/unify/r/90.BK0493" class="keytip" data-code="90,BK0493">新能源</a></span><span id="bkquote_90.BK0493"></span>产业集群行动计划》。</p><p class="em_media">（文章来源：某社）</p>`,
			"深圳发改委印发《深圳市培育发展新能源产业集群行动计划》。\n（文章来源：某社）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := markdownToHTML(tc.in)
			got := tidyLines(strings.Split(htmlToText(md.html, true).body, "\n"))
			if got != tc.want {
				t.Errorf("markdown %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
