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

// targets answers q: the rows of its page (or, with all, every row up to
// maxCSVRows) with their documents, the number of rows of every page, and
// the regions the region filter stands for. The listing comes from the
// cache when the database has not changed since it was made; documents
// are read only for the rows returned.
func (s *Server) targets(ctx context.Context, q TargetQuery, all bool) (rows []graph.TargetRow, total int, regions []string, err error) {
	key := q
	key.Page = 0
	err = s.viewVersion(ctx, func(r graph.Reader, version string) error {
		e, ok := s.cache.get(version, key)
		if !ok {
			list, regs, err := targets(r, key)
			if err != nil {
				return err
			}
			e = targetEntry{list, regs}
			s.cache.put(version, key, e)
		}
		total, regions = len(e.rows), e.regions
		sel := e.rows
		if all {
			sel = sel[:min(len(sel), maxCSVRows)]
		} else {
			from, to := pageBounds(q.Page, len(sel))
			sel = sel[from:to]
		}
		rows = graph.WithDocuments(r, sel)
		return nil
	})
	return rows, total, regions, err
}
