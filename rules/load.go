package rules

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

//go:embed default/*.yaml default/*.tsv default/*.txt
var defaultFS embed.FS

// Source is one rule file to load: its name (for messages), its bytes, and
// the file system that data files it names (gazetteer "file:") are read from.
type Source struct {
	Name string
	Data []byte
	FS   fs.FS  // where "file:" references are resolved
	Dir  string // directory of Name inside FS
}

// DefaultSources returns the embedded default rule files, in name order.
func DefaultSources() []Source {
	names, err := fs.Glob(defaultFS, "default/*.yaml")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(names)
	out := make([]Source, 0, len(names))
	for _, n := range names {
		data, err := defaultFS.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out = append(out, Source{Name: "builtin:" + path.Base(n), Data: data, FS: defaultFS, Dir: "default"})
	}
	return out
}

// ReadSources reads user rule files: each path is a .yaml/.yml file or a
// directory whose .yaml/.yml files are read in name order.
func ReadSources(paths []string) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("rules %s: %w", p, err)
		}
		files := []string{p}
		if st.IsDir() {
			files = nil
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, fmt.Errorf("rules %s: %w", p, err)
			}
			for _, e := range ents {
				if ext := strings.ToLower(filepath.Ext(e.Name())); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
					files = append(files, filepath.Join(p, e.Name()))
				}
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("rules %s: no .yaml files in directory", p)
			}
		}
		for _, f := range files {
			data, err := readLimited(f)
			if err != nil {
				return nil, fmt.Errorf("rules %s: %w", f, err)
			}
			// Data files named by the rule file ("file:") are read inside
			// its folder and nowhere else: an os.Root refuses ../ and
			// symlinks that lead out, so a rule file from elsewhere cannot
			// load /etc/shadow as a gazetteer.
			root, err := os.OpenRoot(filepath.Dir(f))
			if err != nil {
				return nil, fmt.Errorf("rules %s: %w", f, err)
			}
			out = append(out, Source{Name: f, Data: data, FS: root.FS(), Dir: "."})
		}
	}
	return out, nil
}

// Default loads the embedded rule set.
func Default() (*Set, error) { return Load(DefaultSources()...) }

// LoadWithDefaults loads the embedded rules, then the user files or
// directories in paths on top of them.
func LoadWithDefaults(paths ...string) (*Set, error) {
	user, err := ReadSources(paths)
	if err != nil {
		return nil, err
	}
	return Load(append(DefaultSources(), user...)...)
}

