package main

import (
	"context"
	"flag"
	"fmt"

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
		if format == "json" {
			kg, err := d.Graph(ctx)
			if err != nil {
				return err
			}
			return table(e.stdout, "json", nil, nil, graph.Stats(kg, 10))
		}
		// Counted from the keys, without loading the graph.
		sum, err := d.Summary(ctx)
		if err != nil {
			return err
		}
		tw := newTableWriter(e.stdout)
		fmt.Fprintf(tw, "nodes\t%d\n", sum.Nodes)
		for _, k := range graph.Kinds {
			fmt.Fprintf(tw, "  %s\t%d\n", k, sum.Kinds[k])
		}
		fmt.Fprintf(tw, "edges\t%d\n", sum.Edges)
		for _, r := range graph.Rels {
			fmt.Fprintf(tw, "  %s\t%d\n", r, sum.Rels[r])
		}
		for _, k := range []graph.Kind{graph.Region, graph.Agency} {
			fmt.Fprintf(tw, "top %s (by documents)\t\n", map[graph.Kind]string{graph.Region: "regions", graph.Agency: "agencies"}[k])
			top := sum.Mentioned[k]
			if len(top) > 10 {
				top = top[:10]
			}
			for _, t := range top {
				fmt.Fprintf(tw, "  %s\t%d\n", termSafe(t.Name), t.Documents)
			}
		}
		return tw.Flush()
	}
}
