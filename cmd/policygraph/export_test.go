package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/internal/testtools"
)

// statsCounts returns the nodes and edges lines of `policygraph stats`.
func statsCounts(t *testing.T, db string) (nodes, edges int) {
	t.Helper()
	nodes, edges = -1, -1
	for _, line := range strings.Split(must(t, "stats", "--db", db), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || line != strings.TrimLeft(line, " \t") {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		switch f[0] {
		case "nodes":
			nodes = n
		case "edges":
			edges = n
		}
	}
	if nodes < 0 || edges < 0 {
		t.Fatalf("stats printed no nodes/edges lines")
	}
	return nodes, edges
}

// samplesDB extracts the samples into a new database.
func samplesDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	must(t, "extract", "--quiet", "--db", db, samples)
	return db
}

// networkxReadGraphML reads GraphML with networkx and returns "nodes
// edges", or skips when networkx is missing ($PYTHON picks the
// interpreter, default python3; see testtools).
func networkxReadGraphML(t *testing.T, data []byte) string {
	t.Helper()
	py := testtools.Python(t, "networkx")
	cmd := exec.Command(py, "-c", `
import io, sys
import networkx as nx
g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
print(g.number_of_nodes(), g.number_of_edges())
`)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx read_graphml: %v\n%s", err, stderr.String())
	}
	return strings.TrimSpace(string(out))
}

