package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// SealForTest seals v as the store stores it under k in bucket.
func SealForTest(bucket string, k, v []byte) []byte { return seal([]byte(bucket), k, v) }

// Dump returns the contents of every bucket except meta (whose "created"
// time differs between databases) and names (relations and rules, which
// stay once given a number), as bucket → key → value, so tests can
// compare two databases. Numbers are written as the names they stand
// for, so two databases that hold the same documents and nodes under
// other numbers dump the same.
func Dump(db *DB) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	err := db.bdb.View(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		node := func(b []byte) string {
			id, err := t.nodeID(binary.BigEndian.Uint32(b))
			if err != nil {
				return fmt.Sprintf("?%x", b)
			}
			return string(id)
		}
		src := func(b []byte) string {
			s, err := t.sourceOf(binary.BigEndian.Uint32(b))
			if err != nil {
				return fmt.Sprintf("?%x", b)
			}
			return s
		}
		rel := func(b []byte) string {
			r, err := t.relOf(binary.BigEndian.Uint16(b))
			if err != nil {
				return fmt.Sprintf("?%x", b)
			}
			return string(r)
		}
		evidence := func(source string, v []byte) string {
			ev, err := t.decodeEvidence(source, v[4:])
			if err != nil {
				return "?" + string(v)
			}
			return fmt.Sprint(ev)
		}
		for _, name := range buckets {
			if string(name) == string(bMeta) || string(name) == string(bNames) {
				continue
			}
			m := map[string]string{}
			if err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				key, val := string(k), string(v)
				switch string(name) {
				case string(bDocs):
					_, w := binary.Uvarint(v[4:])
					m, err := t.decodeMeta(v[4+w:], key)
					if err != nil {
						return err
					}
					j, _ := json.Marshal(m)
					val = string(j)
				case string(bNodes):
					_, w := binary.Uvarint(v[4:])
					n, err := t.decodeNode(k, v[4+w:])
					if err != nil {
						return err
					}
					j, _ := json.Marshal(n)
					val = string(j)
				case string(bSources):
					key, val = string(v[4:]), ""
				case string(bNodeIDs):
					key, val = node(k), ""
				case string(bRecords):
					key = src(k)
					if s, err := decodeStoredRecord(v[4:]); err == nil {
						var refs []string
						for _, n := range s.NodeNums {
							refs = append(refs, node(num4(n)))
						}
						for _, e := range s.EdgeRefs {
							refs = append(refs, node(num4(e.From))+"|"+rel(binary.BigEndian.AppendUint16(nil, e.Rel))+"|"+node(num4(e.To))+fmt.Sprint(e.Attrs))
						}
						s.NodeNums, s.EdgeRefs = nil, nil
						j, _ := json.Marshal(s)
						val = string(j) + " " + strings.Join(refs, " ")
					}
				case string(bTexts):
					key = src(k)
					if t, err := unpack(v[4:]); err == nil {
						val = string(t)
					}
				case string(bNodeDocs):
					key = node(k[:4]) + "|" + src(k[4:])
					ev, mentioned, mev, err := t.decodeNodeDoc(src(k[4:]), v[4:])
					if err != nil {
						val = "?" + string(v)
						break
					}
					val = fmt.Sprint(ev)
					if mentioned {
						val += fmt.Sprint(" mentioned ", mev)
					}
				case string(bEdges), string(bIn):
					key = node(k[:4]) + "|" + rel(k[4:6]) + "|" + node(k[6:10])
					val = string(v[4:])
				case string(bRowRegions):
					key, val = node(k), "region "+node(v[4:])
				case string(bRows):
					key = node(k[:4]) + "|" + node(k[4:])
					var row graph.TargetRow
					if err := decodeTargetRow(v[4:], &row); err != nil {
						return err
					}
					j, _ := json.Marshal(row)
					val = string(j)
				case string(bEdgeDocs):
					key = node(k[:4]) + "|" + rel(k[4:6]) + "|" + node(k[6:10]) + "|" + src(k[10:])
					val = evidence(src(k[10:]), v)
				}
				m[key] = val
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
