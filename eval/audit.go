package eval

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// An audit measures precision where there is no gold: it draws facts at
// random from a database's records, each with the sentence it came from,
// for a person to mark; then it totals the marks.
//
// The form is tab-separated (a spreadsheet opens it): one row per fact,
// the mark column first and empty. Mark a row "y" when every field is
// right, or list the fields that are wrong ("year", "value,unit"), or "n"
// when it is not a fact of its kind at all (a past statistic read as a
// target). Rows left unmarked are not counted.

// AuditKinds are the kinds of fact an audit can draw.
var AuditKinds = []string{"targets", "amounts", "agencies", "regions"}

// AuditFields are the fields of a target row a mark can name as wrong.
var AuditFields = []string{"value", "unit", "qualifier", "year", "region", "metric"}

// AuditItem is one drawn fact.
type AuditItem struct {
	Kind     string
	Doc      string // the document's source
	Fact     map[string]string
	Evidence string // the sentence the fact was found in ("" for names without a span)
	Mark     string
}

var auditColumns = []string{"mark", "n", "kind", "doc", "value", "value_max", "unit", "qualifier", "year", "region", "metric", "name", "evidence"}

// Sample draws n facts of one kind from the records, uniformly without
// replacement, the same ones for the same records and seed. Records need
// their text (docs --full) for the evidence sentences.
func Sample(recs []*graph.Record, kind string, n int, seed uint64) ([]AuditItem, error) {
	var all []AuditItem
	sorted := append([]*graph.Record(nil), recs...)
	sort.SliceStable(sorted, func(i, j int) bool { return source(sorted[i]) < source(sorted[j]) })
	for _, r := range sorted {
		doc := source(r)
		switch kind {
		case "targets":
			for _, t := range r.Targets {
				f := map[string]string{"value": num(t.Value), "unit": t.Unit, "qualifier": t.Qualifier, "metric": t.Metric}
				if t.ValueMax != nil {
					f["value_max"] = num(*t.ValueMax)
				}
				if t.Year != nil {
					f["year"] = strconv.Itoa(*t.Year)
				}
				if t.Region != nil {
					f["region"] = *t.Region
				}
				all = append(all, AuditItem{Kind: kind, Doc: doc, Fact: f, Evidence: sentenceAt(r.Text, t.Span)})
			}
		case "amounts":
			for _, a := range r.Amounts {
				f := map[string]string{"value": num(a.Value), "unit": a.Currency, "qualifier": a.Qualifier}
				if a.ValueMax != nil {
					f["value_max"] = num(*a.ValueMax)
				}
				all = append(all, AuditItem{Kind: kind, Doc: doc, Fact: f, Evidence: sentenceAt(r.Text, a.Span)})
			}
		case "agencies":
			for _, a := range r.Agencies {
				all = append(all, AuditItem{Kind: kind, Doc: doc, Fact: map[string]string{"name": a}, Evidence: firstSentenceWith(r.Text, a)})
			}
		case "regions":
			for _, a := range r.Regions {
				all = append(all, AuditItem{Kind: kind, Doc: doc, Fact: map[string]string{"name": a}, Evidence: firstSentenceWith(r.Text, shortOf(a))})
			}
		default:
			return nil, fmt.Errorf("audit: unknown kind %q (want one of %s)", kind, strings.Join(AuditKinds, ", "))
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x706f6c6963796772)) // "policygr"
	perm := rng.Perm(len(all))
	if n > len(all) {
		n = len(all)
	}
	out := make([]AuditItem, n)
	for i := range out {
		out[i] = all[perm[i]]
	}
	return out, nil
}

func source(r *graph.Record) string {
	if r.Meta != nil && r.Meta.Source != "" {
		return r.Meta.Source
	}
	return r.Doc
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// shortOf drops a division suffix so the evidence search finds 山东 for
// 山东省; the name itself is tried first.
func shortOf(name string) string {
	for _, suf := range []string{"特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区"} {
		if s, ok := strings.CutSuffix(name, suf); ok && len([]rune(s)) >= 2 {
			return s
		}
	}
	return name
}

// sentenceAt returns the sentence of text around the byte span, or "".
func sentenceAt(text string, sp *graph.Span) string {
	if sp == nil || sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return ""
	}
	start := sp.Start
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if isSentenceEnd(r) {
			break
		}
		start -= size
	}
	end := sp.End
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		end += size
		if isSentenceEnd(r) {
			break
		}
	}
	return strings.TrimSpace(text[start:end])
}

func firstSentenceWith(text, name string) string {
	i := strings.Index(text, name)
	if i < 0 {
		return ""
	}
	return sentenceAt(text, &graph.Span{Start: i, End: i + len(name)})
}

func isSentenceEnd(r rune) bool { return strings.ContainsRune("。！？!?\n", r) }

// WriteAuditForm writes the items as a tab-separated form to mark.
func WriteAuditForm(w io.Writer, items []AuditItem) error {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	if err := cw.Write(auditColumns); err != nil {
		return err
	}
	for i, it := range items {
		row := []string{it.Mark, strconv.Itoa(i + 1), it.Kind, it.Doc}
		for _, c := range auditColumns[4 : len(auditColumns)-1] {
			row = append(row, oneLine(it.Fact[c]))
		}
		row = append(row, oneLine(it.Evidence))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// AuditTotals counts the marks of a form.
type AuditTotals struct {
	Marked, Right, NotAFact int
	Wrong                   map[string]int // by field named wrong
	Unmarked                int
}

// ReadAuditForm totals a marked form. A mark that is not y, n or a list
// of known fields is an error naming its line.
func ReadAuditForm(r io.Reader, name string) (*AuditTotals, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.Comma = '\t'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := &AuditTotals{Wrong: map[string]int{}}
	known := map[string]bool{"name": true}
	for _, f := range AuditFields {
		known[f] = true
	}
	for line := 1; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if line == 1 {
			if len(row) == 0 || row[0] != "mark" {
				return nil, fmt.Errorf("%s:1: not an audit form (the first column must be \"mark\")", name)
			}
			continue
		}
		if len(row) == 0 {
			continue
		}
		mark := strings.ToLower(strings.TrimSpace(row[0]))
		switch mark {
		case "":
			t.Unmarked++
			continue
		case "y", "yes", "ok":
			t.Marked++
			t.Right++
			continue
		case "n", "no":
			t.Marked++
			t.NotAFact++
			continue
		}
		t.Marked++
		for _, f := range strings.FieldsFunc(mark, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
			if !known[f] {
				return nil, fmt.Errorf("%s:%d: mark %q: %q is not a field (want y, n, or wrong fields among %s)", name, line, row[0], f, strings.Join(AuditFields, ", "))
			}
			t.Wrong[f]++
		}
	}
	if t.Marked == 0 {
		return nil, fmt.Errorf("%s: no row is marked", name)
	}
	return t, nil
}

// Write prints the totals.
func (t *AuditTotals) Write(w io.Writer) {
	fmt.Fprintf(w, "marked %d, right %d (%.1f%%), not a fact %d, unmarked %d\n", t.Marked, t.Right, 100*float64(t.Right)/float64(t.Marked), t.NotAFact, t.Unmarked)
	var fs []string
	for f := range t.Wrong {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	for _, f := range fs {
		fmt.Fprintf(w, "  %-10s wrong %d\n", f, t.Wrong[f])
	}
}
