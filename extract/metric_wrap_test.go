package extract

import "testing"

func TestJoinWrapped(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"的产量将达 到", "的产量将达到"},
		{"比1990 年增 加", "比1990 年增加"}, // a space beside a digit stays
		{"3G/LTE 用户", "3G/LTE 用户"},
		{"无空格", "无空格"},
		{" 开头 结尾 ", " 开头结尾 "},
		{"", ""},
	} {
		if got := joinWrapped(c.in); got != c.want {
			t.Errorf("joinWrapped(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
