package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// show renders a match as one line: type, text, byte offsets, value.
func show(src string, m Match) string {
	v := m.Value
	parts := []string{m.Type, fmt.Sprintf("%q", src[m.Start:m.End]), fmt.Sprintf("%d-%d", m.Start, m.End)}
	if v.Number != nil {
		parts = append(parts, fmt.Sprintf("n=%v", *v.Number))
	}
	for _, kv := range [][2]string{{"approx", v.Approx}, {"unit", v.Unit}, {"iso", v.ISO}, {"from", v.From}, {"to", v.To}, {"numeral", v.Numeral}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	return strings.Join(parts, " ")
}

// TestApply checks exact spans (byte offsets into the source) and values
// of the default rules, one type at a time, including what must not be
// found: a nil want means no mention of that type.
func TestApply(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typ, in string
		want    []string
	}{
		// count
		// "tổ chức" after a number counts organizations; "là hai" counts.
		{"count", "Ủy ban Kiểm tra đã kiểm tra 27 tổ chức đảng; đây là hai nội dung chính.", []string{
			"count \"27 tổ chức đảng\" 36-58 n=27 unit=tổ chức đảng",
			"count \"hai nội dung chính\" 70-91 n=2 unit=nội dung chính",
		}},
		// A listed pair of counted nouns stays one unit; other places'
		// words listed after a comma do not go on the unit.
		{"count", "Có 15 xã, thị trấn và 18 xã, phường; 63 tỉnh, thành phố.", []string{
			"count \"15 xã, thị trấn\" 4-24 n=15 unit=xã, thị trấn",
			"count \"18 xã\" 29-35 n=18 unit=xã",
			"count \"63 tỉnh\" 48-57 n=63 unit=tỉnh",
		}},
		// Horsepower written against its number; "chừng" (about) and
		// "nhập" end a count's noun.
		{"count", "Tàu lắp máy 160CV, cách mốc 353 chừng 30 m; bắt 1 tấn pháo hoa nhập lậu.", []string{
			"count \"160CV\" 16-21 n=160 unit=CV",
			"count \"30 m\" 47-51 n=30 unit=m",
			"count \"1 tấn pháo hoa\" 59-76 n=1 unit=tấn pháo hoa",
		}},
		// "1 số" is "một số", some; "đúng 6 giờ" tells the time; "hiện"
		// (now) and "mắc" end a count's noun before it has one.
		{"count", "Cán bộ của đồn và 1 số đơn vị đóng quân; bắt đầu đúng 6 giờ; khu vực 2 hiện đang sáp nhập; loại 3 mắc tật; có 12 xe, 11 luật nói trên.", []string{
			"count \"12 xe\" 152-157 n=12 unit=xe",
			"count \"11 luật\" 159-168 n=11 unit=luật",
		}},
		// A verb ends a count's noun: "mang", "kể", "mức".
		{"count", "Khi cả hai mang ma túy về; 11 luật kể trên; tuyên phạt 2 người mang quốc tịch Lào.", []string{
			"count \"11 luật\" 32-41 n=11 unit=luật",
			"count \"2 người\" 68-78 n=2 unit=người",
		}},
		// A range after "từ" gives two counts, the first taking the
		// second's noun and scale; a date's range gives none.
		{"count", "Phạt từ 12-14 năm tù, từ 18 - 20 triệu đồng, còn từ 16 đến 17 người; từ 20-25 tháng 5 năm 2024.", []string{
			"count \"12\" 12-14 n=12 unit=năm",
			"count \"14 năm tù\" 15-26 n=14 unit=năm tù",
			"count \"18\" 33-35 n=1.8e+07 unit=đồng",
			"count \"20 triệu đồng\" 38-56 n=2e+07 unit=đồng",
			"count \"16\" 68-70 n=16 unit=người",
			"count \"17 người\" 78-89 n=17 unit=người",
		}},
		// A sum after a place's name is no unit's number; an
		// anniversary's years after "Kỷ niệm" count; so do the days of a
		// term in months and days.
		{"count", "Xã Đại Phạm 98.926.000 đồng, Hạ Hòa 5 tỷ đồng. Lễ Kỷ niệm 30 năm Ngày thành lập tỉnh. Nhận sáu tháng 21 ngày tù.", []string{
			"count \"98.926.000 đồng\" 18-36 n=9.8926e+07 unit=đồng",
			"count \"5 tỷ đồng\" 48-62 n=5e+09 unit=đồng",
			"count \"30 năm\" 81-88 n=30 unit=năm",
			"count \"sáu tháng\" 123-134 n=6 unit=tháng",
			"count \"21 ngày\" 135-143 n=21 unit=ngày",
		}},
		// Written small "điều" sends what it counts; capitalized it
		// numbers an article.
		{"count", "Lực lượng điều 8 xe chữa cháy; theo Điều 8 Luật Quốc phòng, Điều 1 sửa đổi.", []string{
			"count \"8 xe chữa cháy\" 23-40 n=8 unit=xe chữa cháy",
		}},
		// A whole unit takes no verb after it.
		// A rate's denominator closes a one-word unit; money stays in
		// "đồng"; degrees of a position are no count.
		{"count", "Cảng đạt 3,5 triệu tấn/năm, giá 34 triệu đồng/người. Tàu ở 13,19 độ vĩ bắc.", []string{
			"count \"3,5 triệu tấn/năm\" 14-36 n=3.5e+06 unit=tấn/năm",
			"count \"34 triệu đồng\" 43-61 n=3.4e+07 unit=đồng",
		}},
		{"count", "Hai bên ký biên bản; bắt 2 đối tượng bỏ lại hàng; 16 ngư dân trên tàu.", []string{
			"count \"Hai bên\" 0-8 n=2 unit=bên",
			"count \"2 đối tượng\" 32-49 n=2 unit=đối tượng",
			"count \"16 ngư dân\" 68-80 n=16 unit=ngư dân",
		}},
		// A noun a number counts follows a name, where a unit's number
		// would not.
		{"count", "Ủy viên Ban Thường vụ 5 đồng chí; Sư đoàn 309 được khen.", []string{
			"count \"5 đồng chí\" 30-44 n=5 unit=đồng chí",
		}},
		// What happened to the counted things ends the unit.
		{"count", "Có 2 tàu hỏng máy, 12 liệt sỹ hy sinh và 3 văn kiện liên quan.", []string{
			"count \"2 tàu\" 4-10 n=2 unit=tàu",
			"count \"12 liệt sỹ\" 24-38 n=12 unit=liệt sỹ",
			"count \"3 văn kiện\" 51-64 n=3 unit=văn kiện",
		}},
		{"count", "Bộ Quốc phòng tặng Bằng khen cho 19 tập thể, 34 cá nhân.", []string{
			"count \"19 tập thể\" 42-56 n=19 unit=tập thể",
			"count \"34 cá nhân\" 58-70 n=34 unit=cá nhân",
		}},
		{"count", "CÔNG AN TỈNH TRIỆT PHÁ 3 ĐƯỜNG DÂY BUÔN LẬU\nTàu cá NA 70517 TS bị nạn.", []string{
			"count \"3 ĐƯỜNG DÂY BUÔN LẬU\" 29-57 n=3 unit=ĐƯỜNG DÂY BUÔN LẬU",
		}},
		{"count", "Ban chấp hành khóa XVII bầu 17 đồng chí; Trung đoàn Tên lửa 238 có 3 tiểu đoàn.", []string{
			"count \"17 đồng chí\" 34-49 n=17 unit=đồng chí",
			"count \"3 tiểu đoàn\" 83-98 n=3 unit=tiểu đoàn",
		}},
		{"count", "Đơn vị quản lý khoảng 368,7 km đường biên giới.", []string{
			"count \"368,7 km đường biên giới\" 31-62 n=368.7 unit=km đường biên giới",
		}},
		{"count", "Tổng giá trị hơn 3 tỷ đồng; mức hỗ trợ 500.000 đồng/học sinh/tháng.", []string{
			"count \"3 tỷ đồng\" 23-37 n=3e+09 unit=đồng",
			"count \"500.000 đồng\" 56-71 n=500000 unit=đồng",
		}},
		{"count", "Thu ngân sách đạt 2,4 triệu tỉ đồng.", []string{
			"count \"2,4 triệu tỉ đồng\" 23-47 n=2.4e+15 unit=đồng",
		}},
		{"count", "Kim ngạch đạt 80,3 triệu USD, tăng 12,5%.", []string{
			"count \"80,3 triệu USD\" 19-35 n=8.03e+07 unit=USD",
			"count \"12,5%\" 43-48 n=12.5 unit=%",
		}},
		// The first end of a range takes the second's scale and unit,
		// unless it is longer ("400 đến 1 tỷ" is 400 million).
		{"count", "Mỗi sổ từ 5 đến 10 triệu đồng; từ 400 đến 1 tỷ đồng.", []string{
			"count \"5\" 16-17 n=5e+06 unit=đồng",
			"count \"10 triệu đồng\" 25-43 n=1e+07 unit=đồng",
			"count \"1 tỷ đồng\" 61-75 n=1e+09 unit=đồng",
		}},
		// A part and its whole are two counts of one noun; a date is
		// neither.
		{"count", "Có 20/34 địa phương đạt; ngày 20/11 các em vui.", []string{
			"count \"20\" 4-6 n=20 unit=địa phương",
			"count \"34 địa phương\" 7-25 n=34 unit=địa phương",
		}},
		{"count", "Tham gia hàng trăm nghìn ngày công, cử hàng trăm lượt cán bộ.", []string{
			"count \"hàng trăm nghìn ngày công\" 9-39 approx=hàng trăm nghìn unit=ngày công",
			"count \"hàng trăm lượt cán bộ\" 46-75 approx=hàng trăm unit=lượt cán bộ",
		}},
		// "một" alone is the article; with a multiplier it counts.
		{"count", "Ban Thường vụ với sáu người, cùng một đại biểu dự khuyết.", []string{
			"count \"sáu người\" 25-38 n=6 unit=người",
		}},
		{"count", "với một trăm đại biểu, 4 bị can, 15 xã, thị trấn và 33,7 tỷ USD; 11 tháng tăng", []string{
			"count \"một trăm đại biểu\" 6-31 n=100 unit=đại biểu",
			"count \"4 bị can\" 33-43 n=4 unit=bị can",
			"count \"15 xã, thị trấn\" 45-65 n=15 unit=xã, thị trấn",
			"count \"33,7 tỷ USD\" 70-83 n=3.37e+10 unit=USD",
			"count \"11 tháng\" 85-94 n=11 unit=tháng",
		}},
		{"count", "Tặng 13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng ba).", []string{
			"count \"13 Huân chương Bảo vệ Tổ quốc\" 7-47 n=13 unit=Huân chương Bảo vệ Tổ quốc",
			"count \"3 hạng nhất\" 49-64 n=3 unit=hạng nhất",
			"count \"1 hạng nhì\" 66-79 n=1 unit=hạng nhì",
			"count \"9 hạng\" 81-89 n=9 unit=hạng",
		}},
		{"count", "Đại tá Nguyễn Văn An, 61 tuổi, sau 11 ngày điều trị.", []string{
			"count \"61 tuổi\" 29-38 n=61 unit=tuổi",
			"count \"11 ngày điều trị\" 44-66 n=11 unit=ngày điều trị",
		}},
		{"count", "Lễ kỷ niệm 70 năm thành lập Trung đoàn; 10 năm ngày thành lập bệnh viện; 5 năm tù; 20 ngày công.", []string{
			"count \"70 năm\" 17-24 n=70 unit=năm",
			"count \"10 năm\" 52-59 n=10 unit=năm",
			"count \"5 năm tù\" 94-104 n=5 unit=năm tù",
			"count \"20 ngày công\" 106-120 n=20 unit=ngày công",
		}},
		{"count", "Tòa tuyên phạt Phan Văn Anh Vũ 15 năm tù, Bùi Văn Thành 30 tháng tù.", []string{
			"count \"15 năm tù\" 37-48 n=15 unit=năm tù",
			"count \"30 tháng tù\" 67-80 n=30 unit=tháng tù",
		}},
		{"count", "Tân binh có tuổi đời từ 18 - 21, số còn lại 22 - 23 tuổi.", []string{
			"count \"18\" 33-35 n=18 unit=tuổi",
			"count \"21\" 38-40 n=21 unit=tuổi",
			"count \"22\" 58-60 n=22 unit=tuổi",
			"count \"23 tuổi\" 63-72 n=23 unit=tuổi",
		}},
		{"date", "Trong hai ngày 18 và 19-9, Bộ Chính trị họp.", []string{
			"date \"18 và 19-9\" 16-27 iso=--09-18/--09-19 from=--09-18 to=--09-19",
		}},
		{"term", "Đại hội lần thứ XI (2025-2030) khai mạc. Ông là đại biểu khóa 12 (2007-2011). Cụ Trần Văn Cung (1906-1977).", []string{
			"term \"lần thứ XI\" 13-27 numeral=XI",
			"term \"2025-2030\" 29-38 from=2025 to=2030",
			"term \"khóa 12 (2007-2011)\" 75-95 from=2007 to=2011",
		}},
		{"date", "Bắt giữ Hứa Văn Quang (1984) và Hứa Văn Quý (1990).", []string{
			"date \"1984\" 30-34 iso=1984",
			"date \"1990\" 57-61 iso=1990",
		}},
		{"term", "Bế mạc Hội diễn Nghệ thuật quần chúng Công an nhân dân lần thứ XI. Đại hội Đảng bộ lần thứ XV.", []string{
			"term \"lần thứ XV\" 115-129 numeral=XV",
		}},
		{"date", "Chiều 29 tháng Chạp và mùng 2 Tết. ASIAD diễn ra từ 18.8 đến 2.9.2018. Giải từ ngày 17 tới 19-1-2026.", []string{
			"date \"29 tháng Chạp\" 8-24",
			"date \"mùng 2 Tết\" 29-42",
			"date \"18.8 đến 2.9.2018\" 65-85 iso=2018-08-18/2018-09-02 from=2018-08-18 to=2018-09-02",
			"date \"ngày 17 tới 19-1-2026\" 99-123 iso=2026-01-17/2026-01-19 from=2026-01-17 to=2026-01-19",
		}},
		{"date", "Kỳ nghỉ lễ dài 30/4, 1/5 sắp tới; chào đón ngày Quốc tế Thiếu nhi 1/6.", []string{
			"date \"30/4\" 22-26 iso=--04-30",
			"date \"1/5\" 28-31 iso=--05-01",
			"date \"1/6\" 87-90 iso=--06-01",
		}},
		{"count", "Một ngày trước đó, trong một tuần, hơn một thập kỷ gắn bó; một ngày nào đó.", []string{
			"count \"Một ngày\" 0-11 n=1 unit=ngày",
			"count \"một tuần\" 33-45 n=1 unit=tuần",
			"count \"một thập kỷ\" 52-69 n=1 unit=thập kỷ",
		}},
		{"count", "Nhân kỷ niệm 45 năm Ngày truyền thống Sư đoàn 309.", []string{
			"count \"45 năm\" 18-25 n=45 unit=năm",
		}},
		{"count", "Hai mươi tư đồng chí, một trăm linh năm cán bộ, mười lăm học viên, ba nghìn người.", []string{
			"count \"Hai mươi tư đồng chí\" 0-27 n=24 unit=đồng chí",
			"count \"một trăm linh năm cán bộ\" 29-60 n=105 unit=cán bộ",
			"count \"mười lăm học viên\" 62-86 n=15 unit=học viên",
			"count \"ba nghìn người\" 88-106 n=3000 unit=người",
		}},
		// A verb ends a counted noun; a number followed by one counts nothing.
		{"count", "Hai bên nhất trí tiếp tục phối hợp; Vùng Cảnh sát biển 3 chủ trì hội nghị; hai nước kể từ năm 2016.", []string{
			"count \"Hai bên\" 0-8 n=2 unit=bên",
			"count \"hai nước\" 100-111 n=2 unit=nước",
		}},
		{"count", "Có 438 đại biểu tán thành, chiếm 93,3%; nâng thời hạn lên 24 tháng đối với một số chuyên ngành.", []string{
			"count \"438 đại biểu\" 4-21 n=438 unit=đại biểu",
			"count \"93,3%\" 43-48 n=93.3 unit=%",
			"count \"24 tháng\" 74-83 n=24 unit=tháng",
		}},
		{"count", "Hai tham gia, ba thực hiện; 19 ngư dân gặp nạn trên biển.", []string{
			"count \"19 ngư dân\" 32-44 n=19 unit=ngư dân",
		}},
		// "quốc phòng", "dự phòng", the verb "cấp": not a numbered room or level.
		{"count", "Triển khai gói tín dụng quốc phòng 500 triệu USD, dự phòng 200 tỷ đồng; đơn vị đã cấp 30 tấn gạo.", []string{
			"count \"500 triệu USD\" 44-59 n=5e+08 unit=USD",
			"count \"200 tỷ đồng\" 73-89 n=2e+11 unit=đồng",
			"count \"30 tấn gạo\" 113-127 n=30 unit=tấn gạo",
		}},
		{"count", "Gió giật cấp 10 làm đổ cây; học sinh cấp 2 trường xã; báo động cấp 3 toàn tỉnh.", nil},
		// The "ngày" after a number is the counted noun, not the date's.
		{"count", "Trước đó, trong 2 ngày 28 và 29 tháng 9, các đơn vị sơ tán dân.", []string{
			"count \"2 ngày\" 21-28 n=2 unit=ngày",
		}},
		{"count", "Năm 2025, Quân khu 7 và Vùng 2 Hải quân cùng Khóa 46 tham gia.", nil},
		{"count", "Huân chương Sao vàng lần thứ 2; phòng chống dịch Covid-19; lúc 15:30 ngày 27/1/2022.", nil},
		{"count", "Đơn vị có một số nội dung mới, là một trong những đơn vị dẫn đầu.", nil},
		{"count", "Gọi số 0912.345.678 để được hỗ trợ; Trung đoàn 1 và Sư đoàn 309 được tặng thưởng.", nil},
		// date
		{"date", "Ngày 5-8, Đại hội diễn ra; ngày 16-10-1945 và ngày 06/12.", []string{
			"date \"Ngày 5-8\" 0-9 iso=--08-05",
			"date \"ngày 16-10-1945\" 35-51 iso=1945-10-16",
			"date \"ngày 06/12\" 56-67 iso=--12-06",
		}},
		{"date", "Thứ Năm, 27/1/2022 lúc 15:30, tại Hà Nội.", []string{
			"date \"27/1/2022\" 12-21 iso=2022-01-27",
		}},
		{"date", "Sáng 3-3, buổi lễ kỷ niệm (3/3/1959 – 3/3/2026) diễn ra.", []string{
			"date \"3-3\" 6-9 iso=--03-03",
			"date \"3/3/1959\" 36-44 iso=1959-03-03",
			"date \"3/3/2026\" 49-57 iso=2026-03-03",
		}},
		{"date", "Lễ kỷ niệm (6-3-1979/6-3-2019) tổ chức ngày 2.9.1945.", []string{
			"date \"6-3-1979\" 18-26 iso=1979-03-06",
			"date \"6-3-2019\" 27-35 iso=2019-03-06",
			"date \"ngày 2.9.1945\" 49-63 iso=1945-09-02",
		}},
		{"date", "Từ 5-9/1 và ngày 28 và 29 tháng 5, hội nghị họp.", []string{
			"date \"5-9/1\" 5-10 iso=--01-05/--01-09 from=--01-05 to=--01-09",
			"date \"ngày 28 và 29 tháng 5\" 15-39 iso=--05-28/--05-29 from=--05-28 to=--05-29",
		}},
		{"date", "Tháng 11 năm 2018, tháng 4/2023 và năm 2021; diễn ra sáng nay (19/2).", []string{
			"date \"Tháng 11 năm 2018\" 0-19 iso=2018-11",
			"date \"tháng 4/2023\" 21-34 iso=2023-04",
			"date \"năm 2021\" 39-48 iso=2021",
			"date \"19/2\" 71-75 iso=--02-19",
		}},
		{"date", "Ngày 19 tháng 12 năm 1946 toàn quốc kháng chiến.", []string{
			"date \"Ngày 19 tháng 12 năm 1946\" 0-28 iso=1946-12-19",
		}},
		{"date", "Trước đó, trong 2 ngày 28 và 29 tháng 9, các đơn vị sơ tán dân.", []string{
			"date \"28 và 29 tháng 9\" 29-47 iso=--09-28/--09-29 from=--09-28 to=--09-29",
		}},
		// A first end without the year the second gives: one date.
		{"date", "Từ ngày 1/7 đến 14/8/2025, từ 1-7 đến ngày 14-8-2025 và từ tháng 7 đến tháng 9/2025.", []string{
			"date \"ngày 1/7 đến 14/8/2025\" 5-31 iso=2025-07-01/2025-08-14 from=2025-07-01 to=2025-08-14",
			"date \"1-7 đến ngày 14-8-2025\" 38-64 iso=2025-07-01/2025-08-14 from=2025-07-01 to=2025-08-14",
			"date \"tháng 7 đến tháng 9/2025\" 74-103 iso=2025-07/2025-09 from=2025-07 to=2025-09",
		}},
		{"date", "Ngày 1 tháng 7 đến ngày 14 tháng 8 năm 2025; trong tháng 7-9/2025.", []string{
			"date \"Ngày 1 tháng 7 đến ngày 14 tháng 8 năm 2025\" 0-51 iso=2025-07-01/2025-08-14 from=2025-07-01 to=2025-08-14",
			"date \"tháng 7-9/2025\" 59-74 iso=2025-07/2025-09 from=2025-07 to=2025-09",
		}},
		// Two complete dates stay two; a range into the next year.
		{"date", "Từ 1/7/2025 đến 14/8/2025; từ 20/12 đến 5/1/2026.", []string{
			"date \"1/7/2025\" 5-13 iso=2025-07-01",
			"date \"14/8/2025\" 21-30 iso=2025-08-14",
			"date \"20/12 đến 5/1/2026\" 37-58 iso=2025-12-20/2026-01-05 from=2025-12-20 to=2026-01-05",
		}},
		{"date", "Ngày 32/13/2020 không có; lúc 7h30 thứ Hai; 6 tháng đầu năm 2021.", nil},
		// term
		{"term", "Đại hội lần thứ X, nhiệm kỳ 2020-2025; Quốc hội khóa XV, HĐND nhiệm kỳ 2021 – 2026.", []string{
			"term \"lần thứ X\" 13-26 numeral=X",
			"term \"nhiệm kỳ 2020-2025\" 28-50 from=2020 to=2025",
			"term \"khóa XV\" 65-73 numeral=XV",
			"term \"nhiệm kỳ 2021 – 2026\" 81-107 from=2021 to=2026",
		}},
		{"term", "Trong 6 tháng đầu năm 2021, quý I năm 2024, 9 tháng năm 2024 và năm học 2018-2019.", []string{
			"term \"6 tháng đầu năm 2021\" 6-31 from=2021 to=2021",
			"term \"quý I năm 2024\" 33-49 from=2024 to=2024 numeral=I",
			"term \"9 tháng năm 2024\" 51-69 from=2024 to=2024",
			"term \"năm học 2018-2019\" 74-94 from=2018 to=2019",
		}},
		{"term", "Giai đoạn 2013 - 2020 và 66 năm qua; 6 tháng cuối năm 2021; 6 tháng đầu năm.", []string{
			"term \"Giai đoạn 2013 - 2020\" 0-24 from=2013 to=2020",
			"term \"66 năm qua\" 29-40",
			"term \"6 tháng cuối năm 2021\" 42-67 from=2021 to=2021",
			"term \"6 tháng đầu năm\" 69-89",
		}},
		// A session's number is no term; a legislature's is, also listed.
		{"term", "Tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV; kỳ họp bất thường lần thứ 9 và Kỳ họp thứ XI.", []string{
			"term \"khóa XV\" 62-70 numeral=XV",
		}},
		{"term", "đại biểu Quốc hội khóa XIV, XV và Ủy viên Trung ương Đảng khóa 12, 13; quý I/2024", []string{
			"term \"khóa XIV, XV\" 27-40 numeral=XIV",
			"term \"khóa 12, 13\" 77-89",
			"term \"quý I/2024\" 91-102 from=2024 to=2024 numeral=I",
		}},
		{"term", "Kỳ họp thứ hai, kỳ họp tới và kỳ họp thứ 0.", nil},
		{"term", "Khóa 46 tốt nghiệp; Huân chương Sao vàng lần thứ 2; năm 2021 đạt kết quả.", nil},
		// law
		{"law", "Thực hiện Luật Nghĩa vụ quân sự, Luật Dân quân – Tự vệ; Luật Tín ngưỡng, tôn giáo… và Nghị quyết 35-NQ/TW.", []string{
			"law \"Luật Nghĩa vụ quân sự\" 14-43",
			"law \"Luật Dân quân – Tự vệ\" 45-76",
			"law \"Luật Tín ngưỡng, tôn giáo\" 78-111",
			"law \"Nghị quyết 35-NQ/TW\" 119-142",
		}},
		{"law", "Thực hiện Nghị quyết Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới. Nghị quyết nhiệm kỳ 2020-2025 và Mệnh lệnh số 01.", []string{
			"law \"Nghị quyết Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới\" 14-122",
			"law \"Nghị quyết nhiệm kỳ 2020-2025\" 124-161",
			"law \"Mệnh lệnh số 01\" 166-187",
		}},
		{"law", "ký Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Liên bang Nga; thực hiện Hiệp định về Quy chế quản lý biên giới.", []string{
			"law \"Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Liên bang Nga\" 4-75",
			"law \"Hiệp định về Quy chế quản lý biên giới\" 91-144",
		}},
		{"law", "thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự, Luật Tố tụng hành chính và Luật Phá sản.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự, Luật Tố tụng hành chính và Luật Phá sản\" 11-155",
			"law \"Bộ luật Tố tụng dân sự\" 67-100",
			"law \"Luật Tố tụng hành chính\" 102-133",
			"law \"Luật Phá sản\" 138-155",
		}},
		{"law", "thông qua Luật Hòa giải, đối thoại tại Tòa án; phổ biến Luật Biên phòng tại xã.", []string{
			"law \"Luật Hòa giải, đối thoại tại Tòa án\" 11-60",
			"law \"Luật Biên phòng\" 75-94",
		}},
		{"law", "Quyết định số 245/QĐ-BQP; Luật số 72/2014/QH13 và Nghị định 168/2024/NĐ-CP quy định.", []string{
			"law \"Quyết định số 245/QĐ-BQP\" 0-32",
			"law \"Luật số 72/2014/QH13\" 34-58",
			"law \"Nghị định 168/2024/NĐ-CP\" 63-93",
		}},
		// An amending law names each law it amends with its number.
		{"law", "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15\" 24-151",
			"law \"Luật Đất đai số 31/2024/QH15\" 80-116",
			"law \"Luật Nhà ở số 27/2023/QH15\" 118-151",
		}},
		// An issuer's code after a spaced slash; the year a number is of.
		{"law", "Thực hiện Chỉ thị số 35-CT/ TW, Chỉ thị số 35 năm 2019 và Quyết định số 12 năm nay; Nghị quyết 71-NQ/TW năm 2025.", []string{
			"law \"Chỉ thị số 35-CT/ TW\" 14-40",
			"law \"Chỉ thị số 35 năm 2019\" 42-71",
			"law \"Quyết định số 12\" 76-99",
			"law \"Nghị quyết 71-NQ/TW\" 110-133",
		}},
		// A resolution named by what it is about when that is a name; not
		// one about a matter in lower case.
		{"law", "HĐND thông qua Nghị quyết về việc miễn nhiệm hai Ủy viên và Nghị quyết về Chiến lược bảo vệ Tổ quốc.", []string{
			"law \"Nghị quyết về Chiến lược bảo vệ Tổ quốc\" 78-136",
		}},
		// An issuer's code after a spaced dash, in capitals; a number with
		// a dot.
		{"law", "Quyết định số 5092/QĐ- UBND ngày 3/5; Quyết định 245/QĐ -BQP, Nghị quyết số 66.12/2026/NQ-CP và Quyết định số 12/QĐ - văn bản.", []string{
			"law \"Quyết định số 5092/QĐ- UBND\" 0-35",
			"law \"Quyết định 245/QĐ -BQP\" 47-75",
			"law \"Nghị quyết số 66.12/2026/NQ-CP\" 77-113",
			"law \"Quyết định số 12/QĐ\" 118-145",
		}},
		{"law", "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Công an nhân dân.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Công an nhân dân\" 24-106",
			"law \"Luật Công an nhân dân\" 80-106",
		}},
		{"law", "Luật Dân quân tự vệ năm 2009 và Hiến pháp năm 2013; Nghị quyết Trung ương 8 (khóa XI).", []string{
			"law \"Luật Dân quân tự vệ năm 2009\" 0-37",
			"law \"Hiến pháp năm 2013\" 42-64",
			"law \"Nghị quyết Trung ương 8 (khóa XI)\" 66-106",
		}},
		// A second field that repeats the first's head noun; an owner after
		// "của" and a second owner after "và"; numbered documents' issuers.
		{"law", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND sửa đổi thống nhất; Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân được trình; Nghị quyết số 12 của Bộ Chính trị và Luật Quốc phòng.", []string{
			"law \"Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND sửa đổi\" 0-81",
			"law \"Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân\" 98-178",
			"law \"Nghị quyết số 12\" 196-218",
			"law \"Luật Quốc phòng\" 247-267",
		}},
		// A resolution named by a congress's or plenum's number keeps the
		// party it is of, unless the party's full name goes on.
		// A congress numbered in digits keeps the party too; a document's
		// number does not.
		{"law", "Nghị quyết Đại hội 12 của Đảng; Nghị quyết số 12 của Đảng ủy.", []string{
			"law \"Nghị quyết Đại hội 12 của Đảng\" 0-44",
			"law \"Nghị quyết số 12\" 46-68",
		}},
		{"law", "Nghị quyết Đại hội XII của Đảng; Nghị quyết Hội nghị Trung ương 4 khóa XII của Đảng. Nghị quyết Trung ương 8 khóa XI của Đảng Cộng sản Việt Nam.", []string{
			"law \"Nghị quyết Đại hội XII của Đảng\" 0-45",
			"law \"Nghị quyết Hội nghị Trung ương 4 khóa XII của Đảng\" 47-113",
			"law \"Nghị quyết Trung ương 8 khóa XI\" 115-153",
		}},
		// A plenum's resolution names its Central Committee, after a comma
		// or none, and the committee's term.
		{"law", "Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII; Nghị quyết Hội nghị lần thứ tám, Ban Chấp hành Trung ương Đảng khóa XIII. Nghị quyết Đại hội, Ban Chấp hành Trung ương họp.", []string{
			"law \"Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII\" 0-93",
			"law \"Nghị quyết Hội nghị lần thứ tám, Ban Chấp hành Trung ương Đảng khóa XIII\" 95-189",
			"law \"Nghị quyết Đại hội\" 191-218",
		}},
		// An amendment's year without brackets; a year after the law's
		// abbreviation.
		{"law", "theo Bộ luật Hình sự năm 2015 sửa đổi, bổ sung năm 2017. Luật Lực lượng dự bị động viên (DBĐV) năm 2019.", []string{
			"law \"Bộ luật Hình sự năm 2015 sửa đổi, bổ sung năm 2017\" 5-71",
			"law \"Luật Lực lượng dự bị động viên (DBĐV) năm 2019\" 73-136",
		}},
		// A treaty's abbreviation closes its name before the sentence goes
		// on in lower case; a headline in capitals goes on.
		{"law", "Hiệp định CPTPP đều dành chỗ cho các nước. KÝ KẾT BIÊN BẢN GHI NHỚ GIỮA CÔNG AN 02 HUYỆN", []string{
			"law \"Hiệp định CPTPP\" 0-20",
			"law \"BIÊN BẢN GHI NHỚ GIỮA CÔNG AN 02 HUYỆN\" 68-116",
		}},
		// A body's rules of procedure by whose they are, owners listed and
		// a term after them; a second document after "và" is its own.
		{"law", "Thông qua Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII; Quy chế làm việc của Đại hội XIV và Quy chế bầu cử tại Đại hội XIV của Đảng. Quy chế làm việc mới.", []string{
			"law \"Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII\" 11-115",
			"law \"Quy chế làm việc của Đại hội XIV\" 117-161",
			"law \"Quy chế bầu cử tại Đại hội XIV của Đảng\" 166-223",
		}},
		// A second field closed by an abbreviation, as the first is;
		// a treaty's party after "của" and a law as its subject.
		{"law", "Luật Bầu cử ĐBQH và đại biểu HĐND; Luật Biển và tàu CSB; Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).", []string{
			"law \"Luật Bầu cử ĐBQH và đại biểu HĐND\" 0-47",
			"law \"Luật Biển\" 49-62",
			"law \"Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS)\" 77-152",
		}},
		// Amended laws counted and named by their field, with the number.
		{"law", "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng số 98/2025/QH15 là thể chế hóa.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng số 98/2025/QH15\" 0-114",
		}},
		// A comma between words that echo a syllable; a subject cut at a
		// comma when the sentence goes on after it, kept when the sentence
		// ends with it.
		{"law", "Luật Thể dục, thể thao đã được rút; quán triệt Nghị quyết Trung ương 4, khóa XII về tăng cường xây dựng, chỉnh đốn Đảng. Nghị quyết Trung ương 4, khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, gắn với Chỉ thị 05.", []string{
			"law \"Luật Thể dục, thể thao\" 0-30",
			"law \"Nghị quyết Trung ương 4, khóa XII về tăng cường xây dựng, chỉnh đốn Đảng\" 65-161",
			"law \"Nghị quyết Trung ương 4, khóa XII\" 163-203",
			"law \"Chỉ thị 05\" 273-287",
		}},
		// A comma inside an official name; the "(sửa đổi)" of a revised law.
		{"law", "Thực hiện Luật Phòng, chống ma túy năm 2021 và Luật Phòng, chống tham nhũng, Luật Xuất cảnh, nhập cảnh của công dân Việt Nam.", []string{
			"law \"Luật Phòng, chống ma túy năm 2021\" 14-54",
			"law \"Luật Phòng, chống tham nhũng\" 59-93",
			"law \"Luật Xuất cảnh, nhập cảnh của công dân Việt Nam\" 95-158",
		}},
		{"law", "cho ý kiến: dự án Luật bảo hiểm tiền gửi; dự án Luật giá; dự án Pháp lệnh hợp nhất văn bản quy phạm pháp luật và dự thảo Luật và nghị quyết khác.", []string{
			"law \"Luật bảo hiểm tiền gửi\" 24-56",
			"law \"Luật giá\" 67-78",
			"law \"Pháp lệnh hợp nhất văn bản quy phạm pháp luật\" 89-149",
		}},
		{"law", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương bắt đầu có hiệu lực.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương\" 0-141",
			"law \"Luật Tổ chức Chính phủ\" 56-87",
			"law \"Luật Tổ chức chính quyền địa phương\" 92-141",
		}},
		{"law", "chỉnh lý dự thảo Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự. Thực hiện Luật Phòng, chống ma túy và các văn bản.", []string{
			"law \"Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự\" 24-99",
			"law \"Luật Phòng, chống ma túy\" 115-145",
		}},
		{"law", "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự được thông qua.", []string{
			"law \"Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự\" 0-75",
		}},
		{"law", "Thông qua Luật Lực lượng dự bị động viên của Quốc hội và Luật Nghĩa vụ quân sự của nước ta; Luật giá.", []string{
			"law \"Luật Lực lượng dự bị động viên\" 11-56",
			"law \"Luật Nghĩa vụ quân sự\" 80-109",
		}},
		{"law", "Luật Tín ngưỡng, tôn giáo năm 2016; Quốc hội thông qua Luật Nghĩa vụ quân sự (sửa đổi), dự thảo Luật Đất đai (sửa đổi, bổ sung).", []string{
			"law \"Luật Tín ngưỡng, tôn giáo năm 2016\" 0-43",
			"law \"Luật Nghĩa vụ quân sự (sửa đổi)\" 69-113",
			"law \"Luật Đất đai (sửa đổi, bổ sung)\" 127-171",
		}},
		// A second field after "và" in capitals, but not a body or a
		// person; "số" inside a word; a listed pair before lower words.
		{"law", "Luật Khoa học và Công nghệ; Luật Quốc phòng và Bộ Quốc phòng; Luật Biển và Nguyễn Văn An; Luật Tần số vô tuyến điện; Luật Dân số; Luật Trật tự, an toàn giao thông đường bộ; Hiệp ước Hữu nghị và Hợp tác Việt Nam-Lào.", []string{
			"law \"Luật Khoa học và Công nghệ\" 0-34",
			"law \"Luật Quốc phòng\" 36-56",
			"law \"Luật Biển\" 81-94",
			"law \"Luật Tần số vô tuyến điện\" 117-154",
			"law \"Luật Dân số\" 156-172",
			"law \"Luật Trật tự, an toàn giao thông đường bộ\" 174-229",
			"law \"Hiệp ước Hữu nghị và Hợp tác Việt Nam-Lào\" 231-288",
		}},
		{"law", "Luật Nghĩa vụ quân sự, các văn bản hướng dẫn; Luật Quốc phòng (dự thảo) và Luật Biên phòng Việt Nam.", []string{
			"law \"Luật Nghĩa vụ quân sự\" 0-29",
			"law \"Luật Quốc phòng\" 63-83",
			"law \"Luật Biên phòng Việt Nam\" 102-132",
		}},
		// Lower-case names opened by a listed pair or a code's field; an
		// abbreviation in brackets; an amending ordinance.
		{"law", "Khởi tố theo điều 318 Bộ Luật hình sự; cho ý kiến Luật phòng, chống mua bán người, Luật Khám bệnh, chữa bệnh (sửa đổi) và Luật Dân quân tự vệ (DQTV), Luật Lực lượng DBĐV cùng các văn bản; Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Kiểm sát viên.", []string{
			"law \"Bộ Luật hình sự\" 29-51",
			"law \"Luật phòng, chống mua bán người\" 67-107",
			"law \"Luật Khám bệnh, chữa bệnh (sửa đổi)\" 109-158",
			"law \"Luật Dân quân tự vệ (DQTV)\" 163-197",
			"law \"Luật Lực lượng DBĐV\" 199-226",
			"law \"Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Kiểm sát viên\" 250-342",
			"law \"Pháp lệnh Kiểm sát viên\" 312-342",
		}},
		// A Party resolution's term after a comma; a code's number; a
		// listed pair of lower-case fields.
		{"law", "Quán triệt Nghị quyết Hội nghị Trung ương 8, khoá XIII; Bộ luật hình sự số 100/2015/QH13 được thi hành; Luật Thuế xuất khẩu, thuế nhập khẩu.", []string{
			"law \"Nghị quyết Hội nghị Trung ương 8, khoá XIII\" 14-68",
			"law \"Bộ luật hình sự số 100/2015/QH13\" 70-111",
			"law \"Luật Thuế xuất khẩu, thuế nhập khẩu\" 132-181",
		}},
		// A stop word a listed phrase keeps in the name; a lower-case
		// treaty name that punctuation closes; a time phrase ends one.
		{"law", "Luật Đầu tư theo phương thức đối tác công tư; ký (Nghị định thư phân giới cắm mốc biên giới trên đất liền); Bản ghi nhớ Hội nghị hợp tác thường niên thời gian qua; Hiệp định thương mại tự do nêu trên.", []string{
			"law \"Luật Đầu tư theo phương thức đối tác công tư\" 0-60",
			"law \"Nghị định thư phân giới cắm mốc biên giới trên đất liền\" 67-144",
			"law \"Bản ghi nhớ Hội nghị hợp tác thường niên\" 147-202",
		}},
		// Treaties: both parties named in full, a party's country after
		// "của", a subject's second field that goes on to the parties, a
		// second treaty after "và", a foreign place's "-do".
		{"law", "Ký Thỏa thuận hợp tác giữa Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Y tế Công cộng của Cộng hòa Dân chủ Nhân dân Triều Tiên; Bản ghi nhớ hợp tác về y tế và khoa học y học giữa hai Bộ; Hiệp định về Quy chế quản lý biên giới và Hiệp định mẫu ASEAN về dẫn độ và sự hài hòa pháp luật của các nước; Bản thỏa thuận hợp tác giữa tỉnh Đắk Lắk và tỉnh Jeollabuk-do, Hàn Quốc.", []string{
			"law \"Thỏa thuận hợp tác giữa Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Y tế Công cộng của Cộng hòa Dân chủ Nhân dân Triều Tiên\" 4-191",
			"law \"Bản ghi nhớ hợp tác về y tế và khoa học y học giữa hai Bộ\" 193-270",
			"law \"Hiệp định về Quy chế quản lý biên giới\" 272-325",
			"law \"Hiệp định mẫu ASEAN về dẫn độ\" 330-373",
			"law \"Bản thỏa thuận hợp tác giữa tỉnh Đắk Lắk và tỉnh Jeollabuk-do\" 426-508",
		}},
		{"law", "Người dân hiểu rõ hơn Luật Biên giới quốc gia của hai nước.", []string{
			"law \"Luật Biên giới quốc gia\" 30-60",
		}},
		// "và" inside a name: only when the name's year follows.
		// An amending law of one article; an ordinance amended runs to its
		// known title; a law revised whole after the list is a bill of
		// its own; a body's abbreviation in brackets inside a title.
		{"law", "Luật sửa đổi, bổ sung một điều của Luật Sĩ quan Quân đội nhân dân (QĐND) Việt Nam; Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thẩm phán và Hội thẩm TAND; Luật sửa đổi, bổ sung một số điều của Luật Kiểm toán nhà nước, Luật Chứng khoán (sửa đổi).", []string{
			"law \"Luật sửa đổi, bổ sung một điều của Luật Sĩ quan Quân đội nhân dân (QĐND) Việt Nam\" 0-109",
			"law \"Luật Sĩ quan Quân đội nhân dân (QĐND) Việt Nam\" 51-109",
			"law \"Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thẩm phán và Hội thẩm TAND\" 111-220",
			"law \"Pháp lệnh Thẩm phán và Hội thẩm TAND\" 173-220",
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Kiểm toán nhà nước\" 222-310",
			"law \"Luật Kiểm toán nhà nước\" 278-310",
			"law \"Luật Chứng khoán (sửa đổi)\" 312-348",
		}},
		// A bill's marks: "sửa đổi" after an abbreviation, "(thay thế)"
		// for a law that replaces one.
		{"law", "Dự thảo Luật BHXH sửa đổi được trình; dự án Luật Giám định tư pháp (thay thế) được thông qua.", []string{
			"law \"Luật BHXH sửa đổi\" 12-36",
			"law \"Luật Giám định tư pháp (thay thế)\" 63-106",
		}},
		// The law an amending law amends runs to the end of its known
		// title; what is said of a bill in lower case is no name.
		{"law", "Thông qua Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng Nhân dân; đây là một dự án Luật đặc biệt quan trọng, dự thảo Luật phải được làm kỹ.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng Nhân dân\" 11-154",
			"law \"Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng Nhân dân\" 67-154",
		}},
		// A known title ends the name where the sentence goes on in lower
		// case, and runs through its own commas and "và", however the
		// text joins its fields.
		{"law", "Khi Luật Căn cước đi vào cuộc sống; Luật Quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ, qua đó; Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân được thông qua.", []string{
			"law \"Luật Căn cước\" 4-23",
			"law \"Luật Quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ\" 48-129",
			"law \"Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân\" 141-221",
		}},
		{"law", "Luật Giáo dục quốc phòng và an ninh năm 2013 và Luật Bảo vệ và chăm sóc trẻ em năm 2004; Luật Quốc phòng và nhiệm vụ quân sự năm 2025; thực hiện Luật Nghĩa vụ quân sự và công tác tuyển quân năm 2026.", []string{
			"law \"Luật Giáo dục quốc phòng và an ninh năm 2013\" 0-54",
			"law \"Luật Bảo vệ và chăm sóc trẻ em năm 2004\" 59-110",
			"law \"Luật Quốc phòng\" 112-132",
			"law \"Luật Nghĩa vụ quân sự\" 186-215",
		}},
		{"law", "Theo Bản án số 112/2025/HS-ST, bị cáo lĩnh bản án 5 năm tù; Luật Dân quân tự vệ và Luật Quốc phòng năm 2018.", []string{
			"law \"Bản án số 112/2025/HS-ST\" 5-34",
			"law \"Luật Dân quân tự vệ\" 74-101",
			"law \"Luật Quốc phòng năm 2018\" 106-136",
		}},
		{"law", "Nghị quyết của Đảng, các nghị quyết, chỉ thị và Kế hoạch số 12/KH-BQP; Chủ tịch nước quyết định tặng.", nil},
		// In a list of laws a name may be in lower case; "Luật sư" is a
		// title. A capitalized stop word is the name's own; a number
		// before a treaty word counts agreements of a kind.
		{"law", "Quốc hội thông qua Luật phòng, chống rửa tiền, Luật giáo dục đại học, Luật lao động sửa đổi và Luật biển Việt Nam; Luật sư Nguyễn Văn An dự.", []string{"law \"Luật phòng, chống rửa tiền\" 24-59", "law \"Luật giáo dục đại học\" 61-92", "law \"Luật lao động sửa đổi\" 94-125", "law \"Luật biển Việt Nam\" 130-154"}},
		{"law", "Luật Các tổ chức tín dụng sửa đổi, theo trình tự. Bộ luật Hình sự sau 2 kỳ họp.", []string{"law \"Luật Các tổ chức tín dụng sửa đổi\" 0-48", "law \"Bộ luật Hình sự\" 68-90"}},
		{"law", "Hai bên ký Bản ghi nhớ giữa Bộ đội Biên phòng (BĐBP) tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) về kết nghĩa.", []string{"law \"Bản ghi nhớ giữa Bộ đội Biên phòng (BĐBP) tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) về kết nghĩa\" 13-163"}},
		// A resolution of the congresses at every level keeps their term;
		// one congress's term after a comma is the sentence's.
		{"law", "Thực hiện Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2025-2030 và Nghị quyết Đại hội Đảng bộ Quân khu lần thứ 11, nhiệm kỳ 2020-2025.", []string{
			"law \"Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2025-2030\" 14-83",
			"law \"Nghị quyết Đại hội Đảng bộ Quân khu lần thứ 11\" 88-153",
		}},
		// "số" with no number after it and a branch of law after "về"
		// close a law's name; a number does not.
		{"law", "Luật Tương trợ tư pháp về dân sự, Luật Chuyển đổi số; Luật Đất đai số 31/2024/QH15, Luật DQTV về tổ chức lực lượng.", []string{
			"law \"Luật Tương trợ tư pháp về dân sự\" 0-45",
			"law \"Luật Chuyển đổi số\" 47-74",
			"law \"Luật Đất đai số 31/2024/QH15\" 76-112",
			"law \"Luật DQTV\" 114-125",
		}},
		// In a list of laws a name runs to the list's separator, through
		// words that would end it in a sentence; outside a list, and
		// where words make a clause, it does not. "sắp tới" is no name's.
		{"law", "Gồm: Luật Dẫn độ; Luật Chuyển giao người đang chấp hành án phạt tù; Luật Thi hành tạm giữ, tạm giam và cấm đi khỏi nơi cư trú và Luật Dẫn độ. Luật Đất đai đang được sửa đổi, Luật Dẫn độ. Luật Địa chất và khoáng sản sắp tới sẽ giải quyết. Luật Đất đai đang có hiệu lực.", []string{
			"law \"Luật Dẫn độ\" 7-25",
			"law \"Luật Chuyển giao người đang chấp hành án phạt tù\" 27-90",
			"law \"Luật Thi hành tạm giữ, tạm giam và cấm đi khỏi nơi cư trú\" 92-167",
			"law \"Luật Dẫn độ\" 172-190",
			"law \"Luật Đất đai\" 192-210",
			"law \"Luật Dẫn độ\" 240-258",
			"law \"Luật Địa chất và khoáng sản\" 260-298",
			"law \"Luật Đất đai\" 332-350",
		}},
		// An amended law's abbreviation in brackets does not end the
		// list of laws amended; "cần" and "đặt ra" end a name.
		{"law", "Dự án Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai (PCTT) và Luật Đê điều. Luật Biểu tình cần được đưa vào; phạm vi mà dự thảo Luật đặt ra.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai (PCTT) và Luật Đê điều\" 9-129",
			"law \"Luật Phòng, chống thiên tai (PCTT)\" 65-105",
			"law \"Luật Đê điều\" 110-129",
			"law \"Luật Biểu tình\" 131-150",
		}},
		// Laws counted by what they concern; a law named in a headline in
		// capitals is none; a capitalized name after "và" ends no field.
		{"law", "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự. DỰ THẢO LUẬT QUẢN LÝ, BẢO VỆ CÔNG TRÌNH QUỐC PHÒNG\nThực hiện Luật Phổ biến, giáo dục pháp luật và hưởng ứng Ngày Pháp luật Việt Nam.", []string{
			"law \"Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự\" 0-108",
			"law \"Luật Phổ biến, giáo dục pháp luật\" 193-238",
		}},
		// A memorandum's number and abbreviation before its parties or
		// subject; "với" between parties; what a party is called now in
		// brackets; a statement's year before what it is about; a verb
		// of signing ends the name.
		{"law", "ký Biên bản ghi nhớ lần thứ 26 giữa Công an tỉnh Quảng Bình và An ninh tỉnh Khăm Muộn; sửa đổi biên bản ghi nhớ (MOU) về hợp tác quốc phòng, Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam với Bộ Chiến tranh Hợp chúng quốc Hoa Kỳ về khắc phục hậu quả chiến tranh; Bản ghi nhớ hợp tác giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng (nay là Bộ Chiến tranh) Hợp chúng quốc Hoa Kỳ ký năm 2011; Tuyên bố chung năm 2023 về nâng cấp quan hệ.", []string{
			"law \"Biên bản ghi nhớ lần thứ 26 giữa Công an tỉnh Quảng Bình và An ninh tỉnh Khăm Muộn\" 4-109",
			"law \"biên bản ghi nhớ (MOU) về hợp tác quốc phòng\" 124-181",
			"law \"Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam với Bộ Chiến tranh Hợp chúng quốc Hoa Kỳ về khắc phục hậu quả chiến tranh\" 183-334",
			"law \"Bản ghi nhớ hợp tác giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng (nay là Bộ Chiến tranh) Hợp chúng quốc Hoa Kỳ\" 336-480",
			"law \"Tuyên bố chung năm 2023 về nâng cấp quan hệ\" 496-550",
		}},
		// A treaty's acronym alone, with its year, and in brackets with
		// its year; a party's name transliterated with tight hyphens.
		// A treaty written small runs through a phrase whose stop word is
		// its own ("người bị kết án", "cho người mang …"), and a list's
		// next treaty closes it; papers numbered with the issuer's code
		// need no "số".
		{"law", "Ký Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và Hiệp định về nhận trở lại công dân; Hiệp định chuyển giao người bị kết án phạt tù Việt Nam – Trung Quốc, Hiệp định phân định vịnh Bắc Bộ; Thông báo 207/TB-VPCP, Lệnh số 11/2020/L-CTN, Báo cáo thẩm tra số 2195/BC-UBPL15; Thông báo 207 ngày 5/6.", []string{
			"law \"Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao\" 4-82",
			"law \"Hiệp định về nhận trở lại công dân\" 87-136",
			"law \"Hiệp định chuyển giao người bị kết án phạt tù Việt Nam – Trung Quốc\" 138-229",
			"law \"Hiệp định phân định vịnh Bắc Bộ\" 231-277",
			"law \"Thông báo 207/TB-VPCP\" 279-302",
			"law \"Lệnh số 11/2020/L-CTN\" 304-329",
			"law \"Báo cáo thẩm tra số 2195/BC-UBPL15\" 331-371",
		}},
		// A bare "Tuyên bố" is a declaration by its place or subject, and
		// a statement otherwise; opening a sentence it is the verb.
		{"law", "Hội nghị thông qua Tuyên bố Đà Nẵng. Trên nền tảng Tuyên bố tầm nhìn chung Việt Nam - Hoa Kỳ về hợp tác quốc phòng; Tuyên bố của Bộ Ngoại giao Mỹ nêu rõ. Tuyên bố Nga sẵn sàng đối thoại.", []string{
			"law \"Tuyên bố Đà Nẵng\" 24-47",
			"law \"Tuyên bố tầm nhìn chung Việt Nam - Hoa Kỳ về hợp tác quốc phòng\" 68-149",
		}},
		// An abbreviation closes a law's name, but for a place's noun after
		// it; "tới" ends it as "đến" does.
		{"law", "Để Luật BPVN sớm thấm sâu vào đời sống; tuyên truyền Luật Biên phòng Việt Nam tới cán bộ; Nghị quyết Đại hội đại biểu Đảng bộ BĐBP tỉnh lần thứ IX.", []string{
			"law \"Luật BPVN\" 6-17",
			"law \"Luật Biên phòng Việt Nam\" 72-102",
			"law \"Nghị quyết Đại hội đại biểu Đảng bộ BĐBP tỉnh lần thứ IX\" 120-202",
		}},
		// A plenum's resolution keeps a subject that lists its parts when
		// the sentence, a bracket or the next document closes the list;
		// otherwise the list leaves no clear end. Its term may be in
		// brackets.
		{"law", "Thực hiện Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới, phát triển, nâng cao hiệu quả kinh tế tập thể và Kết luận số 70-KL/TW. Quán triệt Nghị quyết Trung ương 4 (khóa XII) về xây dựng chỉnh đốn Đảng. Nghị quyết TW9, khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam, cùng Nghị quyết số 12. Nghị quyết Trung ương 8 khóa XI về bảo vệ Tổ quốc, các đơn vị đã làm tốt và xây dựng đơn vị, đạt kết quả.", []string{
			"law \"Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới, phát triển, nâng cao hiệu quả kinh tế tập thể\" 14-144",
			"law \"Kết luận số 70-KL/TW\" 149-175",
			"law \"Nghị quyết Trung ương 4 (khóa XII) về xây dựng chỉnh đốn Đảng\" 191-272",
			"law \"Nghị quyết TW9, khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam\" 274-372",
			"law \"Nghị quyết số 12\" 380-402",
			"law \"Nghị quyết Trung ương 8 khóa XI về bảo vệ Tổ quốc\" 404-470",
		}},
		// A verb after a law's name ends it ("nêu", "gồm", "kể từ"), in a
		// bill's name too.
		{"law", "Dự thảo Luật CSBVN gồm 8 chương. Luật Dân quân tự vệ kể từ khi có hiệu lực; Luật Trật tự, an toàn giao thông đường bộ nêu rõ người lái xe.", []string{
			"law \"Luật CSBVN\" 12-24",
			"law \"Luật Dân quân tự vệ\" 43-70",
			"law \"Luật Trật tự, an toàn giao thông đường bộ\" 103-158",
		}},
		// A treaty written small that says what it is about, but not a
		// kind of treaty counted in the plural; an amending
		// law that names no articles amends one law, and names it; a consolidated text
		// by its number.
		{"law", "Tuyên truyền Luật Sửa đổi Bộ luật Hình sự, Luật Trách nhiệm bồi thường Nhà nước, Công ước quốc tế về các quyền dân sự - chính trị, Công ước quốc tế về chống tra tấn); ban hành Văn bản hợp nhất số 25/VBHN-BQP; dự thảo Nghị quyết sửa đổi Hiến pháp 2013 đã ban hành. Tham gia các Công ước quốc tế về nhân quyền. Quốc hội thông qua Luật sửa đổi 11 luật về quốc phòng.", []string{
			"law \"Luật Sửa đổi\" 16-35",
			"law \"Luật Sửa đổi Bộ luật Hình sự\" 16-58",
			"law \"Bộ luật Hình sự\" 36-58",
			"law \"Luật Trách nhiệm bồi thường Nhà nước\" 60-110",
			"law \"Công ước quốc tế về các quyền dân sự - chính trị\" 112-179",
			"law \"Công ước quốc tế về chống tra tấn\" 181-228",
			"law \"Văn bản hợp nhất số 25/VBHN-BQP\" 241-281",
			"law \"Nghị quyết sửa đổi Hiến pháp 2013\" 295-340",
			"law \"Hiến pháp 2013\" 323-340",
		}},
		// A listed name's last field after "và" goes on to the year that
		// closes it; an ordinal ends a name.
		{"law", "Giới thiệu Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024 cho cán bộ. Ký Hiệp định về miễn thị thực thứ 85 với Litva.", []string{
			"law \"Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024\" 15-109",
			"law \"Hiệp định về miễn thị thực\" 129-168",
		}},
		{"law", "Thực thi UNCLOS 1982 và gia nhập TAC; Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982); Hiệp định Tương trợ tư pháp về hình sự giữa Việt Nam và Ác-hen-ti-na.", []string{
			"law \"UNCLOS 1982\" 11-22",
			"law \"TAC\" 38-41",
			"law \"Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982)\" 43-117",
			"law \"Hiệp định Tương trợ tư pháp về hình sự giữa Việt Nam và Ác-hen-ti-na\" 119-209",
		}},
		// Minutes and agreements written small that their kind names,
		// with parties that are named (not "hai bên") or a year; a
		// city's dotted abbreviation among a memorandum's parties.
		{"law", "Thực hiện thỏa thuận hợp tác biên phòng giữa hai bên tại huyện Hướng Hóa và biên bản hội đàm năm 2023; ký thỏa thuận kết nghĩa giữa thị trấn Si Ma Cai và trấn Seo Pả Chư, lập biên bản vi phạm hành chính; ký biên bản ghi nhớ hợp tác giữa TP. Huế và tỉnh Chungcheongnam.", []string{
			"law \"thỏa thuận hợp tác biên phòng\" 14-52",
			"law \"biên bản hội đàm năm 2023\" 101-134",
			"law \"thỏa thuận kết nghĩa giữa thị trấn Si Ma Cai và trấn Seo Pả Chư\" 140-222",
			"law \"biên bản ghi nhớ hợp tác giữa TP. Huế và tỉnh Chungcheongnam\" 270-345",
		}},
		{"law", "phê chuẩn Hiệp định Thương mại Tự do giữa Việt Nam và Liên minh Châu Âu (EVFTA), ký 2 Hiệp định FTA.", []string{"law \"Hiệp định Thương mại Tự do giữa Việt Nam và Liên minh Châu Âu (EVFTA)\" 13-101"}},
		{"law", "thông qua Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (sửa đổi).", []string{"law \"Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (sửa đổi)\" 11-92"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range set.Apply(fold.New(tt.in), nil) {
			if m.Type == tt.typ {
				got = append(got, show(tt.in, m))
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s in %q:\ngot\n\t%s\nwant\n\t%s", tt.typ, tt.in, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
}

// TestKeepInner checks that a keep_inner rule's match says so, so that
// the pipeline can keep the law an amending law names.
func TestKeepInner(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	in := "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Quốc phòng."
	var got []string
	for _, m := range set.Apply(fold.New(in), nil) {
		if m.Type == "law" {
			got = append(got, fmt.Sprintf("%q %v", in[m.Start:m.End], m.KeepInner))
		}
	}
	want := `"Luật sửa đổi, bổ sung một số điều của Luật Quốc phòng" true` + "\n" + `"Luật Quốc phòng" false`
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
