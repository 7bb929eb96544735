package serve

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Hit is one search result.
type Hit struct {
	ID        graph.ID   `json:"id"`
	Kind      graph.Kind `json:"kind"`
	Name      string     `json:"name"`
	Detail    string     `json:"detail,omitempty"` // level and parent of a region, level of an agency
	Documents int        `json:"documents"`        // documents that mention it
	Exact     bool       `json:"exact"`            // the name resolves to it as on the CLI
}

// KindHits are the results of one kind.
type KindHits struct {
	Kind graph.Kind `json:"kind"`
	Hits []Hit      `json:"hits"`
	More int        `json:"more,omitempty"` // matches left out by the limit
}

// SearchResult answers /api/search.
type SearchResult struct {
	Query string     `json:"query"`
	Kinds []KindHits `json:"kinds"`
}

var searchKinds = []graph.Kind{graph.Region, graph.Agency, graph.Plan, graph.Indicator}

// search finds q among regions, agencies, plans and indicators: first what
// the CLI's name resolution gives (深圳 → 深圳市, GDP增长 → 地区生产总值增长),
// then names (and an indicator's aliases) that contain q.
func search(r graph.Reader, q string) *SearchResult {
	q = strings.TrimSpace(q)
	res := &SearchResult{Query: q, Kinds: []KindHits{}}
	if q == "" {
		return res
	}
	lq := strings.ToLower(q)
	for _, k := range searchKinds {
		kh := KindHits{Kind: k, Hits: []Hit{}}
		seen := map[graph.ID]bool{}
		var found []*graph.Node
		exact := map[graph.ID]bool{}
		if k == graph.Indicator {
			if n, err := graph.FindIndicator(r, q); err == nil {
				seen[n.ID], exact[n.ID] = true, true
				found = append(found, n)
			}
		} else if ns, err := graph.Find(r, k, q); err == nil {
			for _, n := range ns {
				seen[n.ID], exact[n.ID] = true, true
				found = append(found, n)
			}
		}
		var more []*graph.Node
		for _, n := range r.Prefix(k, "") {
			if !seen[n.ID] && (strings.Contains(strings.ToLower(n.Name), lq) || (k == graph.Indicator && strings.Contains(strings.ToLower(n.Attr("aliases")), lq))) {
				seen[n.ID] = true
				more = append(more, n)
			}
		}
		// Shorter names first: 深圳市 before 深圳市发展和改革委员会.
		sort.SliceStable(more, func(i, j int) bool {
			a, b := len([]rune(more[i].Name)), len([]rune(more[j].Name))
			if a != b {
				return a < b
			}
			return more[i].ID < more[j].ID
		})
		found = append(found, more...)
		if len(found) > maxSearch {
			kh.More = len(found) - maxSearch
			found = found[:maxSearch]
		}
		for _, n := range found {
			h := Hit{ID: n.ID, Kind: n.Kind, Name: n.Name, Exact: exact[n.ID], Documents: len(r.EdgesIn(n.ID, graph.Mentions))}
			switch k {
			case graph.Region:
				h.Detail = strings.TrimSpace(n.Attr("level") + " " + n.Attr("parent"))
			case graph.Agency:
				h.Detail = n.Attr("level")
			case graph.Indicator:
				h.Detail = strings.TrimSpace(n.Attr("kind") + " " + n.Attr("unit"))
			}
			kh.Hits = append(kh.Hits, h)
		}
		if len(kh.Hits) > 0 {
			res.Kinds = append(res.Kinds, kh)
		}
	}
	return res
}

// TargetQuery is the targets table's filters, sort and page, as the URL
// carries them.
type TargetQuery struct {
	Region string `json:"region,omitempty"`
	Year   string `json:"year,omitempty"`
	Plan   string `json:"plan,omitempty"`
	Agency string `json:"agency,omitempty"`
	// Indicator is a catalogue indicator's name or alias (GDP增长).
	Indicator string `json:"indicator,omitempty"`
	Sort      string `json:"sort,omitempty"` // a column of targetColumns
	Desc      bool   `json:"desc,omitempty"`
	Page      int    `json:"page"` // from 1
}

// targetColumns are the sortable columns, in table order.
var targetColumns = []string{"region", "year", "metric", "value", "plan", "agency"}

