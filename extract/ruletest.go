package extract

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/rules"
)

// ExampleFailure is a rule example that the pipeline does not satisfy.
type ExampleFailure struct {
	Pos  rules.Pos
	Rule string
	Msg  string
}

func (f ExampleFailure) String() string { return fmt.Sprintf("%s: %s: %s", f.Pos, f.Rule, f.Msg) }

// TestExamples runs every example written beside a rule through the whole
// pipeline and reports those that fail, in file order. It returns how many
// examples ran.
func (x *Extractor) TestExamples(ctx context.Context) (n int, fails []ExampleFailure) {
	for _, r := range x.set.Rules {
		for i, ex := range r.Examples {
			n++
			for _, msg := range x.checkExample(ctx, r, i, ex) {
				fails = append(fails, ExampleFailure{Pos: ex.Pos, Rule: r.ID, Msg: msg})
			}
		}
	}
	opt := x.IngestOptions()
	for _, b := range x.set.Boilerplate {
		for _, ex := range b.Examples {
			n++
			docs, errs := ingest.Parse("example.txt", []byte(ex.Text), opt)
			got := ""
			if len(errs) == 0 && len(docs) == 1 {
				got = strings.TrimSpace(docs[0].Text)
			}
			if want := strings.TrimSpace(ex.Want); got != want {
				fails = append(fails, ExampleFailure{Pos: ex.Pos, Rule: b.ID, Msg: fmt.Sprintf("cleaned text is %q, want %q", got, want)})
			}
		}
	}
	sort.SliceStable(fails, func(i, j int) bool {
		a, b := fails[i].Pos, fails[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return n, fails
}

// exampleKind is the entity kind a rule's examples are checked against.
func exampleKind(r *rules.Rule) graph.Kind {
	switch r.Kind {
	case "region", "dateline":
		return graph.Region
	case "agency":
		return graph.Agency
	case "plan", "alias":
		return graph.Plan
	case "amount":
		return graph.Amount
	case "exclude":
		if len(r.Suppress) > 0 {
			switch r.Suppress[0] {
			case "region":
				return graph.Region
			case "agency":
				return graph.Agency
			case "plan":
				return graph.Plan
			case "amount":
				return graph.Amount
			}
		}
	}
	return graph.Target
}

func (x *Extractor) checkExample(ctx context.Context, r *rules.Rule, i int, ex *rules.Example) []string {
	text := ex.Text
	if ex.Doc.Title != "" {
		text = ex.Doc.Title + "\n" + text
	}
	doc := &ingest.Document{Name: fmt.Sprintf("%s#%d", r.ID, i+1), Source: fmt.Sprintf("%s#%d", r.ID, i+1), Title: ex.Doc.Title, Date: ex.Doc.Date, Text: text, Format: "text"}
	res, err := x.extract(ctx, doc, ex.Doc.Region)
	if err != nil {
		return []string{err.Error()}
	}
	rec := res.Record
	kind := exampleKind(r)
	var msgs []string
	got := items(rec, kind)
	if ex.None && len(got) > 0 {
		msgs = append(msgs, fmt.Sprintf("want no %s, found %s", kind, strings.Join(got, "; ")))
	}
	if !ex.None && len(ex.Want) == 0 && len(ex.Not) == 0 && len(got) == 0 {
		msgs = append(msgs, fmt.Sprintf("want some %s, found none", kind))
	}
	for _, w := range ex.Want {
		if !found(rec, kind, w) {
			msgs = append(msgs, fmt.Sprintf("want %s %s, found %s", kind, describe(w), orNone(got)))
		}
	}
	for _, w := range ex.Not {
		if found(rec, kind, w) {
			msgs = append(msgs, fmt.Sprintf("want no %s %s, but it was found", kind, describe(w)))
		}
	}
	return msgs
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}

func describe(w any) string {
	switch v := w.(type) {
	case string:
		return v
	case map[string]string:
		var ks []string
		for k := range v {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var parts []string
		for _, k := range ks {
			parts = append(parts, k+"="+v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(w)
}

// items lists what a record holds of one kind, for messages.
func items(rec *graph.Record, k graph.Kind) []string {
	switch k {
	case graph.Region:
		return rec.Regions
	case graph.Agency:
		return rec.Agencies
	case graph.Plan:
		return rec.Plans
	case graph.Amount:
		var out []string
		for _, a := range rec.Amounts {
			s := a.Qualifier + graph.FormatFloat(a.Value) + " " + a.Currency
			if a.ValueMax != nil {
				s += " max " + graph.FormatFloat(*a.ValueMax)
			}
			out = append(out, s)
		}
		return out
	}
	var out []string
	for _, t := range rec.Targets {
		s := t.Metric + " " + t.Qualifier + graph.FormatFloat(t.Value) + t.Unit
		if t.Year != nil {
			s += " (" + strconv.Itoa(*t.Year) + ")"
		}
		out = append(out, s)
	}
	return out
}

// found reports whether the record holds the wanted item: a name, or an
// amount/target whose fields equal every field the example gives.
func found(rec *graph.Record, k graph.Kind, w any) bool {
	if name, ok := w.(string); ok {
		for _, s := range items(rec, k) {
			if s == name {
				return true
			}
		}
		return false
	}
	want, _ := w.(map[string]string)
	match := func(field, got string) bool {
		v, ok := want[field]
		if !ok {
			return true
		}
		if a, err1 := strconv.ParseFloat(v, 64); err1 == nil {
			if b, err2 := strconv.ParseFloat(got, 64); err2 == nil {
				return a == b
			}
		}
		if field == "metric" {
			return strings.Contains(got, v)
		}
		return v == got
	}
	fmax := func(p *float64) string {
		if p == nil {
			return ""
		}
		return graph.FormatFloat(*p)
	}
	switch k {
	case graph.Amount:
		for _, a := range rec.Amounts {
			if match("value", graph.FormatFloat(a.Value)) && match("value_max", fmax(a.ValueMax)) && match("qualifier", a.Qualifier) && match("currency", a.Currency) {
				return true
			}
		}
	case graph.Target:
		for _, t := range rec.Targets {
			year, region := "", ""
			if t.Year != nil {
				year = strconv.Itoa(*t.Year)
			}
			if t.Region != nil {
				region = *t.Region
			}
			if match("value", graph.FormatFloat(t.Value)) && match("value_max", fmax(t.ValueMax)) && match("qualifier", t.Qualifier) &&
				match("unit", t.Unit) && match("year", year) && match("region", region) && match("metric", t.Metric) {
				return true
			}
		}
	}
	return false
}
