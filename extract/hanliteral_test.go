package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// hanLiterals returns, for Go source src, the position and text of every
// string or rune literal that holds a Han character.
func hanLiterals(fset *token.FileSet, name string, src any) ([]string, error) {
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
			return true
		}
		v := lit.Value
		if lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				v = s // so that an escape such as \u7701 counts too
			}
		} else if r, _, _, err := strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\''); err == nil {
			v = string(r)
		}
		if strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			out = append(out, fset.Position(lit.Pos()).String()+": "+lit.Value)
		}
		return true
	})
	return out, nil
}

// TestNoHanLiterals fails when a non-test Go file under extract/ holds a
// string or rune literal with a Han character: Chinese vocabulary lives in
// the rule files (rules/default/*.yaml, declared in rules.ExtractContract),
// in embedded data files, or in package number (the numeral alphabet).
func TestNoHanLiterals(t *testing.T) {
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files++
		found, err := hanLiterals(fset, path, nil)
		if err != nil {
			return err
		}
		for _, f := range found {
			t.Errorf("%s: Chinese in Go; move the word to a rule-file lexicon (rules/default) or a data file", f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 30 {
		t.Fatalf("scanned only %d files: the walk is broken", files)
	}
}

// TestHanLiteralsDetector shows the check can fail: it finds every kind of
// literal that holds Han, and nothing in comments or plain ASCII.
func TestHanLiteralsDetector(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"package p\nvar levels = []string{\"省\", \"市\"}\n", 2},
		{"package p\nfunc f(r rune) bool { return r == '委' }\n", 1},
		{"package p\nvar re = `(20\\d\\d)\\s*年`\n", 1},
		{"package p\nvar s = \"\\u7701\"\n", 1},
		{"package p\n// 省 in a comment is fine\nvar s = \"ascii\"\nvar r = '\\n'\n", 0},
	} {
		got, err := hanLiterals(token.NewFileSet(), "p.go", tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want {
			t.Errorf("%q: found %q, want %d literals", tc.src, got, tc.want)
		}
	}
}
