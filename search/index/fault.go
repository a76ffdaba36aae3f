package index

import (
	"errors"
	"fmt"
	"runtime/debug"
)

// ErrDamaged means the index's files changed or broke under the open index (a memory fault
// reading its mapped segment, for instance after the file was truncated): the open index
// must not be used again; open it afresh.
var ErrDamaged = errors.New("the search index is damaged")

// guarded runs one search with memory faults turned into an error. bleve reads its segment
// files through memory mappings; a mapped file cut short under it makes the next read fault
// (SIGBUS), which would end the process. SetPanicOnFault applies only to the goroutine that
// sets it, so everything reading the mapping during a search must run on this goroutine:
// the queries used (term, match, phrase, conjunction, disjunction, a term query on _id in
// place of bleve's document-id query) do; bleve's document-id, match-all, prefix, fuzzy,
// regexp and range searchers read segments on goroutines of their own and are not used for
// searching. Once the index has faulted, every later search reports ErrDamaged at once.
func (ix *Index) guarded(run func() (Result, error)) (res Result, err error) {
	if ix.damaged.Load() {
		return Result{}, ErrDamaged
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if v := recover(); v != nil {
			if fault, ok := v.(interface{ Addr() uintptr }); ok {
				ix.damaged.Store(true)
				res, err = Result{}, fmt.Errorf("%w: %v (fault at %#x)", ErrDamaged, v, fault.Addr())
				return
			}
			panic(v)
		}
	}()
	return run()
}

// Damaged reports whether a search has found the index damaged.
func (ix *Index) Damaged() bool { return ix.damaged.Load() }
