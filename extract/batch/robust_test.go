package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Documents over the text limit, or with a sentence of hundreds of
// kilobytes, are refused with a reason.
func TestCheckLength(t *testing.T) {
	sentence := strings.Repeat("山东省数字经济增加值达到5万亿元，", 10) + "。"
	for _, tc := range []struct {
		name, text string
		limit      int
		want       string // in the error; "" = accepted
	}{
		{"prose", strings.Repeat(sentence+"\n", 100), 0, ""},
		{"prose on one line", strings.Repeat(sentence, 1000), 0, ""},
		{"too much text", strings.Repeat(sentence, 100), 16 << 10, "document too long: 49 KB of article text, over the 16 KB limit"},
		{"a 5 MB line", strings.Repeat("a", 5<<20), 0, "5.0 MB of article text, over the 4.0 MB limit"},
		{"a sentence without an end", "标题\n" + strings.Repeat("山东省，", 30000) + "。后文", 0, "a sentence of 352 KB with no 。！？； or line break, over the 256 KB limit"},
	} {
		err := checkLength(tc.text, tc.limit)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.want != "" && (!errors.Is(err, ErrTooLong) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: got %v, want ErrTooLong with %q", tc.name, err, tc.want)
		}
	}
}

// A 5 MB line and a JSON Lines record without sentence ends are skipped
// quickly with their paths; the other documents are extracted; a file with
// undecodable bytes is kept with a warning.
func TestRunSkipsOverlongDocuments(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"long-line.txt": "标题\n" + strings.Repeat("山东省发展和改革委员会印发规划，", 110000),
		"records.jsonl": `{"id":"ok","text":"山东省人民政府印发《山东省数字经济发展规划》。"}` + "\n" +
			`{"id":"long","text":"` + strings.Repeat("浙江省，", 30000) + `"}` + "\n",
		"good.txt":    "山东省人民政府印发《山东省数字经济发展规划》。\n到2025年，数字经济增加值达到5万亿元。\n",
		"invalid.txt": "山东省人民政府印发《山东省数字经济发展规划》。\n\xff\xfe到2025年，数字经济增加值达到5万亿元。\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	sink := &memSink{}
	sum, err := Run(context.Background(), compiled(t), []string{dir}, sink, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("run took %v", d)
	}
	var got []string
	for _, f := range sum.Failures {
		got = append(got, f.Path+": "+f.Reason)
	}
	want := []string{
		filepath.Join(dir, "long-line.txt") + ": document too long: 5.0 MB of article text",
		filepath.Join(dir, "records.jsonl") + "#long: document too long: a sentence of 352 KB",
	}
	if len(got) != len(want) {
		t.Fatalf("failures %q, want %q", got, want)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("failure %q, want %q…", got[i], want[i])
		}
	}
	if len(sink.recs) != 3 || sum.Extracted != 3 {
		t.Errorf("%d records, %d extracted; want 3", len(sink.recs), sum.Extracted)
	}
	if len(sum.Warnings) != 1 || sum.Warnings[0].Path != filepath.Join(dir, "invalid.txt") || !strings.Contains(sum.Warnings[0].Reason, "2 invalid byte sequences") {
		t.Errorf("warnings %+v, want invalid.txt with 2 invalid byte sequences", sum.Warnings)
	}
}
