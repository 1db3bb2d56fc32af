// Command vnextract extracts ranks, persons, positions, organizations,
// locations, counts, dates, terms and laws from Vietnamese military and
// political reports and writes them as JSON, JSON Lines and other
// report formats. Run "vnextract help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/vnextract/vnextract/pipeline/buildinfo"
)

// Exit codes, documented in --help.
const (
	exitOK     = 0 // every document processed
	exitFailed = 1 // some documents failed; the report lists them
	exitUsage  = 2 // the command line or a rule file is wrong
	exitRun    = 3 // the run itself failed: output, memory, interrupt
)

// version may be set by the build (-ldflags "-X main.version=…");
// otherwise the module version or VCS revision the go command recorded
// names the build (see toolVersion).
var version = ""

// toolVersion names this build: "v1.2.0" for a go install …@v1.2.0,
// "(devel) REVISION TIME" for a build from a checkout.
func toolVersion() string { return buildinfo.Version(version) }

const usage = `vnextract reads Vietnamese military and political reports and writes
structured records: ranks, persons, positions, organizations, locations,
counts, dates, terms and laws, with each person linked to the rank and
positions the text gives them.

Usage:
  vnextract extract [flags] PATH...   extract entities (PATH: file, directory, or - for stdin)
  vnextract explain [flags] FILE      show, sentence by sentence, what matched and why
  vnextract eval --gold DIR [flags]   score a report or a run against gold files
  vnextract people [flags] JSONL...   one record per person across JSON Lines reports
  vnextract serve [--addr HOST:PORT]  HTTP/JSON service (default 127.0.0.1:8080)
  vnextract version                   print the version

Run "vnextract COMMAND --help" for a command's flags and examples.

Exit status: 0 every document processed; 1 some documents failed (they are
listed in the report with their error, and on stderr); 2 usage error or bad
rule file; 3 the run itself failed (the report could not be written, e.g.
disk full; out of memory; interrupted). On Linux, extract and people run as
the child of a small supervisor process, so that a crash of Go's runtime
(which exits 2) or a kill by the kernel's out-of-memory killer is exit 3
with a line saying so.
`

func main() {
	// Each document's garbage dies young and the live heap stays small,
	// so collecting less often buys throughput at little memory cost;
	// GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	asChild()
	if supervised(os.Args[1:]) {
		if code, ok := supervise(os.Args[1:], os.Stderr); ok {
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "explain":
		return runExplain(ctx, rest, stdin, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, stdin, stdout, stderr)
	case "people":
		return runPeople(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "vnextract", toolVersion())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "vnextract: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

// usageError marks errors that are the user's command line.
type usageError struct{ error }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "vnextract:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitRun
}

// newFlagSet makes a command's flag set: errors and --help go to stderr,
// and --help prints help, then the flags.
func newFlagSet(name, help string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, help); fs.PrintDefaults() }
	return fs
}

// parseFlags parses args; when it returns false the command ends with
// the exit code it gives (0 for --help, 2 for a bad flag).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return 0, true
}
