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
	// pairs finds the node of a key's first two runes, both in the BMP,
	// in one hashed probe: the children of the root's children are the
	// widest runs (hundreds of runes after 中 or 国), and almost every
	// position of Chinese text starts a key, so this step dominates.
	pairs pairTable
	// ends has a bit set for every node that ends a key: a scan tests it
	// instead of loading the node's payload slice header.
	ends []uint64
}

// pairTable is an open-addressing hash table from two BMP runes (packed
// as r1<<16 | r2) to a trie node. 0 marks a free slot, so the pair of two
// NULs is kept apart. A slot holds its key and its node side by side: the
// table is megabytes, and a probe that finds its key then finds the node
// in the same cache line instead of missing a second time.
type pairTable struct {
	slots []pairSlot
	shift uint
	zero  int32 // the node of the pair 0, or -1
}

type pairSlot struct {
	key  uint32
	node int32
}

func (p *pairTable) hash(k uint32) uint32 { return (k * 0x9E3779B1) >> p.shift }

// build sizes the table for n pairs at a load of at most a quarter.
func (p *pairTable) build(n int) {
	bits := uint(4)
	for 1<<bits < 4*n {
		bits++
	}
	p.slots = make([]pairSlot, 1<<bits)
	p.shift = 32 - bits
	p.zero = -1
}

func (p *pairTable) put(k uint32, node int32) {
	if k == 0 {
		p.zero = node
		return
	}
	mask := uint32(len(p.slots) - 1)
	for i := p.hash(k); ; i = (i + 1) & mask {
		if p.slots[i].key == 0 {
			p.slots[i] = pairSlot{k, node}
			return
		}
	}
}

// get returns the node for k, or -1.
func (p *pairTable) get(k uint32) int32 {
	if k == 0 {
		return p.zero
	}
	mask := uint32(len(p.slots) - 1)
	for i := p.hash(k); ; i = (i + 1) & mask {
		switch s := p.slots[i]; s.key {
		case k:
			return s.node
		case 0:
			return -1
		}
	}
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
	t.ends = make([]uint64, (n+63)/64)
	for node, v := range t.vals {
		if v != nil {
			t.ends[node/64] |= 1 << (node % 64)
		}
	}
	// Pairs: every child, along a BMP rune, of a root child.
	npairs := 0
	for _, c := range t.root {
		if c != 0 {
			npairs += int(t.first[c+1] - t.first[c])
		}
	}
	t.pairs.build(npairs)
	for r1, c := range t.root {
		if c == 0 {
			continue
		}
		for k := t.first[c]; k < t.first[c+1]; k++ {
			if r2 := t.kidR[k]; r2 >= 0 && r2 < 1<<16 {
				t.pairs.put(uint32(r1)<<16|uint32(r2), t.kidN[k])
			}
		}
	}
	t.edges, t.frozen = nil, true
}

// ends reports whether node ends a key (after freeze).
func (t *trie) endsKey(node int32) bool { return t.ends[node/64]&(1<<(node%64)) != 0 }

// hasKey reports whether a key ends at node, frozen or not.
func (t *trie) hasKey(node int32) bool {
	if !t.frozen {
		return t.vals[node] != nil
	}
	return t.endsKey(node)
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
	crossed    bool // the key runs across a space (a wrapped line's break)
}

// scan calls fn for every key occurrence in text, by start then by length.
func (t *trie) scan(text []rune, fn func(h hit)) {
	if !t.frozen {
		t.scanBuilding(text, fn)
		return
	}
	for i, r := range text {
		if r >= 1<<16 {
			t.scanFrom(text, i, fn)
			continue
		}
		node := t.root[r]
		if node == 0 {
			continue
		}
		if t.endsKey(node) {
			fn(hit{i, i + 1, t.vals[node], false})
		}
		if i+1 >= len(text) || uint32(text[i+1]) >= 1<<16 || text[i+1] == ' ' {
			if i+1 < len(text) {
				t.walk(text, i, i+1, node, fn)
			}
			continue
		}
		node = t.pairs.get(uint32(r)<<16 | uint32(text[i+1]))
		if node < 0 {
			continue
		}
		if t.endsKey(node) {
			fn(hit{i, i + 2, t.vals[node], false})
		}
		t.walk(text, i, i+2, node, fn)
	}
}

// walk follows text from position j below node, for keys that start at i.
// A space between two Han characters that no key continues with is passed
// over: hard-wrapped text keeps its line breaks as spaces (国务⏎院 → 国务 院),
// and a name runs across them. Keys of three runes are found across a break
// only with two before it, keys of two never: a short name split after its
// first rune is more often two words (平台⏎东北 is no 台东, 供应⏎城市 no
// 应城市). Keys of four runes or more are found across any break (农⏎业农村部).
func (t *trie) walk(text []rune, i, j int, node int32, fn func(h hit)) {
	spaces := 0
	before := 0 // runes of the key before its first break
	for ; j < len(text); j++ {
		next := t.child(node, text[j])
		if next < 0 {
			if text[j] == ' ' && j+1 < len(text) && isHan(text[j-1]) && isHan(text[j+1]) {
				if spaces == 0 {
					before = j - i
				}
				spaces++
				continue
			}
			return
		}
		node = next
		if n := j + 1 - i - spaces; t.hasKey(node) && (spaces == 0 || n >= 4 || n == 3 && before >= 2) {
			fn(hit{i, j + 1, t.vals[node], spaces > 0})
		}
	}
}

// scanFrom reports the keys that start at i the general way (a first rune
// outside the BMP).
func (t *trie) scanFrom(text []rune, i int, fn func(h hit)) {
	node := t.start(text[i])
	if node < 0 {
		return
	}
	if v := t.vals[node]; v != nil {
		fn(hit{i, i + 1, v, false})
	}
	t.walk(text, i, i+1, node, fn)
}

// scanBuilding is scan before freeze, through the edge map.
func (t *trie) scanBuilding(text []rune, fn func(h hit)) {
	for i, r := range text {
		node := t.start(r)
		if node < 0 {
			continue
		}
		if v := t.vals[node]; v != nil {
			fn(hit{i, i + 1, v, false})
		}
		t.walk(text, i, i+1, node, fn)
	}
}

// isHan reports whether r is a CJK ideograph of the basic block, the
// extension A block or the compatibility block.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF
}
