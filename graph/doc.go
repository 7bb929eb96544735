// Package graph is policygraph's vocabulary and its in-memory knowledge graph.
//
// It defines the kinds of entity the tool extracts ([Region], [Agency], [Plan],
// [Amount], [Target], plus [Document]; and the measures of the indicator
// catalogue, [Indicator], with the past values of them, [Observation], which
// are never targets), the typed relations between them
// ([Rel]), the evidence that ties every fact to a byte span of a document, and
// the per-document [Record] whose first fields follow the shared extraction
// guidelines (../shared/eval/GUIDELINES.md) exactly.
//
// A [KG] is the whole graph loaded into memory (from the store, or built from
// records). Queries and exporters are pure functions over a KG, and every
// listing they return is sorted, so the same graph always gives the same bytes.
//
// # Identity
//
// Nodes are identified by an [ID] of the form "kind:key". Regions, agencies
// and plans are keyed by their canonical name, so two documents that mention
// 深圳市 share one node; a region name shared by several divisions (朝阳区 in
// Beijing and in Changchun) is keyed "朝阳区#110105" once the division is
// known. Amounts and targets are facts stated by a document, keyed by their
// scope (the plan they belong to, or the document) and their values; an
// observation by its document, indicator, period and region; an indicator by
// its canonical name.
//
// # Indicators
//
// [Compare], [Progress] and [Series] line targets and observations of one
// indicator up across regions and years; [FindIndicator] takes a name or an
// alias.
//
// # Caveats
//
// Attribute values are strings; numeric attributes (value, value_max, year)
// are written with [FormatFloat] so that they sort and compare canonically.
package graph
