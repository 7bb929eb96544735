package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestDeferredFlush puts keys through a deferred buffer and checks what
// flush leaves in the bucket: every key once, with its last value, and
// the bucket's count raised by the keys that were added.
func TestDeferredFlush(t *testing.T) {
	type op struct {
		k, v  string
		isNew bool
	}
	tests := []struct {
		name   string
		before map[string]string // in the bucket already
		ops    []op
		want   map[string]string
	}{
		{"new keys out of order", nil,
			[]op{{"c", "3", true}, {"a", "1", true}, {"b", "2", true}},
			map[string]string{"a": "1", "b": "2", "c": "3"}},
		{"new then replaced", nil,
			[]op{{"b", "1", true}, {"a", "x", true}, {"b", "2", false}, {"b", "3", false}},
			map[string]string{"a": "x", "b": "3"}},
		{"replace a stored key", map[string]string{"a": "old", "z": "keep"},
			[]op{{"a", "new", false}, {"m", "1", true}},
			map[string]string{"a": "new", "m": "1", "z": "keep"}},
		{"nothing", map[string]string{"a": "1"}, nil, map[string]string{"a": "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bdb, err := bolt.Open(filepath.Join(t.TempDir(), "d.db"), 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer bdb.Close()
			name := []byte("test")
			key := func(s string) []byte { return []byte(s + "\x00\x00\x00") } // 4 bytes
			err = bdb.Update(func(tx *bolt.Tx) error {
				if _, err := tx.CreateBucket(name); err != nil {
					return err
				}
				b := bucket(tx, name, "d.db")
				for k, v := range tt.before {
					if err := b.putNew(key(k), []byte(v)); err != nil {
						return err
					}
				}
				d := (*deferred)(nil).reuse(b, 4)
				for _, o := range tt.ops {
					put := d.replace
					if o.isNew {
						put = d.putNew
					}
					if err := put(key(o.k), []byte(o.v)); err != nil {
						return err
					}
				}
				if err := d.putNew([]byte("toolong"), nil); err == nil {
					t.Error("a key of the wrong length was taken")
				}
				if err := d.flush(); err != nil {
					return err
				}
				got := map[string]string{}
				if err := b.forEach(func(k, v []byte) error { // checks the count too
					got[string(k[:1])] = string(v)
					return nil
				}); err != nil {
					return err
				}
				if len(got) != len(tt.want) {
					t.Errorf("bucket holds %v, want %v", got, tt.want)
				}
				for k, v := range tt.want {
					if got[k] != v {
						t.Errorf("key %s = %q, want %q", k, got[k], v)
					}
				}
				if len(d.ents) != 0 {
					t.Errorf("flush left %d entries", len(d.ents))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
