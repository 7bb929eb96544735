package main

import (
	"fmt"
	"strings"
	"testing"
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
