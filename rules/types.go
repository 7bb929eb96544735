package rules

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// A Set is a checked, compiled set of rules: the embedded defaults with any
// user files layered on top. Past [Load], every pattern compiles, every
// reference resolves and every id is unique; extractors can trust it.
// A Set is immutable and safe for concurrent use.
type Set struct {
	Sources     []string               // files in load order
	Macros      map[string]*Macro      // by name
	Lexicons    map[string]*Lexicon    // by name
	Gazetteers  []*Gazetteer           // in load order, overrides applied
	Rules       []*Rule                // in load order, overrides applied
	Boilerplate []*Boilerplate         // in load order, overrides applied
	Indicators  []*Indicator           // in load order, overrides applied
	Fingerprint string                 // hex SHA-256 over every source's name and bytes
	Warnings    ErrorList              // what [Load] accepts but doubts: lexicons nothing reads
	byID        map[string]interface{} // *Rule, *Gazetteer, *Boilerplate or *Indicator
}

// Macro is a named pattern fragment, used as {name} in patterns.
type Macro struct {
	Name    string
	Pattern string // as written
	Pos     Pos
}

// Lexicon is a named word list. Patterns use it as {name} (an alternation of
// the escaped words, longest first); extractors read it by name.
type Lexicon struct {
	Name  string
	Words []string
	Pos   Pos
}

// Gazetteer is a table of named entities with aliases, for one kind.
type Gazetteer struct {
	ID          string
	Kind        string // region or agency
	Description string
	File        string // the data file the entries came from, if any
	Entries     []*Entry
	Pos         Pos
}

// Entry is one entity of a gazetteer.
type Entry struct {
	Name    string            // canonical name
	Aliases []string          // other full names and abbreviations, always meaning this entity
	Short   []string          // short forms that need context (深圳 → 深圳市; 嘉鱼 → 嘉鱼县)
	Attrs   map[string]string // declared in [ExtractContract].GazetteerAttrs
	AttrPos map[string]AttrPos
	Pos     Pos
}

// Attr returns the attribute named k, or "".
func (e *Entry) Attr(k string) string { return e.Attrs[k] }

// Rule is a pattern rule: a regular expression (regexp2 syntax, the .NET
// dialect) whose matches become mentions of one kind.
type Rule struct {
	ID          string
	Kind        string // one of RuleKinds
	Description string
	Pattern     string // macros expanded
	Raw         string // as written
	Re          *regexp2.Regexp
	Anchors     []string // literals every match contains (with Numbers: within Window runes of the numeral's start); empty with Full
	Full        bool     // scan the whole text (no anchors)
	Numbers     bool     // try the pattern only where a numeral starts (it is compiled as \G(?:pattern))
	Window      int      // runes searched on each side of an anchor
	Capture     string   // the named group that is the mention; "" = whole match
	Role        string   // kind-specific role, declared in [ExtractContract].Roles
	RolePos     Pos
	Attrs       map[string]string // declared in [ExtractContract].RuleAttrs
	AttrPos     map[string]AttrPos
	Suppress    []string // exclude rules: the kinds they suppress
	Timeout     time.Duration
	Examples    []*Example
	Pos         Pos // of the rule's "id"
	PatternPos  Pos // of the pattern's first character
}

// Example is a test case written beside a rule: the text, and what the
// pipeline must (or must not) find in it.
type Example struct {
	Text string
	Doc  ExampleDoc
	// Want lists entities that must be found; each is a name (regions,
	// agencies, plans) or a map of attributes (amounts, targets).
	Want []any
	// None means nothing of the rule's kind may be found.
	None bool
	// Not lists entities that must not be found.
	Not []any
	Pos Pos
}

// ExampleDoc gives an example the document context it needs.
type ExampleDoc struct {
	Title  string
	Date   string
	Region string
}

// Boilerplate is a rule that removes what is not part of the article.
type Boilerplate struct {
	ID          string
	Description string
	Mode        string // drop_line, truncate, remove, date
	Pattern     string
	Re          *regexp2.Regexp
	Anchors     []string // if set, the rule only runs on lines containing one
	Formats     []string
	Examples    []*BoilerplateExample
	Pos         Pos
	PatternPos  Pos
}

// BoilerplateExample is an input text and the text that must remain.
type BoilerplateExample struct {
	Text string
	Want string
	Pos  Pos
}

// The kinds a pattern rule may have.
var RuleKinds = []string{"region", "agency", "plan", "amount", "quantity", "exclude", "alias", "dateline", "cue"}

// The kinds a gazetteer may have.
var GazetteerKinds = []string{"region", "agency"}

// The boilerplate modes.
var BoilerplateModes = []string{"drop_line", "truncate", "remove", "date"}

// The document formats a boilerplate rule may name in formats:.
var BoilerplateFormats = formats

// Rule returns the rule with the given id, or nil.
func (s *Set) Rule(id string) *Rule {
	r, _ := s.byID[id].(*Rule)
	return r
}

// Lexicon returns the words of the named lexicon, or nil.
func (s *Set) Lexicon(name string) []string {
	if l := s.Lexicons[name]; l != nil {
		return l.Words
	}
	return nil
}

// RulesOf returns the rules of one kind, in load order.
func (s *Set) RulesOf(kind string) []*Rule {
	var out []*Rule
	for _, r := range s.Rules {
		if r.Kind == kind {
			out = append(out, r)
		}
	}
	return out
}

// GazetteersOf returns the gazetteers of one kind, in load order.
func (s *Set) GazetteersOf(kind string) []*Gazetteer {
	var out []*Gazetteer
	for _, g := range s.Gazetteers {
		if g.Kind == kind {
			out = append(out, g)
		}
	}
	return out
}
