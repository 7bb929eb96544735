package graph_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
)

// pythonNetworkx returns the Python interpreter that has networkx ($PYTHON, or
// python3), or skips the test (see testtools). PYTHON=/usr/bin/python3 runs
// the checks against Debian's python3-networkx (2.8) where pip's is newer.
func pythonNetworkx(t *testing.T) string {
	t.Helper()
	return testtools.Python(t, "networkx")
}

// networkxScript reads a graph from standard input with networkx and
// prints its node count, edge count, whether it is directed and whether
// it is a multigraph. format is "json" (node-link with an "edges" key) or
// "graphml". node_link_graph names the edges key edges= since networkx
// 3.4, link= in 2.8.6–3.3 and attrs={"link": …} before.
const networkxScript = `
import io, json, sys
import networkx as nx
from networkx.readwrite import json_graph
fmt = sys.argv[1]
raw = sys.stdin.buffer.read()
if fmt == "json":
    data = json.loads(raw.decode("utf-8"))
    try:
        g = json_graph.node_link_graph(data, edges="edges")
    except TypeError:
        try:
            g = json_graph.node_link_graph(data, link="edges")
        except TypeError:
            g = json_graph.node_link_graph(data, attrs={"link": "edges"})
    ids = sorted(g.nodes)
else:
    g = nx.read_graphml(io.BytesIO(raw))
    ids = sorted(d["kg_id"] for _, d in g.nodes(data=True))
    for _, d in g.nodes(data=True):
        for k, want in (("value", float), ("value_max", float), ("year", int), ("evidence", int)):
            if k in d and type(d[k]) is not want:
                raise SystemExit("%s is %s, want %s" % (k, type(d[k]).__name__, want.__name__))
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())
sys.stdout.write(json.dumps(ids, ensure_ascii=False) + "\n")
`

// networkxRead runs networkxScript on data and returns its first line and
// the node IDs it read (for GraphML the kg_ids), sorted.
func networkxRead(t *testing.T, format string, data []byte) (string, []string) {
	t.Helper()
	py := pythonNetworkx(t)
	cmd := exec.Command(py, "-c", networkxScript, format)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx (%s): %v\n%s", format, err, stderr.String())
	}
	first, rest, _ := strings.Cut(string(out), "\n")
	var ids []string
	if err := json.Unmarshal([]byte(rest), &ids); err != nil {
		t.Fatalf("networkx printed %q: %v", rest, err)
	}
	sort.Strings(ids)
	return first, ids
}

func graphML(t *testing.T, g *graph.KG) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := g.WriteGraphML(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGraphMLGolden(t *testing.T) {
	golden(t, "export.graphml", graphML(t, buildKG(exportFacts())))
}

func TestGraphMLDeterministic(t *testing.T) {
	want := graphML(t, buildKG(exportFacts()))
	for i := range 20 {
		facts := exportFacts()
		r := rand.New(rand.NewPCG(uint64(i), 7))
		r.Shuffle(len(facts), func(a, b int) { facts[a], facts[b] = facts[b], facts[a] })
		if got := graphML(t, buildKG(facts)); !bytes.Equal(want, got) {
			t.Fatalf("shuffle %d: GraphML differs:\n%s", i, firstDiff(want, got))
		}
	}
}

// gmlDoc is what encoding/xml reads back from WriteGraphML.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		NodeIDs     string    `xml:"parse.nodeids,attr"`
		EdgeIDs     string    `xml:"parse.edgeids,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	} `xml:"graph"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key  string `xml:"key,attr"`
		Text string `xml:",chardata"`
	} `xml:"data"`
}

