package textnorm

import "testing"

func TestParseRadicals(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"# c\n2E81 5382 ⺁ 厂\n", true},
		{"2E81\n", false},
		{"2F00 4E00\n", false},
		{"2E81 zz\n", false},
		{"2E81 0\n", false},
	} {
		tb, err := parseRadicals(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("parseRadicals(%q): error %v, want ok %v", tc.in, err, tc.ok)
		}
		if err == nil && tb[0x2E81-radicalFirst] != 0x5382 {
			t.Errorf("parseRadicals(%q): ⺁ → %U", tc.in, tb[0x2E81-radicalFirst])
		}
	}
	if radicalTable['⺁'-radicalFirst] != '厂' || radicalTable['⻄'-radicalFirst] != '西' {
		t.Error("the embedded table lost ⺁ → 厂 or ⻄ → 西")
	}
}

func FuzzParseRadicals(f *testing.F) {
	f.Add(radicalsData)
	f.Add("2E81 5382\n")
	f.Fuzz(func(t *testing.T, data string) {
		tb, err := parseRadicals(data)
		if err != nil {
			return
		}
		for _, r := range tb {
			if r < 0 || r > 0x10FFFF {
				t.Fatalf("parseRadicals(%q) gave %U", data, r)
			}
		}
	})
}
