package store_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/store"
)

// helperEnv names the database TestHelperProcess opens; helperROEnv set to
// "1" opens it read-only.
const (
	helperEnv    = "POLICYGRAPH_STORE_TEST_HELPER_DB"
	helperROEnv  = "POLICYGRAPH_STORE_TEST_HELPER_READONLY"
	helperRelEnv = "POLICYGRAPH_STORE_TEST_HELPER_RELEASE"
)

// TestHelperProcess is not a real test. holdOpen runs the test binary
// again with only this test selected and helperEnv set; it then opens the
// database, prints "ready" and blocks until it is killed (or its stdin is
// closed, so it cannot outlive the test).
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		return
	}
	db, err := store.Open(path, store.Options{ReadOnly: os.Getenv(helperROEnv) == "1", Release: os.Getenv(helperRelEnv) == "1"})
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	fmt.Println("ready")
	_, _ = io.Copy(io.Discard, os.Stdin)
	db.Close()
	os.Exit(0)
}

// holdOpen opens the database at path in another process, and keeps it
// open until the test ends.
func holdOpen(t *testing.T, path string, readOnly bool) {
	t.Helper()
	holdOpenEnv(t, path, readOnly, false)
}

// holdOpenEnv is holdOpen; release opens a writer with Options.Release.
func holdOpenEnv(t *testing.T, path string, readOnly, release bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	if readOnly {
		cmd.Env = append(cmd.Env, helperROEnv+"=1")
	}
	if release {
		cmd.Env = append(cmd.Env, helperRelEnv+"=1")
	}
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("helper process: %q, %v", line, err)
	}
}

// newDB makes a database holding the fixture at a new path and closes it.
func newDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kg.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b, _ := fixture()
	if _, err := db.Put(context.Background(), a, b); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenLocked(t *testing.T) {
	tests := []struct {
		name             string
		holderReadOnly   bool
		openerReadOnly   bool
		timeout          time.Duration
		wantLocked       bool
		maxWait, minWait time.Duration
	}{
		// The default timeout is a second.
		{name: "writer blocks writer", timeout: 0, wantLocked: true, minWait: 900 * time.Millisecond, maxWait: 3 * time.Second},
		{name: "writer blocks reader", openerReadOnly: true, timeout: 200 * time.Millisecond, wantLocked: true, maxWait: 2 * time.Second},
		{name: "reader blocks writer", holderReadOnly: true, timeout: 200 * time.Millisecond, wantLocked: true, maxWait: 2 * time.Second},
		{name: "readers share", holderReadOnly: true, openerReadOnly: true, timeout: 200 * time.Millisecond},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := newDB(t)
			holdOpen(t, path, tc.holderReadOnly)

			start := time.Now()
			db, err := store.Open(path, store.Options{ReadOnly: tc.openerReadOnly, Timeout: tc.timeout})
			elapsed := time.Since(start)
			if !tc.wantLocked {
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				if st, err := db.Stats(); err != nil || st.Documents != 2 {
					t.Errorf("Stats = %+v, %v; want 2 documents", st, err)
				}
				return
			}
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded while another process held the database")
			}
			if !errors.Is(err, store.ErrLocked) {
				t.Errorf("Open: %v; want an error wrapping store.ErrLocked", err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("Open: %q does not name the file %s", err, path)
			}
			if elapsed < tc.minWait || elapsed > tc.maxWait {
				t.Errorf("Open gave up after %v, want between %v and %v", elapsed, tc.minWait, tc.maxWait)
			}
		})
	}
}

func TestOpenReadOnlyConcurrent(t *testing.T) {
	path := newDB(t)
	r1 := mustOpenAt(t, path, store.Options{ReadOnly: true})
	r2 := mustOpenAt(t, path, store.Options{ReadOnly: true})
	for _, db := range []*store.DB{r1, r2} {
		if st, err := db.Stats(); err != nil || st.Documents != 2 {
			t.Errorf("Stats = %+v, %v; want 2 documents", st, err)
		}
	}
}

