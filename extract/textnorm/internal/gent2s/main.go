// Command gent2s builds textnorm's Traditional→Simplified tables (t2s_chars.txt
// and t2s_phrases.txt, which t2s_table.go embeds)
// from the OpenCC dictionaries in shared/data/opencc.
//
// Usage (from extract/textnorm, see generate.go there):
//
//	go run ./internal/gent2s -in ../../../shared/data/opencc -chars t2s_chars.txt -phrases t2s_phrases.txt
//
// What it does, in order:
//
//  1. Reverses HKVariants.txt and TWVariants.txt (standard Traditional → regional
//     variant) into variant → standard Traditional, honouring the
//     "# @reverse-prefer: X [Y]" annotations (the reverse of X is Y, or X itself).
//  2. Reads TSCharacters.txt (Traditional → Simplified; the first candidate wins)
//     and composes: c → reverse variant (if any) → TSCharacters, chasing chains
//     until a fixed point, so that converting a converted character changes
//     nothing (idempotence).
//  3. Drops the characters in [excluded]: Simplified characters that the tables
//     would otherwise change (什么 must not become 什幺).
//     STCharacters.txt is read only to report which converted characters
//     OpenCC also lists as Simplified.
//  4. Reads TSPhrases.txt (phrase → phrase, first candidate). Only entries whose
//     source and target have the same number of runes are used, so that the
//     normaliser's offset map stays one rune to one rune. Entries whose source is
//     plain Simplified text that the phrase would change in meaning (打坏 → 打坯)
//     are dropped, and every target that is not itself a key gets an identity
//     entry (乾断 → 乾断), so that a second pass matches the same phrases.
//  5. Checks the result (every target is NFKC-stable, Han stays Han, no target is
//     itself converted) and writes two deterministic data files.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Source credit, from shared/data/SOURCES.md.
const (
	sourceRepo    = "BYVoid/OpenCC"
	sourcePath    = "data/dictionary/"
	sourceCommit  = "5249273a3e5606852f088c9a8b23522145d94f78"
	sourceLicence = "Apache-2.0"
)

// excludedFile lists characters that are ordinary Simplified characters but
// that the OpenCC tables (or their reversal) would change. They are left
// alone.
//
//go:embed excluded.txt
var excludedFile string

type exclusion struct {
	char   rune
	reason string
}

// excluded is excludedFile parsed.
var excluded = mustExclusions(excludedFile)

func mustExclusions(data string) []exclusion {
	var out []exclusion
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, reason, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(c) != 1 || reason == "" {
			log.Fatalf("excluded.txt:%d: want a character, a tab and a reason", i+1)
		}
		r, _ := utf8.DecodeRuneInString(c)
		out = append(out, exclusion{r, reason})
	}
	return out
}

type entry struct {
	key  string
	vals []string
	line int
}

type dict struct {
	name    string
	entries []entry
	// prefer maps a variant to the preferred result of reversing it
	// ("# @reverse-prefer: X [Y]" → X: Y, or X: X).
	prefer map[string]string
}

func readDict(dir, name string) (*dict, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &dict{name: name, prefer: map[string]string{}}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			if rest, ok := strings.CutPrefix(line, "# @reverse-prefer:"); ok {
				f := strings.Fields(rest)
				switch len(f) {
				case 1:
					d.prefer[f[0]] = f[0]
				case 2:
					d.prefer[f[0]] = f[1]
				default:
					return nil, fmt.Errorf("%s:%d: bad @reverse-prefer", name, n)
				}
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok || k == "" {
			return nil, fmt.Errorf("%s:%d: want key<TAB>values", name, n)
		}
		vals := strings.Fields(v)
		if len(vals) == 0 {
			return nil, fmt.Errorf("%s:%d: no values", name, n)
		}
		d.entries = append(d.entries, entry{key: k, vals: vals, line: n})
	}
	return d, sc.Err()
}

func oneRune(s string) (rune, bool) {
	r, size := utf8.DecodeRuneInString(s)
	return r, size == len(s) && r != utf8.RuneError
}

