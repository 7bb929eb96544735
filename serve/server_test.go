package serve

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

var (
	// Documents are known by their absolute, escaped source (ingest.SourceOf).
	hangzhouDoc = ingest.SourceOf(filepath.Join(samples, "2023-05-18-hangzhou-digital.md"))
	hubeiDoc    = ingest.SourceOf(filepath.Join(samples, "govcn-hubei-reply.html"))
)

func TestPages(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	q := url.QueryEscape
	for _, tc := range []struct {
		path    string
		status  int
		want    []string
		notWant []string
	}{
		{"/", 200, []string{"Search the graph", `href="/targets"`}, nil},
		// Short names resolve as on the CLI: 杭州 → 杭州市, marked as the match.
		{"/?q=" + q("杭州"), 200, []string{">杭州市</a> <span class=\"tag\">match</span>", "杭州市经济和信息化局"}, nil},
		{"/?q=" + q("没有这个地方"), 200, []string{"Nothing is named like"}, nil},
		{"/targets", 200, []string{`id="targets"`, "download CSV"}, nil},
		{"/targets?region=" + q("浙江") + "&year=2025", 200, []string{"杭州市", "in 浙江省 and the regions inside"}, []string{"<td class=\"year\">2010</td>"}},
		{"/targets?year=abc", 400, []string{`id="error"`, "want a year such as 2025"}, nil},
		{"/targets?region=" + q("火星"), 400, []string{"no region named"}, nil},
		{"/targets?sort=bogus", 400, []string{"unknown column"}, nil},
		{"/targets?page=0", 400, []string{"want a number from 1"}, nil},
		{"/entity?id=" + q("region:杭州市"), 200, []string{"part_of", "浙江省", `<mark class="m k-region">`, "region.gazetteer", "located_in"}, nil},
		{"/entity?id=" + q("region:火星"), 404, []string{"no node region:火星"}, nil},
		{"/entity", 400, []string{"name an entity"}, nil},
		{"/doc?src=" + q(hubeiDoc), 200, []string{`data-id="region:孝感市"`, `class="m k-amount"`, "What boilerplate removal dropped"}, []string{"（此件公开发布）"}},
		{"/doc?src=" + q(hubeiDoc) + "&dropped=1", 200, []string{"（此件公开发布）"}, nil},
		{"/doc?src=nowhere.md", 404, nil, nil},
		{"/graph?id=" + q("region:杭州市"), 200, []string{`id="cy"`, "/static/vendor/cytoscape.min.js", "/static/vendor/cytoscape-fcose.js"}, nil},
		{"/static/vendor/cytoscape.min.js", 200, []string{"cytoscape"}, nil},
		{"/static/vendor/cytoscape.LICENSE", 200, []string{"MIT"}, nil},
		{"/nowhere", 404, nil, nil},
		// Indicators: the catalogue, one year across regions, targets beside
		// what was achieved, one region over the years.
		{"/indicators", 200, []string{"地区生产总值增长", `href="/compare?indicator=`}, nil},
		{"/?q=GDP", 200, []string{`id="hits-indicator"`, ">地区生产总值增长</a>", "compare</a>"}, nil},
		{"/compare?indicator=" + q("GDP增长") + "&year=2025", 200, []string{"5 regions set a target", "<svg", ">浙江省</a>", "~5.5%"}, nil},
		{"/compare?indicator=" + q("GDP增长"), 200, []string{"in 2025</h1>"}, nil}, // the latest well-covered year
		{"/compare?indicator=" + q("GPD増长") + "&year=2025", 400, []string{"no indicator named", "did you mean"}, nil},
		{"/compare?indicator=" + q("GDP增长") + "&year=25", 400, []string{"want one year"}, nil},
		{"/compare?indicator=" + q("GDP增长") + "&level=planet", 400, []string{"is not one of province"}, nil},
		{"/compare", 200, []string{"Pick an indicator"}, []string{"<svg"}},
		{"/progress?region=" + q("广东") + "&indicator=" + q("GDP增长"), 200, []string{"4.1%", `<span class="st st-missed">missed</span>`, "pending"}, nil},
		{"/progress?status=maybe", 400, []string{"is not one of met"}, nil},
		{"/progress?page=92233720368547760", 400, []string{"want a number from 1 to"}, nil},
		{"/targets?page=92233720368547760", 400, []string{"want a number from 1 to"}, nil},
		// A row's region opens its own indicator's series.
		{"/progress?region=" + q("广东"), 200, []string{`href="/series?region=%e5%b9%bf%e4%b8%9c%e7%9c%81&amp;indicator=%e5%9c%b0%e5%8c%ba%e7%94%9f%e4%ba%a7%e6%80%bb%e5%80%bc%e5%a2%9e%e9%95%bf"`}, nil},
		{"/series?region=" + q("江苏") + "&indicator=" + q("GDP增长"), 200, []string{"<svg", "<circle", "江苏省 · 地区生产总值增长", "5.3%"}, nil},
		{"/series?indicator=" + q("GDP增长"), 200, []string{"Pick a region"}, []string{"<svg"}},
		{"/targets?indicator=" + q("失业率"), 200, []string{"城镇调查失业率", "5.5%"}, []string{"地区生产总值增长</td>"}},
		{"/targets?indicator=" + q("GPD"), 400, []string{"no indicator named"}, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, body := get(t, ts, tc.path)
			if status != tc.status {
				t.Fatalf("status %d, want %d\n%s", status, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
		})
	}
}

func getJSON(t *testing.T, ts *httptest.Server, path string, v any) int {
	t.Helper()
	status, body := get(t, ts, path)
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("%s: %v\n%s", path, err, body)
	}
	return status
}

