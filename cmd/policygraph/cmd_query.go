package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/chart"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
)

var queryCmd = &command{
	name:  "query",
	args:  "targets|amounts|plans|agencies|regions|indicators|observations|compare|progress|series|entity NAME|path A B [flags]",
	short: "ask the graph: targets, amounts, plans, agencies, regions, indicators over regions and years, one entity, a path",
	long: `
Queries read the database directly (only what they need), so they answer in
milliseconds on large graphs. Names match canonical names or short forms
(--region 深圳 finds 深圳市); an unknown name is an error that suggests the
closest known names.

  targets    numeric targets with value, unit, qualifier, year, metric, plan, documents
  amounts    sums of money with their region, plan and documents
  plans      plans with their period, issuing agencies, regions and target count
  agencies   agencies with their level, region and the plans they issued
  regions    regions with how many documents, targets and agencies they have
  entity N   everything connected to one entity, with evidence sentences
  path A B   how two entities are connected (a shortest path)

Indicators (the catalogue of rules/default/indicators.yaml: 地区生产总值增长,
城镇调查失业率 …; --indicator takes a name or an alias such as GDP增长):
  indicators    the indicators the graph has values of, with their aliases
                and how many targets and observations of each
  observations  values of indicators stated for past years (communiqués, a
                report's review of the year before); never targets
  compare       --indicator X --year Y [--level province]: one row per
                region with its target for that year
  progress      [--region R] [--indicator X]: each target beside the value
                observed for the same region, indicator and year: met,
                missed, pending (not published yet) or no data
  series        --region R --indicator X: targets and observations by year
                (--format svg draws them as a small chart)

Filters (listing queries): --region (includes its sub-regions: 广东省 lists
深圳市's targets), --agency (abbreviations work: 国家发改委), --plan, --year
2025 or --year 2023-2025 (amounts: the document's year); targets also
--indicator, --national (targets of no region), --sort
region|year|value|-value; targets and amounts --min/--max (value bounds);
amounts --currency CNY; every listing --limit N. --evidence adds
each row's document and sentence. Output: --format table (default), json or
csv (a missing value is an empty field). CSV is for people: a cell
that starts with = + - @ tab or CR (a title 《=HYPERLINK(…)》 taken from a
document) is prefixed with ' so that Excel or LibreOffice shows it rather
than running it as a formula (OWASP's advice); plain numbers such as -5
stay numbers. --csv-raw writes the values as they are, for scripts.

Examples:
  policygraph query targets --region 山东省 --year 2025
  policygraph query targets --region 广东 --format csv > guangdong.csv
  policygraph query amounts --region 长三角
  policygraph query amounts --min 1e10 --currency CNY --year 2024 --agency 国家发改委
  policygraph query plans --agency 国家发展和改革委员会 --year 2021-2025
  policygraph query agencies --region 深圳市
  policygraph query regions --region 山东省 --format json
  policygraph query entity 深圳市发展和改革委员会
  policygraph query path 深圳市 粤港澳大湾区
  policygraph query targets --indicator GDP增长 --year 2025 --min 6 --sort -value
  policygraph query compare --indicator 地区生产总值增长 --year 2025 --level province
  policygraph query progress --region 山东 --indicator 城镇新增就业 --evidence
  policygraph query series --region 山东省 --indicator 研发经费投入强度
`,
	subcmds: []string{"targets", "amounts", "plans", "agencies", "regions", "indicators", "observations", "compare", "progress", "series", "entity", "path"},
	only: map[string][]string{
		"region":        {"targets", "amounts", "plans", "agencies", "regions", "observations", "progress", "series"},
		"year":          {"targets", "amounts", "plans", "agencies", "regions", "observations", "compare", "progress", "series"},
		"plan":          listingQueries,
		"agency":        listingQueries,
		"csv-raw":       append(append([]string(nil), listingQueries...), indicatorQueries...),
		"indicator":     {"targets", "observations", "compare", "progress", "series"},
		"national":      {"targets", "observations", "progress", "series"},
		"min":           {"targets", "amounts"},
		"max":           {"targets", "amounts"},
		"sort":          {"targets"},
		"level":         {"compare"},
		"currency":      {"amounts"},
		"evidence":      append(append([]string(nil), listingQueries...), "observations", "compare", "progress", "series"),
		"limit":         append(append([]string{"entity"}, listingQueries...), indicatorQueries...),
		"kind":          {"entity"},
		"depth":         {"path"},
		"via-documents": {"path"},
	},
}

