package rules_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/rules"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.bad.yaml.err golden files")

// load loads one in-memory rule file named t.yaml, without the defaults.
func load(src string) (*rules.Set, error) {
	return rules.Load(rules.Source{Name: "t.yaml", Data: []byte(src)})
}

// withDefaults loads the shipped files, then src as u.yaml.
func withDefaults(src string) (*rules.Set, error) {
	return rules.Load(append(rules.DefaultSources(), rules.Source{Name: "u.yaml", Data: []byte(src)})...)
}

// mustLoad returns a function that fails t on a load error:
// mustLoad(t)(rules.Default()).
func mustLoad(t *testing.T) func(*rules.Set, error) *rules.Set {
	return func(s *rules.Set, err error) *rules.Set {
		t.Helper()
		if err != nil {
			t.Fatalf("Load:\n%v", err)
		}
		return s
	}
}

// errorLines returns an error's lines: each rules.Error is a message line,
// and its hint (if any) a second line starting with a tab.
func errorLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestDefault(t *testing.T) {
	s := mustLoad(t)(rules.Default())
	if len(s.Rules) == 0 || len(s.Gazetteers) == 0 || len(s.Boilerplate) == 0 {
		t.Fatalf("Default: %d rules, %d gazetteers, %d boilerplate rules; want some of each", len(s.Rules), len(s.Gazetteers), len(s.Boilerplate))
	}
	if want := len(rules.DefaultSources()); len(s.Sources) != want {
		t.Errorf("Sources = %q, want %d files", s.Sources, want)
	}
	for _, r := range s.Rules {
		if r.Re == nil || r.Pattern == "" {
			t.Errorf("%s: rule %s not compiled", r.Pos, r.ID)
			continue
		}
		if strings.Contains(r.Pattern, "{"+"numeral}") {
			t.Errorf("%s: rule %s: macro left unexpanded in %q", r.Pos, r.ID, r.Pattern)
		}
		if r.Timeout <= 0 || r.Re.MatchTimeout != r.Timeout {
			t.Errorf("%s: rule %s: timeout %v, regexp timeout %v", r.Pos, r.ID, r.Timeout, r.Re.MatchTimeout)
		}
		if r.Window <= 0 {
			t.Errorf("%s: rule %s: window %d", r.Pos, r.ID, r.Window)
		}
		if got := s.Rule(r.ID); got != r {
			t.Errorf("Rule(%q) = %p, want %p", r.ID, got, r)
		}
	}
	for _, b := range s.Boilerplate {
		if b.Re == nil {
			t.Errorf("%s: boilerplate %s not compiled", b.Pos, b.ID)
		}
	}
	for _, g := range s.Gazetteers {
		if len(g.Entries) == 0 {
			t.Errorf("%s: gazetteer %s has no entries", g.Pos, g.ID)
		}
	}
	// The divisions table is read from the embedded file system.
	if g := s.GazetteersOf("region"); len(g) == 0 || g[0].File != "divisions.tsv" || len(g[0].Entries) < 3000 {
		t.Errorf("region gazetteers: want divisions.tsv with its ~3700 rows first")
	}
}

