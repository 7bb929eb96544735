package ingest

import (
	"strings"
	"testing"
)

// TestJSONWrappedRecords checks that records an API response wraps are
// read: one array of objects, under an object or two, on one line or
// spread over many; and that a record without text whose array is no list
// of records, or an object with two candidate arrays, is one error.
func TestJSONWrappedRecords(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string // the documents' names
		errs             int
	}{
		{"data array", "a.jsonl", `{"data":[{"id":"a","content":"山东省新增企业100家。"},{"id":"b","content":"广东省。"}]}` + "\n", []string{"a", "b"}, 0},
		{"nested list over lines", "b.json", "{\n \"code\": 0,\n \"data\": {\"total\": 2,\n  \"list\": [\n   {\"id\": \"a\", \"content\": \"甲。\"},\n   {\"id\": \"b\", \"text\": \"乙。\"}\n  ]\n }\n}\n", []string{"a", "b"}, 0},
		{"each line a response", "c.jsonl", `{"items":[{"id":"a","content":"甲。"}]}` + "\n" + `{"items":[{"id":"b","content":"乙。"}]}` + "\n", []string{"a", "b"}, 0},
		{"attachments are no records", "d.jsonl", `{"id":"a","title":"通知","files":[{"name":"附件1"}]}` + "\n", nil, 1},
		{"two arrays", "e.jsonl", `{"news":[{"id":"a","content":"甲。"}],"ads":[{"id":"b","content":"乙。"}]}` + "\n", nil, 1},
		{"a record holding related records", "g.jsonl", `{"id":"main","title":"通知","content":"","related":[{"id":"r1","content":"另一篇。"}]}` + "\n", nil, 1},
		{"too deep", "f.jsonl", `{"a":{"b":{"c":{"d":[{"id":"a","content":"甲。"}]}}}}` + "\n", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Parse(tt.file, []byte(tt.data), Options{})
			var names []string
			for _, d := range docs {
				names = append(names, d.Name)
			}
			if strings.Join(names, ",") != strings.Join(tt.want, ",") || len(errs) != tt.errs {
				t.Errorf("Parse: documents %q, errors %v; want %q and %d errors", names, errs, tt.want, tt.errs)
			}
			for _, err := range errs {
				if !strings.Contains(err.Error(), "has no text") {
					t.Errorf("error %q, want one that says the record has no text", err)
				}
			}
		})
	}
}

// TestHTMLRecordDecodedOnce checks that a record's HTML text has its
// entities decoded once, by the HTML parser: &amp;lt; is the text &lt;.
func TestHTMLRecordDecodedOnce(t *testing.T) {
	data := `{"id":"h","content":"<p>当a&lt;b时，取&ldquo;小值&rdquo;。</p><p>第二段&amp;lt;不变。</p>"}` + "\n"
	docs, errs := Parse("h.jsonl", []byte(data), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Parse: %d docs, errors %v", len(docs), errs)
	}
	for _, want := range []string{"b时，取“小值”。", "第二段&lt;不变。"} {
		if !strings.Contains(docs[0].Text, want) {
			t.Errorf("text %q lacks %q", docs[0].Text, want)
		}
	}
}
