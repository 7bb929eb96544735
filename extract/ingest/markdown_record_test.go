package ingest

import "testing"

func TestLooksLikeMarkdown(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"## 一、总体要求\n\n到2025年，培育企业100家。\n\n- 投入资金50亿元", true},
		{"到**2025年**，[山东省](https://baike.example.com/sd)培育企业100家。", true},
		{"**一、总体要求**\n**二、重点任务**", true},
		{"- 投入资金50亿元\n- 新建基站2万个\n- 培育企业100家", true},
		{"> 来源：新华社\n\n```\ncode\n```", true},
		{"> 一\n> 二\n- 三", true},
		{"到2025年，培育企业100家。\n投入资金50亿元。", false},
		{"#两会进行时# 代表委员热议。\n-5%的降幅收窄。", false},
		{"【财联社11月11日电】固定资产投资增长**3%**左右。", true},
		{"## 标题", true},
		{"- 一项\n正文。", false},
		{"*ST康美跌停，1*2=2。", false},
		{"拟表彰人员名单公示如下：张**、李**、王*明。联系电话：0531-****5678。", false},
		{"计算公式为2**10，即1024，3**2为9。", false},
	}
	for _, tt := range tests {
		if got := looksLikeMarkdown(tt.in); got != tt.want {
			t.Errorf("looksLikeMarkdown(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownRecord checks that a JSON Lines record whose text is
// Markdown is read as Markdown: no markers left in the text.
func TestMarkdownRecord(t *testing.T) {
	data := `{"id":"md","content":"## 一、总体要求\n\n**到2025年**，[山东省](https://example.com/sd)覆盖率达到**80%**以上。\n\n- 投入资金50亿元"}` + "\n"
	docs, errs := Parse("x.jsonl", []byte(data), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Parse: %d docs, errors %v", len(docs), errs)
	}
	want := "一、总体要求\n\n到2025年，山东省覆盖率达到80%以上。\n\n投入资金50亿元"
	if got := docs[0].Text; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}