// the queries that list rows, and take filters
var listingQueries = []string{"targets", "amounts", "plans", "agencies", "regions"}

// the queries of the indicator catalogue
var indicatorQueries = []string{"indicators", "observations", "compare", "progress", "series"}

type queryFlags struct {
	db       dbFlag
	region   string
	year     string
	plan     string
	agency   string
	format   string
	limit    int
	depth    int
	viaDocs  bool
	kindName string
	csvRaw   bool

	indicator string
	national  bool
	min, max  string
	sort      string
	level     string
	evidence  bool
	currency  string
}

func init() {
	f := &queryFlags{}
	queryCmd.flags = func(fs *flag.FlagSet) {
		f.db.register(fs)
		fs.StringVar(&f.region, "region", "", "only what applies to this `region` and the regions inside it")
		fs.StringVar(&f.year, "year", "", "only this `year` (or a range: 2023-2025)")
		fs.StringVar(&f.plan, "plan", "", "only what this `plan` sets or funds")
		fs.StringVar(&f.agency, "agency", "", "only what this `agency` (or its plans) issues or sets")
		fs.StringVar(&f.format, "format", "table", "output `format`: table, json or csv (series also svg: a chart)")
		fs.BoolVar(&f.csvRaw, "csv-raw", false, "csv: write cells as they are, for scripts (by default a cell starting with = + - @ tab or CR is prefixed with ' so that a spreadsheet does not run it as a formula)")
		fs.IntVar(&f.limit, "limit", -1, "entity: at most this many evidence `sentences` (default 20, 0 = all); listings: at most this many rows")
		fs.IntVar(&f.depth, "depth", 3, "path: search this many `steps` from each end")
		fs.BoolVar(&f.viaDocs, "via-documents", false, "path: allow steps through the documents that mention both")
		fs.StringVar(&f.kindName, "kind", "", "entity: look the name up only among this `kind`")
		fs.StringVar(&f.indicator, "indicator", "", "only this `indicator` (a name or alias of the catalogue: GDP增长)")
		fs.BoolVar(&f.national, "national", false, "only targets and observations of no region (the country's)")
		fs.StringVar(&f.min, "min", "", "targets, amounts: only values of at least this `number` (1e10 = 100亿)")
		fs.StringVar(&f.max, "max", "", "targets, amounts: only values of at most this `number`")
		fs.StringVar(&f.sort, "sort", "", "targets: order by `key`: region, year, value or -value")
		fs.StringVar(&f.level, "level", "", "compare: only regions of this `level` (province, city, county)")
		fs.BoolVar(&f.evidence, "evidence", false, "listings: add each row's document and sentence")
		fs.StringVar(&f.currency, "currency", "", "amounts: only this `currency` (ISO code: CNY, USD …)")
	}
	queryCmd.run = func(ctx context.Context, e *env, args []string) error {
		*f = queryFlags{}
		fs := flag.NewFlagSet("query", flag.ContinueOnError)
		pos, err := queryCmd.parseFlags(fs, e, args)
		if err != nil {
			return err
		}
		if len(pos) == 0 {
			return usageErr("query: say what to query: %s (e.g. `policygraph query targets --region 山东省`)", strings.Join(queryCmd.subcmds, ", "))
		}
		sub, err := queryCmd.sub(fs, pos)
		if err != nil {
			return err
		}
		if err := checkFormat("query", f.format, "table", "json", "csv", "svg"); err != nil {
			return err
		}
		if f.csvRaw {
			if f.format != "csv" {
				return usageErr("query: --csv-raw goes with --format csv")
			}
			f.format = csvRaw
		}
		if f.format == "svg" && sub != "series" {
			return usageErr("query %s: --format svg draws a series only (policygraph query series --region R --indicator I --format svg)", sub)
		}
		switch {
		case sub == "entity" && len(pos) != 2:
			return usageErr("query entity: name one entity (e.g. `policygraph query entity 深圳市`)")
		case sub == "path" && len(pos) != 3:
			return usageErr("query path: name two entities (e.g. `policygraph query path 深圳市 粤港澳大湾区`)")
		case sub != "entity" && sub != "path" && len(pos) > 1:
			return usageErr("query %s: unexpected argument %q", sub, pos[1])
		case sub == "compare" && (f.indicator == "" || f.year == "" || strings.Contains(f.year, "-")):
			return usageErr("query compare: give --indicator and one --year (e.g. `policygraph query compare --indicator GDP增长 --year 2025 --level province`)")
		case sub == "series" && (f.indicator == "" || (f.region == "" && !f.national)):
			return usageErr("query series: give --indicator and --region (or --national) (e.g. `policygraph query series --region 山东省 --indicator 研发经费投入强度`)")
		}
		if sub == "entity" && f.limit < 0 {
			f.limit = 20
		}
		var filt graph.Filter
		if filt.YearFrom, filt.YearTo, err = parseYears(f.year); err != nil {
			return err
		}
		d, err := f.db.open(true)
		if err != nil {
			return err
		}
		defer d.Close()
		return d.View(func(r graph.Reader) error {
			if err := resolveFilter(r, f, &filt); err != nil {
				return err
			}
			var ia indicatorArgs
			if err := resolveIndicator(r, f, &ia); err != nil {
				return err
			}
			switch sub {
			case "targets":
				rows := graph.Targets(r, graph.TargetFilter{Regions: filt.Regions, YearFrom: filt.YearFrom, YearTo: filt.YearTo, Plan: filt.Plan, Agency: filt.Agency,
					Indicator: ia.indicator, National: f.national, Min: ia.min, Max: ia.max, Evidence: f.evidence})
				if err := sortTargets(rows, f.sort); err != nil {
					return err
				}
				return writeTargets(e.stdout, f.format, limitRows(rows, f.limit), f.evidence)
			case "indicators":
				return writeIndicators(e.stdout, f.format, graph.Indicators(r))
			case "observations":
				rows := graph.Observations(r, graph.ObservationFilter{Regions: filt.Regions, National: f.national, Indicator: ia.indicator, YearFrom: filt.YearFrom, YearTo: filt.YearTo, Evidence: f.evidence})
				return writeObservations(e.stdout, f.format, limitRows(rows, f.limit), f.evidence)
			case "compare":
				rows := graph.Compare(r, ia.indicator, filt.YearFrom, f.level, f.evidence)
				return writeCompare(e.stdout, f.format, limitRows(rows, f.limit), f.evidence)
			case "progress":
				rows := graph.Progress(r, graph.ProgressFilter{Regions: filt.Regions, National: f.national, Indicator: ia.indicator, YearFrom: filt.YearFrom, YearTo: filt.YearTo, Evidence: f.evidence})
				return writeProgress(e.stdout, f.format, limitRows(rows, f.limit), f.evidence)
			case "series":
				var region graph.ID
				if !f.national {
					ns, err := graph.Find(r, graph.Region, f.region)
					if err != nil {
						return usageErr("--region: %v", err)
					}
					region = ns[0].ID
				}
				var rows []graph.SeriesRow
				for _, row := range graph.Series(r, region, f.national, ia.indicator, f.evidence) {
					if (filt.YearFrom == 0 || row.Year >= filt.YearFrom) && (filt.YearTo == 0 || row.Year <= filt.YearTo) {
						rows = append(rows, row)
					}
				}
				rows = limitRows(rows, f.limit)
				if f.format == "svg" {
					place := "全国"
					if region != "" {
						place = r.Node(region).Name
					}
					return chart.Series(e.stdout, place+" · "+r.Node(ia.indicator).Name, rows)
				}
				return writeSeries(e.stdout, f.format, rows, f.evidence)
			case "amounts":
				filt.Currency, filt.Min, filt.Max = strings.ToUpper(f.currency), ia.min, ia.max
				rows := limitRows(graph.Amounts(r, filt), f.limit)
				for i := range rows {
					rows[i].Evidence = evidenceOf(r, rows[i].ID, f.evidence)
				}
				return writeAmounts(e.stdout, f.format, rows, f.evidence)
			case "plans":
				rows := limitRows(graph.Plans(r, filt), f.limit)
				for i := range rows {
					rows[i].Evidence = evidenceOf(r, rows[i].ID, f.evidence)
				}
				return writePlans(e.stdout, f.format, rows, f.evidence)
			case "agencies":
				rows := limitRows(graph.Agencies(r, filt), f.limit)
				for i := range rows {
					rows[i].Evidence = evidenceOf(r, rows[i].ID, f.evidence)
				}
				return writeAgencies(e.stdout, f.format, rows, f.evidence)
			case "regions":
				rows := limitRows(graph.Regions(r, filt), f.limit)
				for i := range rows {
					rows[i].Evidence = evidenceOf(r, rows[i].ID, f.evidence)
				}
				return writeRegions(e.stdout, f.format, rows, f.evidence)
			case "entity":
				return queryEntity(r, e.stdout, f, pos[1])
			case "path":
				return queryPath(r, e.stdout, f, pos[1], pos[2])
			}
			return nil
		})
	}
}

