package graph_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func neo4jFiles(t *testing.T, g *graph.KG) []graph.Neo4jFile {
	t.Helper()
	files, err := g.Neo4jFiles()
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// The files are golden in testdata/export.neo4j/, one for one.
func TestNeo4jGolden(t *testing.T) {
	files := neo4jFiles(t, buildKG(exportFacts()))
	dir := filepath.Join("testdata", "export.neo4j")
	if *update {
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		golden(t, filepath.Join("export.neo4j", f.Name), f.Data)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		have = append(have, e.Name())
	}
	if !slices.Equal(names, have) {
		t.Errorf("export writes %q, golden directory has %q (run go test -update)", names, have)
	}
}

func TestNeo4jDeterministic(t *testing.T) {
	want := neo4jFiles(t, buildKG(exportFacts()))
	for i := range 20 {
		facts := exportFacts()
		r := rand.New(rand.NewPCG(uint64(i), 13))
		r.Shuffle(len(facts), func(a, b int) { facts[a], facts[b] = facts[b], facts[a] })
		got := neo4jFiles(t, buildKG(facts))
		if len(got) != len(want) {
			t.Fatalf("shuffle %d: %d files, want %d", i, len(got), len(want))
		}
		for j := range got {
			if got[j].Name != want[j].Name || !bytes.Equal(got[j].Data, want[j].Data) {
				t.Fatalf("shuffle %d: %s differs:\n%s", i, want[j].Name, firstDiff(want[j].Data, got[j].Data))
			}
		}
	}
}

// neo4jField is one parsed header field: name:type(group).
type neo4jField struct {
	name, typ string
	array     bool
}

// neo4jPropTypes are the property types neo4j-admin database import reads.
var neo4jPropTypes = []string{"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
	"point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}

var neo4jFieldRE = regexp.MustCompile(`^([^:]*)(?::([A-Za-z_]+)(\[\])?(?:\(([^()]*)\))?)?$`)

// parseNeo4jHeader checks a header by the neo4j-admin import grammar:
// each field is <name>:<field_type>, where the type is ID, LABEL,
// START_ID, END_ID, TYPE, IGNORE or a property type (optionally an array,
// type[]); a property needs a name, and a field without a type is a string
// property. A nodes header has exactly one ID and no relationship fields;
// a relationships header exactly one START_ID and END_ID, at most one
// TYPE, and no ID or LABEL. Property names are unique.
func parseNeo4jHeader(header []string, nodes bool) ([]neo4jField, error) {
	var out []neo4jField
	count := map[string]int{}
	props := map[string]bool{}
	for _, h := range header {
		m := neo4jFieldRE.FindStringSubmatch(h)
		if m == nil {
			return nil, fmt.Errorf("field %q is not name:type", h)
		}
		f := neo4jField{name: m[1], typ: m[2], array: m[3] != ""}
		if m[4] != "" && f.typ != "ID" && f.typ != "START_ID" && f.typ != "END_ID" {
			return nil, fmt.Errorf("field %q: only ID fields take an (id space)", h)
		}
		switch f.typ {
		case "ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE":
			if f.array {
				return nil, fmt.Errorf("field %q: %s cannot be an array", h, f.typ)
			}
			count[f.typ]++
			if f.typ == "ID" && f.name != "" {
				if props[f.name] {
					return nil, fmt.Errorf("property %q twice", f.name)
				}
				props[f.name] = true
			}
		default:
			if f.typ == "" {
				f.typ = "string"
			}
			if !slices.Contains(neo4jPropTypes, f.typ) {
				return nil, fmt.Errorf("field %q: unknown type %q", h, f.typ)
			}
			if f.name == "" || strings.TrimSpace(f.name) != f.name {
				return nil, fmt.Errorf("field %q: a property needs a name", h)
			}
			if props[f.name] {
				return nil, fmt.Errorf("property %q twice", f.name)
			}
			props[f.name] = true
		}
		out = append(out, f)
	}
	if nodes {
		if count["ID"] != 1 || count["LABEL"] > 1 || count["START_ID"]+count["END_ID"]+count["TYPE"] > 0 {
			return nil, fmt.Errorf("nodes header %q: want one :ID, at most one :LABEL, no relationship fields", header)
		}
	} else if count["START_ID"] != 1 || count["END_ID"] != 1 || count["TYPE"] > 1 || count["ID"]+count["LABEL"] > 0 {
		return nil, fmt.Errorf("relationships header %q: want one :START_ID and :END_ID, at most one :TYPE, no :ID or :LABEL", header)
	}
	return out, nil
}

func TestNeo4jHeaderGrammar(t *testing.T) {
	good := [][]string{{"id:ID", "name", "value:double", "year:int", ":LABEL"}, {"movieId:ID(Movie)", "title", "tags:string[]", ":LABEL"}}
	for _, h := range good {
		if _, err := parseNeo4jHeader(h, true); err != nil {
			t.Errorf("%q: %v", h, err)
		}
	}
	if _, err := parseNeo4jHeader([]string{":START_ID", ":END_ID", ":TYPE", "evidence:int"}, false); err != nil {
		t.Error(err)
	}
	for _, h := range [][]string{{"id:ID", "name", "value:decimal", ":LABEL"}, {"id:ID", ":int"}, {"name"}, {"id:ID", "id:ID"},
		{"id:ID", "a", "a"}, {"id:ID", "a:b:int"}, {"id:ID", ":START_ID"}} {
		if _, err := parseNeo4jHeader(h, true); err == nil {
			t.Errorf("%q should be rejected", h)
		}
	}
}

// Every CSV file reads back with encoding/csv, its header passes the
// neo4j-admin grammar, its values have their declared types, and together
// the files hold exactly the graph: every node once (IDs with quotes,
// backslashes and newlines intact), every edge once, every relationship's
// ends among the nodes.
func TestNeo4jFilesImportable(t *testing.T) {
	g := buildKG(exportFacts())
	files := neo4jFiles(t, g)
	ids := map[string]bool{}
	type rel struct{ from, typ, to string }
	rels := map[rel]bool{}
	var csvNames []string
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		csvNames = append(csvNames, f.Name)
		nodes := strings.HasPrefix(f.Name, "nodes_")
		r := csv.NewReader(bytes.NewReader(f.Data))
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		fields, err := parseNeo4jHeader(rows[0], nodes)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if len(rows) < 2 {
			t.Errorf("%s has no rows", f.Name)
		}
		for li, row := range rows[1:] {
			var id, from, to, typ, labels string
			for i, fd := range fields {
				v := row[i]
				switch fd.typ {
				case "ID":
					id = v
				case "START_ID":
					from = v
				case "END_ID":
					to = v
				case "TYPE":
					typ = v
				case "LABEL":
					labels = v
				case "int":
					if _, err := strconv.Atoi(v); v != "" && err != nil {
						t.Errorf("%s:%d: %s=%q is not an int", f.Name, li+2, fd.name, v)
					}
				case "double":
					if _, err := strconv.ParseFloat(v, 64); v != "" && err != nil {
						t.Errorf("%s:%d: %s=%q is not a double", f.Name, li+2, fd.name, v)
					}
				}
			}
			if nodes {
				n := g.Node(graph.ID(id))
				if n == nil || ids[id] {
					t.Errorf("%s:%d: id %q unknown or repeated", f.Name, li+2, id)
					continue
				}
				ids[id] = true
				want := graph.Neo4jNodeLabel + ";" + graph.Neo4jLabel(n.Kind)
				if labels != want || f.Name != "nodes_"+string(n.Kind)+".csv" {
					t.Errorf("%s:%d: labels %q, want %q", f.Name, li+2, labels, want)
				}
				continue
			}
			rels[rel{from, typ, to}] = true
		}
	}
	nn, ne := g.Len()
	if len(ids) != nn || len(rels) != ne {
		t.Errorf("CSV files hold %d nodes, %d relationships; graph has %d, %d", len(ids), len(rels), nn, ne)
	}
	for _, e := range g.Edges() {
		if !rels[rel{string(e.From), graph.Neo4jType(e.Rel), string(e.To)}] {
			t.Errorf("edge %s -%s-> %s missing", e.From, e.Rel, e.To)
		}
	}
	// The script names every CSV file once, as --nodes or --relationships.
	script := string(find(t, files, "import.sh").Data)
	cypher := string(find(t, files, "load.cypher").Data)
	for _, name := range csvNames {
		flag := "--relationships"
		if strings.HasPrefix(name, "nodes_") {
			flag = "--nodes"
		}
		if c := strings.Count(script, fmt.Sprintf(`%s="$dir/%s"`, flag, name)); c != 1 {
			t.Errorf("import.sh names %s %d times", name, c)
		}
		if c := strings.Count(cypher, "'file:///"+name+"'"); c != 1 {
			t.Errorf("load.cypher loads %s %d times", name, c)
		}
	}
	for _, want := range []string{"neo4j-admin}\" database import full \"$db\"", "--multiline-fields=true", "--id-type=string"} {
		if !strings.Contains(script, want) {
			t.Errorf("import.sh lacks %s", want)
		}
	}
	if sh, err := exec.LookPath("sh"); err == nil {
		cmd := exec.Command(sh, "-n")
		cmd.Stdin = strings.NewReader(script)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("import.sh: sh -n: %v\n%s", err, out)
		}
	}
	if !strings.Contains(cypher, "CREATE CONSTRAINT policygraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;") {
		t.Errorf("load.cypher lacks the id constraint")
	}
}

