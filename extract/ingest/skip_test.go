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
