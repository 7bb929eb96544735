package graph

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Neo4jNodeLabel is the label every exported node has besides its kind's
// (Region, Agency …): load.cypher matches relationship ends on its unique
// id property.
const Neo4jNodeLabel = "Node"

// Neo4jLabel returns the Neo4j label of a kind: "region" → "Region".
func Neo4jLabel(k Kind) string {
	s := string(k)
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Neo4jType returns the Neo4j relationship type of a relation:
// "part_of" → "PART_OF".
func Neo4jType(r Rel) string { return strings.ToUpper(string(r)) }

// neo4jProp makes an attribute name a property name the import header
// grammar reads as one name: letters, digits and underscores only (a colon
// would start a type, a comma end the field).
func neo4jProp(name string) string {
	b := []rune(name)
	for i, r := range b {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// neo4jColumn is one column of a CSV file: its header field, the Cypher
// property it becomes (for load.cypher) and how load.cypher converts it.
type neo4jColumn struct {
	header string // "value:double"
	prop   string // "value"; "" for the special fields
	typ    string // "string", "int" or "double"
	attr   string // the attribute it carries; "" for a built-in field
}

// Neo4jFile is one file of a Neo4j export.
type Neo4jFile struct {
	Name string // file name, no directory
	Data []byte
	Mode os.FileMode
}

// Neo4jFiles returns the files of a Neo4j export, in the order of their
// names: one nodes_KIND.csv per kind (header id:ID,name,<attributes>,
// evidence:int,:LABEL) and one rels_REL.csv per relation (header
// :START_ID,:END_ID,:TYPE,evidence:int,<attributes>), only for the kinds
// and relations the graph has; import.sh, which runs
// `neo4j-admin database import full` on them; and load.cypher, the LOAD
// CSV way for a running database.
//
// IDs are the graph's, one ID space (they hold Chinese, colons, quotes and
// even newlines; encoding/csv quotes them, and import.sh passes
// --multiline-fields=true). Attributes are typed as in [KG.WriteGraphML]
// (value:double, year:int, the rest strings); a value that does not parse
// as its type, or is missing, is an empty field, which Neo4j imports as no
// property. Labels are the kind's (Region …) and [Neo4jNodeLabel];
// relationship types are the relation in capitals (PART_OF …).
func (g *KG) Neo4jFiles() ([]Neo4jFile, error) {
	var files []Neo4jFile
	var script, cypher strings.Builder
	var nodeFiles, relFiles []string

	cypher.WriteString(`// Written by policygraph export --format neo4j: the LOAD CSV way to load the
// CSV files beside this script into a running Neo4j 5 database, instead of
// import.sh (which needs the database stopped and empty, but is faster).
// Copy the CSV files into the database's import directory
// (server.directories.import), then run
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
// Every node also has the label ` + Neo4jNodeLabel + `, whose unique id relationships are
// matched on. MERGE makes the script safe to run again.

CREATE CONSTRAINT policygraph_node_id IF NOT EXISTS FOR (n:` + Neo4jNodeLabel + `) REQUIRE n.id IS UNIQUE;
`)

	byKind := map[Kind][]*Node{}
	for _, n := range g.Nodes() {
		byKind[n.Kind] = append(byKind[n.Kind], n)
	}
	var extraKinds []Kind // kinds outside Kinds still get a file, after the others
	for k := range byKind {
		if !slices.Contains(Kinds, k) {
			extraKinds = append(extraKinds, k)
		}
	}
	slices.Sort(extraKinds)
	kinds := append(slices.Clone(Kinds), extraKinds...)
	for _, k := range kinds {
		nodes := byKind[k]
		if len(nodes) == 0 {
			continue
		}
		attrs := make([]map[string]string, len(nodes))
		for i, n := range nodes {
			attrs[i] = n.Attrs
		}
		names := attrNames(attrs)
		rename := renameAttrs(names, []string{"id", "name", "evidence"}, neo4jProp)
		cols := []neo4jColumn{{header: "id:ID", prop: "id", typ: "string"}, {header: "name", prop: "name", typ: "string"}}
		for _, a := range names {
			cols = append(cols, typedColumn(rename[a], a))
		}
		cols = append(cols, neo4jColumn{header: "evidence:int", prop: "evidence", typ: "int"}, neo4jColumn{header: ":LABEL"})
		labels := Neo4jNodeLabel + ";" + Neo4jLabel(k)
		rows := make([][]string, 0, len(nodes))
		for _, n := range nodes {
			row := []string{string(n.ID), n.Name}
			for _, c := range cols[2 : len(cols)-2] {
				v, _ := typedText(c.attr, n.Attrs[c.attr])
				row = append(row, v)
			}
			rows = append(rows, append(row, strconv.Itoa(len(n.Evidence)), labels))
		}
		name := "nodes_" + neo4jFileName(string(k)) + ".csv"
		data, err := neo4jCSV(cols, rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files = append(files, Neo4jFile{Name: name, Data: data, Mode: 0o644})
		nodeFiles = append(nodeFiles, name)
		writeLoadNodes(&cypher, name, Neo4jLabel(k), cols)
	}

	byRel := map[Rel][]*Edge{}
	for _, e := range g.exportedEdges() {
		byRel[e.Rel] = append(byRel[e.Rel], e)
	}
	var extraRels []Rel
	for r := range byRel {
		if !slices.Contains(Rels, r) {
			extraRels = append(extraRels, r)
		}
	}
	slices.Sort(extraRels)
	rels := append(slices.Clone(Rels), extraRels...)
	for _, r := range rels {
		edges := byRel[r]
		if len(edges) == 0 {
			continue
		}
		attrs := make([]map[string]string, len(edges))
		for i, e := range edges {
			attrs[i] = e.Attrs
		}
		names := attrNames(attrs)
		rename := renameAttrs(names, []string{"evidence"}, neo4jProp)
		cols := []neo4jColumn{{header: ":START_ID"}, {header: ":END_ID"}, {header: ":TYPE"}, {header: "evidence:int", prop: "evidence", typ: "int"}}
		for _, a := range names {
			cols = append(cols, typedColumn(rename[a], a))
		}
		typ := Neo4jType(r)
		rows := make([][]string, 0, len(edges))
		for _, e := range edges {
			row := []string{string(e.From), string(e.To), typ, strconv.Itoa(len(e.Evidence))}
			for _, c := range cols[4:] {
				v, _ := typedText(c.attr, e.Attrs[c.attr])
				row = append(row, v)
			}
			rows = append(rows, row)
		}
		name := "rels_" + neo4jFileName(string(r)) + ".csv"
		data, err := neo4jCSV(cols, rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files = append(files, Neo4jFile{Name: name, Data: data, Mode: 0o644})
		relFiles = append(relFiles, name)
		writeLoadRels(&cypher, name, typ, cols)
	}

	script.WriteString(`#!/bin/sh
# Written by policygraph export --format neo4j. Imports the CSV files beside
# this script into a new Neo4j 5 database with neo4j-admin:
#
#   ./import.sh [DATABASE [neo4j-admin flags…]]     (DATABASE defaults to neo4j)
#
# The database must be stopped and absent or empty (pass
# --overwrite-destination to replace it); afterwards start it, or run
# CREATE DATABASE for a new name. Set NEO4J_ADMIN to the neo4j-admin
# binary when it is not on PATH (e.g. $NEO4J_HOME/bin/neo4j-admin).
# The files are UTF-8; quoted fields may span lines.
set -eu
# CDPATH would send cd elsewhere (and make it print the folder).
unset CDPATH
dir=$(cd -- "$(dirname -- "$0")" && pwd)
db=${1:-neo4j}
if [ $# -gt 0 ]; then shift; fi
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "$db" \
	--id-type=string \
	--multiline-fields=true \
`)
	for _, f := range nodeFiles {
		fmt.Fprintf(&script, "\t--nodes=\"$dir/%s\" \\\n", f)
	}
	for _, f := range relFiles {
		fmt.Fprintf(&script, "\t--relationships=\"$dir/%s\" \\\n", f)
	}
	script.WriteString("\t\"$@\"\n")
	files = append(files,
		Neo4jFile{Name: "import.sh", Data: []byte(script.String()), Mode: 0o755},
		Neo4jFile{Name: "load.cypher", Data: []byte(cypher.String()), Mode: 0o644})
	slices.SortFunc(files, func(a, b Neo4jFile) int { return strings.Compare(a.Name, b.Name) })
	return files, nil
}

// WriteNeo4j writes the files of [KG.Neo4jFiles] into dir, creating it if
// needed and replacing files of the same names, and returns their names.
func (g *KG) WriteNeo4j(dir string) ([]string, error) {
	files, err := g.Neo4jFiles()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	names := make([]string, len(files))
	for i, f := range files {
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, f.Data, f.Mode); err != nil {
			return nil, err
		}
		if err := os.Chmod(path, f.Mode); err != nil { // WriteFile keeps an existing file's mode
			return nil, err
		}
		names[i] = f.Name
	}
	return names, nil
}

// typedColumn is the column of attribute attr, written as property prop.
func typedColumn(prop, attr string) neo4jColumn {
	typ := attrType(attr)
	header := prop
	if typ != "string" {
		header += ":" + typ
	}
	return neo4jColumn{header: header, prop: prop, typ: typ, attr: attr}
}

// neo4jCSV writes a header and rows with encoding/csv, which quotes fields
// with commas, quotes or line breaks.
func neo4jCSV(cols []neo4jColumn, rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.header
	}
	w.Write(header)
	for _, r := range rows {
		w.Write(r)
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// neo4jFileName keeps a kind or relation name safe in a file name and an
// unquoted shell word.
func neo4jFileName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			b[i] = '_'
		}
	}
	return string(b)
}

// cypherName quotes a name for Cypher with backticks.
func cypherName(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }

// cypherValue is the Cypher expression that reads column c of row, or
// null when the field is empty.
func cypherValue(c neo4jColumn) string {
	field := "row." + cypherName(c.header)
	switch c.typ {
	case "int":
		return "toInteger(" + field + ")"
	case "double":
		return "toFloat(" + field + ")"
	}
	return "CASE WHEN " + field + " <> '' THEN " + field + " END"
}

func writeLoadNodes(b *strings.Builder, file, label string, cols []neo4jColumn) {
	fmt.Fprintf(b, "\nLOAD CSV WITH HEADERS FROM 'file:///%s' AS row\n", file)
	fmt.Fprintf(b, "MERGE (n:%s {id: row.%s})\n", cypherName(Neo4jNodeLabel), cypherName("id:ID"))
	fmt.Fprintf(b, "SET n:%s", cypherName(label))
	for _, c := range cols {
		if c.prop == "" || c.prop == "id" {
			continue
		}
		fmt.Fprintf(b, ",\n  n.%s = %s", cypherName(c.prop), cypherValue(c))
	}
	b.WriteString(";\n")
}

func writeLoadRels(b *strings.Builder, file, typ string, cols []neo4jColumn) {
	fmt.Fprintf(b, "\nLOAD CSV WITH HEADERS FROM 'file:///%s' AS row\n", file)
	fmt.Fprintf(b, "MATCH (a:%s {id: row.%s})\n", cypherName(Neo4jNodeLabel), cypherName(":START_ID"))
	fmt.Fprintf(b, "MATCH (b:%s {id: row.%s})\n", cypherName(Neo4jNodeLabel), cypherName(":END_ID"))
	fmt.Fprintf(b, "MERGE (a)-[r:%s]->(b)", cypherName(typ))
	sep := "\nSET "
	for _, c := range cols {
		if c.prop == "" {
			continue
		}
		fmt.Fprintf(b, "%sr.%s = %s", sep, cypherName(c.prop), cypherValue(c))
		sep = ",\n  "
	}
	b.WriteString(";\n")
}
