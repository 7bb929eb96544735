package batch

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graph"
)

// stampSink is a memSink that also keeps file stamps, as the store does.
type stampSink struct {
	memSink
	files map[string]graph.FileStamp
}

func (s *stampSink) PutWithFiles(ctx context.Context, recs []*graph.Record, files []graph.FileStamp) (int, error) {
	n, _ := s.Put(ctx, recs...)
	for _, f := range files {
		s.files[f.Path] = f
	}
	return n, nil
}

// A file read completely is stamped with its size and time; the next run
// counts its documents unchanged without reading it, until either changes.
// A file with a bad record is not stamped: it is read (and reported) again.
func TestFileStamps(t *testing.T) {
	dir := t.TempDir()
	doc := "山东省人民政府印发《山东省数字经济发展规划》。\n到2025年，数字经济增加值达到5万亿元。\n"
	files := map[string]string{
		"a.txt":     doc,
		"b.jsonl":   `{"id":"1","text":"山西省人民政府印发《山西省数字经济发展规划》。"}` + "\n" + `{"id":"2","text":"浙江省人民政府印发《浙江省数字经济发展规划》。"}` + "\n",
		"bad.jsonl": `{"id":"1","text":"广东省人民政府印发《广东省数字经济发展规划》。"}` + "\n{not json\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x := compiled(t)
	sink := &stampSink{files: map[string]graph.FileStamp{}}
	run := func() *Summary {
		t.Helper()
		known := map[string][2]string{}
		for _, r := range sink.recs {
			known[r.Meta.Source] = [2]string{r.Meta.Hash, r.Meta.Rules}
		}
		sum, err := Run(context.Background(), x, []string{dir}, sink, Options{Ingest: x.IngestOptions(), Known: known, Files: sink.files})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	first := run()
	if first.Extracted != 4 || len(first.Failures) != 1 {
		t.Fatalf("first run: extracted %d, failures %v; want 4 and bad.jsonl:2", first.Extracted, first.Failures)
	}
	if len(sink.files) != 2 || sink.files[filepath.Join(dir, "b.jsonl")].Docs != 2 || sink.files[filepath.Join(dir, "a.txt")].Docs != 1 {
		t.Fatalf("stamps %+v, want a.txt (1 document) and b.jsonl (2), not bad.jsonl", sink.files)
	}
	// Same size and time, different bytes: not read, so not noticed (as make).
	a := filepath.Join(dir, "a.txt")
	fi, _ := os.Stat(a)
	if err := os.WriteFile(a, []byte(strings.Replace(doc, "山东", "河南", 2)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(a, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	second := run()
	if second.Extracted != 0 || second.Unchanged != 4 || len(second.Failures) != 1 {
		t.Errorf("second run: extracted %d, unchanged %d, failures %v; want 0, 4 and bad.jsonl again", second.Extracted, second.Unchanged, second.Failures)
	}
	// A new time: read, and the change found.
	later := fi.ModTime().Add(time.Second)
	if err := os.Chtimes(a, later, later); err != nil {
		t.Fatal(err)
	}
	third := run()
	if third.Extracted != 1 || third.Unchanged != 3 {
		t.Errorf("third run: extracted %d, unchanged %d; want a.txt again", third.Extracted, third.Unchanged)
	}
	if got := sink.files[a].ModTime; got != later.UnixNano() {
		t.Errorf("a.txt stamp %d, want the new time %d", got, later.UnixNano())
	}
	// Force reads everything.
	known := map[string][2]string{}
	sum, err := Run(context.Background(), x, []string{dir}, sink, Options{Ingest: x.IngestOptions(), Known: known, Files: sink.files, Force: true})
	if err != nil || sum.Extracted != 4 {
		t.Errorf("--force: extracted %d, %v; want 4", sum.Extracted, err)
	}
}

// The stored documents' hashes (LoadKnown) are loaded only when a file is
// read, once however many are, and never by a run whose every file is
// unchanged by its stamp; they still skip an unchanged document that is
// read (its time moved, its bytes did not).
func TestLoadKnownLazily(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "山东省人民政府印发《山东省数字经济发展规划》。\n",
		"b.txt": "山西省人民政府印发《山西省数字经济发展规划》。\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x := compiled(t)
	sink := &stampSink{files: map[string]graph.FileStamp{}}
	loads := 0
	run := func() *Summary {
		t.Helper()
		load := func() (map[string][2]string, error) {
			loads++
			known := map[string][2]string{}
			for _, r := range sink.recs {
				known[r.Meta.Source] = [2]string{r.Meta.Hash, r.Meta.Rules}
			}
			return known, nil
		}
		sum, err := Run(context.Background(), x, []string{dir}, sink, Options{Ingest: x.IngestOptions(), LoadKnown: load, Files: sink.files})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	if sum := run(); sum.Extracted != 2 || loads != 1 {
		t.Fatalf("first run: extracted %d, loads %d; want 2 and 1", sum.Extracted, loads)
	}
	if sum := run(); sum.Unchanged != 2 || loads != 1 {
		t.Fatalf("unchanged run: unchanged %d, loads %d; want 2 and still 1", sum.Unchanged, loads)
	}
	a := filepath.Join(dir, "a.txt")
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(a, later, later); err != nil {
		t.Fatal(err)
	}
	if sum := run(); sum.Unchanged != 2 || sum.Extracted != 0 || loads != 2 {
		t.Fatalf("touched run: extracted %d, unchanged %d, loads %d; want 0, 2 and 2", sum.Extracted, sum.Unchanged, loads)
	}
}

// A lazy extractor is compiled only when a file has to be read: a re-run
// over stamped, unchanged files never compiles the rules, and the records
// it makes when it does are the eager extractor's, boilerplate rules
// included (Options.Ingest carries none of its own here).
func TestLazyExtractorCompiledOnlyWhenNeeded(t *testing.T) {
	dir := t.TempDir()
	doc := "发布日期:2025-01-22 13:22    点击次数:85\n山东省人民政府印发《山东省数字经济发展规划》。\n到2025年，数字经济增加值达到5万亿元。\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	x := compiled(t)
	eager := &stampSink{files: map[string]graph.FileStamp{}}
	if _, err := Run(context.Background(), x, []string{dir}, eager, Options{Ingest: x.IngestOptions(), Files: eager.files}); err != nil {
		t.Fatal(err)
	}
	sink := &stampSink{files: map[string]graph.FileStamp{}}
	for run, want := range []int{1, 0, 0} {
		compiles := 0
		lazy := extract.NewLazy(x.Set().Fingerprint, func() (*extract.Extractor, error) { compiles++; return x, nil })
		if lazy.Fingerprint() != x.Fingerprint() {
			t.Fatalf("lazy fingerprint %q, compiled %q", lazy.Fingerprint(), x.Fingerprint())
		}
		sum, err := Run(context.Background(), lazy, []string{dir}, sink, Options{Files: sink.files})
		if err != nil {
			t.Fatal(err)
		}
		if compiles != want || sum.Extracted+sum.Unchanged != 1 {
			t.Fatalf("run %d: compiled %d times, %d extracted, %d unchanged; want %d compile and the document", run, compiles, sum.Extracted, sum.Unchanged, want)
		}
	}
	if len(sink.recs) != 1 || len(eager.recs) != 1 {
		t.Fatalf("records: lazy %d, eager %d", len(sink.recs), len(eager.recs))
	}
	got, _ := json.Marshal(sink.recs[0])
	want, _ := json.Marshal(eager.recs[0])
	if string(got) != string(want) {
		t.Errorf("lazy record %s\nwant the eager one %s", got, want)
	}
}
