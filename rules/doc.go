// Package rules reads the rule files that drive policygraph's extractors:
// YAML files of macros, lexicons, gazetteers (regions, agencies, with TSV
// data files), pattern rules (regexp2, with anchors and a match window),
// boilerplate rules and the indicator catalogue. The shipped files are
// embedded (rules/default); users add or override them by id.
//
// Load parses with positions, merges overrides and checks everything it
// can: unknown keys, bad patterns, every reference ({macro}, {lexicon},
// @anchors, near:), and — through ExtractContract — the roles, lexicons,
// attrs and gazetteer attributes the extractor reads. Every mistake is
// reported as file:line:column with a hint (a did-you-mean where a name is
// close to a known one); lexicons nothing reads are warnings.
//
// The package knows nothing of how the extractor uses a rule beyond that
// contract: package extract compiles a Set. The extractor's Chinese
// vocabulary is all here, down to its text basics (default/text.yaml:
// level words, particles, five-year plans, date patterns), so a user can
// override any word of it by id.
package rules
