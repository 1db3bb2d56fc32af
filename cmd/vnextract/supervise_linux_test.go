package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startSupervised starts a streaming run (see startStreaming) and
// returns it with its child, the supervised run.
func startSupervised(t *testing.T) (*exec.Cmd, int, *bytes.Buffer) {
	t.Helper()
	cmd, stderr := startStreaming(t)
	return cmd, childOf(t, cmd.Process.Pid), stderr
}

// childOf is the one child process of pid. On a loaded machine the
// supervisor may not have started it yet, so it waits up to 10 s.
func childOf(t *testing.T, pid int) int {
	t.Helper()
	var f []string
	for range 200 {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
		if err != nil {
			t.Skipf("no /proc children list: %v", err)
		}
		if f = strings.Fields(string(b)); len(f) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(f) != 1 {
		t.Fatalf("the run has children %v; want the one supervised run", f)
	}
	child, _ := strconv.Atoi(f[0])
	return child
}

// waitExit waits for cmd and returns its exit code.
func waitExit(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the run did not end within 20 s")
	}
	return cmd.ProcessState.ExitCode()
}

// Finding 7: Go's runtime ends a crashed process (out of memory, a fatal
// signal) with status 2, the usage code, and the kernel's out-of-memory
// killer with SIGKILL and no word. Both are exit 3 with a line saying so.
// SIGQUIT makes the runtime crash as out of memory would (a fatal error
// with its report); SIGKILL stands for the OOM killer.
func TestSupervisorReportsCrashAndKill(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		want string
	}{
		{syscall.SIGQUIT, "vnextract: the run crashed (Go's runtime ended it; its report is above)"},
		{syscall.SIGKILL, "vnextract: the run was killed (SIGKILL), most likely by the kernel for want of memory"},
	} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			cmd, child, stderr := startSupervised(t)
			if err := syscall.Kill(child, tc.sig); err != nil {
				t.Fatal(err)
			}
			if code := waitExit(t, cmd); code != exitRun {
				t.Errorf("exit %d, want %d", code, exitRun)
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr lacks %q:\n%.2000s", tc.want, stderr.String())
			}
		})
	}
}

// A usage error and a failed document keep their codes through the
// supervisor, and its child inherits the streams.
func TestSupervisorKeepsExitCodes(t *testing.T) {
	bin := binary(t)
	out, err := exec.Command(bin, "extract", "--format", "nope", "x").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitUsage || !strings.Contains(string(out), `unknown format "nope"`) {
		t.Errorf("bad flag: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "extract", "--input", "jsonl", "--format", "jsonl", "-")
	cmd.Stdin = strings.NewReader("{\"id\":\"ok\",\"text\":\"Đại tá Lê An\"}\nnot json\n")
	out, err = cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitFailed || strings.Count(string(out), "\n") != 2 {
		t.Errorf("one bad line: %v\n%s", err, out)
	}
}

// Killing the supervisor takes its child with it: no run goes on
// writing unwatched.
func TestSupervisorTakesChildAlong(t *testing.T) {
	cmd, child, _ := startSupervised(t)
	cmd.Process.Kill()
	waitExit(t, cmd)
	for range 100 {
		if err := syscall.Kill(child, 0); err == syscall.ESRCH {
			return
		}
		// A zombie until reaped by init counts as gone.
		if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", child)); err == nil && strings.Contains(string(b), ") Z ") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("child %d still runs after its supervisor was killed", child)
}
