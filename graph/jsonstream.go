package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// JSONStream writes node-link JSON one node and one edge at a time, so
// that a graph larger than memory can be exported: the bytes are exactly
// those of [KG.WriteJSON] for the same nodes and edges. Give it every node
// (sorted by ID), then every edge (sorted as [Edge.Less]), then Close.
type JSONStream struct {
	w     io.Writer
	buf   bytes.Buffer
	enc   *json.Encoder
	edges bool // the nodes are closed
	n     int  // elements written in the current list
	err   error
}

// NewJSONStream starts a graph on w.
func NewJSONStream(w io.Writer) *JSONStream {
	s := &JSONStream{w: w}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("  ", " ")
	s.write([]byte("{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": {\n  \"edges_key\": \"edges\",\n  \"name\": \"policygraph\"\n },\n \"nodes\": ["))
	return s
}

func (s *JSONStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// element writes one element of the current list.
func (s *JSONStream) element(v any) error {
	if s.err != nil {
		return s.err
	}
	s.buf.Reset()
	if s.n == 0 {
		s.buf.WriteString("\n  ")
	} else {
		s.buf.WriteString(",\n  ")
	}
	if err := s.enc.Encode(v); err != nil {
		s.err = err
		return err
	}
	s.n++
	s.write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	return s.err
}

// endList closes the current list.
func (s *JSONStream) endList() {
	if s.n > 0 {
		s.write([]byte("\n ]"))
	} else {
		s.write([]byte("]"))
	}
	s.n = 0
}

// Node writes a node with its attributes and evidence.
func (s *JSONStream) Node(n *Node) error {
	if s.edges {
		return errors.New("json stream: a node after the edges")
	}
	return s.element(jsonNode{ID: n.ID, Kind: n.Kind, Name: n.Name, Attrs: n.Attrs, Evidence: n.Evidence})
}

func (s *JSONStream) startEdges() {
	if !s.edges {
		s.endList()
		s.write([]byte(",\n \"edges\": ["))
		s.edges = true
	}
}

// Edge writes an edge with its attributes and evidence.
func (s *JSONStream) Edge(e *Edge) error {
	s.startEdges()
	return s.element(jsonEdge{Source: e.From, Target: e.To, Key: e.Rel, Rel: e.Rel, Attrs: e.Attrs, Evidence: e.Evidence})
}

// Close ends the graph. It does not close the writer.
func (s *JSONStream) Close() error {
	s.startEdges()
	s.endList()
	s.write([]byte("\n}\n"))
	return s.err
}