// The indicator API answers what the command line's compare, progress and
// series answer, from the fixture's invented reports.
func TestAPIIndicators(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	q := url.QueryEscape
	var cmp CompareResult
	if code := getJSON(t, ts, "/api/compare?indicator="+q("经济增长")+"&year=2025&level=province", &cmp); code != 200 {
		t.Fatalf("compare: status %d", code)
	}
	got := map[string]string{}
	for _, r := range cmp.Rows {
		got[r.Region] = r.Qualifier + graph.FormatFloat(r.Value) + r.Unit
		if !strings.HasPrefix(string(r.ID), "target:") {
			t.Errorf("%s: row id %q is not the target's", r.Region, r.ID)
		}
	}
	for _, f := range reportFacts {
		if want := "~" + f.target + "%"; got[f.province] != want {
			t.Errorf("compare %s: %q, want %q", f.province, got[f.province], want)
		}
	}
	if cmp.Indicator != "地区生产总值增长" || len(cmp.Years) == 0 {
		t.Errorf("compare: indicator %q, years %v", cmp.Indicator, cmp.Years)
	}

	var prog ProgressResult
	if code := getJSON(t, ts, "/api/progress?indicator="+q("GDP增长")+"&year=2024", &prog); code != 200 {
		t.Fatalf("progress: status %d", code)
	}
	verdict := map[string]string{}
	for _, r := range prog.Rows {
		if r.Observation == nil {
			t.Errorf("%s 2024: no observation (status %s)", r.Target.Region, r.Status)
			continue
		}
		verdict[r.Target.Region] = r.Status + " " + graph.FormatFloat(r.Observation.Value)
	}
	for _, f := range reportFacts {
		want := "met " + f.grew24
		if g, _ := strconv.ParseFloat(f.grew24, 64); g < mustFloat(t, f.target) {
			want = "missed " + f.grew24
		}
		if verdict[f.province] != want {
			t.Errorf("progress %s 2024: %q, want %q", f.province, verdict[f.province], want)
		}
	}
	var met int
	for _, c := range prog.Counts {
		if c.Status == graph.Met {
			met = c.Rows
		}
	}
	var onlyMet ProgressResult
	getJSON(t, ts, "/api/progress?indicator="+q("GDP增长")+"&year=2024&status=met", &onlyMet)
	if onlyMet.Total != met || met == 0 {
		t.Errorf("status=met: %d rows, counts say %d", onlyMet.Total, met)
	}

	var ser SeriesResult
	if code := getJSON(t, ts, "/api/series?region="+q("河南")+"&indicator="+q("GDP增长"), &ser); code != 200 {
		t.Fatalf("series: status %d", code)
	}
	var rows []string
	for _, r := range ser.Rows {
		rows = append(rows, fmt.Sprintf("%d %s %s%s", r.Year, r.Kind, r.Qualifier, graph.FormatFloat(r.Value)))
	}
	if want := "2023 observation 4.1|2024 target ~5.5|2024 observation 5.1|2025 target ~5.5"; strings.Join(rows, "|") != want {
		t.Errorf("series 河南省: %s, want %s", strings.Join(rows, "|"), want)
	}
	var bad map[string]string
	if code := getJSON(t, ts, "/api/series?region="+q("火星")+"&indicator="+q("GDP增长"), &bad); code != 400 || !strings.Contains(bad["error"], "region") {
		t.Errorf("series of an unknown region: %d %v", code, bad)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestAPITargetsFilterAndSort(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	var all TargetsResult
	if st := getJSON(t, ts, "/api/targets", &all); st != 200 || all.Total == 0 {
		t.Fatalf("all targets: status %d, %d rows", st, all.Total)
	}
	var zj TargetsResult
	getJSON(t, ts, "/api/targets?region="+url.QueryEscape("浙江")+"&year=2025&sort=value&desc=1", &zj)
	if zj.Total == 0 || zj.Total >= all.Total {
		t.Fatalf("浙江 2025: %d of %d targets", zj.Total, all.Total)
	}
	for i, r := range zj.Rows {
		if r.Year != 2025 {
			t.Errorf("row %d: year %d", i, r.Year)
		}
		if i > 0 && r.Value > zj.Rows[i-1].Value {
			t.Errorf("row %d: value %v after %v, want descending", i, r.Value, zj.Rows[i-1].Value)
		}
	}
	// The CSV holds the same rows.
	status, body := get(t, ts, "/targets.csv?region="+url.QueryEscape("浙江")+"&year=2025&sort=value&desc=1")
	if status != 200 {
		t.Fatalf("csv: status %d", status)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != zj.Total+1 || recs[0][0] != "id" {
		t.Fatalf("csv: %d lines, want header and %d rows", len(recs), zj.Total)
	}
	for i, r := range zj.Rows {
		if recs[i+1][0] != string(r.ID) {
			t.Errorf("csv row %d: %s, want %s", i, recs[i+1][0], r.ID)
		}
	}
	var bad map[string]string
	if st := getJSON(t, ts, "/api/targets?region="+url.QueryEscape("火星"), &bad); st != 400 || !strings.Contains(bad["error"], "no region named") {
		t.Errorf("unknown region: %d %v", st, bad)
	}
}

func TestAPINeighbourhood(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	var res NeighbourhoodResult
	if st := getJSON(t, ts, "/api/neighbourhood?id="+url.QueryEscape("region:杭州市"), &res); st != 200 {
		t.Fatalf("status %d", st)
	}
	nodes, edges := map[string]CyData{}, 0
	for _, e := range res.Elements {
		if e.Group == "nodes" {
			nodes[e.Data.ID] = e.Data
		} else {
			edges++
			if nodes[e.Data.Source].ID == "" || nodes[e.Data.Target].ID == "" {
				t.Errorf("edge %s: an end is not among the nodes", e.Data.ID)
			}
		}
	}
	c := nodes["region:杭州市"]
	if !c.Centre || c.Parent != "cluster:region:浙江省" {
		t.Errorf("centre: %+v, want the centre inside 浙江省's cluster", c)
	}
	if nodes["cluster:region:浙江省"].Kind != "cluster" || nodes["region:浙江省"].ID == "" || edges < 5 {
		t.Errorf("want 浙江省 and its cluster and several edges; got %d nodes, %d edges", len(nodes), edges)
	}
	for id, d := range nodes {
		if d.Kind == "document" {
			t.Errorf("%s: documents are left out unless docs=1", id)
		}
	}
	getJSON(t, ts, "/api/neighbourhood?id="+url.QueryEscape("region:杭州市")+"&docs=1", &res)
	docs := 0
	for _, e := range res.Elements {
		if e.Data.Kind == "document" {
			docs++
		}
	}
	if docs == 0 {
		t.Error("docs=1: no document")
	}
}

// TestEscaping: a name from a hostile document shows as text everywhere.
func TestEscaping(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	q := url.QueryEscape
	for _, path := range []string{
		"/?q=" + q("<script>"),
		"/entity?id=" + q("region:"+evilName),
		"/doc?src=" + q(evilSource),
		"/graph?id=" + q("region:"+evilName),
		"/targets?region=" + q(evilName),
		"/entity?id=" + q("<script>alert(1)</script>"),
		"/?q=" + q(`"><script>alert(1)</script>`),
	} {
		t.Run(path, func(t *testing.T) {
			_, body := get(t, ts, path)
			for _, bad := range []string{"<script>alert", "<img src=x", "<b>x</b>", "<i>title</i>", `"市`} {
				if strings.Contains(body, bad) {
					t.Errorf("unescaped %q in the page", bad)
				}
			}
			if !strings.Contains(body, "&lt;script&gt;alert(") {
				t.Errorf("the name is not shown escaped")
			}
		})
	}
	var res EntityResult
	getJSON(t, ts, "/api/entity?id="+q("region:"+evilName), &res)
	if res.Node == nil || res.Node.Name != evilName {
		t.Fatalf("api: %+v", res.Node)
	}
}

func TestReadOnlyAndHost(t *testing.T) {
	s, err := New(Options{DB: fixtureDB(t)})
	if err != nil {
		t.Fatal(err)
	}
	s.AllowHosts("localhost", "127.0.0.1")
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := http.Post(ts.URL+"/api/targets", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("GET", ts.URL+"/", nil)
	req.Host = "attacker.example:80"
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d", resp.StatusCode)
	}
	resp, err = http.Get(ts.URL + "/") // Host 127.0.0.1:port
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("own Host: %d, CSP %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
}

// TestExtractWhileServing: extract writes new documents while the server
// answers a steady stream of requests, and the next request shows them.
func TestExtractWhileServing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	extractInto(t, db, hangzhouDoc)
	ts := newTestServer(t, db)
	if _, body := get(t, ts, "/?q="+url.QueryEscape("孝感")); strings.Contains(body, "孝感市") {
		t.Fatal("孝感市 before the extract")
	}
	var before TargetsResult // cached now: the extract must invalidate it
	getJSON(t, ts, "/api/targets", &before)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var served, busy atomic.Int64
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := http.Get(ts.URL + "/entity?id=" + url.QueryEscape("region:杭州市"))
				if err != nil {
					continue
				}
				resp.Body.Close()
				switch resp.StatusCode {
				case 200:
					served.Add(1)
				case 503:
					busy.Add(1)
				}
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	sum := extractInto(t, db, hubeiDoc) // fails if the server kept the lock past the store's 1 s wait
	close(stop)
	wg.Wait()
	if sum.Written == 0 {
		t.Fatalf("extract stored nothing: %+v", sum)
	}
	if served.Load() == 0 {
		t.Fatal("no request was answered while extracting")
	}
	if _, body := get(t, ts, "/?q="+url.QueryEscape("孝感")); !strings.Contains(body, "孝感市") {
		t.Error("孝感市 not shown after the extract")
	}
	var after TargetsResult
	getJSON(t, ts, "/api/targets", &after)
	if after.Total <= before.Total {
		t.Errorf("targets: %d after the extract, %d before", after.Total, before.Total)
	}
	t.Logf("%d requests answered, %d told the database was busy", served.Load(), busy.Load())
}

// TestBusyWhileWriting: while a writer holds the database, a request
// answers 503 with Retry-After instead of hanging.
func TestBusyWhileWriting(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "kg.db")
	extractInto(t, p, hangzhouDoc)
	ts := newTestServer(t, p)
	w, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(ts.URL + "/api/targets")
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("while writing: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if st, _ := get(t, ts, "/api/targets"); st != 200 {
		t.Errorf("after the writer closed: %d", st)
	}
}

func TestMissingDatabase(t *testing.T) {
	ts := newTestServer(t, filepath.Join(t.TempDir(), "none.db"))
	if st, body := get(t, ts, "/"); st != 500 || !strings.Contains(body, "none.db") {
		t.Errorf("missing database: %d %s", st, body)
	}
	if _, err := os.Stat(filepath.Join(t.TempDir(), "none.db")); err == nil {
		t.Error("a request created the database")
	}
}

func TestListen(t *testing.T) {
	for _, addr := range []string{":8080", "127.0.0.1", "localhost:"} {
		if ln, err := Listen(addr); err == nil {
			ln.Close()
			t.Errorf("Listen(%q): no error", addr)
		}
	}
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if !IsLoopback(ln) {
		t.Error("127.0.0.1 is not loopback")
	}
}

// TestListTargetsIsGraphTargets: the serve listing, once its documents are
// filled in, is exactly what graph.Targets (and so `query targets`) lists,
// for every kind of filter, on the samples and, when present, the seeds.
func TestListTargetsIsGraphTargets(t *testing.T) {
	dbs := []string{fixtureDB(t)}
	if seeds := filepath.Join("..", "..", "shared", "corpus", "seeds"); dirExists(seeds) {
		p := filepath.Join(t.TempDir(), "seeds.db")
		extractInto(t, p, seeds)
		dbs = append(dbs, p)
	}
	for _, p := range dbs {
		db, err := store.Open(p, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		err = db.View(func(r graph.Reader) error {
			filters := []graph.TargetFilter{{}, {YearFrom: 2025, YearTo: 2025}, {YearFrom: 2020, YearTo: 2030}}
			for _, reg := range r.Prefix(graph.Region, "") {
				filters = append(filters, graph.TargetFilter{Regions: graph.Subregions(r, reg.ID)})
			}
			for _, pl := range r.Prefix(graph.Plan, "") {
				filters = append(filters, graph.TargetFilter{Plan: pl.ID})
			}
			for _, a := range r.Prefix(graph.Agency, "") {
				filters = append(filters, graph.TargetFilter{Agency: a.ID})
			}
			nonEmpty := 0
			for _, f := range filters {
				want := graph.Targets(r, f)
				nf := f
				nf.NoDocuments = true
				got := graph.WithDocuments(r, graph.Targets(r, nf))
				if len(want) > 0 {
					nonEmpty++
				}
				wj, _ := json.Marshal(want)
				gj, _ := json.Marshal(got)
				if len(want) == 0 && len(got) == 0 {
					continue
				}
				if string(wj) != string(gj) {
					t.Errorf("%s, filter %+v:\n got %s\nwant %s", p, f, gj, wj)
				}
			}
			if nonEmpty < 5 {
				t.Errorf("%s: only %d of %d filters select targets; the comparison proves little", p, nonEmpty, len(filters))
			}
			return nil
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
}

func dirExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// TestListTargetsAgencyThroughPlan: an agency filter keeps a target set by
// a plan the agency issued, as graph.Targets does.
func TestListTargetsAgencyThroughPlan(t *testing.T) {
	g := graph.NewKG()
	for _, n := range []*graph.Node{
		{ID: "region:甲市", Kind: graph.Region, Name: "甲市"},
		{ID: "agency:甲市发展和改革委员会", Kind: graph.Agency, Name: "甲市发展和改革委员会"},
		{ID: "agency:乙局", Kind: graph.Agency, Name: "乙局"},
		{ID: "plan:甲规划", Kind: graph.Plan, Name: "甲规划"},
		{ID: "target:t1", Kind: graph.Target, Name: "t1", Attrs: map[string]string{"year": "2025", "value": "1"}},
		{ID: "target:t2", Kind: graph.Target, Name: "t2", Attrs: map[string]string{"year": "2025", "value": "2"}},
	} {
		g.AddNode(n)
	}
	for _, e := range []*graph.Edge{
		{From: "target:t1", Rel: graph.SetBy, To: "plan:甲规划"},
		{From: "target:t1", Rel: graph.AppliesTo, To: "region:甲市"},
		{From: "plan:甲规划", Rel: graph.IssuedBy, To: "agency:甲市发展和改革委员会"},
		{From: "target:t2", Rel: graph.SetBy, To: "agency:乙局"},
	} {
		g.AddEdge(e)
	}
	g.Finish()
	for _, a := range []graph.ID{"agency:甲市发展和改革委员会", "agency:乙局"} {
		f := graph.TargetFilter{Agency: a}
		want := graph.Targets(g, f)
		nf := f
		nf.NoDocuments = true
		got := graph.WithDocuments(g, graph.Targets(g, nf))
		if len(want) != 1 || len(got) != 1 || got[0].ID != want[0].ID {
			t.Errorf("%s: got %+v, want %+v", a, got, want)
		}
	}
}

// TestDroppedNeedsTheSameFile: the dropped lines come from the source file
// only while it still gives the stored text.
func TestDroppedNeedsTheSameFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "reply.html")
	data, err := os.ReadFile(hubeiDoc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "kg.db")
	extractInto(t, db, src)
	ts := newTestServer(t, db)
	path := "/doc?src=" + url.QueryEscape(filepath.Clean(src)) + "&dropped=1"
	if _, body := get(t, ts, path); !strings.Contains(body, "（此件公开发布）") {
		t.Fatalf("dropped lines not shown:\n%s", body)
	}
	if err := os.WriteFile(src, append(data, []byte("<p>新的一段。</p>")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, body := get(t, ts, path); !strings.Contains(body, "changed since it was extracted") || strings.Contains(body, "（此件公开发布）") {
		t.Errorf("a changed file: want a note instead of its lines")
	}
	os.Remove(src)
	if _, body := get(t, ts, path); !strings.Contains(body, "source file") {
		t.Errorf("a missing file: want a note")
	}
}

// TestWriterGetsInWhileBusy: requests that overlap without a break, each
// holding its read transaction for a while, still leave the writer a
// moment. The store waits one second by default; the test allows three,
// since under CI's parallel packages a second went by once without the
// readers' gap (writer starved would still fail).
func TestWriterGetsInWhileBusy(t *testing.T) {
	p := filepath.Join(t.TempDir(), "kg.db")
	extractInto(t, p, hangzhouDoc)
	s, err := New(Options{DB: p})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				err := s.view(ctx, func(graph.Reader) error {
					time.Sleep(40 * time.Millisecond) // a slow page
					return nil
				})
				if err == nil {
					reads.Add(1)
				}
			}
		}()
	}
	defer func() { cancel(); wg.Wait() }()
	for i := range 3 {
		time.Sleep(300 * time.Millisecond)
		w, err := store.Open(p, store.Options{Timeout: 3 * time.Second})
		if err != nil {
			t.Fatalf("writer %d: %v (after %d reads)", i, err, reads.Load())
		}
		w.Close()
	}
	if reads.Load() < 20 {
		t.Errorf("only %d reads: the gate starves readers", reads.Load())
	}
}
