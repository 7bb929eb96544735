package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
)

// record builds the document's record in two steps: every fact of it —
// the guidelines' lists, then the nodes and edges with their evidence, the
// indicators and observations, the amounts' context — computed in this
// package as plain values, then handed to graph once (graph.BuildRecord).
func (x *Extractor) record(st *docState) *graph.Record {
	b := x.collectFacts(st)
	x.addIndicators(st, b)
	return b.build()
}

// collectFacts gathers the record's lists and graph facts of the
// document's regions, agencies, plans, amounts and targets.
func (x *Extractor) collectFacts(st *docState) *factBuilder {
	doc := st.doc
	b := &factBuilder{x: x, st: st, nodes: map[graph.NodeRef]*nodeFact{}, edges: map[edgeRef]*graph.EdgeFact{}}
	rec := &b.rec
	rec.Doc = doc.Name
	docRef := graph.NodeRef{Kind: graph.Document, Key: doc.Source}
	b.docRef = docRef
	b.put(docRef, doc.Name, "path", doc.Path, "title", doc.Title, "date", doc.Date, "format", doc.Format)

	seen := map[string]bool{}
	addName := func(list *[]string, kind, name string) {
		if name == "" || seen[kind+"\x00"+name] {
			return
		}
		seen[kind+"\x00"+name] = true
		*list = append(*list, name)
	}

	// Regions.
	for _, m := range st.regions {
		name := m.canonical()
		if name == "" {
			var cands []string
			for _, d := range m.candidates() {
				cands = append(cands, d.name+"("+d.code+")")
			}
			rec.Ambiguous = append(rec.Ambiguous, graph.Ambiguity{Kind: graph.Region, Text: st.orig(m.span), Candidates: cands, Span: st.bytes(m.span)})
			st.addTrace("region", m.rule, m.span, "ambiguous: "+strings.Join(cands, " | "))
			continue
		}
		addName(&rec.Regions, "region", name)
		ref := b.region(m)
		b.mention(docRef, ref, m.span, m.rule)
		st.addTrace("region", m.rule, m.span, name)
	}
	// Agencies.
	for _, a := range st.agencies {
		addName(&rec.Agencies, "agency", a.name)
		ref := b.agency(a)
		b.mention(docRef, ref, a.span, a.rule)
		st.addTrace("agency", a.rule, a.span, a.name)
	}
	// Plans.
	for _, p := range st.plans {
		if p.alias {
			if t := p.planFor(); t != p {
				b.mention(docRef, b.plan(t), p.span, p.rule)
				st.addTrace("plan", p.rule, p.span, "short form of "+t.title)
			}
			continue
		}
		addName(&rec.Plans, "plan", p.title)
		ref := b.plan(p)
		b.mention(docRef, ref, p.span, p.rule)
		st.addTrace("plan", p.rule, p.span, p.title)
	}
	// Amounts: one per value in a document, as the guidelines count them.
	seenAmount := map[string]graph.NodeRef{}
	for _, a := range st.amounts {
		key := x.txt.quantityKey(a.q)
		ref, ok := seenAmount[key]
		if !ok {
			item := graph.AmountItem{Text: st.orig(a.span), Value: a.q.Value, Currency: a.q.Currency, Qualifier: string(a.q.Qualifier), Span: ptr(st.bytes(a.span)), Rule: a.rule}
			if a.q.HasMax {
				item.ValueMax = ptr(a.q.Max)
			}
			rec.Amounts = append(rec.Amounts, item)
			ref = b.amount(a, doc.Source)
			seenAmount[key] = ref
		}
		b.mention(docRef, ref, a.span, a.rule)
		st.addTrace("amount", a.rule, a.span, number.Humanize(a.q.Value, x.txt.yuan)+" "+a.q.Currency+" "+string(a.q.Qualifier))
	}
	// Targets.
	seenTarget := map[string]bool{}
	for _, t := range dropRestated(x.txt, st) {
		// One goal stated twice is one target; the same goal set for two
		// places (每年举办场景对接活动不少于2场 under each city's paragraph)
		// is two.
		key := x.txt.quantityKey(t.q) + "\x00" + t.metric + "\x00" + strconv.Itoa(t.year)
		if t.region != nil {
			key += "\x00" + t.region.key
		}
		if seenTarget[key] {
			continue
		}
		seenTarget[key] = true
		// The clause's text without the indent of the paragraph it opens.
		item := graph.TargetItem{Text: strings.TrimSpace(st.orig(t.clause)), Metric: t.metric, Value: t.q.Value, Unit: x.txt.targetUnit(t.q), Qualifier: string(t.q.Qualifier), Span: ptr(st.bytes(t.span)), Rule: t.rule}
		if t.q.HasMax {
			item.ValueMax = ptr(t.q.Max)
		}
		if t.year != 0 {
			item.Year = ptr(t.year)
		}
		if t.region != nil {
			item.Region = ptr(t.region.name)
		}
		if t.plan != nil {
			item.Plan = t.plan.planFor().title
		}
		if t.agency != nil {
			item.Agency = t.agency.name
		}
		rec.Targets = append(rec.Targets, item)
		ref := b.target(t, item, doc.Source)
		b.mention(docRef, ref, t.span, t.rule)
	}
	rec.Text = doc.Text
	rec.Meta = &graph.DocMeta{
		Source:   doc.Source,
		Path:     doc.Path,
		Format:   doc.Format,
		Encoding: doc.Encoding,
		Title:    doc.Title,
		Date:     doc.Date,
		Hash:     doc.Hash,
		// DateSource says how far to trust Date (set by ingest).
		DateSource: doc.Meta["date_source"],
		Rules:      x.Fingerprint(),
		Bytes:      len(doc.Text),
	}
	if d := st.juris.most(); d != nil {
		rec.Meta.Jurisdiction = d.name
	}
	return b
}

