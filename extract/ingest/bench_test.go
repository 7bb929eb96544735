package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses every corpus document once per iteration and
// reports throughput over their raw bytes.
func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct {
		name  string
		rules []BoilerplateRule
	}{{"norules", nil}, {"rules", testRules()}} {
		b.Run(bc.name, func(b *testing.B) {
			benchParse(b, corpusFiles(b), Options{Boilerplate: bc.rules})
		})
	}
}

// BenchmarkParseWebPages parses the webextract benchmark's pages (HTML
// from many sites: main-content extraction, classifier, dates) and
// reports throughput over their raw bytes.
func BenchmarkParseWebPages(b *testing.B) {
	files, err := filepath.Glob("../../../shared/eval/webextract/original/*.html")
	if err != nil || len(files) == 0 {
		b.Skip("webextract benchmark not available")
	}
	benchParse(b, files, Options{Boilerplate: testRules()})
}

// benchParse parses files once per iteration and reports throughput over
// their raw bytes.
func benchParse(b *testing.B, files []string, opt Options) {
	data := make([][]byte, len(files))
	var total int64
	for i, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data[i] = d
		total += int64(len(d))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for i, f := range files {
			if _, errs := Parse(f, data[i], opt); len(errs) > 0 {
				b.Fatal(errs[0])
			}
		}
	}
}
