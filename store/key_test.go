package store

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestEdgeKeys(t *testing.T) {
	tests := []struct {
		from uint32
		rel  uint16
		to   uint32
	}{{1, 1, 2}, {0, 0, 0}, {1<<32 - 1, 1<<16 - 1, 1<<32 - 1}, {256, 2, 65536}}
	for _, tc := range tests {
		k := edgeKey(tc.from, tc.rel, tc.to)
		f, r, to, ok := splitEdgeKey(k)
		if !ok || f != tc.from || r != tc.rel || to != tc.to || len(k) != 10 {
			t.Errorf("splitEdgeKey(edgeKey(%d, %d, %d)) = %d, %d, %d, %v", tc.from, tc.rel, tc.to, f, r, to, ok)
		}
		dk := edgeDocKey(tc.from, tc.rel, tc.to, 7)
		if !bytes.HasPrefix(dk, k) || len(dk) != 14 {
			t.Errorf("edgeDocKey %x does not extend the edge key %x", dk, k)
		}
	}
	if _, _, _, ok := splitEdgeKey([]byte{1, 2, 3}); ok {
		t.Error("splitEdgeKey accepted 3 bytes")
	}
}

func TestEvidenceRoundTrip(t *testing.T) {
	rules := map[string]uint32{}
	var names []string
	num := func(r string) (uint32, error) {
		if n, ok := rules[r]; ok {
			return n, nil
		}
		names = append(names, r)
		rules[r] = uint32(len(names))
		return rules[r], nil
	}
	name := func(n uint32) (string, error) {
		if n == 0 || int(n) > len(names) {
			return "", errors.New("no such rule")
		}
		return names[n-1], nil
	}
	tests := [][]graph.Evidence{
		nil,
		{{Doc: "a.md", Start: 0, End: 9, Rule: "region.gazetteer"}},
		{{Doc: "a.md", Start: 120, End: 153, Rule: "target.reach"}, {Doc: "b.md#x\x00", Start: 5, End: 2, Rule: ""}},
		{{Doc: "a.md", Start: -1, End: 1 << 30, Rule: "长规则"}},
	}
	for _, ev := range tests {
		b, err := appendEvidence(nil, "a.md", ev, num)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseEvidence("a.md", b, name)
		if err != nil || !reflect.DeepEqual(got, ev) {
			t.Errorf("parseEvidence(appendEvidence(%v)) = %v, %v", ev, got, err)
		}
	}
	if _, err := appendEvidence(nil, "a.md", []graph.Evidence{{Start: 1, End: 2}}, num); err == nil {
		t.Error("evidence without a document was encoded")
	}
	for _, bad := range [][]byte{{0x80}, {2, 2}, {2, 2, 3}, {2, 2, 3, 9, 'x'}, {2, 2, 0xfe}} {
		if ev, err := parseEvidence("a.md", bad, name); err == nil {
			t.Errorf("parseEvidence(%x) = %v, want an error", bad, ev)
		}
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
	r := rec("x.jsonl#1", "a:b", "c:d")
	r.Edges = []graph.Edge{{From: "a:b", Rel: "bad\trel", To: "c:d"}}
	if err := CheckRecord(r); err == nil || !strings.Contains(err.Error(), "control character") {
		t.Errorf("relation with a tab: %v", err)
	}
	// Edges are stored by the numbers of their nodes: an edge to a node
	// the record does not hold would have none.
	r = rec("x.jsonl#1", "a:b")
	r.Edges = []graph.Edge{{From: "a:b", Rel: "mentions", To: "c:d"}}
	if err := CheckRecord(r); !errors.Is(err, ErrInvalidKey) || !strings.Contains(err.Error(), "links a node the record does not hold") {
		t.Errorf("edge to a node not in the record: %v", err)
	}
}

// FuzzEvidenceCodec: any bytes decode to an error or to evidence that
// encodes back to evidence that decodes the same; edge keys split back
// into their numbers, and a prefix scan of one node never reaches another.
func FuzzEvidenceCodec(f *testing.F) {
	f.Add([]byte{2, 18, 2}, "a.md", uint32(1), uint16(2), uint32(3))
	f.Add([]byte{0, 0, 3, 4, 'b', '.', 'm', 'd'}, "", uint32(0), uint16(0), uint32(1<<32-1))
	f.Add([]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1}, "x", uint32(256), uint16(1), uint32(1))
	names := func(n uint32) (string, error) {
		if n > 1000 {
			return "", errors.New("no such rule")
		}
		return "rule" + strconv.Itoa(int(n)), nil
	}
	nums := func(r string) (uint32, error) {
		n, err := strconv.Atoi(strings.TrimPrefix(r, "rule"))
		return uint32(n), err
	}
	f.Fuzz(func(t *testing.T, raw []byte, src string, a uint32, rel uint16, b uint32) {
		ev, err := parseEvidence(src, raw, names)
		if err == nil {
			for _, e := range ev {
				if e.Doc == "" {
					return // evidence of no document cannot be encoded
				}
			}
			enc, err := appendEvidence(nil, src, ev, nums)
			if err != nil {
				t.Fatalf("appendEvidence(%v): %v", ev, err)
			}
			again, err := parseEvidence(src, enc, names)
			if err != nil || !reflect.DeepEqual(again, ev) {
				t.Fatalf("evidence %v encodes to %x, which decodes to %v, %v", ev, enc, again, err)
			}
		}
		k := edgeKey(a, rel, b)
		if f, r, to, ok := splitEdgeKey(k); !ok || f != a || r != rel || to != b {
			t.Fatalf("edge key %x splits to %d %d %d", k, f, r, to)
		}
		if a != b && bytes.HasPrefix(edgeKey(b, rel, a), num4(a)) {
			t.Fatalf("an edge of node %d has the prefix of node %d", b, a)
		}
	})
}

