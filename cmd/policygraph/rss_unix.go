//go:build unix

package main

import (
	"runtime"
	"syscall"
)

// maxRSSKB returns the process's peak resident set size in KiB, or 0.
func maxRSSKB() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss / 1024 // bytes there, KiB on Linux
	}
	return ru.Maxrss
}
