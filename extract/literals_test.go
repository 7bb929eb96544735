package extract

import (
	"regexp"
	"slices"
	"testing"
)

// deliveredPattern is the shape of text.yaml's pattern_delivered_on
// (the year and month of a line such as 2024年1月21日在…).
const deliveredPattern = `((?:19|20)\d\d)\s?\x{5e74}\s?(\d{1,2}|\x{5341}\d?)\s?\x{6708}\s?[\d\x{5341}]{1,4}\s?\x{65e5}\s?\x{5728}`

func TestLiteralsAll(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`ab\d+cd`, []string{"ab", "cd"}},
		{`(x)(?:y|z)w`, []string{"x", "w"}}, // an alternative is no requirement
		{`a?b*c+(?:de){2}`, []string{"c", "de"}},
		{`(?i)ab`, nil}, // folded case: not a literal
		{`$.^`, nil},
		{deliveredPattern, []string{"\u5e74", "\u6708", "\u65e5", "\u5728"}},
	}
	for _, tt := range tests {
		if got := literalsAll(regexp.MustCompile(tt.pattern)); !slices.Equal(got, tt.want) {
			t.Errorf("literalsAll(%s) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// FuzzLiteralsAll holds literalsAll to what it promises: text the
// expression matches holds every literal.
func FuzzLiteralsAll(f *testing.F) {
	f.Add("2024\u5e741\u670821\u65e5\u5728")
	f.Add("1999 \u5e74 \u5341\u4e8c \u6708 3 \u65e5 \u5728")
	f.Add("ab12cd x w cde de")
	patterns := []string{deliveredPattern, `ab\d+cd`, `(x)(?:y|z)w`, `a?b*c+(?:de){2}`}
	res := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		res[i] = regexp.MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, re := range res {
			if re.MatchString(s) && !containsAll(s, literalsAll(re)) {
				t.Errorf("%s matches %q, which lacks one of %q", re, s, literalsAll(re))
			}
		}
	})
}
