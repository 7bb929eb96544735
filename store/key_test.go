package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestKeyRoundTrip(t *testing.T) {
	tests := [][]string{
		{"region:山东省"},
		{"region:山东省", "a.md"},
		{"a", "b", "c", "d"},
		{"", "", ""},
		{"with\x00nul", "x"},
		{"\x00", "\x00\x01", "\x01\x00"},
		{"document:a\nb.md", "applies_to", "\xff\xfe"},
	}
	for _, parts := range tests {
		k := encodeKey(parts...)
		got, err := decodeKey(k, len(parts))
		if err != nil {
			t.Errorf("decodeKey(encodeKey(%q)): %v", parts, err)
			continue
		}
		if strings.Join(got, "|") != strings.Join(parts, "|") || len(got) != len(parts) {
			t.Errorf("decodeKey(encodeKey(%q)) = %q", parts, got)
		}
		if _, err := decodeKey(k, len(parts)+1); err == nil {
			t.Errorf("decodeKey(%q, %d) accepted the wrong number of parts", k, len(parts)+1)
		}
	}
}

// The poison: an ID containing NUL made the edge evidence key
// split into five parts.
func TestKeyNULCannotAddParts(t *testing.T) {
	k := encodeKey("amount:x.jsonl#a\x00b|1|CNY|元", "applies_to", "region:深圳市", "x.jsonl#a\x00b")
	parts, err := decodeKey(k, 4)
	if err != nil || parts[3] != "x.jsonl#a\x00b" {
		t.Errorf("decodeKey = %q, %v", parts, err)
	}
	// A prefix scan for a node does not reach a node whose ID extends it.
	if bytes.HasPrefix(encodeKey("region:山东省济南", "a"), keyPrefix("region:山东省")) {
		t.Error("prefix of region:山东省 matches region:山东省济南")
	}
	if bytes.HasPrefix(encodeKey("a\x00b", "c"), keyPrefix("a")) {
		t.Error(`prefix of "a" matches "a\x00b"`)
	}
}

func TestCheckRecord(t *testing.T) {
	rec := func(src string, ids ...string) *graph.Record {
		r := graph.NewRecord(src)
		r.Meta = &graph.DocMeta{Source: src, Path: "x.jsonl"}
		for _, id := range ids {
			r.Nodes = append(r.Nodes, graph.Node{ID: graph.ID(id)})
		}
		return r
	}
	long := strings.Repeat("长", 40000)
	tests := []struct {
		name string
		r    *graph.Record
		want string // "" = valid
	}{
		{"plain", rec("x.jsonl#1", "region:山东省"), ""},
		{"file name with a newline", rec("a\nb.md", "document:a\nb.md"), ""},
		{"no meta", graph.NewRecord("x"), "has no source"},
		{"empty source", rec(""), "empty source"},
		{"NUL in source", rec("x.jsonl#a\x00b"), "source \"x.jsonl#a\\x00b\" contains a NUL character"},
		{"NUL in node ID", rec("x.jsonl#1", "amount:a\x00b"), "node ID"},
		{"40,000-character id", rec("x.jsonl#" + long), "source of 120008 bytes, over the 2048-byte limit"},
		{"long node ID", rec("x.jsonl#1", "plan:"+long), "node ID of 120005 bytes"},
	}
	for _, tc := range tests {
		err := CheckRecord(tc.r)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrInvalidKey)):
			t.Errorf("%s: %v, want an ErrInvalidKey with %q", tc.name, err, tc.want)
		}
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("%s: message of %d bytes", tc.name, len(err.Error()))
		}
	}
	r := rec("x.jsonl#1")
	r.Edges = []graph.Edge{{From: "a:b", Rel: "bad\trel", To: "c:d"}}
	if err := CheckRecord(r); err == nil || !strings.Contains(err.Error(), "control character") {
		t.Errorf("relation with a tab: %v", err)
	}
}

func FuzzKeyCodec(f *testing.F) {
	f.Add("region:山东省", "mentions", "a.md", []byte("x\x00\x01y"))
	f.Add("\x00", "\x00\x02", "", []byte{0})
	f.Add("a\x00\x01b", "", "\xff", []byte{0, 1, 0, 2, 0})
	f.Fuzz(func(t *testing.T, a, b, c string, raw []byte) {
		parts := []string{a, b, c}
		k := encodeKey(parts...)
		got, err := decodeKey(k, 3)
		if err != nil {
			t.Fatalf("decodeKey(encodeKey(%q)): %v", parts, err)
		}
		for i := range parts {
			if got[i] != parts[i] {
				t.Fatalf("part %d: got %q, want %q", i, got[i], parts[i])
			}
		}
		// Prefix scans: a's keys start with keyPrefix(a), and no key of
		// another first part does.
		if !bytes.HasPrefix(k, keyPrefix(a)) {
			t.Fatalf("key %q lacks the prefix of %q", k, a)
		}
		if b != a && bytes.HasPrefix(encodeKey(b, c), keyPrefix(a)) {
			t.Fatalf("key of %q has the prefix of %q", b, a)
		}
		// Any bytes decode to an error or to parts that encode back to them.
		for n := 1; n <= 4; n++ {
			if ps, err := decodeKey(raw, n); err == nil && !bytes.Equal(encodeKey(ps...), raw) {
				t.Fatalf("decodeKey(%q, %d) = %q, which encodes to %q", raw, n, ps, encodeKey(ps...))
			}
		}
	})
}
