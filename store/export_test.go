package store

import bolt "go.etcd.io/bbolt"

// Dump returns the contents of every bucket except meta (whose "created"
// time differs between databases), as bucket → key → value, so tests can
// compare two databases byte for byte.
func Dump(db *DB) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	err := db.bdb.View(func(tx *bolt.Tx) error {
		for _, name := range buckets {
			if string(name) == string(bMeta) {
				continue
			}
			m := map[string]string{}
			if err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				m[string(k)] = string(v)
				return nil
			}); err != nil {
				return err
			}
			out[string(name)] = m
		}
		return nil
	})
	return out, err
}

// Seal makes a value as the store writes it into bucket under k.
func Seal(bucket string, k, v []byte) []byte { return seal([]byte(bucket), k, v) }
