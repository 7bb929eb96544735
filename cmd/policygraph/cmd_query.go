package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/policygraph/policygraph/extract/number"
	"github.com/policygraph/policygraph/graph"
)

var queryCmd = &command{
	name:  "query",
	args:  "targets [flags]",
	short: "ask the graph: targets by region, year, plan or agency",
	long: `
query targets lists numeric targets with their value, unit, qualifier, year,
metric, plan and source documents. --region is hierarchy-aware: a province
includes its cities' and counties' targets. Names match canonical names or
their short forms (--region 深圳 finds 深圳市).

Examples:
  policygraph query targets --region 山东省 --year 2025
  policygraph query targets --region 广东 --format csv > guangdong.csv
  policygraph query targets --plan 深圳市培育发展大健康产业集群行动计划(2022-2025年) --format json
`,
	subcmds: []string{"targets"},
}

type queryFlags struct {
	db     dbFlag
	region string
	year   string
	plan   string
	agency string
	format string
}

func init() {
	f := &queryFlags{}
	queryCmd.flags = func(fs *flag.FlagSet) {
		f.db.register(fs)
		fs.StringVar(&f.region, "region", "", "only targets for this `region` and the regions inside it")
		fs.StringVar(&f.year, "year", "", "only targets due in this `year` (or a range: 2023-2025)")
		fs.StringVar(&f.plan, "plan", "", "only targets set by this `plan`")
		fs.StringVar(&f.agency, "agency", "", "only targets set by this `agency` (or its plans)")
		fs.StringVar(&f.format, "format", "table", "output `format`: table, json or csv")
	}
	queryCmd.run = func(ctx context.Context, e *env, args []string) error {
		*f = queryFlags{}
		pos, err := queryCmd.parseFlags(flag.NewFlagSet("query", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) == 0 {
			return usageErr("query: say what to query: %s (e.g. `policygraph query targets --region 山东省`)", strings.Join(queryCmd.subcmds, ", "))
		}
		if err := checkFormat("query", f.format, "table", "json", "csv"); err != nil {
			return err
		}
		switch pos[0] {
		case "targets":
			return queryTargets(ctx, e, f)
		}
		return usageErr("query: unknown query %q (want %s)", pos[0], strings.Join(queryCmd.subcmds, ", "))
	}
}

func parseYears(s string) (from, to int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, found := strings.Cut(s, "-")
	from, err = strconv.Atoi(strings.TrimSpace(a))
	if err != nil {
		return 0, 0, usageErr("--year %q: want a year such as 2025 or a range such as 2023-2025", s)
	}
	to = from
	if found {
		if to, err = strconv.Atoi(strings.TrimSpace(b)); err != nil || to < from {
			return 0, 0, usageErr("--year %q: want a range such as 2023-2025", s)
		}
	}
	return from, to, nil
}

func queryTargets(ctx context.Context, e *env, f *queryFlags) error {
	var filt graph.TargetFilter
	var err error
	if filt.YearFrom, filt.YearTo, err = parseYears(f.year); err != nil {
		return err
	}
	d, err := f.db.open(true)
	if err != nil {
		return err
	}
	defer d.Close()
	kg, err := d.Graph(ctx)
	if err != nil {
		return err
	}
	if f.region != "" {
		ns, err := kg.Find(graph.Region, f.region)
		if err != nil {
			return err
		}
		for _, n := range ns {
			filt.Regions = append(filt.Regions, kg.Subregions(n.ID)...)
		}
	}
	if f.plan != "" {
		ns, err := kg.Find(graph.Plan, f.plan)
		if err != nil {
			return err
		}
		filt.Plan = ns[0].ID
	}
	if f.agency != "" {
		ns, err := kg.Find(graph.Agency, f.agency)
		if err != nil {
			return err
		}
		filt.Agency = ns[0].ID
	}
	rows := kg.Targets(filt)
	return writeTargets(e.stdout, f.format, rows)
}

func writeTargets(w io.Writer, format string, rows []graph.TargetRow) error {
	switch format {
	case "json":
		if rows == nil {
			rows = []graph.TargetRow{}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"region", "year", "metric", "qualifier", "value", "value_max", "unit", "plan", "agency", "documents"})
		for _, r := range rows {
			vmax := ""
			if r.ValueMax != nil {
				vmax = graph.FormatFloat(*r.ValueMax)
			}
			cw.Write([]string{r.Region, yearString(r.Year), r.Metric, r.Qualifier, graph.FormatFloat(r.Value), vmax, r.Unit, r.Plan, r.Agency, strings.Join(r.Documents, ";")})
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REGION\tYEAR\tMETRIC\tTARGET\tPLAN\tDOCUMENT")
	for _, r := range rows {
		val := number.Humanize(r.Value, r.Unit)
		if r.ValueMax != nil {
			val = number.Humanize(r.Value, "") + "–" + number.Humanize(*r.ValueMax, r.Unit)
		}
		if r.Qualifier != "" && r.Qualifier != "=" {
			val = r.Qualifier + val
		}
		region := r.Region
		if region == "" {
			region = "(national)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", region, yearString(r.Year), r.Metric, val, r.Plan, strings.Join(r.Documents, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(rows) == 0 {
		fmt.Fprintln(w, "(no targets match)")
	}
	return nil
}

func yearString(y int) string {
	if y == 0 {
		return "-"
	}
	return strconv.Itoa(y)
}
