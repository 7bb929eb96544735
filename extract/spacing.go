package extract

// Letter-spaced headings: a PDF sets a title or a heading with a blank
// between its characters (政 府 工 作 报 告, 2023 年 工 作 回 顾), and its text
// keeps the blanks. Left in, the title is no report's and the heading no
// part's (tense.go), and the words of every lexicon miss it.

// letterSpaced returns, in order, the indices of the blanks of a text's
// letter-spaced runs: three or more characters in a row with blanks
// between them (one to three spaces, as many between every two of a run),
// two of them Han at least and the rest digits, each alone between blanks
// but the first, which may end a word, and the last, which may open one.
// A caller removes them (Text.Without). Words of two characters or more
// with blanks between them (中国 美国 日本, a table's cells) are no run.
func letterSpaced(rs []rune) (drops []int) {
	unit := func(r rune) bool { return isHan(r) || r >= '0' && r <= '9' }
	for i := 0; i < len(rs); {
		if !unit(rs[i]) {
			i++
			continue
		}
		// A run may start at i: blanks follow, then a unit. rs[i] may end
		// a word (2023年 工 作: 年), and its last unit may open one.
		gap := 0
		for i+1+gap < len(rs) && rs[i+1+gap] == ' ' && gap < 3 {
			gap++
		}
		if gap == 0 || i+1+gap >= len(rs) || !unit(rs[i+1+gap]) {
			i++
			continue
		}
		units, han := []int{i}, 0
		if isHan(rs[i]) {
			han++
		}
		j := i
		for {
			k := j + 1 + gap
			if k >= len(rs) || !unit(rs[k]) {
				break
			}
			units = append(units, k)
			if isHan(rs[k]) {
				han++
			}
			if k+1 < len(rs) && unit(rs[k+1]) {
				break // rs[k] opens a word: the run's last (…回 顾报告)
			}
			j = k
			n := 0 // the next blanks must be as many
			for j+1+n < len(rs) && rs[j+1+n] == ' ' {
				n++
			}
			if n != gap {
				break
			}
		}
		if len(units) >= 3 && han >= 2 {
			for _, u := range units[:len(units)-1] {
				for b := u + 1; b <= u+gap; b++ {
					drops = append(drops, b)
				}
			}
			i = units[len(units)-1] + 1
			continue
		}
		i++
	}
	return drops
}
