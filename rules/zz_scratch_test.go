package rules

import (
	"fmt"
	"testing"
)

func TestScratch(t *testing.T) {
	for _, src := range []string{
		"version: 1\nrules:\n  - id: r1\n    kind: cue\n    role: goal\n    anchors: [x]\n    pattern: |\n      x{nope}\n",
		"version: 1\nrules:\n  - id: r1\n    kind: cue\n    role: goal\n    anchors: [x]\n    pattern: >-\n      x{nope}\n",
		"version: 1\nrules:\n  - id: r1\n    kind: cue\n    role: goal\n    anchors: [x]\n    pattern: 'a''b{nope}'\n",
		"version: 1\nrules:\n  - id: r1\n    kind: cue\n    role: goal\n    anchors: [x]\n    pattern: \"a\\\\d{nope}\"\n",
		"version: 1\nrules:\n  - id: r1\n    kind: cue\n    role: goal\n    anchors: [x]\n    pattern: 'ab\n      cd{nope}'\n",
	} {
		_, err := Load(Source{Name: "t.yaml", Data: []byte(src)})
		fmt.Println(err)
	}
}
