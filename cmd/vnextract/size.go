package main

import (
	"fmt"
	"strconv"
	"strings"
)

// parseSize reads a byte count written as a number with an optional
// unit: B, KB/MB/GB (powers of 1000) or KiB/MiB/GiB (powers of 1024),
// in any letter case.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	units := []struct {
		suffix string
		mult   int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12}, {"b", 1}}
	mult := int64(1)
	for _, u := range units {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 || n*float64(mult) >= 1<<62 {
		return 0, fmt.Errorf("%q is not a size; write it as 512MiB, 2GB or a number of bytes", s)
	}
	return int64(n * float64(mult)), nil
}
