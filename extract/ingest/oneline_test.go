package ingest

import "testing"

func TestOneLineIs(t *testing.T) {
	tests := []struct {
		s, want string
		is      bool
	}{
		{"", "", true},
		{"", "a", false},
		{"  a \n b  ", "a b", true},
		{"\u4e2d\n\u6587", "\u4e2d\u6587", true}, // a break between Han characters goes
		{"\u4e2d \u6587", "\u4e2d \u6587", true},
		{"a b", "a b c", false},
		{"a b c", "a b", false},
		{"a\xffb", "a\ufffdb", true}, // invalid UTF-8 reads as U+FFFD, as oneLine writes it
	}
	for _, tt := range tests {
		if got := oneLineIs(tt.s, tt.want); got != tt.is {
			t.Errorf("oneLineIs(%q, %q) = %v, want %v (oneLine: %q)", tt.s, tt.want, got, tt.is, oneLine(tt.s))
		}
	}
}

// FuzzOneLineIs holds oneLineIs to comparing oneLine's result.
func FuzzOneLineIs(f *testing.F) {
	f.Add("  a \n b  ", "a b")
	f.Add("\u4e2d\n\u6587", "\u4e2d\u6587")
	f.Add("a\xffb", "a\ufffdb")
	f.Fuzz(func(t *testing.T, s, want string) {
		line := oneLine(s)
		if got := oneLineIs(s, want); got != (line == want) {
			t.Errorf("oneLineIs(%q, %q) = %v; oneLine gives %q", s, want, got, line)
		}
		if !oneLineIs(s, line) {
			t.Errorf("oneLineIs(%q, oneLine(s) = %q) = false", s, line)
		}
	})
}
