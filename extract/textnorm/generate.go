package textnorm

//go:generate go run ./internal/gent2s -in ../../../shared/data/opencc -chars t2s_chars.txt -phrases t2s_phrases.txt
//go:generate go run ./internal/genradicals -in internal/genradicals/EquivalentUnifiedIdeograph.txt -out radicals.txt
