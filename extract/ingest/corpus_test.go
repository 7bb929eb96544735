package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusDir is the shared corpus of real documents beside the repository.
const corpusDir = "../../../shared/corpus"

// corpusFiles lists the corpus documents Walk yields, raw/ excluded; it
// skips the test when the corpus is absent.
func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	var files []string
	err := Walk([]string{corpusDir}, func(path string, err error) error {
		if err != nil {
			return err
		}
		// raw/ holds undecoded downloads; SOURCES*.md and README.md
		// describe the corpus (and quote markup on purpose).
		base := filepath.Base(path)
		if !strings.Contains(filepath.ToSlash(path), "/raw/") && !strings.HasPrefix(base, "SOURCES") && base != "README.md" {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// tagRemnant finds markup that should never survive into Text.
var tagRemnant = regexp.MustCompile(`(?i)</?(?:span|p|div|a|br|strong|img|td|tr|table|font|center|h[1-6])[\s>/]|<!--`)

// entityRemnant finds character references that converters should have decoded.
var entityRemnant = regexp.MustCompile(`&(?:nbsp|lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);`)

func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	opt := Options{Boilerplate: testRules()}
	records := map[string]int{}
	bySeed := map[string]*Document{}
	for _, path := range files {
		docs, errs := ReadFile(path, opt)
		for _, err := range errs {
			t.Errorf("%v", err)
		}
		if len(docs) == 0 && len(errs) == 0 {
			t.Errorf("%s: no documents", path)
		}
		records[filepath.Base(path)] = len(docs)
		for _, d := range docs {
			if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
				t.Errorf("%s: invalid UTF-8", d.Source)
			}
			// SOURCE.md and SOURCES-2.md describe the corpus: they quote
			// markup and entities in code spans.
			describes := strings.HasPrefix(d.Name, "SOURCE")
			if m := tagRemnant.FindString(d.Text); m != "" && !describes {
				i := strings.Index(d.Text, m)
				t.Errorf("%s: markup %q left in Text: …%s…", d.Source, m, excerpt(d.Text, i))
			}
			if m := entityRemnant.FindString(d.Text); m != "" && d.Format != FormatText && !describes {
				t.Errorf("%s: entity %q left in Text", d.Source, m)
			}
			if d.Title != "" && !strings.HasPrefix(d.Text, d.Title+"\n") && d.Text != d.Title {
				t.Errorf("%s: Text does not start with the title line %q", d.Source, d.Title)
			}
			if strings.Contains(d.Text, "\r") || strings.Contains(d.Text, "\n\n\n") {
				t.Errorf("%s: Text has CR or more than one blank line in a row", d.Source)
			}
			if d.Encoding != encUTF8 {
				t.Errorf("%s: encoding %s, want utf-8", d.Source, d.Encoding)
			}
			if strings.Contains(filepath.ToSlash(path), "/seeds/") {
				bySeed[d.Name] = d
			}
		}
	}
	if n := records["xwlb.jsonl"]; n != 632 {
		t.Errorf("xwlb.jsonl: %d records, want 632", n)
	}
	// The seeds' titles.
	for name, want := range map[string]string{
		"000_c5096bd17f8db5e5.txt": "深圳：提升技术创新能级加大关键核心及共性技术攻关力度",
		"001_ba5c595a8b540c13.txt": "山东今年投入145亿攻关“高精尖”",
		"002_b8ed4118ef9d0dca.txt": "深圳发布培育新能源产业集群行动计划等7份行动计划",
		"003_8f4af00f1b298b53.txt": "长三角科技创新共同体建设进展如何?这场发布会给出详细解答",
		"004_b355d1f23c7b29c0.txt": "為推動(dòng)制造業(yè)高質(zhì)量發(fā)展持續(xù)注入新動(dòng)能、塑造新優(yōu)勢(shì)",
	} {
		d := bySeed[name]
		if d == nil {
			t.Errorf("seed %s not parsed", name)
			continue
		}
		if d.Title != want {
			t.Errorf("seed %s: Title = %q, want %q", name, d.Title, want)
		}
	}
}

func excerpt(s string, i int) string {
	lo, hi := max(0, i-60), min(len(s), i+60)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return s[lo:hi]
}
