package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
)

// Go's runtime ends a process that runs out of memory, or hits any fatal
// error, with exit status 2: the status this command keeps for usage
// errors. The kernel's out-of-memory killer ends it with no message at
// all. Scripts over big batches must tell those from a typo, so a batch
// command runs as the child of a small supervisor (this same program),
// which reports the child's crash or death as exit 3 with a line that
// says what happened.

// superviseEnv is set in the child's environment; its value is the file
// descriptor the child's runtime writes its crash report to.
const superviseEnv = "VNEXTRACT_SUPERVISED"

// crashFD is the child's descriptor for the crash pipe: the first of
// exec.Cmd's ExtraFiles.
const crashFD = 3

// supervised reports whether command cmd should run under a supervisor:
// the batch commands, when this process is not already the child.
func supervised(args []string) bool {
	if os.Getenv(superviseEnv) != "" || len(args) == 0 {
		return false
	}
	return args[0] == "extract" || args[0] == "people"
}

// asChild, in a supervised child, sends the runtime's crash report to the
// supervisor as well as to stderr.
func asChild() {
	if os.Getenv(superviseEnv) != fmt.Sprint(crashFD) {
		return
	}
	f := os.NewFile(crashFD, "crash")
	if f == nil {
		return
	}
	// SetCrashOutput keeps a duplicate of the descriptor.
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err == nil {
		f.Close()
	}
}

// supervise runs this program again, with the same arguments and standard
// streams, as a child it forwards signals to, and returns the exit status
// for the run. ok is false when the child cannot be started; the caller
// then runs the command itself.
func supervise(args []string, stderr io.Writer) (code int, ok bool) {
	// The child is killed if this process dies (Pdeathsig); the kernel ties
	// that to the thread that started it, so that thread must live on.
	runtime.LockOSThread()
	r, w, err := os.Pipe()
	if err != nil {
		return 0, false
	}
	defer r.Close()
	cmd := exec.Command("/proc/self/exe", args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.ExtraFiles = []*os.File{w}
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", superviseEnv, crashFD))
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	// Signals come before the start, so that none is lost in between;
	// each is passed on to the child, which handles it as it would alone.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	if err := cmd.Start(); err != nil {
		w.Close()
		return 0, false
	}
	w.Close()
	type crash struct {
		crashed bool
		reason  string
	}
	crashes := make(chan crash, 1)
	go func() {
		c, why := crashReport(r)
		crashes <- crash{c, why}
	}()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case s := <-sigs:
			cmd.Process.Signal(s)
			continue
		case err = <-done:
		}
		break
	}
	report := <-crashes
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		fmt.Fprintln(stderr, "vnextract:", err)
		return exitRun, true
	}
	status, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	switch {
	case report.crashed:
		why := "Go's runtime ended it; its report is above"
		if report.reason != "" {
			why = report.reason
		}
		fmt.Fprintf(stderr, "vnextract: the run crashed (%s); a report it was writing is incomplete. Out of memory? Try --max-memory or fewer --workers.\n", why)
		return exitRun, true
	case status.Signaled() && status.Signal() == syscall.SIGKILL:
		fmt.Fprintln(stderr, "vnextract: the run was killed (SIGKILL), most likely by the kernel for want of memory; a report it was writing is incomplete. Try --max-memory or fewer --workers.")
		return exitRun, true
	case status.Signaled():
		// Another signal the child did not handle (SIGPIPE on a closed
		// pipe, say): end the same way, so a shell sees what it would
		// have seen without the supervisor.
		s := status.Signal()
		signal.Reset(s)
		syscall.Kill(os.Getpid(), s)
		return 128 + int(s), true
	}
	return cmd.ProcessState.ExitCode(), true
}

// crashReport reads the crash pipe to its end (so that the child never
// blocks on it). It returns whether the child crashed and, when the
// report says, what went wrong: its "fatal error: …" or "panic: …" line.
// (An out-of-memory crash prints its reason to stderr only.)
func crashReport(r io.Reader) (crashed bool, reason string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64<<10)
	for sc.Scan() {
		crashed = true
		t := strings.TrimSpace(sc.Text())
		if reason == "" && (strings.HasPrefix(t, "fatal error: ") || strings.HasPrefix(t, "panic: ")) {
			reason = t
		}
	}
	// A line longer than the buffer ends the scan: drain the rest.
	n, _ := io.Copy(io.Discard, r)
	return crashed || n > 0, reason
}
