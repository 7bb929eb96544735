package extract

import "testing"

// TestClauses checks where a clause ends: at a comma or 、, but not at a
// 、 inside brackets (县（市、区）), whose list is one word of the clause.
func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		at         int // a rune inside the clause
		want       string
	}{
		{"comma", "新建基站，完成改造。", 1, "新建基站，"},
		{"list", "新建基站、完成改造。", 1, "新建基站、"},
		{"bracket-list", "新建20个县（市、区）级中心，完成改造。", 1, "新建20个县（市、区）级中心，"},
		{"after-bracket", "县（市、区）级中心、乡镇站点。", 7, "县（市、区）级中心、"},
		{"unclosed", "新建（试点、推广。", 1, "新建（试点、推广。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(tc.text)
			c := splitSentences(rs).clause(tc.at)
			if got := string(rs[c.start:c.end]); got != tc.want {
				t.Errorf("clause at %d of %q = %q, want %q", tc.at, tc.text, got, tc.want)
			}
			q := span{tc.at, tc.at + 1}
			o := clauseOf(rs, q)
			if got, want := string(rs[o.start:o.end]), string([]rune(tc.want)[:len([]rune(tc.want))-1]); got != want {
				t.Errorf("clauseOf at %d of %q = %q, want %q", tc.at, tc.text, got, want)
			}
		})
	}
}
