package extract

// trie is a rune trie over many keys, each key carrying payload indices.
// Scanning a text finds every key occurrence in one pass: at each position
// it walks as long as the text continues some key. A bitmap of first runes
// skips positions that start no key without touching the map.
type trie struct {
	edges map[uint64]int32 // node<<32 | rune → child node
	vals  [][]int32        // node → payloads ending there
	first [1 << 16 / 64]uint64
	wide  bool // some key starts outside the BMP
}

func newTrie() *trie {
	return &trie{edges: map[uint64]int32{}, vals: [][]int32{nil}}
}

func edgeKey(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// add inserts key with payload v. Empty keys are ignored.
func (t *trie) add(key string, v int32) {
	if key == "" {
		return
	}
	node := int32(0)
	for i, r := range key {
		if i == 0 {
			if r < 1<<16 {
				t.first[r>>6] |= 1 << (uint(r) & 63)
			} else {
				t.wide = true
			}
		}
		k := edgeKey(node, r)
		next, ok := t.edges[k]
		if !ok {
			next = int32(len(t.vals))
			t.vals = append(t.vals, nil)
			t.edges[k] = next
		}
		node = next
	}
	for _, x := range t.vals[node] {
		if x == v {
			return
		}
	}
	t.vals[node] = append(t.vals[node], v)
}

func (t *trie) mayStart(r rune) bool {
	if r < 1<<16 {
		return t.first[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return t.wide
}

// hit is one key occurrence: runes [start,end) and the key's payloads.
type hit struct {
	start, end int
	vals       []int32
}

// scan calls fn for every key occurrence in text, by start then by length.
func (t *trie) scan(text []rune, fn func(h hit)) {
	for i, r := range text {
		if !t.mayStart(r) {
			continue
		}
		node := int32(0)
		for j := i; j < len(text); j++ {
			next, ok := t.edges[edgeKey(node, text[j])]
			if !ok {
				break
			}
			node = next
			if v := t.vals[node]; v != nil {
				fn(hit{i, j + 1, v})
			}
		}
	}
}
