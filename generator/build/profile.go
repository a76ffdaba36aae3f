package build

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// Profiling for performance work, kept out of the command line: when CPPORTAL_CPUPROFILE names a
// file, a build (and a check) writes a CPU profile of the whole run to it; CPPORTAL_MEMPROFILE
// likewise writes a heap profile (allocations since start, live objects at the end). Read them
// with `go tool pprof`. Both are off unless set, and neither changes anything the build writes.
const (
	cpuProfileEnv = "CPPORTAL_CPUPROFILE"
	memProfileEnv = "CPPORTAL_MEMPROFILE"
)

// startProfiles starts what the environment asks for and returns the function that finishes
// it. Failures to profile are reported on log and never fail the build.
func startProfiles(log io.Writer) (stop func()) {
	cpuPath, memPath := os.Getenv(cpuProfileEnv), os.Getenv(memProfileEnv)
	if cpuPath == "" && memPath == "" {
		return func() {}
	}
	var cpu *os.File
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(log, "warning: no CPU profile: %v\n", err)
		} else {
			cpu = f
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if memPath != "" {
			writeHeapProfile(memPath, log)
		}
	}
}

func writeHeapProfile(path string, log io.Writer) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(log, "warning: no heap profile: %v\n", err)
		return
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintf(log, "warning: no heap profile: %v\n", err)
	}
}
