package rules

//go:generate go run ./internal/gendivisions -in ../../shared/data/divisions -out default/divisions.tsv
//go:generate go run ./internal/genblockers -out default/region-blockers.txt -overlaps default/region-overlaps.txt -overlaps-right default/region-overlaps-right.txt
