package number_test

import (
	"fmt"

	"github.com/policygraph/policygraph/number"
)

func ExampleParse() {
	for _, s := range []string{"1.8", "１，２００", "一点八亿", "2.3万億", "万亿", "十１", "二〇二五", "十四五"} {
		v, err := number.Parse(s)
		if err != nil {
			fmt.Println(s, "error")
			continue
		}
		fmt.Println(s, v)
	}
	// Output:
	// 1.8 1.8
	// １，２００ 1200
	// 一点八亿 1.8e+08
	// 2.3万億 2.3e+12
	// 万亿 1e+12
	// 十１ 11
	// 二〇二五 2025
	// 十四五 error
}

func ExampleVocab_ParseQuantity() {
	v := number.DefaultVocab()
	for _, s := range []string{"不超过2000万元", "1—2户", "八到九百亿元", "$3亿", "千分之一点五", "翻两番"} {
		q, err := v.ParseQuantity(s)
		if err != nil {
			fmt.Println(s, err)
			continue
		}
		fmt.Printf("%s: %v %g max=%g %s %q %s inferred=%v ambiguous=%v\n",
			s, q.Qualifier, q.Value, q.Max, q.Kind, q.Unit, q.Currency, q.UnitInferred, q.Ambiguous)
	}
	// Output:
	// 不超过2000万元: <= 2e+07 max=0 money "元" CNY inferred=false ambiguous=false
	// 1—2户: = 1 max=2 count "户"  inferred=false ambiguous=false
	// 八到九百亿元: = 8e+10 max=9e+10 money "元" CNY inferred=false ambiguous=true
	// $3亿: = 3e+08 max=0 money "美元" USD inferred=true ambiguous=false
	// 千分之一点五: = 1.5 max=0 percent "‰"  inferred=false ambiguous=false
	// 翻两番: = 4 max=0 multiple "倍"  inferred=false ambiguous=false
}

func ExampleVocab_AddUnit() {
	v := number.DefaultVocab()
	v.AddUnit("万千瓦", number.KindCount) // stored as 千瓦
	q, _ := v.ParseQuantity("装机300万千瓦"[len("装机"):])
	fmt.Println(q.Value, q.Unit)
	// Output:
	// 3e+06 千瓦
}

func ExampleHumanize() {
	fmt.Println(number.Humanize(1.45e10, "元"))
	fmt.Println(number.Humanize(23000, "家"))
	fmt.Println(number.Humanize(15, "%"))
	fmt.Println(number.Humanize(1.2e12, "元"))
	// Output:
	// 145亿元
	// 2.3万家
	// 15%
	// 1.2万亿元
}