// Load parses and checks rule sources, later ones overriding earlier ones by
// id. It reports every mistake at once, as an [ErrorList].
func Load(sources ...Source) (*Set, error) {
	var errs ErrorList
	files := make([]*file, 0, len(sources))
	h := sha256.New()
	for _, src := range sources {
		fmt.Fprintf(h, "%s\x00%d\x00", path.Base(src.Name), len(src.Data))
		h.Write(src.Data)
		f := parseFile(src, &errs)
		if f != nil {
			files = append(files, f)
			for _, g := range f.gazetteers {
				if g.dataHash != "" {
					fmt.Fprintf(h, "\x00%s", g.dataHash)
				}
			}
			for _, d := range f.dataHashes {
				fmt.Fprintf(h, "\x00%s", d)
			}
		}
	}
	s := merge(files, &errs)
	s.Fingerprint = hex.EncodeToString(h.Sum(nil))[:16]
	for _, src := range sources {
		s.Sources = append(s.Sources, src.Name)
	}
	check(s, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// file is one parsed rule file, before merging.
type file struct {
	name        string
	dataHashes  []string
	disable     []posString
	macros      []*Macro
	lexicons    []*lexiconDef
	gazetteers  []*gazetteerDef
	rules       []*Rule
	boilerplate []*Boilerplate
	indicators  []*Indicator
}

type posString struct {
	s   string
	pos Pos
}

type lexiconDef struct {
	*Lexicon
	extend bool // written "name+": appends to an earlier lexicon
}

type gazetteerDef struct {
	*Gazetteer
	dataHash string
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func parseFile(src Source, errs *ErrorList) *file {
	var doc yaml.Node
	if err := yaml.Unmarshal(src.Data, &doc); err != nil {
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLine.ReplaceAllString(msg, "")
		msg = strings.TrimLeft(msg, ": ")
		errs.Add(Pos{src.Name, line, 1}, "try quoting patterns with single quotes ('…'); inside them write '' for a quote", "yaml: %s", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		errs.Add(Pos{src.Name, 1, 1}, "start the file with `version: 1`", "empty rule file")
		return nil
	}
	p := &parser{src: src, errs: errs}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "start the file with `version: 1`, then any of: "+strings.Join(topKeys, ", "), "a rule file must be a mapping of sections")
		return nil
	}
	f := &file{name: src.Name}
	defer func() { f.dataHashes = p.hashes }()
	sawVersion := false
	p.mapping(root, topKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "version":
			sawVersion = true
			if v.Value != "1" {
				p.errorf(v, "this policygraph reads version 1 rule files", "unsupported version %q", v.Value)
			}
		case "description":
			p.str(v)
		case "disable":
			for _, n := range p.seq(v) {
				f.disable = append(f.disable, posString{p.str(n), p.pos(n)})
			}
		case "macros":
			p.mapping(v, nil, func(name string, k, v *yaml.Node) {
				if !isIdent(name) {
					p.errorf(k, "names are letters, digits and _; start with a letter", "bad macro name %q", name)
				}
				f.macros = append(f.macros, &Macro{Name: name, Pattern: p.str(v), Pos: p.valuePos(v)})
			})
		case "lexicons":
			p.mapping(v, nil, func(name string, k, v *yaml.Node) {
				ext := strings.HasSuffix(name, "+")
				name = strings.TrimSuffix(name, "+")
				if !isIdent(name) {
					p.errorf(k, "names are letters, digits and _; start with a letter (append to a lexicon with `name+:`)", "bad lexicon name %q", name)
				}
				lx := &Lexicon{Name: name, Pos: p.pos(k)}
				if v.Kind == yaml.MappingNode {
					// name: {file: words.txt} — one word per line, # comments.
					p.mapping(v, []string{"file"}, func(key string, fk, fv *yaml.Node) {
						lx.Words = append(lx.Words, p.readWords(fv)...)
					})
					f.lexicons = append(f.lexicons, &lexiconDef{Lexicon: lx, extend: ext})
					return
				}
				for _, n := range p.seq(v) {
					if w := p.str(n); w != "" {
						lx.Words = append(lx.Words, w)
					} else if n.Kind == yaml.ScalarNode {
						p.errorf(n, "remove the empty item", "empty word in lexicon %q", name)
					}
				}
				f.lexicons = append(f.lexicons, &lexiconDef{Lexicon: lx, extend: ext})
			})
		case "gazetteers":
			for _, n := range p.seq(v) {
				if g := p.gazetteer(n); g != nil {
					f.gazetteers = append(f.gazetteers, g)
				}
			}
		case "rules":
			for _, n := range p.seq(v) {
				if r := p.rule(n); r != nil {
					f.rules = append(f.rules, r)
				}
			}
		case "boilerplate":
			for _, n := range p.seq(v) {
				if b := p.boilerplate(n); b != nil {
					f.boilerplate = append(f.boilerplate, b)
				}
			}
		case "indicators":
			for _, n := range p.seq(v) {
				if ind := p.indicator(n); ind != nil {
					f.indicators = append(f.indicators, ind)
				}
			}
		}
	})
	if !sawVersion {
		errs.Add(Pos{src.Name, 1, 1}, "add `version: 1` as the first line", "missing version")
	}
	return f
}

var topKeys = []string{"version", "description", "disable", "macros", "lexicons", "gazetteers", "rules", "boilerplate", "indicators"}

type parser struct {
	src    Source
	errs   *ErrorList
	hashes []string // of the data files read, for the set's fingerprint
}

func (p *parser) pos(n *yaml.Node) Pos { return Pos{p.src.Name, n.Line, n.Column} }