func ptr[T any](v T) *T { return &v }

// dropRestated drops goals stated in the title (or a lead summary) that
// the body states again with the same value, unit and year: one goal, said
// twice, is one target. A headline often gives no year (我国将实施东北黑土地
// 保护性耕作超1亿亩); its goal is then the body's of any year. A flash's
// bracketed headline right after its title (【广东：…300万个以上充电设施…】财联社
// 6月9日电，…) is a lead too.
//
// Anywhere else in news, a goal is restated when a later one has the same value,
// unit, year and region and the one's metric holds the other's: a
// bulletin's headline run on into its body (2030年绿色工厂产值占制造业总产值
// 比重将超过40% … 各级绿色工厂产值占制造业总产值比重超过40%). The later,
// the body's, stays.
func dropRestated(tx *text, st *docState) []*targetMention {
	lead := span{0, 0}
	if t := st.doc.Title; t != "" && strings.HasPrefix(st.doc.Text, t) {
		lead = span{0, len([]rune(t))}
		lead.end = bracketHeadlineEnd(st.runes, lead.end)
	}
	var out []*targetMention
	for i, t := range st.targets {
		restated := false
		if lead.contains(t.span) {
			for _, o := range st.targets {
				if o != t && !lead.contains(o.span) && tx.quantityKey(o.q) == tx.quantityKey(t.q) && (o.year == t.year || t.year == 0) {
					restated = true
				}
			}
		}
		for _, o := range st.targets[i+1:] {
			if !st.news {
				break
			}
			if o.span.start-t.span.end >= restateGapMin && o.year == t.year && o.region == t.region && o.metric != "" && t.metric != "" && tx.quantityKey(o.q) == tx.quantityKey(t.q) &&
				(strings.Contains(t.metric, o.metric) || strings.Contains(o.metric, t.metric)) {
				restated = true
			}
		}
		if !restated {
			out = append(out, t)
		}
	}
	return out
}

