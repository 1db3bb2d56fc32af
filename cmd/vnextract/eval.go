package main

import (
	"context"
	"fmt"
	"io"
)

func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vnextract eval: not built yet")
	return exitUsage
}
