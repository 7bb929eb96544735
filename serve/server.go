package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

//go:embed assets templates
var files embed.FS

// Options configure a Server.
type Options struct {
	// DB is the database file. It is opened read-only for each request.
	DB string
	// Ingest holds the boilerplate rules the database was extracted with;
	// the document page uses them to show what removal dropped. Zero
	// options show nothing dropped.
	Ingest ingest.Options
	// LockWait is how long a request waits for a writer to release the
	// database before answering 503 (default 300 ms).
	LockWait time.Duration
	// Timeout bounds each request (default 10 s).
	Timeout time.Duration
	// Log receives one line per failed request; nil discards them.
	Log *log.Logger
}

// Limits on what one response holds.
const (
	pageSize        = 100 // targets table rows per page
	maxSearch       = 50  // search results per kind
	maxEvidence     = 50  // evidence sentences on an entity page
	maxNeighbours   = 150 // nodes one expansion adds to the graph view
	maxCSVRows      = 100000
	maxDocumentText = 2 << 20 // article bytes shown with highlights
)

// Server answers the pages and the API. Create it with New.
type Server struct {
	opt   Options
	tmpl  map[string]*template.Template
	mux   *http.ServeMux
	hosts map[string]bool // Host headers accepted; nil = any
	cache targetCache
	// slots bounds the requests reading the database at once (each
	// holds a handle and a read transaction), so a burst of requests
	// queues instead of opening the file a hundred times over.
	slots chan struct{}
	gate  *gate
}

// New returns a server over the database opt.DB. It does not open the
// database: every request does.
func New(opt Options) (*Server, error) {
	if opt.LockWait == 0 {
		opt.LockWait = 300 * time.Millisecond
	}
	if opt.Timeout == 0 {
		opt.Timeout = 10 * time.Second
	}
	s := &Server{
		opt:   opt,
		mux:   http.NewServeMux(),
		slots: make(chan struct{}, max(2, runtime.GOMAXPROCS(0))),
		// Busy for 250 ms without a break, the database is left alone
		// for 120 ms: more than two of bbolt's 50 ms lock retries, so a
		// waiting extract gets in even on a loaded machine.
		gate: newGate(250*time.Millisecond, 120*time.Millisecond),
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// AllowHosts restricts the Host header to the given names (with or
// without port); a loopback listener calls it with its own names so that
// a web page elsewhere cannot reach the server through DNS rebinding.
func (s *Server) AllowHosts(names ...string) {
	s.hosts = map[string]bool{}
	for _, n := range names {
		s.hosts[strings.ToLower(n)] = true
	}
}

func (s *Server) routes() {
	s.mux.HandleFunc("/{$}", s.page(s.searchPage))
	s.mux.HandleFunc("/targets", s.page(s.targetsPage))
	s.mux.HandleFunc("/targets.csv", s.targetsCSV)
	s.mux.HandleFunc("/entity", s.page(s.entityPage))
	s.mux.HandleFunc("/doc", s.page(s.docPage))
	s.mux.HandleFunc("/graph", s.page(s.graphPage))
	s.mux.HandleFunc("/indicators", s.page(s.indicatorsPage))
	s.mux.HandleFunc("/compare", s.page(s.comparePage))
	s.mux.HandleFunc("/progress", s.page(s.progressPage))
	s.mux.HandleFunc("/series", s.page(s.seriesPage))

	s.mux.HandleFunc("/api/search", s.api(s.apiSearch))
	s.mux.HandleFunc("/api/targets", s.api(s.apiTargets))
	s.mux.HandleFunc("/api/entity", s.api(s.apiEntity))
	s.mux.HandleFunc("/api/doc", s.api(s.apiDoc))
	s.mux.HandleFunc("/api/neighbourhood", s.api(s.apiNeighbourhood))
	s.mux.HandleFunc("/api/stats", s.api(s.apiStats))
	s.mux.HandleFunc("/api/indicators", s.api(s.apiIndicators))
	s.mux.HandleFunc("/api/compare", s.api(s.apiCompare))
	s.mux.HandleFunc("/api/progress", s.api(s.apiProgress))
	s.mux.HandleFunc("/api/series", s.api(s.apiSeries))

	static, err := fs.Sub(files, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	s.mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
}

// ServeHTTP implements http.Handler: read-only methods, the Host check,
// security headers, then the route, within the request timeout.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "read-only: only GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	if s.hosts != nil {
		host := strings.ToLower(r.Host)
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if !s.hosts[host] && !s.hosts[strings.ToLower(r.Host)] {
			http.Error(w, "unexpected Host header", http.StatusMisdirectedRequest)
			return
		}
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	http.TimeoutHandler(s.mux, s.opt.Timeout, "request timed out").ServeHTTP(w, r)
}

// errLocked means a writer holds the database; the client should retry.
var errLocked = errors.New("the database is being written (policygraph extract is running); reload in a moment")

// httpError is an error with the status it answers.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// view runs fn over the database inside one read transaction of a handle
// opened for this request alone, so no lock outlives the request.
func (s *Server) view(ctx context.Context, fn func(r graph.Reader) error) error {
	return s.viewVersion(ctx, func(r graph.Reader, _ string) error { return fn(r) })
}

// viewVersion is view that also tells fn the version of the database: a
// string that changes whenever a writer has changed the file (its size and
// modification time and the store's counts, read under the same shared
// lock as the data, so no write can come in between).
func (s *Server) viewVersion(ctx context.Context, fn func(r graph.Reader, version string) error) error {
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := s.gate.enter(ctx); err != nil {
		return err
	}
	defer s.gate.leave()
	db, err := store.Open(s.opt.DB, store.Options{ReadOnly: true, Timeout: s.opt.LockWait})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return errLocked
		}
		return err
	}
	defer db.Close()
	fi, err := os.Stat(s.opt.DB)
	if err != nil {
		return err
	}
	st, err := db.Stats()
	if err != nil {
		return err
	}
	version := fmt.Sprintf("%d/%d/%d/%d/%d", fi.Size(), fi.ModTime().UnixNano(), st.Documents, st.Nodes, st.Edges)
	return db.View(func(r graph.Reader) error { return fn(r, version) })
}