// restateGapMin is how far apart, in runes, a news goal and its
// restatement stand at least: a headline and its body, not two items of
// one list (新建充电桩5万个，新建充电桩配套停车位5万个).
const restateGapMin = 20

// bracketHeadlineEnd returns the end of a bracketed headline (【…】) that
// opens the text after i, past line breaks and spaces, or i.
func bracketHeadlineEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) && unicode.IsSpace(rs[j]) {
		j++
	}
	if j >= len(rs) || rs[j] != '【' {
		return i
	}
	for k := j + 1; k < len(rs) && k-j <= bracketHeadlineMax; k++ {
		switch rs[k] {
		case '】':
			return k + 1
		case '\n':
			return i
		}
	}
	return i
}

// bracketHeadlineMax is how long, in runes, a bracketed headline may be.
const bracketHeadlineMax = 120

// quantityKey identifies a value the way the guidelines deduplicate amounts.
func (tx *text) quantityKey(q number.Quantity) string {
	k := graph.FormatFloat(q.Value) + "|" + q.Currency + "|" + tx.targetUnit(q)
	if q.HasMax {
		k += "|" + graph.FormatFloat(q.Max)
	}
	return k
}

// targetUnit is the unit a target reports: money is 元 (or its currency's
// word in currency_units), everything else as written.
func (tx *text) targetUnit(q number.Quantity) string {
	if q.Kind == number.KindMoney {
		if w, ok := tx.currencyUnits[q.Currency]; ok {
			return w
		}
		if q.Currency == "" {
			return tx.yuan
		}
		return q.Currency
	}
	return q.Unit
}

// factBuilder collects a document's record: its lists and metadata, and
// its nodes and edges as plain facts with their evidence, for
// graph.BuildRecord.
type factBuilder struct {
	x         *Extractor
	st        *docState
	rec       graph.Record
	docRef    graph.NodeRef
	nodes     map[graph.NodeRef]*nodeFact
	order     []graph.NodeRef
	edges     map[edgeRef]*graph.EdgeFact
	edgeOrder []edgeRef
}

// nodeFact is a node being collected: its attributes change as SetAttr
// changes a node's (an empty value deletes one).
type nodeFact struct {
	name  string
	attrs map[string]string
}

func (n *nodeFact) set(k, v string) {
	if v == "" {
		delete(n.attrs, k)
		return
	}
	if n.attrs == nil {
		n.attrs = map[string]string{}
	}
	n.attrs[k] = v
}

type edgeRef struct {
	from graph.NodeRef
	rel  graph.Rel
	to   graph.NodeRef
}

// put adds the node ref named name, or finds it, and sets the attributes
// given as key, value pairs.
func (b *factBuilder) put(ref graph.NodeRef, name string, kv ...string) *nodeFact {
	n := b.nodes[ref]
	if n == nil {
		n = &nodeFact{name: name}
		b.nodes[ref] = n
		b.order = append(b.order, ref)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		n.set(kv[i], kv[i+1])
	}
	return n
}

func (b *factBuilder) edge(from graph.NodeRef, rel graph.Rel, to graph.NodeRef) *graph.EdgeFact {
	k := edgeRef{from, rel, to}
	if e := b.edges[k]; e != nil {
		return e
	}
	e := &graph.EdgeFact{From: from, Rel: rel, To: to}
	b.edges[k] = e
	b.edgeOrder = append(b.edgeOrder, k)
	return e
}

func (b *factBuilder) evidence(s span, rule string) graph.Evidence {
	st := b.st
	bs := st.bytes(s)
	return graph.Evidence{Doc: st.doc.Source, Start: bs.Start, End: bs.End, Rule: rule}
}

// mention records that the document mentions the node at span s. The
// mention edge carries the evidence; the graph gives it to the node.
func (b *factBuilder) mention(doc, ref graph.NodeRef, s span, rule string) {
	e := b.edge(doc, graph.Mentions, ref)
	e.Evidence = append(e.Evidence, b.evidence(s, rule))
}

