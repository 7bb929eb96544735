package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract/ingest"
)

// JSON Lines on standard input, read in chunks, give the records the same
// file gives, named stdin#ID, with failures at their line in the stream.
func TestStdinChunks(t *testing.T) {
	var in strings.Builder
	for i := range 10 {
		fmt.Fprintf(&in, `{"id":"r%d","title":"山东省人民政府印发通知","date":"2024-03-0%d","text":"山东省人民政府印发《山东省数字经济发展行动计划》。到2025年，数字经济增加值达到%d万亿元，培育领军企业%d家。"}`+"\n", i, i%9+1, i+1, 10*i+5)
		if i == 4 {
			in.WriteString("\n")           // line 6: blank
			in.WriteString("{not json}\n") // line 7
		}
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(file, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	x := compiled(t)
	want := &memSink{}
	if _, err := Run(context.Background(), x, []string{file}, want, Options{Ingest: x.IngestOptions()}); err != nil {
		t.Fatal(err)
	}
	for _, chunk := range []int{1, 3, 64} {
		got := &memSink{}
		sum, err := Run(context.Background(), x, []string{StdinPath}, got, Options{Ingest: x.IngestOptions(), Stdin: strings.NewReader(in.String()), Chunk: chunk, Jobs: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(sum.Failures) != 1 || sum.Failures[0].Path != "stdin:7" || !strings.Contains(sum.Failures[0].Reason, "invalid JSON") {
			t.Errorf("chunk %d: failures %+v, want stdin:7 invalid JSON", chunk, sum.Failures)
		}
		if len(got.recs) != 10 || len(want.recs) != 10 {
			t.Fatalf("chunk %d: %d records from stdin, %d from the file; want 10", chunk, len(got.recs), len(want.recs))
		}
		for i := range got.recs {
			g, _ := json.Marshal(got.recs[i])
			w, _ := json.Marshal(want.recs[i])
			w = bytes.ReplaceAll(w, []byte(filepath.Clean(file)+"#"), []byte("stdin#"))
			w = bytes.ReplaceAll(w, []byte(file), []byte("stdin"))
			if !bytes.Equal(g, w) {
				t.Errorf("chunk %d, record %d differs:\n got %s\nwant %s", chunk, i, g, w)
			}
		}
	}
}

// A record over the size limit is reported at its line and skipped
// without holding it; the rest of the stream is read.
func TestStdinLongRecord(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("山东省", 400000) + `"}`
	in := `{"id":"a","text":"山东省人民政府印发《山东省数字经济发展行动计划》。"}` + "\n" + long + "\n" +
		`{"id":"b","text":"山西省人民政府印发《山西省数字经济发展行动计划》。"}`
	x := compiled(t)
	opt := Options{Ingest: x.IngestOptions(), Stdin: strings.NewReader(in)}
	opt.Ingest.MaxBytes = 1 << 20
	got := &memSink{}
	sum, err := Run(context.Background(), x, []string{StdinPath}, got, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) != 1 || sum.Failures[0].Path != "stdin:2" || !strings.Contains(sum.Failures[0].Reason, "file too large") {
		t.Errorf("failures %+v, want stdin:2 too large", sum.Failures)
	}
	if len(got.recs) != 2 || got.recs[1].Doc != "b" {
		t.Errorf("%d records, want a and b", len(got.recs))
	}
}

// A repeated id is found across chunks and workers: the first record is
// written, the later one reported with both lines; an exact repeat is a
// warning. With StdinSource the records are named as the file's are.
func TestDuplicateIDsAcrossChunks(t *testing.T) {
	rec := func(id string, n int) string {
		return fmt.Sprintf(`{"id":%q,"text":"到2025年，山东省新增%d家企业。"}`+"\n", id, n)
	}
	in := rec("a", 1) + rec("b", 2) + rec("c", 3) + rec("a", 4) + rec("b", 2) + `{"text":"无编号。"}` + "\n"
	dir := t.TempDir()
	file := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(file, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	x := compiled(t)
	byFile := &memSink{}
	if _, err := Run(context.Background(), x, []string{file}, byFile, Options{Ingest: x.IngestOptions()}); err != nil {
		t.Fatal(err)
	}
	for _, chunk := range []int{1, 2, 64} {
		got := &memSink{}
		sum, err := Run(context.Background(), x, []string{StdinPath}, got, Options{Ingest: x.IngestOptions(), Stdin: strings.NewReader(in), Chunk: chunk, Jobs: 3, StdinSource: ingest.SourceOf(file)})
		if err != nil {
			t.Fatal(err)
		}
		if len(sum.Failures) != 1 || sum.Failures[0].Path != "stdin:4" || !strings.Contains(sum.Failures[0].Reason, "line 4 has the id of line 1") {
			t.Errorf("chunk %d: failures %+v, want stdin:4 repeating line 1", chunk, sum.Failures)
		}
		if len(sum.Warnings) != 1 || sum.Warnings[0].Path != "stdin:5" || !strings.Contains(sum.Warnings[0].Reason, "the same record as line 2") {
			t.Errorf("chunk %d: warnings %+v, want stdin:5 the same as line 2", chunk, sum.Warnings)
		}
		var srcs, want []string
		for _, r := range got.recs {
			srcs = append(srcs, r.Meta.Source)
		}
		for _, r := range byFile.recs {
			want = append(want, r.Meta.Source)
		}
		if len(srcs) != 4 || strings.Join(srcs, " ") != strings.Join(want, " ") {
			t.Errorf("chunk %d: stored %q, want %q as from the file (4 records)", chunk, srcs, want)
		}
	}
}
