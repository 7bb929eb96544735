package ingest

import (
	"strings"
	"testing"
)

func TestParseVocab(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]string
		err  string
	}{
		{"# c\n\na = x\nb = y = z\n", map[string]string{"a": "x", "b": "y = z"}, ""},
		{"a =x\n", nil, "1: not NAME = VALUE"},
		{"a = x\n\na = y", nil, "3: a given twice"},
		{" = x", nil, "1: not NAME = VALUE"},
	} {
		got, err := parseVocab(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("parseVocab(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || len(got) != len(tc.want) {
			t.Fatalf("parseVocab(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("parseVocab(%q)[%q] = %q, want %q", tc.in, k, got[k], v)
			}
		}
	}
	// The embedded file parses, and every entry is read.
	m, err := parseVocab(vocabFile)
	if err != nil {
		t.Fatal(err)
	}
	for name := range m {
		if !strings.Contains(name, "RE") && name != "mentionedYM" && !strings.HasSuffix(name, "Word") {
			t.Errorf("vocab.txt: %s is no pattern the package reads", name)
		}
	}
}

func FuzzParseVocab(f *testing.F) {
	f.Add(vocabFile)
	f.Add("a = b\n#x\n")
	f.Add("a = b\na = c")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := parseVocab(data)
		if err != nil {
			return
		}
		for k, v := range m {
			if k == "" || v == "" || strings.Contains(k, "\n") || strings.Contains(v, "\n") || strings.HasPrefix(k, "#") {
				t.Fatalf("parseVocab(%q) gave %q = %q", data, k, v)
			}
		}
	})
}
