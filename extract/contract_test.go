package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/rules"
)

// readNames is every name the extractor's source reads from a rule set by
// string, by sort, with where each is read.
type readNames map[string]map[string]string // sort → name → position

func (r readNames) add(sort, name string, pos token.Position) {
	if r[sort] == nil {
		r[sort] = map[string]string{}
	}
	if _, ok := r[sort][name]; !ok {
		r[sort][name] = pos.String()
	}
}

// scanSource parses the package's non-test files and collects the names
// they read: lexicons (Lexicon("…"), has("…", …), and any string literal
// that names a shipped lexicon, such as the entries of a list of lexicon
// names), gazetteer attributes (Attr("…")), rule attrs (X.Attrs["…"] and
// maps assigned from X.Attrs), roles (X.Role == "…", and the cue role
// constants).
func scanSource(t *testing.T, shipped map[string]bool) readNames {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	out := readNames{}
	str := func(e ast.Expr) (string, bool) {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(lit.Value)
		return s, err == nil
	}
	isSel := func(e ast.Expr, name string) bool {
		s, ok := e.(*ast.SelectorExpr)
		return ok && s.Sel.Name == name
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		attrMaps := map[string]bool{} // identifiers assigned from X.Attrs
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, rhs := range n.Rhs {
					if id, ok := n.Lhs[i].(*ast.Ident); ok && i < len(n.Lhs) && isSel(rhs, "Attrs") {
						attrMaps[id.Name] = true
					}
				}
			case *ast.CallExpr:
				var fn string
				switch x := n.Fun.(type) {
				case *ast.SelectorExpr:
					fn = x.Sel.Name
				case *ast.Ident:
					fn = x.Name
				}
				if len(n.Args) == 0 {
					break
				}
				if s, ok := str(n.Args[0]); ok {
					switch fn {
					case "Lexicon", "has":
						out.add("lexicon", s, fset.Position(n.Pos()))
					case "Attr":
						// Gazetteer entries are e in the extractor; n.Attr
						// reads a graph node's attributes, not a rule file's.
						if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
							if id, ok := sel.X.(*ast.Ident); ok && id.Name == "n" {
								break
							}
						}
						out.add("gazetteer attr", s, fset.Position(n.Pos()))
					}
				}
			case *ast.IndexExpr:
				s, ok := str(n.Index)
				if !ok {
					break
				}
				if id, isID := n.X.(*ast.Ident); isSel(n.X, "Attrs") || (isID && attrMaps[id.Name]) {
					out.add("rule attr", s, fset.Position(n.Pos()))
				}
			case *ast.BinaryExpr:
				if n.Op != token.EQL && n.Op != token.NEQ {
					break
				}
				for _, pair := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if s, ok := str(pair[1]); ok && isSel(pair[0], "Role") {
						out.add("role", s, fset.Position(n.Pos()))
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) && strings.HasPrefix(id.Name, "cue") {
						if s, ok := str(n.Values[i]); ok {
							out.add("cue role", s, fset.Position(id.Pos()))
						}
					}
				}
			case *ast.BasicLit:
				if s, ok := str(n); ok && shipped[s] {
					out.add("lexicon", s, fset.Position(n.Pos()))
				}
			}
			return true
		})
	}
	return out
}