func TestFingerprint(t *testing.T) {
	a := mustLoad(t)(rules.Default())
	b := mustLoad(t)(rules.Default())
	if len(a.Fingerprint) != 16 || a.Fingerprint != b.Fingerprint {
		t.Fatalf("fingerprints of two loads: %q, %q; want equal, 16 hex digits", a.Fingerprint, b.Fingerprint)
	}
	// Change one byte of a comment in each shipped file in turn.
	for i := range rules.DefaultSources() {
		srcs := rules.DefaultSources()
		data := bytes.Clone(srcs[i].Data)
		j := bytes.IndexByte(data, '#')
		if j < 0 {
			t.Fatalf("%s: no comment to change", srcs[i].Name)
		}
		data[j+1] = 'X'
		srcs[i].Data = data
		c := mustLoad(t)(rules.Load(srcs...))
		if c.Fingerprint == a.Fingerprint {
			t.Errorf("%s: one byte changed, fingerprint unchanged %s", srcs[i].Name, c.Fingerprint)
		}
	}
	// A gazetteer's data file is part of the fingerprint too.
	src := "version: 1\ngazetteers:\n  - {id: region.test, kind: region, file: g.tsv, columns: [name]}\n"
	fp := func(tsv string) string {
		s := mustLoad(t)(rules.Load(rules.Source{Name: "t.yaml", Data: []byte(src), FS: fstest.MapFS{"d/g.tsv": {Data: []byte(tsv)}}, Dir: "d"}))
		return s.Fingerprint
	}
	if fp("北京市\n") == fp("天津市\n") {
		t.Errorf("gazetteer data changed, fingerprint unchanged")
	}
}

