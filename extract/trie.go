package extract

import "sort"

// trie is a rune trie over many keys, each key carrying payload indices.
// Scanning a text finds every key occurrence in one pass: at each position
// it walks as long as the text continues some key. A bitmap of first runes
// skips positions that start no key without touching the map.
type trie struct {
	edges map[uint64]int32 // node<<32 | rune → child node, below the root (while building)
	root  []int32          // BMP rune → child of the root (0: none), no hashing at every position
	vals  [][]int32        // node → payloads ending there
	wide  bool             // some key starts outside the BMP

	// After freeze, each node's children are a sorted run of kidR/kidN
	// from first[node] to first[node+1]: a scan step is a short binary
	// search in memory laid out in node order, not a hash-map probe.
	frozen bool
	first  []int32
	kidR   []rune
	kidN   []int32
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
	if t.frozen {
		panic("trie: add after freeze")
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
	return t.child(0, r)
}

// child returns the node below node along r, or -1.
func (t *trie) child(node int32, r rune) int32 {
	if !t.frozen {
		if n, ok := t.edges[edgeKey(node, r)]; ok {
			return n
		}
		return -1
	}
	lo, hi := t.first[node], t.first[node+1]
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		if t.kidR[mid] < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < t.first[node+1] && t.kidR[lo] == r {
		return t.kidN[lo]
	}
	return -1
}

// freeze lays the children out for scanning; the trie takes no more keys.
func (t *trie) freeze() {
	if t.frozen {
		return
	}
	n := len(t.vals)
	t.first = make([]int32, n+1)
	for k := range t.edges {
		t.first[int32(k>>32)+1]++
	}
	for i := 1; i <= n; i++ {
		t.first[i] += t.first[i-1]
	}
	t.kidR = make([]rune, len(t.edges))
	t.kidN = make([]int32, len(t.edges))
	fill := append([]int32(nil), t.first[:n]...)
	for k, c := range t.edges {
		node := int32(k >> 32)
		t.kidR[fill[node]], t.kidN[fill[node]] = rune(uint32(k)), c
		fill[node]++
	}
	for node := 0; node < n; node++ {
		lo, hi := t.first[node], t.first[node+1]
		if hi-lo > 1 {
			sort.Sort(kids{t.kidR[lo:hi], t.kidN[lo:hi]})
		}
	}
	t.edges, t.frozen = nil, true
}

// kids sorts a node's children by rune.
type kids struct {
	r []rune
	n []int32
}

func (k kids) Len() int           { return len(k.r) }
func (k kids) Less(i, j int) bool { return k.r[i] < k.r[j] }
func (k kids) Swap(i, j int) {
	k.r[i], k.r[j] = k.r[j], k.r[i]
	k.n[i], k.n[j] = k.n[j], k.n[i]
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
			next := t.child(node, text[j])
			if next < 0 {
				break
			}
			node = next
			if v := t.vals[node]; v != nil {
				fn(hit{i, j + 1, v})
			}
		}
	}
}
