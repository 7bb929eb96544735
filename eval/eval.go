// Package eval scores per-document records against gold records the way
// the project's reference scorer (score.py) does: entities per document as
// sets, agency abbreviations folded on both sides, amounts matched by
// value, value_max and currency, targets by value, value_max and unit, one
// to one; optional gold entities neither rewarded nor punished.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/policygraph/policygraph/graph"
)

// Types are the scored entity types, in report order.
var Types = []string{"regions", "agencies", "plans", "amounts", "targets"}

// agencyFolds maps abbreviations to full forms, applied to both sides.
var agencyFolds = func() []struct {
	re  *regexp.Regexp
	rep string
} {
	pairs := [][2]string{
		{`^党中央$`, "中共中央"},
		{`发改委`, "发展和改革委员会"},
		{`工信厅`, "工业和信息化厅"}, {`工信局`, "工业和信息化局"}, {`工信部`, "工业和信息化部"},
		{`经信厅`, "经济和信息化厅"}, {`经信局`, "经济和信息化局"}, {`经信委`, "经济和信息化委员会"},
		{`科技厅`, "科学技术厅"}, {`科技局`, "科学技术局"}, {`科技部`, "科学技术部"}, {`科委`, "科学技术委员会"},
		{`国资委`, "国有资产监督管理委员会"}, {`卫健委`, "卫生健康委员会"},
		{`市场监管总局`, "市场监督管理总局"}, {`市场监管局`, "市场监督管理局"},
		{`住建厅`, "住房和城乡建设厅"}, {`住建局`, "住房和城乡建设局"}, {`住建部`, "住房和城乡建设部"},
		{`人社厅`, "人力资源和社会保障厅"}, {`人社局`, "人力资源和社会保障局"}, {`人社部`, "人力资源和社会保障部"},
		{`省政府`, "省人民政府"}, {`市政府`, "市人民政府"}, {`区政府`, "区人民政府"}, {`县政府`, "县人民政府"},
		{`州政府`, "州人民政府"}, {`旗政府`, "旗人民政府"}, {`镇政府`, "镇人民政府"}, {`乡政府`, "乡人民政府"},
	}
	out := make([]struct {
		re  *regexp.Regexp
		rep string
	}, len(pairs))
	for i, p := range pairs {
		out[i].re, out[i].rep = regexp.MustCompile(p[0]), p[1]
	}
	return out
}()

// normText width-folds and trims a name as score.py's norm_text does.
func normText(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("《", "", "》", "").Replace(s)
	return strings.Join(strings.FieldsFunc(s, isPySpace), "")
}

// isPySpace reports whether Python's \s matches r: Go's white space and
// the information separators U+001C–U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// normAgency applies score.py's AGENCY_FOLDS in its order. Go's regexp has
// no lookahead, so the folds that need one are written out.
func normAgency(s string) string {
	s = normText(s)
	if s == "党中央" {
		s = "中共中央"
	}
	if strings.HasPrefix(s, "中共") && !strings.HasPrefix(s, "中共中央") {
		s = strings.TrimPrefix(s, "中共")
	}
	s = replaceNotBefore(s, "发展改革委", "员会", "发展和改革委员会")
	for _, f := range agencyFolds[1:] {
		s = f.re.ReplaceAllString(s, f.rep)
	}
	s = replaceNotBefore(s, "新闻办", "公室", "新闻办公室")
	s = replaceNotBefore(s, "网信办", "公室", "互联网信息办公室")
	return s
}

// replaceNotBefore replaces old with repl wherever it is not followed by next.
func replaceNotBefore(s, old, next, repl string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		rest := s[i+len(old):]
		if strings.HasPrefix(rest, next) {
			b.WriteString(old)
		} else {
			b.WriteString(repl)
		}
		s = rest
	}
}

var tradUnits = strings.NewReplacer("戶", "户", "個", "个", "項", "项", "萬", "万", "億", "亿", "臺", "台", "張", "张", "畝", "亩", "噸", "吨", "場", "场", "間", "间")