// resolveFilter turns names into IDs; unknown names are usage errors with
// suggestions.
func resolveFilter(r graph.Reader, f *queryFlags, filt *graph.Filter) error {
	if f.region != "" {
		ns, err := graph.Find(r, graph.Region, f.region)
		if err != nil {
			return usageErr("--region: %v", err)
		}
		for _, n := range ns {
			filt.Regions = append(filt.Regions, graph.Subregions(r, n.ID)...)
		}
	}
	if f.plan != "" {
		ns, err := graph.Find(r, graph.Plan, f.plan)
		if err != nil {
			return usageErr("--plan: %v", err)
		}
		filt.Plan = ns[0].ID
	}
	if f.agency != "" {
		ns, err := graph.Find(r, graph.Agency, f.agency)
		if err != nil {
			return usageErr("--agency: %v", err)
		}
		filt.Agency = ns[0].ID
	}
	return nil
}

// parseYears is graph.ParseYears as a usage error of --year.
func parseYears(s string) (from, to int, err error) {
	if from, to, err = graph.ParseYears(s); err != nil {
		return 0, 0, usageErr("--year %v", err)
	}
	return from, to, nil
}

// table writes rows as an aligned table, JSON or CSV.
func table(w io.Writer, format string, header []string, rows [][]string, v any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	case "csv", csvRaw:
		cw := csv.NewWriter(w)
		lower := make([]string, len(header))
		for i, h := range header {
			lower[i] = strings.ToLower(h)
		}
		cw.Write(lower)
		cells := make([]string, 0, len(header))
		for _, r := range rows {
			cells = cells[:0]
			for _, c := range r {
				if format != csvRaw {
					c = csvSafe(c)
				}
				cells = append(cells, c)
			}
			cw.Write(cells)
		}
		cw.Flush()
		return cw.Error()
	}
	// The cells are laid out as they are, not joined into lines and split
	// again (a tenth of listing every target of a large database).
	block := make([][]string, 0, len(rows)+1)
	block = append(block, header)
	for _, r := range rows {
		for i, c := range r {
			r[i] = termSafe(c)
		}
		block = append(block, r)
	}
	out := bufio.NewWriterSize(w, 64<<10)
	writeBlock(out, block)
	if len(rows) == 0 {
		out.WriteString("(nothing matches)\n")
	}
	return out.Flush()
}

