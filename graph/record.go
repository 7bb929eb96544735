package graph

import (
	"sort"
)

// Record is everything extracted from one document. Its first seven fields
// are exactly the per-document record of the extraction guidelines
// (GUIDELINES.md: doc, regions, agencies, plans, amounts, targets, optional);
// the rest is provenance and the graph facts, so that a record alone can
// rebuild its part of the database (see store.DB.Put).
type Record struct {
	Doc      string       `json:"doc"`
	Regions  []string     `json:"regions"`
	Agencies []string     `json:"agencies"`
	Plans    []string     `json:"plans"`
	Amounts  []AmountItem `json:"amounts"`
	Targets  []TargetItem `json:"targets"`
	Optional Optional     `json:"optional"`

	// Ambiguous lists mentions that could not be resolved to one entity,
	// with their candidates; they are in no list above.
	Ambiguous []Ambiguity `json:"ambiguous,omitempty"`

	Meta  *DocMeta `json:"meta,omitempty"`
	Nodes []Node   `json:"nodes,omitempty"`
	Edges []Edge   `json:"edges,omitempty"`
	// Text is the article text every span points into; full records carry
	// it so that records alone can rebuild a database.
	Text string `json:"text,omitempty"`
}

// Optional holds entities the guidelines call borderline. policygraph's own
// records leave it empty; it is read from gold files.
type Optional struct {
	Regions  []string     `json:"regions"`
	Agencies []string     `json:"agencies"`
	Plans    []string     `json:"plans"`
	Amounts  []AmountItem `json:"amounts"`
	Targets  []TargetItem `json:"targets"`
}

// AmountItem is a sum of money, in the guidelines' record format.
type AmountItem struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Currency  string   `json:"currency"`
	Qualifier string   `json:"qualifier"`
	Span      *Span    `json:"span,omitempty"`
	Rule      string   `json:"rule,omitempty"`
}

// TargetItem is a quantitative goal, in the guidelines' record format.
type TargetItem struct {
	Text      string   `json:"text"`
	Metric    string   `json:"metric"`
	Indicator string   `json:"indicator,omitempty"` // the catalogue's indicator, when one fits
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Year      *int     `json:"year"`
	Region    *string  `json:"region"`
	Plan      string   `json:"plan,omitempty"`
	Agency    string   `json:"agency,omitempty"`
	Span      *Span    `json:"span,omitempty"`
	Rule      string   `json:"rule,omitempty"`
}

// Span is a byte range [Start, End) of a document's article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Ambiguity is a mention with several possible readings.
type Ambiguity struct {
	Kind       Kind     `json:"kind"`
	Text       string   `json:"text"`
	Candidates []string `json:"candidates"`
	Span       Span     `json:"span"`
}

// FileStamp says that an input file was read completely, under one rule
// set, into Docs stored documents: while its size and modification time
// stay the same, a batch run need not read it again.
type FileStamp struct {
	Path    string `json:"path"`
	Size    int64  `json:"size"`
	ModTime int64  `json:"mtime"` // Unix nanoseconds
	Rules   string `json:"rules"` // fingerprint of the rule set
	Docs    int    `json:"docs"`  // documents it gave (stored, unchanged or not)
}

// DocMeta describes the document a record came from.
type DocMeta struct {
	Source       string `json:"source"`             // unique key: path, or path#id for JSONL records
	Path         string `json:"path"`               // file the document was read from
	Format       string `json:"format,omitempty"`   // markdown, html, text, jsonl
	Encoding     string `json:"encoding,omitempty"` // as detected
	Title        string `json:"title,omitempty"`
	Date         string `json:"date,omitempty"`         // YYYY-MM-DD
	DateSource   string `json:"date_source,omitempty"`  // where Date came from: meta:NAME, front-matter, jsonl, printed, url, dateline …
	Hash         string `json:"hash"`                   // SHA-256 of the raw input
	Rules        string `json:"rules"`                  // fingerprint of the rule set that produced the record
	Jurisdiction string `json:"jurisdiction,omitempty"` // the region the document speaks for (我省 → this)
	Bytes        int    `json:"bytes"`                  // length of the article text
}

// Sort puts every list of the record into canonical order, so that equal
// records marshal to equal bytes. Entities keep document order in the name
// lists (people read them), nodes and edges are sorted by ID.
func (r *Record) Sort() {
	sort.Slice(r.Nodes, func(i, j int) bool { return r.Nodes[i].ID < r.Nodes[j].ID })
	for i := range r.Nodes {
		r.Nodes[i].Evidence = SortEvidence(r.Nodes[i].Evidence)
	}
	sort.Slice(r.Edges, func(i, j int) bool { return r.Edges[i].Less(&r.Edges[j]) })
	for i := range r.Edges {
		r.Edges[i].Evidence = SortEvidence(r.Edges[i].Evidence)
	}
}

// Slim returns a copy of r with only the guidelines' fields, as
// `policygraph docs --format jsonl` prints by default.
func (r *Record) Slim() *Record {
	c := *r
	c.Meta = nil
	c.Nodes = nil
	c.Edges = nil
	c.Text = ""
	return &c
}

// Empty reports whether the record found nothing.
func (r *Record) Empty() bool {
	return len(r.Regions)+len(r.Agencies)+len(r.Plans)+len(r.Amounts)+len(r.Targets) == 0
}

// NewRecord returns a record with non-nil lists, so it marshals as the
// guidelines show ("regions": [] rather than null).
func NewRecord(doc string) *Record {
	return &Record{
		Doc:      doc,
		Regions:  []string{},
		Agencies: []string{},
		Plans:    []string{},
		Amounts:  []AmountItem{},
		Targets:  []TargetItem{},
		Optional: Optional{
			Regions:  []string{},
			Agencies: []string{},
			Plans:    []string{},
			Amounts:  []AmountItem{},
			Targets:  []TargetItem{},
		},
	}
}
