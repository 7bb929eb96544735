// Package extract turns one cleaned document (an ingest.Document) into a
// graph.Record: the regions, agencies, plans, amounts and targets it
// names, each with its evidence (byte span, rule id), plus the indicators
// and observations of the catalogue. An Extractor is compiled once from a
// checked rules.Set and is safe for concurrent use.
//
// # The passes
//
// Extractor.extract runs them in this order, each reading what the earlier
// ones left in the document's state:
//
//  1. prepare: normalise the text (textnorm: width, Traditional →
//     Simplified, radicals; Document.Normalized reuses the lines ingest
//     normalised for its boilerplate rules) and split it into sentences
//     and clauses;
//  2. scan: one pass of the lexicon trie (division forms, agency names and
//     bodies, rule anchors) and the anchored regexp2 rules;
//  3. resolveRegions: accept region mentions (blockers, straddled words,
//     short names that need their parent, people's names, foreign states),
//     then settle ambiguous short names (regions.go);
//  4. findJurisdiction and resolveDeixis: whose document it is, so that
//     我省, 全市 and 省工信厅 have a region (jurisdiction.go);
//  5. findAgencies: central bodies, local bodies with their region prefix,
//     departments, bodies shared by a list of regions, never another
//     country's (agencies.go);
//  6. findPlans: titles in 《》, short forms, issuers (plans.go);
//  7. findAmounts: sums of money (amounts.go);
//  8. findTargets (targets.go), itself a pipeline: targetCandidates →
//     sentenceTenses (tense.go: sections, openers, deadlines) → rejectGoal →
//     describeGoal (metric.go, attach.go: metric, year, plan, region);
//  9. record: the document's facts — the guidelines' lists, the nodes
//     and edges with their evidence (facts.go), the targets' indicators and
//     the observations (indicators.go, observations.go), the amounts'
//     context (amountfacts.go) — computed here as plain values, then handed
//     to graph once (graph.BuildRecord).
//
// `policygraph explain FILE` prints what every pass decided, with the rule
// and the reason.
//
// # Rules and vocabulary
//
// The extractor reads rule kinds, cue roles, lexicons, rule attrs and
// gazetteer attributes by name; rules.ExtractContract declares every one of
// them and `policygraph rules check` holds rule files to it
// (TestContractComplete keeps the contract and this package in step).
// Vocabulary — cue words, section headings, units, foreign prefixes, and
// the text basics of text.yaml (level words such as 省 and 市, particles,
// list words, five-year plans, the date and heading patterns) — lives in
// the rule files (rules/default/*.yaml), not in Go: Compile reads every
// lexicon the passes use once, into fields (lexicons.go), and no pass looks
// a lexicon up by name. The numeral alphabet is package number's; ingest's
// date patterns and the generated tables are embedded data files.
// TestNoHanLiterals fails on any Chinese string or rune literal in the
// package's Go.
package extract
