package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1 // invalid data or a failed phase
	ExitUsage   = 2 // wrong command line
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets to talk to the world.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
}

// usageError marks errors that are the caller's fault; they exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries a specific exit code with an error already reported.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func commands() []command {
	return []command{
		{"build", "load, validate, derive, render the site and build its search index", runBuild},
		{"check", "load and validate the data only", runCheck},
		{"serve", "build (unless --no-build), then serve the site and its search on localhost", runServe},
		{"import", "turn a published list (HTML, XLSX or CSV) into data/lists files", runImport},
		{"import-registry", "fill in credit codes, organisation codes, industries and addresses the registry lacks (CSV or XLSX)", runImportRegistry},
		{"sample", "write the fictional sample data set (data/ and content/cases/)", runSample},
	}
}

// Run executes the command line args (without the program name) and returns the exit code.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		mainUsage(stderr)
		return ExitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		mainUsage(stdout)
		return ExitOK
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, e, args[1:])
		var ue usageError
		var ee exitError
		switch {
		case err == nil:
			return ExitOK
		case errors.Is(err, flag.ErrHelp):
			return ExitOK
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "%s %s: %s\nRun '%s %s --help' for usage.\n", progName, name, ue.msg, progName, name)
			return ExitUsage
		case errors.As(err, &ee):
			return ee.code
		default:
			fmt.Fprintf(stderr, "%s %s: %v\n", progName, name, err)
			return ExitFailure
		}
	}
	fmt.Fprintf(stderr, "%s: unknown command %q\n", progName, name)
	mainUsage(stderr)
	return ExitUsage
}

const progName = "cpportal"

func mainUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s <command> [flags]\n\nCommands:\n", progName)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun '%s <command> --help' for a command's flags.\n", progName)
}

// newFlags makes a flag set that reports errors as usage errors and prints help to stdout.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: %s %s %s\n\nFlags:\n", progName, name, synopsis)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse parses flags; --help prints usage and returns flag.ErrHelp. Positional arguments are
// returned; want says how many are allowed (-1: any).
func parse(fs *flag.FlagSet, args []string, want int) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err // the flag set has printed its usage
		}
		return nil, usageError{err.Error()}
	}
	rest := fs.Args()
	if want >= 0 && len(rest) != want {
		if len(rest) > want {
			return nil, usageError{fmt.Sprintf("unexpected argument %q", strings.Join(rest[want:], " "))}
		}
		return nil, usageError{"missing argument"}
	}
	return rest, nil
}
