package extract

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func scanAll(t *trie, text string) []hit {
	var out []hit
	t.scan([]rune(text), func(h hit) { out = append(out, hit{h.start, h.end, append([]int32(nil), h.vals...)}) })
	return out
}

// Every key occurrence is found, by start then length, the same before and
// after freeze; keys outside the BMP work too.
func TestTrie(t *testing.T) {
	keys := []string{"深圳", "深圳市", "深", "圳市", "广东省", "𠀀山", "山东", "山东省", "东省"}
	text := "广东省深圳市和𠀀山东省"
	want := []hit{
		{0, 3, []int32{4}}, {1, 3, []int32{8}}, {3, 4, []int32{2}}, {3, 5, []int32{0}}, {3, 6, []int32{1}}, {4, 6, []int32{3}},
		{7, 9, []int32{5}}, {8, 10, []int32{6}}, {8, 11, []int32{7}}, {9, 11, []int32{8}},
	}
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

// Frozen and unfrozen tries agree on random keys and texts over a small
// alphabet, where keys share prefixes and overlap a lot.
func TestTrieFrozenAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("省市县区山东广深圳𠀀a\x00")
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
