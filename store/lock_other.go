//go:build !unix

package store

import "time"

// waitShared is a no-op where there is no flock: bbolt's own lock waits.
func waitShared(path string, timeout time.Duration) (release func(), ok bool) {
	return func() {}, true
}

// processAlive cannot tell here: a marker is taken to be live, and a
// killed writer's database needs its marker cleared by hand.
func processAlive(pid int) bool { return true }
