package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

var exportCmd = &command{
	name:  "export",
	args:  "[flags]",
	short: "export the graph for Graphviz, networkx/D3, Cytoscape, Gephi/yEd or Neo4j",
	long: `
Writes the graph, or the part the filters select, sorted so the same
database always gives the same bytes.

Formats (--format):
  dot        Graphviz: one cluster per province, shapes and colours by
             kind, edge labels by relation. Chinese labels need a CJK font:
             install fonts-noto-cjk (Debian/Ubuntu), google-noto-sans-cjk-fonts
             (Fedora), noto-fonts-cjk (Arch) or font-noto-cjk (Alpine); on
             macOS use --font "PingFang SC". --font names another font.
             Layout: dot's layered drawing with clusters up to 4,000 nodes
             plus edges; larger graphs get layout=sfdp (dot -Tsvg honours
             it; clusters are ignored) with edges coloured by relation and a
             legend instead of labels, since dot would take hours. --layout
             ENGINE and --edge-labels on|off override the choice.
  json       node-link JSON with an "edges" key, for networkx
             (node_link_graph(data, edges="edges"); before networkx 3.4:
             link="edges") and D3.
  cytoscape  Cytoscape.js elements JSON: {"elements": {"nodes": [{"data":
             {"id", "label", "kind", …}}], "edges": [{"data": {"id",
             "source", "target", "label", "rel", …}}]}}; classes are the kind
             or relation, for style selectors.
  graphml    GraphML with typed keys (value and value_max double, year int,
             the rest string), for Gephi, yEd, Cytoscape and networkx
             (read_graphml). Nodes are n0, n1 … with the graph ID in kg_id;
             two relations between the same pair stay two edges.
  neo4j      CSV files for neo4j-admin into the directory --out DIR: one
             nodes_KIND.csv per kind, one rels_REL.csv per relation,
             import.sh (neo4j-admin database import full) and load.cypher
             (LOAD CSV, for a running database).

Filters (they combine; edges are kept when both ends are):
  --region R    regions inside R (its sub-regions; an economic region's
                members), agencies located in them, plans, targets and
                amounts applying to them, and the documents that mention
                those. Short names work: 广东 finds 广东省.
  --kind K      only these kinds (document, region, agency, plan, amount,
                target); repeat it or give a list: --kind region,agency.
  --year Y      targets of year Y and plans whose period meets it (undated
                ones are left out); a range: --year 2023-2025.
  --doc NAME    what one document states: the document, what it mentions
                and the edges between them. NAME is a path, file name,
                title or document ID; repeatable.
  --around NODE --depth N
                the nodes at most N steps (default 1) from NODE, following
                edges either way, within what the other filters keep. NODE
                is a name (regions, agencies, plans … in that order) or an
                ID such as agency:国务院.
  --no-documents  leave out document nodes and their mention edges.
An unknown name is a usage error that suggests close names.

Examples:
  policygraph export --format dot | dot -Tsvg > graph.svg
  policygraph export --format dot --no-documents --layout sfdp --out big.dot
  policygraph export --format dot --region 广东 | dot -Tpng > guangdong.png
  policygraph export --format json > graph.json
  policygraph export --format cytoscape --kind region,agency,plan > cy.json
  policygraph export --format graphml --year 2023-2025 --out 2023-2025.graphml
  policygraph export --format graphml --doc 2023-05-18-hangzhou-digital.md --out doc.graphml
  policygraph export --format dot --around 深圳市 --depth 2 --no-documents
  policygraph export --format neo4j --out neo4j-import && neo4j-import/import.sh
`,
}

