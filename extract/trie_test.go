package extract

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func scanAll(t *trie, text string) []hit {
	var out []hit
	t.scan([]rune(text), func(h hit) { out = append(out, hit{h.start, h.end, append([]int32(nil), h.vals...), h.crossed}) })
	return out
}

// checkScan asserts that a trie of keys (payload: the key's index) finds
// want in text, the same before and after freeze.
func checkScan(t *testing.T, keys []string, text string, want []hit) {
	t.Helper()
	tr := newTrie()
	for i, k := range keys {
		tr.add(k, int32(i))
	}
	if got := scanAll(tr, text); !reflect.DeepEqual(got, want) {
		t.Errorf("building: got %v\nwant %v", got, want)
	}
	tr.freeze()
	if got := scanAll(tr, text); !reflect.DeepEqual(got, want) {
		t.Errorf("frozen: got %v\nwant %v", got, want)
	}
}

// Every key occurrence is found, by start then length, the same before and
// after freeze; keys outside the BMP work too.
func TestTrie(t *testing.T) {
	keys := []string{"深圳", "深圳市", "深", "圳市", "广东省", "𠀀山", "山东", "山东省", "东省"}
	text := "广东省深圳市和𠀀山东省"
	want := []hit{
		{0, 3, []int32{4}, false}, {1, 3, []int32{8}, false}, {3, 4, []int32{2}, false}, {3, 5, []int32{0}, false}, {3, 6, []int32{1}, false}, {4, 6, []int32{3}, false},
		{7, 9, []int32{5}, false}, {8, 10, []int32{6}, false}, {8, 11, []int32{7}, false}, {9, 11, []int32{8}, false},
	}
	checkScan(t, keys, text, want)
}

// A key runs across a space between two Han characters (a wrapped line's
// break): one of three runes when two of them stand before it, one of four
// or more wherever it falls; a key of two runes, or of three split after
// its first, does not.
func TestTrieAcrossBreaks(t *testing.T) {
	keys := []string{"国务院", "台东", "应城市", "国家标准化管理委员会", "农业农村部"}
	text := "国务 院、平台 东北、供应 城市、国家标准化 管理委员会、国务院、农 业农村部"
	want := []hit{{0, 4, []int32{0}, true}, {17, 28, []int32{3}, true}, {29, 32, []int32{0}, false}, {33, 39, []int32{4}, true}}
	checkScan(t, keys, text, want)
}

// Frozen and unfrozen tries agree on random keys and texts over a small
// alphabet, where keys share prefixes and overlap a lot.
func TestTrieFrozenAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("省市县区山东广深圳𠀀a\x00 ")
	word := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(rs)
	}
	for round := 0; round < 50; round++ {
		a, b := newTrie(), newTrie()
		for i := 0; i < 200; i++ {
			k := word(1 + rng.IntN(5))
			a.add(k, int32(i))
			b.add(k, int32(i))
		}
		b.freeze()
		text := word(300)
		if ga, gb := scanAll(a, text), scanAll(b, text); !reflect.DeepEqual(ga, gb) {
			t.Fatalf("round %d: frozen trie differs", round)
		}
	}
}