// tables is the generator's result.
type tables struct {
	chars      map[rune]rune
	phrases    map[string]string
	identities []string // identity phrase entries added for idempotence

	// statistics and notes for the header
	tsChars, variantRev, charsUsed  int
	phrasesTotal, phrasesSkippedLen int
	phrasesUnsafe                   []string // "key→target"
	keptConflicts                   []rune   // keys that OpenCC also treats as Simplified, still converted
	excludedHit                     []string // excluded chars and what they would have become
}

func build(dir string) (*tables, error) {
	ts, err := readDict(dir, "TSCharacters.txt")
	if err != nil {
		return nil, err
	}
	hk, err := readDict(dir, "HKVariants.txt")
	if err != nil {
		return nil, err
	}
	tw, err := readDict(dir, "TWVariants.txt")
	if err != nil {
		return nil, err
	}
	tp, err := readDict(dir, "TSPhrases.txt")
	if err != nil {
		return nil, err
	}
	st, err := readDict(dir, "STCharacters.txt")
	if err != nil {
		return nil, err
	}
	t := &tables{}
	// simpValid: characters OpenCC treats as Simplified (a TSCharacters candidate
	// or an STCharacters key); used only to report conversions of such characters.
	simpValid := map[rune]bool{}
	for _, e := range st.entries {
		if r, ok := oneRune(e.key); ok {
			simpValid[r] = true
		}
	}
	for _, e := range ts.entries {
		for _, v := range e.vals {
			if r, ok := oneRune(v); ok {
				simpValid[r] = true
			}
		}
	}

	// TSCharacters: first candidate.
	tsMap := map[rune]rune{}
	simpForm := map[rune]bool{} // runes that are the Simplified form of a different Traditional rune
	for _, e := range ts.entries {
		k, ok1 := oneRune(e.key)
		v, ok2 := oneRune(e.vals[0])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s:%d: key and first value must be single characters", ts.name, e.line)
		}
		if _, dup := tsMap[k]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate key %q", ts.name, e.line, e.key)
		}
		tsMap[k] = v
		if v != k {
			simpForm[v] = true
		}
	}
	t.tsChars = len(tsMap)

	// Reverse the variant tables: variant → standard Traditional.
	rev := map[rune]rune{}
	for _, d := range []*dict{hk, tw} {
		for _, e := range d.entries {
			std, ok := oneRune(e.key)
			if !ok {
				return nil, fmt.Errorf("%s:%d: key must be one character", d.name, e.line)
			}
			for _, vs := range e.vals {
				v, ok := oneRune(vs)
				if !ok {
					return nil, fmt.Errorf("%s:%d: values must be single characters", d.name, e.line)
				}
				if v == std {
					continue
				}
				if _, seen := rev[v]; !seen { // first (HK before TW, file order) wins
					rev[v] = std
				}
			}
		}
		for vs, ps := range d.prefer {
			v, ok1 := oneRune(vs)
			p, ok2 := oneRune(ps)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("%s: bad @reverse-prefer %q %q", d.name, vs, ps)
			}
			if p == v {
				delete(rev, v)
			} else {
				rev[v] = p
			}
		}
	}
	t.variantRev = len(rev)

	chase := func(m map[rune]rune, r rune) rune {
		for range 16 {
			n, ok := m[r]
			if !ok || n == r {
				return r
			}
			r = n
		}
		return r
	}
	excl := map[rune]bool{}
	for _, x := range excluded {
		excl[x.char] = true
	}
	// Compose variant reversal and TSCharacters.
	comp := map[rune]rune{}
	for _, m := range []map[rune]rune{tsMap, rev} {
		for c := range m {
			x := c
			if v, ok := rev[c]; ok {
				x = v
			}
			comp[c] = chase(tsMap, x)
		}
	}
	for _, x := range excluded {
		if y, ok := comp[x.char]; ok && y != x.char {
			t.excludedHit = append(t.excludedHit, fmt.Sprintf("%c→%c", x.char, y))
		}
		delete(comp, x.char)
	}
	// Chase the composed map to fixed points.
	t.chars = map[rune]rune{}
	for c := range comp {
		y := chase(comp, c)
		if y != c {
			t.chars[c] = y
		}
	}
	t.charsUsed = len(t.chars)
	for c := range t.chars {
		if simpValid[c] {
			t.keptConflicts = append(t.keptConflicts, c)
		}
	}
	slices.Sort(t.keptConflicts)
	fixed := func(r rune) bool { _, ok := t.chars[r]; return !ok }

	// Phrases.
	t.phrases = map[string]string{}
	t.phrasesTotal = len(tp.entries)
	for _, e := range tp.entries {
		k, v := e.key, e.vals[0]
		if utf8.RuneCountInString(k) != utf8.RuneCountInString(v) {
			t.phrasesSkippedLen++
			continue
		}
		if _, dup := t.phrases[k]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate key %q", tp.name, e.line, k)
		}
		// A source made only of characters the table leaves alone can occur in
		// Simplified text; if the phrase rewrites a character there that is the
		// Simplified form of another character (坏 of 壞, 沈 of 瀋), it would
		// change the meaning of Simplified text (打坏 → 打坯): drop it.
		kr, vr := []rune(k), []rune(v)
		allFixed, unsafe := true, false
		for i := range kr {
			if !fixed(kr[i]) {
				allFixed = false
			}
			if kr[i] != vr[i] && simpForm[kr[i]] {
				unsafe = true
			}
		}
		if allFixed && unsafe {
			t.phrasesUnsafe = append(t.phrasesUnsafe, k+"→"+v)
			continue
		}
		t.phrases[k] = v
	}
	// Identity entries so that a second pass leaves targets alone: a target can
	// contain characters the table converts (乾断), and a key made of
	// Simplified characters (藉以 → 借以) could otherwise match across the
	// boundary of a converted phrase (伤亡枕藉|以 …) on the second pass.
	var keys []string
	for k := range t.phrases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := t.phrases[k]
		if w, ok := t.phrases[v]; ok {
			if w != v {
				return nil, fmt.Errorf("phrase target %q of %q is itself a key with target %q", v, k, w)
			}
			continue
		}
		t.phrases[v] = v
		t.identities = append(t.identities, v)
	}
	sort.Strings(t.phrasesUnsafe)
	sort.Strings(t.identities)
	return t, t.check()
}