// writeFile writes data to a new file and returns its path.
func writeFile(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kg.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// boltFile makes a bbolt database with fn's changes and returns its path.
func boltFile(t *testing.T, path string, fn func(tx *bolt.Tx) error) string {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "kg.db")
	}
	bdb, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    func(t *testing.T) string
		wantErr error
		wantMsg string // in the message, after "open <path>: "
	}{
		{"text file", func(t *testing.T) string {
			return writeFile(t, []byte("# 深圳市国民经济和社会发展第十四个五年规划\n"))
		}, store.ErrNotDatabase, "not a policygraph database"},
		// bbolt reports files of one to two pages as "file size too small".
		{"random 4000 bytes", func(t *testing.T) string { return writeFile(t, randomBytes(4000)) }, store.ErrNotDatabase, "not a policygraph database"},
		{"random 5000 bytes", func(t *testing.T) string { return writeFile(t, randomBytes(5000)) }, store.ErrNotDatabase, "not a policygraph database"},
		{"random 64 KiB", func(t *testing.T) string { return writeFile(t, randomBytes(64<<10)) }, store.ErrNotDatabase, "not a policygraph database"},
		{"another program's bbolt", func(t *testing.T) string {
			return boltFile(t, "", func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("sessions"))
				if err != nil {
					return err
				}
				return b.Put([]byte("k"), []byte("v"))
			})
		}, store.ErrNotDatabase, "not a policygraph database"},
		{"version 6", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("6"))
			})
		}, store.ErrVersion, `unsupported database version "6" (this policygraph reads version 5`},
		// Version 5 keeps mentions with their nodes: a database of
		// version 3 or 4 is refused, read or written, and left as it is.
		{"version 4", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("4"))
			})
		}, store.ErrVersion, `unsupported database version "4": made by an older policygraph; re-run extract`},
		{"version 3", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				if err := tx.DeleteBucket([]byte("target_rows")); err != nil {
					return err
				}
				return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("3"))
			})
		}, store.ErrVersion, `unsupported database version "3": made by an older policygraph; re-run extract`},
		{"version 2", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("2"))
			})
		}, store.ErrVersion, `unsupported database version "2": made by an older policygraph; re-run extract`},
		{"version 1", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("1"))
			})
		}, store.ErrVersion, `unsupported database version "1": made by an older policygraph; re-run extract`},
		{"empty file", func(t *testing.T) string { return writeFile(t, nil) }, store.ErrNotDatabase, "not a policygraph database"},
		{"bucket missing", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("edges")) })
		}, store.ErrDamaged, "database damaged: bucket edges is missing"},
		{"no version", func(t *testing.T) string {
			return boltFile(t, newDB(t), func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("meta")).Delete([]byte("version"))
			})
		}, store.ErrVersion, `unsupported database version ""`},
	}
	for _, tc := range tests {
		for _, ro := range []bool{false, true} {
			if tc.name == "empty file" && !ro {
				continue // for writing, an empty file is a new database
			}
			t.Run(fmt.Sprintf("%s/readonly=%v", tc.name, ro), func(t *testing.T) {
				path := tc.file(t)
				before, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				db, err := store.Open(path, store.Options{ReadOnly: ro, Timeout: 200 * time.Millisecond})
				if err == nil {
					db.Close()
					t.Fatalf("Open succeeded, want %v", tc.wantErr)
				}
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("Open: %v; want an error wrapping %v", err, tc.wantErr)
				}
				if prefix := "open " + path + ": " + tc.wantMsg; !strings.HasPrefix(err.Error(), prefix) {
					t.Errorf("Open:\n got %q\nwant it to start with %q", err, prefix)
				}
				after, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(before, after) {
					t.Errorf("failed Open changed the file")
				}
			})
		}
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	_, err := store.Open(path, store.Options{ReadOnly: true})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open: %v; want an error wrapping fs.ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open created %s", path)
	}
}

