// Command gsebaseline is the yardstick of policygraph's benchmark: it reads
// the same documents the same way (policygraph's ingest), then segments
// each document's text with gse alone — the embedded simplified dictionary
// zh_s, Cut(text, true) — and reports throughput and peak memory, timed
// from process start.
//
//	gsebaseline [-exclude PATTERN]... PATH...
//
// -exclude leaves out files and folders as extract's --exclude does, so
// that both commands read the same documents.
// It prints one line of key=value pairs for scripts/bench.sh.
package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/go-ego/gse"

	"github.com/policygraph/policygraph/extract/ingest"
)

var start = time.Now()

func main() {
	var exclude patterns
	flag.Var(&exclude, "exclude", "leave out files and folders whose name matches this shell pattern (repeatable)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: gsebaseline [-exclude PATTERN]... PATH...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 {
		flag.Usage()
		os.Exit(2)
	}
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		fmt.Fprintln(os.Stderr, "gsebaseline: load dictionary:", err)
		os.Exit(1)
	}
	loaded := time.Since(start)
	var docs, tokens int
	var bytes int64
	err := ingest.WalkWith(flag.Args(), ingest.WalkOptions{Exclude: exclude}, func(path string, err error) error {
		if err != nil {
			return nil
		}
		ds, _ := ingest.ReadFile(path, ingest.Options{})
		for _, d := range ds {
			docs++
			bytes += int64(len(d.Text))
			tokens += len(seg.Cut(d.Text, true))
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gsebaseline:", err)
		os.Exit(1)
	}
	elapsed := time.Since(start)
	fmt.Printf("docs=%d bytes=%d tokens=%d load_s=%.3f wall_s=%.3f mb_s=%.2f max_rss_kb=%d\n",
		docs, bytes, tokens, loaded.Seconds(), elapsed.Seconds(), float64(bytes)/1e6/elapsed.Seconds(), maxRSS())
}

// maxRSS returns the process's peak resident set size in KiB.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss
}

// patterns is a repeatable string flag.
type patterns []string

func (p *patterns) String() string     { return fmt.Sprint(*p) }
func (p *patterns) Set(v string) error { *p = append(*p, v); return nil }
