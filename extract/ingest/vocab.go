package ingest

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// vocabFile holds the patterns and words of dates and document numbers
// that the cleaning steps read, as NAME = VALUE lines.
//
//go:embed vocab.txt
var vocabFile string

// vocab is vocabFile by name, parsed once.
var vocab = mustParseVocab(vocabFile)

func mustParseVocab(data string) map[string]string {
	m, err := parseVocab(data)
	if err != nil {
		panic("ingest: vocab.txt:" + err.Error()) // embedded: a test reads it
	}
	return m
}

// parseVocab reads NAME = VALUE lines; empty lines and lines starting
// with # are skipped.
func parseVocab(data string) (map[string]string, error) {
	m := map[string]string{}
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, " = ")
		if !ok || name == "" || value == "" {
			return nil, fmt.Errorf("%d: not NAME = VALUE", i+1)
		}
		if _, dup := m[name]; dup {
			return nil, fmt.Errorf("%d: %s given twice", i+1, name)
		}
		m[name] = value
	}
	return m, nil
}

// vocabWord returns the named word of vocab.txt.
func vocabWord(name string) string {
	w, ok := vocab[name]
	if !ok {
		panic("ingest: vocab.txt has no " + name)
	}
	return w
}

// vocabPattern compiles the named pattern of vocab.txt.
func vocabPattern(name string) *regexp.Regexp { return regexp.MustCompile(vocabWord(name)) }

// lazyPattern is vocabPattern on first use: a command that reads no
// document (a query) does not compile the patterns at start.
func lazyPattern(name string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return vocabPattern(name) })
}

// vocabQuick compiles the named pattern of vocab.txt with its required
// words (quickRE).
func vocabQuick(name string) quickRE { return newQuickRE(vocabWord(name)) }
