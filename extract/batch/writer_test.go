package batch

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
)

// eofReader closes eof when its reader has been read to the end.
type eofReader struct {
	r    io.Reader
	once sync.Once
	eof  chan struct{}
}

func (e *eofReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		e.once.Do(func() { close(e.eof) })
	}
	return n, err
}

// gateSink holds its first Put until gate closes (or a deadline passes,
// which it reports as stalled).
type gateSink struct {
	gate    <-chan struct{}
	stalled bool
	puts    int
	recs    []*graph.Record
}

func (g *gateSink) Put(_ context.Context, recs ...*graph.Record) (int, error) {
	if g.puts == 0 {
		select {
		case <-g.gate:
		case <-time.After(5 * time.Second):
			g.stalled = true
		}
	}
	g.puts++
	g.recs = append(g.recs, recs...)
	return len(recs), nil
}

// A writer that is busy (a commit, a store that keeps the file closed for
// readers) must not make the extractors wait: while the sink's first Put
// is held, the run goes on reading and extracting the whole input, and
// everything is written, in input order, once the sink lets go.
func TestBusyWriterDoesNotStallExtraction(t *testing.T) {
	const n = 200 // far more chunks than the jobs and results in flight
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, `{"id":"r%03d","text":"山东省人民政府印发通知。到2025年，培育领军企业%d家。"}`+"\n", i, i+1)
	}
	x := compiled(t)
	src := &eofReader{r: strings.NewReader(in.String()), eof: make(chan struct{})}
	sink := &gateSink{gate: src.eof}
	sum, err := Run(context.Background(), x, []string{StdinPath}, sink, Options{
		Ingest: x.IngestOptions(), Stdin: src, Chunk: 1, Jobs: 2, BatchSize: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	if sink.stalled {
		t.Fatal("reading stopped while the writer was busy: extraction waited for the writer")
	}
	if sum.Written != n || len(sink.recs) != n {
		t.Fatalf("written %d, sink has %d records; want %d", sum.Written, len(sink.recs), n)
	}
	for i, r := range sink.recs {
		if want := fmt.Sprintf("r%03d", i); r.Doc != want {
			t.Fatalf("record %d is %s, want %s: records out of order", i, r.Doc, want)
		}
	}
}
