// Package serve is `policygraph serve`: a local web application over a
// policygraph database, for people who would rather look than type.
//
// Pages (server-rendered with html/template, every URL bookmarkable):
//
//	/                  search regions, agencies, plans and indicators (short names work: 深圳 → 深圳市)
//	/targets           the targets table with the CLI's filters, sortable, paged;
//	/targets.csv       the same rows as CSV
//	/entity?id=ID      one entity: attributes, links grouped by relation, evidence
//	/doc?src=SOURCE    one document with every extracted mention highlighted by kind;
//	                   &dropped=1 also shows what boilerplate removal dropped
//	/graph?id=ID       the entity's neighbourhood drawn with Cytoscape.js (fcose layout),
//	                   one compound node per province; clicking a node expands it
//	/indicators        the indicators the database holds values of
//	/compare           one indicator's targets across regions in a year, as a bar chart
//	/progress          targets beside what was achieved: met, missed, pending, no data
//	/series            one region's targets and observations over the years, as a chart
//
// The pages are built from a JSON API under /api/ (search, targets, entity,
// doc, neighbourhood, stats, indicators, compare, progress, series) that scripts can use too; README documents it.
//
// # The database stays usable
//
// The server holds no database handle between requests. Each request opens
// the file read-only (a shared bbolt lock), answers from one read
// transaction through store.DB.View and graph's queries, and closes it. So
// `policygraph extract` can open the file for writing as soon as the request
// in flight ends, and the next request sees what it wrote, without a
// restart. While an extract holds the file, requests answer 503 with
// Retry-After rather than waiting. Requests that overlap without a break
// would hold a shared lock for as long as they keep coming, so after 250 ms
// of that the server opens nothing for 120 ms (gate.go): a waiting extract,
// which retries every 50 ms for a second, gets in.
//
// # Safety
//
// Names come from untrusted documents: every value reaches HTML through
// html/template or, for the highlighted article text, through
// html.EscapeString (see highlight.go, fuzzed). Pages send a
// Content-Security-Policy that allows only the server's own scripts. The
// server is read-only (GET and HEAD only), listens on loopback unless told
// otherwise, refuses Host headers other than its own when it does (DNS
// rebinding), bounds every listing (limits and pages) and times every
// request out.
//
// # Indicators
//
// /indicators, /compare, /progress and /series (and their /api/ answers)
// show graph.Compare, graph.Progress and graph.Series, the same functions
// as `policygraph query compare|progress|series`; their charts are drawn by
// package chart, which escapes every text it writes, so they are inlined
// in the page as they come.
package serve