func writeTargets(w io.Writer, format string, rows []graph.TargetRow, evidence bool) error {
	if rows == nil {
		rows = []graph.TargetRow{}
	}
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		region := r.Region
		if region == "" && format == "table" {
			region = "(national)"
		}
		if isCSV(format) {
			vmax := ""
			if r.ValueMax != nil {
				vmax = graph.FormatFloat(*r.ValueMax)
			}
			year := ""
			if r.Year != 0 {
				year = strconv.Itoa(r.Year)
			}
			out = append(out, append([]string{r.Region, year, r.Metric, r.Indicator, r.Qualifier, graph.FormatFloat(r.Value), vmax, r.Unit, r.Plan, r.Agency, strings.Join(r.Documents, ";")}, evidenceCols(r.Evidence, evidence)...))
			continue
		}
		val := number.Humanize(r.Value, r.Unit)
		if r.ValueMax != nil {
			val = number.Humanize(r.Value, "") + "–" + number.Humanize(*r.ValueMax, r.Unit)
		}
		if r.Qualifier != "" && r.Qualifier != "=" {
			val = r.Qualifier + val
		}
		out = append(out, append([]string{region, yearString(r.Year), r.Metric, r.Indicator, val, r.Plan, strings.Join(r.Documents, ", ")}, evidenceCols(r.Evidence, evidence)...))
	}
	if isCSV(format) {
		return table(w, format, withEvidence([]string{"REGION", "YEAR", "METRIC", "INDICATOR", "QUALIFIER", "VALUE", "VALUE_MAX", "UNIT", "PLAN", "AGENCY", "DOCUMENTS"}, evidence), out, rows)
	}
	return table(w, format, withEvidence([]string{"REGION", "YEAR", "METRIC", "INDICATOR", "TARGET", "PLAN", "DOCUMENT"}, evidence), out, rows)
}