// The GraphML is well-formed XML whose keys, nodes and edges say exactly
// what the graph holds: every ID survives escaping, every value has its
// declared type, and the two relations from sz.md to 深圳市 stay two edges.
func TestGraphMLContent(t *testing.T) {
	g := buildKG(exportFacts())
	data := graphML(t, g)
	var doc gmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if cd, ok := tok.(xml.CharData); err != nil || !ok || len(bytes.TrimSpace(cd)) > 0 {
			t.Errorf("content after </graphml>: %v %v", tok, err)
			break
		}
	}
	if doc.Graph.EdgeDefault != "directed" || doc.Graph.NodeIDs != "canonical" || doc.Graph.EdgeIDs != "canonical" {
		t.Errorf("graph attributes: edgedefault %q, parse.nodeids %q, parse.edgeids %q", doc.Graph.EdgeDefault, doc.Graph.NodeIDs, doc.Graph.EdgeIDs)
	}
	type key struct{ forWhat, name, typ string }
	keys := map[string]key{}
	names := map[string]string{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key id %q declared twice", k.ID)
		}
		keys[k.ID] = key{k.For, k.Name, k.Type}
		if prev, dup := names[k.For+"/"+k.Name]; dup {
			t.Errorf("%s attribute %q declared by keys %s and %s", k.For, k.Name, prev, k.ID)
		}
		names[k.For+"/"+k.Name] = k.ID
	}
	for _, name := range []string{"node/kg_id", "node/label", "node/kind", "node/name", "node/cluster", "node/evidence",
		"node/value", "node/year", "node/metric", "node/code", "edge/rel", "edge/label", "edge/evidence", "edge/source", "edge/via"} {
		if _, ok := names[name]; !ok {
			t.Errorf("no key for %s", name)
		}
	}
	for _, k := range keys {
		want := "string"
		switch k.name {
		case "value", "value_max":
			want = "double"
		case "year", "evidence":
			want = "int"
		}
		if k.forWhat != "node" && k.forWhat != "edge" {
			t.Errorf("key %s is for %q", k.name, k.forWhat)
		}
		if k.typ != want {
			t.Errorf("%s %s has attr.type %q, want %q", k.forWhat, k.name, k.typ, want)
		}
	}

	nodes, edges := g.Len()
	if len(doc.Graph.Nodes) != nodes || len(doc.Graph.Edges) != edges {
		t.Fatalf("GraphML has %d nodes, %d edges; graph has %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), nodes, edges)
	}
	attr := func(el gmlElem, forWhat, name string) (string, bool) {
		for _, d := range el.Data {
			k, ok := keys[d.Key]
			if !ok {
				t.Errorf("%s uses undeclared key %q", el.ID, d.Key)
				continue
			}
			if k.forWhat != forWhat {
				t.Errorf("%s uses key %s declared for %s", el.ID, d.Key, k.forWhat)
			}
			if k.name == name {
				return d.Text, true
			}
		}
		return "", false
	}
	byNum := map[string]graph.ID{}
	for i, el := range doc.Graph.Nodes {
		if el.ID != "n"+strconv.Itoa(i) {
			t.Errorf("node %d has id %q, want canonical n%d", i, el.ID, i)
		}
		id, _ := attr(el, "node", "kg_id")
		n := g.Node(graph.ID(id))
		if n == nil {
			t.Errorf("node %s: kg_id %q is not in the graph", el.ID, id)
			continue
		}
		byNum[el.ID] = n.ID
		if name, _ := attr(el, "node", "name"); name != n.Name {
			t.Errorf("node %s: name %q, want %q", el.ID, name, n.Name)
		}
		for _, d := range el.Data {
			k := keys[d.Key]
			var err error
			switch k.typ {
			case "int":
				_, err = strconv.Atoi(d.Text)
			case "double":
				_, err = strconv.ParseFloat(d.Text, 64)
			}
			if err != nil {
				t.Errorf("node %s: %s=%q is not %s", el.ID, k.name, d.Text, k.typ)
			}
		}
	}
	seen := map[string]bool{}
	parallel := 0
	for i, el := range doc.Graph.Edges {
		if el.ID != "e"+strconv.Itoa(i) {
			t.Errorf("edge %d has id %q, want canonical e%d", i, el.ID, i)
		}
		from, to := byNum[el.Source], byNum[el.Target]
		rel, _ := attr(el, "edge", "rel")
		if g.Edge(from, graph.Rel(rel), to) == nil {
			t.Errorf("edge %s: %s -%s-> %s is not in the graph", el.ID, from, rel, to)
		}
		pair := el.Source + ">" + el.Target
		if seen[pair] {
			parallel++
		}
		seen[pair] = true
	}
	if parallel != 1 {
		t.Errorf("%d parallel edges, want 1 (sz.md mentions and applies_to 深圳市)", parallel)
	}
	if v, ok := attr(doc.Graph.Edges[0], "edge", "rel"); !ok || v == "" {
		t.Errorf("first edge has no rel")
	}
	// Escaping: the raw bytes carry the awkward IDs escaped, and nothing
	// raw.
	for _, want := range []string{`&#34;20+8&#34;产业集群`, `C:\政策\草案&#xA;第二稿`, `产业增加值&lt;含&gt;&amp;`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("GraphML lacks %s", want)
		}
	}
}

func TestGraphMLNetworkx(t *testing.T) {
	g := buildKG(exportFacts())
	got, ids := networkxRead(t, "graphml", graphML(t, g))
	nodes, edges := g.Len()
	// The fixture has two edges between one pair: a MultiDiGraph.
	if want := fmt.Sprintf("%d %d True True", nodes, edges); got != want {
		t.Errorf("networkx read %q, want %q", got, want)
	}
	if want := kgIDs(g); !slices.Equal(ids, want) {
		t.Errorf("networkx kg_ids:\n got %q\nwant %q", ids, want)
	}
}

// The JSON export read by networkx, whichever version (2.8 or 3.x).
func TestWriteJSONNetworkxVersions(t *testing.T) {
	g := buildKG(exportFacts())
	_, js := export(t, g)
	got, ids := networkxRead(t, "json", js)
	nodes, edges := g.Len()
	if want := fmt.Sprintf("%d %d True True", nodes, edges); got != want {
		t.Errorf("networkx read %q, want %q", got, want)
	}
	if want := kgIDs(g); !slices.Equal(ids, want) {
		t.Errorf("networkx node ids:\n got %q\nwant %q", ids, want)
	}
}

// kgIDs returns the graph's node IDs, sorted.
func kgIDs(g *graph.KG) []string {
	var out []string
	for _, n := range g.Nodes() {
		out = append(out, string(n.ID))
	}
	return out
}

func TestGraphMLEmpty(t *testing.T) {
	g := graph.NewKG()
	g.Finish()
	data := graphML(t, g)
	var doc gmlDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("empty GraphML does not parse: %v\n%s", err, data)
	}
	if len(doc.Graph.Nodes) != 0 || len(doc.Graph.Edges) != 0 {
		t.Errorf("empty graph wrote %d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
}
