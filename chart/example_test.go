package chart_test

import (
	"os"

	"github.com/policygraph/policygraph/chart"
	"github.com/policygraph/policygraph/graph"
)

// A chart of one year's growth targets across provinces, as
// `policygraph serve` shows it on its compare page.
func ExampleCompare() {
	rows := []graph.CompareRow{
		{Region: "海南省", Year: 2025, Qualifier: ">=", Value: 6, Unit: "%"},
		{Region: "山东省", Year: 2025, Qualifier: "~", Value: 5, Unit: "%"},
	}
	if err := chart.Compare(os.Stdout, "地区生产总值增长 · 2025", rows); err != nil {
		panic(err)
	}
}

// How the listings write a target's value.
func ExampleValue() {
	lo := 5.0
	os.Stdout.WriteString(chart.Value(">=", lo, nil, "%") + "\n")
	hi := 5.5
	os.Stdout.WriteString(chart.Value("", lo, &hi, "%") + "\n")
	// Output:
	// >=5%
	// 5–5.5%
}