func parseTargetQuery(r *http.Request) (TargetQuery, error) {
	v := r.URL.Query()
	q := TargetQuery{
		Region:    strings.TrimSpace(v.Get("region")),
		Year:      strings.TrimSpace(v.Get("year")),
		Plan:      strings.TrimSpace(v.Get("plan")),
		Agency:    strings.TrimSpace(v.Get("agency")),
		Indicator: strings.TrimSpace(v.Get("indicator")),
		Sort:      v.Get("sort"),
		Desc:      v.Get("desc") == "1",
		Page:      1,
	}
	if q.Sort != "" && !contains(targetColumns, q.Sort) {
		return q, badRequest("sort: unknown column %q (want one of %s)", q.Sort, strings.Join(targetColumns, ", "))
	}
	var err error
	q.Page, err = pageParam(v)
	return q, err
}

// maxPage is the highest page number a listing takes: beyond it the first
// row's index would overflow (and no listing has that many rows).
const maxPage = 1 << 30

// pageParam reads the page parameter: from 1 (the default) to maxPage.
func pageParam(v url.Values) (int, error) {
	p := v.Get("page")
	if p == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(p)
	if err != nil || n < 1 || n > maxPage {
		return 1, badRequest("page: want a number from 1 to %d, not %q", maxPage, p)
	}
	return n, nil
}

// pageBounds are the rows [from, to) of page (from 1) of n rows.
func pageBounds(page, n int) (from, to int) {
	from = min((page-1)*pageSize, n)
	return from, min(from+pageSize, n)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// values returns the query as URL parameters, leaving out defaults.
func (q TargetQuery) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"region", q.Region}, {"year", q.Year}, {"plan", q.Plan}, {"agency", q.Agency}, {"indicator", q.Indicator}, {"sort", q.Sort}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if q.Desc {
		v.Set("desc", "1")
	}
	if q.Page > 1 {
		v.Set("page", strconv.Itoa(q.Page))
	}
	return v
}

// URL returns path with the query.
func (q TargetQuery) URL(path string) string {
	if e := q.values().Encode(); e != "" {
		return path + "?" + e
	}
	return path
}

// SortURL is the table sorted by col: ascending, or descending when it
// already is sorted ascending by col.
func (q TargetQuery) SortURL(col string) string {
	q.Desc = q.Sort == col && !q.Desc
	q.Sort, q.Page = col, 1
	return q.URL("/targets")
}

// PageURL is page n of the table.
func (q TargetQuery) PageURL(n int) string {
	q.Page = n
	return q.URL("/targets")
}

// CSVURL is the whole table (every page) as CSV.
func (q TargetQuery) CSVURL() string {
	q.Page = 1
	return q.URL("/targets.csv")
}

// TargetsResult answers /api/targets.
type TargetsResult struct {
	Query    TargetQuery       `json:"query"`
	Total    int               `json:"total"`
	Page     int               `json:"page"`
	Pages    int               `json:"pages"`
	PageSize int               `json:"page_size"`
	Rows     []graph.TargetRow `json:"rows"`
	Regions  []string          `json:"regions,omitempty"` // the regions the region filter stands for
}

// targets lists the targets that pass q, sorted, all of them (the caller
// pages them), without their documents (graph.TargetFilter.NoDocuments).
func targets(r graph.Reader, q TargetQuery) ([]graph.TargetRow, []string, error) {
	var f graph.TargetFilter
	var err error
	if f.YearFrom, f.YearTo, err = parseYears(q.Year); err != nil {
		return nil, nil, err
	}
	var regions []string
	if q.Region != "" {
		ns, err := graph.Find(r, graph.Region, q.Region)
		if err != nil {
			return nil, nil, badRequest("region: %v", err)
		}
		for _, n := range ns {
			regions = append(regions, n.Name)
			f.Regions = append(f.Regions, graph.Subregions(r, n.ID)...)
		}
	}
	if q.Plan != "" {
		ns, err := graph.Find(r, graph.Plan, q.Plan)
		if err != nil {
			return nil, nil, badRequest("plan: %v", err)
		}
		f.Plan = ns[0].ID
	}
	if q.Agency != "" {
		ns, err := graph.Find(r, graph.Agency, q.Agency)
		if err != nil {
			return nil, nil, badRequest("agency: %v", err)
		}
		f.Agency = ns[0].ID
	}
	if q.Indicator != "" {
		n, err := graph.FindIndicator(r, q.Indicator)
		if err != nil {
			return nil, nil, badRequest("indicator: %v", err)
		}
		f.Indicator = n.ID
	}
	// Without their documents, which cost a third of listing every target
	// of a large database: the page fills them in for the rows it shows.
	f.NoDocuments = true
	rows := graph.Targets(r, f)
	if q.Sort != "" {
		key := func(t graph.TargetRow) string {
			switch q.Sort {
			case "region":
				return t.Region
			case "metric":
				return t.Metric
			case "plan":
				return t.Plan
			case "agency":
				return t.Agency
			}
			return ""
		}
		less := func(a, b graph.TargetRow) bool {
			switch q.Sort {
			case "year":
				return a.Year < b.Year
			case "value":
				return a.Value < b.Value
			}
			return key(a) < key(b)
		}
		// Stable on graph.Targets' order, so ties keep a fixed order.
		sort.SliceStable(rows, func(i, j int) bool {
			if q.Desc {
				return less(rows[j], rows[i])
			}
			return less(rows[i], rows[j])
		})
	}
	return rows, regions, nil
}