// valuePos is the position of a scalar's first character of content.
func (p *parser) valuePos(n *yaml.Node) Pos {
	pos := p.pos(n)
	switch n.Style {
	case yaml.SingleQuotedStyle, yaml.DoubleQuotedStyle:
		pos.Col++
	case yaml.LiteralStyle, yaml.FoldedStyle:
		// The node sits at the | or > indicator; the content starts on the
		// next line, after the block's indentation.
		pos.Line++
		pos.Col = blockIndent(p.src.Data, pos.Line) + 1
	}
	return pos
}

// blockIndent returns the indentation of a block scalar whose content
// starts on line (1-based): that of its first line that is not blank.
func blockIndent(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	for l := line; l <= len(lines); l++ {
		text := bytes.TrimRight(lines[l-1], "\r")
		if rest := bytes.TrimLeft(text, " "); len(rest) > 0 {
			return len(text) - len(rest)
		}
	}
	return 0
}

func (p *parser) errorf(n *yaml.Node, hint, format string, args ...any) {
	p.errs.Add(p.pos(n), hint, format, args...)
}

// mapping walks a mapping node, reporting keys not in valid (nil = any key)
// and duplicate keys.
func (p *parser) mapping(n *yaml.Node, valid []string, fn func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "write `key: value` lines indented under the section", "expected a mapping, found %s", kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if seen[key] {
			p.errorf(k, "remove one of them", "duplicate key %q", key)
			continue
		}
		seen[key] = true
		if valid != nil && !contains(valid, key) {
			p.errorf(k, didYouMean(key, valid), "unknown key %q", key)
			continue
		}
		fn(key, k, v)
	}
}

func (p *parser) seq(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "write a list: one `- item` per line, or [a, b]", "expected a list, found %s", kindName(n))
		return nil
	}
	return n.Content
}

func (p *parser) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "write a single value (quote it with '…' if it contains : or #)", "expected a string, found %s", kindName(n))
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

func (p *parser) strs(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode {
		if s := p.str(n); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for _, c := range p.seq(n) {
		if s := p.str(c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) int(n *yaml.Node) int {
	v, err := strconv.Atoi(p.str(n))
	if err != nil {
		p.errorf(n, "write a whole number", "expected an integer, found %q", n.Value)
	}
	return v
}

// attrs reads a mapping of attributes and where each key and value is.
func (p *parser) attrs(n *yaml.Node) (map[string]string, map[string]AttrPos) {
	m, at := map[string]string{}, map[string]AttrPos{}
	p.mapping(n, nil, func(key string, k, v *yaml.Node) {
		m[key], at[key] = p.str(v), AttrPos{p.pos(k), p.valuePos(v)}
	})
	return m, at
}

var ruleKeys = []string{"id", "kind", "description", "pattern", "anchors", "scan", "window", "capture", "role", "attrs", "suppress", "timeout", "examples"}

func (p *parser) rule(n *yaml.Node) *Rule {
	r := &Rule{Pos: p.pos(n)}
	p.mapping(n, ruleKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			r.ID, r.Pos = p.str(v), p.pos(k)
		case "kind":
			r.Kind = p.str(v)
			if !contains(RuleKinds, r.Kind) {
				p.errorf(v, didYouMean(r.Kind, RuleKinds), "unknown rule kind %q", r.Kind)
			}
		case "description":
			r.Description = p.str(v)
		case "pattern":
			r.Raw, r.PatternPos = p.str(v), p.valuePos(v)
		case "anchors":
			r.Anchors = p.strs(v)
		case "scan":
			switch s := p.str(v); s {
			case "full":
				r.Full = true
			case "numbers":
				r.Numbers = true
			case "anchors", "":
			default:
				p.errorf(v, "write `scan: numbers` (patterns that start with a number), `scan: full` (the whole text), or give anchors", "unknown scan mode %q", s)
			}
		case "window":
			r.Window = p.int(v)
			if r.Window < 1 || r.Window > 2000 {
				p.errorf(v, "use a window between 1 and 2000 runes", "window %d out of range", r.Window)
			}
		case "capture":
			r.Capture = p.str(v)
		case "role":
			r.Role, r.RolePos = p.str(v), p.valuePos(v)
		case "attrs":
			r.Attrs, r.AttrPos = p.attrs(v)
		case "suppress":
			r.Suppress = p.strs(v)
		case "timeout":
			d, err := time.ParseDuration(p.str(v))
			switch {
			case err != nil || d <= 0:
				p.errorf(v, "write a duration such as 100ms or 2s", "bad timeout %q", v.Value)
			case d > MaxTimeout:
				p.errorf(v, fmt.Sprintf("a rule runs on every document: at most %v per match", MaxTimeout), "timeout %v is over the ceiling of %v", d, MaxTimeout)
				d = MaxTimeout
			}
			r.Timeout = d
		case "examples":
			for _, e := range p.seq(v) {
				if ex := p.example(e); ex != nil {
					r.Examples = append(r.Examples, ex)
				}
			}
		}
	})
	if r.ID == "" {
		p.errorf(n, "give every rule a unique `id:` such as amount.cny", "rule without id")
		return nil
	}
	if r.Kind == "" {
		p.errs.Add(r.Pos, "add `kind:` — "+strings.Join(RuleKinds, ", "), "rule %s has no kind", r.ID)
	}
	if r.Raw == "" {
		p.errs.Add(r.Pos, "add `pattern: '…'` (regexp2 syntax; quote it with single quotes)", "rule %s has no pattern", r.ID)
	}
	return r
}

var exampleKeys = []string{"text", "want", "not", "doc"}

func (p *parser) example(n *yaml.Node) *Example {
	ex := &Example{Pos: p.pos(n)}
	if n.Kind == yaml.ScalarNode { // shorthand: "- 文本" means the text must yield something
		ex.Text = p.str(n)
		return ex
	}
	p.mapping(n, exampleKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "text":
			ex.Text = p.str(v)
		case "want":
			if v.Kind == yaml.ScalarNode && v.Value == "none" {
				ex.None = true
				return
			}
			ex.Want = p.items(v)
		case "not":
			ex.Not = p.items(v)
		case "doc":
			p.mapping(v, []string{"title", "date", "region"}, func(key string, k, v *yaml.Node) {
				switch key {
				case "title":
					ex.Doc.Title = p.str(v)
				case "date":
					ex.Doc.Date = p.str(v)
				case "region":
					ex.Doc.Region = p.str(v)
				}
			})
		}
	})
	if ex.Text == "" {
		p.errorf(n, "add `text: …` with a sentence the rule should handle", "example without text")
		return nil
	}
	return ex
}

