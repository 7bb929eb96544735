package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/rules"
)

func TestFactoredAlternation(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{nil, ``},
		{[]string{"吨"}, `吨`},
		{[]string{"吨", "吨标准煤", "个", "吨公里"}, `吨(?:标准煤|公里|)|个`},
		{[]string{"以上(含)", "及以下", "(含)以上"}, `\(含\)以上|以上\(含\)|及以下`},
		// 以上 would be tried before 及以上, which it ends: in a lookbehind
		// both match at one place, so the plain alternation.
		{[]string{"以上", "以上(含)", "及以上", "(含)以上"}, `\(含\)以上|以上\(含\)|及以上|以上`},
		{[]string{"平方米", "平方公里"}, `平(?:方(?:公里|米))`},
		// Cased first runes are not factored, and keep their order.
		{[]string{"PB", "Pb", "pbs", "EB"}, `pbs|EB|PB|Pb`},
		{[]string{"", "a"}, `a|`},
		{[]string{"吨", "吨", "吨标"}, `吨(?:标|)`},
		// ab would be tried before cab, and in a lookbehind both end at
		// one place: the plain alternation.
		{[]string{"aXY", "cab", "ab"}, `aXY|cab|ab`},
	} {
		if got := rules.FactoredAlternation(tc.words); got != tc.want {
			t.Errorf("FactoredAlternation(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}
}

// FuzzFactoredAlternation checks that a factored alternation matches what
// the plain one matches, with the same groups, where backtracking into it
// is needed (two in a row), under (?i), and in a lookbehind (right to
// left).
func FuzzFactoredAlternation(f *testing.F) {
	f.Add("吨|吨标准煤|个|吨公里|标准箱|标箱", "共5吨标准煤和3标箱个")
	f.Add("ab|a|abc|b|Ab|B", "abcabAbB")
	f.Add("以上|以上(含)|及以上|(含)以上|", "100以上(含)及以上")
	f.Add("aXY|cab|ab|b", "ccabab")
	f.Fuzz(func(t *testing.T, list, text string) {
		words := strings.Split(list, "|")
		if len(words) > 40 || len(text) > 200 {
			return
		}
		plain, fact := rules.Alternation(words), rules.FactoredAlternation(words)
		for _, form := range []string{`(?<a>(?:ALT))(?<b>(?:ALT))`, `(?i)(?<a>(?:ALT))(?<b>(?:ALT))`, `(?<=(?<a>(?:ALT))(?<b>(?:ALT)))`, `(?i)(?<=(?<a>(?:ALT))(?<b>(?:ALT)))`} {
			opt := form
			p, err1 := regexp2.Compile(strings.ReplaceAll(form, "ALT", plain), regexp2.None)
			q, err2 := regexp2.Compile(strings.ReplaceAll(form, "ALT", fact), regexp2.None)
			if (err1 == nil) != (err2 == nil) {
				t.Fatalf("%q: plain compiles: %v; factored %q: %v", plain, err1, fact, err2)
			}
			if err1 != nil {
				return
			}
			rs := []rune(text)
			for at := 0; at <= len(rs); at++ {
				m1, _ := p.FindRunesMatchStartingAt(rs, at)
				m2, _ := q.FindRunesMatchStartingAt(rs, at)
				if got, want := describe(m2), describe(m1); got != want {
					t.Fatalf("%s%q vs %q at %d of %q: factored %s, plain %s", opt, fact, plain, at, text, got, want)
				}
			}
		}
	})
}

func describe(m *regexp2.Match) string {
	if m == nil {
		return "no match"
	}
	a, b := m.GroupByName("a"), m.GroupByName("b")
	return fmt.Sprintf("%q/%q/%q at %d", m.String(), a.String(), b.String(), m.RuneIndex)
}
