package serve

import (
	"context"
	"sync"

	"github.com/policygraph/policygraph/graph"
)

// targetCache keeps the last few target listings (every row of one filter
// and sort, before paging) of one database version, so paging through a
// table, sorting it again or downloading its CSV does not list every
// target again. A new version (a writer changed the file) empties it.
type targetCache struct {
	mu      sync.Mutex
	off     bool // benchmarks of the uncached path
	version string
	entries map[TargetQuery]targetEntry
	order   []TargetQuery // oldest first
}

type targetEntry struct {
	rows    []graph.TargetRow
	regions []string
}

const targetCacheSize = 16

func (c *targetCache) get(version string, q TargetQuery) (targetEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.off || c.version != version {
		return targetEntry{}, false
	}
	e, ok := c.entries[q]
	return e, ok
}

func (c *targetCache) put(version string, q TargetQuery, e targetEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.off {
		return
	}
	if c.version != version || c.entries == nil {
		c.version, c.entries, c.order = version, map[TargetQuery]targetEntry{}, nil
	}
	if _, ok := c.entries[q]; ok {
		return
	}
	if len(c.order) >= targetCacheSize {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	c.entries[q] = e
	c.order = append(c.order, q)
}

// targets lists the targets that pass q (every page), from the cache when
// the database has not changed since they were listed. The rows are
// shared: callers must not modify them.
func (s *Server) targets(ctx context.Context, q TargetQuery) ([]graph.TargetRow, []string, error) {
	q.Page = 0
	var e targetEntry
	err := s.viewVersion(ctx, func(r graph.Reader, version string) error {
		var ok bool
		if e, ok = s.cache.get(version, q); ok {
			return nil
		}
		rows, regions, err := targets(r, q)
		if err != nil {
			return err
		}
		e = targetEntry{rows, regions}
		s.cache.put(version, q, e)
		return nil
	})
	return e.rows, e.regions, err
}