// items reads a want/not list: names, or maps of attributes.
func (p *parser) items(n *yaml.Node) []any {
	var out []any
	nodes := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		nodes = n.Content
	}
	for _, c := range nodes {
		switch c.Kind {
		case yaml.ScalarNode:
			out = append(out, c.Value)
		case yaml.MappingNode:
			m := map[string]string{}
			p.mapping(c, nil, func(key string, k, v *yaml.Node) { m[key] = p.str(v) })
			out = append(out, m)
		default:
			p.errorf(c, "write a name, or {value: …, qualifier: …}", "bad expected item")
		}
	}
	return out
}

var gazetteerKeys = []string{"id", "kind", "description", "file", "columns", "entries"}
var entryKeys = []string{"name", "aliases", "short", "attrs"}

func (p *parser) gazetteer(n *yaml.Node) *gazetteerDef {
	g := &gazetteerDef{Gazetteer: &Gazetteer{Pos: p.pos(n)}}
	var columns []string
	var columnPos []Pos
	var fileNode *yaml.Node
	p.mapping(n, gazetteerKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			g.ID, g.Pos = p.str(v), p.pos(k)
		case "kind":
			g.Kind = p.str(v)
			if !contains(GazetteerKinds, g.Kind) {
				p.errorf(v, didYouMean(g.Kind, GazetteerKinds), "unknown gazetteer kind %q", g.Kind)
			}
		case "description":
			g.Description = p.str(v)
		case "file":
			g.File, fileNode = p.str(v), v
		case "columns":
			columns = p.strs(v)
			columnPos = make([]Pos, len(columns))
			for i := range columnPos {
				columnPos[i] = p.pos(v)
				if v.Kind == yaml.SequenceNode && len(v.Content) == len(columns) {
					columnPos[i] = p.valuePos(v.Content[i])
				}
			}
		case "entries":
			for _, e := range p.seq(v) {
				if en := p.entry(e); en != nil {
					g.Entries = append(g.Entries, en)
				}
			}
		}
	})
	if g.ID == "" {
		p.errorf(n, "give every gazetteer a unique `id:`", "gazetteer without id")
		return nil
	}
	if g.File != "" {
		if len(columns) == 0 {
			p.errorf(fileNode, "add `columns: [code, name, …]` naming the file's tab-separated columns; one must be name", "gazetteer %s: file without columns", g.ID)
			return g
		}
		if !contains(columns, "name") {
			p.errorf(fileNode, "name the column that holds canonical names `name`", "gazetteer %s: no name column", g.ID)
			return g
		}
		p.readTable(g, fileNode, columns, columnPos)
	}
	return g
}

