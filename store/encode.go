package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/policygraph/policygraph/graph"
)

// How values are laid out. The store holds many small values per document
// (a million one-line records make millions of nodes, edges and evidence
// entries), so each leaves out what its key or another bucket already
// says: a node's ID, kind and (usually) name are its key; evidence does
// not repeat the document its key names; a record lists the IDs of its
// nodes and edges and takes their contents, evidence and metadata from
// the buckets that hold them anyway.

// storedNode is a node in the nodes bucket: the ID is the key, the kind
// and name are left out when the ID says them (kind:name).
type storedNode struct {
	Kind  graph.Kind        `json:"k,omitempty"`
	Name  *string           `json:"n,omitempty"`
	Attrs map[string]string `json:"a,omitempty"`
}

func encodeNode(n *graph.Node) ([]byte, error) {
	s := storedNode{Attrs: n.Attrs}
	if n.Kind != n.ID.Kind() {
		s.Kind = n.Kind
	}
	if n.Name != n.ID.Key() {
		name := n.Name
		s.Name = &name
	}
	return json.Marshal(&s)
}

func decodeNode(k, v []byte) (*graph.Node, error) {
	var s storedNode
	if err := json.Unmarshal(v, &s); err != nil {
		return nil, err
	}
	id := graph.ID(k)
	n := &graph.Node{ID: id, Kind: s.Kind, Attrs: s.Attrs}
	if n.Kind == "" {
		n.Kind = id.Kind()
	}
	if s.Name != nil {
		n.Name = *s.Name
	} else {
		n.Name = id.Key()
	}
	return n, nil
}

// storedEvidence is one piece of evidence in node_docs and edge_docs;
// Doc is set only when it is not the source in the key.
type storedEvidence struct {
	Start int    `json:"s"`
	End   int    `json:"e"`
	Rule  string `json:"r"`
	Doc   string `json:"d,omitempty"`
}

func encodeEvidence(src string, ev []graph.Evidence) ([]byte, error) {
	s := make([]storedEvidence, len(ev))
	for i, e := range ev {
		s[i] = storedEvidence{Start: e.Start, End: e.End, Rule: e.Rule}
		if e.Doc != src {
			s[i].Doc = e.Doc
			if e.Doc == "" {
				return nil, fmt.Errorf("evidence [%d,%d) %s names no document", e.Start, e.End, e.Rule)
			}
		}
	}
	return json.Marshal(s)
}

func decodeEvidence(src string, v []byte) ([]graph.Evidence, error) {
	var s []storedEvidence
	if err := json.Unmarshal(v, &s); err != nil {
		return nil, err
	}
	if len(s) == 0 {
		return nil, nil
	}
	ev := make([]graph.Evidence, len(s))
	for i, e := range s {
		ev[i] = graph.Evidence{Doc: e.Doc, Start: e.Start, End: e.End, Rule: e.Rule}
		if e.Doc == "" {
			ev[i].Doc = src
		}
	}
	return ev, nil
}

// storedRecord is a record in the records bucket: the guidelines' fields
// as extracted, the sum of the whole record (to tell an unchanged one
// without rebuilding it), and the identities of its nodes and edges.
// Their contents and evidence are in nodes, node_docs, edges and
// edge_docs; its metadata is in docs and its text in texts.
type storedRecord struct {
	graph.Record             // without Meta, Nodes, Edges and Text
	Sum          string      `json:"sum"`
	NodeIDs      []graph.ID  `json:"node_ids,omitempty"`
	EdgeRefs     []storedRef `json:"edge_refs,omitempty"`
}

// storedRef names an edge of a record, with its attributes as the record
// had them.
type storedRef struct {
	From  graph.ID          `json:"f"`
	Rel   graph.Rel         `json:"r"`
	To    graph.ID          `json:"t"`
	Attrs map[string]string `json:"a,omitempty"`
}

// recordSum is the hex SHA-256 of the whole record as JSON, text included.
func recordSum(r *graph.Record) (string, error) {
	full, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(full)
	return hex.EncodeToString(sum[:]), nil
}

func encodeRecord(r *graph.Record, sum string) ([]byte, error) {
	s := storedRecord{Record: *r, Sum: sum}
	s.Meta, s.Nodes, s.Edges, s.Text = nil, nil, nil, ""
	s.NodeIDs = make([]graph.ID, len(r.Nodes))
	for i := range r.Nodes {
		s.NodeIDs[i] = r.Nodes[i].ID
	}
	s.EdgeRefs = make([]storedRef, len(r.Edges))
	for i := range r.Edges {
		e := &r.Edges[i]
		s.EdgeRefs[i] = storedRef{From: e.From, Rel: e.Rel, To: e.To, Attrs: e.Attrs}
	}
	return json.Marshal(&s)
}

func decodeStoredRecord(v []byte) (*storedRecord, error) {
	raw, err := unpack(v)
	if err != nil {
		return nil, err
	}
	var s storedRecord
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// decodeMeta reads a document's metadata from the docs bucket.
func decodeMeta(v []byte) (*graph.DocMeta, error) {
	raw, err := unpack(v)
	if err != nil {
		return nil, err
	}
	var m graph.DocMeta
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	return &m, nil
}