// build hands the facts to graph.
func (b *factBuilder) build() *graph.Record {
	nodes := make([]graph.NodeFact, 0, len(b.order))
	for _, ref := range b.order {
		n := b.nodes[ref]
		nodes = append(nodes, graph.NodeFact{Ref: ref, Name: n.name, Attrs: n.attrs})
	}
	edges := make([]graph.EdgeFact, 0, len(b.edgeOrder))
	for _, k := range b.edgeOrder {
		edges = append(edges, *b.edges[k])
	}
	return graph.BuildRecord(b.rec, nodes, edges)
}

func regionRef(d *division) graph.NodeRef { return graph.NodeRef{Kind: graph.Region, Key: d.key} }

// divisionNode adds a division and its ancestors, linked by part_of.
func (b *factBuilder) divisionNode(d *division) graph.NodeRef {
	ref := regionRef(d)
	if b.nodes[ref] != nil {
		return ref
	}
	parent := ""
	if d.parent != nil {
		parent = d.parent.name
	}
	b.put(ref, d.name, "code", d.code, "level", d.level, "parent", parent)
	if d.parent != nil {
		b.edge(ref, graph.PartOf, b.divisionNode(d.parent))
	}
	return ref
}

func (b *factBuilder) region(m *regionMention) graph.NodeRef {
	if m.div != nil {
		ref := b.divisionNode(m.div)
		if m.div.level == levelEconomic {
			b.put(ref, m.div.name, "members", strings.Join(m.div.members, ","))
			// Its members belong to it: 深圳市 → 广东省 → 粤港澳大湾区.
			for _, name := range m.div.members {
				for _, d := range b.x.regions.byName[name] {
					if d.level == levelProvince {
						b.edge(b.divisionNode(d), graph.MemberOf, ref)
					}
				}
			}
		}
		return ref
	}
	// The name is certain, the division is not (朝阳区 in two cities).
	var codes []string
	for _, d := range m.candidates() {
		codes = append(codes, d.code)
	}
	ref := graph.NodeRef{Kind: graph.Region, Key: m.name}
	b.put(ref, m.name, "ambiguous", strings.Join(codes, ","))
	return ref
}

func (b *factBuilder) agency(a *agencyMention) graph.NodeRef {
	ref := graph.NodeRef{Kind: graph.Agency, Key: a.name}
	if a.region == nil {
		b.put(ref, a.name, "level", "national")
		return ref
	}
	b.put(ref, a.name, "level", a.region.level, "region", a.region.name)
	b.edge(ref, graph.LocatedIn, b.divisionNode(a.region))
	return ref
}

func (b *factBuilder) plan(p *planMention) graph.NodeRef {
	ref := graph.NodeRef{Kind: graph.Plan, Key: p.title}
	if b.nodes[ref] != nil {
		return ref
	}
	var from, to string
	if p.from != 0 {
		from, to = strconv.Itoa(p.from), strconv.Itoa(p.to)
	}
	// The region the plan is for: named at the head of its title, or its issuer's.
	region := b.st.regionAtStart(p.span)
	if region == nil {
		for _, a := range p.issuers {
			if a.region != nil {
				region = a.region
				break
			}
		}
	}
	b.put(ref, p.title, "from", from, "to", to)
	for _, a := range p.issuers {
		e := b.edge(ref, graph.IssuedBy, b.agency(a))
		e.Evidence = append(e.Evidence, b.evidence(p.span, "plan.issuer"))
	}
	if region != nil {
		b.edge(ref, graph.AppliesTo, b.divisionNode(region))
	}
	return ref
}

// regionAtStart returns the division named at the start of a span.
func (st *docState) regionAtStart(s span) *division {
	for _, m := range st.regionsFrom(s.start, s.start+1) {
		if m.div != nil && m.div.level != levelEconomic {
			return m.div
		}
	}
	return nil
}