func (p *parser) entry(n *yaml.Node) *Entry {
	e := &Entry{Pos: p.pos(n)}
	if n.Kind == yaml.ScalarNode {
		e.Name = p.str(n)
		return e
	}
	p.mapping(n, entryKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "name":
			e.Name = p.str(v)
		case "aliases":
			e.Aliases = p.strs(v)
		case "short":
			e.Short = p.strs(v)
		case "attrs":
			e.Attrs, e.AttrPos = p.attrs(v)
		}
	})
	if e.Name == "" {
		p.errorf(n, "add `name:` with the canonical name", "entry without name")
		return nil
	}
	return e
}

// readWords reads a word-list file named by a lexicon: one word per line,
// blank lines and lines starting with # ignored.
func (p *parser) readWords(at *yaml.Node) []string {
	name := p.str(at)
	if p.src.FS == nil {
		p.errorf(at, "word files can only be named from rule files on disk", "lexicon file %s: no file system", name)
		return nil
	}
	data, err := readData(p.src.FS, path.Clean(path.Join(p.src.Dir, name)))
	if err != nil {
		p.errorf(at, "the path is relative to the rule file's folder and stays inside it", "lexicon file: %v", err)
		return nil
	}
	sum := sha256.Sum256(data)
	p.hashes = append(p.hashes, hex.EncodeToString(sum[:]))
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// readTable reads a tab-separated data file. Lines starting with # are
// comments; columns named aliases and short hold comma-separated lists.
func (p *parser) readTable(g *gazetteerDef, at *yaml.Node, columns []string, columnPos []Pos) {
	if p.src.FS == nil {
		p.errorf(at, "data files can only be named from rule files on disk", "gazetteer %s: no file system for %s", g.ID, g.File)
		return
	}
	name := path.Clean(path.Join(p.src.Dir, g.File))
	data, err := readData(p.src.FS, name)
	if err != nil {
		p.errorf(at, "the path is relative to the rule file's folder and stays inside it", "gazetteer %s: %v", g.ID, err)
		return
	}
	// Positions in the table name it as the user can open it: beside the
	// rule file, not relative to the rule file's directory.
	where := path.Join(path.Dir(filepath.ToSlash(p.src.Name)), g.File)
	sum := sha256.Sum256(data)
	g.dataHash = hex.EncodeToString(sum[:])
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cells := strings.Split(text, "\t")
		if len(cells) != len(columns) {
			p.errs.Add(Pos{where, line, 1}, fmt.Sprintf("columns are: %s (tab-separated)", strings.Join(columns, ", ")),
				"want %d columns, found %d", len(columns), len(cells))
			continue
		}
		e := &Entry{Pos: Pos{where, line, 1}}
		col := 1
		for i, c := range columns {
			v := strings.TrimSpace(cells[i])
			cellCol := col
			col += utf8.RuneCountInString(cells[i]) + 1
			switch c {
			case "name":
				e.Name = v
			case "aliases":
				e.Aliases = splitList(v)
			case "short":
				e.Short = splitList(v)
			default:
				if v != "" {
					if e.Attrs == nil {
						e.Attrs, e.AttrPos = map[string]string{}, map[string]AttrPos{}
					}
					e.Attrs[c], e.AttrPos[c] = v, AttrPos{columnPos[i], Pos{where, line, cellCol}}
				}
			}
		}
		if e.Name == "" {
			p.errs.Add(e.Pos, "every row needs a name", "empty name")
			continue
		}
		g.Entries = append(g.Entries, e)
	}
	if err := sc.Err(); err != nil {
		p.errorf(at, "", "gazetteer %s: read %s: %v", g.ID, g.File, err)
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

var boilerplateKeys = []string{"id", "mode", "description", "pattern", "anchors", "formats", "examples"}

func (p *parser) boilerplate(n *yaml.Node) *Boilerplate {
	b := &Boilerplate{Pos: p.pos(n)}
	p.mapping(n, boilerplateKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			b.ID, b.Pos = p.str(v), p.pos(k)
		case "mode":
			b.Mode = p.str(v)
			if !contains(BoilerplateModes, b.Mode) {
				p.errorf(v, didYouMean(b.Mode, BoilerplateModes), "unknown boilerplate mode %q", b.Mode)
			}
		case "description":
			b.Description = p.str(v)
		case "pattern":
			b.Pattern, b.PatternPos = p.str(v), p.valuePos(v)
		case "anchors":
			b.Anchors = p.strs(v)
		case "formats":
			b.Formats = p.strs(v)
			// Check each item at its own node: `formats: foo` is a scalar
			// with no Content, and strs skips empty items.
			items := v.Content
			if v.Kind != yaml.SequenceNode {
				items = []*yaml.Node{v}
			}
			for _, it := range items {
				if f := it.Value; it.Kind == yaml.ScalarNode && it.Tag != "!!null" && f != "" && !contains(formats, f) {
					p.errorf(it, didYouMean(f, formats), "unknown format %q", f)
				}
			}
		case "examples":
			for _, e := range p.seq(v) {
				ex := &BoilerplateExample{Pos: p.pos(e)}
				p.mapping(e, []string{"text", "want"}, func(key string, k, v *yaml.Node) {
					switch key {
					case "text":
						ex.Text = p.str(v)
					case "want":
						ex.Want = p.str(v)
					}
				})
				b.Examples = append(b.Examples, ex)
			}
		}
	})
	if b.ID == "" {
		p.errorf(n, "give every boilerplate rule a unique `id:`", "boilerplate rule without id")
		return nil
	}
	if b.Mode == "" {
		p.errs.Add(b.Pos, "add `mode:` — "+strings.Join(BoilerplateModes, ", "), "boilerplate %s has no mode", b.ID)
	}
	if b.Pattern == "" {
		p.errs.Add(b.Pos, "add `pattern: '…'`", "boilerplate %s has no pattern", b.ID)
	}
	return b
}

