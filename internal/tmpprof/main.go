package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

func main() {
	db, err := store.Open(os.Args[1], store.Options{ReadOnly: true})
	if err != nil {
		panic(err)
	}
	f, _ := os.Create("/tmp/st/cpu.prof")
	pprof.StartCPUProfile(f)
	t0 := time.Now()
	var n int
	db.View(func(r graph.Reader) error {
		n = len(graph.Targets(r, graph.TargetFilter{}))
		return nil
	})
	pprof.StopCPUProfile()
	fmt.Println(n, time.Since(t0))
}
