package rules

import (
	"fmt"
	"strings"

	"github.com/dlclark/regexp2/v2"
	"gopkg.in/yaml.v3"
)

// Indicator is one measure of the indicator catalogue: a quantity that
// recurs across documents, regions and years (地区生产总值增长, 城镇调查失业率),
// so that targets and observations of it can be lined up.
type Indicator struct {
	ID          string
	Name        string   // canonical name, as listings show it
	Kind        string   // one of IndicatorKinds
	Unit        string   // the normal unit (%, 万人, 万吨 …)
	Units       []string // the units a value of it may be written in; empty = Unit only
	Better      string   // higher or lower: which way a target is met
	Description string
	Aliases     []string // other names users and documents give it (GDP增长, 经济增速)
	Anchors     []string // literals every match contains: the pattern runs only on sentences holding one; empty = always
	Pattern     string   // macros expanded; matched on the words before a value
	Raw         string   // as written; "" = the name and aliases
	Re          *regexp2.Regexp
	Pos         Pos // of the indicator's "id"
	PatternPos  Pos
}

// The kinds an indicator may have: a rate of change (增长5%), a level
// (粮食产量1.1亿吨), a count of things or people (城镇新增就业110万人), or a
// ratio (研发经费投入强度2.6%, 城镇化率).
var IndicatorKinds = []string{"rate", "level", "count", "ratio"}

// The directions an indicator improves in.
var IndicatorDirections = []string{"higher", "lower"}

// Indicator returns the indicator whose name or alias is name, or nil.
func (s *Set) Indicator(name string) *Indicator {
	for _, ind := range s.Indicators {
		if ind.Name == name || contains(ind.Aliases, name) {
			return ind
		}
	}
	return nil
}

// IndicatorNames returns every indicator's name and aliases.
func (s *Set) IndicatorNames() []string {
	var out []string
	for _, ind := range s.Indicators {
		out = append(out, ind.Name)
		out = append(out, ind.Aliases...)
	}
	return out
}

// AcceptsUnit reports whether a value written in unit can be a value of
// the indicator.
func (ind *Indicator) AcceptsUnit(unit string) bool {
	if len(ind.Units) == 0 {
		return unit == ind.Unit
	}
	return contains(ind.Units, unit)
}

var indicatorKeys = []string{"id", "name", "kind", "unit", "units", "better", "description", "aliases", "pattern", "anchors"}

func (p *parser) indicator(n *yaml.Node) *Indicator {
	ind := &Indicator{Pos: p.pos(n)}
	p.mapping(n, indicatorKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			ind.ID, ind.Pos = p.str(v), p.pos(k)
		case "name":
			ind.Name = p.str(v)
		case "kind":
			ind.Kind = p.str(v)
			if !contains(IndicatorKinds, ind.Kind) {
				p.errorf(v, didYouMean(ind.Kind, IndicatorKinds), "unknown indicator kind %q", ind.Kind)
			}
		case "unit":
			ind.Unit = p.str(v)
		case "units":
			ind.Units = p.strs(v)
		case "better":
			ind.Better = p.str(v)
			if !contains(IndicatorDirections, ind.Better) {
				p.errorf(v, didYouMean(ind.Better, IndicatorDirections), "unknown direction %q", ind.Better)
			}
		case "description":
			ind.Description = p.str(v)
		case "aliases":
			ind.Aliases = p.strs(v)
		case "pattern":
			ind.Raw, ind.PatternPos = p.str(v), p.valuePos(v)
		case "anchors":
			ind.Anchors = p.strs(v)
		}
	})
	if ind.ID == "" {
		p.errorf(n, "give every indicator a unique `id:` such as indicator.gdp-growth", "indicator without id")
		return nil
	}
	if ind.Name == "" {
		p.errs.Add(ind.Pos, "add `name:` — the canonical name listings show", "indicator %s has no name", ind.ID)
	}
	if ind.Kind == "" {
		p.errs.Add(ind.Pos, "add `kind:` — "+strings.Join(IndicatorKinds, ", "), "indicator %s has no kind", ind.ID)
	}
	if ind.Unit == "" {
		p.errs.Add(ind.Pos, "add `unit:` — the normal unit of its values (%, 万人, 万吨 …)", "indicator %s has no unit", ind.ID)
	}
	if ind.Better == "" {
		ind.Better = "higher"
	}
	return ind
}

// checkIndicators compiles every indicator's pattern and checks that no
// name or alias means two indicators.
func checkIndicators(s *Set, x *expander, errs *ErrorList) {
	owner := map[string]*Indicator{}
	for _, ind := range s.Indicators {
		for _, name := range append([]string{ind.Name}, ind.Aliases...) {
			if name == "" {
				continue
			}
			if o := owner[name]; o != nil && o != ind {
				errs.Add(ind.Pos, fmt.Sprintf("a name means one indicator; %q is already %s (%s)", name, o.ID, o.Pos), "indicator %s: name %q is taken", ind.ID, name)
				continue
			}
			owner[name] = ind
		}
		if ind.Unit != "" && len(ind.Units) > 0 && !contains(ind.Units, ind.Unit) {
			errs.Add(ind.Pos, "list the normal unit among `units:` too", "indicator %s: unit %q is not among its units", ind.ID, ind.Unit)
		}
		pat := ind.Raw
		pos := ind.PatternPos
		if pat == "" {
			pat = Alternation(append([]string{ind.Name}, ind.Aliases...))
			pos = ind.Pos
		} else {
			var ok bool
			if pat, ok = x.expand(pat, pos); !ok {
				continue
			}
		}
		ind.Pattern = pat
		re, err := regexp2.Compile(pat, regexp2.None)
		if err != nil {
			errs.Add(pos, "regexp2 uses the .NET dialect; quote patterns with '…'", "pattern: %s", compileMessage(err, ind.Raw))
			continue
		}
		re.MatchTimeout = DefaultTimeout
		ind.Re = re
	}
}