func TestReopen(t *testing.T) {
	path := newDB(t)
	for _, opt := range []store.Options{{}, {ReadOnly: true}, {NoSync: true}} {
		db, err := store.Open(path, opt)
		if err != nil {
			t.Fatal(err)
		}
		if st, err := db.Stats(); err != nil || st != (store.Stats{Documents: 2, Nodes: 7, Edges: 10}) {
			t.Errorf("%+v: Stats = %+v, %v", opt, st, err)
		}
		if db.Path() != path {
			t.Errorf("Path() = %q, want %q", db.Path(), path)
		}
		if err := db.Check(); err != nil {
			t.Error(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// Every bucket counts its keys; a count that disagrees with the keys (a
// page of keys lost to damage) is an error wherever a whole bucket is read.
func TestMiscountIsDamage(t *testing.T) {
	path := boltFile(t, newDB(t), func(tx *bolt.Tx) error { return tx.Bucket([]byte("nodes")).SetSequence(3) })
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "bucket nodes holds more keys than its count of 3") {
		t.Errorf("Check = %v, want the miscount", err)
	}
	if _, err := db.Graph(context.Background()); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Graph = %v, want ErrDamaged", err)
	}
	// Keys lost (a count above what the walk finds) are damage too.
	path = boltFile(t, newDB(t), func(tx *bolt.Tx) error { return tx.Bucket([]byte("edges")).SetSequence(12) })
	db2, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if _, err := db2.Summary(context.Background()); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "bucket edges holds 4 keys but counts 12") {
		t.Errorf("Summary = %v, want the miscount", err)
	}
}

func TestCheckFindsOrphans(t *testing.T) {
	path := boltFile(t, newDB(t), func(tx *bolt.Tx) error {
		// A node with its number (999) in both tables, but no evidence.
		num := []byte{0, 0, 0x03, 0xe7}
		k := []byte("region:火星")
		ids := tx.Bucket([]byte("node_ids"))
		if err := ids.SetSequence(ids.Sequence() + 1); err != nil {
			return err
		}
		if err := ids.Put(num, store.Seal("node_ids", num, k)); err != nil {
			return err
		}
		b := tx.Bucket([]byte("nodes"))
		if err := b.SetSequence(b.Sequence() + 1); err != nil {
			return err
		}
		v := binary.AppendUvarint(nil, 999)
		return b.Put(k, store.Seal("nodes", k, append(v, 0))) // no kind, name or attributes
	})
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := "check " + path + ": node region:火星 has no document"
	if err := db.Check(); err == nil || err.Error() != want {
		t.Errorf("Check: %v, want %q", err, want)
	}
}

// A value changed behind the store's back fails its checksum.
func TestChecksumMismatchIsDamage(t *testing.T) {
	path := boltFile(t, newDB(t), func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("nodes"))
		k, v := b.Cursor().First()
		v = append([]byte(nil), v...)
		v[len(v)-2] ^= 1
		return b.Put(k, v)
	})
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Graph(context.Background()); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "checksum mismatch") {
		t.Errorf("Graph = %v, want a checksum mismatch", err)
	}
	if err := db.Check(); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Check = %v, want ErrDamaged", err)
	}
}

// A releasing writer lets readers open the file while it is open, and
// still keeps a second writer out.
func TestReleasingWriter(t *testing.T) {
	path := newDB(t)
	holdOpenEnv(t, path, false, true)
	r, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("reader beside a releasing writer: %v", err)
	}
	if st, err := r.Stats(); err != nil || st.Documents != 2 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	r.Close()
	_, err = store.Open(path, store.Options{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) || !strings.Contains(err.Error(), "policygraph process") {
		t.Errorf("second writer: %v, want ErrLocked naming the writer", err)
	}
}

// Put of a releasing writer opens the file for the commit only; its data
// is there for the next reader, and Close removes the writer marker.
func TestReleasingWriterPuts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kg.db")
	w, err := store.Open(path, store.Options{Release: true})
	if err != nil {
		t.Fatal(err)
	}
	a, b, _ := fixture()
	if _, err := w.Put(context.Background(), a, b); err != nil {
		t.Fatal(err)
	}
	r, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := r.Stats(); err != nil || st.Documents != 2 {
		t.Errorf("reader: Stats = %+v, %v", st, err)
	}
	r.Close()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	boltFile(t, path, func(tx *bolt.Tx) error {
		if m := tx.Bucket([]byte("meta")).Get([]byte("writer")); m != nil {
			t.Errorf("writer marker %q left after Close", m)
		}
		return nil
	})
}

// The marker of a writer that was killed does not keep the next one out:
// its pages are checked and it takes over.
func TestStaleWriterMarker(t *testing.T) {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	dead := cmd.ProcessState.Pid()
	host, _ := os.Hostname()
	path := boltFile(t, newDB(t), func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("writer"), []byte(fmt.Sprintf("%d %s", dead, host)))
	})
	db, err := store.Open(path, store.Options{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open after a killed writer: %v", err)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	db.Close()
}

// A file cut short under an open database (its pages are mapped) makes
// reads fault (SIGBUS); the fault is an error, not a crash.
func TestFaultIsAnError(t *testing.T) {
	path := newDB(t)
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := os.Truncate(path, 2*int64(os.Getpagesize())); err != nil {
		t.Fatal(err)
	}
	_, err = db.Graph(context.Background())
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Graph of a file cut short: %v, want ErrDamaged", err)
	}
	t.Log(err)
}
