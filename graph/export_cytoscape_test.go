package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func cytoscape(t *testing.T, g *graph.KG) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := g.WriteCytoscape(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCytoscapeGolden(t *testing.T) {
	golden(t, "export.cytoscape.json", cytoscape(t, buildKG(exportFacts())))
}

func TestCytoscapeDeterministic(t *testing.T) {
	want := cytoscape(t, buildKG(exportFacts()))
	for i := range 20 {
		facts := exportFacts()
		r := rand.New(rand.NewPCG(uint64(i), 11))
		r.Shuffle(len(facts), func(a, b int) { facts[a], facts[b] = facts[b], facts[a] })
		if got := cytoscape(t, buildKG(facts)); !bytes.Equal(want, got) {
			t.Fatalf("shuffle %d: Cytoscape JSON differs:\n%s", i, firstDiff(want, got))
		}
	}
}

// The JSON has the shape Cytoscape.js takes (cytoscape({elements}) and
// cy.json()): elements.nodes and elements.edges, each element a data
// object with a unique string id, edges with source and target naming
// nodes; attributes typed.
func TestCytoscapeShape(t *testing.T) {
	g := buildKG(exportFacts())
	data := cytoscape(t, g)
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if len(top) != 1 || top["elements"] == nil {
		t.Fatalf("top-level keys: want only elements, got %d keys", len(top))
	}
	var els map[string]json.RawMessage
	if err := json.Unmarshal(top["elements"], &els); err != nil {
		t.Fatal(err)
	}
	if len(els) != 2 || els["nodes"] == nil || els["edges"] == nil {
		t.Fatalf("elements must hold nodes and edges only")
	}
	type element struct {
		Data    map[string]any `json:"data"`
		Classes string         `json:"classes"`
	}
	var nodes, edges []element
	if err := json.Unmarshal(els["nodes"], &nodes); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(els["edges"], &edges); err != nil {
		t.Fatal(err)
	}
	nn, ne := g.Len()
	if len(nodes) != nn || len(edges) != ne {
		t.Fatalf("%d nodes, %d edges; graph has %d, %d", len(nodes), len(edges), nn, ne)
	}
	ids := map[string]bool{}
	for _, n := range nodes {
		id, _ := n.Data["id"].(string)
		node := g.Node(graph.ID(id))
		if node == nil {
			t.Errorf("node id %q is not in the graph", id)
			continue
		}
		if ids[id] {
			t.Errorf("id %q twice", id)
		}
		ids[id] = true
		if n.Data["kind"] != string(node.Kind) || n.Classes != string(node.Kind) || n.Data["name"] != node.Name {
			t.Errorf("node %q: kind %v, classes %q, name %v", id, n.Data["kind"], n.Classes, n.Data["name"])
		}
		if l, _ := n.Data["label"].(string); l == "" {
			t.Errorf("node %q has no label", id)
		}
		for _, k := range []string{"source", "target", "parent"} {
			if _, ok := n.Data[k]; ok {
				t.Errorf("node %q has data.%s, which Cytoscape.js reads as structure", id, k)
			}
		}
		if v, ok := n.Data["value"]; ok {
			if _, isNum := v.(float64); !isNum {
				t.Errorf("node %q: value %v is not a number", id, v)
			}
		}
		if v, ok := n.Data["year"]; ok {
			if f, isNum := v.(float64); !isNum || f != float64(int(f)) {
				t.Errorf("node %q: year %v is not an integer", id, v)
			}
		}
	}
	for _, e := range edges {
		id, _ := e.Data["id"].(string)
		src, _ := e.Data["source"].(string)
		dst, _ := e.Data["target"].(string)
		rel, _ := e.Data["rel"].(string)
		if id == "" || ids[id] {
			t.Errorf("edge id %q is empty or not unique", id)
		}
		ids[id] = true
		if g.Edge(graph.ID(src), graph.Rel(rel), graph.ID(dst)) == nil {
			t.Errorf("edge %q: %s -%s-> %s is not in the graph", id, src, rel, dst)
		}
		if e.Data["label"] != rel || e.Classes != rel {
			t.Errorf("edge %q: label %v, classes %q, want %s", id, e.Data["label"], e.Classes, rel)
		}
	}
	if !bytes.Contains(data, []byte(`"metric": "产业增加值<含>&"`)) {
		t.Errorf("HTML characters escaped or metric missing")
	}
	if !strings.Contains(string(data), `"value": 1500000000000,`) {
		t.Errorf("value not written as a plain number")
	}
}

func TestCytoscapeEmpty(t *testing.T) {
	g := graph.NewKG()
	g.Finish()
	want := "{\n \"elements\": {\n  \"nodes\": [],\n  \"edges\": []\n }\n}\n"
	if got := string(cytoscape(t, g)); got != want {
		t.Errorf("empty graph:\n got %q\nwant %q", got, want)
	}
}

// cytoscapeCheck loads the elements JSON (standard input) into a headless
// Cytoscape.js and prints its node and edge counts and the ids it holds.
const cytoscapeCheck = `
const cytoscape = require("cytoscape");
let raw = "";
process.stdin.on("data", d => raw += d);
process.stdin.on("end", () => {
  const data = JSON.parse(raw);
  const cy = cytoscape({ headless: true, elements: data.elements });
  const ids = cy.nodes().map(n => n.id()).sort();
  const dangling = cy.edges().filter(e => e.source().empty() || e.target().empty()).length;
  console.log(cy.nodes().length + " " + cy.edges().length + " " + dangling);
  console.log(JSON.stringify(ids));
});
`

// Cytoscape.js itself reads the export, when node can require it (e.g.
// NODE_PATH=…/node_modules after npm install cytoscape).
func TestCytoscapeJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if err := exec.Command(node, "-e", `require.resolve("cytoscape")`).Run(); err != nil {
		t.Skip("the cytoscape npm package is not installed (set NODE_PATH)")
	}
	g := buildKG(exportFacts())
	cmd := exec.Command(node, "-e", cytoscapeCheck)
	cmd.Stdin = bytes.NewReader(cytoscape(t, g))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("cytoscape.js: %v\n%s", err, stderr.String())
	}
	first, rest, _ := strings.Cut(string(out), "\n")
	nn, ne := g.Len()
	if want := fmt.Sprintf("%d %d 0", nn, ne); first != want {
		t.Errorf("cytoscape.js read %q (nodes edges dangling), want %q", first, want)
	}
	var ids []string
	if err := json.Unmarshal([]byte(rest), &ids); err != nil {
		t.Fatal(err)
	}
	sort.Strings(ids)
	if want := kgIDs(g); !slices.Equal(ids, want) {
		t.Errorf("cytoscape.js ids:\n got %q\nwant %q", ids, want)
	}
}