// parseYears is graph.ParseYears as a bad request.
func parseYears(s string) (from, to int, err error) {
	if from, to, err = graph.ParseYears(s); err != nil {
		return 0, 0, badRequest("year %v", err)
	}
	return from, to, nil
}

// pageOf wraps the rows of page q.Page of total rows.
func pageOf(rows []graph.TargetRow, total int, q TargetQuery) *TargetsResult {
	res := &TargetsResult{Query: q, Total: total, Page: q.Page, PageSize: pageSize, Rows: rows}
	if res.Rows == nil {
		res.Rows = []graph.TargetRow{}
	}
	res.Pages = (total + pageSize - 1) / pageSize
	return res
}

// Evidence is one piece of evidence with its sentence cut around the
// mention.
type Evidence struct {
	Doc      string `json:"doc"`
	DocTitle string `json:"doc_title,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule"`
	Before   string `json:"before"`
	Mention  string `json:"mention"`
	After    string `json:"after"`
}

// LinkGroup is an entity's links of one relation and direction.
type LinkGroup struct {
	Rel       graph.Rel    `json:"rel"`
	Direction string       `json:"direction"` // out: entity → other; in: other → entity
	Links     []graph.Link `json:"links"`
	More      int          `json:"more,omitempty"`
}

// Attr is one attribute.
type Attr struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// EntityResult answers /api/entity.
type EntityResult struct {
	Node         *graph.Node `json:"node"`
	Attrs        []Attr      `json:"attrs"`
	Groups       []LinkGroup `json:"links"`
	Evidence     []Evidence  `json:"evidence"`
	MoreEvidence int         `json:"more_evidence,omitempty"`
}

const maxLinksPerGroup = 200

func entity(r graph.Reader, id graph.ID) (*EntityResult, error) {
	rep, err := graph.Entity(r, id, maxEvidence)
	if err != nil {
		return nil, notFound("%v", err)
	}
	res := &EntityResult{Node: rep.Node, Attrs: []Attr{}, Groups: []LinkGroup{}, Evidence: []Evidence{}, MoreEvidence: rep.More}
	for _, k := range sortedKeys(rep.Node.Attrs) {
		res.Attrs = append(res.Attrs, Attr{k, rep.Node.Attrs[k]})
	}
	idx := map[string]int{}
	for _, l := range rep.Links {
		key := string(l.Rel) + " " + l.Direction
		i, ok := idx[key]
		if !ok {
			i = len(res.Groups)
			idx[key] = i
			res.Groups = append(res.Groups, LinkGroup{Rel: l.Rel, Direction: l.Direction})
		}
		if len(res.Groups[i].Links) >= maxLinksPerGroup {
			res.Groups[i].More++
			continue
		}
		res.Groups[i].Links = append(res.Groups[i].Links, l)
	}
	sort.SliceStable(res.Groups, func(i, j int) bool {
		a, b := res.Groups[i], res.Groups[j]
		if a.Direction != b.Direction {
			return a.Direction > b.Direction // out first
		}
		return a.Rel < b.Rel
	})
	texts := map[string]string{}
	for _, ev := range rep.Evidence {
		t, ok := texts[ev.Doc]
		if !ok {
			t = r.Text(ev.Doc)
			texts[ev.Doc] = t
		}
		e := Evidence{Doc: ev.Doc, Start: ev.Start, End: ev.End, Rule: ev.Rule}
		if d := r.Node(graph.NewID(graph.Document, ev.Doc)); d != nil {
			e.DocTitle = d.Attr("title")
		}
		e.Before, e.Mention, e.After = sentenceParts(t, ev.Start, ev.End, 120)
		res.Evidence = append(res.Evidence, e)
	}
	return res, nil
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
