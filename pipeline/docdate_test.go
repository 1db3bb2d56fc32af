package pipeline

import (
	"context"
	"testing"
)

func TestDocumentDate(t *testing.T) {
	p := newTestPipeline(t)
	tests := []struct{ name, text, want string }{
		{"anniversary range gives its later end", "Kỷ niệm 40 năm thành lập Binh đoàn 15 (20/2/1985-20/2/2025).\nĐơn vị đã hoàn thành tốt nhiệm vụ.", "2025-02-20"},
		{"the report's own year over a founding date", "Ngày 3/3/1955, Sư đoàn 371 được thành lập. Sáng 3/3/2025, Sư đoàn tổ chức lễ kỷ niệm. Năm 2025, đơn vị huấn luyện tốt.", "2025-03-03"},
		{"a publication line wins", "27/05/2018 07:33\nTrong 10 năm qua (2008 - 2018), Tổng công ty phát triển. Năm 2030 sẽ hoàn thành.", "2018-05-27"},
		{"birth years date people, not the report", "Ngày 25-5, Thủ tướng ký quyết định. Ông Lê Đình Thọ sinh năm 1963. Năm 2013, ông được bổ nhiệm.", "2013-05-25"},
		{"a weekday before the date", "Thứ Hai, 5/1/2026\nSư đoàn 390 tổ chức huấn luyện năm 2025.", "2026-01-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Extract(context.Background(), Input{ID: "d.txt", Data: []byte(tt.text)})
			if d.Date != tt.want {
				t.Errorf("date of %q = %q, want %q", tt.text, d.Date, tt.want)
			}
		})
	}
}