func (b *factBuilder) amount(a *amountMention, source string) graph.NodeRef {
	tx, st := b.x.txt, b.st
	ref := graph.NodeRef{Kind: graph.Amount, Key: source + "|" + tx.quantityKey(a.q)}
	unit := tx.targetUnit(a.q)
	text := st.orig(a.span)
	sent := st.sent.sentence(a.span.start)
	plan := st.planInSentence(sent, a.span)
	// The region named last before it in its sentence, else the document's.
	region := st.regionBefore(sent, a.span)
	if j := st.juris; region == nil && !j.national {
		region = j.most()
	}
	name, valueMax := number.Humanize(a.q.Value, unit), ""
	if a.q.HasMax {
		name = number.Humanize(a.q.Value, "") + "–" + number.Humanize(a.q.Max, unit)
		valueMax = graph.FormatFloat(a.q.Max)
	}
	value := graph.FormatFloat(a.q.Value)
	b.put(ref, name, "value", value, "value_max", valueMax, "currency", a.q.Currency, "qualifier", string(a.q.Qualifier), "text", text)
	if plan != nil {
		b.edge(ref, graph.Funds, b.plan(plan))
	}
	if region != nil {
		b.edge(ref, graph.AppliesTo, b.divisionNode(region))
	}
	return ref
}

// regionBefore returns the last resolved region named in sent before s.
func (st *docState) regionBefore(sent, s span) *division {
	var d *division
	for _, m := range st.regionsFrom(sent.start, s.start) {
		if sent.contains(m.span) && m.span.end <= s.start && m.div != nil {
			d = m.div
		}
	}
	return d
}

// planInSentence returns the last full plan named before s in sentence sent.
func (st *docState) planInSentence(sent, s span) *planMention {
	var p *planMention
	for _, pm := range startingIn(st.plans, (*planMention).spanOf, sent.start, s.start) {
		if sent.contains(pm.span) && pm.span.end <= s.start {
			p = pm.planFor()
		}
	}
	return p
}

func (b *factBuilder) target(t *targetMention, item graph.TargetItem, source string) graph.NodeRef {
	tx := b.x.txt
	scope := source
	var plan *planMention
	if t.plan != nil {
		plan = t.plan.planFor()
		scope = "plan:" + plan.title
	}
	year := ""
	if t.year != 0 {
		year = strconv.Itoa(t.year)
	}
	region, regionName := "", ""
	if t.region != nil {
		region, regionName = t.region.key, t.region.name
	}
	unit := tx.targetUnit(t.q)
	// Every attribute is part of the key, so a node's attributes never
	// depend on which document was stored last.
	key := scope + "|" + region + "|" + t.metric + "|" + tx.quantityKey(t.q) + "|" + string(t.q.Qualifier) + "|" + year
	ref := graph.NodeRef{Kind: graph.Target, Key: key}
	var value string
	qualifier := string(t.q.Qualifier)
	if t.q.Qualifier == number.QualEqual {
		qualifier = ""
	}
	name := t.metric + " " + qualifier + number.Humanize(t.q.Value, unit)
	valueMax := ""
	if t.q.HasMax {
		name = t.metric + " " + number.Humanize(t.q.Value, "") + "–" + number.Humanize(t.q.Max, unit)
		valueMax = graph.FormatFloat(t.q.Max)
	}
	value = graph.FormatFloat(t.q.Value)
	b.put(ref, name, "metric", t.metric, "value", value, "value_max", valueMax, "unit", item.Unit,
		"qualifier", string(t.q.Qualifier), "year", year, "region", regionName)
	if t.region != nil {
		b.edge(ref, graph.AppliesTo, b.divisionNode(t.region))
	}
	if plan != nil {
		b.edge(ref, graph.SetBy, b.plan(plan))
	}
	if t.agency != nil {
		b.edge(ref, graph.SetBy, b.agency(t.agency))
	}
	return ref
}
