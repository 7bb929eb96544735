package serve

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/chart"
	"github.com/policygraph/policygraph/graph"
)

func (s *Server) parseTemplates() error {
	s.tmpl = map[string]*template.Template{}
	funcs := template.FuncMap{
		"num": graph.FormatFloat,
		"target": func(r graph.TargetRow) string {
			// As `query targets` prints it: >=1.8万亿元, 3–5家.
			return chart.Value(r.Qualifier, r.Value, r.ValueMax, r.Unit)
		},
		"join": strings.Join,
		// value writes a value as the listings do, with ≥ and ≤ for the bounds.
		"value": func(q string, v float64, vmax *float64, unit string) string {
			return strings.NewReplacer(">=", "≥", "<=", "≤").Replace(chart.Value(q, v, vmax, unit))
		},
		"levelNames": func() []string { return levels },
		"base":       path.Base,
		// stclass is a status as a CSS class name (no data → no-data).
		"stclass": func(s string) string { return strings.ReplaceAll(s, " ", "-") },
		"year": func(y int) string {
			if y == 0 {
				return ""
			}
			return strconv.Itoa(y)
		},
		"seq": func(n int) []int {
			out := make([]int, n)
			for i := range out {
				out[i] = i + 1
			}
			return out
		},
		"arrow": func(dir string) string {
			if dir == "in" {
				return "←"
			}
			return "→"
		},
	}
	for _, name := range []string{"search", "targets", "entity", "doc", "graph", "indicators", "compare", "progress", "series", "error"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("serve: template %s: %w", name, err)
		}
		s.tmpl[name] = t
	}
	return nil
}

// pageData is what every page template gets.
type pageData struct {
	Title string
	Nav   string // the nav entry to mark current
	Query string // the search box's value
	Error string // a message shown above the page (bad filter, …)
	// Status, when set, is the response's status (400 for a bad filter
	// shown with its form).
	Status int
	Data   any
}