// Every format exports the samples, twice the same; networkx reads the
// GraphML with the counts `stats` reports.
func TestExportFormats(t *testing.T) {
	db := samplesDB(t)
	nodes, edges := statsCounts(t, db)
	for _, format := range []string{"dot", "json", "cytoscape", "graphml"} {
		out := must(t, "export", "--format", format, "--db", db)
		if len(out) < 100 {
			t.Errorf("%s: only %d bytes", format, len(out))
		}
		if again := must(t, "export", "--format", format, "--db", db); again != out {
			t.Errorf("%s: two exports differ", format)
		}
		file := filepath.Join(t.TempDir(), "out."+format)
		must(t, "export", "--format", format, "--db", db, "--out", file)
		if data, err := os.ReadFile(file); err != nil || string(data) != out {
			t.Errorf("%s --out: %v (%d bytes, want %d)", format, err, len(data), len(out))
		}
	}
	var cy struct {
		Elements struct {
			Nodes []json.RawMessage `json:"nodes"`
			Edges []json.RawMessage `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(must(t, "export", "--format", "cytoscape", "--db", db)), &cy); err != nil {
		t.Fatal(err)
	}
	if len(cy.Elements.Nodes) != nodes || len(cy.Elements.Edges) != edges {
		t.Errorf("cytoscape: %d nodes, %d edges; stats says %d, %d", len(cy.Elements.Nodes), len(cy.Elements.Edges), nodes, edges)
	}

	dir := filepath.Join(t.TempDir(), "neo4j")
	_, stderr, err := policygraph(t, "export", "--format", "neo4j", "--db", db, "--out", dir)
	if err != nil {
		t.Fatalf("neo4j: %v", err)
	}
	if !strings.Contains(stderr, "import.sh") {
		t.Errorf("neo4j: stderr does not point to import.sh: %q", stderr)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]int{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".csv") {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		rows[e.Name()[:strings.Index(e.Name(), "_")]] += len(recs) - 1
	}
	if rows["nodes"] != nodes || rows["rels"] != edges {
		t.Errorf("neo4j CSV: %d nodes, %d relationships; stats says %d, %d", rows["nodes"], rows["rels"], nodes, edges)
	}
	for _, name := range []string{"import.sh", "load.cypher"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}

	got := networkxReadGraphML(t, []byte(must(t, "export", "--format", "graphml", "--db", db)))
	if want := strconv.Itoa(nodes) + " " + strconv.Itoa(edges); got != want {
		t.Errorf("networkx read the GraphML as %q nodes edges; stats says %q", got, want)
	}
}

// Filters narrow every format, by name or short name, and combine.
func TestExportFilters(t *testing.T) {
	db := samplesDB(t)
	count := func(args ...string) (int, int) {
		t.Helper()
		var doc struct {
			Nodes []struct {
				ID   string `json:"id"`
				Kind string `json:"kind"`
			} `json:"nodes"`
			Edges []json.RawMessage `json:"edges"`
		}
		out := must(t, append([]string{"export", "--format", "json", "--db", db}, args...)...)
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		return len(doc.Nodes), len(doc.Edges)
	}
	all, allEdges := statsCounts(t, db)
	for _, args := range [][]string{
		{"--region", "浙江"},
		{"--region", "浙江省", "--kind", "region,agency"},
		{"--kind", "region", "--kind", "agency"},
		{"--year", "2025"},
		{"--year", "2023-2025", "--kind", "targets"},
		{"--doc", "2023-05-18-hangzhou-digital.md"},
		{"--around", "杭州市", "--depth", "2", "--no-documents"},
		{"--around", "杭州市"},
		{"--no-documents"},
	} {
		n, m := count(args...)
		if n == 0 || n >= all || m >= allEdges {
			t.Errorf("%q kept %d of %d nodes, %d of %d edges", args, n, all, m, allEdges)
		}
	}
	// Same selection, same bytes, in every format.
	for _, format := range []string{"dot", "json", "cytoscape", "graphml"} {
		a := must(t, "export", "--format", format, "--region", "浙江", "--db", db)
		b := must(t, "export", "--format", format, "--region", "浙江省", "--db", db)
		if a != b {
			t.Errorf("%s: --region 浙江 and 浙江省 differ", format)
		}
	}
	dir := filepath.Join(t.TempDir(), "neo")
	must(t, "export", "--format", "neo4j", "--region", "浙江", "--out", dir, "--db", db)
	if _, err := os.Stat(filepath.Join(dir, "nodes_region.csv")); err != nil {
		t.Error(err)
	}
	// A filtered DOT renders without a word from Graphviz (checked when
	// dot is installed; required by POLICYGRAPH_REQUIRE_TOOLS=dot).
	if dot, ok := testtools.Lookup(t, "dot"); ok {
		for _, args := range [][]string{{"--region", "浙江"}, {"--around", "杭州市", "--depth", "2", "--layout", "sfdp"}} {
			cmd := exec.Command(dot, "-Tsvg")
			cmd.Stdin = strings.NewReader(must(t, append([]string{"export", "--format", "dot", "--db", db}, args...)...))
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = new(bytes.Buffer), &stderr
			if err := cmd.Run(); err != nil || stderr.Len() > 0 {
				t.Errorf("%q: dot -Tsvg: %v\n%s", args, err, stderr.String())
			}
		}
	}
}

func TestExportUsageErrors(t *testing.T) {
	db := samplesDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "svg"}, `unknown format "svg"`},
		{[]string{"--format", "neo4j"}, "--out DIR"},
		{[]string{"--region", "杭洲市"}, "did you mean 杭州市"},
		{[]string{"--around", "杭洲市"}, "杭州市"},
		{[]string{"--doc", "hangzhou-digital"}, "did you mean 2023-05-18-hangzhou-digital.md"},
		{[]string{"--kind", "regoin"}, `unknown kind "regoin"`},
		{[]string{"--year", "soon"}, "--year"},
		{[]string{"--depth", "2"}, "--around"},
		{[]string{"--around", "杭州市", "--depth", "-1"}, "--depth -1"},
		{[]string{"--region", "浙江", "--around", "武汉市"}, "not among"},
		{[]string{"--kind", "document", "--no-documents"}, "--no-documents"},
	} {
		_, _, err := policygraph(t, append([]string{"export", "--db", db}, tc.args...)...)
		if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: want a usage error containing %q, got %v", tc.args, tc.want, err)
		}
	}
}

func TestExportHelp(t *testing.T) {
	out, _, _ := policygraph(t, "export", "--help")
	for _, want := range []string{"dot", "json", "cytoscape", "graphml", "neo4j", "fonts-noto-cjk", "--region", "--kind",
		"--year", "--doc", "--around", "--depth", "import.sh", "load.cypher", "Examples:"} {
		if !strings.Contains(out, want) {
			t.Errorf("export --help lacks %q", want)
		}
	}
	// Every format has an example.
	for _, f := range []string{"dot", "json", "cytoscape", "graphml", "neo4j"} {
		if !strings.Contains(out, "policygraph export --format "+f) {
			t.Errorf("export --help has no example for %s", f)
		}
	}
}
