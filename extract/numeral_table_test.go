package extract

import (
	"testing"

	"github.com/policygraph/policygraph/number"
)

// TestNumeralTable checks the bitsets against the number package on every
// BMP rune and a few beyond it (where the package is asked directly).
func TestNumeralTable(t *testing.T) {
	tab := numeralTable()
	check := func(r rune) {
		if got, want := tab.numeral(r), number.IsNumeralRune(r); got != want {
			t.Fatalf("numeral(%q) = %v, number.IsNumeralRune says %v", r, got, want)
		}
		if got, want := tab.inRun(r), number.IsNumeralRune(r) || number.IsNumeralRunRune(r); got != want {
			t.Fatalf("inRun(%q) = %v, the number package says %v", r, got, want)
		}
	}
	for r := rune(-1); r <= 1<<16; r++ {
		check(r)
	}
	for _, r := range []rune{0x10000, 0x20000, 0x2A6D6, 0x10FFFF, 0x110000} {
		check(r)
	}
}

func TestNumeralStarts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"投资35万元", []int{2}},
		{"3.5", []int{0, 2}},      // the decimal part is tried on its own
		{"数百家企业和几个", []int{0, 1}}, // after a fuzzy numeral the digit starts one too
		{"二·六和上千", []int{0, 4, 5}},
		{"上海", nil},
		{"１２", nil},
	} {
		got := numeralStarts([]rune(tc.text))
		if len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
				break
			}
		}
	}
}