func (s *Server) searchPage(r *http.Request) (string, any, error) {
	q := r.URL.Query().Get("q")
	var res *SearchResult
	err := s.view(r.Context(), func(rd graph.Reader) error {
		res = search(rd, q)
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	title := "Search"
	if q != "" {
		title = q + " · Search"
	}
	return "search", pageData{Title: title, Nav: "search", Query: q, Data: res}, nil
}

func (s *Server) apiSearch(r *http.Request) (any, error) {
	var res *SearchResult
	err := s.view(r.Context(), func(rd graph.Reader) error {
		res = search(rd, r.URL.Query().Get("q"))
		return nil
	})
	return res, err
}

func (s *Server) targetsResult(r *http.Request) (*TargetsResult, error) {
	q, err := parseTargetQuery(r)
	if err != nil {
		return nil, err
	}
	rows, total, regions, err := s.targets(r.Context(), q, false)
	if err != nil {
		return nil, err
	}
	res := pageOf(rows, total, q)
	res.Regions = regions
	return res, nil
}

func (s *Server) targetsPage(r *http.Request) (string, any, error) {
	res, err := s.targetsResult(r)
	if err != nil {
		if status(err) != http.StatusBadRequest {
			return "", nil, err
		}
		// A bad filter shows the form again with the message.
		q, _ := parseTargetQuery(r)
		return "targets", pageData{Title: "Targets", Nav: "targets", Error: err.Error(), Status: http.StatusBadRequest, Data: &TargetsResult{Query: q}}, nil
	}
	return "targets", pageData{Title: "Targets", Nav: "targets", Data: struct {
		*TargetsResult
		Columns []string
	}{res, targetColumns}}, nil
}

func (s *Server) apiTargets(r *http.Request) (any, error) { return s.targetsResult(r) }

// targetsCSV writes every row that passes the filters (not one page), up
// to maxCSVRows.
func (s *Server) targetsCSV(w http.ResponseWriter, r *http.Request) {
	q, err := parseTargetQuery(r)
	var rows []graph.TargetRow
	if err == nil {
		rows, _, _, err = s.targets(r.Context(), q, true)
	}
	if err != nil {
		code := status(err)
		if code == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "2")
		}
		http.Error(w, err.Error(), code)
		return
	}
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Write([]string{"id", "region", "year", "metric", "qualifier", "value", "value_max", "unit", "plan", "agency", "documents", "text"})
	for _, t := range rows {
		vmax := ""
		if t.ValueMax != nil {
			vmax = graph.FormatFloat(*t.ValueMax)
		}
		y := ""
		if t.Year != 0 {
			y = strconv.Itoa(t.Year)
		}
		cw.Write([]string{string(t.ID), t.Region, y, t.Metric, t.Qualifier, graph.FormatFloat(t.Value), vmax, t.Unit, t.Plan, t.Agency, strings.Join(t.Documents, "; "), t.Text})
	}
	cw.Flush()
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="targets.csv"`)
	w.Write(b.Bytes())
}

func idParam(r *http.Request) (graph.ID, error) {
	id := strings.TrimSpace(r.URL.Query().Get("id"))
	if id == "" {
		return "", badRequest("id: name an entity (e.g. ?id=region:深圳市)")
	}
	return graph.ID(id), nil
}

func (s *Server) entityResult(r *http.Request) (*EntityResult, error) {
	id, err := idParam(r)
	if err != nil {
		return nil, err
	}
	var res *EntityResult
	err = s.view(r.Context(), func(rd graph.Reader) error {
		res, err = entity(rd, id)
		return err
	})
	return res, err
}

func (s *Server) entityPage(r *http.Request) (string, any, error) {
	res, err := s.entityResult(r)
	if err != nil {
		return "", nil, err
	}
	return "entity", pageData{Title: res.Node.Name, Nav: "entity", Data: res}, nil
}

func (s *Server) apiEntity(r *http.Request) (any, error) { return s.entityResult(r) }

func (s *Server) docResult(r *http.Request) (*DocResult, error) {
	src := r.URL.Query().Get("src")
	if src == "" {
		return nil, badRequest("src: name a document by its source (e.g. ?src=news/2025-01.md)")
	}
	var res *DocResult
	err := s.view(r.Context(), func(rd graph.Reader) error {
		var err error
		res, err = document(rd, src)
		return err
	})
	if err != nil {
		return nil, err
	}
	if r.URL.Query().Get("dropped") == "1" {
		// Outside the read transaction: reading the source file may take a
		// while and must not hold the database.
		d, err := dropped(res.Node.Attr("path"), src, res.Text, s.opt.Ingest)
		if err != nil {
			res.DroppedErr = err.Error()
		} else {
			res.Dropped = d
		}
	}
	return res, nil
}

func (s *Server) docPage(r *http.Request) (string, any, error) {
	res, err := s.docResult(r)
	if err != nil {
		return "", nil, err
	}
	title := res.Node.Attr("title")
	if title == "" {
		title = res.Node.Name
	}
	return "doc", pageData{Title: title, Nav: "doc", Data: struct {
		*DocResult
		ShowDropped bool
		Title       string
	}{res, r.URL.Query().Get("dropped") == "1", title}}, nil
}

func (s *Server) apiDoc(r *http.Request) (any, error) {
	res, err := s.docResult(r)
	if err != nil {
		return nil, err
	}
	if r.URL.Query().Get("text") == "0" {
		res.Text = ""
	}
	return res, nil
}

func (s *Server) graphPage(r *http.Request) (string, any, error) {
	id, err := idParam(r)
	if err != nil {
		return "", nil, err
	}
	var n *graph.Node
	err = s.view(r.Context(), func(rd graph.Reader) error {
		if n = rd.Node(id); n == nil {
			return notFound("no node %s", id)
		}
		c := *n
		n = &c
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	return "graph", pageData{Title: n.Name + " · Graph", Nav: "graph", Data: n}, nil
}

func (s *Server) apiNeighbourhood(r *http.Request) (any, error) {
	id, err := idParam(r)
	if err != nil {
		return nil, err
	}
	var res *NeighbourhoodResult
	err = s.view(r.Context(), func(rd graph.Reader) error {
		res, err = neighbourhood(rd, id, r.URL.Query().Get("docs") == "1")
		return err
	})
	return res, err
}

func (s *Server) apiStats(r *http.Request) (any, error) {
	var res *graph.Summary
	err := s.view(r.Context(), func(rd graph.Reader) error {
		res = graph.Stats(rd, 10)
		return nil
	})
	return res, err
}
