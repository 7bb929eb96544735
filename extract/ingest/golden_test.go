package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden and the encoded testdata files")

// encodedTestdata are test documents kept as UTF-8 sources in testdata/src
// and committed encoded; TestEncodedTestdata checks that they agree.
var encodedTestdata = []struct {
	src, dst string
	enc      encoding.Encoding
}{
	{"src/gbk_notice.utf8", "gbk_notice.txt", simplifiedchinese.GBK},
	{"src/big5_notice.utf8", "big5_notice.txt", traditionalchinese.Big5},
}

func TestEncodedTestdata(t *testing.T) {
	for _, e := range encodedTestdata {
		src, err := os.ReadFile(filepath.Join("testdata", e.src))
		if err != nil {
			t.Fatal(err)
		}
		want, err := e.enc.NewEncoder().Bytes(src)
		if err != nil {
			t.Fatalf("encode %s: %v", e.src, err)
		}
		dst := filepath.Join("testdata", e.dst)
		if *update {
			if err := os.WriteFile(dst, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(dst)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not %s encoded; run go test -run TestEncodedTestdata -update", dst, e.src)
		}
	}
}

// goldenResult is what a .golden file holds for a JSON Lines input; other
// inputs' .golden files hold the Document alone.
type goldenResult struct {
	Documents []*Document
	Errors    []string
}

func TestGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Boilerplate: testRules()}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".golden") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			o := opt
			o.Source = filepath.ToSlash(path) // not the absolute path: the goldens must not depend on the checkout
			docs, errs := ReadFile(path, o)
			var v any
			if strings.HasSuffix(name, ".jsonl") {
				r := goldenResult{Documents: docs}
				for _, e := range errs {
					r.Errors = append(r.Errors, e.Error())
				}
				v = r
			} else {
				for _, e := range errs {
					t.Errorf("%v", e)
				}
				if len(docs) != 1 {
					t.Fatalf("%d documents, want 1", len(docs))
				}
				v = docs[0]
			}
			got, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := path + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff\ngot:\n%s", path, golden, got)
			}
		})
	}
	if n < 8 {
		t.Errorf("only %d golden inputs in testdata", n)
	}
}
