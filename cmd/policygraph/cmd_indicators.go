package main

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/chart"
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
			row = []string{r.Region, strconv.Itoa(r.Year), chart.Value(r.Qualifier, r.Value, r.ValueMax, r.Unit), r.Metric, strings.Join(r.Documents, ", ")}
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
			row = []string{region, r.Indicator, strconv.Itoa(t.Year), chart.Value(t.Qualifier, t.Value, t.ValueMax, t.Unit), obsVal, r.Status, strings.Join(t.Documents, ", "), obsDocs}
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
			row = []string{strconv.Itoa(r.Year), string(r.Kind), chart.Value(r.Qualifier, r.Value, r.ValueMax, r.Unit), r.Metric, strings.Join(r.Documents, ", ")}
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
