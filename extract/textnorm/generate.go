package textnorm

//go:generate go run ./internal/gent2s -in ../../../shared/data/opencc -out t2s_table.go
//go:generate go run ./internal/genradicals -in internal/genradicals/EquivalentUnifiedIdeograph.txt -out radicals_table.go
