package number

import "testing"

func TestAlphabet(t *testing.T) {
	for _, tc := range []struct {
		s           string
		count, year int
	}{
		{"4", 4, 4}, {"四", 4, 4}, {"十", 10, 0}, {"十五", 15, 0}, {"二十", 20, 0}, {"两", 2, 0}, {"九十九", 99, 0},
		{"二〇二五", 0, 2025}, {"一九八五", 0, 1985}, {"二零二四", 0, 2024}, {"一九六○", 0, 1960}, {"十三", 13, 0}, {"百", 0, 0},
	} {
		if got := SmallCount(tc.s); got != tc.count {
			t.Errorf("SmallCount(%q) = %d, want %d", tc.s, got, tc.count)
		}
		if got := YearDigits(tc.s); got != tc.year {
			t.Errorf("YearDigits(%q) = %d, want %d", tc.s, got, tc.year)
		}
	}
	if got := ASCIIDigits("二〇二四年一月二十一日"); got != "2024年1月2十1日" {
		t.Errorf("ASCIIDigits = %q", got)
	}
	for r, want := range map[rune]int{'〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '五': 5, '九': 9} {
		if got, ok := DateDigit(r); !ok || got != want {
			t.Errorf("DateDigit(%q) = %d, %v; want %d", r, got, ok, want)
		}
	}
	if _, ok := DateDigit('十'); ok {
		t.Error("DateDigit(十) is no digit")
	}
	for _, r := range "0九两亿壹仟数几上" {
		if !IsNumeralRune(r) {
			t.Errorf("IsNumeralRune(%q) = false", r)
		}
	}
	for _, r := range "a的年" {
		if IsNumeralRune(r) || IsCountRune(r) || IsLargeScale(r) || IsFuzzyNumeral(r) {
			t.Errorf("%q taken for a numeral", r)
		}
	}
}
