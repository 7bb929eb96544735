package rules_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/policygraph/policygraph/rules"
)

// FuzzLoad loads arbitrary bytes as a rule file. Load must not panic or
// hang, and must fail only with a rules.ErrorList whose positions lie in
// the input (or in the one data file it can name, d.tsv).
func FuzzLoad(f *testing.F) {
	// The shipped files cut into one small file per item: the fuzzer
	// minimizes every new input it finds, which crawls on 20 KB ones.
	for _, src := range rules.DefaultSources() {
		for _, seed := range items(src.Data, 2048) {
			f.Add(seed)
		}
	}
	bad, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range bad {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\ngazetteers:\n  - {id: g, kind: region, file: d.tsv, columns: [code, name]}\n"))
	tsv := []byte("# code\tname\n1\t北京市\n2\t\n3\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan error, 1)
		go func() {
			_, err := rules.Load(rules.Source{Name: "fuzz.yaml", Data: data, FS: fstest.MapFS{"d.tsv": {Data: tsv}}, Dir: "."})
			done <- err
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("Load hangs on %q", data)
		}
		if err == nil {
			return
		}
		var list rules.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T %v, want a non-empty rules.ErrorList", err, err)
		}
		lines := map[string]int{"fuzz.yaml": yamlLines(data), "d.tsv": bytes.Count(tsv, []byte("\n")) + 1}
		for _, e := range list {
			n, ok := lines[e.Pos.File]
			if !ok || e.Pos.Line < 1 || e.Pos.Line > n+1 || e.Pos.Col < 1 {
				t.Errorf("position %s out of the input (%d lines): %v", e.Pos, n, e)
			}
			if e.Msg == "" {
				t.Errorf("%s: empty message", e.Pos)
			}
		}
	})
}

// yamlLines counts lines as YAML (and so yaml.v3's positions) does: \r\n,
// \r, \n, and U+0085, U+2028, U+2029 each end one.
func yamlLines(data []byte) int {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return 1 + strings.Count(s, "\n") + strings.Count(s, "\r") + strings.Count(s, "\u0085") + strings.Count(s, "\u2028") + strings.Count(s, "\u2029")
}

var topKey = regexp.MustCompile(`^([a-z]+):`)

// items cuts a rule file into files of one top-level scalar or one list or
// mapping item each, at most max bytes (cut at a line end).
func items(data []byte, max int) [][]byte {
	var out [][]byte
	var section string
	var cur []byte
	flush := func() {
		if len(bytes.TrimSpace(cur)) == 0 || section == "version" {
			cur = nil
			return
		}
		seed := []byte("version: 1\n" + section + ":\n")
		for _, line := range bytes.SplitAfter(cur, []byte("\n")) {
			if len(seed)+len(line) > max {
				break
			}
			seed = append(seed, line...)
		}
		out = append(out, seed)
		cur = nil
	}
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		if m := topKey.FindSubmatch(line); m != nil {
			flush()
			section = string(m[1])
			if rest := bytes.TrimSpace(line[len(m[0]):]); len(rest) > 0 && section != "version" {
				out = append(out, append([]byte("version: 1\n"), line...))
			}
			continue
		}
		if section == "" || bytes.HasPrefix(line, []byte("#")) {
			continue
		}
		// A new list item ("  - ") or mapping key ("  name:") starts a seed.
		if len(line) > 2 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ' && line[2] != '#' {
			flush()
		}
		cur = append(cur, line...)
	}
	flush()
	return out
}