func normUnit(u string) string {
	u = tradUnits.Replace(normText(u))
	if strings.HasSuffix(u, "元") {
		switch u {
		case "美元", "欧元", "日元", "港元", "英镑":
		default:
			return "元"
		}
	}
	return u
}

func close(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Max(math.Abs(*a), math.Abs(*b)))
}

type key struct {
	name     string
	v, vmax  *float64
	currency string
	unit     string
}

func (k key) matches(o key, typ string) bool {
	switch typ {
	case "amounts":
		return close(k.v, o.v) && close(k.vmax, o.vmax) && k.currency == o.currency
	case "targets":
		return close(k.v, o.v) && close(k.vmax, o.vmax) && k.unit == o.unit
	}
	return k.name == o.name
}

type item struct {
	key key
	val any
}

func keyed(typ string, r *graph.Record, optional bool) []item {
	var out []item
	add := func(k key, v any, dedupe bool) {
		if dedupe {
			for _, o := range out {
				if o.key.matches(k, typ) {
					return
				}
			}
		}
		out = append(out, item{k, v})
	}
	o := r.Optional
	switch typ {
	case "regions", "agencies", "plans":
		names := map[string][]string{"regions": r.Regions, "agencies": r.Agencies, "plans": r.Plans}[typ]
		if optional {
			names = map[string][]string{"regions": o.Regions, "agencies": o.Agencies, "plans": o.Plans}[typ]
		}
		for _, n := range names {
			k := normText(n)
			if typ == "agencies" {
				k = normAgency(n)
			}
			if k != "" {
				add(key{name: k}, n, true)
			}
		}
	case "amounts":
		as := r.Amounts
		if optional {
			as = o.Amounts
		}
		for _, a := range as {
			v := a.Value
			cur := strings.ToUpper(a.Currency)
			if cur == "" {
				cur = "CNY"
			}
			add(key{v: &v, vmax: a.ValueMax, currency: cur}, a, true)
		}
	case "targets":
		ts := r.Targets
		if optional {
			ts = o.Targets
		}
		for _, t := range ts {
			v := t.Value
			add(key{v: &v, vmax: t.ValueMax, unit: normUnit(t.Unit)}, t, false)
		}
	}
	return out
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Precision, Recall and F1 follow score.py (an empty prediction against
// empty gold is perfect).
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		if c.FN == 0 {
			return 1
		}
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP+FN).
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Error is one miss or extra, for --errors.
type Error struct {
	Doc, Type, What string
	Item            any
}

// Report is a scoring of predictions against gold.
type Report struct {
	Documents  int
	Missing    []string
	Types      map[string]*Counts
	Attributes map[string][2]float64 // name → {sum of scores, n}
	Errors     []Error
}

// Score compares pred against gold. Documents only in pred are ignored.
func Score(gold, pred map[string]*graph.Record) *Report {
	rep := &Report{Documents: len(gold), Types: map[string]*Counts{}, Attributes: map[string][2]float64{}}
	for _, t := range Types {
		rep.Types[t] = &Counts{}
	}
	for _, a := range []string{"amount_qualifier", "target_year", "target_region", "target_metric"} {
		rep.Attributes[a] = [2]float64{}
	}
	docs := make([]string, 0, len(gold))
	for d := range gold {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	for _, d := range docs {
		g, p := gold[d], pred[d]
		if p == nil {
			rep.Missing = append(rep.Missing, d)
			p = graph.NewRecord(d)
		}
		for _, typ := range Types {
			req, opt, prd := keyed(typ, g, false), keyed(typ, g, true), keyed(typ, p, false)
			used := make([]bool, len(prd))
			c := rep.Types[typ]
			for _, gi := range req {
				hit := -1
				for i, pi := range prd {
					if !used[i] && gi.key.matches(pi.key, typ) {
						hit = i
						break
					}
				}
				if hit < 0 {
					c.FN++
					rep.Errors = append(rep.Errors, Error{d, typ, "missed", gi.val})
					continue
				}
				used[hit] = true
				c.TP++
				rep.attrs(typ, gi.val, prd[hit].val)
			}
			for i, pi := range prd {
				if used[i] {
					continue
				}
				isOpt := false
				for _, o := range opt {
					if o.key.matches(pi.key, typ) {
						isOpt = true
						break
					}
				}
				if !isOpt {
					c.FP++
					rep.Errors = append(rep.Errors, Error{d, typ, "extra", pi.val})
				}
			}
		}
	}
	return rep
}

func (rep *Report) attrs(typ string, g, p any) {
	add := func(name string, score float64) {
		a := rep.Attributes[name]
		rep.Attributes[name] = [2]float64{a[0] + score, a[1] + 1}
	}
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	switch typ {
	case "amounts":
		ga, pa := g.(graph.AmountItem), p.(graph.AmountItem)
		add("amount_qualifier", b2f(orEq(ga.Qualifier) == orEq(pa.Qualifier)))
	case "targets":
		gt, pt := g.(graph.TargetItem), p.(graph.TargetItem)
		add("target_year", b2f((gt.Year == nil && pt.Year == nil) || (gt.Year != nil && pt.Year != nil && *gt.Year == *pt.Year)))
		gr, pr := "", ""
		if gt.Region != nil {
			gr = *gt.Region
		}
		if pt.Region != nil {
			pr = *pt.Region
		}
		add("target_region", b2f(normText(gr) == normText(pr)))
		add("target_metric", dice(gt.Metric, pt.Metric))
	}
}

func orEq(q string) string {
	if q == "" {
		return "="
	}
	return q
}

// dice is the character-overlap similarity of two metrics.
func dice(a, b string) float64 {
	ra, rb := []rune(normText(a)), []rune(normText(b))
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	ca := map[rune]int{}
	for _, r := range ra {
		ca[r]++
	}
	common := 0
	for _, r := range rb {
		if ca[r] > 0 {
			ca[r]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(ra)+len(rb))
}

// ReadRecords reads JSON Lines records keyed by their doc's base name.
func ReadRecords(r io.Reader, name string) (map[string]*graph.Record, error) {
	out := map[string]*graph.Record{}
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var rec graph.Record
			if err := json.Unmarshal(line, &rec); err != nil {
				return nil, fmt.Errorf("%s:%d: not a JSON record: %w", name, n, err)
			}
			if rec.Doc == "" {
				return nil, fmt.Errorf("%s:%d: record has no \"doc\"", name, n)
			}
			d := rec.Doc
			if i := strings.LastIndex(d, "/"); i >= 0 {
				d = d[i+1:]
			}
			out[d] = &rec
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// Write prints the report like score.py.
func (rep *Report) Write(w io.Writer, errors bool) {
	if errors {
		for _, e := range rep.Errors {
			j, _ := json.Marshal(e.Item)
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", e.Doc, e.Type, e.What, j)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "documents: %d (missing from predictions: %d)\n", rep.Documents, len(rep.Missing))
	fmt.Fprintf(w, "%-10s%6s%6s%6s%8s%8s%8s\n", "type", "tp", "fp", "fn", "prec", "rec", "f1")
	for _, t := range Types {
		c := rep.Types[t]
		fmt.Fprintf(w, "%-10s%6d%6d%6d%8.3f%8.3f%8.3f\n", t, c.TP, c.FP, c.FN, round4(c.Precision()), round4(c.Recall()), round4(c.F1()))
	}
	for _, a := range []string{"amount_qualifier", "target_year", "target_region", "target_metric"} {
		s := rep.Attributes[a]
		if s[1] == 0 {
			fmt.Fprintf(w, "%s: n/a over 0\n", a)
			continue
		}
		fmt.Fprintf(w, "%s: %.3f over %d\n", a, round4(s[0]/s[1]), int(s[1]))
	}
}

// round4 rounds to 4 decimals as score.py does before it prints 3: 0.84848
// is 0.8485, printed 0.849.
func round4(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return r
}
