package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
)

// indicatorArgs are the flags of the indicator queries, resolved.
type indicatorArgs struct {
	indicator graph.ID
	min, max  *float64
}

// resolveIndicator looks up --indicator (a name or an alias) and parses
// --min and --max.
func resolveIndicator(r graph.Reader, f *queryFlags, a *indicatorArgs) error {
	if f.indicator != "" {
		n, err := graph.FindIndicator(r, f.indicator)
		if err != nil {
			return usageErr("--indicator: %v", err)
		}
		a.indicator = n.ID
	}
	for _, b := range []struct {
		name, s string
		v       **float64
	}{{"--min", f.min, &a.min}, {"--max", f.max, &a.max}} {
		if b.s == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(b.s), 64)
		if err != nil {
			return usageErr("%s %q: want a number such as 5 or 1e10", b.name, b.s)
		}
		*b.v = &v
	}
	return nil
}

// sortTargets orders target rows by --sort: region (the default order),
// year, value or -value (largest first).
func sortTargets(rows []graph.TargetRow, by string) error {
	var less func(a, b graph.TargetRow) bool
	switch by {
	case "", "region":
		return nil
	case "year":
		less = func(a, b graph.TargetRow) bool { return a.Year < b.Year }
	case "value":
		less = func(a, b graph.TargetRow) bool { return a.Value < b.Value }
	case "-value":
		less = func(a, b graph.TargetRow) bool { return a.Value > b.Value }
	default:
		return usageErr("--sort %q: want region, year, value or -value", by)
	}
	sort.SliceStable(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
	return nil
}

// limitRows keeps the first n rows when n > 0.
func limitRows[T any](rows []T, n int) []T {
	if n > 0 && len(rows) > n {
		return rows[:n]
	}
	return rows
}

// evidenceCols returns the evidence columns of a row, when asked for.
func evidenceCols(ev *graph.RowEvidence, want bool) []string {
	if !want {
		return nil
	}
	if ev == nil {
		return []string{"", ""}
	}
	return []string{ev.Doc, ev.Sentence}
}

func withEvidence(header []string, want bool) []string {
	if want {
		return append(header, "EVIDENCE_DOC", "EVIDENCE")
	}
	return header
}

// targetValue writes a target's value as a table shows it: ≥5%, 1–2户.
func targetValue(q string, v float64, vmax *float64, unit string) string {
	val := number.Humanize(v, unit)
	if vmax != nil {
		val = number.Humanize(v, "") + "–" + number.Humanize(*vmax, unit)
	}
	if q != "" && q != "=" {
		val = q + val
	}
	return val
}

func optFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return graph.FormatFloat(*v)
}

func writeCompare(w io.Writer, format string, rows []graph.CompareRow, evidence bool) error {
	if rows == nil {
		rows = []graph.CompareRow{}
	}
	var out [][]string
	for _, r := range rows {
		var row []string
		if isCSV(format) {
			row = []string{r.Region, r.Level, strconv.Itoa(r.Year), r.Metric, r.Qualifier, graph.FormatFloat(r.Value), optFloat(r.ValueMax), r.Unit, strings.Join(r.Documents, ";"), strconv.Itoa(r.Others)}
		} else {
			row = []string{r.Region, strconv.Itoa(r.Year), targetValue(r.Qualifier, r.Value, r.ValueMax, r.Unit), r.Metric, strings.Join(r.Documents, ", ")}
		}
		out = append(out, append(row, evidenceCols(r.Evidence, evidence)...))
	}
	if isCSV(format) {
		return table(w, format, withEvidence([]string{"REGION", "LEVEL", "YEAR", "METRIC", "QUALIFIER", "VALUE", "VALUE_MAX", "UNIT", "DOCUMENTS", "OTHERS"}, evidence), out, rows)
	}
	return table(w, format, withEvidence([]string{"REGION", "YEAR", "TARGET", "METRIC", "DOCUMENT"}, evidence), out, rows)
}

