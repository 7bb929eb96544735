package extract

import "sort"

// sentences splits normalised text into sentences: runs ending at 。！？；
// (and their ASCII forms) or a line break. Clause boundaries (，、：) are
// kept separately, so extractors can ask for either.
type sentences struct {
	ends    []int // exclusive end of each sentence, ascending
	clauses []int // exclusive end of each clause, ascending
	n       int
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '、', '：', ':':
		return true
	}
	return isSentenceEnd(r)
}

func splitSentences(text []rune) *sentences {
	s := &sentences{n: len(text)}
	for i, r := range text {
		if isSentenceEnd(r) {
			s.ends = append(s.ends, i+1)
		}
		if isClauseEnd(r) {
			s.clauses = append(s.clauses, i+1)
		}
	}
	if len(s.ends) == 0 || s.ends[len(s.ends)-1] != len(text) {
		s.ends = append(s.ends, len(text))
	}
	if len(s.clauses) == 0 || s.clauses[len(s.clauses)-1] != len(text) {
		s.clauses = append(s.clauses, len(text))
	}
	return s
}

func around(ends []int, i int) span {
	k := sort.SearchInts(ends, i+1) // first end > i
	start := 0
	if k > 0 {
		start = ends[k-1]
	}
	end := len(ends)
	if k < len(ends) {
		end = ends[k]
	} else if len(ends) > 0 {
		end = ends[len(ends)-1]
	}
	return span{start, end}
}

// sentence returns the sentence containing rune i.
func (s *sentences) sentence(i int) span { return around(s.ends, i) }

// clause returns the clause containing rune i.
func (s *sentences) clause(i int) span { return around(s.clauses, i) }
