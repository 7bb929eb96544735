package extract

// trie is a rune trie over many keys, each key carrying payload indices.
// Scanning a text finds every key occurrence in one pass: at each position
// it walks as long as the text continues some key. A bitmap of first runes
// skips positions that start no key without touching the map.
type trie struct {
	edges map[uint64]int32 // node<<32 | rune → child node, below the root
	root  []int32          // BMP rune → child of the root (0: none), no hashing at every position
	vals  [][]int32        // node → payloads ending there
	wide  bool             // some key starts outside the BMP
}

func newTrie() *trie {
	return &trie{edges: map[uint64]int32{}, root: make([]int32, 1<<16), vals: [][]int32{nil}}
}

func edgeKey(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// add inserts key with payload v. Empty keys are ignored.
func (t *trie) add(key string, v int32) {
	if key == "" {
		return
	}
	node := int32(0)
	for i, r := range key {
		if i == 0 && r < 1<<16 {
			if t.root[r] == 0 {
				t.root[r] = int32(len(t.vals))
				t.vals = append(t.vals, nil)
			}
			node = t.root[r]
			continue
		}
		if i == 0 {
			t.wide = true
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

// start returns the node a key starting with r begins at, or -1.
func (t *trie) start(r rune) int32 {
	if r < 1<<16 {
		if n := t.root[r]; n != 0 {
			return n
		}
		return -1
	}
	if !t.wide {
		return -1
	}
	if n, ok := t.edges[edgeKey(0, r)]; ok {
		return n
	}
	return -1
}

// hit is one key occurrence: runes [start,end) and the key's payloads.
type hit struct {
	start, end int
	vals       []int32
}

// scan calls fn for every key occurrence in text, by start then by length.
func (t *trie) scan(text []rune, fn func(h hit)) {
	for i, r := range text {
		node := t.start(r)
		if node < 0 {
			continue
		}
		if v := t.vals[node]; v != nil {
			fn(hit{i, i + 1, v})
		}
		for j := i + 1; j < len(text); j++ {
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
