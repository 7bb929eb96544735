package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to write from one goroutine and read
// from another.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeWhileExtracting runs `serve` and, while it runs, `extract` of a
// new document into the same database: the extract succeeds, and the next
// request shows the document.
func TestServeWhileExtracting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	samples := filepath.Join("..", "..", "testdata", "samples")
	must(t, "extract", "--quiet", "--db", db, filepath.Join(samples, "2023-05-18-hangzhou-digital.md"))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	}()
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == ""; {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s", err, errb.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %q %q", out.String(), errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	page := func(path string) string {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, b)
		}
		return string(b)
	}
	search := "/?q=" + url.QueryEscape("孝感")
	if strings.Contains(page(search), "孝感市") {
		t.Fatal("孝感市 before the extract")
	}
	must(t, "extract", "--quiet", "--db", db, filepath.Join(samples, "govcn-hubei-reply.html"))
	if !strings.Contains(page(search), "孝感市") {
		t.Error("孝感市 not shown after the extract")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "extra"}, "unexpected argument"},
		{[]string{"serve", "--addr", "8080", "--db", filepath.Join("..", "..", "testdata", "samples", "news.jsonl")}, "not a policygraph database"},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "none.db")}, "run `policygraph extract` first"},
	} {
		_, _, err := policygraph(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error with %q", tc.args, err, tc.want)
		}
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	must(t, "extract", "--quiet", "--db", db, filepath.Join("..", "..", "testdata", "samples", "2023-05-18-hangzhou-digital.md"))
	if _, _, err := policygraph(t, "serve", "--db", db, "--addr", "8080"); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "host:port") {
		t.Errorf("--addr 8080: %v, want a usage error naming host:port", err)
	}
}
