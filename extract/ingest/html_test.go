package ingest

import (
	"strings"
	"testing"
	"time"
)

func TestHTMLToText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"inline span stays in the sentence", `<p>支持<span id="stock_1.600000"><a href="http://x" class="keytip">示例科技</a></span><span id="quote_1.600000"></span>等企业发展。</p>`, "支持示例科技等企业发展。"},
		{"inline formatting", `<p>总产值达到<b>1.5万亿元</b>，<strong>龙头</strong><em>企业</em><font color=red>10家</font>。</p>`, "总产值达到1.5万亿元，龙头企业10家。"},
		{"paragraphs", `<p>第一段。</p><p>第二段。</p>`, "第一段。\n第二段。"},
		{"divs and headings", `<div><h2>一、总体要求</h2><div>内容</div></div>`, "一、总体要求\n内容"},
		{"br", `第一行<br>第二行<br/>第三行`, "第一行\n第二行\n第三行"},
		{"list", `<ul><li>甲</li><li>乙</li></ul>`, "甲\n乙"},
		{"table cells", `<table><tr><td>指标</td><td>目标</td></tr><tr><td>投入</td><td>3%</td></tr></table>`, "指标 目标\n投入 3%"},
		{"whitespace collapses", "<p>  a \n\t b  </p>", "a b"},
		{"nbsp is a space", `<p>联系人：&nbsp;张三&nbsp;&nbsp;电话</p>`, "联系人： 张三 电话"},
		{"entities", `<p>《&lt;蒙特利尔议定书&gt;修正案》&amp;&quot;双碳&quot;&#x4E2D;&#22269;</p>`, `《<蒙特利尔议定书>修正案》&"双碳"中国`},
		{"no script style noscript template", `<script>var a = "<p>x</p>";</script><style>p{}</style><noscript>启用脚本</noscript><template><p>模板</p></template><p>正文</p>`, "正文"},
		{"no head", `<html><head><title>标题</title><meta name="date" content="2020-01-01"></head><body><p>正文</p></body></html>`, "正文"},
		{"implicit body after head", `<head><meta charset=utf-8>正文开始</head>`, "正文开始"},
		{"no comments", `<p>正文<!-- 注释 <p>不是正文</p> -->继续</p>`, "正文继续"},
		{"no attributes", `<a href="http://example.com/很长的链接" title="提示">链接文字</a>`, "链接文字"},
		{"hidden", `<p style="display: none">隐藏</p><div hidden>也隐藏</div><p>可见</p>`, "可见"},
		{"hidden p closed by block", `<p style="display:none">隐藏<div>可见</div>`, "可见"},
		{"nested hidden div", `<div style="visibility:hidden"><div>内</div>隐藏</div><p>可见</p>`, "可见"},
		{"pre keeps spaces", "<pre>a  b\n  c</pre><p>d</p>", "a  b\n  c\nd"},
		{"images and inputs vanish", `<p>图<img src="x.png" alt="替代文字">文<input value="值"></p>`, "图文"},
		{"unclosed tags", `<div><p>一<p>二<span>三`, "一\n二三"},
		{"stray less-than", `<p>增速 < 5% 且 a<b</p>`, "增速 < 5% 且 a"},
		{"center is a block", `<p>甲</p><center><img src=x></center><p>乙</p>`, "甲\n乙"},
		{"svg hidden", `<p>前<svg><title>图标</title><text>文字</text></svg>后</p>`, "前后"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tidyLines(strings.Split(htmlToText(tc.in, false).body, "\n"))
			if got != tc.want {
				t.Errorf("htmlToText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHTMLKeepNewlines(t *testing.T) {
	// HTML inside Markdown: source newlines are line breaks, but the newline
	// right after a block end is not a second one.
	in := "<p>一</p>\n <p>二</p>\n\n<p>三</p>\n纯文本\n行"
	want := "一\n二\n\n三\n纯文本\n行"
	if got := tidyLines(strings.Split(htmlToText(in, true).body, "\n")); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHTMLMeta(t *testing.T) {
	in := `<html><head><meta charset="utf-8"><title>关于印发方案的通知_中国政府网</title>
<meta name="publisher" content="国务院办公厅"><meta name="PubDate" content="2019-03-15 15:09">
<meta name="ContentSource" content="中国政府网"><meta name="author" content=" 张三 ">
<link rel="canonical" href="https://www.gov.cn/x.htm"></head>
<body><h1>关于印发<br>方案的通知</h1><p>正文</p></body></html>`
	r := htmlToText(in, false)
	if r.title != "关于印发方案的通知_中国政府网" || r.h1 != "关于印发方案的通知" {
		t.Errorf("title %q, h1 %q", r.title, r.h1)
	}
	if normalizeDate(r.date) != "2019-03-15" {
		t.Errorf("date %q", r.date)
	}
	want := map[string]string{"publisher": "国务院办公厅", "source": "中国政府网", "author": "张三", "source_url": "https://www.gov.cn/x.htm"}
	for k, v := range want {
		if r.meta[k] != v {
			t.Errorf("meta[%s] = %q, want %q", k, r.meta[k], v)
		}
	}
	p := parseHTML(in)
	if p.title != "关于印发方案的通知" {
		t.Errorf("parseHTML title %q", p.title)
	}
}

func TestPickTitle(t *testing.T) {
	for _, tc := range []struct{ meta, title, h1, want string }{
		{"", "关于印发方案的通知_中国政府网", "关于印发方案的通知", "关于印发方案的通知"},
		{"", "关于印发方案的通知", "关于印发方案的通知（全文）", "关于印发方案的通知（全文）"},
		{"", "首页 - 关于印发方案的通知 - 某网", "关于印发方案的通知", "关于印发方案的通知"},
		{"", "关于印发方案的通知", "中国政府网", "关于印发方案的通知"},
		{"", "", "只有h1", "只有h1"},
		{"", "只有title", "", "只有title"},
		{"文章标题", "站点 | 文章标题", "站点", "文章标题"},
		{"", "某地出台新规促进消费--某某新闻", "", "某地出台新规促进消费"},
		{"", "某地出台新规促进消费__商贸_产业资讯_某网", "", "某地出台新规促进消费"},
		{"", "某网 > 新闻 > 某地出台新规促进消费", "", "某地出台新规促进消费"},
		{"", "某市行动计划(2022-2025年)", "", "某市行动计划(2022-2025年)"}, // a hyphen in a year range is not a separator
		{"", "某网_新闻", "", "某网_新闻"},                           // nothing long enough to be a headline
	} {
		if got := pickTitle(tc.meta, tc.title, tc.h1); got != tc.want {
			t.Errorf("pickTitle(%q, %q, %q) = %q, want %q", tc.meta, tc.title, tc.h1, got, tc.want)
		}
	}
}

// TestHTMLDeepNesting parses 100,000 nested elements: the tokenizer-based
// converter needs no stack for depth.
func TestHTMLDeepNesting(t *testing.T) {
	const depth = 100000
	for _, tag := range []string{"div", "span", "b"} {
		in := strings.Repeat("<"+tag+">", depth) + "深处的文字" + strings.Repeat("</"+tag+">", depth)
		start := time.Now()
		docs, errs := Parse("deep.html", []byte(in), Options{})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if docs[0].Text != "深处的文字" {
			t.Errorf("%s: Text = %q", tag, docs[0].Text)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", tag, d)
		}
	}
	// Unclosed hidden elements nested deeply, too.
	in := strings.Repeat(`<div style="display:none">`, depth) + "隐藏" + "<p>也在隐藏元素里</p>"
	if _, errs := Parse("deep-hidden.html", []byte(in+"<!-- -->"), Options{}); len(errs) != 1 {
		t.Errorf("errs = %v, want one empty-document error", errs)
	}
}