// FuzzNodeCodec: any bytes decode to an error or to a node that encodes
// back to the same bytes (attribute numbers are the fuzzer's).
func FuzzNodeCodec(f *testing.F) {
	f.Add("region:深圳市", []byte{0, 1, 6, '4', '4', '0', '3', '0', '0'})
	f.Add("target:x", []byte{3, 2, 'a', 'b', 1, 'n', 2, 0})
	f.Add("", []byte{4})
	names := func(n uint32) (string, error) {
		if n > 1000 {
			return "", errors.New("no such attribute")
		}
		return "attr" + strconv.Itoa(int(n)), nil
	}
	nums := func(a string) (uint32, error) {
		n, err := strconv.Atoi(strings.TrimPrefix(a, "attr"))
		return uint32(n), err
	}
	f.Fuzz(func(t *testing.T, id string, raw []byte) {
		n, err := parseNode([]byte(id), raw, names)
		if err != nil {
			return
		}
		enc, err := appendNode(nil, n, nums)
		if err != nil {
			t.Fatalf("appendNode(%+v): %v", n, err)
		}
		again, err := parseNode([]byte(id), enc, names)
		if err != nil || !reflect.DeepEqual(again, n) {
			t.Fatalf("node %+v encodes to %x, which decodes to %+v, %v", n, enc, again, err)
		}
	})
}

func TestNodeRoundTrip(t *testing.T) {
	var names []string
	num := func(a string) (uint32, error) {
		if i := slices.Index(names, a); i >= 0 {
			return uint32(i + 1), nil
		}
		names = append(names, a)
		return uint32(len(names)), nil
	}
	name := func(n uint32) (string, error) {
		if n == 0 || int(n) > len(names) {
			return "", errors.New("no such attribute")
		}
		return names[n-1], nil
	}
	tests := []graph.Node{
		{ID: "region:深圳市", Kind: graph.Region, Name: "深圳市", Attrs: map[string]string{"code": "440300", "parent": "广东省", "empty": ""}},
		{ID: "document:a.md", Kind: graph.Document, Name: "a.md"},
		{ID: "target:x|1", Kind: graph.Target, Name: "培育企业 1家"},
		{ID: "odd", Kind: "weird", Name: ""},
	}
	for _, n := range tests {
		b, err := appendNode(nil, &n, num)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseNode([]byte(n.ID), b, name)
		if err != nil || !reflect.DeepEqual(*got, n) {
			t.Errorf("parseNode(appendNode(%+v)) = %+v, %v", n, got, err)
		}
	}
	for _, bad := range [][]byte{nil, {8}, {1}, {2, 5, 'a'}, {0, 1}, {0, 0x80}, {0, 99, 0}} {
		if n, err := parseNode([]byte("a:b"), bad, name); err == nil {
			t.Errorf("parseNode(%x) = %+v, want an error", bad, n)
		}
	}
}