// evidenceOf returns a row's evidence when asked for.
func evidenceOf(r graph.Reader, id graph.ID, want bool) *graph.RowEvidence {
	if !want {
		return nil
	}
	return graph.FirstEvidence(r, id)
}

func writeAmounts(w io.Writer, format string, rows []graph.AmountRow, evidence bool) error {
	if rows == nil {
		rows = []graph.AmountRow{}
	}
	var out [][]string
	for _, r := range rows {
		unit := "元"
		if r.Currency != "" && r.Currency != "CNY" {
			unit = " " + r.Currency
		}
		val := number.Humanize(r.Value, unit)
		if r.ValueMax != nil {
			val = number.Humanize(r.Value, "") + "–" + number.Humanize(*r.ValueMax, unit)
		}
		if isCSV(format) {
			val = graph.FormatFloat(r.Value)
		}
		if r.Qualifier != "" && r.Qualifier != "=" && !isCSV(format) {
			val = r.Qualifier + val
		}
		year := ""
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		out = append(out, append([]string{r.Region, year, val, r.Currency, r.Qualifier, r.Plan, r.Agency, r.Text, strings.Join(r.Documents, ", ")}, evidenceCols(r.Evidence, evidence)...))
	}
	return table(w, format, withEvidence([]string{"REGION", "YEAR", "AMOUNT", "CURRENCY", "QUALIFIER", "PLAN", "AGENCY", "TEXT", "DOCUMENTS"}, evidence), out, rows)
}

func writePlans(w io.Writer, format string, rows []graph.PlanRow, evidence bool) error {
	if rows == nil {
		rows = []graph.PlanRow{}
	}
	var out [][]string
	for _, r := range rows {
		period := ""
		if r.To != 0 {
			period = strconv.Itoa(r.From) + "-" + strconv.Itoa(r.To)
			if r.From == r.To {
				period = strconv.Itoa(r.To)
			}
		}
		out = append(out, append([]string{r.Title, period, strings.Join(r.Issuers, "、"), strings.Join(r.Regions, "、"), strconv.Itoa(r.Targets), strings.Join(r.Documents, ", ")}, evidenceCols(r.Evidence, evidence)...))
	}
	return table(w, format, withEvidence([]string{"PLAN", "PERIOD", "ISSUED BY", "REGIONS", "TARGETS", "DOCUMENTS"}, evidence), out, rows)
}

func writeAgencies(w io.Writer, format string, rows []graph.AgencyRow, evidence bool) error {
	if rows == nil {
		rows = []graph.AgencyRow{}
	}
	var out [][]string
	for _, r := range rows {
		out = append(out, append([]string{r.Name, r.Level, r.Region, strconv.Itoa(r.Documents), strings.Join(r.Plans, "; ")}, evidenceCols(r.Evidence, evidence)...))
	}
	return table(w, format, withEvidence([]string{"AGENCY", "LEVEL", "REGION", "DOCUMENTS", "PLANS ISSUED"}, evidence), out, rows)
}