// TestBadFiles loads each testdata/*.bad.yaml on its own and compares the
// error lines with its .err golden file. go test -update rewrites them.
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/*.bad.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.bad.yaml: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			_, err = rules.Load(rules.Source{Name: filepath.ToSlash(name), Data: data, FS: os.DirFS("testdata"), Dir: "."})
			if err == nil {
				t.Fatalf("%s loaded without error", name)
			}
			var list rules.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want rules.ErrorList", err)
			}
			golden(t, name+".err", []byte(err.Error()+"\n"))
		})
	}
	// Every golden file has its rule file.
	errs, _ := filepath.Glob("testdata/*.bad.yaml.err")
	for _, e := range errs {
		if !slices.Contains(files, strings.TrimSuffix(e, ".err")) {
			t.Errorf("%s: no rule file for this golden file", e)
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (run go test -update to accept):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %q\n got %q\nwhole output:\n%s", i+1, w, g, got)
		}
	}
	return "(equal lines, different bytes)"
}

// TestErrors pins single error lines that are easier to read inline than in
// a golden file, mostly columns.
func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"yaml line", "version: 1\n\nrules:\n  - id: a\n    pattern: 合计: 5元\n", []string{
			"t.yaml:5:1: yaml: mapping values are not allowed in this context",
			"\ttry quoting patterns with single quotes ('…'); inside them write '' for a quote",
		}},
		{"empty", "# nothing but a comment\n", []string{
			"t.yaml:1:1: empty rule file",
			"\tstart the file with `version: 1`",
		}},
		{"not a mapping", "- version: 1\n", []string{
			"t.yaml:1:1: a rule file must be a mapping of sections",
			"\tstart the file with `version: 1`, then any of: version, description, disable, macros, lexicons, gazetteers, rules, boilerplate, indicators",
		}},
		{"version 2", "version: 2\n", []string{
			`t.yaml:1:10: unsupported version "2"`,
			"\tthis policygraph reads version 1 rule files",
		}},
		// Columns count runes: 地区 is the 21st rune of its line, the 22nd byte.
		{"unknown kind after Chinese", "version: 1\nrules:\n  - {id: 省.x, kind: 地区, pattern: 'x', anchors: [x]}\n", []string{
			`t.yaml:3:21: unknown rule kind "地区"`,
			"\ttry one of: region, agency, plan, amount, quantity, exclude, alias, dateline, cue",
		}},
		{"undefined macro after Chinese", "version: 1\nrules:\n  - id: a\n    kind: amount\n    anchors: [元]\n    pattern: '资金规模达{num}元'\n", []string{
			"t.yaml:6:20: undefined macro {num}",
			"\tdefine it under macros: or lexicons:",
		}},
		{"macro typo", "version: 1\nrules:\n  - {id: a, kind: amount, anchors: [元], pattern: '人民币{numerl}元'}\n", []string{
			"t.yaml:3:54: undefined macro {numerl}",
			"\tdid you mean {numeral}? or define it under macros: or lexicons:",
		}},
		{"undefined macro in a macro", "version: 1\nmacros:\n  money: '{numeral}万?{yuan}'\nrules:\n  - {id: a, kind: amount, anchors: [元], pattern: '{money}'}\n  - {id: b, kind: amount, anchors: [元], pattern: '约{money}'}\n", []string{
			// reported once, where the macro says it, not once per rule
			"t.yaml:3:22: undefined macro {yuan}",
			"\tdefine it under macros: or lexicons:",
		}},
		{"bad pattern in plain scalar", "version: 1\nrules:\n  - id: a\n    kind: amount\n    anchors: [元]\n    pattern: 资金[0-9+元\n", []string{
			"t.yaml:6:14: pattern: unterminated [] set in `资金[0-9+元`",
			"\tregexp2 uses the .NET dialect: (?<name>…) groups, lookarounds, \\p{Han}; quote patterns with '…'",
		}},
		{"bad pattern in double quotes", "version: 1\nrules:\n  - id: a\n    kind: amount\n    anchors: [元]\n    pattern: \"资金**元\"\n", []string{
			"t.yaml:6:15: pattern: invalid nested repetition operator in `资金**元`",
			"\tregexp2 uses the .NET dialect: (?<name>…) groups, lookarounds, \\p{Han}; quote patterns with '…'",
		}},
		{"unknown scan", "version: 1\nrules:\n  - {id: a, kind: amount, pattern: x, scan: number}\n", []string{
			"t.yaml:3:6: rule a has no anchors",
			"\tadd `anchors: [元]` (literal strings that every match contains; the pattern then runs only near them), `scan: numbers` (a pattern that starts with a number) or `scan: full` (slower)",
			`t.yaml:3:45: unknown scan mode "number"`,
			"\twrite `scan: numbers` (patterns that start with a number), `scan: full` (the whole text), or give anchors",
		}},
		{"anchors and full", "version: 1\nrules:\n  - {id: a, kind: amount, pattern: x, scan: full, anchors: [x]}\n", []string{
			"t.yaml:3:6: rule a has both anchors and scan: full",
			"\tremove `anchors:` or `scan: full`",
		}},
		{"anchor lexicon", "version: 1\nlexicons:\n  units: [元]\nrules:\n  - {id: a, kind: amount, pattern: x, anchors: ['@unit']}\n", []string{
			"t.yaml:5:6: rule a: anchor @unit names no lexicon",
			`	did you mean "units"? (valid: units)`,
			"t.yaml:5:6: rule a has no anchors",
			"\tadd `anchors: [元]` (literal strings that every match contains; the pattern then runs only near them), `scan: numbers` (a pattern that starts with a number) or `scan: full` (slower)",
		}},
		{"duplicate key", "version: 1\nversion: 1\n", []string{
			`t.yaml:2:1: duplicate key "version"`,
			"\tremove one of them",
		}},
		{"window", "version: 1\nrules:\n  - {id: a, kind: amount, pattern: x, anchors: [x], window: 九}\n", []string{
			`t.yaml:3:61: expected an integer, found "九"`,
			"\twrite a whole number",
			"t.yaml:3:61: window 0 out of range",
			"\tuse a window between 1 and 2000 runes",
		}},
		{"cue without role", "version: 1\nrules:\n  - {id: a, kind: cue, pattern: x, anchors: [x]}\n", []string{
			"t.yaml:3:6: rule a has no role",
			"\tcue rules say what they signal: role: goal, past, forecast, condition or deadline",
		}},
		{"exclude", "version: 1\nrules:\n  - {id: a, kind: exclude, pattern: x, anchors: [x], suppress: [amounts]}\n", []string{
			`t.yaml:3:6: rule a: cannot suppress "amounts"`,
			`	did you mean "amount"? (valid: region, agency, plan, amount, quantity)`,
		}},
		{"gazetteer without file system", "version: 1\ngazetteers:\n  - {id: g, kind: region, file: g.tsv, columns: [name]}\n", []string{
			"t.yaml:3:33: gazetteer g: no file system for g.tsv",
			"\tdata files can only be named from rule files on disk",
		}},
		{"block pattern", "version: 1\nrules:\n  - id: a\n    kind: amount\n    anchors: [元]\n    pattern: >-\n      金额{numeral}{yuan}\n", []string{
			"t.yaml:7:18: undefined macro {yuan}",
			"\tdefine it under macros: or lexicons:",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(tc.src)
			if got := errorLines(err); !slices.Equal(tc.want, got) {
				t.Errorf("errors:\nwant %q\n got %q", tc.want, got)
			}
		})
	}
}

func TestErrorList(t *testing.T) {
	var empty rules.ErrorList
	if err := empty.Err(); err != nil {
		t.Errorf("nil ErrorList: Err() = %v, want nil", err)
	}
	if err := (rules.ErrorList{}).Err(); err != nil {
		t.Errorf("empty ErrorList: Err() = %v, want nil", err)
	}

	var l rules.ErrorList
	l.Add(rules.Pos{File: "b.yaml", Line: 1, Col: 1}, "", "b1")
	l.Add(rules.Pos{File: "a.yaml", Line: 10, Col: 2}, "", "a10")
	l.Add(rules.Pos{File: "a.yaml", Line: 2, Col: 7}, "try this", "a2.7 %d", 7)
	l.Add(rules.Pos{File: "a.yaml", Line: 2, Col: 3}, "", "a2.3")
	err := l.Err()
	want := "a.yaml:2:3: a2.3\na.yaml:2:7: a2.7 7\n\ttry this\na.yaml:10:2: a10\nb.yaml:1:1: b1"
	if err == nil || err.Error() != want {
		t.Errorf("Err():\nwant %q\n got %v", want, err)
	}

	for _, tc := range []struct {
		pos  rules.Pos
		want string
	}{
		{rules.Pos{File: "f.yaml", Line: 3, Col: 4}, "f.yaml:3:4"},
		{rules.Pos{Line: 3, Col: 4}, "3:4"},
		{rules.Pos{File: "f.yaml"}, "f.yaml"},
	} {
		if got := tc.pos.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

// TestAllAtOnce: every mistake in a file is reported, in order, not just
// the first.
func TestAllAtOnce(t *testing.T) {
	data, err := os.ReadFile("testdata/three-mistakes.bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = rules.Load(rules.Source{Name: "three.yaml", Data: data})
	var list rules.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T, want rules.ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Pos.String())
	}
	if want := []string{"three.yaml:4:11", "three.yaml:9:15", "three.yaml:11:5"}; !slices.Equal(want, got) {
		t.Errorf("positions: want %q, got %q\n%v", want, got, err)
	}
}

func TestOverride(t *testing.T) {
	base := mustLoad(t)(rules.Default())
	s := mustLoad(t)(withDefaults(`version: 1
rules:
  - id: amount.money
    kind: amount
    description: only 元
    pattern: '(?<q>{numeral}元)'
    scan: numbers
    anchors: [元]
    capture: q
`))
	r := s.Rule("amount.money")
	if r == nil {
		t.Fatal("amount.money missing after override")
	}
	if r.Raw != "(?<q>{numeral}元)" || r.Pos.File != "u.yaml" || r.Description != "only 元" {
		t.Errorf("amount.money: Raw %q at %s; want the override's pattern from u.yaml", r.Raw, r.Pos)
	}
	if len(s.Rules) != len(base.Rules) {
		t.Errorf("override changed the number of rules: %d → %d", len(base.Rules), len(s.Rules))
	}
	// It keeps its place among the rules.
	if i, j := slices.Index(ids(base.Rules), "amount.money"), slices.Index(ids(s.Rules), "amount.money"); i != j {
		t.Errorf("amount.money moved from %d to %d", i, j)
	}
	if m, err := r.Re.MatchString("3美元"); err != nil || m {
		t.Errorf("override pattern matched 3美元 (%v); the shipped one is still used", err)
	}
	if m, err := r.Re.MatchString("3元"); err != nil || !m {
		t.Errorf("override pattern did not match 3元 (%v)", err)
	}
	if s.Fingerprint == base.Fingerprint {
		t.Errorf("a user file did not change the fingerprint")
	}
}

func ids(rs []*rules.Rule) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestDisable(t *testing.T) {
	s := mustLoad(t)(withDefaults("version: 1\ndisable: [amount.money, region.economic, boilerplate.related]\n"))
	if s.Rule("amount.money") != nil || slices.Contains(ids(s.Rules), "amount.money") {
		t.Errorf("rule amount.money still there")
	}
	for _, g := range s.Gazetteers {
		if g.ID == "region.economic" {
			t.Errorf("gazetteer region.economic still there")
		}
	}
	for _, b := range s.Boilerplate {
		if b.ID == "boilerplate.related" {
			t.Errorf("boilerplate.related still there")
		}
	}
	base := mustLoad(t)(rules.Default())
	if len(s.Rules) != len(base.Rules)-1 || len(s.Gazetteers) != len(base.Gazetteers)-1 || len(s.Boilerplate) != len(base.Boilerplate)-1 {
		t.Errorf("disable removed %d rules, %d gazetteers, %d boilerplate; want 1 each",
			len(base.Rules)-len(s.Rules), len(base.Gazetteers)-len(s.Gazetteers), len(base.Boilerplate)-len(s.Boilerplate))
	}
	// Disabling does not touch the shipped set loaded before.
	if base.Rule("amount.money") == nil {
		t.Errorf("Default() lost amount.money")
	}

	// Against the shipped ids, an unknown id gets the nearest one.
	_, err := withDefaults("version: 1\ndisable: [amount.mony]\n")
	if got := errorLines(err); len(got) != 2 || got[0] != `u.yaml:2:11: disable: no rule, gazetteer, boilerplate or indicator has id "amount.mony"` ||
		!strings.HasPrefix(got[1], `	did you mean "amount.money"?`) {
		t.Errorf("disable amount.mony:\n%v", err)
	}
}

func TestLexiconAppend(t *testing.T) {
	base := mustLoad(t)(rules.Default())
	s := mustLoad(t)(withDefaults("version: 1\nlexicons:\n  money_units+: [比特币, 元宝]\n"))
	want := append(slices.Clone(base.Lexicon("money_units")), "比特币", "元宝")
	if got := s.Lexicon("money_units"); !slices.Equal(want, got) {
		t.Errorf("money_units:\nwant %q\n got %q", want, got)
	}
	if got := base.Lexicon("money_units"); slices.Contains(got, "比特币") {
		t.Errorf("appending changed the shipped lexicon: %q", got)
	}
	// Patterns that use {money_units} see the new words.
	r := s.Rule("amount.money")
	if m, err := r.Re.MatchString("5比特币"); err != nil || !m {
		t.Errorf("amount.money does not match 5比特币 after money_units+ (%v)", err)
	}
	// So do anchors written @money_units.
	if !slices.Contains(r.Anchors, "比特币") {
		t.Errorf("amount.money anchors %q lack 比特币", r.Anchors)
	}
	// Without +, a lexicon is replaced.
	s = mustLoad(t)(withDefaults("version: 1\nlexicons:\n  money_units: [元]\n"))
	if got := s.Lexicon("money_units"); !slices.Equal(got, []string{"元"}) {
		t.Errorf("money_units replaced: got %q", got)
	}
}

// TestGazetteerFile: a user file's data file is read from beside it,
// whatever the working directory.
func TestGazetteerFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rulesPath := write("my/rules.yaml", "version: 1\ngazetteers:\n  - id: region.mine\n    kind: region\n    file: data/places.tsv\n    columns: [code, name, aliases]\n")
	write("my/data/places.tsv", "# code\tname\taliases\nX1\t雄安新区\t雄安, 雄安新区管委会\nX2\t前海\t\n")
	write("my/notes.txt", "not a rule file")
	for _, arg := range []string{rulesPath, filepath.Dir(rulesPath)} {
		s := mustLoad(t)(rules.LoadWithDefaults(arg))
		var g *rules.Gazetteer
		for _, x := range s.Gazetteers {
			if x.ID == "region.mine" {
				g = x
			}
		}
		if g == nil {
			t.Fatalf("LoadWithDefaults(%s): no gazetteer region.mine", arg)
		}
		if len(g.Entries) != 2 || g.Entries[0].Name != "雄安新区" || !slices.Equal(g.Entries[0].Aliases, []string{"雄安", "雄安新区管委会"}) ||
			g.Entries[0].Attr("code") != "X1" || g.Entries[1].Aliases != nil {
			t.Errorf("entries: %+v %+v", g.Entries[0], g.Entries[1])
		}
		if got := g.Entries[1].Pos; got.Line != 3 {
			t.Errorf("second entry at %s, want line 3", got)
		}
	}
	// A missing data file is reported at the file: value.
	bad := write("other/rules.yaml", "version: 1\ngazetteers:\n  - {id: region.x, kind: region, file: nope.tsv, columns: [name]}\n")
	_, err := rules.LoadWithDefaults(bad)
	if got := errorLines(err); len(got) != 2 || !strings.HasPrefix(got[0], bad+":3:40: gazetteer region.x: open ") {
		t.Errorf("missing data file:\n%v", err)
	}
	if _, err := rules.LoadWithDefaults(filepath.Join(dir, "none.yaml")); err == nil {
		t.Errorf("LoadWithDefaults of a missing file: no error")
	}
	if _, err := rules.LoadWithDefaults(filepath.Join(dir, "my", "data")); err == nil || !strings.Contains(err.Error(), "no .yaml files") {
		t.Errorf("LoadWithDefaults of a directory without rule files: %v", err)
	}
}

func TestMacros(t *testing.T) {
	s := mustLoad(t)(load(`version: 1
macros:
  unit: '(?:万|亿)?元'
  money: '{numeral}{unit}'
lexicons:
  odd: ['$1', '(试点)', 'a.b', 'x+', 北京, 北京市]
rules:
  - {id: m, kind: amount, anchors: [元], pattern: '{money}'}
  - {id: l, kind: plan, anchors: [试点], pattern: '{odd}'}
  - {id: b, kind: quantity, anchors: [元], pattern: '{quantity}{scale}?{range_sep}{numeral}'}
  - {id: u, kind: region, anchors: [省], pattern: '\p{Han}{2,7}省\P{Han}{1}\{unit}'}
`))
	numeral := rules.Builtins["numeral"]
	if got, want := s.Rule("m").Pattern, "(?:(?:"+numeral+")(?:(?:万|亿)?元))"; got != want {
		t.Errorf("macro pattern:\nwant %q\n got %q", want, got)
	}
	if got, want := s.Rule("l").Pattern, `(?:\(试点\)|a\.b|北京市|\$1|x\+|北京)`; got != want {
		t.Errorf("lexicon pattern (longest first, escaped):\nwant %q\n got %q", want, got)
	}
	if got, want := s.Rule("b").Pattern, "(?:"+rules.Builtins["quantity"]+")(?:"+rules.Builtins["scale"]+")?(?:"+rules.Builtins["range_sep"]+")(?:"+numeral+")"; got != want {
		t.Errorf("builtins:\nwant %q\n got %q", want, got)
	}
	if got, want := s.Rule("u").Pattern, `\p{Han}{2,7}省\P{Han}{1}\{unit}`; got != want {
		t.Errorf("\\p{Han}, {2,7} and \\{ must be left alone:\nwant %q\n got %q", want, got)
	}

	// Lexicon words match literally.
	l := s.Rule("l").Re
	for text, want := range map[string]string{
		"开展(试点)工作": "(试点)",
		"开展试点工作":   "",
		"收费$1":     "$1",
		"a.b":      "a.b",
		"axb":      "",
		"xxx+":     "x+",
		"北京市海淀区":   "北京市",
		"在北京":      "北京",
	} {
		if got := match(t, l, text); got != want {
			t.Errorf("{odd} in %q: got %q, want %q", text, got, want)
		}
	}
	if got := match(t, s.Rule("m").Re, "投入三千万元"); got != "三千万元" {
		t.Errorf("{money} in 投入三千万元: got %q", got)
	}
}

func match(t *testing.T, re *regexp2.Regexp, text string) string {
	t.Helper()
	m, err := re.FindStringMatch(text)
	if err != nil {
		t.Fatal(err)
	}
	if m == nil {
		return ""
	}
	return m.String()
}

func TestMacroCycle(t *testing.T) {
	for _, src := range []string{
		"version: 1\nmacros:\n  a: '{a}'\nrules:\n  - {id: r, kind: cue, role: goal, anchors: [x], pattern: 'x{a}'}\n",
		"version: 1\nmacros:\n  a: 'x{b}'\n  b: 'y{c}'\n  c: '{a}'\nrules:\n  - {id: r, kind: cue, role: goal, anchors: [x], pattern: '{a}'}\n",
		// Eight references to itself: 8^10 expansions before the fix.
		"version: 1\nmacros:\n  a: '{a}{a}{a}{a}{a}{a}{a}{a}'\nrules:\n  - {id: r, kind: cue, role: goal, anchors: [x], pattern: 'x{a}'}\n",
		// No cycle, but 16 bytes × 8^8: the expansion is capped.
		"version: 1\nmacros:\n  a0: 'xxxxxxxxxxxxxxxx'\n" + chain(8) + "rules:\n  - {id: r, kind: cue, role: goal, anchors: [x], pattern: 'x{a8}'}\n",
	} {
		done := make(chan error, 1)
		go func() {
			_, err := load(src)
			done <- err
		}()
		select {
		case err := <-done:
			var list rules.ErrorList
			if !errors.As(err, &list) || len(list) == 0 || len(list) > 8 {
				t.Errorf("%q: want a few errors, got %d:\n%.500v", src, len(list), err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: Load hangs", src)
		}
	}
}

// chain returns macros a1 … an, each using the one before eight times.
func chain(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  a%d: '%s'\n", i, strings.Repeat(fmt.Sprintf("{a%d}", i-1), 8))
	}
	return b.String()
}

func TestScanNumbers(t *testing.T) {
	s := mustLoad(t)(load(`version: 1
rules:
  - {id: n, kind: amount, scan: numbers, pattern: '\d+元'}
  - {id: a, kind: amount, anchors: [元], pattern: '\d+元'}
`))
	n, a := s.Rule("n"), s.Rule("a")
	if !n.Numbers || a.Numbers {
		t.Fatalf("Numbers: n %v, a %v", n.Numbers, a.Numbers)
	}
	// \d compiles as [0-9] (asciiDigits); Pattern keeps what was written.
	if got, want := n.Re.String(), `\G(?:[0-9]+元)`; got != want {
		t.Errorf("scan: numbers compiles to %q, want %q", got, want)
	}
	if n.Pattern != `\d+元` {
		t.Errorf("Pattern = %q, want it without \\G", n.Pattern)
	}
	if got := a.Re.String(); got != `[0-9]+元` {
		t.Errorf("an anchored rule compiles to %q", got)
	}
	if n.Window != rules.DefaultNumberWindow || a.Window != rules.DefaultWindow {
		t.Errorf("windows: numbers %d, anchors %d", n.Window, a.Window)
	}
	// It matches only at the offset it is started at.
	text := []rune("共计100元，另有20元")
	for _, tc := range []struct {
		at   int
		want string
	}{{0, ""}, {1, ""}, {2, "100元"}, {3, "00元"}, {6, ""}, {9, "20元"}} {
		m, err := n.Re.FindRunesMatchStartingAt(text, tc.at)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if m != nil {
			got = m.String()
		}
		if got != tc.want {
			t.Errorf("at %d: got %q, want %q", tc.at, got, tc.want)
		}
	}
	// The same holds for the shipped number rules.
	d := mustLoad(t)(rules.Default())
	nums := 0
	for _, r := range d.Rules {
		if r.Numbers {
			nums++
			// Compiled with its lexicons factored: see FactoredAlternation.
			if got := r.Re.String(); !strings.HasPrefix(got, `\G(?:`) || !strings.HasSuffix(got, `)`) {
				t.Errorf("%s: %s compiles to %q, want it pinned with \\G(?:…)", r.Pos, r.ID, got)
			}
		}
	}
	if nums == 0 {
		t.Errorf("no shipped rule has scan: numbers")
	}
}

func TestReadSources(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"b.yml": "version: 1\n", "a.yaml": "version: 1\n", "c.txt": "x", "d.YAML": "version: 1\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "e.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	srcs, err := rules.ReadSources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.Name))
	}
	if want := []string{"a.yaml", "b.yml", "d.YAML"}; !slices.Equal(want, got) {
		t.Errorf("ReadSources(dir) = %q, want %q", got, want)
	}
}

// A rule file's data files are read inside its folder: ../ and symlinks
// that lead out are refused (file: "../../../../../etc/shadow" loaded),
// and so are FIFOs and devices, which would block or never end.
func TestDataFilesStayInside(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.tsv")
	if err := os.WriteFile(secret, []byte("机密\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rulesDir := filepath.Join(dir, "rules")
	if err := os.MkdirAll(rulesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(rulesDir, "link.tsv")); err != nil {
		t.Skip(err)
	}
	for _, file := range []string{"../secret.tsv", "../../../../../etc/passwd", "link.tsv", "/dev/zero", "../rules/../secret.tsv"} {
		p := filepath.Join(rulesDir, "r.yaml")
		y := fmt.Sprintf("version: 1\ngazetteers:\n  - {id: region.x, kind: region, file: %q, columns: [name]}\nlexicons:\n  words: {file: %q}\n", file, file)
		if err := os.WriteFile(p, []byte(y), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := rules.LoadWithDefaults(p)
		if err == nil {
			t.Errorf("file: %q was loaded", file)
			continue
		}
		if strings.Contains(err.Error(), "机密") {
			t.Errorf("file: %q: the secret is in the message: %v", file, err)
		}
	}
	// Inside the folder is fine.
	if err := os.WriteFile(filepath.Join(rulesDir, "ok.tsv"), []byte("雄安新区\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(rulesDir, "r.yaml")
	os.WriteFile(p, []byte("version: 1\ngazetteers:\n  - {id: region.x, kind: region, file: ok.tsv, columns: [name]}\n"), 0o644)
	if _, err := rules.LoadWithDefaults(p); err != nil {
		t.Errorf("a data file beside the rule file: %v", err)
	}
}

// Timeouts have a ceiling; rule files are regular files of bounded size.
func TestTimeoutCeilingAndFileLimits(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.yaml")
	for timeout, ok := range map[string]bool{"1h": false, "11s": false, "10s": true, "2s": true} {
		y := fmt.Sprintf("version: 1\nrules:\n  - {id: amount.x, kind: amount, pattern: '\\d+亿', anchors: [亿], timeout: %s}\n", timeout)
		if err := os.WriteFile(p, []byte(y), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := rules.LoadWithDefaults(p)
		if ok != (err == nil) {
			t.Errorf("timeout %s: err %v, want ok %v", timeout, err, ok)
		}
		if !ok && err != nil && !strings.Contains(err.Error(), "over the ceiling of 10s") {
			t.Errorf("timeout %s: %v", timeout, err)
		}
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		if _, err := rules.LoadWithDefaults("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("/dev/zero as a rule file: %v", err)
		}
	}
}
