//go:build tools

// Package vnextract pins dependencies that packages under construction will
// import; this file goes away once they do.
package vnextract

import (
	_ "github.com/clipperhouse/uax29/v2/words"
	_ "github.com/xuri/excelize/v2"
	_ "golang.org/x/net/html"
	_ "golang.org/x/term"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/text/unicode/norm"
	_ "gopkg.in/yaml.v3"
)
