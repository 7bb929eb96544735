package serve

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/policygraph/policygraph/internal/testtools"
)

var (
	screenshots = flag.Bool("screenshots", false, "write screenshots of every page to docs/ (browser tests)")
	// The indicator pages are worth showing over many regions: README's
	// pictures of them come from a database of the corpus's work reports
	// (policygraph extract ../shared/corpus/gwr-local ../shared/corpus/stats).
	screenshotsDB = flag.String("screenshots-db", "", "with -screenshots: take the indicator pages' pictures from this database")
)

// chromiumPath finds Debian's chromium. Without it the browser tests skip
// on a developer's machine, and fail in CI (CI=true) or when
// POLICYGRAPH_REQUIRE_TOOLS names chromium: .ci/run installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("chromium: not installed, and CI=true requires the browser tests (.ci/run installs Debian's chromium)")
	}
	return testtools.Path(t, "chromium") // skips, or fails when required
}

// browser is one headless Chromium driving one tab, with what the pages
// did that they must not: JavaScript exceptions and dialogs (alert).
type browser struct {
	ctx       context.Context
	mu        sync.Mutex
	problems  []string
	serverURL string
}

func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		b.problems = append(b.problems, fmt.Sprintf("JavaScript exception at %s:%d: %s", d.URL, d.LineNumber, msg))
	case *page.EventJavascriptDialogOpening:
		b.problems = append(b.problems, fmt.Sprintf("a %s dialog opened: %q", ev.Type, ev.Message))
		go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	}
}

// check fails the test for every problem the pages had.
func (b *browser) check(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Error(p)
	}
	b.problems = nil
}

func newBrowser(t *testing.T, ts *httptest.Server) *browser {
	t.Helper()
	exe := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // tests may run as root in a container
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("lang", "zh-CN"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	b := &browser{serverURL: ts.URL}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	b.ctx = ctx
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return b
}

// do runs steps with a deadline, failing the test on error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and decodes its value into v.
func (b *browser) eval(t *testing.T, expr string, v any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage]("JSON.stringify("+expr+")"))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("evaluate %s: %v (%s)", expr, err, raw)
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("evaluate %s: %v (%s)", expr, err, s)
	}
}

