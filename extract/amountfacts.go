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
func (x *Extractor) addAmountContext(st *docState, b *factBuilder, year int) {
	for _, a := range st.amounts {
		n := b.nodes[graph.NodeRef{Kind: graph.Amount, Key: st.doc.Source + "|" + x.txt.quantityKey(a.q)}]
		if n == nil {
			continue
		}
		n.set("date", st.doc.Date)
		if year != 0 {
			n.set("year", strconv.Itoa(year))
		}
		if ag := st.agencyInSentence(st.sent.sentence(a.span.start), a.span); ag != nil && n.attrs["agency"] == "" {
			n.set("agency", ag.name)
		}
	}
	for _, ref := range b.order {
		if ref.Kind != graph.Agency {
			continue
		}
		n := b.nodes[ref]
		if def := x.agencies.byName[n.name]; def != nil && len(def.aliases) > 0 {
			n.set("aliases", strings.Join(def.aliases, ","))
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
