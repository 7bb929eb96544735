package rules

//go:generate go run ./internal/gendivisions -in ../../shared/data/divisions -out default/divisions.tsv