// check verifies the invariants the normaliser relies on.
func (t *tables) check() error {
	stable := func(r rune) error {
		if s := string(r); norm.NFKC.String(s) != s {
			return fmt.Errorf("target %U %c is not NFKC-stable", r, r)
		}
		if r >= 0x2E80 && r <= 0x2EFF {
			return fmt.Errorf("target %U is a radical", r)
		}
		if _, ok := t.chars[r]; ok {
			return fmt.Errorf("target %U %c is converted again", r, r)
		}
		return nil
	}
	for k, v := range t.chars {
		if k < 0x2E80 {
			return fmt.Errorf("source %U below U+2E80: the normaliser skips those", k)
		}
		if unicode.Is(unicode.Han, k) != unicode.Is(unicode.Han, v) {
			return fmt.Errorf("%c→%c changes Han-ness", k, v)
		}
		if err := stable(v); err != nil {
			return err
		}
	}
	for k, v := range t.phrases {
		kr, vr := []rune(k), []rune(v)
		if len(kr) != len(vr) || len(kr) < 2 || kr[0] < 0x2E80 {
			return fmt.Errorf("phrase %q→%q: bad length", k, v)
		}
		for i := range vr {
			if unicode.Is(unicode.Han, kr[i]) != unicode.Is(unicode.Han, vr[i]) {
				return fmt.Errorf("phrase %q→%q changes Han-ness", k, v)
			}
			if s := string(vr[i]); norm.NFKC.String(s) != s {
				return fmt.Errorf("phrase %q→%q: target not NFKC-stable", k, v)
			}
		}
	}
	return nil
}

