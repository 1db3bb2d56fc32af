package decode

import (
	"testing"
)

// benchText is about 1 MB of Vietnamese news text, the sample repeated.
func benchText(b *testing.B) string {
	b.Helper()
	text := readSample(b)
	out := make([]byte, 0, 1<<20+len(text))
	for len(out) < 1<<20 {
		out = append(out, text...)
	}
	return string(out)
}

func benchDecode(b *testing.B, name, as string) {
	in := encodeLossy(b, benchText(b), name)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := Decode(in, as)
		if err != nil || res.Encoding != name {
			b.Fatalf("%q, %v", res.Encoding, err)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	b.Run("detect", func(b *testing.B) { benchDecode(b, UTF8, "") })
	b.Run("named", func(b *testing.B) { benchDecode(b, UTF8, UTF8) })
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	b.Run("detect", func(b *testing.B) { benchDecode(b, TCVN3, "") })
	b.Run("named", func(b *testing.B) { benchDecode(b, TCVN3, TCVN3) })
}

func BenchmarkDecodeVNI(b *testing.B) {
	b.Run("detect", func(b *testing.B) { benchDecode(b, VNI, "") })
	b.Run("named", func(b *testing.B) { benchDecode(b, VNI, VNI) })
}

func BenchmarkDecodeWindows1258(b *testing.B) {
	benchDecode(b, Windows1258, Windows1258)
}

func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{UTF8, TCVN3, VNI, Windows1258} {
		b.Run(name, func(b *testing.B) {
			in := encodeLossy(b, benchText(b), name)
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if d := Detect(in); d != name {
					b.Fatalf("Detect = %q", d)
				}
			}
		})
	}
}
