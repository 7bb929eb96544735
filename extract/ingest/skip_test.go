package ingest

import "testing"

// A record the caller already has (same source, same hash) comes back
// marked Skipped, without its text being read or cleaned.
func TestSkipUnchangedRecords(t *testing.T) {
	data := []byte(`{"id": "a", "title": "甲", "content": "第一条新闻。"}
{"id": "b", "title": "乙", "content": "第二条新闻。"}
`)
	docs, errs := Parse("n.jsonl", data, Options{})
	if len(errs) > 0 || len(docs) != 2 {
		t.Fatalf("parse: %v %v", docs, errs)
	}
	known := map[string]string{docs[0].Source: docs[0].Hash}
	again, errs := Parse("n.jsonl", data, Options{Skip: func(src, hash string) bool { return known[src] == hash }})
	if len(errs) > 0 || len(again) != 2 {
		t.Fatalf("parse: %v %v", again, errs)
	}
	if !again[0].Skipped || again[0].Text != "" || again[0].Hash != docs[0].Hash {
		t.Errorf("record a should be skipped with its hash kept: %+v", again[0])
	}
	if again[1].Skipped || again[1].Text == "" {
		t.Errorf("record b is new and must be parsed: %+v", again[1])
	}
}

// A record whose bytes the caller stored before is skipped before it is
// decoded, under the stored source; a later record repeating its id
// keeps the id (the batch reports the repeat) and its line.
func TestSkipRawRecords(t *testing.T) {
	data := []byte(`{"id": "a", "content": "第一条新闻。"}
{"id": "b", "content": "第二条新闻。"}
{"id": "a", "content": "重复的编号。"}
`)
	first, errs := Parse("n.jsonl", data, Options{})
	if len(errs) > 0 || len(first) != 3 {
		t.Fatalf("parse: %v %v", first, errs)
	}
	if first[2].Source != first[0].Source || first[2].Line != 3 {
		t.Fatalf("a repeated id keeps its source and line: %q %d", first[2].Source, first[2].Line)
	}
	stored := map[string]string{first[0].Hash: first[0].Source}
	var asked []int
	again, errs := Parse("n.jsonl", data, Options{SkipRaw: func(hash string, line int) (string, bool) {
		asked = append(asked, line)
		src, ok := stored[hash]
		return src, ok
	}})
	if len(errs) > 0 || len(again) != 3 {
		t.Fatalf("parse: %v %v", again, errs)
	}
	if !again[0].Skipped || again[0].Source != SourceOf("n.jsonl")+"#a" || again[0].Hash != first[0].Hash || again[0].Line != 1 {
		t.Errorf("record 1 should be skipped under its stored source: %+v", again[0])
	}
	for i := 1; i < 3; i++ {
		if again[i].Skipped || again[i].Source != first[i].Source {
			t.Errorf("record %d: skipped %v, source %q; want parsed as %q", i+1, again[i].Skipped, again[i].Source, first[i].Source)
		}
	}
	if len(asked) != 3 || asked[0] != 1 || asked[2] != 3 {
		t.Errorf("SkipRaw asked about lines %v, want 1 2 3", asked)
	}
	// Skipped before decoding: bytes that are not JSON are not looked at.
	bad := []byte("{not json\n")
	docs, errs := Parse("n.jsonl", bad, Options{SkipRaw: func(string, int) (string, bool) { return "n.jsonl#x", true }})
	if len(errs) > 0 || len(docs) != 1 || !docs[0].Skipped {
		t.Errorf("a stored record was decoded: %v %v", docs, errs)
	}
}
