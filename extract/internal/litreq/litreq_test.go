package litreq

import (
	"reflect"
	"testing"
	"time"

	"github.com/dlclark/regexp2/v2"
)

func TestRequired(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`abc`, []string{"abc"}},
		{`ab?c`, []string{"a"}},
		{`a|bc`, []string{"a", "bc"}},
		{`a|b?`, nil},
		{`(?:国家|教育部)(?:(?!会同)[\p{Han}]){2,8}?(?:司|局)`, []string{"国家", "教育部"}},
		{`(?<q>\d+亿元?(?:以上)?)(?=的?(?:企业|项目|产业))`, []string{"产业", "企业", "项目"}}, // longer words are rarer
		{`\d+(?=的?(?:企业|项目|产业|工业企业|龙头))`, []string{"产业", "企业", "项目", "龙头"}},
		{`(?<=亿)\d+`, nil},
		{`(?<!截)(?:到|至)\s?\d{4}年`, []string{"年"}},
		{`[涨跌](?=\d)`, []string{"涨", "跌"}},
		{`[^涨跌]`, nil},
		{`[a-z]x`, []string{"x"}},
		{`\p{Han}{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号`, []string{"号"}},
		{`[\p{Han}-[和与]]{2}司`, []string{"司"}},
		{`^\s*(?:相关阅读|上一篇)`, []string{"上一篇", "相关阅读"}},
		{`a\.b`, []string{"a.b"}},
		{`a(?!x)b`, []string{"ab"}},
		{`(?i)abc`, nil},
		{`a\1`, nil},
		{`x{2}y`, []string{"x"}}, // a quantified atom ends a literal run
		{`x{0,3}`, nil},
		{`a{,3}`, []string{"a{,3}"}},
		{`(ab)+c`, []string{"ab"}},
		{`(`, nil},
		{`a)`, nil},
	} {
		if got := Required(tc.pattern); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Required(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestRequiredAll(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    [][]string
	}{
		{`abc`, [][]string{{"abc"}}},
		{`ab?c`, [][]string{{"a"}, {"c"}}},
		{`a|bc`, [][]string{{"a", "bc"}}},
		{`a|b?`, nil},
		{`\p{Han}{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号`, [][]string{{"(", "[", "〔", "（", "［"}, {")", "]", "〕", "）", "］"}, {"号"}}},
		{`(?<q>a\d+(?:b|c))(?=x)`, [][]string{{"a"}, {"b", "c"}, {"x"}}}, // a group's requirements all hold
		{`(?:ab)?c`, [][]string{{"c"}}},
		{`(?<=亿)\d+`, nil},
		{`(`, nil},
	} {
		if got := RequiredAll(tc.pattern); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("RequiredAll(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestSetIn(t *testing.T) {
	s := NewSet([]string{"企业", "𠀀山", "x"})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"", false}, {"龙头企业", true}, {"企", false}, {"a𠀀山", true}, {"𠀀", false}, {"max", true},
	} {
		if got := s.In([]rune(tc.text)); got != tc.want {
			t.Errorf("In(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	var none *Set
	if !none.In([]rune("abc")) || NewSet(nil) != nil {
		t.Error("a nil set must be in every text")
	}
}

// Whenever regexp2 finds a match, one of the required words occurs at or
// after its start.
func FuzzRequired(f *testing.F) {
	for _, s := range [][2]string{
		{`(?:国家发展改革委|教育部)(?:(?!会同)[\p{Han}-[和与]]){2,8}?(?:司|局)(?![长])`, "教育部高等教育司"},
		{`\d+亿元?(?:以上)?(?=的?(?:企业|项目|产业|工业企业|龙头))`, "培育100亿元以上的企业"},
		{`(?:上|下)?(?<!价格|物价)[涨跌](?:超|逾|近|幅)?(?=\d)`, "指数上涨超2%"},
		{`^\s*(?:[•·]\s*)?(?:相关阅读|上一篇)`, " • 相关阅读"},
		{`a{2,}b|c?d`, "aab"},
		{`(?<x>ab)c\k<x>`, "abcab"},
		{`[^\]a]b(?=c)`, "xbc"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp2.Compile(pattern, regexp2.None)
		if err != nil {
			return
		}
		re.MatchTimeout = 50 * time.Millisecond
		words := Required(pattern)
		set := NewSet(words)
		all := RequiredAll(pattern)
		rs := []rune(text)
		m, err := re.FindRunesMatch(rs)
		for m != nil && err == nil {
			if !set.In(rs[m.RuneIndex:]) {
				t.Fatalf("pattern %q matched %q at %d, but none of %q occurs from there", pattern, text, m.RuneIndex, words)
			}
			for _, ws := range all {
				if !NewSet(ws).In(rs[m.RuneIndex:]) {
					t.Fatalf("pattern %q matched %q at %d, but none of %q (RequiredAll) occurs from there", pattern, text, m.RuneIndex, ws)
				}
			}
			m, err = re.FindNextMatch(m)
		}
	})
}
