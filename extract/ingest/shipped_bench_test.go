package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/rules"
)

// BenchmarkParseShipped is the reading stage of a cold extract: every
// corpus document (raw/ excluded) parsed with the shipped boilerplate
// rules, then normalised for the extractor (Document.Normalized), as
// extract does. Throughput is over the raw bytes.
func BenchmarkParseShipped(b *testing.B) {
	const dir = "../../../shared/corpus"
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	set, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.Compile(set)
	if err != nil {
		b.Fatal(err)
	}
	opt := x.IngestOptions()
	var files []string
	var data [][]byte
	var total int64
	err = ingest.Walk([]string{dir}, func(path string, err error) error {
		if err != nil {
			return err
		}
		if strings.Contains(filepath.ToSlash(path), "/raw/") {
			return nil
		}
		d, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files = append(files, path)
		data = append(data, d)
		total += int64(len(d))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, f := range files {
			docs, _ := ingest.Parse(f, data[i], opt)
			for _, d := range docs {
				d.Normalized()
			}
		}
	}
}
