package store_test

import (
	"context"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// A record t.md that holds (and mentions from) the node of document s.md,
// then s.md's own first record with its document node restated (another
// title): putNode sees the node changed, markLinked reads s.md's record,
// which is not written yet.
func TestDocNodeRestatedBeforeItsRecord(t *testing.T) {
	ctx := context.Background()
	const srcS, srcT = "docs/s-report.md", "docs/t-report.md"
	docS, docT := graph.NewID(graph.Document, srcS), graph.NewID(graph.Document, srcT)
	sz := region("深圳市", "440300", "city", "广东省")

	rt := record(srcT, "hash-t")
	rt.Nodes = []graph.Node{{ID: docT, Kind: graph.Document, Name: "t"}, {ID: docS, Kind: graph.Document, Name: "s"}, sz}
	rt.Edges = []graph.Edge{{From: docS, Rel: graph.Mentions, To: sz.ID, Evidence: []graph.Evidence{ev(srcT, 1, 4, "citation")}}}

	rs := record(srcS, "hash-s")
	d := graph.Node{ID: docS, Kind: graph.Document, Name: "s"}
	d.SetAttr("title", "深圳市报告")
	rs.Nodes = []graph.Node{d, sz}
	rs.Edges = []graph.Edge{{From: docS, Rel: graph.Mentions, To: sz.ID, Evidence: []graph.Evidence{ev(srcS, 0, 9, "region.gazetteer")}}}

	db := mustOpen(t)
	put(t, db, rt)
	if _, err := db.Put(ctx, rs); err != nil {
		t.Fatalf("Put s.md: %v", err)
	}
}