// FuzzNodeDocCodec: any bytes decode to an error or to a node_docs value
// that encodes back to one that decodes the same.
func FuzzNodeDocCodec(f *testing.F) {
	f.Add([]byte{0, 2, 18, 2}, "a.md")
	f.Add([]byte{1, 3, 2, 18, 2, 4, 6, 8}, "a.md")
	f.Add([]byte{1, 0}, "")
	f.Add([]byte{1, 9, 0}, "x")
	f.Add([]byte{2}, "x")
	names := func(n uint32) (string, error) {
		if n > 1000 {
			return "", errors.New("no such rule")
		}
		return "rule" + strconv.Itoa(int(n)), nil
	}
	nums := func(r string) (uint32, error) {
		n, err := strconv.Atoi(strings.TrimPrefix(r, "rule"))
		return uint32(n), err
	}
	f.Fuzz(func(t *testing.T, raw []byte, src string) {
		ev, mentioned, mev, err := parseNodeDoc(src, raw, names)
		if err != nil {
			return
		}
		for _, e := range append(slices.Clone(ev), mev...) {
			if e.Doc == "" {
				return // evidence of no document cannot be encoded
			}
		}
		if m, _, _, err := splitNodeDoc(raw); err != nil || m != mentioned {
			t.Fatalf("splitNodeDoc(%x) = %v, %v; parseNodeDoc says %v", raw, m, err, mentioned)
		}
		enc, err := appendNodeDoc(nil, src, ev, mentioned, mev, nums)
		if err != nil {
			t.Fatalf("appendNodeDoc: %v", err)
		}
		ev2, m2, mev2, err := parseNodeDoc(src, enc, names)
		if err != nil || m2 != mentioned || !reflect.DeepEqual(ev2, ev) || !reflect.DeepEqual(mev2, mev) {
			t.Fatalf("%x decodes to %v %v %v, encodes to %x, which decodes to %v %v %v, %v", raw, ev, mentioned, mev, enc, ev2, m2, mev2, err)
		}
	})
}

// FuzzNodeIDValue: a node_ids value gives back the ID it was made of,
// with or without its source; any bytes split or fail, never panic.
func FuzzNodeIDValue(f *testing.F) {
	f.Add("target:docs/report.md|深圳市|产值|5", "docs/report.md", uint32(7), []byte{0, 7, 7})
	f.Add("document:docs/report.md", "docs/report.md", uint32(1), []byte{0})
	f.Add("region:深圳市", "docs/report.md", uint32(3), []byte{0, 0x80})
	f.Add("amount:docs/report.mdx|5", "docs/report.md", uint32(2), []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, id, source string, src uint32, raw []byte) {
		splitNodeIDValue(raw)
		if strings.ContainsRune(id, 0) || id == "" {
			return // refused by CheckRecord
		}
		v := appendNodeIDValue(nil, graph.ID(id), source, src)
		s, before, after, short, err := splitNodeIDValue(v)
		switch {
		case err != nil:
			t.Fatalf("%q %q %d: %x: %v", id, source, src, v, err)
		case !short && string(v) != id:
			t.Fatalf("%q: whole value %q", id, v)
		case short && (s != src || before+source+after != id):
			t.Fatalf("%q %q %d: splits to %d %q %q", id, source, src, s, before, after)
		}
	})
}

// FuzzMetaCodec: any bytes decode to an error or to metadata that
// encodes back to metadata that decodes the same.
func FuzzMetaCodec(f *testing.F) {
	f.Add([]byte{1, 1, 2, 0, 3, 't', 'i', 't', 0, 4, 'h', 'a', 's', 'h', 3, 0, 9}, "docs/a.md")
	f.Add([]byte{2, 12, 1, 0, 0, 0, 0, 0, 0, 7}, "data/x.jsonl#n1")
	f.Add(append([]byte{4, 3, 'a', '.', 'm', 0, 0, 0, 0, 0}, make([]byte, 34)...), "b.md")
	names := []string{"", "markdown", "utf-8", "front-matter", "rules-1"}
	nameOf := func(n uint32) (string, error) {
		if int(n) >= len(names) {
			return "", errors.New("no such name")
		}
		return names[n], nil
	}
	num := func(s string) (uint32, error) {
		for i, n := range names {
			if n == s {
				return uint32(i), nil
			}
		}
		return 0, nil // written out
	}
	f.Fuzz(func(t *testing.T, raw []byte, source string) {
		m, err := parseMeta(raw, source, nameOf)
		if err != nil {
			return
		}
		enc, err := appendMeta(nil, m, source, num)
		if err != nil {
			t.Fatalf("%+v: %v", m, err)
		}
		again, err := parseMeta(enc, source, nameOf)
		if err != nil || !reflect.DeepEqual(again, m) {
			t.Fatalf("%x decodes to %+v, encodes to %x, which decodes to %+v, %v", raw, m, enc, again, err)
		}
	})
}

// FuzzStoredRef: any bytes read as an edge reference fail or give one
// that writes and reads back the same.
func FuzzStoredRef(f *testing.F) {
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(`[ 4294967295 , 65535,0,{"via":"sentence"}]`))
	f.Add([]byte(`[1,65536,3]`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var r storedRef
		if err := r.UnmarshalJSON(raw); err != nil {
			return
		}
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		var again storedRef
		if err := again.UnmarshalJSON(b); err != nil || !reflect.DeepEqual(again, r) {
			t.Fatalf("%q reads as %+v, writes %s, which reads as %+v, %v", raw, r, b, again, err)
		}
	})
}
