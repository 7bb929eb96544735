package main

import (
	"bufio"
	"context"
	"flag"
	"os"

	"github.com/policygraph/policygraph/graph"
)

var exportCmd = &command{
	name:  "export",
	args:  "[flags]",
	short: "export the graph for Graphviz (dot) or networkx/D3 (json)",
	long: `
Writes the whole graph, sorted so the same database always gives the same
bytes. dot: one cluster per province, shapes and colours by kind, edge
labels by relation; render it with Graphviz (install fonts-noto-cjk so
Chinese labels draw). json: node-link JSON with an "edges" key, readable by
networkx (node_link_graph(data, edges="edges")) and D3.

Examples:
  policygraph export --format dot | dot -Tsvg > graph.svg
  policygraph export --format json > graph.json
  policygraph export --format dot --no-documents --layout sfdp --out big.dot
`,
}

func init() {
	var db dbFlag
	var format, out, layout, font string
	var noDocs bool
	exportCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.StringVar(&format, "format", "dot", "output `format`: dot or json")
		fs.StringVar(&out, "out", "", "write to this `file` instead of standard output")
		fs.StringVar(&layout, "layout", "", "Graphviz layout `engine` hint for large graphs (sfdp, neato …)")
		fs.StringVar(&font, "font", "Noto Sans CJK SC", "DOT font `name` (must have Chinese glyphs)")
		fs.BoolVar(&noDocs, "no-documents", false, "leave out document nodes and their mention edges")
	}
	exportCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, format, out, layout, font, noDocs = dbFlag{}, "", "", "", "", false
		pos, err := exportCmd.parseFlags(flag.NewFlagSet("export", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("export: unexpected argument %q", pos[0])
		}
		if err := checkFormat("export", format, "dot", "json"); err != nil {
			return err
		}
		d, err := db.open(true)
		if err != nil {
			return err
		}
		defer d.Close()
		kg, err := d.Graph(ctx)
		if err != nil {
			return err
		}
		if noDocs {
			kg = kg.Subgraph(func(n *graph.Node) bool { return n.Kind != graph.Document })
		}
		w := e.stdout
		if out != "" {
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		bw := bufio.NewWriter(w)
		switch format {
		case "json":
			err = kg.WriteJSON(bw)
		default:
			err = kg.WriteDOT(bw, graph.DOTOptions{FontName: font, Layout: layout})
		}
		if err != nil {
			return err
		}
		return bw.Flush()
	}
}