// waitFor evaluates expr until it is true. (chromedp.Poll builds a
// function in the page, which the pages' Content-Security-Policy forbids.)
func (b *browser) waitFor(t *testing.T, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			var loc string
			b.eval(t, "location.href", &loc)
			t.Fatalf("%s: %s still false at %s (last error %v)", what, expr, loc, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// click waits until the page has loaded and selector is on it, then clicks
// the element from within the page. (chromedp.Click resolves the element by
// a DOM node id, which goes stale when the click races the load of the page
// a form submission or a link opened: "Could not find node with given id".)
func (b *browser) click(t *testing.T, what, selector string) {
	t.Helper()
	sel, _ := json.Marshal(selector)
	b.waitFor(t, what, fmt.Sprintf(`document.readyState == 'complete' && document.querySelector(%s)`, sel))
	var ok bool
	b.eval(t, fmt.Sprintf(`(document.querySelector(%s).click(), true)`, sel), &ok)
}

func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	b.do(t, "open "+path, chromedp.Navigate(b.serverURL+path))
}

// shot writes a screenshot of the page to docs/serve-NAME.png when the
// tests run with -screenshots.
func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	if !*screenshots {
		return
	}
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join("..", "docs", "serve-"+name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", p)
}

// TestBrowser drives a real headless Chromium through the pages: one
// browser for all the steps, which keeps the run short.
func TestBrowser(t *testing.T) {
	ts := newTestServer(t, fixtureDB(t))
	b := newBrowser(t, ts)

	t.Run("search, entity, evidence, document", func(t *testing.T) {
		b.open(t, "/")
		b.do(t, "search 杭州",
			chromedp.SendKeys(chromedp.CSS(`form.search input[name=q]`), "杭州"),
			chromedp.Submit(chromedp.CSS(`form.search input[name=q]`)),
		)
		b.waitFor(t, "results", `document.querySelector('#hits-region a.ent')`)
		var first string
		b.eval(t, `document.querySelector('#hits-region a.ent').textContent`, &first)
		if first != "杭州市" {
			t.Fatalf("first region hit %q, want 杭州市 (the short name resolves as on the CLI)", first)
		}
		b.shot(t, "search")
		b.click(t, "open 杭州市", `#hits-region a.ent`)
		b.waitFor(t, "entity page", `document.querySelector('#evidence li')`)
		var ent struct {
			Title    string
			Mentions []string
			Links    int
		}
		b.eval(t, `({Title: document.querySelector('h1 .ent').textContent,
			Mentions: [...document.querySelectorAll('#evidence blockquote mark')].map(m => m.textContent),
			Links: document.querySelectorAll('section.links li').length})`, &ent)
		if ent.Title != "杭州市" || len(ent.Mentions) == 0 || ent.Links == 0 {
			t.Fatalf("entity page: %+v", ent)
		}
		for _, m := range ent.Mentions {
			if !strings.Contains("杭州市全市我市", m) && !strings.Contains(m, "杭州") {
				t.Errorf("highlighted mention %q is not a way to name 杭州市", m)
			}
		}
		b.shot(t, "entity")
		var want struct{ Start, Mention string }
		b.eval(t, `({Start: new URL(document.querySelector('#evidence a.doclink').href).hash.slice(2),
			Mention: document.querySelector('#evidence blockquote mark').textContent})`, &want)
		b.click(t, "open the evidence's document", `#evidence a.doclink`)
		b.waitFor(t, "document page", `document.querySelector('#text mark.flash')`)
		var doc struct {
			ID, Start, Text string
			Kinds           []string
		}
		b.eval(t, `(() => { const m = document.querySelector('#text mark.flash');
			return {ID: m.dataset.id, Start: m.dataset.start, Text: m.textContent,
				Kinds: [...new Set([...document.querySelectorAll('#text mark')].map(x => x.className))].sort()}; })()`, &doc)
		if doc.ID != "region:杭州市" || doc.Start != want.Start || doc.Text != want.Mention {
			t.Errorf("highlighted mark %+v, want region:杭州市 at %s reading %q", doc, want.Start, want.Mention)
		}
		if len(doc.Kinds) < 3 {
			t.Errorf("mentions highlighted by kind: only %v", doc.Kinds)
		}
		b.shot(t, "document")
		b.check(t)
	})

	t.Run("targets filtered by region and year", func(t *testing.T) {
		b.open(t, "/targets")
		var all int
		b.eval(t, `document.querySelectorAll('#targets tbody tr').length`, &all)
		b.do(t, "filter",
			chromedp.SendKeys(chromedp.CSS(`#filters input[name=region]`), "浙江"),
			chromedp.SendKeys(chromedp.CSS(`#filters input[name=year]`), "2025"),
			chromedp.Submit(chromedp.CSS(`#filters input[name=year]`)),
		)
		// The new page, loaded: location changes when the navigation
		// commits, before the table is parsed (CI once read 0 rows).
		b.waitFor(t, "filtered table", `location.search.includes('year=2025') && document.readyState === 'complete' && document.querySelector('#summary') !== null`)
		var rows struct {
			Years, Regions []string
			URL            string
		}
		b.eval(t, `({Years: [...document.querySelectorAll('#targets td.year')].map(x => x.textContent),
			Regions: [...document.querySelectorAll('#targets td.region')].map(x => x.textContent), URL: location.href})`, &rows)
		if len(rows.Years) == 0 || len(rows.Years) >= all {
			t.Fatalf("浙江 2025: %d rows of %d", len(rows.Years), all)
		}
		zhejiang := map[string]bool{"浙江省": true, "杭州市": true, "宁波市": true, "温州市": true, "嘉兴市": true, "湖州市": true, "绍兴市": true, "金华市": true, "衢州市": true, "舟山市": true, "台州市": true, "丽水市": true, "嘉善县": true}
		for i := range rows.Years {
			if rows.Years[i] != "2025" || !zhejiang[rows.Regions[i]] {
				t.Errorf("row %d: %s %s, want 2025 in 浙江", i, rows.Regions[i], rows.Years[i])
			}
		}
		u, _ := url.Parse(rows.URL)
		if u.Query().Get("region") != "浙江" {
			t.Errorf("the filter is not in the URL: %s", rows.URL)
		}
		b.shot(t, "targets")
		// Sorting by value, descending, from the header.
		b.click(t, "sort", `#targets th:nth-child(4) a`)
		b.waitFor(t, "sorted", `location.search.includes('sort=value') && document.readyState === 'complete'`)
		b.check(t)
	})

	t.Run("graph view", func(t *testing.T) {
		b.open(t, "/graph?id="+url.QueryEscape("region:杭州市"))
		b.waitFor(t, "layout", `document.querySelector('#cy').dataset.ready`)
		var g struct {
			Nodes, Clusters, Edges int
			Fcose                  bool
			Centre                 string
		}
		b.eval(t, `({Nodes: policygraphCy.nodes('[kind != "cluster"]').length,
			Clusters: policygraphCy.nodes('[kind = "cluster"]').length,
			Edges: policygraphCy.edges().length,
			Fcose: typeof cytoscapeFcose === 'function',
			Centre: policygraphCy.nodes('[?centre]').map(n => n.data('parent')).join()})`, &g)
		if g.Nodes < 5 || g.Edges < 5 || g.Clusters == 0 || !g.Fcose || g.Centre != "cluster:region:浙江省" {
			t.Fatalf("graph: %+v", g)
		}
		// Clicking 浙江省 adds its neighbours.
		before := g.Nodes
		b.eval(t, `(policygraphCy.getElementById('region:浙江省').emit('tap'), true)`, new(bool))
		b.waitFor(t, "expanded", fmt.Sprintf(`policygraphCy.nodes('[kind != "cluster"]').length > %d && policygraphCy.getElementById('region:浙江省').hasClass('expanded')`, before))
		b.waitFor(t, "layout after expanding", `document.querySelector('#cy').dataset.ready == policygraphCy.nodes().length`)
		b.shot(t, "graph")
		b.check(t)
	})

	t.Run("indicators: compare, series, progress", func(t *testing.T) {
		b.open(t, "/indicators")
		b.waitFor(t, "the catalogue", `document.readyState == 'complete' && document.querySelector('#indicators')`)
		var clicked bool
		b.eval(t, `(() => { const a = [...document.querySelectorAll('#indicators a.ent')].find(a => a.textContent == '地区生产总值增长');
			return !!a && (a.click(), true); })()`, &clicked)
		if !clicked {
			t.Fatal("地区生产总值增长 is not in the catalogue's table")
		}
		b.waitFor(t, "compare chart", `document.querySelector('#chart svg') && document.querySelector('#compare tbody tr')`)
		var cmp struct {
			Bars, Rows int
			Regions    []string
			Values     []string
		}
		b.eval(t, `({Bars: document.querySelectorAll('#chart svg rect title').length,
			Rows: document.querySelectorAll('#compare tbody tr').length,
			Regions: [...document.querySelectorAll('#compare td.region')].map(x => x.textContent),
			Values: [...document.querySelectorAll('#compare td.num')].map(x => x.textContent)})`, &cmp)
		if cmp.Rows != len(reportFacts) || cmp.Bars != cmp.Rows {
			t.Fatalf("compare: %d rows and %d bars, want %d of each: %+v", cmp.Rows, cmp.Bars, len(reportFacts), cmp)
		}
		b.shot(t, "compare")
		// A region's series from its row, then its progress.
		b.click(t, "series of a region", `#compare a[href^="/series"]`)
		b.waitFor(t, "series chart", `document.querySelector('#chart svg circle') && document.querySelector('#series tbody tr')`)
		var ser struct {
			Dots, Squares int
			Kinds         []string
		}
		b.eval(t, `({Dots: document.querySelectorAll('#chart svg circle title').length,
			Squares: document.querySelectorAll('#chart svg rect title').length,
			Kinds: [...document.querySelectorAll('#series tbody tr td:nth-child(2)')].map(x => x.textContent)})`, &ser)
		if ser.Dots != 2 || ser.Squares != 2 {
			t.Errorf("series: %d observations and %d targets drawn, want 2 and 2 (%v)", ser.Dots, ser.Squares, ser.Kinds)
		}
		b.shot(t, "series")
		b.open(t, "/progress?indicator="+url.QueryEscape("GDP增长")+"&year=2024")
		b.click(t, "only the missed", `#counts a.st-missed`)
		b.waitFor(t, "missed only", `location.search.includes('status=missed') && document.readyState === 'complete' && document.querySelector('#progress') !== null`)
		var missed []string
		b.eval(t, `[...document.querySelectorAll('#progress td.status')].map(x => x.textContent)`, &missed)
		want := 0
		for _, f := range reportFacts {
			if mustFloat(t, f.grew24) < mustFloat(t, f.target) {
				want++
			}
		}
		if len(missed) != want {
			t.Errorf("missed targets of 2024: %v, want %d", missed, want)
		}
		for _, m := range missed {
			if m != "missed" {
				t.Errorf("a %q row under status=missed", m)
			}
		}
		b.open(t, "/progress?indicator="+url.QueryEscape("GDP增长"))
		b.shot(t, "progress")
		b.check(t)
		if *screenshots && *screenshotsDB != "" {
			cb := newBrowser(t, newTestServer(t, *screenshotsDB))
			for _, p := range []struct{ name, path string }{
				{"compare", "/compare?indicator=" + url.QueryEscape("GDP增长") + "&year=2025&level=province"},
				{"series", "/series?region=" + url.QueryEscape("江苏") + "&indicator=" + url.QueryEscape("GDP增长")},
				{"progress", "/progress?region=" + url.QueryEscape("山东")},
			} {
				cb.open(t, p.path)
				cb.waitFor(t, p.name, `document.readyState == 'complete'`)
				cb.shot(t, p.name)
			}
			cb.check(t)
		}
	})

	t.Run("a hostile name shows as text", func(t *testing.T) {
		for _, path := range []string{
			"/entity?id=" + url.QueryEscape("region:"+evilName),
			"/doc?src=" + url.QueryEscape(evilSource),
			"/?q=" + url.QueryEscape("<script>"),
			"/graph?id=" + url.QueryEscape("region:"+evilName),
		} {
			b.open(t, path)
			var page struct {
				Body    string
				Scripts []string
			}
			b.eval(t, `({Body: document.body.innerText, Scripts: [...document.scripts].map(s => s.src.replace(location.origin, ''))})`, &page)
			if !strings.Contains(page.Body, evilName) {
				t.Errorf("%s: the name %q is not shown as text", path, evilName)
			}
			for _, s := range page.Scripts {
				if !strings.HasPrefix(s, "/static/") {
					t.Errorf("%s: a script that is not the server's: %q", path, s)
				}
			}
		}
		if strings.Contains(fmt.Sprint(b.problems), "dialog") {
			t.Error("a script from a document ran")
		}
		b.check(t)
	})
}
