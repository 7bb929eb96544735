package extract

import (
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// addAmountContext gives each amount of the record what an analyst asks
// about beside its value: the document's date and year, and the agency
// its sentence names (the last one before it, else the first after it).
// Its region and plan are already linked (applies_to, funds). Central
// agencies get their aliases (国家发改委), so every --agency takes them.
func (x *Extractor) addAmountContext(st *docState, rec *graph.Record, year int) {
	nodes := map[graph.ID]*graph.Node{}
	for i := range rec.Nodes {
		nodes[rec.Nodes[i].ID] = &rec.Nodes[i]
	}
	for _, a := range st.amounts {
		n := nodes[graph.NewID(graph.Amount, st.doc.Source+"|"+x.txt.quantityKey(a.q))]
		if n == nil {
			continue
		}
		n.SetAttr("date", st.doc.Date)
		if year != 0 {
			n.SetAttr("year", strconv.Itoa(year))
		}
		if ag := st.agencyInSentence(st.sent.sentence(a.span.start), a.span); ag != nil && n.Attr("agency") == "" {
			n.SetAttr("agency", ag.name)
		}
	}
	for i := range rec.Nodes {
		n := &rec.Nodes[i]
		if n.Kind != graph.Agency {
			continue
		}
		if def := x.agencies.byName[n.Name]; def != nil && len(def.aliases) > 0 {
			n.SetAttr("aliases", strings.Join(def.aliases, ","))
		}
	}
}

// agencyInSentence returns the agency named last before s in sentence
// sent, else the first named after it there, or nil.
func (st *docState) agencyInSentence(sent, s span) *agencyMention {
	var before, after *agencyMention
	for _, a := range st.agencies {
		if !sent.contains(a.span) {
			continue
		}
		if a.span.end <= s.start {
			before = a
		} else if after == nil && a.span.start >= s.end {
			after = a
		}
	}
	if before != nil {
		return before
	}
	return after
}