// TestContractComplete fails when the extractor reads a name by string that
// rules.ExtractContract does not declare, so `rules check` would let its
// misspelling pass; and when the contract declares a lexicon or attribute
// that no code reads.
func TestContractComplete(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	shipped := map[string]bool{}
	for name := range set.Lexicons {
		shipped[name] = true
	}
	c := rules.ExtractContract
	read := scanSource(t, shipped)
	var allRoles, gazAttrs, ruleAttrs []string
	for _, rs := range c.Roles {
		allRoles = append(allRoles, rs...)
	}
	for _, specs := range c.GazetteerAttrs {
		for _, a := range specs {
			gazAttrs = append(gazAttrs, a.Name)
		}
	}
	for _, specs := range c.RuleAttrs {
		for _, a := range specs {
			ruleAttrs = append(ruleAttrs, a.Name)
		}
	}
	declared := map[string]func(string) bool{
		"lexicon":        func(s string) bool { _, ok := c.Lexicons[s]; return ok },
		"gazetteer attr": func(s string) bool { return slices.Contains(gazAttrs, s) },
		"rule attr":      func(s string) bool { return slices.Contains(ruleAttrs, s) },
		"role":           func(s string) bool { return slices.Contains(allRoles, s) },
		"cue role":       func(s string) bool { return slices.Contains(c.Roles["cue"], s) },
	}
	for sort, names := range read {
		for name, pos := range names {
			if !declared[sort](name) {
				t.Errorf("%s: the extractor reads %s %q; declare it in rules.ExtractContract", pos, sort, name)
			}
		}
	}
	for _, sort := range []string{"lexicon", "gazetteer attr", "rule attr", "cue role"} {
		if len(read[sort]) == 0 {
			t.Fatalf("found no %s in the source: the scanner is broken", sort)
		}
	}
	// The other way: what the contract declares is read somewhere (the
	// *_suffix qualifier lexicons are read as name + "_suffix").
	for name := range c.Lexicons {
		if _, ok := read["lexicon"][name]; !ok {
			if _, ok := read["lexicon"][strings.TrimSuffix(name, "_suffix")]; !ok {
				t.Errorf("rules.ExtractContract declares lexicon %q, which the extractor does not read", name)
			}
		}
	}
	for _, a := range gazAttrs {
		if _, ok := read["gazetteer attr"][a]; !ok {
			t.Errorf("rules.ExtractContract declares gazetteer attribute %q, which the extractor does not read", a)
		}
	}
	for _, a := range ruleAttrs {
		if _, ok := read["rule attr"][a]; !ok {
			t.Errorf("rules.ExtractContract declares rule attr %q, which the extractor does not read", a)
		}
	}
	for _, r := range allRoles {
		if _, ok := read["role"][r]; !ok {
			if _, ok := read["cue role"][r]; !ok && r != "report" {
				t.Errorf("rules.ExtractContract declares role %q, which the extractor does not read", r)
			}
		}
	}
}

// rules check validates boilerplate rules with positions for their author,
// and ingest validates them again for any caller of the library: the two
// must accept the same modes and formats, and every boilerplate rule that
// rules accepts must pass ingest's Validate.
func TestBoilerplateCheckedAlike(t *testing.T) {
	modes := []string{string(ingest.DropLine), string(ingest.Truncate), string(ingest.Remove), string(ingest.Date)}
	formats := []string{ingest.FormatMarkdown, ingest.FormatHTML, ingest.FormatText, ingest.FormatJSONL}
	for _, tc := range []struct {
		what         string
		rules, ingst []string
	}{{"modes", rules.BoilerplateModes, modes}, {"formats", rules.BoilerplateFormats, formats}} {
		a, b := slices.Sorted(slices.Values(tc.rules)), slices.Sorted(slices.Values(tc.ingst))
		if !slices.Equal(a, b) {
			t.Errorf("boilerplate %s: rules accepts %q, ingest %q", tc.what, a, b)
		}
	}
	for _, m := range rules.BoilerplateModes {
		pat := "x"
		if m == "date" {
			pat = `(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)`
		}
		src := "version: 1\nboilerplate:\n  - {id: b, mode: " + m + ", pattern: '" + pat + "', formats: [" + strings.Join(rules.BoilerplateFormats, ", ") + "]}\n"
		set, err := rules.Load(rules.Source{Name: "b.yaml", Data: []byte(src)})
		if err != nil {
			t.Fatalf("mode %s: %v", m, err)
		}
		x, err := Compile(set)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range x.IngestOptions().Boilerplate {
			if err := r.Validate(); err != nil {
				t.Errorf("rules accepts what ingest refuses: %v", err)
			}
		}
	}
}
