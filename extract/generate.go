package extract

// The word lists that keep region names from matching inside common words
// are made from gse's dictionary and the compiled region names, so their
// generator lives here, beside the extractor it compiles; it writes them
// into the rule set.
//go:generate go run ./internal/genblockers -out ../rules/default/region-blockers.txt -overlaps ../rules/default/region-overlaps.txt -overlaps-right ../rules/default/region-overlaps-right.txt -words ../rules/default/region-words.txt
