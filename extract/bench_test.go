package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract/ingest"
)

// sampleText is the article text of our sample documents, joined.
func sampleText(b *testing.B) string {
	b.Helper()
	x := shipped(b)
	paths, _ := filepath.Glob("../testdata/samples/*")
	var sb strings.Builder
	for _, p := range paths {
		docs, _ := ingest.ReadFile(p, x.IngestOptions()) // news.jsonl has a broken line on purpose
		for _, d := range docs {
			sb.WriteString(d.Text)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// BenchmarkExtract is one pass over the sample documents.
func BenchmarkExtract(b *testing.B) {
	x := shipped(b)
	text := sampleText(b)
	d := &ingest.Document{Source: "samples", Text: text}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := x.Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLong extracts one document made of the samples repeated
// to growing sizes, as prose and as one line without sentence ends. MB/s
// should not fall with size: per-mention lookups are binary searches over
// sorted mentions, not scans of the document.
func BenchmarkExtractLong(b *testing.B) {
	x := shipped(b)
	text := sampleText(b)
	oneLine := strings.NewReplacer("。", "，", "\n", "，", "！", "，", "？", "，", "；", "，").Replace(text)
	for _, size := range []int{64 << 10, 512 << 10, 4 << 20} {
		for _, shape := range []struct {
			name, text string
		}{{"prose", text}, {"one-line", oneLine}} {
			if shape.name == "one-line" && size > 256<<10 {
				continue // batch refuses longer sentences
			}
			long := strings.Repeat(shape.text, size/len(shape.text)+1)[:size]
			long = strings.ToValidUTF8(long, "")
			d := &ingest.Document{Source: "long", Text: long}
			b.Run(fmt.Sprintf("%s/%dKB", shape.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(long)))
				for b.Loop() {
					if _, err := x.Extract(context.Background(), d); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
