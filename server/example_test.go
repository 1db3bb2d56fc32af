package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/server"
)

// Serve a pipeline (here on a test listener; vnextract serve uses
// Server.Serve with graceful shutdown) and send it one document.
func Example() {
	p, err := pipeline.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := server.New(p, server.Config{Version: "vnextract example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	resp, err := http.Post(ts.URL+"/v1/extract?id=tin.txt", "text/plain",
		strings.NewReader("Ngày 5-1-2026, Đại tá Trần Quốc Bảo dự lễ ra quân huấn luyện."))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var doc struct {
		ID       string
		Mentions []struct{ Type, Text string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, doc.ID)
	for _, m := range doc.Mentions {
		fmt.Println(m.Type, m.Text)
	}
	// Output:
	// 200 tin.txt
	// date Ngày 5-1-2026
	// rank Đại tá
	// person Trần Quốc Bảo
}