func find(t *testing.T, files []graph.Neo4jFile, name string) graph.Neo4jFile {
	t.Helper()
	for _, f := range files {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("no %s", name)
	return graph.Neo4jFile{}
}

// import.sh runs neo4j-admin with the files as arguments: a stand-in
// neo4j-admin records them, and every path it gets exists.
func TestNeo4jImportScript(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := filepath.Join(t.TempDir(), "out dir") // a space in the path
	names, err := buildKG(exportFacts()).WriteNeo4j(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(names, "import.sh") {
		t.Fatalf("wrote %q", names)
	}
	st, err := os.Stat(filepath.Join(dir, "import.sh"))
	if err != nil || st.Mode().Perm()&0o100 == 0 {
		t.Fatalf("import.sh is not executable: %v %v", st, err)
	}
	fake := filepath.Join(t.TempDir(), "neo4j-admin")
	log := filepath.Join(t.TempDir(), "args")
	os.WriteFile(fake, []byte("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \""+log+"\"\n"), 0o755)
	cmd := exec.Command(filepath.Join(dir, "import.sh"), "mydb", "--overwrite-destination")
	cmd.Env = append(os.Environ(), "NEO4J_ADMIN="+fake)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import.sh: %v\n%s", err, out)
	}
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	args := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(args) < 4 || args[0] != "database" || args[1] != "import" || args[2] != "full" || args[3] != "mydb" || args[len(args)-1] != "--overwrite-destination" {
		t.Fatalf("neo4j-admin got %q", args)
	}
	files := 0
	for _, a := range args {
		_, path, ok := strings.Cut(a, "=")
		if !ok || !strings.HasPrefix(a, "--nodes=") && !strings.HasPrefix(a, "--relationships=") {
			continue
		}
		files++
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: %v", a, err)
		}
	}
	if files != len(names)-2 {
		t.Errorf("neo4j-admin got %d files, want %d", files, len(names)-2)
	}
}

