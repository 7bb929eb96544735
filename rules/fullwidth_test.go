package rules

import (
	"strings"
	"testing"
)

// foldedPunct are the full-width marks that text normalisation writes as
// ASCII (extract/textnorm: NFKC), with the ASCII form they become.
var foldedPunct = map[rune]rune{'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'}

// TestClassesHoldFoldedPunctuation checks that every character class of a
// built-in rule that holds a full-width comma, semicolon, colon or bracket
// holds its ASCII form too: patterns run on normalised text, where only
// the ASCII form is left, so a class without it never stops at a comma
// ([^，。；]) nor matches one ((?<=[，。])).
func TestClassesHoldFoldedPunctuation(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(where, pattern string) {
		for _, class := range charClasses(pattern) {
			for fw, ascii := range foldedPunct {
				if strings.ContainsRune(class, fw) && !strings.ContainsRune(class, ascii) {
					t.Errorf("%s: class %s holds %c but not %c", where, class, fw, ascii)
				}
			}
		}
	}
	for _, r := range set.Rules {
		check(r.ID, r.Raw)
	}
	// Lexicons named pattern_* hold expressions the extractor compiles
	// (text.yaml: pattern_change_from, pattern_price_basis …).
	for name, l := range set.Lexicons {
		if strings.HasPrefix(name, "pattern_") {
			for _, w := range l.Words {
				check(name, w)
			}
		}
	}
}

// charClasses returns the bracket expressions of a pattern ([^，。；], [）)，]).
func charClasses(p string) []string {
	var out []string
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\\':
			i++
		case '[':
			j := i + 1
			if j < len(rs) && rs[j] == '^' {
				j++
			}
			if j < len(rs) && rs[j] == ']' {
				j++
			}
			for j < len(rs) && rs[j] != ']' {
				if rs[j] == '\\' {
					j++
				}
				j++
			}
			if j < len(rs) {
				out = append(out, string(rs[i:j+1]))
			}
			i = j
		}
	}
	return out
}

func TestCharClasses(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`a[^，。；]b`, []string{`[^，。；]`}},
		{`\[x\][)）]`, []string{`[)）]`}},
		{`[]a][^]]`, []string{`[]a]`, `[^]]`}},
		{`[\]，]`, []string{`[\]，]`}},
		{`no classes`, nil},
	}
	for _, tt := range tests {
		got := charClasses(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("charClasses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
