package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// LockedError says that another process is publishing to the same folder.
type LockedError struct {
	Dst     string
	PID     int       // 0 when the holder did not say
	Started time.Time // zero when the holder did not say
}

func (e *LockedError) Error() string {
	who := "another build"
	if e.PID > 0 {
		who += fmt.Sprintf(" (pid %d", e.PID)
		if !e.Started.IsZero() {
			who += ", started " + e.Started.Format(time.RFC3339)
		}
		who += ")"
	}
	return fmt.Sprintf("%s is publishing to %s; try again when it has finished", who, e.Dst)
}

// Lock is held by a build for as long as it may write beside or into a published folder.
type Lock struct {
	f    *os.File
	path string
}

// LockPath is the lock file of dst: a hidden file beside it (never inside it, so it is not
// published and survives the swap).
func LockPath(dst string) string {
	dst = filepath.Clean(dst)
	return filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)+".lock")
}

// Acquire takes the lock of dst without waiting. When another process holds it, the error is
// a *LockedError naming that process. The lock is released by Release or when the process
// ends, however it ends (the operating system drops it), so a killed build never leaves a
// stale lock behind. The lock file itself stays; it holds the pid and start time of the
// latest holder.
func Acquire(dst string) (*Lock, error) {
	path := LockPath(dst)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("publish: lock: %w", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		if err == errHeld {
			le := &LockedError{Dst: dst}
			le.PID, le.Started = readHolder(path)
			return nil, le
		}
		return nil, fmt.Errorf("publish: lock %s: %w", path, err)
	}
	// Say who holds it, for the message a second build prints.
	f.Truncate(0)
	f.WriteAt([]byte(fmt.Sprintf("pid %d\nstarted %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))), 0)
	return &Lock{f: f, path: path}, nil
}

// Release gives the lock up. It may be called more than once.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	unlock(l.f)
	l.f.Close()
	l.f = nil
}

func readHolder(path string) (pid int, started time.Time) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, time.Time{}
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(line, " ")
		switch k {
		case "pid":
			pid, _ = strconv.Atoi(v)
		case "started":
			started, _ = time.Parse(time.RFC3339, v)
		}
	}
	return pid, started
}
