//go:build !unix

package main

// maxRSSKB is not measured on this platform.
func maxRSSKB() int64 { return 0 }
