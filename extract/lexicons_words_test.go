package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wordsByStrings is what words.eachApart stands for: for each word, a loop
// of strings.Index from the end of the previous occurrence; the starts are
// in runes.
func wordsByStrings(list []string, text string) [][]int {
	out := make([][]int, len(list))
	for k, w := range list {
		for off := 0; ; {
			i := strings.Index(text[off:], w)
			if i < 0 {
				break
			}
			out[k] = append(out[k], utf8.RuneCountInString(text[:off+i]))
			off += i + len(w)
		}
	}
	return out
}

func checkWordsApart(t *testing.T, list []string, text string) {
	t.Helper()
	w := newWords(list)
	got := make([][]int, len(list))
	last := -1
	w.eachApart([]rune(text), func(k, start int) {
		if start < last {
			t.Errorf("%q in %q: start %d reported after %d", list[k], text, start, last)
		}
		last = start
		got[k] = append(got[k], start)
	})
	want := wordsByStrings(list, text)
	for k := range list {
		if len(got[k]) != len(want[k]) {
			t.Fatalf("%q in %q: starts %v, want %v (strings.Index)", list[k], text, got[k], want[k])
		}
		for i := range got[k] {
			if got[k][i] != want[k][i] {
				t.Fatalf("%q in %q: starts %v, want %v (strings.Index)", list[k], text, got[k], want[k])
			}
		}
		if n := strings.Count(text, list[k]); n != len(got[k]) {
			t.Errorf("%q in %q: %d occurrences, strings.Count says %d", list[k], text, len(got[k]), n)
		}
	}
}

func TestWordsEachApart(t *testing.T) {
	tests := []struct {
		list []string
		text string
	}{
		{[]string{"ab", "b"}, "abab"},
		{[]string{"aa"}, "aaaaa"},                   // apart: 0 and 2, not 1 and 3
		{[]string{"aba", "ab"}, "ababa"},            // the same start, two words
		{[]string{"\u8d23\u4efb\u5355\u4f4d"}, "x"}, // absent
		{[]string{"\U0001F600x", "x"}, "a\U0001F600xx"},
		{[]string{"\u5168\u5e02", "\u5e02"}, "\u5168\u5e02\u5e02\u5168\u5e02"},
		{[]string{"abc"}, "ab"}, // a word longer than the rest of the text
	}
	for _, tt := range tests {
		checkWordsApart(t, tt.list, tt.text)
	}
}

// FuzzWordsEachApart holds the rune scan to strings.Index and
// strings.Count on valid UTF-8 (the normalised text always is).
func FuzzWordsEachApart(f *testing.F) {
	f.Add("ab", "b", "abab")
	f.Add("\u5168\u5e02", "\u5e02", "\u5168\u5e02\u5e02\u5168\u5e02")
	f.Add("aa", "a", "aaaa")
	f.Fuzz(func(t *testing.T, w1, w2, text string) {
		if w1 == "" || w2 == "" || !utf8.ValidString(w1) || !utf8.ValidString(w2) || !utf8.ValidString(text) || strings.ContainsRune(w1+w2+text, utf8.RuneError) {
			t.Skip()
		}
		checkWordsApart(t, []string{w1, w2}, text)
	})
}
