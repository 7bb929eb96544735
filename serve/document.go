package serve

import (
	"fmt"
	"html/template"
	"os"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
)

// KindCount is how many mentions of one kind a document has.
type KindCount struct {
	Kind  string `json:"kind"`
	Count int    `json:"count"`
}

// DocEntity is one entity a document mentions, with how often.
type DocEntity struct {
	ID       graph.ID   `json:"id"`
	Kind     graph.Kind `json:"kind"`
	Name     string     `json:"name"`
	Mentions int        `json:"mentions"`
}

// DocResult answers /api/doc.
type DocResult struct {
	Source    string        `json:"source"`
	Node      *graph.Node   `json:"node"`
	Text      string        `json:"text"`
	Truncated bool          `json:"truncated,omitempty"` // text cut at maxDocumentText bytes
	Marks     []mark        `json:"marks"`
	Kinds     []KindCount   `json:"kinds"`
	Entities  []DocEntity   `json:"entities"`
	HTML      template.HTML `json:"-"`
	Skipped   int           `json:"skipped_marks,omitempty"` // overlapping marks not drawn
	// Dropped is what boilerplate removal took out, when asked for and
	// the source file is still there, unchanged.
	Dropped    []DroppedLine `json:"dropped,omitempty"`
	DroppedErr string        `json:"dropped_error,omitempty"`
}

// DroppedLine is a line of the source that boilerplate removal dropped
// (Whole) or shortened.
type DroppedLine struct {
	Line  int    `json:"line"` // 1-based, in the text without removal
	Text  string `json:"text"`
	Whole bool   `json:"whole"`
}

func document(r graph.Reader, src string) (*DocResult, error) {
	id := graph.NewID(graph.Document, src)
	n := r.Node(id)
	if n == nil {
		return nil, notFound("no document %q", src)
	}
	res := &DocResult{Source: src, Node: n, Text: r.Text(src), Marks: []mark{}, Kinds: []KindCount{}, Entities: []DocEntity{}}
	counts := map[string]int{}
	for _, e := range r.EdgesOut(id, graph.Mentions) {
		to := r.Node(e.To)
		if to == nil {
			continue
		}
		de := DocEntity{ID: to.ID, Kind: to.Kind, Name: to.Name}
		for _, ev := range r.Evidence(e) {
			if ev.Doc != src {
				continue
			}
			de.Mentions++
			counts[string(to.Kind)]++
			res.Marks = append(res.Marks, mark{Start: ev.Start, End: ev.End, Kind: string(to.Kind), ID: string(to.ID), Name: to.Name, Rule: ev.Rule})
		}
		res.Entities = append(res.Entities, de)
	}
	sort.SliceStable(res.Marks, func(i, j int) bool {
		a, b := res.Marks[i], res.Marks[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.ID < b.ID
	})
	kindOrder := map[graph.Kind]int{}
	for i, k := range graph.EntityKinds {
		kindOrder[k] = i
	}
	sort.SliceStable(res.Entities, func(i, j int) bool {
		a, b := res.Entities[i], res.Entities[j]
		if a.Kind != b.Kind {
			return kindOrder[a.Kind] < kindOrder[b.Kind]
		}
		return a.ID < b.ID
	})
	for _, k := range graph.EntityKinds {
		if c := counts[string(k)]; c > 0 {
			res.Kinds = append(res.Kinds, KindCount{string(k), c})
		}
	}
	text := res.Text
	if len(text) > maxDocumentText {
		cut := maxDocumentText
		for cut > 0 && !boundary(text, cut) {
			cut--
		}
		text, res.Truncated = text[:cut], true
	}
	res.HTML, res.Skipped = highlight(text, res.Marks)
	return res, nil
}

// dropped re-reads the document's source file without and with the
// boilerplate rules and lists the lines removal took out. It reports an
// error when the file is gone or no longer gives the stored text.
func dropped(path, src, stored string, opt ingest.Options) ([]DroppedLine, error) {
	if path == "" {
		return nil, fmt.Errorf("the database does not say which file %s came from", src)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("source file: %w", err)
	}
	read := func(o ingest.Options) (*ingest.Document, error) {
		o.Skip = func(source, _ string) bool { return source != src }
		o.SkipRaw = nil
		docs, errs := ingest.ReadFile(path, o)
		for _, d := range docs {
			if d.Source == src && !d.Skipped {
				return d, nil
			}
		}
		if len(errs) > 0 {
			return nil, fmt.Errorf("source file: %w", errs[0])
		}
		return nil, fmt.Errorf("source file %s no longer holds %s", path, src)
	}
	clean, err := read(opt)
	if err != nil {
		return nil, err
	}
	if clean.Text != stored {
		return nil, fmt.Errorf("source file %s changed since it was extracted (or was extracted with other rules)", path)
	}
	noRules := opt
	noRules.Boilerplate = nil
	raw, err := read(noRules)
	if err != nil {
		return nil, err
	}
	return diffLines(raw.Text, clean.Text), nil
}

// diffLines lists the lines of raw that are not in clean, in order: a
// line of raw that is the next line of clean is kept, one that contains
// it was shortened, any other was dropped whole.
func diffLines(raw, clean string) []DroppedLine {
	rl := strings.Split(raw, "\n")
	cl := strings.Split(clean, "\n")
	var out []DroppedLine
	j := 0
	for i, l := range rl {
		switch {
		case j < len(cl) && l == cl[j]:
			j++
		case j < len(cl) && strings.TrimSpace(cl[j]) != "" && strings.Contains(l, strings.TrimSpace(cl[j])):
			out = append(out, DroppedLine{Line: i + 1, Text: l})
			j++
		case strings.TrimSpace(l) == "":
		default:
			out = append(out, DroppedLine{Line: i + 1, Text: l, Whole: true})
		}
	}
	return out
}
