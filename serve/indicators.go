package serve

import (
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/chart"
	"github.com/policygraph/policygraph/graph"
)

// IndicatorQuery is the filters of the indicator pages (compare, progress,
// series) as the URL carries them.
type IndicatorQuery struct {
	Indicator string `json:"indicator,omitempty"` // a name or an alias (GDP增长)
	Year      string `json:"year,omitempty"`      // compare: one year; progress, series: a year or a range
	Level     string `json:"level,omitempty"`     // compare: province, city or county
	Region    string `json:"region,omitempty"`    // progress (with its sub-regions), series
	National  bool   `json:"national,omitempty"`  // progress, series: the country's values
	Status    string `json:"status,omitempty"`    // progress: met, missed, pending or no data
	Page      int    `json:"page"`
}

var levels = []string{"province", "city", "county"}

var statuses = []string{graph.Met, graph.Missed, graph.Pending, graph.NoData}

func parseIndicatorQuery(r *http.Request) (IndicatorQuery, error) {
	v := r.URL.Query()
	q := IndicatorQuery{
		Indicator: strings.TrimSpace(v.Get("indicator")),
		Year:      strings.TrimSpace(v.Get("year")),
		Level:     strings.TrimSpace(v.Get("level")),
		Region:    strings.TrimSpace(v.Get("region")),
		National:  v.Get("national") == "1",
		Status:    strings.TrimSpace(v.Get("status")),
		Page:      1,
	}
	if q.Level != "" && !contains(levels, q.Level) {
		return q, badRequest("level: %q is not one of %s", q.Level, strings.Join(levels, ", "))
	}
	if q.Status != "" && !contains(statuses, q.Status) {
		return q, badRequest("status: %q is not one of %s", q.Status, strings.Join(statuses, ", "))
	}
	var err error
	q.Page, err = pageParam(v)
	return q, err
}

