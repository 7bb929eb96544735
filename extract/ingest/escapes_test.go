package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnescapeExport(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "到2025年，培育企业100家。", "到2025年，培育企业100家。"},
		{"json line breaks", `印发方案。\n到2025年，培育企业100家。\n二、重点任务`, "印发方案。\n到2025年，培育企业100家。\n二、重点任务"},
		{"one escape is no sign", `见C:\new目录。`, `见C:\new目录。`},
		{"escapes no more than breaks", "a\\nb\nc\\nd\ne", "a\\nb\nc\\nd\ne"},
		{"unicode escapes", `\u5c71\u4e1c\u7701\t\"\u6587\"`, "山东省\t\"文\""},
		{"surrogate pair", `\ud83d\udccc\u5230 \u5e74`, "\U0001F4CC到 年"},
		{"lone surrogate", `\ud83d\u5230\u5e74`, "\uFFFD到年"},
		{"ascii unicode escape alone is no sign", `\u0041 and`, `\u0041 and`},
		{"entities", "&ldquo;十四五&rdquo;期间&hellip;&nbsp;投入&#8220;50亿元&#x201D;", "“十四五”期间…\u00a0投入“50亿元”"},
		{"unknown name is no entity", "R&D;研发&abc;投入", "R&D;研发&abc;投入"},
		{"one ampersand", "中国银行&amp;工商银行", "中国银行&工商银行"},
		{"escaped entities", `&ldquo;\n\n&rdquo;`, "“\n\n”"},
		{"a windows path", `请将材料存入D:\newdata\nanjing目录。`, `请将材料存入D:\newdata\nanjing目录。`},
		{"legacy names in a link", "详见&ldquo;公告&rdquo;：http://www.gov.cn/list?id=5&section=2&currentPage=3&para=7", "详见“公告”：http://www.gov.cn/list?id=5&section=2&currentPage=3&para=7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unescapeExport(tt.in); got != tt.want {
				t.Errorf("unescapeExport(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnescapeTitle(t *testing.T) {
	for in, want := range map[string]string{
		`“十四五”规划\n发布`:  "“十四五”规划\n发布",
		`\u5c71\u4e1c`: "山东",
		`C:\data 路径`:   `C:\data 路径`,
		"山东省推进制造业":     "山东省推进制造业",
	} {
		if got := unescapeTitle(in); got != want {
			t.Errorf("unescapeTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzUnescapeJSON checks that decoding JSON escapes never grows the
// text, keeps valid UTF-8 valid, and leaves text without a backslash as
// it is.
func FuzzUnescapeJSON(f *testing.F) {
	for _, s := range []string{`a\nb\u4e2d\ud83d\udccc\\`, `\u12`, `\`, `\ud800\udc00\u`, "&ldquo;x&#8220;&#x1F4CC;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := unescapeJSON(s)
		if len(got) > len(s) {
			t.Fatalf("unescapeJSON(%q) = %q: longer than its input", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("unescapeJSON(%q) = %q: not UTF-8", s, got)
		}
		if !strings.Contains(s, `\`) && got != s {
			t.Fatalf("unescapeJSON(%q) = %q without a backslash", s, got)
		}
		_ = unescapeExport(s)
	})
}
