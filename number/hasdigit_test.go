package number

import "testing"

func TestHasDigit(t *testing.T) {
	for s, want := range map[string]bool{"3万": true, "三万": true, "万亩": false, "千亿斤": false, "百万辆": false, "十万": false, "两千": true, "１２": true} {
		if got := HasDigit(s); got != want {
			t.Errorf("HasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
