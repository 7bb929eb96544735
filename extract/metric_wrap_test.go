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

func TestLeadingItemNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"14.打通乡村断头路", 3},
		{"41. 新建扩建", 4},
		{"(5)新建新能源充电设施", 3},
		{"（4）改造农村危房", len("（4）")},
		{"2.5倍", 0},
		{"5G基站", 0},
		{"(一)任务", 0},
		{"1234.项目", 0},
		{"", 0},
	} {
		if got := leadingItemNumber(c.in); got != c.want {
			t.Errorf("leadingItemNumber(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
