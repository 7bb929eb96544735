package extract

import (
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
)

// record builds the document's record: the guidelines' lists, then the
// graph facts with evidence.
func (x *Extractor) record(st *docState) *graph.Record {
	doc := st.doc
	rec := graph.NewRecord(doc.Name)
	b := &factBuilder{x: x, st: st, nodes: map[graph.ID]*graph.Node{}, edges: map[string]*graph.Edge{}}
	docID := graph.NewID(graph.Document, doc.Source)
	dn := b.node(docID, graph.Document, doc.Name)
	dn.SetAttr("path", doc.Path)
	dn.SetAttr("title", doc.Title)
	dn.SetAttr("date", doc.Date)
	dn.SetAttr("format", doc.Format)

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
		id := b.region(m)
		b.mention(docID, id, m.span, m.rule)
		st.addTrace("region", m.rule, m.span, name)
	}
	// Agencies.
	for _, a := range st.agencies {
		addName(&rec.Agencies, "agency", a.name)
		id := b.agency(a)
		b.mention(docID, id, a.span, a.rule)
		st.addTrace("agency", a.rule, a.span, a.name)
	}
	// Plans.
	for _, p := range st.plans {
		if p.alias {
			if t := p.planFor(); t != p {
				b.mention(docID, b.plan(t), p.span, p.rule)
				st.addTrace("plan", p.rule, p.span, "short form of "+t.title)
			}
			continue
		}
		addName(&rec.Plans, "plan", p.title)
		id := b.plan(p)
		b.mention(docID, id, p.span, p.rule)
		st.addTrace("plan", p.rule, p.span, p.title)
	}
	// Amounts: one per value in a document, as the guidelines count them.
	seenAmount := map[string]graph.ID{}
	for _, a := range st.amounts {
		key := x.txt.quantityKey(a.q)
		id, ok := seenAmount[key]
		if !ok {
			item := graph.AmountItem{Text: st.orig(a.span), Value: a.q.Value, Currency: a.q.Currency, Qualifier: string(a.q.Qualifier), Span: ptr(st.bytes(a.span)), Rule: a.rule}
			if a.q.HasMax {
				item.ValueMax = ptr(a.q.Max)
			}
			rec.Amounts = append(rec.Amounts, item)
			id = b.amount(a, doc.Source)
			seenAmount[key] = id
		}
		b.mention(docID, id, a.span, a.rule)
		st.addTrace("amount", a.rule, a.span, number.Humanize(a.q.Value, x.txt.yuan)+" "+a.q.Currency+" "+string(a.q.Qualifier))
	}
	// Targets.
	seenTarget := map[string]bool{}
	for _, t := range dropRestated(x.txt, st) {
		key := x.txt.quantityKey(t.q) + "\x00" + t.metric + "\x00" + strconv.Itoa(t.year)
		if seenTarget[key] {
			continue
		}
		seenTarget[key] = true
		item := graph.TargetItem{Text: st.orig(t.clause), Metric: t.metric, Value: t.q.Value, Unit: x.txt.targetUnit(t.q), Qualifier: string(t.q.Qualifier), Span: ptr(st.bytes(t.span)), Rule: t.rule}
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
		id := b.target(t, item, doc.Source)
		b.mention(docID, id, t.span, t.rule)
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
	for _, n := range b.order {
		rec.Nodes = append(rec.Nodes, *b.nodes[n])
	}
	for _, k := range b.edgeOrder {
		rec.Edges = append(rec.Edges, *b.edges[k])
	}
	rec.Sort()
	return rec
}

func ptr[T any](v T) *T { return &v }