// status maps an error to the HTTP status it answers.
func status(err error) int {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status
	case errors.Is(err, errLocked):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func (s *Server) logf(format string, args ...any) {
	if s.opt.Log != nil {
		s.opt.Log.Printf(format, args...)
	}
}

// api wraps a handler that returns a value to send as JSON.
func (s *Server) api(fn func(r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			code := status(err)
			if code == http.StatusServiceUnavailable {
				w.Header().Set("Retry-After", "2")
			}
			if code >= 500 {
				s.logf("%s: %v", r.URL, err)
			}
			w.WriteHeader(code)
			v = map[string]string{"error": err.Error()}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(true)
		enc.Encode(v)
	}
}

// page wraps a handler that names a template and the data to render it
// with. The page is rendered into memory first, so a template error
// answers 500 instead of half a page.
func (s *Server) page(fn func(r *http.Request) (string, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name, data, err := fn(r)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			code := status(err)
			if code == http.StatusServiceUnavailable {
				w.Header().Set("Retry-After", "2")
			}
			if code >= 500 {
				s.logf("%s: %v", r.URL, err)
			}
			var b strings.Builder
			if terr := s.tmpl["error"].ExecuteTemplate(&b, "layout", errorData{Title: http.StatusText(code), Status: code, Message: err.Error()}); terr != nil {
				http.Error(w, err.Error(), code)
				return
			}
			w.WriteHeader(code)
			fmt.Fprint(w, b.String())
			return
		}
		var b strings.Builder
		if err := s.tmpl[name].ExecuteTemplate(&b, "layout", data); err != nil {
			s.logf("%s: template %s: %v", r.URL, name, err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		if pd, ok := data.(pageData); ok && pd.Status != 0 {
			w.WriteHeader(pd.Status)
		}
		fmt.Fprint(w, b.String())
	}
}

// errorData is what the error page gets; it has pageData's fields
// the layout reads.
type errorData struct {
	Title, Nav, Query, Error string
	Status                   int
	Message                  string
}

// ErrAddr is returned by Listen for an address that is not host:port.
var ErrAddr = errors.New("want host:port, such as 127.0.0.1:8080")

// Listen opens addr for Serve. An empty host or port is refused rather
// than read as "every interface": say 0.0.0.0 to mean it.
func Listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || host == "" || port == "" {
		return nil, fmt.Errorf("--addr %q: %w", addr, ErrAddr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	return ln, nil
}

// IsLoopback reports whether the listener accepts only local connections.
func IsLoopback(ln net.Listener) bool {
	a, ok := ln.Addr().(*net.TCPAddr)
	return ok && a.IP.IsLoopback()
}

// Serve answers on ln until ctx is done, then shuts down, letting the
// requests in flight finish. On a loopback listener it accepts only the
// Host names of this machine (localhost, 127.0.0.1, ::1).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if IsLoopback(ln) && s.hosts == nil {
		s.AllowHosts("localhost", "127.0.0.1", "::1", "[::1]")
	}
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      s.opt.Timeout + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
		<-done
		return nil
	}
}
