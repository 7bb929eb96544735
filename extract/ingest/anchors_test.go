package ingest

import (
	"reflect"
	"testing"

	"github.com/dlclark/regexp2/v2"
)

// The anchor index says, by rule, whether one of the rule's anchors is in
// a line; a rule without anchors always runs. The index of a rule list is
// kept, and built again when the list at the same address changes.
func TestAnchorIndex(t *testing.T) {
	rules := []BoilerplateRule{
		{ID: "a", Anchors: []string{"来源", "编辑"}},
		{ID: "b"},
		{ID: "c", Anchors: []string{"𠀀字", "x"}},
		{ID: "d", Anchors: []string{"源"}},
	}
	for _, tc := range []struct {
		line string
		want []bool
	}{
		{"", []bool{false, true, false, false}},
		{"本文来源：新华社", []bool{true, true, false, true}},
		{"责任编辑 𠀀字", []bool{true, true, true, false}},
		{"来", []bool{false, true, false, false}},
		{"max", []bool{false, true, true, false}},
	} {
		got := make([]bool, len(rules))
		anchorIndexOf(rules).present([]rune(tc.line), got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.line, got, tc.want)
		}
	}
	if first, again := anchorIndexOf(rules), anchorIndexOf(rules); first != again {
		t.Error("the index of the same rules was built twice")
	}
	rules[3].Anchors = []string{"新华"}
	got := make([]bool, len(rules))
	anchorIndexOf(rules).present([]rune("新华社"), got)
	if want := []bool{false, true, false, true}; !reflect.DeepEqual(got, want) {
		t.Errorf("after changing the rules: got %v, want %v", got, want)
	}
}

// A rule without anchors runs only on lines that hold a word every match
// of its pattern needs; a pattern that needs none runs everywhere.
func TestAnchorIndexDerived(t *testing.T) {
	rules := []BoilerplateRule{
		{ID: "related", Pattern: regexp2.MustCompile(`^\s*(?:相关阅读|上一篇)`, regexp2.None)},
		{ID: "any", Pattern: regexp2.MustCompile(`^\s*\S{1,3}$`, regexp2.None)},
	}
	for _, tc := range []struct {
		line string
		want []bool
	}{
		{"正文。", []bool{false, true}},
		{"  上一篇：某某", []bool{true, true}},
	} {
		got := make([]bool, len(rules))
		anchorIndexOf(rules).present([]rune(tc.line), got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.line, got, tc.want)
		}
	}
}
