// Package chart draws small SVG charts of indicator values: a region's
// targets and observations over the years ([Series]) and one year's targets
// across regions ([Compare]). The drawings are deterministic (the same rows
// give the same bytes) and every text in them is escaped, so a chart of
// names from untrusted documents can be inlined in a web page.
package chart

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
)

// Value writes a value as the listings show it: ≥5%, ~5.5%, 1–2万人.
func Value(q string, v float64, vmax *float64, unit string) string {
	val := number.Humanize(v, unit)
	if vmax != nil {
		val = number.Humanize(v, "") + "–" + number.Humanize(*vmax, unit)
	}
	if q != "" && q != "=" {
		val = q + val
	}
	return val
}

// Series draws a series as a small SVG chart: observations as a
// line of filled dots, targets as hollow squares (a range as a bar), one
// unit only (the first row's), years along the bottom. The drawing is
// deterministic: the same rows give the same bytes.
func Series(w io.Writer, title string, rows []graph.SeriesRow) error {
	const (
		width, height            = 560, 300
		left, right, top, bottom = 56, 24, 44, 44
	)
	var pts []graph.SeriesRow
	for _, r := range rows {
		if len(pts) == 0 || r.Unit == pts[0].Unit {
			pts = append(pts, r)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">%s</text>`+"\n", left, svgEscape(title))
	if len(pts) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d">(nothing matches)</text>`+"\n", left, height/2)
		b.WriteString("</svg>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	unit := pts[0].Unit
	y0, y1 := pts[0].Value, pts[0].Value
	x0, x1 := pts[0].Year, pts[0].Year
	for _, r := range pts {
		hi := r.Value
		if r.ValueMax != nil {
			hi = *r.ValueMax
		}
		y0, y1 = min(y0, r.Value), max(y1, hi)
		x0, x1 = min(x0, r.Year), max(x1, r.Year)
	}
	pad := (y1 - y0) * 0.08
	lo, hi, step := niceRange(y0-pad, y1+pad)
	// Half a year of room on each side, so the first and last points and
	// their labels stay inside.
	px := func(year int) float64 {
		return float64(left) + (float64(year-x0)+0.5)*float64(width-left-right-40)/float64(x1-x0+1)
	}
	py := func(v float64) float64 {
		return float64(height-bottom) - (v-lo)*float64(height-top-bottom)/(hi-lo)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	// Axes, grid and labels.
	for v, n := lo, 0; v <= hi+step/2 && n < maxTicks; v, n = v+step, n+1 {
		fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#e6e6e6"/>`+"\n", left, f(py(v)), width-right, f(py(v)))
		fmt.Fprintf(&b, `<text x="%d" y="%s" text-anchor="end">%s</text>`+"\n", left-6, f(py(v)+4), svgEscape(number.Humanize(v, unit)))
	}
	for y := x0; y <= x1; y++ {
		fmt.Fprintf(&b, `<text x="%s" y="%d" text-anchor="middle">%d</text>`+"\n", f(px(y)), height-bottom+18, y)
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888888"/>`+"\n", left, height-bottom, width-right, height-bottom)
	// Observations: a line through the years, a dot each.
	var line []string
	for _, r := range pts {
		if r.Kind == graph.Observation {
			line = append(line, f(px(r.Year))+","+f(py(r.Value)))
		}
	}
	if len(line) > 1 {
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#1f77b4" stroke-width="2"/>`+"\n", strings.Join(line, " "))
	}
	for _, r := range pts {
		x, y := px(r.Year), py(r.Value)
		label := strings.NewReplacer(">=", "≥", "<=", "≤").Replace(Value(r.Qualifier, r.Value, r.ValueMax, r.Unit))
		if r.Kind == graph.Observation {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4" fill="#1f77b4"><title>%s</title></circle>`+"\n", f(x), f(y), svgEscape(fmt.Sprintf("%d observed %s (%s)", r.Year, label, strings.Join(r.Documents, ", "))))
			fmt.Fprintf(&b, `<text x="%s" y="%s" fill="#1f77b4">%s</text>`+"\n", f(x+7), f(y+14), svgEscape(label))
			continue
		}
		if r.ValueMax != nil {
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#ff7f0e" stroke-width="3"/>`+"\n", f(x), f(py(*r.ValueMax)), f(x), f(y))
		}
		fmt.Fprintf(&b, `<rect x="%s" y="%s" width="9" height="9" fill="#ffffff" stroke="#ff7f0e" stroke-width="2"><title>%s</title></rect>`+"\n", f(x-4.5), f(y-4.5), svgEscape(fmt.Sprintf("%d target %s (%s)", r.Year, label, strings.Join(r.Documents, ", "))))
		fmt.Fprintf(&b, `<text x="%s" y="%s" fill="#ff7f0e">%s</text>`+"\n", f(x+7), f(y-6), svgEscape(label))
	}
	// Legend.
	fmt.Fprintf(&b, `<rect x="%d" y="30" width="9" height="9" fill="#ffffff" stroke="#ff7f0e" stroke-width="2"/><text x="%d" y="39">target</text>`+"\n", width-right-150, width-right-136)
	fmt.Fprintf(&b, `<circle cx="%d" cy="34.5" r="4" fill="#1f77b4"/><text x="%d" y="39">observed</text>`+"\n", width-right-76, width-right-66)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// niceRange widens [lo, hi] to round ticks: 4 to 6 steps of 1, 2 or 5
// times a power of ten.
//
// Values a few ulps apart (5.5 and 5.5000000000000009, from two documents)
// would give a step too small to move lo: the span is at least a
// millionth of the values' size, so the ticks always advance.
func niceRange(lo, hi float64) (float64, float64, float64) {
	if min := math.Max(math.Abs(lo), math.Abs(hi)) * 1e-6; hi > lo && hi-lo < min {
		mid := lo/2 + hi/2
		lo, hi = mid-min/2, mid+min/2
	}
	if hi <= lo {
		lo, hi = lo-1, hi+1
	}
	span := hi - lo
	step := math.Pow(10, math.Floor(math.Log10(span/5)))
	for _, m := range []float64{1, 2, 5, 10} {
		if span/(step*m) <= 6 {
			step *= m
			break
		}
	}
	return math.Floor(lo/step) * step, math.Ceil(hi/step) * step, step
}

var svgEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

// Compare draws one year's targets of an indicator across regions as
// horizontal bars, in the order of rows (graph.Compare sorts them by
// value): the bar runs to the target's value, a range continues in a
// lighter bar to its upper end, and the label says the bound (≥5%, ~5.5%).
// Rows in another unit than the first row's are left out and counted in a
// note under the chart.
func Compare(w io.Writer, title string, rows []graph.CompareRow) error {
	const (
		width                    = 640
		rowH                     = 22
		left, right, top, bottom = 150, 80, 44, 40
	)
	var bars []graph.CompareRow
	for _, r := range rows {
		if len(bars) == 0 || r.Unit == bars[0].Unit {
			bars = append(bars, r)
		}
	}
	height := top + bottom + rowH*max(len(bars), 1)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">%s</text>`+"\n", 12, svgEscape(title))
	if len(bars) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d">(nothing matches)</text>`+"\n", 12, top+14)
		b.WriteString("</svg>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	unit := bars[0].Unit
	y0, y1 := 0.0, 0.0
	for _, r := range bars {
		hi := r.Value
		if r.ValueMax != nil {
			hi = *r.ValueMax
		}
		y0, y1 = min(y0, r.Value), max(y1, hi)
	}
	lo, hi, step := niceRange(y0, y1)
	px := func(v float64) float64 {
		return float64(left) + (v-lo)*float64(width-left-right)/(hi-lo)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	axisY := top + rowH*len(bars)
	for v, n := lo, 0; v <= hi+step/2 && n < maxTicks; v, n = v+step, n+1 {
		fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#e6e6e6"/>`+"\n", f(px(v)), top-4, f(px(v)), axisY)
		fmt.Fprintf(&b, `<text x="%s" y="%d" text-anchor="middle">%s</text>`+"\n", f(px(v)), axisY+16, svgEscape(number.Humanize(v, unit)))
	}
	for i, r := range bars {
		y := top + i*rowH
		label := strings.NewReplacer(">=", "≥", "<=", "≤").Replace(Value(r.Qualifier, r.Value, r.ValueMax, r.Unit))
		tip := fmt.Sprintf("%s %d: %s (%s)", r.Region, r.Year, label, strings.Join(r.Documents, ", "))
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", left-8, y+15, svgEscape(r.Region))
		x0 := px(max(lo, 0))
		fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="#ff7f0e"><title>%s</title></rect>`+"\n", f(min(x0, px(r.Value))), y+4, f(math.Abs(px(r.Value)-x0)), rowH-8, svgEscape(tip))
		end := px(r.Value)
		if r.ValueMax != nil {
			end = px(*r.ValueMax)
			fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="#ffbb78"/>`+"\n", f(px(r.Value)), y+4, f(end-px(r.Value)), rowH-8)
		}
		fmt.Fprintf(&b, `<text x="%s" y="%d">%s</text>`+"\n", f(end+5), y+15, svgEscape(label))
	}
	fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#888888"/>`+"\n", f(px(max(lo, 0))), top-4, f(px(max(lo, 0))), axisY)
	if n := len(rows) - len(bars); n > 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#888888">%s</text>`+"\n", left, height-6, svgEscape(fmt.Sprintf("%d more in another unit than %s, not drawn", n, unit)))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// maxTicks bounds the grid lines a chart draws, whatever niceRange gives.
const maxTicks = 50
