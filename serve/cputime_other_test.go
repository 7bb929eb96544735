//go:build !unix

package serve

import "time"

// cpuTime is not measured here; the benchmark reports no cpu-ms/op.
func cpuTime() time.Duration { return 0 }
