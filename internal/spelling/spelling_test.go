package spelling

import (
	"fmt"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"amount", "amout", 1},
		{"amout", "amount", 1},
		{"山东省", "山西省", 1},
		{"山东省济南", "山东省", 2},
		{"kitten", "sitting", 3},
		{"", "深圳市", 3},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	kinds := []string{"region", "agency", "plan", "amount", "quantity"}
	for _, tc := range []struct{ s, want string }{
		{"amout", "amount"},
		{"regoin", "region"},
		{"xyz", ""},
		{"quantityy", "quantity"},
	} {
		if got := Closest(tc.s, kinds); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
	// Ties go to the name that sorts first, in any input order.
	if a, b := Closest("ab", []string{"ac", "aa"}), Closest("ab", []string{"aa", "ac"}); a != "aa" || b != "aa" {
		t.Errorf("tie: %q, %q, want aa both times", a, b)
	}
}

func TestHint(t *testing.T) {
	cs := []Candidate{{"山西省", 1}, {"广东省", 2}, {"山东省", 1}, {"黑龙江省", 4}}
	if got, want := Hint("山东省济南", cs), "; did you mean 山东省, 山西省, 广东省?"; got != want {
		t.Errorf("Hint = %q, want %q", got, want)
	}
	if got := Hint("x", []Candidate{{"深圳市", 3}}); got != "" {
		t.Errorf("Hint for a far name = %q, want none", got)
	}
}

func ExampleHint() {
	fmt.Println(Hint("深圳", []Candidate{{"深圳市", 0}, {"珠海市", 3}}))
	// Output: ; did you mean 深圳市?
}
