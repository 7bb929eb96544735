package rules_test

import (
	"fmt"

	"github.com/policygraph/policygraph/rules"
)

func ExampleLoad() {
	good := `version: 1
rules:
  - id: amount.yuan
    kind: amount
    pattern: '(?<q>{numeral}万?元)'
    scan: numbers
    capture: q
`
	s, err := rules.Load(rules.Source{Name: "mine.yaml", Data: []byte(good)})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := s.Rule("amount.yuan").Re.FindStringMatch("三千万元")
	fmt.Println(s.Rule("amount.yuan").Kind, m.GroupByName("q").String())

	// A typo in a macro name: the error points at the reference, counting
	// columns in characters, and suggests the nearest name.
	bad := `version: 1
rules:
  - {id: amount.yuan, kind: amount, pattern: '人民币{numerl}元', anchors: [元]}
`
	_, err = rules.Load(rules.Source{Name: "mine.yaml", Data: []byte(bad)})
	fmt.Println(err)
	// Output:
	// amount 三千万元
	// mine.yaml:3:50: undefined macro {numerl}
	//	did you mean {numeral}? or define it under macros: or lexicons:
}
