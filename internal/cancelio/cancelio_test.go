package cancelio

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

func TestReadsEverything(t *testing.T) {
	want := strings.Repeat("山东省数字经济", 10000)
	got, err := io.ReadAll(Reader(context.Background(), strings.NewReader(want)))
	if err != nil || string(got) != want {
		t.Fatalf("got %d bytes, %v; want %d bytes", len(got), err, len(want))
	}
}

// A read blocked on a pipe nobody writes to returns once the context ends.
func TestBlockedReadStops(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := io.ReadAll(Reader(ctx, r))
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the read did not stop")
	}
}

// A reader that never ends (/dev/zero) stops at the next Read.
func TestEndlessReaderStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := Reader(ctx, zeros{})
	buf := make([]byte, 4096)
	for i := 0; i < 10; i++ {
		if _, err := r.Read(buf); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	if _, err := r.Read(buf); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}
