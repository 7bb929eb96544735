// Package store keeps policygraph's knowledge graph in a bbolt database.
//
// A database holds, for every document, the record extraction produced
// (graph.Record), and the graph merged from all records: nodes and edges
// keyed by their identity, each with the evidence of every document that
// states it. Putting a record replaces that document's earlier record in
// one transaction, so the database never shows half a document.
//
// # Schema (version 1)
//
// Keys are UTF-8; composite keys join their parts with a NUL byte (0x00),
// which no ID or source key contains. Values are JSON.
//
//	bucket     key                              value
//	meta       "version"                        "1"
//	           "created"                        RFC 3339 time the database was made
//	           "counted"                        "1": docs, nodes and edges keep their key counts
//	                                            in their bbolt sequence numbers (read by Stats)
//	docs       source                           graph.DocMeta (path, hash, rules fingerprint, …)
//	records    source                           graph.Record as extracted, with nodes and edges, without its text
//	texts      source                           the article text every span of the document points into
//	nodes      node ID                          graph.Node without evidence (name, kind, attributes)
//	node_docs  node ID 0x00 source              []graph.Evidence: where that document states the node
//	edges      from 0x00 rel 0x00 to            graph.Edge without evidence
//	edge_docs  from 0x00 rel 0x00 to 0x00 src   []graph.Evidence
//	in         to 0x00 rel 0x00 from            empty: the reverse index, for "what points at this region"
//	files      input file path (cleaned)        graph.FileStamp: size, modification time, rules
//	                                            fingerprint and document count of a file read
//	                                            completely; written with its last records
//
// A file's stamp lets the next batch run count its documents unchanged
// without reading it while its size and time are the same; a file that
// failed in part is not stamped, and deleting a document drops its file's
// stamp.
//
// The counts let Stats answer without walking most of the file; a database
// made before them is counted when first opened for writing, and Check
// verifies them.
//
// A node or edge exists while at least one document's *_docs entry names it;
// removing the last one removes it. A node's attributes depend only on its
// identity (extraction keys every varying attribute into the ID), so it
// does not matter which document wrote them last.
//
// # Locking
//
// bbolt holds an exclusive file lock while a database is open for writing
// and a shared one while it is open read-only. [Open] waits at most
// [Options.Timeout] (one second by default) and then fails with an error
// that wraps [ErrLocked] and names the file.
//
// # Caveats
//
// Byte slices read from bbolt are valid only inside their transaction; the
// store decodes or copies them before returning. The whole graph is loaded
// into memory by [DB.Graph]; queries and exports run there.
package store