// generate returns the two data files textnorm embeds: the character
// table (with the report of how it was made) and the phrase table. Lines
// that start with # are comments.
func generate(dir string) (chars, phrases []byte, err error) {
	t, err := build(dir)
	if err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# Code generated by gent2s (go run ./internal/gent2s); DO NOT EDIT.\n")
	p("# textnorm embeds this file (t2s_table.go).\n")
	p("#\n")
	p("# Source: %s, %s{TSCharacters,TSPhrases,HKVariants,TWVariants,STCharacters}.txt\n", sourceRepo, sourcePath)
	p("# (STCharacters only for the report below),\n")
	p("# commit %s, licence %s\n", sourceCommit, sourceLicence)
	p("# (Open Chinese Convert; see shared/data/opencc/LICENSE).\n")
	p("#\n")
	p("# Characters: %d TSCharacters entries (first candidate) composed with %d reversed\n", t.tsChars, t.variantRev)
	p("# HK/TW variants and chased to fixed points: %d conversions.\n", t.charsUsed)
	p("# Excluded (Simplified characters left unchanged):\n")
	for _, x := range excluded {
		p("#   %c  %s\n", x.char, x.reason)
	}
	p("# Converted although OpenCC also lists them as Simplified (a TSCharacters candidate\n")
	p("# or an STCharacters key): in Simplified text they are rare, or only in words that\n")
	p("# a phrase entry keeps (see t2s_phrases.txt):\n")
	p("#   %s\n", string(t.keptConflicts))
	p("#\n")
	p("# Phrases: %d TSPhrases entries; %d skipped because source and target differ in\n", t.phrasesTotal, t.phrasesSkippedLen)
	p("# rune count; %d dropped because they would rewrite Simplified text:\n", len(t.phrasesUnsafe))
	writeWrapped(&b, "#   ", t.phrasesUnsafe)
	p("# %d used, plus %d identity entries (target → target, for every target that is\n",
		len(t.phrases)-len(t.identities), len(t.identities))
	p("# not itself a key) so that normalising twice changes nothing.\n")
	p("#\n")

	// Characters, sorted by source.
	srcs := make([]rune, 0, len(t.chars))
	for r := range t.chars {
		srcs = append(srcs, r)
	}
	slices.Sort(srcs)
	p("# The character conversions as pairs of runes: source, target, source,\n")
	p("# target, … sorted by source, 32 pairs a line.\n")
	for i := 0; i < len(srcs); i += 32 {
		var line strings.Builder
		for _, r := range srcs[i:min(i+32, len(srcs))] {
			line.WriteRune(r)
			line.WriteRune(t.chars[r])
		}
		p("%s\n", line.String())
	}
	chars = bytes.Clone(b.Bytes())
	b.Reset()

	keys := make([]string, 0, len(t.phrases))
	for k := range t.phrases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	p("# Code generated by gent2s (go run ./internal/gent2s); DO NOT EDIT.\n")
	p("# The phrase conversions of t2s_chars.txt's report, one a line as source TAB\n")
	p("# target, sorted by source; source and target have equal rune counts.\n")
	for _, k := range keys {
		p("%s\t%s\n", k, t.phrases[k])
	}
	return chars, b.Bytes(), nil
}

// writeWrapped writes items separated by spaces, wrapped at about 80 columns.
func writeWrapped(b *bytes.Buffer, prefix string, items []string) {
	if len(items) == 0 {
		b.WriteString(prefix + "(none)\n")
		return
	}
	line := prefix
	for i, it := range items {
		if i > 0 && utf8.RuneCountInString(line)+utf8.RuneCountInString(it) > 76 {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = prefix
		}
		line += it + " "
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
}

func main() {
	in := flag.String("in", "", "folder with the OpenCC dictionaries")
	charsOut := flag.String("chars", "", "character table to write (t2s_chars.txt)")
	phrasesOut := flag.String("phrases", "", "phrase table to write (t2s_phrases.txt)")
	flag.Parse()
	if *in == "" || *charsOut == "" || *phrasesOut == "" {
		flag.Usage()
		os.Exit(2)
	}
	chars, phrases, err := generate(*in)
	if err != nil {
		log.Fatalf("gent2s: %v", err)
	}
	for _, f := range []struct {
		path string
		data []byte
	}{{*charsOut, chars}, {*phrasesOut, phrases}} {
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			log.Fatalf("gent2s: %v", err)
		}
	}
}