// dropRestated drops goals stated in the title (or a lead summary) that
// the body states again with the same value, unit and year: one goal, said
// twice, is one target.
func dropRestated(tx *text, st *docState) []*targetMention {
	lead := span{0, 0}
	if t := st.doc.Title; t != "" && strings.HasPrefix(st.doc.Text, t) {
		lead = span{0, len([]rune(t))}
	}
	var out []*targetMention
	for _, t := range st.targets {
		restated := false
		if lead.contains(t.span) {
			for _, o := range st.targets {
				if o != t && !lead.contains(o.span) && tx.quantityKey(o.q) == tx.quantityKey(t.q) && o.year == t.year {
					restated = true
				}
			}
		}
		if !restated {
			out = append(out, t)
		}
	}
	return out
}

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

// factBuilder collects a document's nodes and edges with their evidence.
type factBuilder struct {
	x         *Extractor
	st        *docState
	nodes     map[graph.ID]*graph.Node
	order     []graph.ID
	edges     map[string]*graph.Edge
	edgeOrder []string
}

func (b *factBuilder) node(id graph.ID, k graph.Kind, name string) *graph.Node {
	if n := b.nodes[id]; n != nil {
		return n
	}
	n := &graph.Node{ID: id, Kind: k, Name: name}
	b.nodes[id] = n
	b.order = append(b.order, id)
	return n
}

