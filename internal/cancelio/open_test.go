//go:build unix

package cancelio

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(plain, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Run("a regular file opens at once", func(t *testing.T) {
		f, err := Open(context.Background(), plain)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	})
	t.Run("a missing file is os.Open's error", func(t *testing.T) {
		if _, err := Open(context.Background(), filepath.Join(dir, "none")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("got %v, want not exist", err)
		}
	})
	t.Run("a FIFO nobody writes to gives up with the context", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		start := time.Now()
		f, err := Open(ctx, fifo)
		if !errors.Is(err, context.DeadlineExceeded) || f != nil {
			t.Fatalf("got %v, %v; want the context's error", f, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("took %v", d)
		}
	})
	t.Run("a FIFO with a writer opens", func(t *testing.T) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err == nil {
				w.Write([]byte("hello"))
				w.Close()
			}
		}()
		f, err := Open(context.Background(), fifo)
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, 5)
		n, _ := f.Read(b)
		f.Close()
		<-done
		if string(b[:n]) != "hello" {
			t.Fatalf("read %q", b[:n])
		}
	})
}
