package ingest

import (
	"strings"
	"testing"
)

// quickPatterns are the patterns read through quickRE.
var quickPatterns = map[string]quickRE{
	"printedDateRE": printedDateRE(),
	"subtitleRE":    subtitleRE,
	"datelineRE":    datelineRE,
	"mentionedYM":   mentionedYM,
}

var quickSamples = []string{
	"发布时间：2023-11-20 10:05 来源：市政府办公室",
	"2023年11月20日",
	"二〇二三年十一月二十日",
	"——2024年1月20日在省第十四届人民代表大会第二次会议上",
	"（2024年1月20日在市政协会议上）",
	"新华社北京1月5日电 记者从国家发展改革委获悉",
	"本报讯（记者 张三）1月5日电",
	"中新网上海12月3日讯",
	"2023年12月，全市完成投资",
	"到2025年，地区生产总值突破1万亿元。",
	"2023.11.20",
	"2023/1/2",
	"没有日期的一行",
	"",
}

// TestQuickREWords checks that every pattern has words to skip lines by
// (else quickRE is no quicker) and that each sample that matches holds
// them, while a line without them is refused.
func TestQuickREWords(t *testing.T) {
	for name, q := range quickPatterns {
		if len(q.need) == 0 {
			t.Errorf("%s: litreq found no required words in %q", name, q.String())
		}
		matched := false
		for _, s := range quickSamples {
			if q.MatchString(s) {
				matched = true
				if !q.may(s) {
					t.Errorf("%s matches %q but may says no (words %v)", name, s, q.need)
				}
			}
		}
		if !matched {
			t.Errorf("%s matches no sample: the test does not exercise it", name)
		}
		if q.may("没有日期的一行") {
			t.Errorf("%s: may lets a line without a date through (words %v)", name, q.need)
		}
	}
	if strings.Contains(reportWord, "\n") {
		t.Errorf("reportWord %q holds a line break: reviewYearDate looks for it line by line", reportWord)
	}
}

// FuzzQuickRE: a text that may refuses never matches.
func FuzzQuickRE(f *testing.F) {
	for _, s := range quickSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, q := range quickPatterns {
			if !q.may(s) && q.MatchString(s) {
				t.Errorf("%s matches %q but may says no (words %v)", name, s, q.need)
			}
		}
	})
}
