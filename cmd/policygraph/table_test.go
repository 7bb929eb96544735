package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/policygraph/policygraph/extract/batch"
)

func TestTableWriter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"chinese cells align by display width",
			"REGION\tTARGET\tDOC\n深圳市\t12家\ta.md\n上海市发展和改革委员会\t1–2户\tb.md\n",
			"REGION                  TARGET  DOC\n深圳市                  12家    a.md\n上海市发展和改革委员会  1–2户   b.md\n"},
		{"lines without tabs pass through and split blocks",
			"nodes\t3\nregions:\n广东省\t1\n深圳\t22\n",
			"nodes  3\nregions:\n广东省  1\n深圳    22\n"},
		{"ragged rows, trailing spaces trimmed",
			"a\tb\tc\nlonger\t\n",
			"a       b  c\nlonger\n"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		var b strings.Builder
		tw := newTableWriter(&b)
		fmt.Fprint(tw, tc.in)
		if err := tw.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", tc.name, b.String(), tc.want)
		}
	}
}

func TestProgressPrinter(t *testing.T) {
	tests := []struct {
		p    batch.Progress
		want string
	}{
		{batch.Progress{Files: 10, FilesDone: 5, Docs: 200, InputBytes: 4e6, InputDone: 1e6, Elapsed: 2 * time.Second},
			"5/10 files, 200 documents (100/s), 1.0 MB, ETA 6s"},
		{batch.Progress{Files: 1, FilesDone: 7, Docs: 448, Elapsed: 4 * time.Second},
			"7 files and chunks, 448 documents (112/s), 0.0 MB"},
	}
	for _, tc := range tests {
		var b strings.Builder
		progressPrinter(&b)(tc.p)
		if got := strings.TrimPrefix(b.String(), "\r\033[K"); got != tc.want {
			t.Errorf("progress %+v:\n got %q\nwant %q", tc.p, got, tc.want)
		}
	}
	var b strings.Builder
	progressPrinter(&b)(batch.Progress{Files: 1, FilesDone: 1, Done: true})
	if !strings.HasSuffix(b.String(), "\r\033[K") {
		t.Errorf("the last report does not clear its line: %q", b.String())
	}
}

func TestCSVSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"山东省", "山东省"},
		{"=", "'="},
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"-5", "-5"},
		{"-0.25", "-0.25"},
		{"+3", "+3"},
		{"-", "'-"},
		{"-1.2.3", "'-1.2.3"},
		{"a=b", "a=b"},
	} {
		if got := csvSafe(tc.in); got != tc.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTermSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"山东省 plan.txt", "山东省 plan.txt"},
		{"a\nb\tc\rd", `a\nb\tc\rd`},
		{"\x1b[31mred\a", `\x1b[31mred\x07`},
		{"x\x7f\u0085y", `x\x7f\x85y`},
		{"\u202egnp.exe", `\u202egnp.exe`},
		{"bad\xff\xfename", `bad\xff\xfename`},
		{"\ufffd", "\ufffd"}, // a real U+FFFD is text
	} {
		if got := termSafe(tc.in); got != tc.want {
			t.Errorf("termSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := termSafeLines("line 1\n\tbad\x1b name"); got != "line 1\n\tbad\\x1b name" {
		t.Errorf("termSafeLines: %q", got)
	}
}

// TestCellWidth checks the counted widths against runewidth, which
// measures any other cell: every rune cellWidth counts, and cells of
// mixed text.
func TestCellWidth(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		if got, want := cellWidth(s), runewidth.StringWidth(s); got != want {
			t.Fatalf("cellWidth(%U) = %d, runewidth says %d", r, got, want)
		}
	}
	for _, s := range []string{"", "山东省", "GDP增长", "≥6%", "1万–2万亿元", "（national）", "a\u0301b", "👍🏽", "한국어", "ｱｲｳ", "2025年，达到"} {
		if got, want := cellWidth(s), runewidth.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, runewidth says %d", s, got, want)
		}
	}
}