// import.sh run by a relative path with CDPATH set to a folder holding a
// decoy of the same name still names its own files.
func TestNeo4jImportScriptCDPATH(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	parent := t.TempDir()
	if _, err := buildKG(exportFacts()).WriteNeo4j(filepath.Join(parent, "out")); err != nil {
		t.Fatal(err)
	}
	decoy := t.TempDir()
	if err := os.MkdirAll(filepath.Join(decoy, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	fake := filepath.Join(t.TempDir(), "neo4j-admin")
	log := filepath.Join(t.TempDir(), "args")
	os.WriteFile(fake, []byte("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \""+log+"\"\n"), 0o755)
	cmd := exec.Command("sh", "out/import.sh")
	cmd.Dir = parent
	cmd.Env = append(os.Environ(), "NEO4J_ADMIN="+fake, "CDPATH="+decoy)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import.sh: %v\n%s", err, out)
	}
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if _, path, ok := strings.Cut(a, "="); ok && (strings.HasPrefix(a, "--nodes=") || strings.HasPrefix(a, "--relationships=")) {
			if !strings.HasPrefix(path, filepath.Join(parent, "out")) {
				t.Errorf("%s: not in the export folder %s", a, filepath.Join(parent, "out"))
			}
		}
	}
}

func TestNeo4jEmpty(t *testing.T) {
	g := graph.NewKG()
	g.Finish()
	files := neo4jFiles(t, g)
	if len(files) != 2 || files[0].Name != "import.sh" || files[1].Name != "load.cypher" {
		t.Errorf("empty graph: %v", files)
	}
}
