package decode_test

import (
	"fmt"

	"github.com/vnextract/vnextract/pipeline/decode"
)

func ExampleDecode() {
	// "Quân đội nhân dân Việt Nam" as a VNI-Windows file holds it: each
	// letter is a base letter and a mark byte (â is a+0xE2, ộ is o+0xE4).
	input := []byte("Qua\xe2n \xf1o\xe4i nha\xe2n da\xe2n Vie\xe4t Nam")
	res, err := decode.Decode(input, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Encoding)
	fmt.Println(res.Text)
	// Output:
	// vni
	// Quân đội nhân dân Việt Nam
}

func ExampleDecode_warnings() {
	// UTF-8 with one stray windows-1252 byte: still UTF-8, the byte becomes
	// U+FFFD and a warning gives its offset in the input.
	res, err := decode.Decode([]byte("Bộ Quốc phòng \x96 Hà Nội"), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Encoding, res.Text)
	for _, w := range res.Warnings {
		fmt.Println(w.Offset, w.Message)
	}
	// Output:
	// utf-8 Bộ Quốc phòng � Hà Nội
	// 19 invalid UTF-8 at byte 19
}

func ExampleDetect() {
	tcvn3, _ := decode.Encode("Đại tướng Phan Văn Giang", decode.TCVN3)
	fmt.Printf("%q\n", tcvn3)
	fmt.Println(decode.Detect(tcvn3))
	// Output:
	// "\xa7\xb9i t\xad\xedng Phan V\xa8n Giang"
	// tcvn3
}
