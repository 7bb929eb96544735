package number

import "testing"

// benchInputs are 30 realistic quantity expressions.
var benchInputs = []string{
	"145亿元", "1000万元", "1.8亿元", "近1万亿元", "超1.7亿元", "不超过2000万元", "最高不超过15万元",
	"5000万元至1亿元", "1—2户", "3至5家", "1200余亿元", "人民币2.5亿元", "约人民币75.37亿元", "$3亿",
	"2.3万家", "100项左右", "100家以上", "15%", "10%以上", "5个百分点", "翻两番", "1.5倍", "两三百万元",
	"数百亿元", "上百亿元", "八到九百亿元", "300万千瓦", "１．８亿元", "2万元以上（含）", "3.67万亿元",
}

func BenchmarkParseQuantity(b *testing.B) {
	v := DefaultVocab()
	for _, s := range benchInputs {
		if _, err := v.ParseQuantity(s); err != nil {
			b.Fatalf("%q: %v", s, err)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := v.ParseQuantity(benchInputs[i%len(benchInputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	in := []string{"1.8", "两千亿", "2.3万億", "一万五千亿", "十五点八万", "100000万", "１，２００"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(in[i%len(in)]); err != nil {
			b.Fatal(err)
		}
	}
}
