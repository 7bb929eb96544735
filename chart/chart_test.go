package chart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./chart -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (run go test ./chart -update after checking the drawing):\n%s", name, got)
	}
}

// wellFormed fails unless svg parses as XML.
func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
	}
}

func f(v float64) *float64 { return &v }

func TestSeries(t *testing.T) {
	rows := []graph.SeriesRow{
		{Year: 2023, Kind: graph.Target, Qualifier: "~", Value: 5, Unit: "%", Documents: []string{"a-2023.md"}},
		{Year: 2023, Kind: graph.Observation, Value: 5.8, Unit: "%", Documents: []string{"a-2024.md"}},
		{Year: 2024, Kind: graph.Target, Qualifier: ">=", Value: 5, Unit: "%", Documents: []string{"a-2024.md"}},
		{Year: 2024, Kind: graph.Observation, Value: 5.3, Unit: "%", Documents: []string{"a-2025.md"}},
		{Year: 2025, Kind: graph.Target, Value: 5, ValueMax: f(5.5), Unit: "%", Documents: []string{"a-2025.md"}},
		{Year: 2025, Kind: graph.Target, Value: 80, Unit: "万人"}, // another unit: left out
	}
	var b bytes.Buffer
	if err := Series(&b, "江苏省 · 地区生产总值增长", rows); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, b.Bytes())
	if strings.Contains(b.String(), "万人") {
		t.Error("a row in another unit was drawn")
	}
	golden(t, "series.svg", b.Bytes())
}

func TestCompare(t *testing.T) {
	rows := []graph.CompareRow{
		{Region: "海南省", Year: 2025, Qualifier: ">=", Value: 6, Unit: "%", Documents: []string{"hainan-2025.md"}},
		{Region: "福建省", Year: 2025, Value: 5, ValueMax: f(5.5), Unit: "%", Documents: []string{"fujian-2025.md"}},
		{Region: "山东省", Year: 2025, Qualifier: "~", Value: 5, Unit: "%", Documents: []string{"shandong-2025.md"}},
		{Region: "某省", Year: 2025, Value: 3000, Unit: "亿元"},
	}
	var b bytes.Buffer
	if err := Compare(&b, "地区生产总值增长 · 2025", rows); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, b.Bytes())
	for _, want := range []string{"海南省", "≥6%", "5–5.5%", "~5%", "1 more in another unit"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the chart does not say %q", want)
		}
	}
	golden(t, "compare.svg", b.Bytes())
}

// Names come from untrusted documents: every text is escaped, so the chart
// stays one well-formed SVG element with no script, inlined in a page.
func TestEscaping(t *testing.T) {
	evil := `<script>alert("x")</script>&"'`
	for name, draw := range map[string]func(io.Writer) error{
		"series": func(w io.Writer) error {
			return Series(w, evil, []graph.SeriesRow{{Year: 2025, Kind: graph.Target, Value: 1, Unit: evil, Documents: []string{evil}}})
		},
		"compare": func(w io.Writer) error {
			return Compare(w, evil, []graph.CompareRow{{Region: evil, Year: 2025, Value: 1, Unit: evil, Documents: []string{evil}}})
		},
		"empty": func(w io.Writer) error { return Compare(w, evil, nil) },
	} {
		var b bytes.Buffer
		if err := draw(&b); err != nil {
			t.Fatal(err)
		}
		wellFormed(t, b.Bytes())
		if strings.Contains(b.String(), "<script") {
			t.Errorf("%s: a name reached the SVG unescaped:\n%s", name, b.String())
		}
	}
}

func TestDeterministic(t *testing.T) {
	rows := []graph.CompareRow{{Region: "甲", Value: 1.5, Unit: "%"}, {Region: "乙", Value: -0.5, Unit: "%"}}
	var a, b bytes.Buffer
	if err := Compare(&a, "t", rows); err != nil {
		t.Fatal(err)
	}
	if err := Compare(&b, "t", rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same rows drew different bytes")
	}
}

func TestNiceRange(t *testing.T) {
	for _, tt := range []struct{ lo, hi, wantLo, wantHi, wantStep float64 }{
		{4.9, 5.8, 4.8, 5.8, 0.2},
		{5, 5, 4, 6, 0.5},
		{0, 110, 0, 120, 20},
		{-2.1, 6, -4, 6, 2},
	} {
		lo, hi, step := niceRange(tt.lo, tt.hi)
		if math.Abs(lo-tt.wantLo) > 1e-9 || math.Abs(hi-tt.wantHi) > 1e-9 || math.Abs(step-tt.wantStep) > 1e-9 {
			t.Errorf("niceRange(%v, %v) = %v, %v, %v; want %v, %v, %v", tt.lo, tt.hi, lo, hi, step, tt.wantLo, tt.wantHi, tt.wantStep)
		}
	}
}

// Two values a few ulps apart (the same figure read from two documents)
// must not make the tick loop stand still.
func TestNearlyEqualValues(t *testing.T) {
	for _, v := range []float64{0.3, 5.5, 1.23e13, -7} {
		w := math.Nextafter(v, math.Inf(1))
		lo, hi, step := niceRange(v, w)
		if !(step > 0) || lo+step == lo || hi < w || lo > v {
			t.Errorf("niceRange(%v, %v) = %v, %v, %v", v, w, lo, hi, step)
		}
		var b bytes.Buffer
		if err := Series(&b, "t", []graph.SeriesRow{{Year: 2024, Kind: graph.Target, Value: v, Unit: "%"}, {Year: 2025, Kind: graph.Observation, Value: w, Unit: "%"}}); err != nil {
			t.Fatal(err)
		}
		if b.Len() > 20000 {
			t.Errorf("%v: a chart of %d bytes", v, b.Len())
		}
	}
}
