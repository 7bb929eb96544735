// Package store keeps policygraph's knowledge graph in a bbolt database.
//
// A database holds, for every document, the record extraction produced
// (graph.Record), and the graph merged from all records: nodes and edges
// keyed by their identity, each with the evidence of every document that
// states it. Putting a record replaces that document's earlier record in
// one transaction, so the database never shows half a document.
//
// # Schema (version 5)
//
// Every node, document (source), relation and rule has a short number,
// stored once (ids.go); every key and value that refers to one holds the
// number. Numbers in keys are fixed-width big-endian (node and source 4
// bytes, relation 2), so that keys sort by number and a prefix scan finds
// the keys of one node; in values they are varints. An edge key is 10
// bytes whatever its node IDs, and source paths, which are absolute and
// long, are never repeated in a key. (Version 2 used the IDs and paths as
// key parts: the whole corpus made a database 4 to 5 times its article
// text, a million one-line records 51 times their size.)
//
// Values are sealed (see Damage). Evidence is a list of varints per piece
// (start, length, rule number, and a document only when it is not the
// source of its key); node attributes, edge attributes and records are
// JSON; records, texts and document metadata are zstd-compressed with a
// dictionary that is part of the schema (codec.go, zdict.go). Pages are
// filled to 90% before they split. A writing transaction puts the keys of
// node_docs, edge_docs and in, which land all over their buckets, in key
// order when its records are linked (deferred.go), not one by one.
//
//	bucket     key                              value
//	meta       "version"                        "5"
//	           "created"                        RFC 3339 time the database was made
//	           "writer"                         "PID HOST" of the writer that has it open
//	           "mentions", "mention_edges"      counts of mentions (see below)
//	docs       source                           source number (varint), then graph.DocMeta
//	                                            (path, hash, rules fingerprint, …)
//	sources    source number                    source
//	records    source number                    the guidelines' record, the SHA-256 of the whole
//	                                            record as put (an unchanged one is not rewritten),
//	                                            the numbers of its nodes and of its edges' ends
//	                                            and relations (with their attributes); Records
//	                                            rebuilds the whole record
//	texts      source number                    the article text every span of the document points into
//	nodes      node ID                          node number (varint), then attributes, and kind and
//	                                            name when the ID does not say them
//	node_ids   node number                      node ID; for a document's own nodes (document:S,
//	                                            target:S|…) the ID short of S and S's number
//	names      "l" relation | "r" rule          its number (varint)
//	node_docs  node | source                    evidence: where that document states the node,
//	                                            and, when the document mentions it, where
//	edges      from | rel | to                  the edge's attributes, or nothing
//	edge_docs  from | rel | to | source         evidence, as in node_docs
//	in         to | rel | from                  the edge's attributes, or nothing: the reverse index,
//	                                            for "what points at this region"
//	files      input file path (cleaned)        graph.FileStamp: size, modification time, rules
//	                                            fingerprint and document count of a file read
//	                                            completely; written with its last records
//	target_rows  region | target                the target's row as `query targets` lists it
//	                                            (graph.TargetRowOf); region 0 for none (rows.go)
//	target_regions target                       the region number its row is kept under
//
// A document's mentions — the edges document:SOURCE mentions NODE,
// without attributes, of the record of SOURCE: two-thirds of all edges —
// are not in edges, in and edge_docs: the node_docs value of the node
// and the document says the document mentions it, with the mention's
// evidence, and the record lists them among its edges (mentions.go).
// Reads make them again; meta counts them ("mentions"), and the edges of
// relation mentions that edges holds ("mention_edges": another record's,
// or with attributes), which reads merge with a kept one.
//
// A node's or a document's number is the highest in use plus one. A
// number freed by a deleted node or document may be given again: every
// key that held it went with it. Relations and rules keep their numbers.
// Opening a database of an older version (1 to 4) fails with [ErrVersion]
// and "made by an older policygraph; re-run extract into a new database".
// (Version 4 stored every mention as an edge, with keys in edges, in and
// edge_docs: the corpus made a database 2.33 times its article text.)
//
// A file's stamp lets the next batch run count its documents unchanged
// without reading it while its size and time are the same; a file that
// failed in part is not stamped, and deleting a document drops its file's
// stamp.
//
// A node or edge exists while at least one document's *_docs entry names it;
// removing the last one removes it (an edge before its nodes, whose
// numbers its keys hold). A node's attributes depend only on its
// identity (extraction keys every varying attribute into the ID), so it
// does not matter which document wrote them last.
//
// # Keys that cannot be stored
//
// [CheckRecord] refuses a record whose source, path, node IDs or relations
// are empty, hold a NUL, or are longer than [MaxSourceBytes] /
// [MaxIDBytes] / [MaxRelBytes] (bbolt's own limit, 32 KiB, aborted the
// whole transaction, and with it the batch), and one with an edge to a
// node it does not hold (the edge would have no node number). Relations must also be free
// of control characters; sources and IDs may hold them, because file
// names may, and such documents are kept under their own names. The batch
// runner checks every record and reports a refused one, with its file and
// line, instead of writing it; [DB.Put] refuses a batch that holds one.
//
// # Damage
//
// Every value but meta's starts with the CRC-32C of the bucket name, the
// key and the rest of the value; every bucket keeps its number of keys in
// its bbolt sequence. Reads verify the checksum of what they read, and
// reads of a whole bucket (Graph, Records, Check) also the count, so a
// flipped bit, a page read as the wrong bucket's or keys lost with a
// damaged branch page are an error wrapping [ErrDamaged], never different
// data. [Open] checks the schema version, that every bucket exists and that
// the file is as long as its meta page says (a truncated file would fault
// on the first read past its end); opening for writing, if the last
// writer's marker is still there and its process is gone (it was killed),
// it runs bbolt's page check first (a reader does not: it could not clear
// the marker, and would check the whole file on every query). Every transaction runs with debug.SetPanicOnFault, and a
// memory fault on the mapped file or a bbolt panic on a page it cannot
// read is recovered into an ErrDamaged error. [DB.Check] verifies
// everything; [Compact] rewrites a database into a new file.
//
// # Locking
//
// bbolt holds an exclusive file lock while a database is open for writing
// and a shared one while it is open read-only. [Open] waits at most
// [Options.Timeout] (one second by default) and then fails with an error
// that wraps [ErrLocked] and names the file.
//
// A long write (extract, load) opens with [Options.Release]: the writer
// opens the file, commits one batch and closes it again, so the exclusive
// lock is held only while a batch commits (milliseconds), and a query or
// export that waits for the lock gets it between two batches. A reader
// sees the database as of the last commit: whole documents, never half of
// one. The writer waits up to [Options.WriteWait] for readers to let go.
// While the lock is released, the writer marker in meta (PID and host,
// written when the writer opens, removed by Close) keeps a second writer
// out: it fails with ErrLocked as before. A marker whose process is gone
// is stale: the next Open checks the pages and takes over.
//
// # Caveats
//
// Byte slices read from bbolt are valid only inside their transaction; the
// store decodes or copies them before returning. Queries run on [DB.View],
// which reads only the keys they touch; [DB.Stream] hands out the whole
// graph a node at a time (export --format json without filters uses it);
// [DB.Graph] loads the whole graph into memory, for exports that select
// a part of it and for the other export formats.
package store
