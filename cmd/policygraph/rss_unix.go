//go:build unix

package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// maxRSSKB returns the process's peak resident set size in KiB, or 0.
//
// On Linux it is VmHWM from /proc/self/status, the peak of this program's
// own memory. getrusage's ru_maxrss is not: Linux carries the peak of the
// memory the process had before exec over into it, and before exec a
// child shares or copies its parent's, so policygraph started by a 2 GB
// process would report 2 GB.
func maxRSSKB() int64 {
	if status, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(status), "\n") {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				if kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64); err == nil {
					return kb
				}
			}
		}
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss / 1024 // bytes there, KiB on Linux
	}
	return ru.Maxrss
}
