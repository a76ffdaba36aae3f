// Package cli is the portal's command line: build, check, serve, import and sample.
//
// In: the arguments, the environment (SOURCE_DATE_EPOCH) and two writers. Out: an exit code —
// 0 on success, 1 when the data is invalid or a phase failed, 2 on wrong usage — with results on
// stdout and progress, problems and errors on stderr. main.go is a thin wrapper around Run, so
// every command is testable in-process (see the testscript files in testdata/script at the
// repository root).
package cli
