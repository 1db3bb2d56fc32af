package pipeline_test

import (
	"flag"
	"os"
	"testing"
)

// TestMain bounds the time the fuzzer spends shrinking each new input
// to 5 s unless -fuzzminimizetime says otherwise. With Go's default of
// 60 s, FuzzExtract (a millisecond an input, on seeds of whole
// articles) spent nearly all its time minimizing, executions the
// fuzzer does not count: about 9 a second were reported.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.fuzzminimizetime" })
	if f := flag.Lookup("test.fuzzminimizetime"); f != nil && !set {
		f.Value.Set("5s")
	}
	os.Exit(m.Run())
}