func writeRegions(w io.Writer, format string, rows []graph.RegionRow, evidence bool) error {
	if rows == nil {
		rows = []graph.RegionRow{}
	}
	var out [][]string
	for _, r := range rows {
		out = append(out, append([]string{r.Name, r.Level, r.Code, r.Parent, strconv.Itoa(r.Documents), strconv.Itoa(r.Targets), strconv.Itoa(r.Agencies)}, evidenceCols(r.Evidence, evidence)...))
	}
	return table(w, format, withEvidence([]string{"REGION", "LEVEL", "CODE", "PARENT", "DOCUMENTS", "TARGETS", "AGENCIES"}, evidence), out, rows)
}

func queryEntity(r graph.Reader, w io.Writer, f *queryFlags, name string) error {
	var ns []*graph.Node
	var err error
	if f.kindName != "" {
		k, kerr := graph.ParseKind(f.kindName)
		if kerr != nil {
			return usageErr("--kind: %v", kerr)
		}
		ns, err = graph.Find(r, k, name)
	} else {
		ns, err = graph.FindAny(r, name)
	}
	if err != nil {
		return usageErr("query entity: %v", err)
	}
	var reps []*graph.EntityReport
	for _, n := range ns {
		rep, err := graph.Entity(r, n.ID, f.limit)
		if err != nil {
			return err
		}
		reps = append(reps, rep)
	}
	if f.format == "json" {
		return table(w, "json", nil, nil, reps)
	}
	for _, rep := range reps {
		n := rep.Node
		fmt.Fprintf(w, "%s  (%s)\n", termSafe(n.Name), termSafe(string(n.ID)))
		for _, k := range sortedKeys(n.Attrs) {
			fmt.Fprintf(w, "  %s: %s\n", termSafe(k), termSafe(n.Attrs[k]))
		}
		if len(rep.Links) > 0 {
			fmt.Fprintln(w, "links:")
			tw := newTableWriter(w)
			for _, l := range rep.Links {
				arrow := "→"
				if l.Direction == "in" {
					arrow = "←"
				}
				fmt.Fprintf(tw, "  %s %s\t%s\t(%s)\n", arrow, l.Rel, termSafe(l.OtherName), termSafe(string(l.Other)))
			}
			tw.Flush()
		}
		if len(rep.Evidence) > 0 {
			fmt.Fprintln(w, "evidence:")
			for _, ev := range rep.Evidence {
				fmt.Fprintf(w, "  %s [%d,%d) %s\n      %s\n", termSafe(ev.Doc), ev.Start, ev.End, termSafe(ev.Rule), termSafe(ev.Sentence))
			}
			if rep.More > 0 {
				fmt.Fprintf(w, "  … and %d more (--limit 0 shows all)\n", rep.More)
			}
		}
		fmt.Fprintln(w)
	}
	return nil
}

func queryPath(r graph.Reader, w io.Writer, f *queryFlags, a, b string) error {
	na, err := graph.FindAny(r, a)
	if err != nil {
		return usageErr("query path: %v", err)
	}
	nb, err := graph.FindAny(r, b)
	if err != nil {
		return usageErr("query path: %v", err)
	}
	steps, err := graph.Path(r, na[0].ID, nb[0].ID, f.depth, f.viaDocs)
	if errors.Is(err, graph.ErrNoPath) {
		return fmt.Errorf("%s and %s are %w (try --depth %d or --via-documents)", na[0].Name, nb[0].Name, err, f.depth+2)
	}
	if err != nil {
		return err
	}
	if f.format == "json" {
		return table(w, "json", nil, nil, steps)
	}
	for _, s := range steps {
		fmt.Fprintf(w, "%s -%s-> %s\n", termSafe(s.FromName), s.Rel, termSafe(s.ToName))
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func yearString(y int) string {
	if y == 0 {
		return "-"
	}
	return strconv.Itoa(y)
}
