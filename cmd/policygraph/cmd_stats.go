package main

import (
	"context"
	"flag"
	"fmt"
	"sort"

	"github.com/policygraph/policygraph/graph"
)

var statsCmd = &command{
	name:  "stats",
	args:  "[flags]",
	short: "count documents, nodes by kind, edges by relation, top regions and agencies",
	long: `
--format json writes the same counts for scripts: nodes and edges, by_kind,
by_rel, top_regions, top_agencies and targets_by_year.

Examples:
  policygraph stats
  policygraph stats --db kg.db
  policygraph stats --format json | jq .by_kind
`,
}

func init() {
	var db dbFlag
	var format string
	statsCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.StringVar(&format, "format", "table", "output `format`: table or json")
	}
	statsCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, format = dbFlag{}, "table"
		if _, err := statsCmd.parseFlags(flag.NewFlagSet("stats", flag.ContinueOnError), e, args); err != nil {
			return err
		}
		if err := checkFormat("stats", format, "table", "json"); err != nil {
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
		if format == "json" {
			return table(e.stdout, "json", nil, nil, graph.Stats(kg, 10))
		}
		kinds := map[graph.Kind]int{}
		for _, n := range kg.Nodes() {
			kinds[n.Kind]++
		}
		rels := map[graph.Rel]int{}
		for _, ed := range kg.Edges() {
			rels[ed.Rel]++
		}
		n, m := kg.Len()
		tw := newTableWriter(e.stdout)
		fmt.Fprintf(tw, "nodes\t%d\n", n)
		for _, k := range graph.Kinds {
			fmt.Fprintf(tw, "  %s\t%d\n", k, kinds[k])
		}
		fmt.Fprintf(tw, "edges\t%d\n", m)
		for _, r := range graph.Rels {
			fmt.Fprintf(tw, "  %s\t%d\n", r, rels[r])
		}
		for _, k := range []graph.Kind{graph.Region, graph.Agency} {
			fmt.Fprintf(tw, "top %s (by documents)\t\n", map[graph.Kind]string{graph.Region: "regions", graph.Agency: "agencies"}[k])
			for _, t := range top(kg, k, 10) {
				fmt.Fprintf(tw, "  %s\t%d\n", t.name, t.n)
			}
		}
		return tw.Flush()
	}
}

type counted struct {
	name string
	n    int
}

// top returns the nodes of kind k mentioned by the most documents.
func top(kg *graph.KG, k graph.Kind, n int) []counted {
	var out []counted
	for _, nd := range kg.Nodes() {
		if nd.Kind != k {
			continue
		}
		c := len(kg.InRel(nd.ID, graph.Mentions))
		if c > 0 {
			out = append(out, counted{nd.Name, c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].name < out[j].name
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