var formats = []string{"markdown", "html", "text", "jsonl"}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}

// MaxTimeout is the ceiling of a rule's timeout: a match that takes longer
// is a pattern that backtracks, and one rule may run thousands of times a
// document.
const MaxTimeout = 10 * time.Second

// MaxFileBytes bounds a rule file and each data file it names (the
// shipped division table is 0.3 MB): a FIFO, /dev/zero or a mistaken huge
// file is refused instead of read without end.
const MaxFileBytes = 32 << 20

// readLimited reads a rule file from disk: a regular file of at most
// MaxFileBytes.
func readLimited(name string) ([]byte, error) {
	// Stat first: opening a FIFO blocks until a writer comes.
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(st); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAtMost(f)
}

// readData reads a data file named by a rule file from fsys, with the
// limits of readLimited. Stat comes first, so that opening a FIFO never
// blocks.
func readData(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if !fs.ValidPath(name) || strings.Contains(err.Error(), "escapes") {
			return nil, fmt.Errorf("open %s: the path leads out of the rule file's folder", name)
		}
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	if err := checkRegular(st); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readAtMost(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

func checkRegular(st fs.FileInfo) error {
	if !st.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%v)", st.Mode().Type())
	}
	if st.Size() > MaxFileBytes {
		return fmt.Errorf("%d MB is over the %d MB limit of a rule or data file", st.Size()>>20, MaxFileBytes>>20)
	}
	return nil
}

func readAtMost(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("over the %d MB limit of a rule or data file", MaxFileBytes>>20)
	}
	return data, nil
}