func init() {
	var db dbFlag
	var format, out, layout, font, year, edgeLabels string
	var regions, kinds, docs, around multiFlag
	var depth int
	var noDocs bool
	exportCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.StringVar(&format, "format", "dot", "output `format`: dot, json, cytoscape, graphml or neo4j")
		fs.StringVar(&out, "out", "", "write to this `file` instead of standard output (neo4j: the directory, required)")
		fs.StringVar(&layout, "layout", "", "Graphviz layout `engine` (dot, sfdp, neato …; default: dot, or sfdp for large graphs)")
		fs.StringVar(&edgeLabels, "edge-labels", "auto", "DOT edge labels: `on`, off, or auto (on with the dot layout)")
		fs.StringVar(&font, "font", "Noto Sans CJK SC", "DOT font `name` (must have Chinese glyphs)")
		fs.BoolVar(&noDocs, "no-documents", false, "leave out document nodes and their mention edges")
		fs.Var(&regions, "region", "only this `region` and what is in or applies to it (repeatable)")
		fs.Var(&kinds, "kind", "only nodes of this `kind` (repeatable, or a comma list)")
		fs.StringVar(&year, "year", "", "only targets and plans of this `year` (or a range: 2023-2025)")
		fs.Var(&docs, "doc", "only what this `document` states (repeatable)")
		fs.Var(&around, "around", "only the neighbourhood of this `node` (repeatable)")
		fs.IntVar(&depth, "depth", 1, "--around: how many `steps` out")
	}
	exportCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, format, out, layout, font, year, edgeLabels, noDocs = dbFlag{}, "", "", "", "", "", "", false
		regions, kinds, docs, around, depth = nil, nil, nil, nil, 0
		fs := flag.NewFlagSet("export", flag.ContinueOnError)
		pos, err := exportCmd.parseFlags(fs, e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("export: unexpected argument %q", pos[0])
		}
		if err := checkFormat("export", format, "dot", "json", "cytoscape", "graphml", "neo4j"); err != nil {
			return err
		}
		switch edgeLabels {
		case "auto":
			edgeLabels = ""
		case "on", "off":
		default:
			return usageErr("export: --edge-labels %q: want on, off or auto", edgeLabels)
		}
		if format == "neo4j" && out == "" {
			return usageErr("export: --format neo4j writes several files: give the directory with --out DIR")
		}
		depthSet := false
		fs.Visit(func(f *flag.Flag) { depthSet = depthSet || f.Name == "depth" })
		if depthSet && len(around) == 0 {
			return usageErr("export: --depth goes with --around NODE")
		}
		if depth < 0 {
			return usageErr("export: --depth %d: want 0 or more", depth)
		}
		var filt graph.ExportFilter
		filt.Depth = depth
		for _, list := range kinds {
			for _, name := range strings.Split(list, ",") {
				if strings.TrimSpace(name) == "" {
					continue
				}
				k, err := graph.ParseKind(name)
				if err != nil {
					return usageErr("export: --kind: %v", err)
				}
				filt.Kinds = append(filt.Kinds, k)
			}
		}
		if noDocs {
			if len(filt.Kinds) == 0 {
				filt.Kinds = append(filt.Kinds, graph.Kinds...)
			}
			var ks []graph.Kind
			for _, k := range filt.Kinds {
				if k != graph.Document {
					ks = append(ks, k)
				}
			}
			filt.Kinds = ks
			if len(ks) == 0 {
				return usageErr("export: --no-documents leaves no --kind to export")
			}
		}
		if filt.YearFrom, filt.YearTo, err = parseYears(year); err != nil {
			return err
		}
		if out != "" {
			if err := checkNotInput("export", out, db.path); err != nil {
				return err
			}
		}

		d, err := db.open(true)
		if err != nil {
			return err
		}
		defer d.Close()
		if format == "json" && len(regions)+len(docs)+len(around)+len(filt.Kinds) == 0 && filt.YearFrom == 0 {
			// The whole graph, node by node: an export needs no more
			// memory than the largest node's edges.
			write := func(w io.Writer) error {
				bw := bufio.NewWriter(w)
				s := graph.NewJSONStream(bw)
				if err := d.Stream(ctx, s.Node, s.Edge); err != nil {
					return err
				}
				if err := s.Close(); err != nil {
					return err
				}
				return bw.Flush()
			}
			if out == "" {
				return write(e.stdout)
			}
			return writeOut(out, write)
		}
		kg, err := d.Graph(ctx)
		if err != nil {
			return err
		}
		for _, name := range regions {
			ns, err := kg.Find(graph.Region, name)
			if err != nil {
				return usageErr("export: --region: %v", err)
			}
			for _, n := range ns {
				filt.Regions = append(filt.Regions, n.ID)
			}
		}
		for _, name := range docs {
			ns, err := graph.FindDocument(kg, docSource(name))
			if err != nil {
				return usageErr("export: --doc: %v", err)
			}
			for _, n := range ns {
				filt.Docs = append(filt.Docs, n.ID)
			}
		}
		for _, name := range around {
			ns, err := graph.FindAny(kg, name)
			if err != nil {
				return usageErr("export: --around: %v", err)
			}
			for _, n := range ns {
				filt.Around = append(filt.Around, n.ID)
			}
		}
		kg, err = kg.Select(filt)
		if err != nil {
			return usageErr("export: %v", err)
		}

		if format == "neo4j" {
			names, err := kg.WriteNeo4j(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "wrote %d files to %s: run %s (neo4j-admin, database stopped) or load.cypher (LOAD CSV)\n",
				len(names), out, filepath.Join(out, "import.sh"))
			return nil
		}
		write := func(w io.Writer) error {
			bw := bufio.NewWriter(w)
			var err error
			switch format {
			case "json":
				err = kg.WriteJSON(bw)
			case "cytoscape":
				err = kg.WriteCytoscape(bw)
			case "graphml":
				err = kg.WriteGraphML(bw)
			default:
				opt := graph.DOTOptions{FontName: font, Layout: layout, EdgeLabels: edgeLabels}
				n, m := kg.Len()
				if chosen, _ := graph.DOTLayout(n, m, opt); layout == "" && chosen != "dot" {
					fmt.Fprintf(e.stderr, "export: %d nodes and %d edges are too many for dot's layered layout: "+
						"writing layout=%s, edges coloured by relation without labels "+
						"(--layout dot forces it; --region, --kind or --no-documents narrow the graph)\n", n, m, chosen)
				}
				err = kg.WriteDOT(bw, opt)
			}
			if err != nil {
				return err
			}
			return bw.Flush()
		}
		if out == "" {
			return write(e.stdout)
		}
		return writeOut(out, write)
	}
}
