package generate

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachParallel calls do(i) for every i in [0, n) on up to GOMAXPROCS goroutines. Each
// goroutine gets its own do from newWorker, so it can keep buffers and renderers that are not
// safe to share. What a page contains never depends on which goroutine wrote it or when, so
// the project is the same file for file however the work is scheduled.
//
// After a failure no new index is started; the error returned is the one of the lowest index
// that failed, so the same input reports the same error.
func eachParallel(n int, newWorker func() func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		do := newWorker()
		for i := range n {
			if err := do(i); err != nil {
				return err
			}
		}
		return nil
	}
	var (
		next    atomic.Int64
		failed  atomic.Bool
		mu      sync.Mutex
		errAt   = n
		firstEr error
		wg      sync.WaitGroup
	)
	for range workers {
		do := newWorker()
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := do(i); err != nil {
					mu.Lock()
					if i < errAt {
						errAt, firstEr = i, err
					}
					mu.Unlock()
					failed.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	return firstEr
}