func (b *factBuilder) edge(from graph.ID, rel graph.Rel, to graph.ID) *graph.Edge {
	e := &graph.Edge{From: from, Rel: rel, To: to}
	k := e.Key()
	if old := b.edges[k]; old != nil {
		return old
	}
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
func (b *factBuilder) mention(doc, id graph.ID, s span, rule string) {
	e := b.edge(doc, graph.Mentions, id)
	e.Evidence = append(e.Evidence, b.evidence(s, rule))
}

func regionID(d *division) graph.ID { return graph.NewID(graph.Region, d.key) }

// divisionNode adds a division and its ancestors, linked by part_of.
func (b *factBuilder) divisionNode(d *division) graph.ID {
	id := regionID(d)
	if b.nodes[id] != nil {
		return id
	}
	n := b.node(id, graph.Region, d.name)
	n.SetAttr("code", d.code)
	n.SetAttr("level", d.level)
	if d.parent != nil {
		n.SetAttr("parent", d.parent.name)
		b.edge(id, graph.PartOf, b.divisionNode(d.parent))
	}
	return id
}

func (b *factBuilder) region(m *regionMention) graph.ID {
	if m.div != nil {
		id := b.divisionNode(m.div)
		if m.div.level == levelEconomic {
			n := b.nodes[id]
			n.SetAttr("members", strings.Join(m.div.members, ","))
			// Its members belong to it: 深圳市 → 广东省 → 粤港澳大湾区.
			for _, name := range m.div.members {
				for _, d := range b.x.regions.byName[name] {
					if d.level == levelProvince {
						b.edge(b.divisionNode(d), graph.MemberOf, id)
					}
				}
			}
		}
		return id
	}
	// The name is certain, the division is not (朝阳区 in two cities).
	id := graph.NewID(graph.Region, m.name)
	n := b.node(id, graph.Region, m.name)
	var codes []string
	for _, d := range m.candidates() {
		codes = append(codes, d.code)
	}
	n.SetAttr("ambiguous", strings.Join(codes, ","))
	return id
}

func (b *factBuilder) agency(a *agencyMention) graph.ID {
	id := graph.NewID(graph.Agency, a.name)
	n := b.node(id, graph.Agency, a.name)
	if a.region != nil {
		n.SetAttr("level", a.region.level)
		n.SetAttr("region", a.region.name)
		b.edge(id, graph.LocatedIn, b.divisionNode(a.region))
	} else {
		n.SetAttr("level", "national")
	}
	return id
}

func (b *factBuilder) plan(p *planMention) graph.ID {
	id := graph.NewID(graph.Plan, p.title)
	if b.nodes[id] != nil {
		return id
	}
	n := b.node(id, graph.Plan, p.title)
	if p.from != 0 {
		n.SetAttr("from", strconv.Itoa(p.from))
		n.SetAttr("to", strconv.Itoa(p.to))
	}
	for _, a := range p.issuers {
		e := b.edge(id, graph.IssuedBy, b.agency(a))
		e.Evidence = append(e.Evidence, b.evidence(p.span, "plan.issuer"))
	}
	// The region the plan is for: named at the head of its title, or its issuer's.
	if r := b.st.regionAtStart(p.span); r != nil {
		b.edge(id, graph.AppliesTo, b.divisionNode(r))
	} else {
		for _, a := range p.issuers {
			if a.region != nil {
				b.edge(id, graph.AppliesTo, b.divisionNode(a.region))
				break
			}
		}
	}
	return id
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

func (b *factBuilder) amount(a *amountMention, source string) graph.ID {
	key := source + "|" + b.x.txt.quantityKey(a.q)
	id := graph.NewID(graph.Amount, key)
	n := b.node(id, graph.Amount, number.Humanize(a.q.Value, b.x.txt.targetUnit(a.q)))
	n.SetAttr("value", graph.FormatFloat(a.q.Value))
	if a.q.HasMax {
		n.SetAttr("value_max", graph.FormatFloat(a.q.Max))
		n.Name = number.Humanize(a.q.Value, "") + "–" + number.Humanize(a.q.Max, b.x.txt.targetUnit(a.q))
	}
	n.SetAttr("currency", a.q.Currency)
	n.SetAttr("qualifier", string(a.q.Qualifier))
	n.SetAttr("text", b.st.orig(a.span))
	sent := b.st.sent.sentence(a.span.start)
	if p := b.st.planInSentence(sent, a.span); p != nil {
		b.edge(id, graph.Funds, b.plan(p))
	}
	// The region named last before it in its sentence, else the document's.
	if d := b.st.regionBefore(sent, a.span); d != nil {
		b.edge(id, graph.AppliesTo, b.divisionNode(d))
	} else if j := b.st.juris; !j.national && j.most() != nil {
		b.edge(id, graph.AppliesTo, b.divisionNode(j.most()))
	}
	return id
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

func (b *factBuilder) target(t *targetMention, item graph.TargetItem, source string) graph.ID {
	scope := source
	if t.plan != nil {
		scope = "plan:" + t.plan.planFor().title
	}
	year := ""
	if t.year != 0 {
		year = strconv.Itoa(t.year)
	}
	region := ""
	if t.region != nil {
		region = t.region.key
	}
	// Every attribute is part of the key, so a node's attributes never
	// depend on which document was stored last.
	key := scope + "|" + region + "|" + t.metric + "|" + b.x.txt.quantityKey(t.q) + "|" + string(t.q.Qualifier) + "|" + year
	id := graph.NewID(graph.Target, key)
	name := t.metric + " " + string(t.q.Qualifier) + number.Humanize(t.q.Value, b.x.txt.targetUnit(t.q))
	if t.q.Qualifier == number.QualEqual {
		name = t.metric + " " + number.Humanize(t.q.Value, b.x.txt.targetUnit(t.q))
	}
	if t.q.HasMax {
		name = t.metric + " " + number.Humanize(t.q.Value, "") + "–" + number.Humanize(t.q.Max, b.x.txt.targetUnit(t.q))
	}
	n := b.node(id, graph.Target, name)
	n.SetAttr("metric", t.metric)
	n.SetAttr("value", graph.FormatFloat(t.q.Value))
	if t.q.HasMax {
		n.SetAttr("value_max", graph.FormatFloat(t.q.Max))
	}
	n.SetAttr("unit", item.Unit)
	n.SetAttr("qualifier", string(t.q.Qualifier))
	n.SetAttr("year", year)
	if t.region != nil {
		n.SetAttr("region", t.region.name)
		b.edge(id, graph.AppliesTo, b.divisionNode(t.region))
	}
	if t.plan != nil {
		b.edge(id, graph.SetBy, b.plan(t.plan.planFor()))
	}
	if t.agency != nil {
		b.edge(id, graph.SetBy, b.agency(t.agency))
	}
	return id
}
