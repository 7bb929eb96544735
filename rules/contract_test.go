package rules_test

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/rules"
)

// The shipped rules read every lexicon they define: nothing to warn about.
func TestDefaultHasNoWarnings(t *testing.T) {
	s := mustLoad(t)(rules.Default())
	if len(s.Warnings) != 0 {
		t.Errorf("default rules warn:\n%v", s.Warnings)
	}
}

// Each lexicon is read by the extractor, a pattern, an anchor or a near:
// attr; only the one nothing reads is warned about.
func TestUnreadLexiconWarns(t *testing.T) {
	s := mustLoad(t)(load(`version: 1
lexicons:
  in_pattern: [甲]
  in_anchor: [乙]
  in_near: [丙]
  section_goal_words: [目标]
  nobody_reads_this: [丁]
rules:
  - id: amount.a
    kind: amount
    pattern: '{in_pattern}\d+元'
    anchors: ['@in_anchor']
    attrs: {near: in_near}
`))
	var got []string
	for _, w := range s.Warnings {
		got = append(got, w.Error())
	}
	want := "t.yaml:7:3: lexicon \"nobody_reads_this\" is read by nothing"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("Warnings = %q, want one starting %q", got, want)
	}
}

// Every attribute the contract declares has a value that passes its type
// and one that fails it, so no type check is a no-op.
func TestAttrTypes(t *testing.T) {
	for _, tc := range []struct {
		kind, attrs string
		ok          bool
	}{
		{"region", `{level: city}`, true},
		{"region", `{level: town}`, false},
		{"region", `{optional: "true"}`, true},
		{"region", `{optional: "1"}`, false},
		{"region", `{code: "110000"}`, true},
		{"region", `{code: "11 0000"}`, false},
		{"region", `{members: "上海市,江苏省"}`, true},
		{"region", `{members: "上海市,,江苏省"}`, false},
		{"agency", `{scope: local, levels: "province,city"}`, true},
		{"agency", `{scope: locale}`, false},
		{"agency", `{levels: "province,town"}`, false},
		{"agency", `{prefix: short}`, true},
		{"agency", `{prefix: long}`, false},
		{"agency", `{code: "1"}`, false}, // a region attribute
	} {
		_, err := load("version: 1\ngazetteers:\n  - id: g\n    kind: " + tc.kind + "\n    entries:\n      - {name: 甲地, attrs: " + tc.attrs + "}\n")
		if (err == nil) != tc.ok {
			t.Errorf("%s attrs %s: err = %v, want ok = %v", tc.kind, tc.attrs, err, tc.ok)
		}
	}
}

// Every declared role and attr is accepted by Load: the checker and the
// table agree.
func TestContractAccepted(t *testing.T) {
	c := rules.ExtractContract
	var b strings.Builder
	b.WriteString("version: 1\nlexicons:\n  ctx: [甲]\nrules:\n")
	n := 0
	for kind, roles := range c.Roles {
		for _, r := range roles {
			n++
			extra := ""
			if kind == "exclude" {
				extra = ", suppress: [region]" // an exclude rule must say what it suppresses
			}
			b.WriteString("  - {id: r" + strings.Repeat("x", n) + ", kind: " + kind + ", role: " + r + ", pattern: '(?<year>(?<place>(?<alias>甲)))', anchors: [甲]" + extra + "}\n")
		}
	}
	for kind, specs := range c.RuleAttrs {
		if kind == rules.AnyKind {
			kind = "plan"
		}
		for _, a := range specs {
			v := map[rules.AttrType]string{rules.String: "人", rules.Int: `"3"`, rules.LexRef: "ctx", rules.ISOCode: "CNY", rules.Bool: `"true"`}[a.Type]
			n++
			b.WriteString("  - {id: r" + strings.Repeat("x", n) + ", kind: " + kind + ", pattern: '甲', anchors: [甲], attrs: {" + a.Name + ": " + v + "}}\n")
		}
	}
	if _, err := load(b.String()); err != nil {
		t.Fatalf("the contract's own roles and attrs fail:\n%v\n%s", err, b.String())
	}
}