// URL returns path with the query, leaving out empty fields.
func (q IndicatorQuery) URL(path string) string {
	v := url.Values{}
	for _, kv := range [][2]string{{"indicator", q.Indicator}, {"year", q.Year}, {"level", q.Level}, {"region", q.Region}, {"status", q.Status}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if q.National {
		v.Set("national", "1")
	}
	if q.Page > 1 {
		v.Set("page", strconv.Itoa(q.Page))
	}
	if e := v.Encode(); e != "" {
		return path + "?" + e
	}
	return path
}

// PageURL is page n of the progress table.
func (q IndicatorQuery) PageURL(n int) string {
	q.Page = n
	return q.URL("/progress")
}

// StatusURL is the progress table narrowed to one verdict ("" for all).
func (q IndicatorQuery) StatusURL(status string) string {
	q.Status, q.Page = status, 1
	return q.URL("/progress")
}

// indicator resolves q.Indicator (a name or an alias); a typo is a bad
// request with the closest names.
func (q IndicatorQuery) indicator(r graph.Reader) (*graph.Node, error) {
	n, err := graph.FindIndicator(r, q.Indicator)
	if err != nil {
		return nil, badRequest("indicator: %v", err)
	}
	return n, nil
}

// IndicatorsResult answers /api/indicators: the catalogue's indicators the
// graph holds values of.
type IndicatorsResult struct {
	Indicators []graph.IndicatorRow `json:"indicators"`
}

func (s *Server) indicatorsResult(r *http.Request) (*IndicatorsResult, error) {
	res := &IndicatorsResult{}
	err := s.view(r.Context(), func(rd graph.Reader) error {
		res.Indicators = graph.Indicators(rd)
		return nil
	})
	if res.Indicators == nil {
		res.Indicators = []graph.IndicatorRow{}
	}
	return res, err
}

func (s *Server) indicatorsPage(r *http.Request) (string, any, error) {
	res, err := s.indicatorsResult(r)
	if err != nil {
		return "", nil, err
	}
	return "indicators", pageData{Title: "Indicators", Nav: "indicators", Data: res}, nil
}

func (s *Server) apiIndicators(r *http.Request) (any, error) { return s.indicatorsResult(r) }

// CompareResult answers /api/compare: one row per region with the target
// it set for the indicator in the year.
type CompareResult struct {
	Query     IndicatorQuery     `json:"query"`
	Indicator string             `json:"indicator"` // the canonical name
	Year      int                `json:"year"`
	Years     []YearCount        `json:"years"` // the years with targets of the indicator
	Rows      []graph.CompareRow `json:"rows"`
	Chart     template.HTML      `json:"-"`
}

// YearCount is a year and how many targets of an indicator it has.
type YearCount struct {
	Year    int `json:"year"`
	Targets int `json:"targets"`
}

func (s *Server) compareResult(r *http.Request) (*CompareResult, error) {
	q, err := parseIndicatorQuery(r)
	if err != nil {
		return nil, err
	}
	res := &CompareResult{Query: q, Rows: []graph.CompareRow{}, Years: []YearCount{}}
	if q.Indicator == "" {
		return res, nil // the form alone
	}
	if q.Year != "" {
		if res.Year, err = strconv.Atoi(q.Year); err != nil || res.Year < 1900 || res.Year > 2200 {
			return nil, badRequest("year: want one year such as 2025, not %q", q.Year)
		}
	}
	err = s.view(r.Context(), func(rd graph.Reader) error {
		ind, err := q.indicator(rd)
		if err != nil {
			return err
		}
		res.Indicator = ind.Name
		byYear := map[int]int{}
		for _, t := range graph.Targets(rd, graph.TargetFilter{Indicator: ind.ID, NoDocuments: true}) {
			if t.Year != 0 {
				byYear[t.Year]++
			}
		}
		for y, n := range byYear {
			res.Years = append(res.Years, YearCount{y, n})
		}
		sort.Slice(res.Years, func(i, j int) bool { return res.Years[i].Year < res.Years[j].Year })
		if res.Year == 0 {
			// No year asked: the latest year with at least four fifths of
			// the busiest year's targets (the newest year that is well
			// covered, not one a few plans reach ahead to).
			most := 0
			for _, yc := range res.Years {
				most = max(most, yc.Targets)
			}
			for _, yc := range res.Years {
				if 5*yc.Targets >= 4*most {
					res.Year = yc.Year
				}
			}
		}
		if res.Year != 0 {
			res.Rows = graph.Compare(rd, ind.ID, res.Year, q.Level, true)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if res.Rows == nil {
		res.Rows = []graph.CompareRow{}
	}
	var b strings.Builder
	if err := chart.Compare(&b, res.Indicator+" · "+strconv.Itoa(res.Year), res.Rows); err != nil {
		return nil, err
	}
	res.Chart = template.HTML(b.String()) // every text in it is escaped by chart
	return res, nil
}

func (s *Server) comparePage(r *http.Request) (string, any, error) {
	res, err := s.compareResult(r)
	if err != nil {
		if status(err) != http.StatusBadRequest {
			return "", nil, err
		}
		q, _ := parseIndicatorQuery(r)
		return "compare", pageData{Title: "Compare", Nav: "compare", Error: err.Error(), Status: http.StatusBadRequest, Data: &CompareResult{Query: q}}, nil
	}
	title := "Compare"
	if res.Indicator != "" && res.Year != 0 {
		title = res.Indicator + " " + strconv.Itoa(res.Year) + " · Compare"
	}
	return "compare", pageData{Title: title, Nav: "compare", Data: res}, nil
}

func (s *Server) apiCompare(r *http.Request) (any, error) { return s.compareResult(r) }

// StatusCount is how many progress rows have one verdict.
type StatusCount struct {
	Status string `json:"status"`
	Rows   int    `json:"rows"`
}

// ProgressResult answers /api/progress: targets beside what was observed
// for the same region, indicator and year, a page at a time.
type ProgressResult struct {
	Query     IndicatorQuery      `json:"query"`
	Indicator string              `json:"indicator,omitempty"`
	Regions   []string            `json:"regions,omitempty"` // the regions the region filter stands for
	Counts    []StatusCount       `json:"counts"`            // every verdict, before the status filter
	Total     int                 `json:"total"`             // rows that pass every filter
	Page      int                 `json:"page"`
	Pages     int                 `json:"pages"`
	PageSize  int                 `json:"page_size"`
	Rows      []graph.ProgressRow `json:"rows"`
}

func (s *Server) progressResult(r *http.Request) (*ProgressResult, error) {
	q, err := parseIndicatorQuery(r)
	if err != nil {
		return nil, err
	}
	var f graph.ProgressFilter
	if f.YearFrom, f.YearTo, err = parseYears(q.Year); err != nil {
		return nil, err
	}
	res := &ProgressResult{Query: q, Page: q.Page, PageSize: pageSize, Rows: []graph.ProgressRow{}}
	err = s.view(r.Context(), func(rd graph.Reader) error {
		if q.Indicator != "" {
			ind, err := q.indicator(rd)
			if err != nil {
				return err
			}
			f.Indicator, res.Indicator = ind.ID, ind.Name
		}
		if q.Region != "" {
			ns, err := graph.Find(rd, graph.Region, q.Region)
			if err != nil {
				return badRequest("region: %v", err)
			}
			for _, n := range ns {
				res.Regions = append(res.Regions, n.Name)
				f.Regions = append(f.Regions, graph.Subregions(rd, n.ID)...)
			}
		}
		f.National = q.National
		all := graph.Progress(rd, f)
		counts := map[string]int{}
		var sel []graph.ProgressRow
		for _, row := range all {
			counts[row.Status]++
			if q.Status == "" || row.Status == q.Status {
				sel = append(sel, row)
			}
		}
		for _, st := range statuses {
			res.Counts = append(res.Counts, StatusCount{st, counts[st]})
		}
		res.Total = len(sel)
		res.Pages = (len(sel) + pageSize - 1) / pageSize
		from, to := pageBounds(q.Page, len(sel))
		res.Rows = append(res.Rows, sel[from:to]...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func (s *Server) progressPage(r *http.Request) (string, any, error) {
	res, err := s.progressResult(r)
	if err != nil {
		if status(err) != http.StatusBadRequest {
			return "", nil, err
		}
		q, _ := parseIndicatorQuery(r)
		return "progress", pageData{Title: "Progress", Nav: "progress", Error: err.Error(), Status: http.StatusBadRequest, Data: &ProgressResult{Query: q}}, nil
	}
	return "progress", pageData{Title: "Progress", Nav: "progress", Data: res}, nil
}

func (s *Server) apiProgress(r *http.Request) (any, error) { return s.progressResult(r) }

// SeriesResult answers /api/series: an indicator's targets and
// observations for one region (or the country) over the years.
type SeriesResult struct {
	Query     IndicatorQuery    `json:"query"`
	Indicator string            `json:"indicator,omitempty"`
	Region    string            `json:"region,omitempty"` // the region's full name; empty for the country
	Rows      []graph.SeriesRow `json:"rows"`
	Chart     template.HTML     `json:"-"`
}

func (s *Server) seriesResult(r *http.Request) (*SeriesResult, error) {
	q, err := parseIndicatorQuery(r)
	if err != nil {
		return nil, err
	}
	from, to, err := parseYears(q.Year)
	if err != nil {
		return nil, err
	}
	res := &SeriesResult{Query: q, Rows: []graph.SeriesRow{}}
	if q.Indicator == "" || (q.Region == "" && !q.National) {
		return res, nil // the form alone
	}
	place := "全国"
	err = s.view(r.Context(), func(rd graph.Reader) error {
		ind, err := q.indicator(rd)
		if err != nil {
			return err
		}
		res.Indicator = ind.Name
		var region graph.ID
		if !q.National {
			ns, err := graph.Find(rd, graph.Region, q.Region)
			if err != nil {
				return badRequest("region: %v", err)
			}
			region, res.Region, place = ns[0].ID, ns[0].Name, ns[0].Name
		}
		for _, row := range graph.Series(rd, region, q.National, ind.ID, true) {
			if (from == 0 || row.Year >= from) && (to == 0 || row.Year <= to) {
				res.Rows = append(res.Rows, row)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := chart.Series(&b, place+" · "+res.Indicator, res.Rows); err != nil {
		return nil, err
	}
	res.Chart = template.HTML(b.String()) // every text in it is escaped by chart
	return res, nil
}

func (s *Server) seriesPage(r *http.Request) (string, any, error) {
	res, err := s.seriesResult(r)
	if err != nil {
		if status(err) != http.StatusBadRequest {
			return "", nil, err
		}
		q, _ := parseIndicatorQuery(r)
		return "series", pageData{Title: "Series", Nav: "indicators", Error: err.Error(), Status: http.StatusBadRequest, Data: &SeriesResult{Query: q}}, nil
	}
	title := "Series"
	if res.Indicator != "" {
		title = res.Region + " " + res.Indicator + " · Series"
	}
	return "series", pageData{Title: title, Nav: "indicators", Data: res}, nil
}

func (s *Server) apiSeries(r *http.Request) (any, error) { return s.seriesResult(r) }
