package index

import (
	"encoding/json"
	"slices"
)

// Contents returns every document of the index as one line of JSON (its stored fields, the
// text included), in the order of their addresses: what the index holds, independent of how
// its files are laid out. Two indexes that answer every search alike give the same lines.
func (ix *Index) Contents() ([]string, error) {
	docs, err := ix.StoredDocuments()
	if err != nil {
		return nil, err
	}
	lines := make([]string, len(docs))
	for i, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		lines[i] = string(b)
	}
	slices.Sort(lines)
	return lines, nil
}