func writeProgress(w io.Writer, format string, rows []graph.ProgressRow, evidence bool) error {
	if rows == nil {
		rows = []graph.ProgressRow{}
	}
	var out [][]string
	for _, r := range rows {
		t := r.Target
		obsVal, obsDocs, obsUnit := "", "", ""
		var obsEv *graph.RowEvidence
		if o := r.Observation; o != nil {
			obsVal, obsUnit, obsDocs, obsEv = graph.FormatFloat(o.Value), o.Unit, strings.Join(o.Documents, ";"), o.Evidence
			if format != "csv" {
				obsVal = number.Humanize(o.Value, o.Unit)
				obsDocs = strings.Join(o.Documents, ", ")
			}
		}
		var row []string
		if isCSV(format) {
			row = []string{t.Region, r.Indicator, strconv.Itoa(t.Year), t.Qualifier, graph.FormatFloat(t.Value), optFloat(t.ValueMax), t.Unit, obsVal, obsUnit, r.Status, strings.Join(t.Documents, ";"), obsDocs}
		} else {
			region := t.Region
			if region == "" {
				region = "(national)"
			}
			row = []string{region, r.Indicator, strconv.Itoa(t.Year), targetValue(t.Qualifier, t.Value, t.ValueMax, t.Unit), obsVal, r.Status, strings.Join(t.Documents, ", "), obsDocs}
		}
		row = append(row, evidenceCols(t.Evidence, evidence)...)
		if evidence {
			row = append(row, evidenceCols(obsEv, true)...)
		}
		out = append(out, row)
	}
	ev := func(h []string) []string {
		if evidence {
			return append(h, "TARGET_DOC", "TARGET_EVIDENCE", "OBSERVED_DOC", "OBSERVED_EVIDENCE")
		}
		return h
	}
	if isCSV(format) {
		return table(w, format, ev([]string{"REGION", "INDICATOR", "YEAR", "QUALIFIER", "TARGET", "TARGET_MAX", "UNIT", "OBSERVED", "OBSERVED_UNIT", "STATUS", "TARGET_DOCUMENTS", "OBSERVED_DOCUMENTS"}), out, rows)
	}
	return table(w, format, ev([]string{"REGION", "INDICATOR", "YEAR", "TARGET", "OBSERVED", "STATUS", "TARGET DOCUMENT", "OBSERVED IN"}), out, rows)
}

func writeSeries(w io.Writer, format string, rows []graph.SeriesRow, evidence bool) error {
	if rows == nil {
		rows = []graph.SeriesRow{}
	}
	var out [][]string
	for _, r := range rows {
		var row []string
		if isCSV(format) {
			row = []string{strconv.Itoa(r.Year), string(r.Kind), r.Qualifier, graph.FormatFloat(r.Value), optFloat(r.ValueMax), r.Unit, r.Metric, strings.Join(r.Documents, ";")}
		} else {
			row = []string{strconv.Itoa(r.Year), string(r.Kind), targetValue(r.Qualifier, r.Value, r.ValueMax, r.Unit), r.Metric, strings.Join(r.Documents, ", ")}
		}
		out = append(out, append(row, evidenceCols(r.Evidence, evidence)...))
	}
	if isCSV(format) {
		return table(w, format, withEvidence([]string{"YEAR", "KIND", "QUALIFIER", "VALUE", "VALUE_MAX", "UNIT", "METRIC", "DOCUMENTS"}, evidence), out, rows)
	}
	return table(w, format, withEvidence([]string{"YEAR", "KIND", "VALUE", "METRIC", "DOCUMENT"}, evidence), out, rows)
}

func writeIndicators(w io.Writer, format string, rows []graph.IndicatorRow) error {
	if rows == nil {
		rows = []graph.IndicatorRow{}
	}
	var out [][]string
	for _, r := range rows {
		out = append(out, []string{r.Name, r.Kind, r.Unit, r.Better, strconv.Itoa(r.Targets), strconv.Itoa(r.Observations), strings.Join(r.Aliases, "、")})
	}
	return table(w, format, []string{"INDICATOR", "KIND", "UNIT", "BETTER", "TARGETS", "OBSERVATIONS", "ALIASES"}, out, rows)
}

func writeObservations(w io.Writer, format string, rows []graph.ObservationRow, evidence bool) error {
	if rows == nil {
		rows = []graph.ObservationRow{}
	}
	var out [][]string
	for _, r := range rows {
		var row []string
		if isCSV(format) {
			row = []string{r.Region, r.Indicator, strconv.Itoa(r.Period), graph.FormatFloat(r.Value), r.Unit, r.Metric, strings.Join(r.Documents, ";")}
		} else {
			region := r.Region
			if region == "" {
				region = "(national)"
			}
			row = []string{region, r.Indicator, strconv.Itoa(r.Period), number.Humanize(r.Value, r.Unit), strings.Join(r.Documents, ", ")}
		}
		out = append(out, append(row, evidenceCols(r.Evidence, evidence)...))
	}
	if isCSV(format) {
		return table(w, format, withEvidence([]string{"REGION", "INDICATOR", "PERIOD", "VALUE", "UNIT", "METRIC", "DOCUMENTS"}, evidence), out, rows)
	}
	return table(w, format, withEvidence([]string{"REGION", "INDICATOR", "PERIOD", "VALUE", "DOCUMENT"}, evidence), out, rows)
}

// writeSeriesSVG draws a series as a small SVG chart: observations as a
// line of filled dots, targets as hollow squares (a range as a bar), one
// unit only (the first row's), years along the bottom. The drawing is
// deterministic: the same rows give the same bytes.
func writeSeriesSVG(w io.Writer, title string, rows []graph.SeriesRow) error {
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
	for v := lo; v <= hi+step/2; v += step {
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
		label := strings.NewReplacer(">=", "≥", "<=", "≤").Replace(targetValue(r.Qualifier, r.Value, r.ValueMax, r.Unit))
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
func niceRange(lo, hi float64) (float64, float64, float64) {
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
