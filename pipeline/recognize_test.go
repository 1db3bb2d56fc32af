package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

var (
	testPipelineOnce sync.Once
	testPipeline     *Pipeline
)

func newTestPipeline(t testing.TB) *Pipeline {
	t.Helper()
	testPipelineOnce.Do(func() {
		p, err := New(WithWorkers(2))
		if err != nil {
			t.Fatal(err)
		}
		testPipeline = p
	})
	return testPipeline
}

// spansOf lists the mentions of one type as "text@start" with code
// point offsets, the form the tables below use.
func spansOf(d Document, typ Type) []string {
	var out []string
	for _, m := range d.Mentions {
		if m.Type == typ {
			out = append(out, fmt.Sprintf("%s@%d", m.Text, m.Start))
		}
	}
	return out
}

func TestRecognizerSpans(t *testing.T) {
	p := newTestPipeline(t)
	tests := []struct {
		name, text string
		typ        Type
		want       []string
	}{
		{"foreign name after ông with a title", "hội đàm với ông Rajnath Singh, Bộ trưởng Quốc phòng Ấn Độ.", Person, []string{"Rajnath Singh@16"}},
		{"a country closes a ministry named short", "Ông là Bộ trưởng Quốc phòng Mỹ trong gần ba thập kỷ qua.", Position, []string{"Bộ trưởng Quốc phòng Mỹ@7"}},
		{"the countries a title serves are no name's tail", "lần đối thoại giữa Bộ trưởng Quốc phòng hai nước kể từ tháng 8", Position, []string{"Bộ trưởng Quốc phòng@19"}},
		{"a verb after an unlisted unit is not its name", "Bộ trưởng Quốc phòng hội đàm với", Position, []string{"Bộ trưởng Quốc phòng@0"}},
		{"rank any case", "thiếu tướng Lê Văn Bình và Chuẩn Đô đốc Phạm Hải", Rank, []string{"thiếu tướng@0", "Chuẩn Đô đốc@27"}},
		{"person after rank", "Đại tá Nguyễn Văn Hải phát biểu.", Person, []string{"Nguyễn Văn Hải@7"}},
		{"surname that is also a head noun", "Trung tướng Đoàn Minh Khôi, Thứ trưởng Bộ Công an", Person, []string{"Đoàn Minh Khôi@12"}},
		{"head noun that is also a surname, without a trigger", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức", Person, nil},
		{"a nickname in quotes after the word that gives it, and where the text repeats it", "Giang hồ Cường \"Quắt\" bị bắt. Phạm Minh Cường (tức Cường \"Quắt\", SN 1986) và Đinh Ngọc Hệ - còn gọi Út “Trọc” chơi game bài “Nổ hũ”.", Person, []string{"Cường \"Quắt\"@9", "Phạm Minh Cường@30", "Cường \"Quắt\"@51", "Đinh Ngọc Hệ@77", "Út “Trọc”@100"}},
		{"a Lao name transcribed with hyphens, each hyphenated word counted once", "Đoàn do đồng chí Ạ-nu-phạp Tu-na-lôm, Bí thư Thủ đô Viêng Chăn dẫn đầu.", Person, []string{"Ạ-nu-phạp Tu-na-lôm@17"}},
		{"Đ/c before a name", "- Đ/c Lò Văn Puốn, Phó Bí thư Tỉnh ủy;", Person, []string{"Lò Văn Puốn@6"}},
		{"a listed place that starts with a word of address, a Party committee written small by its district, and a credit to the web name no one", "Sáp nhập tỉnh Bình Dương, Bà Rịa Vũng Tàu. Bà là Bí thư huyện ủy Tư Nghĩa. Ảnh Internet", Person, nil},
		{"the middle name Thị written small; not a town's word after a place", "PGS.TS Nguyễn thị Xuyên – Thứ trưởng dự. Thôn Hà thị trấn Phố Lu.", Person, []string{"Nguyễn thị Xuyên@7"}},
		{"a Chinese surname in Sino-Vietnamese after a country", "Chủ tịch Trung Quốc Tập Cận Bình hội đàm.", Person, []string{"Tập Cận Bình@20"}},
		{"given name alone is no person", "Người được Đại tá Diện thay thế.", Person, nil},
		{"person after academic titles", "Trung tướng, PGS, TS Lê Quang Minh dự lễ.", Person, []string{"Lê Quang Minh@21"}},
		{"a name in capitals ends in a word that can be a verb", "Đồng chí PHẠM MINH TUYÊN, sinh ngày 26.12.1949, đã từ trần.", Person, []string{"PHẠM MINH TUYÊN@9"}},
		{"a district written short after a body's lower-case name starts no name; a department's number and the body it is of", "Ông Tống Văn Hoàng, Trưởng ban Quản lý rừng phòng hộ H.Mường Tè dự. Bà Dung, Trưởng phòng 1 Thanh tra tỉnh Lai Châu dự. Trưởng phòng 2, Cục XIV dự.", Position, []string{"Trưởng ban Quản lý rừng phòng hộ H.Mường Tè@20", "Trưởng phòng 1 Thanh tra tỉnh Lai Châu@77", "Trưởng phòng 2@120"}},
		{"the evils a national committee fights are listed pairs of its name", "Thành viên Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm dự.", Organization, []string{"Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm@11"}},
		{"the traffic police named alone is a force; inside a unit's name it is the unit's field", "Khi lực lượng CSGT ra hiệu lệnh dừng xe, 2 CSGT bị thương. Đội CSGT Công an quận Ngô Quyền lập chốt.", Organization, []string{"CSGT@14", "CSGT@43", "Đội CSGT Công an quận Ngô Quyền@59"}},
		{"any name of up to four words inside a sentence before a birth year in brackets; not a sentence's first word", "Bắt Phết Xay (SN 1990, Lào) và Sisavanh Yongyaerlor (SN 1988, trú tại Bản Nậm Pàn). Tại Hà Nội (sinh năm 1990).", Person, []string{"Sisavanh Yongyaerlor@31"}},
		{"northern and Cơ Tu surnames: Lăng, A Lăng; a mausoleum stays a place", "Đối tượng Lăng Văn Hiệp (SN 1990) bị bắt. Nữ dân quân A Lăng Thị Loang nhận giải. Viếng Lăng Chủ tịch Hồ Chí Minh.", Person, []string{"Lăng Văn Hiệp@10", "A Lăng Thị Loang@54"}},
		{"a force named by a region takes the country it belongs to", "Đoàn Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ do Đô đốc Scott Swift dẫn đầu.", Organization, []string{"Hạm đội Thái Bình Dương Hoa Kỳ@13"}},
		{"a company's trade in lower case before a name that starts with a head noun's word; a sole proprietorship; a ministry's fields joined by a comma; 'mới' after a body is the sentence's", "Công ty TNHH sản xuất và thương mại Trường Huy bị phạt. Doanh nghiệp tư nhân Trường Thành bị phạt. Ông Phạm Chung, Phó Giám đốc Sở Lao động, thương binh và Xã hội tỉnh Yên Bái cho biết. Bộ Khoa học và Công nghệ mới được hợp nhất. Tiểu đoàn Huấn luyện chiến sĩ mới Trung đoàn 18 làm lễ.", Organization, []string{"Công ty TNHH sản xuất và thương mại Trường Huy@0", "Doanh nghiệp tư nhân Trường Thành@56", "Sở Lao động, thương binh và Xã hội tỉnh Yên Bái@128", "Bộ Khoa học và Công nghệ@186", "Tiểu đoàn Huấn luyện chiến sĩ mới Trung đoàn 18@230"}},
		{"a field named by what it acts on goes on in lower case; 'mà' and 'theo' start what is said of a body", "Tổng cục Quản lý thị trường kiểm tra. Chi cục Điều tra chống buôn lậu bắt giữ. Trường Đại học Y Hà Nội mà Bộ Y tế giao.", Organization, []string{"Tổng cục Quản lý thị trường@0", "Chi cục Điều tra chống buôn lậu@38", "Trường Đại học Y Hà Nội@79", "Bộ Y tế@106"}},
		{"'theo' ends a body's lower-case name in a post", "Bầu Chủ tịch Hội đồng trường theo quy định.", Position, []string{"Chủ tịch Hội đồng trường@4"}},
		{"the customs and the market watch named alone are national bodies; a steering committee's fields joined by commas", "Cục Hải quan phát hiện lô hàng. Cục Quản lý thị trường tỉnh Hưng Yên kiểm tra. Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả họp.", Organization, []string{"Cục Hải quan@0", "Cục Quản lý thị trường tỉnh Hưng Yên@32", "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả@79"}},
		{"a monument named inside the site that holds it", "Hội nghị tại Khu di tích Lăng Chủ tịch Hồ Chí Minh.", Location, []string{"Khu di tích Lăng Chủ tịch Hồ Chí Minh@13"}},
		{"forest rangers' posts and a ranger unit named by the forest it guards", "Ông Hồ Văn Minh, Hạt trưởng Hạt Kiểm lâm huyện Vĩnh Thạnh, và ông Lê Văn Hải, Kiểm lâm viên Hạt Kiểm lâm rừng đặc dụng Sao La.", Position, []string{"Hạt trưởng Hạt Kiểm lâm huyện Vĩnh Thạnh@17", "Kiểm lâm viên Hạt Kiểm lâm rừng đặc dụng Sao La@78"}},
		{"a forest's numbered compartment is a place; Cambodia's military sub-zone is none", "Phá rừng tại tiểu khu 142 xã Vĩnh Sơn. Đoàn Tiểu khu Quân sự Prey Veng sang thăm.", Location, []string{"tiểu khu 142@13", "xã Vĩnh Sơn@26", "Prey Veng@61"}},
		{"the police of a level written small and named by no place are a body; a named place is the capitalized body's", "Chuyển hồ sơ sang công an huyện để điều tra. Không còn tổ chức công an cấp huyện. Công an xã Tân Lập vào cuộc.", Organization, []string{"công an huyện@18", "công an cấp huyện@63", "Công an xã Tân Lập@82"}},
		{"the investigating agencies in whatever case", "Giao Cơ quan cảnh sát điều tra (Công an tỉnh) điều tra. Chuyển sang cơ quan Cảnh sát điều tra, Bộ Công an.", Organization, []string{"Cơ quan cảnh sát điều tra@5", "Công an tỉnh@32", "cơ quan Cảnh sát điều tra@68", "Bộ Công an@95"}},
		{"banks by their brands with a branch's place; a hospital named after a date", "Ông A, Giám đốc Vietinbank chi nhánh Vĩnh Long trao quà. Agribank Quảng Ngãi ủng hộ. Bệnh viện 19-8 khai xuân.", Organization, []string{"Vietinbank chi nhánh Vĩnh Long@16", "Agribank Quảng Ngãi@57", "Bệnh viện 19-8@85"}},
		{"foreign staffs, forces and agencies by their Vietnamese names, written small or capitalized, with their country", "Chủ tịch Hội đồng tham mưu trưởng liên quân Hàn Quốc Won In-choul dự. Tham mưu trưởng Lực lượng phòng vệ Nhật Bản Koji Yamazaki dự. Giám đốc Cơ quan An ninh Quốc gia (NSA) Timothy Haugh rời ghế.", Organization, []string{"Hội đồng tham mưu trưởng liên quân Hàn Quốc@9", "Lực lượng phòng vệ Nhật Bản@86", "Cơ quan An ninh Quốc gia (NSA)@141"}},
		{"a ministry's last field ends before its term; a task given and an occasion end a head's tail", "Ban Cán sự đảng Bộ Khoa học và Công nghệ nhiệm kỳ 2016 - 2021 vi phạm. Lãnh đạo Thành ủy nhân kỷ niệm 80 năm. UBND tỉnh giao cho Hội An nhiệm vụ huy động 419 quân nhân.", Organization, []string{"Ban Cán sự đảng Bộ Khoa học và Công nghệ@0", "UBND tỉnh@110"}},
		{"capitalized fields that a listed pair joins by a comma, with no 'và'", "Chiều 24/11, Ban Chỉ đạo An toàn, An ninh mạng quốc gia ra mắt. Ban Bảo vệ, Chăm sóc sức khỏe cán bộ Trung ương dự.", Organization, []string{"Ban Chỉ đạo An toàn, An ninh mạng quốc gia@13", "Ban Bảo vệ, Chăm sóc sức khỏe cán bộ Trung ương@64"}},
		{"a counted plural administrative word before a colon lists places, with a place between and places in asides", "Tại ba xã: Đồng Thịnh, Định Biên và Lam Vỹ. Phụ trách 4 phường của quận Sơn Trà, gồm: Thọ Quang, Mân Thái. Sáu xã gồm: xã Gio Mai (huyện Gio Linh); xã Triệu Vân.", Location, []string{"Đồng Thịnh@11", "Định Biên@23", "Lam Vỹ@36", "quận Sơn Trà@67", "Thọ Quang@86", "Mân Thái@97", "xã Gio Mai@119", "huyện Gio Linh@131", "xã Triệu Vân@148"}},
		{"a listed district or commune named bare before the province it lies in", "Ông quê ở Tĩnh Gia – Thanh Hóa. Xã Trường Lâm, Tĩnh Gia, Thanh Hóa.", Location, []string{"Tĩnh Gia@10", "Thanh Hóa@21", "Xã Trường Lâm@32", "Tĩnh Gia@47", "Thanh Hóa@57"}},
		{"airlines, foreign forces and news agencies by name or by their type", "Hãng hàng không Bamboo Airways dừng bay. All Nippon Airways (ANA) góp vốn. Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) tấn công. Hãng thông tấn Kyodo News đưa tin. Ngân hàng Sài Gòn Thương Tín (Sacombank) họp.", Organization, []string{"Hãng hàng không Bamboo Airways@0", "All Nippon Airways (ANA)@41", "Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC)@75", "Hãng thông tấn Kyodo News@134", "Ngân hàng Sài Gòn Thương Tín (Sacombank)@169"}},
		{"a school's listed field keeps its second syllable before the sentence's verb, not before 'và'", "Trường Đại học Bách khoa tổ chức lễ. Sinh viên Trường Đại học Sư phạm đạt giải. Cục Quy hoạch và phát triển tài nguyên đất, Bộ Tài nguyên và Môi trường.", Organization, []string{"Trường Đại học Bách khoa@0", "Trường Đại học Sư phạm@47", "Cục Quy hoạch và phát triển tài nguyên đất@80", "Bộ Tài nguyên và Môi trường@124"}},
		{"a field after 'và' may start with a head noun's word; a field named by what it protects goes on in lower case; a bank after 'và' is a body of its own", "Thành lập Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản; Chi cục Đê điều và Phòng chống lụt bão. Sai phạm tại Ngân hàng TMCP Xây dựng Việt Nam và Ngân hàng TMCP Đại Dương.", Organization, []string{"Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản@10", "Chi cục Đê điều và Phòng chống lụt bão@58", "Ngân hàng TMCP Xây dựng Việt Nam@111", "Ngân hàng TMCP Đại Dương@147"}},
		{"a kingdom named in full is a country, not a person named Vương", "Bằng Thạc sĩ của Đại học Ghent, Vương Quốc Bỉ. Vương quốc Ma-rốc ký.", Location, []string{"Vương Quốc Bỉ@32", "Vương quốc Ma-rốc@47"}},
		{"a National Assembly delegation's term stands inside its name before its province; a committee's term does not", "Ông là Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận. Bà là Trưởng Đoàn Đại biểu Quốc hội khóa XIV tỉnh Điện Biên. Ban Chấp hành khóa IX họp.", Position, []string{"Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận@7", "Trưởng Đoàn Đại biểu Quốc hội khóa XIV tỉnh Điện Biên@74"}},
		{"the Front's committee written short in one word; military districts by their head nouns", "UBMTTQVN tỉnh Lâm Đồng họp. Chi khu quân sự Peam Ro ký kết với Tiểu khu quân sự Prey Veng.", Organization, []string{"UBMTTQVN tỉnh Lâm Đồng@0", "Chi khu quân sự Peam Ro@28", "Tiểu khu quân sự Prey Veng@63"}},
		{"a ward's and urban district's word written short before a number or a listed name; a town's written short with a space", "Ông trú tại P.3, TX Hoài Nhơn. Ông ở P.12 Q.5, P.Bến Nghé. Xem P.S. và Q.A.", Location, []string{"P.3@12", "TX Hoài Nhơn@17", "P.12@37", "Q.5@42", "P.Bến Nghé@47"}},
		{"a commander's post of an island written small", "Trung tá Cấn Ngọc Sơn, Chỉ huy trưởng đảo Trường Sa phát biểu.", Position, []string{"Chỉ huy trưởng đảo Trường Sa@23"}},
		{"a detachment named by its head noun", "Chính ủy Chi đội Quản lý biên giới Phổ Nhĩ dự. Chi đội tàu hộ vệ tên lửa số 18 tuần tra.", Organization, []string{"Chi đội Quản lý biên giới Phổ Nhĩ@9", "Chi đội tàu hộ vệ tên lửa số 18@47"}},
		{"a listed place and the direction or size that tells its namesake apart", "Tàu cập đảo Trường Sa Lớn và đảo Trường Sa Đông. Ông ở tỉnh Quảng Nam.", Location, []string{"đảo Trường Sa Lớn@8", "đảo Trường Sa Đông@29", "tỉnh Quảng Nam@55"}},
		{"a special national site, with what it is named for", "Chủ tịch nước dâng hương tại Khu di tích lịch sử Quốc gia đặc biệt Đền Hùng.", Location, []string{"Khu di tích lịch sử Quốc gia đặc biệt Đền Hùng@29"}},
		{"a numbered delegation is a body", "Đại tá Phạm Tiến Dũng, Trưởng Đoàn công tác số 1 thăm đảo. Đoàn công tác số 10 của ngành Ngân hàng đến.", Organization, []string{"Đoàn công tác số 1@30", "Đoàn công tác số 10@59"}},
		{"a command named by a region; China's theatre commands; an aircraft carrier is no airport", "Tư lệnh Ấn Độ-Thái Bình Dương dự. Tư lệnh Chiến khu Tây Bộ Wang Haijiang dự. Tàu sân bay USS Theodore Roosevelt đến.", Position, []string{"Tư lệnh Ấn Độ-Thái Bình Dương@0", "Tư lệnh Chiến khu Tây Bộ@34"}},
		{"an aircraft carrier is no airport; an airport is", "Tàu sân bay USS Theodore Roosevelt đến. Ông ra sân bay Nội Bài.", Location, []string{"sân bay Nội Bài@47"}},
		{"a business group by its English type word", "Ông Nguyễn Tâm Tiến, Tổng Giám đốc TrungNam Group phát biểu. Tập đoàn T&T Group hợp tác chiến lược. Đồng Chủ tịch VSIP Group dự.", Organization, []string{"TrungNam Group@35", "Tập đoàn T&T Group@61", "VSIP Group@114"}},
		{"world news outlets cited in the story are bodies; in a photo credit, a dateline or a closing list of sources they are none", "Photo : YONHAP News\nHÀ NỘI (Sputnik) - Ngày 3/4, Công an họp.\nHãng Reuters đưa tin. Theo Sputnik, CNN và New York Times dẫn nguồn tin.\nĐỨC LONG (Theo AFP, Reuters, Tripoli Post)", Organization, []string{"Hãng Reuters@62", "Sputnik@89", "CNN@98", "New York Times@105"}},
		{"an office of two bodies named in full; a body of two or more places, the last with its own administrative word", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh hoàn chỉnh văn bản. Campuchia trao Huân chương cho BĐBP hai tỉnh Tây Ninh và Long An. Công an các huyện Tuy Phong, Bắc Bình và TP Phan Thiết đã bắt. Văn phòng Tỉnh ủy và Ủy ban nhân dân tỉnh họp.", Organization, []string{"Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh@0", "BĐBP hai tỉnh Tây Ninh và Long An@110", "Công an các huyện Tuy Phong, Bắc Bình và TP Phan Thiết@145", "Văn phòng Tỉnh ủy@208", "Ủy ban nhân dân tỉnh@229"}},
		{"a rare surname after a word of address, told by a common middle name; a place after one is none", "Kỳ họp miễn nhiệm chức Phó Chủ tịch UBND tỉnh đối với ông Giang Thanh Khoa. Bà Cà Thị Phỏng nói. Ông Ngân Văn Húy dự. Các ông Hà Văn A dự.", Person, []string{"Giang Thanh Khoa@58", "Cà Thị Phỏng@79", "Ngân Văn Húy@101"}},
		{"a council, front or association at every level is one body; a force at every level is none", "Chủ tịch UBND các cấp họp. Bầu cử HĐND các cấp nhiệm kỳ 2026-2031. Ủy ban MTTQ các cấp đã tổ chức. Ban Chỉ đạo 515 các cấp họp. Lực lượng công an các cấp đã thu.", Organization, []string{"UBND các cấp@9", "HĐND các cấp@34", "Ủy ban MTTQ các cấp@67", "Ban Chỉ đạo 515 các cấp@99"}},
		{"a rank or a full name after a numbered unit's tight dash is the holder's; a place there is the area's", "Chính ủy Quân khu 7-Trung tướng Phạm Văn Dỹ dự. Sư đoàn 5-Phạm Văn Dỹ dự. Ban CHQS khu vực 3-Lạc Sơn họp.", Organization, []string{"Quân khu 7@9", "Sư đoàn 5@48", "Ban CHQS khu vực 3-Lạc Sơn@74"}},
		{"a governor's title takes the foreign province it heads, of two words too, and the holder's name after it", "Phó tỉnh trưởng Svay Rieng Ha Vantanak phát biểu. Tỉnh trưởng Hủa Phăn dự. Thống đốc Ngân hàng Nhà nước dự.", Position, []string{"Phó tỉnh trưởng Svay Rieng@0", "Tỉnh trưởng Hủa Phăn@50", "Thống đốc Ngân hàng Nhà nước@75"}},
		{"a body's name ends before a verb of dissolving or resolving, not before a noun of liberation", "Bộ Công an giải thể 26 đơn vị. UBND tỉnh giải quyết kiến nghị. Quân Giải phóng miền Nam tiến.", Organization, []string{"Bộ Công an@0", "UBND tỉnh@31", "Quân Giải phóng miền Nam@63"}},
		{"a listed district or commune longer than the one-word country it starts with; the country before a foreign name stays", "Cùng với Bà Điểm, Hóc Môn - Đức Hòa, người dân xã An Tịnh. Bộ trưởng Quốc phòng Đức Boris Pistorius dự.", Location, []string{"Hóc Môn@18", "Đức Hòa@28", "xã An Tịnh@47", "Đức@80"}},
		{"a judge's and a prosecutor's grade and the people's assessor are their posts", "Ông Nguyễn Trọng Nghĩa, Kiểm sát viên cao cấp, dự. Bà Lê Thị Hoa được bầu làm Hội thẩm nhân dân TAND tỉnh Quảng Ninh. Biên chế gồm Thẩm phán trung cấp.", Position, []string{"Kiểm sát viên cao cấp@24", "Hội thẩm nhân dân TAND tỉnh Quảng Ninh@78", "Thẩm phán trung cấp@131"}},
		{"a fight against something, written small after the head, takes its object to the clause's end; an investigating body does not", "Cục Cảnh sát phòng chống tội phạm công nghệ cao (C50) vào cuộc. Cơ quan Cảnh sát điều tra phối hợp.", Organization, []string{"Cục Cảnh sát phòng chống tội phạm công nghệ cao@0", "C50@49", "Cơ quan Cảnh sát điều tra@64"}},
		{"a unit numbered under its parent's number with a dot; an army hospital written short with its number", "Bệnh viện dã chiến 2.2 lên đường. Xí nghiệp 76.1 sản xuất. Các bác sĩ của BVQY 110 và BVQY 91 khám bệnh. Ngày 2.2.2024, Sư đoàn 5 họp.", Organization, []string{"Bệnh viện dã chiến 2.2@0", "Xí nghiệp 76.1@34", "BVQY 110@74", "BVQY 91@86", "Sư đoàn 5@120"}},
		{"a unit's code and further codes of the same letters listed after it, as numbers are", "Đoàn kiểm tra Nhà máy Z111, Z125 và Z176. Trung đoàn 261, 263 tham gia.", Organization, []string{"Nhà máy Z111, Z125@14", "Trung đoàn 261, 263@42"}},
		{"a kingdom's government or force by its royal word and its country", "Chính phủ Hoàng gia Campuchia đón tiếp. Lực lượng Vũ trang Hoàng gia Campuchia dự.", Organization, []string{"Chính phủ Hoàng gia Campuchia@0", "Lực lượng Vũ trang Hoàng gia Campuchia@40"}},
		{"a surname the list lacks, told by the middle name Thị or listed as rare; a port named Thị Vải is none", "Phó Bí thư Tỉnh ủy Phương Thị Thanh dự. Ông Liêu Quốc Phụng phát biểu. Cảng Thị Vải khánh thành.", Person, []string{"Phương Thị Thanh@19", "Liêu Quốc Phụng@44"}},
		{"a command's bare head noun (Bộ Tư lệnh) holds no title; a commander's post does", "Cán bộ cơ quan Bộ Tư lệnh tập trung. Đảng ủy, Bộ Tư lệnh lãnh đạo. Tư lệnh Quân khu 2 dự.", Position, []string{"Tư lệnh Quân khu 2@67"}},
		{"a command post set up for a disaster is a body; an urban district written short before its listed name is a place", "Bộ đã lập Sở Chỉ huy phía trước tại Hà Tĩnh. Sở chỉ huy tiền phương đặt tại Quảng Ngãi. Các kho ở Q.Ba Đình, Q.Hoàng Mai.", Organization, []string{"Sở Chỉ huy phía trước@10", "Sở chỉ huy tiền phương@45"}},
		{"an urban district written short before its listed name is a place with its word", "Các kho ở Q.Ba Đình, Q.Hoàng Mai (Hà Nội).", Location, []string{"Q.Ba Đình@10", "Q.Hoàng Mai@21", "Hà Nội@34"}},
		{"further numbers after a unit's kind written small", "Biên đội tàu 263, 265 tuần tra cùng Biên đội tàu 511, 521.", Organization, []string{"Biên đội tàu 263, 265@0", "Biên đội tàu 511, 521@36"}},
		{"a member written small of a governing body taken into it or named one by one is a post; a delegation's members are the audience", "HĐND bầu bổ sung thành viên UBND tỉnh Bắc Kạn. Các thành viên Chính phủ thảo luận. Các thành viên Đoàn chụp ảnh.", Position, []string{"thành viên UBND tỉnh Bắc Kạn@17", "thành viên Chính phủ@51"}},
		{"a two-word item of a list after a plural administrative word is a place even when its first word is a surname; a full name ends the list", "Sửa nhà tại các xã Điền Hương, Điền Môn, Điền Lộc. Đoàn thăm các xã Tân Lập, Nguyễn Văn Hùng phát biểu.", Location, []string{"Điền Hương@19", "Điền Môn@31", "Điền Lộc@41", "Tân Lập@68"}},
		{"a document after a body and \"và\" starts no second field of its name; a field does", "Theo Bộ Quốc phòng và Chỉ thị số 5. Bộ Chính trị và Kế hoạch số 248 yêu cầu. Sở Khoa học và Công nghệ họp.", Organization, []string{"Bộ Quốc phòng@5", "Bộ Chính trị@36", "Sở Khoa học và Công nghệ@77"}},
		{"a lower-case tail of war invalids goes on a body's name, closed by a listed district at the clause's end", "Đoàn thăm Trung tâm Điều dưỡng thương binh Thuận Thành. Trung tâm Điều dưỡng thương binh đón khách.", Organization, []string{"Trung tâm Điều dưỡng thương binh Thuận Thành@10", "Trung tâm Điều dưỡng@56"}},
		{"a company's board, bare or with its company, is a body; in a chairman's post too", "Chủ tịch HĐQT Trần Đình Long công bố. HĐQT đã thông qua kế hoạch. Hội đồng quản trị Vinamilk họp.", Organization, []string{"HĐQT@9", "HĐQT@38", "Hội đồng quản trị Vinamilk@66"}},
		{"an acronym a body was given in brackets, or one after a company's head, names it alone later; a place in brackets or a class of people does not", "Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC) họp. SCIC quản lý vốn. Chủ tịch Hội đồng quản trị VIMC phát biểu. VIMC bán tàu. Hội Cựu chiến binh (CCB) tỉnh họp; CCB dự. Bệnh viện Lê Văn Thịnh (TPHCM) khám; TPHCM đón.", Organization, []string{"Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC)@0", "SCIC@59", "Hội đồng quản trị VIMC@86", "VIMC@120", "Hội Cựu chiến binh (CCB) tỉnh@134", "Bệnh viện Lê Văn Thịnh (TPHCM)@177"}},
		{"a border post's deputy chief is a post; a plant quarantine station's lower-case field goes on its name", "Thiếu tá Đỗ Tuấn Anh, Trạm phó Trạm Biên phòng cửa khẩu quốc tế Lào Cai cho biết. Trạm Kiểm dịch thực vật Kim Thành thu giữ.", Organization, []string{"Trạm Biên phòng cửa khẩu quốc tế Lào Cai@31", "Trạm Kiểm dịch thực vật Kim Thành@82"}},
		{"a mass body's branch in a force's command or in a body named with its place is one name", "Đại hội Đoàn TNCS Hồ Chí Minh BĐBP Hà Tĩnh lần thứ XII. Đoàn TNCS Hồ Chí Minh Công an tỉnh Nghệ An họp.", Organization, []string{"Đoàn TNCS Hồ Chí Minh BĐBP Hà Tĩnh@8", "Đoàn TNCS Hồ Chí Minh Công an tỉnh Nghệ An@56"}},
		{"a brand's company named by a foreign word after it is one name; a province after it is its branch", "Ông Đào Xuân Vũ, Chủ tịch Viettel Global, dự. Viettel Post niêm yết. Viettel Quảng Ngãi hỗ trợ.", Organization, []string{"Viettel Global@26", "Viettel Post@46", "Viettel Quảng Ngãi@69"}},
		{"an adverb with \"một\" ends a post's lower-case tail; a police department's old name is listed", "Các Bộ trưởng Quốc phòng ASEAN một lần nữa khẳng định. Tổng Cục trưởng Tổng cục Cảnh sát phòng chống tội phạm Việt Nam phát biểu.", Position, []string{"Bộ trưởng Quốc phòng ASEAN@4", "Tổng Cục trưởng Tổng cục Cảnh sát phòng chống tội phạm Việt Nam@55"}},
		{"a border gate's kind written small and a pair of names joined by a dash are the gate's; a word of time after the name is not", "Khai trương cặp cửa khẩu Chi Ma-Ái Điểm. Cửa khẩu song phương A Pa Chải mở cửa. Qua cửa khẩu quốc tế đường bộ số II-Kim Thành. Qua sân bay Nội Bài hôm qua.", Location, []string{"cửa khẩu Chi Ma-Ái Điểm@16", "Cửa khẩu song phương A Pa Chải@41", "cửa khẩu quốc tế đường bộ số II-Kim Thành@84", "sân bay Nội Bài@131"}},
		{"a number word that starts a place's name counts nothing; a verb of announcing ends a counted noun", "Ông nói: “Ba Lan đang gia nhập NATO”. Ba tỉnh công bố kết quả.", Count, []string{"Ba tỉnh@38"}},
		{"the Supreme Court's council of judges and a court's chambers are bodies; \"đồng\" ending \"Hội đồng\" is no co-chair", "Số thành viên Hội đồng Thẩm phán TANDTC không quá 27 người. TAND tỉnh có Tòa Hình sự, Tòa Gia đình và người chưa thành niên.", Organization, []string{"Hội đồng Thẩm phán TANDTC@14", "TAND tỉnh@60", "Tòa Hình sự@73", "Tòa Gia đình và người chưa thành niên@86"}},
		{"fields of standards and applied science written with one capital go on a centre's name; \"tiến bộ\" is a noun", "Ông thăm Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bình Dương báo cáo.", Organization, []string{"Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng@9", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bình Dương@60"}},
		{"football bodies by their abbreviations", "VFF công bố hợp đồng với HLV. Đội tuyển dự AFF Cup theo lịch của FIFA và AFC.", Organization, []string{"VFF@0", "AFF@43", "FIFA@65", "AFC@73"}},
		{"a stadium is a venue with its name", "Trận đấu tại Sân vận động Quốc gia Mỹ Đình. Đội tập ở sân vận động Thiên Trường.", Location, []string{"Sân vận động Quốc gia Mỹ Đình@13", "sân vận động Thiên Trường@54"}},
		{"a syllable written small after a two-word place is the sentence's, unless the two make a listed compound; a venue's lower-case tail reaches no body", "Đoàn đến sân bay Nội Bài tiễn Đoàn Thể thao Việt Nam. Hội diễn tại Nhà hát Quân đội. Dự án tại Khu công nghệ cao Hòa Lạc.", Location, []string{"sân bay Nội Bài@9", "Việt Nam@44", "Nhà hát Quân đội@67", "Khu công nghệ cao Hòa Lạc@95"}},
		{"a cooperative is a body, and its \"xã\" no commune's", "Phạt HTX Việt Hải. Công ty CP Thủy sản Thông Thuận và Hợp tác xã Thái Minh bị phạt.", Organization, []string{"HTX Việt Hải@5", "Công ty CP Thủy sản Thông Thuận@19", "Hợp tác xã Thái Minh@54"}},
		{"an association named by two countries takes the province or city its branch serves", "Ông Phùng Tấn Viết-Chủ tịch Hội hữu nghị Việt Nam-Lào thành phố Đà Nẵng tặng hoa. Hội hữu nghị Việt Nam – Campuchia TPHCM họp.", Organization, []string{"Hội hữu nghị Việt Nam-Lào thành phố Đà Nẵng@28", "Hội hữu nghị Việt Nam – Campuchia TPHCM@82"}},
		{"a listed pair of fields joined by a comma goes on a body's name; a delegation named by a body after \"và\" is no field of it", "Cục Quản lý khám, chữa bệnh (Bộ Y tế) chỉ đạo. Cục trưởng Cục Quản lý Khám, chữa bệnh và đoàn Bộ Y tế đến thăm.", Organization, []string{"Cục Quản lý khám, chữa bệnh@0", "Bộ Y tế@29", "Cục Quản lý Khám, chữa bệnh@58", "Bộ Y tế@94"}},
		{"\"dự phòng\" is a noun that goes on a centre's name", "Trung tâm Y tế dự phòng tỉnh cho biết.", Organization, []string{"Trung tâm Y tế dự phòng tỉnh@0"}},
		{"a substation and a power line, with their voltage, are venues; a line between two provinces is one", "Đóng điện Đường dây 500kV Lào Cai-Vĩnh Yên và trạm biến áp 500kV Vĩnh Yên. EVN thi công đường dây 500 kV Monsoon-Thạnh Mỹ. Đường dây nóng được mở.", Location, []string{"Đường dây 500kV Lào Cai-Vĩnh Yên@10", "trạm biến áp 500kV Vĩnh Yên@46", "đường dây 500 kV Monsoon-Thạnh Mỹ@88"}},
		{"a hall is no school: \"hội trường\" before a body's name", "Hội nghị tổ chức tại hội trường Bộ Công an và Hội trường Tỉnh ủy. Trường Đại học Luật dự.", Organization, []string{"Bộ Công an@32", "Trường Đại học Luật@66"}},
		{"a region named by the compass alone is a direction after hướng, phía, gió mùa or another point", "Tàu trôi về hướng Đông Bắc, cách đảo 15 hải lý về phía Tây bắc. Gió mùa Đông Bắc tràn về. Bão đi theo hướng Tây Tây Bắc. Các tỉnh vùng Tây Bắc và Tây Nguyên.", Location, []string{"vùng Tây Bắc@130", "Tây Nguyên@146"}},
		{"a number after an island or a hamlet word, then a measure, is a distance", "Tàu cách đảo 15 hải lý. Tại thôn 2 xã Hòa Phong.", Location, []string{"thôn 2@28", "xã Hòa Phong@35"}},
		{"a school's unlisted name is no place; a listed one is", "Trường THPT Quang Trung, Trường Mầm non Họa Mi và Trường THPT Chuyên Bắc Kạn khai giảng.", Location, []string{"Bắc Kạn@69"}},
		{"a state's formal name keeps its nước, but not the nước of Chủ tịch nước or Nhà nước", "Đoàn tỉnh Attapư (nước CHDCND Lào) sang thăm. Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam dự. Chống Nhà nước Cộng hòa Pháp.", Location, []string{"tỉnh Attapư@5", "nước CHDCND Lào@18", "Cộng hòa xã hội chủ nghĩa Việt Nam@60", "Cộng hòa Pháp@114"}},
		{"a listed name whose head has two words is the body when written small after its first word; a one-word head before a verb is not", "Kiểm toán nhà nước Việt Nam (KTNN) tổ chức họp báo. Ngân hàng chính sách xã hội cho vay. Lãnh đạo Bộ xây dựng lực lượng.", Organization, []string{"Kiểm toán nhà nước Việt Nam (KTNN)@0", "Ngân hàng chính sách xã hội@52"}},
		{"the National Assembly's committees of earlier terms, written small", "Phó Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội Lê Thị Nguyệt dự. Phó Chủ nhiệm Ủy ban dân nguyện Quốc hội Lưu Bình Nhưỡng dự.", Organization, []string{"Ủy ban các vấn đề xã hội của Quốc hội@14", "Ủy ban dân nguyện Quốc hội@84"}},
		{"a department named by its people's post, alone or with the body it belongs to; a post before a name stays a post", "Tổng đài của Cục Lãnh sự tiếp nhận. Ban Thư ký ASEAN dự. Lãnh sự Việt Nam Nguyễn Văn Hùng dự.", Organization, []string{"Cục Lãnh sự@13", "Ban Thư ký ASEAN@36"}},
		{"a title takes a republic's formal name that no list holds, and the name after it is the holder's", "Tổng thống Cộng hòa Nicaragua Daniel Ortega Saavedra gửi điện chia buồn.", Position, []string{"Tổng thống Cộng hòa Nicaragua@0"}},
		{"a central board's body is the listed Trung ương Đoàn, not the start of the name after it", "Phó Trưởng Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn Nguyễn Xuân Hiếu dự.", Person, []string{"Nguyễn Xuân Hiếu@59"}},
		{"an academy named short, before a verb", "Chủ tịch Viện Hàn lâm chủ trì hội nghị.", Organization, []string{"Viện Hàn lâm@9"}},
		{"UN agencies and development partners, by name and by acronym", "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) và JICA hỗ trợ tỉnh.", Organization, []string{"Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO)@0", "JICA@57"}},
		{"an international body's post takes the country its office serves", "Trưởng đại diện UNICEF tại Việt Nam Rana Flowers dự. Giám đốc Sở Y tế tại Hà Nội.", Position, []string{"Trưởng đại diện UNICEF tại Việt Nam@0", "Giám đốc Sở Y tế@53"}},
		{"a part of a country named with it is one place; miền Đông alone is a region", "Israel không kích miền nam Lebanon và miền Nam nước Nga. Sư đoàn chiến đấu ở miền Đông.", Location, []string{"Israel@0", "miền nam Lebanon@18", "miền Nam nước Nga@38", "miền Đông@77"}},
		{"a body's bracketed abbreviation, then the bare level of the reader's province", "Hội Cựu Công an nhân dân (CAND) tỉnh ra mắt. Hội Nông dân (HND) tỉnh Nghệ An dự.", Organization, []string{"Hội Cựu Công an nhân dân (CAND) tỉnh@0", "Hội Nông dân (HND) tỉnh Nghệ An@45"}},
		{"an association named by two countries takes a bare level or Trung ương", "Hội hữu nghị Việt Nam-Campuchia tỉnh chúc mừng. Hội hữu nghị Việt Nam-Campuchia Trung ương dự.", Organization, []string{"Hội hữu nghị Việt Nam-Campuchia tỉnh@0", "Hội hữu nghị Việt Nam-Campuchia Trung ương@48"}},
		{"the traffic police written short, with the police or the place they belong to", "CSGT Công an tỉnh Kon Tum có mặt. CSGT huyện Quảng Xương giải cứu. 2 CSGT bị thương.", Organization, []string{"CSGT Công an tỉnh Kon Tum@0", "CSGT huyện Quảng Xương@34", "CSGT@69"}},
		{"a lower-case tail closed by a city written with a dotted abbreviation", "Trung tâm Kiểm soát bệnh tật TP. Hồ Chí Minh cảnh báo.", Organization, []string{"Trung tâm Kiểm soát bệnh tật TP. Hồ Chí Minh@0"}},
		{"a military command of no level or place is a kind of body", "Chỉ huy trưởng Ban CHQS được bố trí. Ban CHQS huyện Bến Lức dự.", Organization, []string{"Ban CHQS huyện Bến Lức@37"}},
		{"a region keeps the word that calls it one, but not after tiểu or các", "Phát triển vùng Tây Nguyên và tiểu vùng Tây Nam Bộ.", Location, []string{"vùng Tây Nguyên@11", "Tây Nam Bộ@40"}},
		{"a stadium of the place named after its type", "Lễ giao quân tại sân vận động xã Đông Hiếu. Trận đấu ở Sân vận động Quốc gia Mỹ Đình.", Location, []string{"sân vận động xã Đông Hiếu@17", "Sân vận động Quốc gia Mỹ Đình@55"}},
		{"the seat of a body named with its commune, or where it works", "Bị cáo đến trụ sở Công an phường Thanh Xuân Nam đầu thú. Họp tại trụ sở làm việc Công an tỉnh An Giang. Về trụ sở Công an.", Location, []string{"trụ sở Công an phường Thanh Xuân Nam@11", "trụ sở làm việc Công an tỉnh An Giang@65"}},
		{"a police written short (CATP, CAH), its place after a space or a tight dot", "Phòng An ninh mạng CATP.Hà Nội phối hợp với CAH Thanh Hà.", Organization, []string{"Phòng An ninh mạng CATP.Hà Nội@0", "CAH Thanh Hà@44"}},
		{"a governor-general is a post; an envoy's full powers stay the envoy's", "Đại sứ trình Quốc thư lên Toàn quyền Australia David Hurley. Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản dự.", Position, []string{"Đại sứ@0", "Toàn quyền Australia@26", "Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản@61"}},
		{"expressways named by the places they join, interchanges, berths, blocks of flats and a station's building", "Xe ra nút giao Quốc lộ 51 trên cao tốc Dầu Giây - Phan Thiết. Tai nạn trên cao tốc Bắc - Nam đoạn qua Thanh Hóa. Tàu cập cầu cảng Tiên Sa số 2. Bắt tại chung cư Masteri. Tại nhà ga Đà Nẵng.", Location, []string{"nút giao Quốc lộ 51@6", "cao tốc Dầu Giây - Phan Thiết@31", "cao tốc Bắc - Nam@75", "Thanh Hóa@102", "cầu cảng Tiên Sa số 2@121", "chung cư Masteri@152", "nhà ga Đà Nẵng@174"}},
		{"inside a body's name a state's short formal name is named bare; a post's department in lower case is no body", "Ông Vôngxây, Trưởng phòng Tùy viên Quốc phòng, Đại sứ quán nước CHDCND Lào tại Việt Nam dự.", Location, []string{"CHDCND Lào@64", "Việt Nam@79"}},
		{"a hero's title gives the two-word name after it", "Giao lưu với Anh hùng lực lượng vũ trang nhân dân, Anh hùng lao động Phạm Tuân.", Person, []string{"Phạm Tuân@69"}},
		{"a province of two words, then a capitalized noun, is no name of three", "Bộ Công an đã tổ chức tại Hà Nội Lễ công bố quyết định. Ông Hà Văn Nội dự.", Person, []string{"Hà Văn Nội@60"}},
		{"an ampersand joins a body's fields as và does", "Ông Trần Tú Anh, Giám đốc Sở Kế hoạch & Đầu tư tỉnh Hà Tĩnh cho biết.", Organization, []string{"Sở Kế hoạch & Đầu tư tỉnh Hà Tĩnh@26"}},
		{"laying down rules ends a title's body; the rules and a battery do not", "Việc thăng cấp do Bộ trưởng Công an quy định cụ thể. Giữ chức Thứ trưởng Bộ Quốc phòng theo quy định.", Position, []string{"Bộ trưởng Công an@18", "Thứ trưởng Bộ Quốc phòng@62"}},
		{"seats named for the government in them; a foreign name after a body's bracketed abbreviation is the holder's", "Lầu Năm Góc thông báo. Nhà Trắng xác nhận. Tổng Thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Mark Rutte phát biểu.", Organization, []string{"Lầu Năm Góc@0", "Nhà Trắng@23", "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)@55"}},
		{"a hospital's management board; a defence zone's command named after its district", "Chủ tịch Hội đồng quản lý Bệnh viện Bạch Mai dự. Ban chỉ huy Phòng thủ khu vực (PTKV) 4 Tương Dương hỗ trợ.", Organization, []string{"Hội đồng quản lý Bệnh viện Bạch Mai@9", "Ban chỉ huy Phòng thủ khu vực (PTKV) 4 Tương Dương@49"}},
		{"a foreign name's middle initial with its dot and a space; a Vietnamese name's initial ends it", "Tiếp quản từ Đô đốc Harry B. Harris, người vừa được đề cử. Bị can Nguyễn Văn T. Sau đó bị bắt.", Person, []string{"Harry B. Harris@20"}},
		{"the accused and the named, whatever their surname; one word only when spelled as no Vietnamese syllable, and not a given name alone", "Người đàn ông tên Xông Chia hẹn gặp. Tòa phạt bị cáo Tongleng Lo và Thongvang tử hình; 4 đối tượng: Y Sa, Hồ Văn Lâm bị bắt. Bị can Thongvang khai nhận. Một người tên Hùng đến.", Person, []string{"Xông Chia@18", "Tongleng Lo@53", "Thongvang@68", "Y Sa@100", "Hồ Văn Lâm@106", "Thongvang@132"}},
		{"after a body's abbreviation in brackets, the body it belongs to", "Hội đồng Phối hợp phổ biến, giáo dục pháp luật (PBGDPL) Bộ Quốc phòng họp. Ủy ban Thường vụ (UBTV) QH cho ý kiến.", Organization, []string{"Hội đồng Phối hợp phổ biến, giáo dục pháp luật (PBGDPL) Bộ Quốc phòng@0", "Ủy ban Thường vụ (UBTV) QH@75"}},
		{"a drafting board named by the law it drafts; alone it names none", "Phó trưởng Ban Thường trực Ban soạn thảo Luật BPVN và đồng chí B dự. Làm việc với Ban Soạn thảo Dự án Luật Phòng thủ dân sự. Ban soạn thảo đã làm xong; Ban soạn thảo dự án Luật và các cơ quan.", Organization, []string{"Ban soạn thảo Luật BPVN@27", "Ban Soạn thảo Dự án Luật Phòng thủ dân sự@82"}},
		{"a fishing boat's captain by its registration; a boat named by its country is no ship's name", "Ông Võ Cao Trung, thuyền trưởng tàu cá QNg-91369 TS, bị phạt. Ông Lê Văn Trung, thuyền trưởng tàu cá mang số hiệu QNg-91369 TS. Ông Lê Văn Nam, thuyền trưởng tàu cá Việt Nam bị bắt.", Position, []string{"thuyền trưởng tàu cá QNg-91369 TS@18", "thuyền trưởng tàu cá mang số hiệu QNg-91369 TS@80", "thuyền trưởng@144"}},
		{"crossroads and river mouths are venues", "Xe đến ngã tư An Sương rồi rẽ phải. Tàu về cửa biển Sa Kỳ an toàn.", Location, []string{"ngã tư An Sương@7", "cửa biển Sa Kỳ@43"}},
		{"urban blocks and border crossings are places; a Party bloc is a body", "Ông ở khối phố Hòa Thượng. Qua lối mở Nà Đoỏng. Đảng ủy Khối Cơ quan tỉnh họp.", Location, []string{"khối phố Hòa Thượng@6", "lối mở Nà Đoỏng@31"}},
		{"a letter written onto a body's number", "Bệnh viện Quân y 7B nhận; Chi bộ tổ dân phố 9A họp.", Organization, []string{"Bệnh viện Quân y 7B@0", "Chi bộ tổ dân phố 9A@26"}},
		{"a residential group numbered without 'số', with its letter", "Ông ở tổ dân phố 9, phường Phạm Đình Hổ. Bà ở tổ dân phố 9A.", Location, []string{"tổ dân phố 9@6", "phường Phạm Đình Hổ@20", "tổ dân phố 9A@46"}},
		{"a body's web portal named with the body; alone it names none", "Góp ý trên Cổng thông tin điện tử Quốc hội. Theo Cổng thông tin điện tử của Công an tỉnh Bình Thuận. Cổng Thông tin điện tử cập nhật.", Organization, []string{"Cổng thông tin điện tử Quốc hội@11", "Cổng thông tin điện tử của Công an tỉnh Bình Thuận@49"}},
		{"the traffic police in words, in either case; a name or a field after it makes a unit", "Lực lượng Cảnh sát giao thông xử lý; trung tá cảnh sát giao thông dự; thuộc phòng Cảnh sát giao thông, Công an tỉnh. Phòng Cảnh sát giao thông đường bộ - đường sắt (PC08) bắt.", Organization, []string{"Cảnh sát giao thông@10", "cảnh sát giao thông@46", "phòng Cảnh sát giao thông@76", "Công an tỉnh@103", "PC08@165"}},
		{"a number before a counted noun is no body's; a letter on a number before a comma", "Cụ thể: Sở Tư pháp 3 văn bản pháp luật; Sở Công thương 4 văn bản. Bệnh viện Quân y 7B, Trường Cao đẳng Y tế.", Organization, []string{"Sở Tư pháp@8", "Sở Công thương@40", "Bệnh viện Quân y 7B@66", "Trường Cao đẳng Y tế@87"}},
		{"'chỉ định' (appoint) is a verb between two bodies", "Theo đó, Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh Lâm Đồng nhiệm kỳ 2025 – 2030 gồm 94 người.", Organization, []string{"Bộ Chính trị@9", "Ban Chấp hành Đảng bộ tỉnh Lâm Đồng@31"}},
		{"a head noun as a given name before a dash", "Cùng đi có các ông: Hà Ban - Ủy viên Trung ương Đảng; Lê Bộ Lĩnh dự. Hà Nội - Hải Phòng.", Person, []string{"Hà Ban@20", "Lê Bộ Lĩnh@54"}},
		{"an article's number before its code is no count", "Tội nhận hối lộ quy định tại khoản 2, điều 354 bộ luật Hình sự; điều 8 xe chữa cháy.", Count, []string{"8 xe chữa cháy@69"}},
		{"squares, river islands and a plant named after its product are places with their type noun; a plant named by its product alone is none", "Khai mạc tại quảng trường Bình Minh. Ngày hội tại cù lao An Bình. Khánh thành Nhà máy luyện cán thép Nghi Sơn. Nhà máy sản xuất sợi dệt đi vào hoạt động.", Location, []string{"quảng trường Bình Minh@13", "cù lao An Bình@50", "Nhà máy luyện cán thép Nghi Sơn@78"}},
		{"a caption's photographer in capitals at the end of its line; a place in capitals is none", "Lễ giao nhận quân tổ chức tại Trung tâm văn hóa tỉnh Hà Tĩnh PHẠM ĐỨC\nTân binh lên xe về đơn vị PHẠM ĐỨC\nĐoàn đến thăm HÀ NỘI", Person, []string{"PHẠM ĐỨC@61", "PHẠM ĐỨC@96"}},
		{"a withheld name cut to its initial names no one; a Hmong middle A does not end a name", "Đối tượng Hoàng Thị T. (SN 1990) bị bắt. Giàng A Tủa dự. Đại úy Nguyễn Xuân H. cho biết.", Person, []string{"Giàng A Tủa@41"}},
		{"an illustration's credit, and credits joined by a slash to an agency or a site", "Công dân thường trú (Ảnh minh họa: Nguyễn Dương). Quang cảnh (ảnh Mai Đào/gialai.gov.vn). Bộ trưởng trả lời. Ảnh VGP/Nhật Bắc", Person, []string{"Nguyễn Dương@35", "Mai Đào@66", "Nhật Bắc@117"}},
		{"photo credit in capitals", "Toàn cảnh hội nghị. Ảnh: TRẦN HÙNG", Person, []string{"TRẦN HÙNG@25"}},
		{"a listed word of two syllables keeps its second after a capitalized first, and a lower-case tail up to punctuation", "Đoàn thăm Trung tâm Điều hành sản xuất của công ty và Cục Xây dựng phong trào ở Hà Nội. Ông dự họp ở Viện Địa lý nhân văn.", Organization, []string{"Trung tâm Điều hành@10", "Cục Xây dựng@54", "Viện Địa lý nhân văn@101"}},
		{"a Party secretary named by the province alone, and a member of the Front's presidium", "Ông Nguyễn Tiến Hải, Bí thư An Giang, và bà Bùi Thị Minh Hoài, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự.", Position, []string{"Bí thư An Giang@21", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam@63"}},
		{"an item of a list of places that starts with a head noun is a place; a city listed with its noun ends before an unknown name", "Đơn vị gồm các xã: Phủ Lương, Trường Sinh, Sơn Dương. Phó Bí thư Thành ủy TP.HCM Xyz Thành Cang dự.", Location, []string{"Phủ Lương@19", "Trường Sinh@30", "Sơn Dương@43", "TP.HCM@74"}},
		{"an abbreviation in brackets that spells a body's name names it alone later, with a regional office's area or a unit's name", "Kiểm toán Nhà nước (KTNN) khu vực IV kiến nghị; KTNN khu vực IV cho biết. Hội đồng Bầu cử quốc gia (HĐBC QG) họp; HĐBC QG quyết định. Đồn Biên phòng (ĐBP) Mỹ Thạnh Tây dự; anh về ĐBP Mỹ Thạnh Tây. Hội Cựu chiến binh (CCB) xã họp; CCB thôn dự. Số 825/BC-UBTVQH15 của Ủy ban Thường vụ Quốc hội.", Organization, []string{"Kiểm toán Nhà nước (KTNN) khu vực IV@0", "KTNN khu vực IV@48", "Hội đồng Bầu cử quốc gia (HĐBC QG)@74", "HĐBC QG@114", "Đồn Biên phòng (ĐBP) Mỹ Thạnh Tây@134", "ĐBP Mỹ Thạnh Tây@179", "Hội Cựu chiến binh (CCB) xã@197", "Ủy ban Thường vụ Quốc hội@266"}},
		{"Y after a school's word is medicine, not an Ê Đê name; food safety goes on a name; the social affairs committee and professors' councils", "Ông Bách, Trường ĐH Y Hà Nội dự. Chi cục Vệ sinh an toàn thực phẩm tới kiểm tra. Hội đồng Giáo sư cơ sở đề nghị. Ủy ban về các vấn đề xã hội của Quốc hội thẩm tra. Ông Y Khim Niê Kdăm dự.", Organization, []string{"Trường ĐH Y Hà Nội@10", "Chi cục Vệ sinh an toàn thực phẩm@33", "Hội đồng Giáo sư cơ sở@81", "Ủy ban về các vấn đề xã hội của Quốc hội@113"}},
		{"a short name in brackets of the body's first word and an abbreviation of its words stays in the name", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh (Bộ CHQS) dự. Ban Chỉ huy Quân sự huyện (Ban CHQS) họp. Bộ Quốc phòng (Bộ TTM) dự.", Organization, []string{"Bộ Chỉ huy Quân sự tỉnh (Bộ CHQS)@15", "Ban Chỉ huy Quân sự huyện (Ban CHQS)@53", "Bộ Quốc phòng@95", "Bộ TTM@110"}},
		{"a dash joins a listed unit to its ministry, not two bodies side by side", "Học viện Chính trị - Bộ Quốc phòng và Học viện Chính trị CAND. Bộ Quốc phòng - Bộ Công an phối hợp. Quân ủy Trung ương - Bộ Quốc phòng.", Organization, []string{"Học viện Chính trị - Bộ Quốc phòng@0", "Học viện Chính trị CAND@38", "Bộ Quốc phòng@63", "Bộ Công an@79", "Quân ủy Trung ương@100", "Bộ Quốc phòng@121"}},
		{"a chairman named by the city alone, and the city a place; not the President Hồ Chí Minh; a nationality after quốc tịch", "Nguyên Chủ tịch Đà Nẵng Trần Văn Minh bị khai trừ. Chủ tịch Hồ Chí Minh dạy. Ông mang quốc tịch Anh.", Location, []string{"Đà Nẵng@16"}},
		{"a chairman named by the city alone", "Nguyên Chủ tịch Đà Nẵng Trần Văn Minh bị khai trừ. Chủ tịch Hồ Chí Minh dạy.", Position, []string{"Chủ tịch Đà Nẵng@7", "Chủ tịch@51"}},
		{"a party committee's standing board names a body alone, and takes one unknown abbreviation as its unit's code", "Có các đồng chí trong Ban Thường vụ Đảng ủy, lãnh đạo Công an tỉnh. Ban Thường vụ Đảng ủy NHPT đã họp. UBND TTPL họp.", Organization, []string{"Ban Thường vụ Đảng ủy@22", "Công an tỉnh@54", "Ban Thường vụ Đảng ủy NHPT@68", "UBND TTPL@103"}},
		{"Trường after a surname is a middle name when plain capitalized words follow; a school named after a person stays a school", "Bà Nguyễn Trường Nhật Phượng dự họp. Trường Nguyễn Trường Tộ khai giảng. Bà Nguyễn Trường THPT Chu Văn An.", Person, []string{"Nguyễn Trường Nhật Phượng@3"}},
		{"the laws an amending law counts are counted; a law's number is not", "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự; Luật số 72/2014/QH13 và 5 nhiệm vụ.", Count, []string{"10 luật@38", "5 nhiệm vụ@105"}},
		{"numbers of one length listed after a unit's number name units of one kind; a number that counts does not", "Trung đoàn 238, Sư đoàn 363; Trung đoàn 261, 263, Sư đoàn 367 cùng kíp. Hai Tiểu đoàn 452, 453 được điều chuyển. Trung đoàn 18, 3 đại đội.", Organization, []string{"Trung đoàn 238@0", "Sư đoàn 363@16", "Trung đoàn 261, 263@29", "Sư đoàn 367@50", "Tiểu đoàn 452, 453@76", "Trung đoàn 18@113"}},
		{"the stand-in for a steering committee's evils joins its name's commas", "Ban Chỉ đạo phòng chống tham nhũng, lãng phí, tiêu cực tỉnh Phú Thọ họp.", Organization, []string{"Ban Chỉ đạo phòng chống tham nhũng, lãng phí, tiêu cực tỉnh Phú Thọ@0"}},
		{"a short name in brackets that repeats the body's words stays in its name; another body in brackets does not", "Công ty TNHH MTV Lâm nghiệp Bình Thuận (Công ty Lâm nghiệp Bình Thuận) đã giao đất. Bộ Quốc phòng (Bộ Tổng Tham mưu) dự.", Organization, []string{"Công ty TNHH MTV Lâm nghiệp Bình Thuận (Công ty Lâm nghiệp Bình Thuận)@0", "Bộ Quốc phòng@84", "Bộ Tổng Tham mưu@99"}},
		{"a steering committee named after a title that shares its head noun in lower case keeps its subject", "Ông Nguyễn Phú Trọng, Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, chủ trì.", Position, []string{"Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng@22"}},
		{"a purpose, a destination or working with another body ends a name's lower-case tail", "giao Sở Tài nguyên và Môi trường để thực hiện; nhập Sở Ngoại vụ vào Văn phòng UBND tỉnh; Cơ quan Cảnh sát điều tra phối hợp Công an quận Thanh Xuân điều tra.", Organization, []string{"Sở Tài nguyên và Môi trường@5", "Sở Ngoại vụ@52", "Văn phòng UBND tỉnh@68", "Cơ quan Cảnh sát điều tra@89", "Công an quận Thanh Xuân@124"}},
		{"fire fighting and rescue are one field, with the unit's code, area and parent after both", "Đội Cảnh sát PCCC và CNCH KV1 có mặt. Đội PCCC và cứu nạn cứu hộ đến. Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC&CNCH) Công an tỉnh Sóc Trăng. Đội Cảnh sát PCCC&CNCH khu vực số 2 dập lửa. Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) chỉ đạo.", Organization, []string{"Đội Cảnh sát PCCC và CNCH KV1@0", "Đội PCCC và cứu nạn cứu hộ@38", "Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC&CNCH) Công an tỉnh Sóc Trăng@70", "Đội Cảnh sát PCCC&CNCH khu vực số 2@160", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH)@205"}},
		{"a monarch's title takes the country, not the name after it; no title starts inside a country's name", "Năm 2019, Nhật hoàng Akihito thoái vị. Sinh nhật Thiên hoàng Nhật Bản Naruhito. Đoàn gặp Trung Quốc Vương Hộ Ninh.", Position, []string{"Nhật hoàng@10", "Thiên hoàng Nhật Bản@49"}},
		{"venues: a seat of a body named in full, a mausoleum or memorial named by a title and a person, a facility of a place, numbered points, bridges, islands and residential groups", "Tại trụ sở Bộ Quốc phòng và trụ sở Công an huyện. Viếng Lăng Chủ tịch Hồ Chí Minh. Chị Lăng Thị Loang đoạt giải. Nhà tưởng niệm Anh hùng Liệt sỹ Nguyễn Văn Trỗi. Nhà văn hóa thôn Tân Mỹ. Tại điểm giao nhận quân số 3, điểm cao 1049 và 1015. Qua cầu Phong Châu, tại đầu cầu Hà Nội, gần hòn Mát, tổ dân phố số 1.", Location, []string{"trụ sở Bộ Quốc phòng@4", "Lăng Chủ tịch Hồ Chí Minh@56", "Nhà tưởng niệm Anh hùng Liệt sỹ Nguyễn Văn Trỗi@113", "Nhà văn hóa thôn Tân Mỹ@162", "điểm giao nhận quân số 3@191", "điểm cao 1049 và 1015@217", "cầu Phong Châu@244", "Hà Nội@272", "hòn Mát@284", "tổ dân phố số 1@293"}},
		{"one office serving two councils of a place, the second by its abbreviation; an office and another body stay two", "Lãnh đạo Văn phòng HĐND và UBND xã dự. Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Nam họp. Văn phòng Bộ và UBND tỉnh ký.", Organization, []string{"Văn phòng HĐND và UBND xã@9", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Nam@39", "Văn phòng Bộ@87", "UBND tỉnh@103"}},
		{"a defence area's place after a tight dash, though it could be a name; a head of a general station", "Thiếu tá B, Tham mưu trưởng Ban Chỉ huy phòng thủ khu vực 3-Lạc Sơn dự. Ông Cái Lập Tân, Tổng trạm trưởng Tổng trạm Kiểm tra Biên phòng tỉnh Quảng Tây dự.", Position, []string{"Tham mưu trưởng Ban Chỉ huy phòng thủ khu vực 3-Lạc Sơn@12", "Tổng trạm trưởng Tổng trạm Kiểm tra Biên phòng tỉnh Quảng Tây@89"}},
		{"posts of companies and agencies: a general director written short, the head of an investigating agency, a management board's lower-case field before its parent; a title's abbreviation in brackets is no post of its own", "Ông A, Phó TGĐ VRG; ông B, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh; ông C, Giám đốc Ban Quản lý dự án lưới điện thuộc EVNNPC; chức danh Chủ tịch kiêm Tổng giám đốc (TGĐ) Tập đoàn.", Position, []string{"Phó TGĐ VRG@7", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh@27", "Giám đốc Ban Quản lý dự án lưới điện@85", "Chủ tịch kiêm Tổng giám đốc@146"}},
		{"a listed abbreviation tight against an unknown code is a substance, not the body", "Ngân hàng Phát triển châu Á (ADB) cho vay; ma túy ADB-BUTINACA.", Organization, []string{"Ngân hàng Phát triển châu Á (ADB)@0"}},
		{"listed pairs of fields joined by a comma inside a body's name", "Hội đồng tư vấn chính sách tài chính, tiền tệ quốc gia họp. Hội đồng phối hợp phổ biến, giáo dục pháp luật Bộ Quốc phòng họp.", Organization, []string{"Hội đồng tư vấn chính sách tài chính, tiền tệ quốc gia@0", "Hội đồng phối hợp phổ biến, giáo dục pháp luật Bộ Quốc phòng@60"}},
		{"two writers joined by a tight dash on the last line after a label", "Bài viết kết thúc.\n\nTin, ảnh: HOÀNG THÀNH-XUÂN CƯỜNG\n", Person, []string{"HOÀNG THÀNH@30", "XUÂN CƯỜNG@42"}},
		{"two writers in capitals joined by a dash on the last line, with no surname", "Bài viết kết thúc.\nMINH THANH - MINH NHÂN\n", Person, []string{"MINH THANH@19", "MINH NHÂN@32"}},
		{"two writers joined by a dash on the last line", "Bài viết kết thúc.\n\nThùy Linh – Đức Phương\n", Person, []string{"Thùy Linh@20", "Đức Phương@32"}},
		{"two places joined by a dash on the last line are no writers", "Bài viết kết thúc.\n\nHà Nội - Hải Phòng\n", Person, nil},
		{"a site's credit in brackets opening a line, an agency after a photo credit's spaced dash, and a congress's own bodies name no organization", "(QK7 Online) - Ngày 24-6, Học viện tổ chức lễ.\nKỳ họp bế mạc. Ảnh: Ngọc Minh – TTXVN\nĐại hội bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu. QK7 tổ chức hội nghị.", Organization, []string{"QK7@156"}},
		{"a street is no place; a national road is", "Nhà ở đường Láng và đường Nguyễn Văn Linh, gần đường Hồ Chí Minh và đường tỉnh 178.", Location, []string{"đường Hồ Chí Minh@47", "đường tỉnh 178@68"}},
		{"a pen name in capitals with no surname on the last line is a writer; a place's name there is not", "Bài viết kết thúc.\n\nQUANG VINH\n", Person, []string{"QUANG VINH@20"}},
		{"a place in capitals on the last line is no writer", "Bài viết kết thúc.\nHÀ NỘI\n", Person, nil},
		{"a word of address opening a sentence, an honorific and a hospital's name are no places", "Anh Nguyễn Minh Triết sinh năm 1980. Thắp hương Đức vua Lý Thái Tổ. Bệnh viện Chợ Rẫy nhận; khách ở chợ Bến Thành.", Location, []string{"chợ Bến Thành@100"}},
		{"countries of Europe and Africa as news spells them, a non-permanent member's post and the UN's bodies written short", "Bộ trưởng Bộ Nội vụ Cộng hòa Litva Eimutis Misiunas dự. Việt Nam là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc. Đại hội đồng LHQ thông qua.", Organization, []string{"Bộ Nội vụ Cộng hòa Litva@10", "Hội đồng Bảo an Liên hợp quốc@94", "Đại hội đồng LHQ@125"}},
		{"a school's type written out takes the person it is named after; alone it names no body", "Trường Trung học phổ thông Trần Quốc Tuấn khai giảng. Trường Trung học phổ thông đã khai giảng.", Organization, []string{"Trường Trung học phổ thông Trần Quốc Tuấn@0"}},
		{"a programme's word keeps its number and place in a steering committee's name; a national centre keeps its subject", "Ban Chỉ đạo Đề án 06 tỉnh Gia Lai họp. Trung tâm Dữ liệu quốc gia về dân cư đã cấp. Ảnh: Quân Trang-TTXVN", Organization, []string{"Ban Chỉ đạo Đề án 06 tỉnh Gia Lai@0", "Trung tâm Dữ liệu quốc gia về dân cư@39"}},
		{"the places listed after a plural administrative word, each by its listed name", "Trao quà tại các xã Mỹ Quý, Đông Thành, Đức Huệ và Long Thuận; các thôn Đông Yên 1, Đông Yên 2.", Location, []string{"Mỹ Quý@20", "Đông Thành@28", "Đức Huệ@40", "Long Thuận@51", "Đông Yên 1@72", "Đông Yên 2@84"}},
		{"a body of places listed after a plural administrative word, a name after a type's abbreviation, border stations and forest rangers", "Công an các tỉnh Nghệ An, Hà Tĩnh đã dự. Tổng trạm Kiểm tra Biên phòng xuất, nhập cảnh tỉnh Quảng Tây dự. Ban Quản lý rừng phòng hộ (BQLRPH) Phi Liêng và Hạt Kiểm lâm huyện kiểm tra.", Organization, []string{"Công an các tỉnh Nghệ An, Hà Tĩnh@0", "Tổng trạm Kiểm tra Biên phòng xuất, nhập cảnh tỉnh Quảng Tây@41", "Ban Quản lý rừng phòng hộ (BQLRPH) Phi Liêng@106", "Hạt Kiểm lâm huyện@154"}},
		{"numbered unit", "Lữ đoàn 26 và Quân khu II tổ chức diễn tập.", Organization, []string{"Lữ đoàn 26@0", "Quân khu II@14"}},
		{"the investigating police agency names a body bare or with its unit", "Cơ quan Cảnh sát điều tra đã khởi tố; Cơ quan CSĐT Công an tỉnh Thanh Hóa bắt giữ.", Organization, []string{"Cơ quan Cảnh sát điều tra@0", "Cơ quan CSĐT Công an tỉnh Thanh Hóa@38"}},
		{"fields listed in lower case after the first", "Đoàn của Ủy ban Dân số, gia đình và trẻ em (Bộ Quốc phòng) đến; Sở Nội vụ, Sở Tài chính và các sở, ngành dự.", Organization, []string{"Ủy ban Dân số, gia đình và trẻ em@9", "Bộ Quốc phòng@44", "Sở Nội vụ@64", "Sở Tài chính@75"}},
		{"a number before an administrative word ends a name", "Bầu Chủ tịch Ủy ban Nhân dân 5 tỉnh: Thái Nguyên, Bắc Ninh.", Organization, []string{"Ủy ban Nhân dân@13"}},
		{"a header's list of places names no people", "Bầu Chủ tịch Ủy ban Nhân dân 5 tỉnh: Thái Nguyên, Bắc Ninh.", Person, nil},
		{"plural administrative words and a colon before a list of places, with asides in brackets", "Nhà được trao tại các xã, thị trấn: Cẩm Giang, Bàu Đồn (mỗi xã 1 căn), Thanh Phước và thị trấn Gò Dầu.", Location, []string{"Cẩm Giang@36", "Bàu Đồn@47", "Thanh Phước@71", "thị trấn Gò Dầu@86"}},
		{"a plural village or island word belongs to the whole list, each place is its name alone", "Ông chỉ huy các đơn vị ở các đảo Sinh Tồn, Gạc Ma, Len Đao; tuần tra tại các bản Pa Khôm, Nà Mùa và Đin Chỉ.", Location, []string{"Sinh Tồn@33", "Gạc Ma@43", "Len Đao@51", "Pa Khôm@81", "Nà Mùa@90", "Đin Chỉ@100"}},
		{"a foreign place named first with its administrative word is one where the text names it bare", "Hợp tác với tỉnh Chungcheongnam, bền vững; Tỉnh trưởng Chungcheongnam Kim Tae Heum cảm ơn doanh nghiệp Chungcheongnam.", Location, []string{"tỉnh Chungcheongnam@12", "Chungcheongnam@55", "Chungcheongnam@103"}},
		{"a letter written onto a numbered quarter's or hamlet's number", "Cháy tại khu phố 1A, phường An Phú và thôn 2B.", Location, []string{"khu phố 1A@9", "phường An Phú@21", "thôn 2B@38"}},
		{"pagodas, temples and monasteries are places, also listed after 'các chùa:'", "Đoàn thăm các chùa: Săng Ke; Phothisach; Som Rông, rồi Chùa Bửu Lâm, Tịnh xá Ngọc Phước và đền Hùng; được đền bù thỏa đáng.", Location, []string{"Săng Ke@20", "Phothisach@29", "Som Rông@41", "Chùa Bửu Lâm@55", "Tịnh xá Ngọc Phước@69", "đền Hùng@91"}},
		{"a venue's name goes on in lower case to a place that closes it", "Khu công nghiệp Công nghệ cao Phú Yên, quy mô 251,6ha.", Location, []string{"Khu công nghiệp Công nghệ cao Phú Yên@0"}},
		{"provinces of a region name the region", "Bão ảnh hưởng tới một số tỉnh miền Trung và huyện Trường Sa.", Location, []string{"miền Trung@30", "huyện Trường Sa@44"}},
		{"a word for a class of people inside a body's name, and a compound's tail before a particle", "Sở Lao động Thương binh và Xã hội tỉnh họp. Sáp nhập Chi cục Thủy sản để thành lập.", Organization, []string{"Sở Lao động Thương binh và Xã hội tỉnh@0", "Chi cục Thủy sản@53"}},
		{"a field listed after 'và' that ends in a proper name of two capitalized words takes no lower-case word after it", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam điều hành mọi việc.", Organization, []string{"Viện Hàn lâm Khoa học và Công nghệ Việt Nam@0"}},
		{"the central level written short, of the Youth Union or of an association named after it", "Bí thư T.Ư Đoàn dự cùng Chủ tịch T.Ư Hội CTĐ Việt Nam.", Organization, []string{"T.Ư Đoàn@7", "T.Ư Hội CTĐ Việt Nam@33"}},
		{"abbreviations joined tight by '&' inside a name, though the second stands for a degree too", "Viện Hàn lâm KH&CN Việt Nam và Sở KH&CN tỉnh họp.", Organization, []string{"Viện Hàn lâm KH&CN Việt Nam@0", "Sở KH&CN tỉnh@31"}},
		{"abbreviations joined tight by a comma; the ministry's short names", "Sở VH,TT&DL tỉnh Hà Giang họp. Bộ VH-TT&DL công nhận.", Organization, []string{"Sở VH,TT&DL tỉnh Hà Giang@0", "Bộ VH-TT&DL@31"}},
		{"a head noun in lower case that a capitalized title shares heads the body's name, which may list fields and end in its level", "Ông Nguyễn Trọng Nghĩa, Trưởng ban Tuyên giáo và Dân vận Trung ương, dự với Chính ủy Ban Chỉ huy BĐBP tỉnh Lai Châu.", Organization, []string{"ban Tuyên giáo và Dân vận Trung ương@31", "Ban Chỉ huy BĐBP tỉnh Lai Châu@85"}},
		{"a management board's trade in lower case, then its name", "Ban Quản lý dự án đầu tư xây dựng Đền Hùng họp.", Organization, []string{"Ban Quản lý dự án đầu tư xây dựng Đền Hùng@0"}},
		{"a delegation's province named bare; a lower-case board that a capitalized title shares, closed by its level", "Đoàn đại biểu Quốc hội TPHCM trao quà cùng Trưởng ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện.", Organization, []string{"Đoàn đại biểu Quốc hội TPHCM@0", "ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện@50"}},
		{"fields after a comma that name a class of people, and two regions, one written small, inside a name", "Sở Lao động, Thương binh và Xã hội tỉnh Cao Bằng mời Viện Nghiên cứu châu Phi và Trung Đông.", Organization, []string{"Sở Lao động, Thương binh và Xã hội tỉnh Cao Bằng@0", "Viện Nghiên cứu châu Phi và Trung Đông@53"}},
		{"a high court's level and the city it sits in", "TAND cấp cao tại TP.HCM và Viện kiểm sát nhân dân Cấp cao ở Hà Nội xử.", Organization, []string{"TAND cấp cao tại TP.HCM@0", "Viện kiểm sát nhân dân Cấp cao ở Hà Nội@27"}},
		{"a force's region by number after its short name; a school named after a person whose surname heads bodies; a department's province after its code", "Vùng CSB 3 và Trường Tiểu học Đoàn Thị Điểm cùng Sở Văn hóa-Thể thao và Du lịch (VH-TT&DL) tỉnh Bến Tre.", Organization, []string{"Vùng CSB 3@0", "Trường Tiểu học Đoàn Thị Điểm@14", "Sở Văn hóa-Thể thao và Du lịch (VH-TT&DL) tỉnh Bến Tre@49"}},
		{"the last word of a listed place ends a body's name; no lower-case word after it is a compound's tail", "Giao điều hành ĐH Quốc gia Hà Nội đối với ông A; Giám đốc ĐH Quốc gia Hà Nội làm Quyền Bộ trưởng.", Organization, []string{"ĐH Quốc gia Hà Nội@15", "ĐH Quốc gia Hà Nội@58"}},
		{"'điều' sending a unit ends the body's name before it; 'điều tra' goes on", "Bộ Quốc phòng điều Sư đoàn 320 vào; Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An vào cuộc.", Organization, []string{"Bộ Quốc phòng@0", "Sư đoàn 320@19", "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An@36"}},
		{"a ministry department's code in brackets, even ending the sentence", "Cục Cảnh sát giao thông (C08) họp với Cục trưởng Cục Cảnh sát hình sự (C02).", Organization, []string{"Cục Cảnh sát giao thông (C08)@0", "Cục Cảnh sát hình sự (C02)@49"}},
		{"a code in brackets with a dash or a number, then the parent", "Đội Cảnh sát Phòng cháy chữa cháy và cứu nạn, cứu hộ (PCCC-CNCH) Công an quận Cầu Giấy và Trường Sĩ quan Lục quân 1 (SQLQ 1) dự.", Organization, []string{"Đội Cảnh sát Phòng cháy chữa cháy và cứu nạn, cứu hộ (PCCC-CNCH) Công an quận Cầu Giấy@0", "Trường Sĩ quan Lục quân 1 (SQLQ 1)@90"}},
		{"a listed pair after và, up to a clause word", "Cục Cảnh sát PCCC và cứu nạn, cứu hộ thuộc Bộ Công an làm lễ.", Organization, []string{"Cục Cảnh sát PCCC và cứu nạn, cứu hộ@0", "Bộ Công an@43"}},
		{"a word of a listed pair heads no body", "Đồn Biên phòng Ia Nan và Đội đặc nhiệm Phòng, chống ma túy và tội phạm (BĐBP tỉnh) phục kích.", Organization, []string{"Đồn Biên phòng Ia Nan@0", "BĐBP tỉnh@72"}},
		{"a source's tag in brackets starts the next line", "Bộ Công an Trung Quốc\n(PLO)- Chuyến thăm", Organization, []string{"Bộ Công an Trung Quốc@0"}},
		{"a bloc names its members in lower case", "Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh Yên Bái ra mắt; Đảng ủy Khối các cơ quan tỉnh chỉ đạo.", Organization, []string{"Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh Yên Bái@0", "Đảng ủy Khối các cơ quan tỉnh@69"}},
		{"an association's central level, alone or with the association", "Trúng cử Ban Chấp hành Trung ương Hội Cựu chiến binh khóa VI; được Trung ương Hội khen; Quốc hội khóa XV họp.", Organization, []string{"Ban Chấp hành Trung ương Hội Cựu chiến binh@9", "Trung ương Hội@67", "Quốc hội@88"}},
		{"a deputy's branch of command is part of the title", "Thượng úy, Phó Tiểu đoàn trưởng về Chính trị, Tiểu đoàn 40.", Position, []string{"Phó Tiểu đoàn trưởng về Chính trị@11"}},
		{"an unlisted field before a body that goes past it: the body is the parent", "Trung úy, Trợ lý Chính trị Tiểu đoàn Huấn luyện, Lữ đoàn 596.", Position, []string{"Trợ lý Chính trị Tiểu đoàn Huấn luyện@10"}},
		{"a school in lower case, but not a battlefield", "Học tại trường Sĩ quan Chỉ huy - Kỹ thuật Thông tin và trường Đại học Khoa học Tự nhiên, từng ở chiến trường Quảng Trị.", Organization, []string{"trường Sĩ quan Chỉ huy - Kỹ thuật Thông tin@8", "trường Đại học Khoa học Tự nhiên@55"}},
		{"a surname inside a heading in capitals is no name", "QUÁ TRÌNH CÔNG TÁC CỦA ĐẠI TƯỚNG VÕ NGUYÊN GIÁP", Person, []string{"VÕ NGUYÊN GIÁP@33"}},
		{"the State Treasury, alone or with its place", "Giám đốc Kho bạc Nhà nước tỉnh Nghệ An và Kho bạc Nhà nước Việt Nam.", Organization, []string{"Kho bạc Nhà nước tỉnh Nghệ An@9", "Kho bạc Nhà nước Việt Nam@42"}},
		{"initials name no one, but a foreign initial inside a name is the name's", "Hiệu trưởng phát biểu. Ảnh: A.N. Bị can N.V.Q (SN 1990) gặp Đại sứ Daniel J.Kritenbrink.", Person, []string{"Daniel J.Kritenbrink@67"}},
		{"a law's last field after và, alone or after a list of fields, up to the bill's mark", "Quốc hội thông qua Luật Địa chất và khoáng sản; Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp; Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi). Luật Quốc phòng và nhiệm vụ quân sự.", Law, []string{"Luật Địa chất và khoáng sản@19", "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp@48", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi)@111", "Luật Quốc phòng@182"}},
		{"a unit's compound fields after a title", "Ông Nguyễn Sỹ Tuyến, Trưởng phòng Tài nguyên Môi trường huyện và bà Lê Thị Liễu dự.", Position, []string{"Trưởng phòng Tài nguyên Môi trường huyện@21"}},
		{"a tight dash joins two parts of a name", "Ông từng là Tư lệnh kiêm Chính ủy Mặt trận Trung-Hạ Lào; Chủ nhiệm Tổng cục Hậu cần.", Position, []string{"Tư lệnh kiêm Chính ủy Mặt trận Trung-Hạ Lào@12", "Chủ nhiệm Tổng cục Hậu cần@57"}},
		{"a verb of leaving ends a post", "Chính ủy Hải đoàn nghỉ công tác.", Position, []string{"Chính ủy Hải đoàn@0"}},
		{"a verb of sending ends a name", "Bộ Y tế cử 3 đoàn, do lãnh đạo Cục Phòng bệnh dẫn.", Organization, []string{"Bộ Y tế@0", "Cục Phòng bệnh@31"}},
		{"a bay is a place; a river or a dike named after one is not", "Đê sông Tam Điệp và đê Tam Điệp bị sạt; du khách ngắm vịnh Hạ Long.", Location, []string{"vịnh Hạ Long@54"}},
		{"a ministry closes a lower-case tail", "Viện Khoa học hình sự Bộ Công an kết luận.", Organization, []string{"Viện Khoa học hình sự Bộ Công an@0"}},
		{"a numbered unit and the listed place it holds", "Lữ đoàn 146 Trường Sa đón đoàn.", Organization, []string{"Lữ đoàn 146 Trường Sa@0"}},
		{"a field whose first word is a country", "Ban Pháp chế HĐND tỉnh và Trung tâm Pháp y tỉnh họp.", Organization, []string{"Ban Pháp chế HĐND tỉnh@0", "Trung tâm Pháp y tỉnh@26"}},
		{"an association named after its members' calling", "Hội Thầy thuốc trẻ Nghệ An trao quà.", Organization, []string{"Hội Thầy thuốc trẻ Nghệ An@0"}},
		{"a regional body's area named after khu vực", "Các em được đưa đến Bệnh viện Đa khoa khu vực Lệ Thủy; Đội Cảnh sát PCCC-CNCH khu vực Đức Linh dập lửa.", Organization, []string{"Bệnh viện Đa khoa khu vực Lệ Thủy@20", "Đội Cảnh sát PCCC-CNCH khu vực Đức Linh@55"}},
		{"a listed commune that a country's name starts", "Đồn Biên phòng Mỹ Thạnh Tây bắt giữ; Đại sứ quán Mỹ tại Hà Nội.", Organization, []string{"Đồn Biên phòng Mỹ Thạnh Tây@0", "Đại sứ quán Mỹ tại Hà Nội@37"}},
		{"a head noun after a place's administrative word is the place's; a listed field goes on a name", "Xe đến xã Trường Lâm thì đâm vào phường Hội Phú; Chi bộ Ban Công tác Cựu chiến binh tỉnh Tuyên Quang họp.", Organization, []string{"Chi bộ Ban Công tác Cựu chiến binh tỉnh Tuyên Quang@49"}},
		{"a Party committee in lower case after a body's head", "Ban Dân vận tỉnh uỷ, Ban Tuyên giáo huyện ủy họp; Ban Chấp hành xem xét, bầu.", Organization, []string{"Ban Dân vận tỉnh uỷ@0", "Ban Tuyên giáo huyện ủy@21"}},
		{"a Party committee in lower case after a title, with its province", "ông Lê Văn C, Bí thư tỉnh ủy Đồng Nai; Phó bí thư huyện ủy Trần Văn B dự.", Position, []string{"Bí thư tỉnh ủy Đồng Nai@14", "Phó bí thư huyện ủy@39"}},
		{"the reader's city after a listed body", "ông Trần Lưu Quang, Trưởng Đoàn đại biểu Quốc hội thành phố dự.", Position, []string{"Trưởng Đoàn đại biểu Quốc hội thành phố@20"}},
		{"countries written short in a dashed pair", "Tuần tra biên giới Việt - Trung; đối thoại Hàn-Mỹ-Nhật; Đại tá Huỳnh Việt Trung; ông Lê Việt - Trung tâm Y tế.", Location, []string{"Việt@19", "Trung@26", "Hàn@43", "Mỹ@47", "Nhật@50"}},
		{"countries in a dashed pair are no person", "Tuần tra biên giới Việt - Trung; đối thoại Hàn-Mỹ-Nhật; Đại tá Huỳnh Việt Trung; ông Lê Việt - Trung tâm Y tế.", Person, []string{"Huỳnh Việt Trung@63", "Lê Việt@85"}},
		{"no name starts inside a listed place", "Đại hội tổ chức tại phường Lâm Viên-Đà Lạt, tỉnh Lâm Đồng; Chủ tịch UBND tỉnh Hồ Thị Ngọc Lan dự.", Person, []string{"Hồ Thị Ngọc Lan@78"}},
		{"a listed place written with a tight dash", "Đại hội tổ chức tại phường Lâm Viên-Đà Lạt, tỉnh Lâm Đồng; Chủ tịch UBND tỉnh Hồ Thị Ngọc Lan dự.", Location, []string{"phường Lâm Viên-Đà Lạt@20", "tỉnh Lâm Đồng@44"}},
		{"the capital's word inside a body's name is the body's", "Bộ Tư lệnh Thủ đô Hà Nội tổ chức hội nghị tại thủ đô Viêng Chăn.", Location, []string{"Hà Nội@18", "thủ đô Viêng Chăn@46"}},
		{"department codes, a code's parent, a province police abroad", "Khen thưởng Phòng 5 thuộc C45, A70 và PC45 Công an tỉnh Gia Lai; Ty Cảnh sát tỉnh Svayrieng dự; đoàn tặng Vùng 4 Hải quân 1 chiếc xuồng; mẫu A01/QĐ.", Organization, []string{"Phòng 5@12", "C45@26", "A70@31", "PC45 Công an tỉnh Gia Lai@38", "Ty Cảnh sát tỉnh Svayrieng@65", "Vùng 4 Hải quân@106"}},
		{"a country's mission and where it sits", "Đại diện Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh và Đại sứ quán Mỹ ở Manila dự.", Organization, []string{"Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh@9", "Đại sứ quán Mỹ ở Manila@65"}},
		{"'thực' is a verb only before hiện or thi; a boarding school's level", "Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Nam và Trường Phổ thông dân tộc bán trú Trung học cơ sở Mường Mươn thực hiện kiểm tra.", Organization, []string{"Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Nam@0", "Trường Phổ thông dân tộc bán trú Trung học cơ sở Mường Mươn@52"}},
		{"a field that starts with a head noun goes on a name", "Lực lượng thuộc Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ (Công an tỉnh Gia Lai) đã đến.", Organization, []string{"Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ@16", "Công an tỉnh Gia Lai@71"}},
		{"'về' before a body is where a unit passes to", "Lễ bàn giao Công ty Xây dựng Lũng Lô về Bộ Quốc phòng.", Organization, []string{"Công ty Xây dựng Lũng Lô@12", "Bộ Quốc phòng@40"}},
		{"a place's word after a listed pair of fields is the place's", "Ông Trần Hồng Quân, Trưởng phòng Giáo dục và Đào tạo huyện Mường Chà cho biết.", Position, []string{"Trưởng phòng Giáo dục và Đào tạo huyện Mường Chà@20"}},
		{"a province's head abroad, and a Korean province's suffix", "Phía tỉnh Jeollabuk-do có ông Song Ha Chin – Tỉnh trưởng tỉnh Jeollabuk-do.", Position, []string{"Tỉnh trưởng tỉnh Jeollabuk-do@45"}},
		{"a listed place written with hyphens is no person", "Ngày 14/11/2025 tại Ma-ni-la, Phi-líp-pin, Đại tướng Lương Tam Quang ký Hiệp định.", Person, []string{"Lương Tam Quang@53"}},
		{"the provinces a regional body covers, counted, close its name", "Trao đổi với Ban Chỉ đạo điều hành phối hợp công tác dân vận 9 tỉnh, qua đó nắm chắc tình hình; Công an 21 xã ra quân.", Organization, []string{"Ban Chỉ đạo điều hành phối hợp công tác dân vận 9 tỉnh@13"}},
		{"a republic's formal name that no list holds", "Ông thăm Cộng hòa Cuba và Cộng hòa Đông Uruguay; Đại sứ quán nước CHND Trung Hoa tại Hà Nội.", Location, []string{"Cộng hòa Cuba@9", "Cộng hòa Đông Uruguay@26", "CHND Trung Hoa@66", "Hà Nội@85"}},
		{"a unit's number at the end of a sentence ends its name", "Ông từng là Tổng giám đốc Tổng công ty xây dựng công trình giao thông 4.", Organization, []string{"Tổng công ty xây dựng công trình giao thông 4@26"}},
		{"the capital's landmark venue; an official after a bracketed code and the reader's province; a term ends a place", "Phiên họp diễn ra tại Nhà Quốc hội; Chủ tịch Hội Cựu chiến binh (CCB) tỉnh Trần Quốc Việt dự; HĐND tỉnh Khóa XII họp.", Location, []string{"Nhà Quốc hội@22"}},
		{"police and border units' fields; 'xác định' is a verb", "Phòng Nghiệp vụ phối hợp với Đội Trinh sát đặc nhiệm và Đoàn Trinh sát số 2; Cơ quan Cảnh sát điều tra xác định lỗi.", Organization, []string{"Phòng Nghiệp vụ@0", "Đội Trinh sát đặc nhiệm@29", "Đoàn Trinh sát số 2@56", "Cơ quan Cảnh sát điều tra@77"}},
		{"a village named by a head noun; a venue ending in a listed place; the Hồ Chí Minh road", "Tại thôn Trường Hải, xã Cồn Tiên; từ Nghĩa trang Liệt sỹ Trường Sơn ra đường Hồ Chí Minh.", Location, []string{"thôn Trường Hải@4", "xã Cồn Tiên@21", "Nghĩa trang Liệt sỹ Trường Sơn@37", "đường Hồ Chí Minh@71"}},
		{"an unheld captain in lower case is no post", "Đồn đưa thuyền trưởng gặp nạn vào đảo.", Position, nil},
		{"a listed place in a unit's name is one mention", "Đồn Biên phòng Trường Sa báo cáo.", Location, []string{"Trường Sa@15"}},
		{"a verb ends a name's lower-case tail", "Tổng cục Chính trị biểu dương những thành tích Lực lượng vũ trang Quân khu 9.", Organization, []string{"Tổng cục Chính trị@0", "Lực lượng vũ trang Quân khu 9@47"}},
		{"one-word head in lower case is a common noun", "tại thao trường Đồng Hới, cán bộ Vùng 3 Hải quân", Organization, []string{"Vùng 3 Hải quân@33"}},
		{"bare type noun is no organization", "Các đơn vị trong Quân khu đã hoàn thành.", Organization, nil},
		{"nested organization is one span", "Bộ CHQS tỉnh Quảng Ninh kiểm tra.", Organization, []string{"Bộ CHQS tỉnh Quảng Ninh@0"}},
		{"place inside organization", "Bộ CHQS tỉnh Quảng Ninh kiểm tra.", Location, []string{"tỉnh Quảng Ninh@8"}},
		{"bracketed abbreviation", "Bộ Tư lệnh (BTL) Vùng 4 Hải quân", Organization, []string{"Bộ Tư lệnh (BTL) Vùng 4 Hải quân@0"}},
		{"position with organization", "Thiếu tướng Hồ Văn Tâm, Phó Tư lệnh Quân khu 9, dự.", Position, []string{"Phó Tư lệnh Quân khu 9@24"}},
		{"position chain", "Đại tá Vũ Đức Long, Bí thư Đảng ủy, Chính ủy Sư đoàn 5", Position, []string{"Bí thư Đảng ủy@20", "Chính ủy Sư đoàn 5@36"}},
		{"unit named in lower case, ended by the clause", "Thượng tá Hà Văn Lộc, Trưởng phòng Tham mưu tác chiến cho biết", Position, []string{"Trưởng phòng Tham mưu tác chiến@22"}},
		{"a company's legal form and trade in lower case, then its name", "Ông Hải làm việc tại Công ty cổ phần đầu tư xây dựng Hoàng Long và Công ty TNHH thương mại và dịch vụ Minh Phát; Công ty cổ phần đã giải thể.", Organization, []string{"Công ty cổ phần đầu tư xây dựng Hoàng Long@21", "Công ty TNHH thương mại và dịch vụ Minh Phát@67"}},
		{"a range of house numbers, then a street named after a person", "Trụ sở tại 17-19 Ngô Đức Kế, quận 1; ông Ngô Văn Định dự.", Person, []string{"Ngô Văn Định@41"}},
		{"a country's name as a middle name is no place", "Đức ủng hộ. Cửa hàng ở phố Lê Đức Thọ gần Liên bang Nga và Lào.", Location, []string{"Đức@0", "Liên bang Nga@42", "Lào@59"}},
		{"a staff department named bare by its field, not one whose field goes on", "Phòng Tham mưu và Phòng Chính trị được khen; Phòng Kỹ thuật hình sự làm rõ.", Organization, []string{"Phòng Tham mưu@0", "Phòng Chính trị@18"}},
		{"a capitalized Trưởng makes the head noun before it a title's", "Đại tá Lê Xuân Bình, Sư đoàn Trưởng Sư đoàn 5 - Quân khu 7 được bổ nhiệm.", Position, []string{"Sư đoàn Trưởng Sư đoàn 5 - Quân khu 7@21"}},
		{"fields named as places, a dash between two places, the city inside a body named with the capital's word", "Hội thảo tại Cánh Đồng Chum - Xiêng Khoảng, cánh đồng Cua Đinh và Bộ Tư lệnh Thủ đô Hà Nội.", Location, []string{"Cánh Đồng Chum@13", "Xiêng Khoảng@30", "cánh đồng Cua Đinh@44", "Hà Nội@84"}},
		{"a body's seat after và is a venue, not the body's second field", "Lễ đón tại Bộ Quốc phòng và Trụ sở Chính phủ.", Organization, []string{"Bộ Quốc phòng@11", "Chính phủ@35"}},
		{"a second post ends a lower-case unit as a clause does", "Đại úy Hơ Văn Xá, Đội trưởng Đội vũ trang đồng thời là Bí thư Chi bộ.", Position, []string{"Đội trưởng Đội vũ trang@18", "Bí thư Chi bộ@55"}},
		{"a sub-department's head", "Ông Trần Văn Hùng, Chi cục trưởng Chi cục Quản lý đất đai, bị khởi tố.", Position, []string{"Chi cục trưởng Chi cục Quản lý đất đai@19"}},
		{"bare head and lower-case unit up to a comma", "Đội trưởng Đội điều tra tổng hợp, Công an huyện Mê Linh", Position, []string{"Đội trưởng Đội điều tra tổng hợp@0"}},
		{"bare head then the sentence goes on", "Tư lệnh Quân khu tiếp tục được bầu", Position, []string{"Tư lệnh Quân khu@0"}},
		{"envoy's country and station", "Đại sứ Ấn Độ tại Việt Nam Vikram Nair; Đại tá Suresh Pillai, Tùy viên Quốc phòng Ấn Độ tại Việt Nam.", Position, []string{"Đại sứ Ấn Độ tại Việt Nam@0", "Tùy viên Quốc phòng Ấn Độ tại Việt Nam@61"}},
		{"a unit code with digits", "Thiếu tá Hồ Thị Ánh Tuyết, Phó Trưởng phòng PC04 cho biết", Position, []string{"Phó Trưởng phòng PC04@27"}},
		{"a code of letters with digits names a unit", "Nhà máy X51, Nhà máy Z153 và Nhà máy A-45 nhận cờ.", Organization, []string{"Nhà máy X51@0", "Nhà máy Z153@13", "Nhà máy A-45@29"}},
		{"the army as the owner ends a name", "Xí nghiệp Xăng dầu Quân đội và Tập đoàn Viễn thông Quân đội nhận cờ.", Organization, []string{"Xí nghiệp Xăng dầu Quân đội@0", "Tập đoàn Viễn thông Quân đội@31"}},
		{"a long lower-case name closed by its province", "Đại diện Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đã dự.", Organization, []string{"Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh@9"}},
		{"a head noun with nothing after it ends the name before it", "Viện Nghiên cứu và Tư vấn Phát triển Vùng và Trường Quân chính Quân khu tổ chức lễ; Cục Chính trị Quân khu 7 dự.", Organization, []string{"Viện Nghiên cứu và Tư vấn Phát triển Vùng@0", "Trường Quân chính Quân khu@45", "Cục Chính trị Quân khu 7@84"}},
		{"a listed pair marks lower-case words as the name's", "Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 họp.", Organization, []string{"Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19@0"}},
		{"a board's members are a council of its own", "Hội đồng Thành viên Tập đoàn Điện lực Việt Nam họp.", Organization, []string{"Hội đồng Thành viên Tập đoàn Điện lực Việt Nam@0"}},
		{"a member of a body is a post, in capitals only", "Thành viên Ban Chỉ đạo gồm: ông A; các thành viên Đảng ủy dự.", Position, []string{"Thành viên Ban Chỉ đạo@0"}},
		{"the seat of a body named in full is a venue, in either case", "tại Trụ sở Chính phủ; tại trụ sở Bộ Quốc phòng; tại Nhà khách Bộ Quốc phòng", Location, []string{"Trụ sở Chính phủ@4", "trụ sở Bộ Quốc phòng@26", "Nhà khách Bộ Quốc phòng@52"}},
		{"a dash joins a numbered unit to its parent", "Sư đoàn 5-Quân khu 7 và Lữ đoàn 5 - Quân khu 3 nhận cờ; Sư đoàn 9 - Bộ Quốc phòng.", Organization, []string{"Sư đoàn 5-Quân khu 7@0", "Lữ đoàn 5 - Quân khu 3@24", "Sư đoàn 9 - Bộ Quốc phòng@56"}},
		{"the country an envoy serves, written with nước or Nhà nước", "ông Tôn Quốc Tường, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam, và ông Saadi Salama, Đại sứ Nhà nước Palestine tại Việt Nam.", Position, []string{"Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam@20", "Đại sứ Nhà nước Palestine tại Việt Nam@115"}},
		{"a second field in lower case after và, closed by a comma or semicolon", "Giám đốc Trung tâm Huấn luyện và thi đấu thể thao, Viện trưởng Viện Nghiên cứu và tư vấn phát triển vùng; Bộ Y tế và nhân dân, Công an tỉnh và các đơn vị.", Organization, []string{"Trung tâm Huấn luyện và thi đấu thể thao@9", "Viện Nghiên cứu và tư vấn phát triển vùng@63", "Bộ Y tế@106", "Công an tỉnh@127"}},
		{"VN is Việt Nam, but not in a flight's code", "Ủy ban T.Ư MTTQ VN đón khách về VN trên chuyến bay VN54.", Location, []string{"VN@16", "VN@32"}},
		{"the police's investigation agency written short", "Cơ quan CSĐT Công an tỉnh Thanh Hoá khởi tố; Ban Lễ tang Nhà nước thông báo.", Organization, []string{"Cơ quan CSĐT Công an tỉnh Thanh Hoá@0", "Ban Lễ tang Nhà nước@45"}},
		{"the Front's branch in a named province; a delegation from a province", "Đảng bộ MTTQ Việt Nam tỉnh Tuyên Quang và Đoàn đại biểu Quốc hội tỉnh Ninh Bình họp.", Organization, []string{"Đảng bộ MTTQ Việt Nam tỉnh Tuyên Quang@0", "Đoàn đại biểu Quốc hội tỉnh Ninh Bình@42"}},
		{"a named delegation is a body", "Đoàn đại biểu T.Ư Đảng và đoàn đại biểu cấp cao Bộ Quốc phòng Trung Quốc tới viếng; đoàn đại biểu các tỉnh cũng dự.", Organization, []string{"Đoàn đại biểu T.Ư Đảng@0", "đoàn đại biểu cấp cao Bộ Quốc phòng Trung Quốc@26"}},
		{"a listed name's last word starts a longer listed name", "Ủy viên Trung ương Đảng Cộng sản Trung Quốc phát biểu.", Organization, []string{"Trung ương Đảng Cộng sản Trung Quốc@8"}},
		{"customs at a border gate; the Coast Guard's region", "Bộ Tư lệnh Vùng 3 Cảnh sát biển phối hợp với Hải quan cửa khẩu Cầu Treo.", Organization, []string{"Bộ Tư lệnh Vùng 3 Cảnh sát biển@0", "Hải quan cửa khẩu Cầu Treo@45"}},
		{"a listed commune whose name ends in a number", "tại xã Sơn Kim 1, huyện Hương Sơn; huyện Mèo Vạc 2 máy phát điện.", Location, []string{"xã Sơn Kim 1@4", "huyện Hương Sơn@18", "huyện Mèo Vạc@35"}},
		{"a province's department alone, or with its province", "Sở Y tế đã chỉ đạo; Sở Nội vụ và Sở Y tế tỉnh Long An dự.", Organization, []string{"Sở Y tế@0", "Sở Nội vụ@20", "Sở Y tế tỉnh Long An@33"}},
		{"a parent body with a district closes a lower-case name", "Đội Cảnh sát hình sự Công an huyện Diễn Châu cho biết.", Organization, []string{"Đội Cảnh sát hình sự Công an huyện Diễn Châu@0"}},
		{"a bare district closed by its body, or after a capitalized Tại", "Bí thư Huyện ủy Mường Lát Hà Văn Lợi dự. Tại Mường La, lực lượng chức năng đã sơ tán.", Location, []string{"Mường Lát@16", "Mường La@45"}},
		{"bodies of several levels named at once", "Ban CHQS các huyện, thành phố và Ban CHQS cấp xã, phường, thị trấn họp; Phó Chủ tịch UBND xã, phường dự.", Organization, []string{"Ban CHQS các huyện, thành phố@0", "Ban CHQS cấp xã, phường, thị trấn@33", "UBND xã@85"}},
		{"a meeting is no association, and Trung ương alone no body", "Hội nghị Trung ương 15 và Hội thao Quân khu 9 bế mạc; văn kiện của Trung ương; Hội Cựu chiến binh tỉnh dự.", Organization, []string{"Quân khu 9@35", "Hội Cựu chiến binh tỉnh@79"}},
		{"the army after a comma is a body of its own", "Bộ Công an, Quân đội và nhân dân cả nước", Organization, []string{"Bộ Công an@0"}},
		{"lower-case title alone is a common noun", "các đồng chí chỉ huy đơn vị", Position, nil},
		{"former is not part of the title", "Ông Trần Đức Lương, nguyên Chủ tịch nước, tới dự.", Position, []string{"Chủ tịch nước@27"}},
		{"a list of places after các + administrative word", "tới các xã Bình Thạnh, Bình Đông và Tịnh Hòa.", Location, []string{"Bình Thạnh@11", "Bình Đông@23", "Tịnh Hòa@36"}},
		{"lower-case name up to a bracketed code", "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) phối hợp", Organization, []string{"Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)@0"}},
		{"Ê Đê name with H'", "Đại tá H' Hoà Byă, Phó Chủ tịch", Person, []string{"H' Hoà Byă@7"}},
		{"headline in capitals", "BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN: TRIỂN KHAI NHIỆM VỤ NĂM 2026", Organization, []string{"BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN@0"}},
		{"administrative word ends a compound", "đề nghị Bộ CHQS tỉnh tham mưu cho Tỉnh ủy", Organization, []string{"Bộ CHQS tỉnh@8"}},
		{"an amending law's own first words, capitalized, name no law it amends", "thẩm tra dự án Luật Sửa đổi, bổ sung một số điều của Luật Sĩ quan.", Law, []string{"Luật Sửa đổi, bổ sung một số điều của Luật Sĩ quan@15", "Luật Sĩ quan@53"}},
		{"the law an amending law names", "thông qua Luật sửa đổi, bổ sung một số điều của Luật Quốc phòng.", Law, []string{"Luật sửa đổi, bổ sung một số điều của Luật Quốc phòng@10", "Luật Quốc phòng@48"}},
		{"a place that starts with a head noun", "chủ quyền quần đảo Trường Sa và Hoàng Sa", Organization, nil},
		{"country", "hợp tác với Bạn Lào và Campuchia", Location, []string{"Lào@16", "Campuchia@23"}},
		{"title, body and name with no comma", "Phó Chủ tịch UBND tỉnh Hồ Thị Ngọc Lan dự.", Person, []string{"Hồ Thị Ngọc Lan@23"}},
		{"an administrative word qualifies the body before a name", "Phó Chủ tịch UBND tỉnh Hồ Thị Ngọc Lan dự.", Organization, []string{"UBND tỉnh@13"}},
		{"a listed ministry before a name", "Bộ trưởng Bộ Y tế Đào Thị Thanh Xuân thăm bệnh viện.", Position, []string{"Bộ trưởng Bộ Y tế@0"}},
		{"an unlisted district before a name", "Chủ tịch HĐND huyện Mường Lát Lò Thị Xiêm trao quà.", Location, []string{"huyện Mường Lát@14"}},
		{"a ward named after a person is a place", "người dân phường Võ Thị Sáu", Location, []string{"phường Võ Thị Sáu@10"}},
		{"no number after a place's name", "tặng Trung tâm Y tế huyện Mèo Vạc 2 máy phát điện", Location, []string{"huyện Mèo Vạc@20"}},
		{"a title that ends in the body's head noun", "Thượng tá Lô Văn Thắm, Trưởng Công an huyện Con Cuông, cho biết", Position, []string{"Trưởng Công an huyện Con Cuông@23"}},
		{"a numbered unit with its parent", "Tiểu đoàn 7 Trung đoàn 1 Sư đoàn 330 Quân khu 9 giúp dân", Organization, []string{"Tiểu đoàn 7 Trung đoàn 1 Sư đoàn 330 Quân khu 9@0"}},
		{"a unit and its parent after a comma are two", "Lữ đoàn 26, Quân khu II tổ chức", Organization, []string{"Lữ đoàn 26@0", "Quân khu II@12"}},
		{"a lower-case name closed by Trung ương", "Viện Vệ sinh dịch tễ Trung ương công bố", Organization, []string{"Viện Vệ sinh dịch tễ Trung ương@0"}},
		{"a lower-case name closed by its province", "Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình đã lấy mẫu", Organization, []string{"Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình@0"}},
		{"a lower-case name closed by a region", "Tổng công ty Điện lực miền Bắc đã tặng quà", Organization, []string{"Tổng công ty Điện lực miền Bắc@0"}},
		{"a comma joining a listed pair inside a name", "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao đã bắt", Organization, []string{"Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao@0"}},
		{"capitalized words listed with và", "Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu", Organization, []string{"Sở Văn hóa, Thể thao và Du lịch@9"}},
		{"a named force is no parent", "Nghị quyết của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân", Organization, []string{"Bộ Chính trị@15", "Công an nhân dân@59"}},
		{"a title is no lower-case tail of its head", "Bộ trưởng Bộ Quốc phòng dự", Organization, []string{"Bộ Quốc phòng@10"}},
		{"a delegation of a named body is one", "Đoàn đại biểu Lục quân Ấn Độ thăm", Organization, []string{"Đoàn đại biểu Lục quân Ấn Độ@0"}},
		{"a working group is a common noun", "Đoàn công tác Bộ Quốc phòng thăm", Organization, []string{"Bộ Quốc phòng@14"}},
		{"villages, islands and venues with their type noun", "từ bản Huổi Lóng ra đảo Sinh Tồn qua sân bay Nội Bài và cửa khẩu quốc tế Cầu Treo", Location, []string{"bản Huổi Lóng@3", "đảo Sinh Tồn@20", "sân bay Nội Bài@37", "cửa khẩu quốc tế Cầu Treo@56"}},
		{"a compound's second syllable written small ends a name before a joining word", "Cục Kiểm lâm cùng Cục Dân quân tự vệ; Công an Hà Tĩnh thì không", Organization, []string{"Cục Kiểm lâm@0", "Cục Dân quân tự vệ@18", "Công an Hà Tĩnh@38"}},
		{"a deputy head of an institute and a full-time member", "ông Đỗ Thái Hùng, Viện phó Viện Pasteur Nha Trang; Ủy viên chuyên trách Ủy ban Kiểm tra Quân ủy Trung ương", Position, []string{"Viện phó Viện Pasteur Nha Trang@18", "Ủy viên chuyên trách Ủy ban Kiểm tra Quân ủy Trung ương@51"}},
		{"after UBND TP an official's name is no city, a listed city is", "Chủ tịch UBND TP Lê Hoàng Quân dự; Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi dự", Organization, []string{"UBND TP@9", "UBND TP Hồ Chí Minh@44"}},
		{"after UBND TP an official's name is a person", "Chủ tịch UBND TP Lê Hoàng Quân dự; Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi dự", Person, []string{"Lê Hoàng Quân@17", "Phan Văn Mãi@64"}},
		{"photo credits after an agency or with no colon, and a two-word name before its birth year", "Thủ tướng phát biểu - Ảnh: VGP/Nhật Bắc\nTang vật bị thu giữ. Ảnh Nguyễn Hạnh\nBắt Bùi Chỉnh (SN 1980) ở Hà Nội (SN 2000).", Person, []string{"Nhật Bắc@31", "Nguyễn Hạnh@65", "Bùi Chỉnh@81"}},
		{"a school named after a person, and its head named after it", "Học sinh Trường Trung học phổ thông Chuyên Lê Thánh Tông đoạt giải; Hiệu trưởng Trường Chính trị Nguyễn Văn Linh Quách Thị Hương dự", Organization, []string{"Trường Trung học phổ thông Chuyên Lê Thánh Tông@9", "Trường Chính trị Nguyễn Văn Linh@80"}},
		{"two full names in a row are two persons", "Hiệu trưởng Trường Chính trị Nguyễn Văn Linh Quách Thị Hương dự", Person, []string{"Quách Thị Hương@45"}},
		{"the Council of Ethnic Minorities written small", "Chủ tịch Hội đồng dân tộc của Quốc hội Ksor Phước dự", Organization, []string{"Hội đồng dân tộc của Quốc hội@9"}},
		{"a listed district that two countries spell ends before its official's name, and deep in a body's name", "Bí thư Huyện uỷ Mỹ Đức Bạch Liên Hương phát biểu; Ban Thường vụ Huyện ủy Châu Đức chọn", Location, []string{"Mỹ Đức@16", "Châu Đức@73"}},
		{"a listed body and a place whose administrative word is written short", "Chủ tịch UBND H.Tân Hưng, Chủ tịch UBND TX.Hoài Nhơn dự", Organization, []string{"UBND H.Tân Hưng@9", "UBND TX.Hoài Nhơn@35"}},
		{"a title naming a meeting of its holders is no post", "Khai mạc Hội nghị hẹp Bộ trưởng Quốc phòng ASEAN; bên lề hội nghị Bộ trưởng Tư pháp các nước ASEAN; Bộ trưởng Quốc phòng dự", Position, []string{"Bộ trưởng Quốc phòng@100"}},
		{"a unit, a dash and the body above it are one name; two peers are two", "Cục trưởng Cục Đối ngoại - Bộ Quốc phòng dự; Phòng Trinh sát - BĐBP Quảng Trị; Bộ Quốc phòng - Bộ Công an", Organization, []string{"Cục Đối ngoại - Bộ Quốc phòng@11", "Phòng Trinh sát - BĐBP Quảng Trị@45", "Bộ Quốc phòng@79", "Bộ Công an@95"}},
		{"the office of a post is a body, with the country it serves", "Văn phòng Thủ tướng Israel ra thông báo; Văn phòng Tổng thống cho biết", Organization, []string{"Văn phòng Thủ tướng Israel@0", "Văn phòng Tổng thống@41"}},
		{"the office of a post holds no position", "Văn phòng Thủ tướng Israel ra thông báo", Position, nil},
		{"a number that counts members ends a body's name", "Ủy viên Ban Thường vụ 5 đồng chí, Ban Kiểm tra 5 đồng chí", Organization, []string{"Ban Kiểm tra@34"}},
		{"a standing deputy head's title, then the body", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương Lại Xuân Môn dự.", Organization, []string{"Ban Tuyên giáo Trung ương@27"}},
		{"a central Party board named with the Party", "nguyên Phó Trưởng ban Ban Tổ chức Trung ương Đảng", Organization, []string{"Ban Tổ chức Trung ương Đảng@22"}},
		{"a hero of the armed forces names no body", "phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Tiểu đoàn 59", Organization, []string{"Tiểu đoàn 59@62"}},
		{"a place and a name joined by a tight dash are one place, two provinces two", "qua cửa khẩu quốc tế Lào Cai-Hà Khẩu, tuyến Hà Nội-Hải Phòng", Location, []string{"cửa khẩu quốc tế Lào Cai-Hà Khẩu@4", "Hà Nội@44", "Hải Phòng@51"}},
		{"two provinces joined by a dash are no person", "tuyến Hà Nội-Hải Phòng", Person, nil},
		{"facilities with their type noun, numbered", "nước về Nhà máy thủy điện Rào Trăng 3 và thủy điện Đắk Mi 1 qua khu công nghiệp Đình Vũ", Location, []string{"Nhà máy thủy điện Rào Trăng 3@8", "thủy điện Đắk Mi 1@41", "khu công nghiệp Đình Vũ@64"}},
		{"a facility is no body, but the body it is named with is", "họp tại Hội trường Viện kiểm sát nhân dân tỉnh Trà Vinh và Nhà máy thủy điện Bản Vẽ", Organization, []string{"Viện kiểm sát nhân dân tỉnh Trà Vinh@19"}},
		{"an army factory by code is a body", "Nhà máy X51 sửa tàu", Organization, []string{"Nhà máy X51@0"}},
		{"a monument to a person, with their title, holds no person", "dâng hoa tại Tượng đài Chủ tịch Hồ Chí Minh", Person, nil},
		{"a monument to a person holds no position", "dâng hoa tại Tượng đài Chủ tịch Hồ Chí Minh", Position, nil},
		{"lakes written small, but no street (the golds' call), measure, body or gangster", "trên đường Lê Duẩn gần hồ Hòn Cỏ, km 3 đường Km 26, đường sắt Công an tỉnh, giang hồ Cường", Location, []string{"hồ Hòn Cỏ@23"}},
		{"a national cemetery and the place it lies in", "viếng Nghĩa trang Liệt sĩ Quốc gia Vị Xuyên", Location, []string{"Nghĩa trang Liệt sĩ Quốc gia Vị Xuyên@6"}},
		{"numbered roads and wards", "dọc Quốc lộ 1A về quận 3", Location, []string{"Quốc lộ 1A@4", "quận 3@18"}},
		{"a one-word country that a district's name goes on from", "Ban CHQS huyện Anh Sơn", Location, []string{"huyện Anh Sơn@9"}},
		{"nationality, language and the pronoun are no places", "Anh là người Anh, nói tiếng Pháp.", Location, nil},
		{"a village word in a lower-case name is no place", "Đội trưởng Đội Chống buôn lậu, Phòng Cảnh sát kinh tế", Position, []string{"Đội trưởng Đội Chống buôn lậu@0"}},
		{"kiêm without a comma joins one position", "Đại tá Trương Thành Tiến, Phó Chỉ huy trưởng kiêm Tham mưu trưởng BĐBP tỉnh Tiền Giang", Position, []string{"Phó Chỉ huy trưởng kiêm Tham mưu trưởng BĐBP tỉnh Tiền Giang@26"}},
		{"fields listed with và after a listed head", "Viện Chiến lược và Lịch sử Quốc phòng Việt Nam tổ chức hội thảo.", Organization, []string{"Viện Chiến lược và Lịch sử Quốc phòng Việt Nam@0"}},
		{"the official's name closes a lower-case tail", "Giám đốc Trung tâm Huấn luyện và Thi đấu thể thao Nguyễn Viết Minh", Organization, []string{"Trung tâm Huấn luyện và Thi đấu thể thao@9"}},
		{"T.Ư is Trung ương", "Bí thư Đảng ủy Công an T.Ư, Bộ trưởng Bộ Công an", Position, []string{"Bí thư Đảng ủy Công an T.Ư@0", "Bộ trưởng Bộ Công an@28"}},
		{"a listed commune after its noun, though it starts with a head noun", "Phó Trưởng Công an xã Hội Sơn dự.", Location, []string{"xã Hội Sơn@19"}},
		{"a listed district ends before the official's name", "Chủ tịch HĐND huyện Mường Lát Lò Thị Xiêm trao quà.", Person, []string{"Lò Thị Xiêm@30"}},
		{"Trung ương written short goes on a name", "Ban Chấp hành T.Ư Đảng và Bệnh viện TƯ Quân đội 108", Organization, []string{"Ban Chấp hành T.Ư Đảng@0", "Bệnh viện TƯ Quân đội 108@26"}},
		{"a school named after a person", "học sinh Trường THPT Phan Đình Phùng dự lễ", Organization, []string{"Trường THPT Phan Đình Phùng@9"}},
		{"a standing body, and a deputy's standing post", "Thường trực HĐND tỉnh họp; Phó Bí thư Thường trực Tỉnh ủy dự.", Organization, []string{"Thường trực HĐND tỉnh@0"}},
		{"a board of directors of a body", "Ban Giám đốc Công an tỉnh Trà Vinh phải đoàn kết; Ban Giám hiệu nhà trường", Organization, []string{"Ban Giám đốc Công an tỉnh Trà Vinh@0"}},
		{"a listed body of a country named with nước", "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", Organization, []string{"Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam@0"}},
		{"a number before an administrative noun is a count", "Công an 21 xã, thị trấn ra quân", Organization, nil},
		{"an aide's title names the office served", "cùng Trợ lý Bộ trưởng Quốc phòng phụ trách an ninh khu vực dự", Position, []string{"Trợ lý Bộ trưởng Quốc phòng@5"}},
		{"an unlisted unit's lower-case tail up to its parent", "Trưởng phòng Chính sách quốc phòng thuộc Bộ Quốc phòng dẫn đầu", Position, []string{"Trưởng phòng Chính sách quốc phòng@0"}},
		{"a deputy in lower case is of the audience", "chào mừng các vị đại biểu Hội đồng nhân dân tỉnh; trưởng đoàn phát biểu", Position, []string{"trưởng đoàn@50"}},
		{"a listed head goes on after và to what closes it", "Ông Hoàng Xuân Tân, Trưởng Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh cho biết", Organization, []string{"Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh@27"}},
		{"a disease's name inside a body's", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bắc Giang họp", Organization, []string{"Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bắc Giang@0"}},
		{"a numbered area right after the name", "Học viện Chính trị khu vực III tổ chức", Organization, []string{"Học viện Chính trị khu vực III@0"}},
		{"a board of the Party or the Government names its owner after của", "Trưởng Tiểu ban Văn kiện Đại hội 14 của Đảng, Chủ nhiệm Ủy ban Dân tộc của Chính phủ", Organization, []string{"Tiểu ban Văn kiện Đại hội 14 của Đảng@7", "Ủy ban Dân tộc của Chính phủ@56"}},
		{"a unit's working group is no body; one named by its task is", "Tổ công tác Đồn Biên phòng Bản Lầu bắt giữ. Tổ trưởng Tổ công tác liên ngành", Organization, []string{"Đồn Biên phòng Bản Lầu@12", "Tổ công tác liên ngành@54"}},
		{"a province's armed forces named in lower case; bare, no body", "Các lực lượng vũ trang huyện hoàn thành. Xây dựng lực lượng vũ trang vững mạnh.", Organization, []string{"lực lượng vũ trang huyện@4"}},
		{"a conference centre is a venue with the place it serves", "Kỳ họp diễn ra tại Trung tâm Hội nghị tỉnh; lễ tang tại Trung tâm Hội nghị thành phố Hải Phòng.", Location, []string{"Trung tâm Hội nghị tỉnh@19", "Trung tâm Hội nghị thành phố Hải Phòng@56"}},
		{"a one-word country after a capitalized word ends a longer name; a company named with its country keeps it; an honour's country is none", "Công ty CP Phát triển KCN Viglacera Yên Mỹ; Công ty Viettel Campuchia; danh hiệu Dũng sĩ diệt Mỹ; Bộ trưởng Quốc phòng Mỹ.", Location, []string{"Campuchia@60", "Mỹ@119"}},
		{"a fair is an event, a market a place", "Hội chợ Du lịch quốc tế VITM khai mạc gần chợ Đồng Xuân.", Location, []string{"chợ Đồng Xuân@42"}},
		{"the deputies as a clause's subject hold no post; a deputy of a term does", "Đại biểu Quốc hội bấm nút biểu quyết. Ông là Đại biểu Quốc hội khóa XIV.", Position, []string{"Đại biểu Quốc hội@45"}},
		{"an envoy's post keeps the foreign city it is held in", "Ông Nguyễn Quang Trung, Tổng Lãnh sự Việt Nam tại Vancouver, Canada.", Position, []string{"Tổng Lãnh sự Việt Nam tại Vancouver@24"}},
		{"a sea written small before its name", "Bảo vệ chủ quyền trên biển Đông và vịnh Bắc Bộ.", Location, []string{"biển Đông@22", "vịnh Bắc Bộ@35"}},
		{"a committee's field in any case up to its owner; an abbreviation takes no lower-case syllable; a code that abbreviates more is not the body's", "Chủ nhiệm Ủy ban Công tác đại biểu của Quốc hội, miễn nhiệm Bộ trưởng Bộ GTVT đối với ông Thể; các đại biểu Quốc hội (ĐBQH) bấm nút.", Organization, []string{"Ủy ban Công tác đại biểu của Quốc hội@10", "Bộ GTVT@70", "Quốc hội@108"}},
		{"an unlisted head noun inside a person's name after the surname", "Phó Tổng Thư ký Quốc hội Lê Bộ Lĩnh đọc báo cáo.", Person, []string{"Lê Bộ Lĩnh@25"}},
		{"the state as a body's level; a unit's number and code in brackets", "Ủy ban Kế hoạch Nhà nước, Hội đồng Nhà nước và Đội Chữa cháy và Cứu nạn cứu hộ số 3 (PC07), Trung đoàn Cảnh sát cơ động Thủ đô (E22).", Organization, []string{"Ủy ban Kế hoạch Nhà nước@0", "Hội đồng Nhà nước@26", "Đội Chữa cháy và Cứu nạn cứu hộ số 3 (PC07)@47", "Trung đoàn Cảnh sát cơ động Thủ đô (E22)@92"}},
		{"a title and the body it serves after của", "Thiếu tướng Tô Ân Xô, Người phát ngôn của Bộ Công an; Chủ tịch của tỉnh.", Position, []string{"Người phát ngôn của Bộ Công an@22", "Chủ tịch@54"}},
		{"a steering committee is named by its owner and what it steers, up to a word that goes on the sentence", "Ban Chỉ đạo quốc gia về xây dựng các đơn vị hành chính-kinh tế đặc biệt do Thủ tướng đứng đầu. Ban chỉ đạo Trung ương về phòng, chống thiên tai cho thấy. Ban Chỉ đạo của Chính phủ về quản lý, điều hành kinh tế vĩ mô là một tổ chức.", Organization, []string{"Ban Chỉ đạo quốc gia về xây dựng các đơn vị hành chính-kinh tế đặc biệt@0", "Ban chỉ đạo Trung ương về phòng, chống thiên tai@95", "Ban Chỉ đạo của Chính phủ về quản lý, điều hành kinh tế vĩ mô@154"}},
		{"a name ending on a bare administrative word takes the place it starts; a listed field after a word; a squadron by its aircraft's code", "Ban Chỉ đạo 515 tỉnh Đồng Nai họp với Trung đoàn Pháo phòng không 224 và Phi đội thủy phi cơ DHC-6.", Organization, []string{"Ban Chỉ đạo 515 tỉnh Đồng Nai@0", "Trung đoàn Pháo phòng không 224@38", "Phi đội thủy phi cơ DHC-6@73"}},
		{"a state committee named by its subject; a foreign name after a body named in Vietnamese is no part of it", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài họp với Bộ Môi trường Jan Szyszko và Công ty CP Phát triển KCN Viglacera Yên Mỹ.", Organization, []string{"Ủy ban Nhà nước về người Việt Nam ở nước ngoài@0", "Bộ Môi trường@55", "Công ty CP Phát triển KCN Viglacera Yên Mỹ@84"}},
		{"the defence education council as news writes it short or joins its fields", "Hội đồng Giáo dục quốc phòng - an ninh tỉnh họp với Hội đồng Giáo dục quốc phòng, an ninh Quân khu 7.", Organization, []string{"Hội đồng Giáo dục quốc phòng - an ninh tỉnh@0", "Hội đồng Giáo dục quốc phòng, an ninh Quân khu 7@52"}},
		{"a committee of the National Assembly", "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội họp", Organization, []string{"Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội@0"}},
		{"a photo's source is no organization", "Toàn cảnh hội nghị. (Ảnh: TTXVN)", Organization, nil},
		{"a unit's number ends its lower-case name", "Lữ đoàn Trinh sát đặc nhiệm 74 và Trung đoàn Tên lửa 238 được tuyên dương", Organization, []string{"Lữ đoàn Trinh sát đặc nhiệm 74@0", "Trung đoàn Tên lửa 238@34"}},
		{"a listed body runs into no foreign name", "Trưởng phòng thuộc Bộ Quốc phòng Chung Suk-hwan dẫn đầu", Organization, []string{"Bộ Quốc phòng@19"}},
		{"a year after a name is no unit number", "thực hiện Luật Dân quân tự vệ năm 2019 và", Organization, []string{"Dân quân tự vệ@15"}},
		{"state venues and numbered hamlets", "tại Nhà tang lễ Quốc gia phía Nam, về thôn Na Mạ 2 và ấp 3, rồi nhà nghỉ Thùy Trang", Location, []string{"Nhà tang lễ Quốc gia phía Nam@4", "thôn Na Mạ 2@38", "ấp 3@54", "nhà nghỉ Thùy Trang@64"}},
		{"a place ends before a dash and another place's word", "quê quán huyện Từ Liêm - TP Hà Nội", Location, []string{"huyện Từ Liêm@9", "TP Hà Nội@25"}},
		{"a name in a capitals headline ends at a verb", "ĐẠI TÁ PHẠM ĐÌNH NGHĨA GIỮ CHỨC CHỈ HUY TRƯỞNG BỘ CHQS TỈNH KON TUM", Person, []string{"PHẠM ĐÌNH NGHĨA@7"}},
		{"no surname-led name in a capitals headline without a trigger", "CÔNG AN TRIỆT PHÁ ĐƯỜNG DÂY BUÔN LẬU QUA BIÊN GIỚI", Person, nil},
		{"an Ê Đê name written with H' in one word", "Phó Chủ tịch HĐND tỉnh H'Liên Niê Kđăm đã dự lễ", Person, []string{"H'Liên Niê Kđăm@23"}},
		{"a second field in capitals after và", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình sơ tán dân", Organization, []string{"Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình@0"}},
		{"a school named after a person, its name ending in any word", "Điểm cầu là trường THPT Phan Huy Chú.", Organization, []string{"trường THPT Phan Huy Chú@12"}},
		{"a force's command in a province, not the country its name starts with", "Bộ đội Biên phòng Lào Cai bắt giữ đối tượng", Organization, []string{"Bộ đội Biên phòng Lào Cai@0"}},
		{"the country an office serves", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đại Quang từ trần", Position, []string{"Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam@0"}},
		{"xã hội is no commune", "Giám đốc Bảo hiểm xã hội Quân đội phát biểu", Location, nil},
		{"no village in a capitals headline", "CÔNG AN TRIỆT PHÁ ĐƯỜNG DÂY BUÔN LẬU QUA BIÊN GIỚI", Location, nil},
		{"hotels, supermarkets and markets are venues", "từ khách sạn Nam Hải đến siêu thị An Phú và chợ Mê Linh", Location, []string{"khách sạn Nam Hải@3", "siêu thị An Phú@25", "chợ Mê Linh@44"}},
		{"the province after Trung ương", "Bệnh viện đa khoa Trung ương Quảng Nam công bố", Organization, []string{"Bệnh viện đa khoa Trung ương Quảng Nam@0"}},
		{"Trung ương and the place after a head noun; a city's word ends a name; a place after a bracketed code", "Mẫu được gửi đến Viện Pasteur TP. HCM, Bệnh viện Trung ương Huế và Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng.", Organization, []string{"Viện Pasteur TP. HCM@17", "Bệnh viện Trung ương Huế@39", "Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng@67"}},
		{"a listed district named bare after a head or a word of place", "Công an Thạch Thành phối hợp với Ban Chỉ huy phòng thủ khu vực 3 ở Nguyên Bình.", Location, []string{"Thạch Thành@8", "Nguyên Bình@67"}},
		{"listed districts named bare, not in a person's name", "Dịch lan ra Cẩm Lệ, Hải Châu; ông Nguyễn Hoàng Mai cho biết.", Location, []string{"Cẩm Lệ@12", "Hải Châu@20"}},
		{"a bare head written out with its listed abbreviation", "Ngày 21-6, Hội đồng nhân dân (HĐND) nhiều tỉnh đã họp.", Organization, []string{"Hội đồng nhân dân (HĐND)@11"}},
		{"a named force in lower case", "cán bộ, chiến sĩ bộ đội biên phòng tuần tra", Organization, []string{"bộ đội biên phòng@17"}},
		{"a mission and where it sits", "Tùy viên Quốc phòng, Đại sứ quán Ấn Độ tại Việt Nam.", Organization, []string{"Đại sứ quán Ấn Độ tại Việt Nam@21"}},
		{"an unlisted unit headed by the title's last word", "Ông Lê Văn Tám, Trưởng phòng Chính sách quốc phòng, phát biểu.", Organization, []string{"phòng Chính sách quốc phòng@23"}},
		{"a ministry named short after its minister's title is no body", "Bộ trưởng Quốc phòng Trung Quốc phát biểu.", Organization, nil},
		{"a body's lower-case field in a post, closed by the holder", "Chủ nhiệm UB các vấn đề xã hội Trương Thị Mai phát biểu.", Organization, []string{"UB các vấn đề xã hội@10"}},
		{"a listed body headed by the title's last word", "Bà Bùi Thị Minh Hoài, Trưởng ban Dân vận Trung ương phát biểu.", Organization, []string{"ban Dân vận Trung ương@29"}},
		{"a bare head after a title names no body", "Trưởng Ban Chỉ đạo, Chủ tịch UBND tỉnh Ngô Trọng Khang yêu cầu.", Organization, []string{"UBND tỉnh@29"}},
		{"a lower-case second field after a capitalized compound", "Ông A giữ chức Chủ tịch Hội đồng Khoa học và đào tạo, Tổng biên tập.", Organization, []string{"Hội đồng Khoa học và đào tạo@24"}},
		{"a listed body then a verb in lower case", "Bộ Công an giao Công an tỉnh chủ trì.", Organization, []string{"Bộ Công an@0", "Công an tỉnh@16"}},
		{"a bare head shared with the title is the holder's body", "Thủ tướng giữ cương vị Trưởng Ban chỉ đạo.", Position, []string{"Thủ tướng@0", "Trưởng Ban chỉ đạo@23"}},
		{"a title ending in a syllable of a head is no shared head", "Đại tá Dương Văn Dược, Chính ủy Ban Chỉ huy BĐBP tỉnh phát biểu.", Position, []string{"Chính ủy Ban Chỉ huy BĐBP tỉnh@23"}},
		{"a diplomatic corps is no body cut at its verb", "Thủ tướng chiêu đãi Đoàn Ngoại giao, gồm các vị Đại sứ.", Organization, []string{"Đoàn Ngoại giao@20"}},
		{"a word that begins with a country's name", "Ý kiến về 2 dự án Pháp lệnh và Luật Mỹ thuật.", Location, nil},
		{"the war an award is named after", "Huân chương Kháng chiến chống Pháp hạng nhì; cuộc kháng chiến chống Mỹ, cứu nước.", Location, []string{"Mỹ@68"}},
		{"a street after a house number, a prize named after a person", "Lễ viếng tại Nhà tang lễ quốc gia, số 5 Trần Thánh Tông, Hà Nội; Giải thưởng Nguyễn Phan Vinh lần thứ XIII.", Person, nil},
		{"a school and its university joined by a dash", "Ông A, Phó Hiệu trưởng trường ĐH Nông lâm - ĐH Huế phát biểu. ĐH Huế họp.", Organization, []string{"trường ĐH Nông lâm - ĐH Huế@23", "ĐH Huế@62"}},
		{"a country before học names a field", "TS. Đỗ Thị Xuân Dung, Trưởng khoa Việt Nam học phát biểu. Sinh viên Việt Nam học tập tại Nga.", Location, []string{"Việt Nam@68", "Nga@89"}},
		{"what a body deals with after về, in capitals", "Viện trưởng Viện Quan hệ Quốc tế về Quốc phòng dự.", Organization, []string{"Viện Quan hệ Quốc tế về Quốc phòng@12"}},
		{"về before a place is going there", "Đoàn Bộ Tài chính về Hà Nội.", Organization, []string{"Đoàn Bộ Tài chính@0"}},
		{"what a decision is about ends the body before it", "Ông A trao quyết định của Bộ trưởng Bộ Công an về việc bổ nhiệm đại tá Trần Tiến Đạt.", Organization, []string{"Bộ Công an@36"}},
		{"a title inside a law's name is no post", "Cho ý kiến về Pháp lệnh Thẩm phán và Hội thẩm TAND; dự án Pháp lệnh Kiểm sát viên VKSND.", Position, nil},
		{"police abbreviated CA, investigators CQĐT", "CA tỉnh Sơn La cho biết. CQĐT đã khởi tố.", Organization, []string{"CA tỉnh Sơn La@0", "CQĐT@25"}},
		{"a listed commune in brackets after a place", "Bắt tại bản Tân Lập (Lóng Luông) hôm qua.", Location, []string{"bản Tân Lập@8", "Lóng Luông@21"}},
		{"news agencies credited are no bodies of the story", "Đại sứ thăm. (Ảnh: Trọng Đức/TTXVN)\n(TTXVN/Vietnam+)\nChủ tịch phát biểu. (Nguồn: TTXVN)\nTheo TTXVN, Đại sứ đã đến.\nVOV.VN - Trưa 18/9, tại Hà Nội.\nQĐND Online - Ngày 21-7, họp.\nTTXVN đưa tin.", Organization, []string{"TTXVN@177"}},
		{"a listed title that starts with the standing body's word", "Dự có Thường trực Ban Bí thư Trần Cẩm Tú. Thường trực HĐND tỉnh họp.", Organization, []string{"Ban Bí thư@18", "Thường trực HĐND tỉnh@42"}},
		{"unit names whose capitalized word goes on in lower case", "Tiểu đoàn Danh dự và Trung đoàn Nghi lễ 781 diễu hành.", Organization, []string{"Tiểu đoàn Danh dự@0", "Trung đoàn Nghi lễ 781@21"}},
		{"the nước of Chủ tịch nước is the title's, not the country's; a site's domain is no country", "ANTD.VN - Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đức Lương đến VN.", Location, []string{"Cộng hòa xã hội chủ nghĩa Việt Nam@24", "VN@78"}},
		{"a one-word place ending a person's name after Giải thưởng", "Tham dự Giải thưởng Nguyễn Phan Vinh; ông Lê Văn Huế đến Huế.", Location, []string{"Huế@57"}},
		{"a count of comrades closes no body's name", "Ban chấp hành khóa XVII bầu 17 đồng chí vào Ban Thường vụ Tỉnh ủy và 11 đồng chí vào Ủy ban Kiểm tra.", Organization, []string{"Ban Thường vụ Tỉnh ủy@44"}},
		{"people counted by their rank, an age after a name", "Nghỉ hưu đối với 1 đại tướng và 5 thượng tướng. Thượng tá Nguyễn Thanh Tuấn 44 tuổi, quê ở Thanh Hóa.", Count, []string{"1 đại tướng@17", "5 thượng tướng@32", "44 tuổi@76"}},
		{"a number that counts places or a period is no unit's number", "Công an 9 địa phương đã khởi tố; Công an 6 tháng đầu năm 2017 bắt 5 vụ; Sư đoàn 5 - Quân khu 7 họp.", Organization, []string{"Sư đoàn 5 - Quân khu 7@72"}},
		{"a unit's number before tuần tra (patrols) is its name's", "Vùng Cảnh sát biển 4 tuần tra, kiểm soát vùng biển.", Organization, []string{"Vùng Cảnh sát biển 4@0"}},
		{"a code's first words are the law's, no body", "Bộ Luật Hình sự số 100/2015/QH13 có hiệu lực.", Organization, nil},
		{"the people's council and committee written out are bodies too", "Quốc hội, Hội đồng nhân dân, Ủy ban nhân dân các cấp họp.", Organization, []string{"Quốc hội@0", "Hội đồng nhân dân@10", "Ủy ban nhân dân@29"}},
		{"the border guard named short with its province", "Bị lực lượng Biên phòng tỉnh Hà Tĩnh phát hiện; Ngày Biên phòng toàn dân.", Organization, []string{"Biên phòng tỉnh Hà Tĩnh@13"}},
		{"a trade association, the older name of the UN, a paper whose name goes on in lower case", "Hiệp hội Du lịch Việt Nam, Liên hiệp quốc và Báo Giao thông đưa tin.", Organization, []string{"Hiệp hội Du lịch Việt Nam@0", "Liên hiệp quốc@27", "Báo Giao thông@45"}},
		{"a brand in brackets after a body's name is part of it, a place is not", "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) và Tổng Công ty Cổ phần Đầu tư Quốc tế Viettel (Viettel Global) họp tại Bộ Quốc phòng (Hà Nội).", Organization, []string{"Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)@0", "Tổng Công ty Cổ phần Đầu tư Quốc tế Viettel (Viettel Global)@56", "Bộ Quốc phòng@125"}},
		{"a central board of a mass organization names the organization after its level", "Ông Vũ Quốc Huy, Trưởng Ban xã hội Trung ương Hội Nông dân Việt Nam dự cùng Ban Tuyên giáo Trung ương.", Organization, []string{"Ban xã hội Trung ương Hội Nông dân Việt Nam@24", "Ban Tuyên giáo Trung ương@76"}},
		{"a legislature's term at a line's end is no part of a body's name, and a bare head left is none", "Đại hội bầu 33 Ủy viên Ban Chấp hành khóa IX\nBan Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX họp.", Organization, []string{"Ban Chấp hành Hội Nông dân tỉnh Tiền Giang@45"}},
		{"a capitalized compound goes on in lower case to a capitalized word or a region, not to a congress's number", "Ông là Chủ tịch Hội đồng Chức danh giáo sư Nhà nước; Tổng Công ty Bảo đảm an toàn Hàng hải miền Nam nhận cờ; Đảng bộ Quân khu lần thứ I họp.", Organization, []string{"Hội đồng Chức danh giáo sư Nhà nước@16", "Tổng Công ty Bảo đảm an toàn Hàng hải miền Nam@53", "Đảng bộ Quân khu@109"}},
		{"a People's Council's committee with its council, though its field spells a country", "Bà Lê Thị Hương giữ chức Phó Trưởng ban Pháp chế HĐND tỉnh; bà Hoa giữ chức Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh.", Organization, []string{"ban Pháp chế HĐND tỉnh@36", "ban Văn hóa - Xã hội HĐND tỉnh@87"}},
		{"a listed place's last word heads no compound that runs on in lower case", "Ban Chỉ huy phòng thủ khu vực 3 - Phú Lộc rộn ràng Lễ Giao nhận quân năm 2026", Organization, []string{"Ban Chỉ huy phòng thủ khu vực 3 - Phú Lộc@0"}},
		{"a numbered unit joined tight by a slash to its parent is one name", "Thanh niên nhập ngũ vào Sư đoàn 346/Quân khu 1 và Trung đoàn 852/Bộ CHQS tỉnh.", Organization, []string{"Sư đoàn 346/Quân khu 1@24", "Trung đoàn 852/Bộ CHQS tỉnh@50"}},
		{"a body of places listed by name after a plural administrative word takes in the list, to the first item that names no place", "Cơ quan Cảnh sát điều tra cùng Công an các quận Thanh Xuân, Hoàng Mai, Đống Đa và Đội chữa cháy; truy tặng UBND các xã Thanh Điền, An Bình và Hảo Đước; UBND các xã, thị trấn họp.", Organization, []string{"Cơ quan Cảnh sát điều tra@0", "Công an các quận Thanh Xuân, Hoàng Mai, Đống Đa@31", "UBND các xã Thanh Điền, An Bình và Hảo Đước@107", "UBND các xã, thị trấn@152"}},
		{"after a title a body's plural list of administrative words ends at the first comma, alone it goes on", "Dự có Trưởng Công an các phường, xã, đặc khu và Ban CHQS các huyện, thành phố.", Organization, []string{"Công an các phường@13", "Ban CHQS các huyện, thành phố@48"}},
		{"a gifted school's words in lower case before its namesake's name", "Chị là Phó bí thư Đoàn Trường PTTH chuyên ban Võ Minh Đức, tỉnh Bình Dương.", Organization, []string{"Đoàn Trường PTTH chuyên ban Võ Minh Đức@18"}},
		{"a namesake's name ending a school's holds no commune", "Chị là Phó bí thư Đoàn Trường PTTH chuyên ban Võ Minh Đức, tỉnh Bình Dương.", Location, []string{"tỉnh Bình Dương@59"}},
		{"an acronym takes no code in brackets after it; a UN mission by its acronym; the peacekeeping department named short", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 18; Cục Gìn giữ hòa bình và Phái bộ UNISFA dự.", Organization, []string{"ASEAN@39", "ADMM@46", "Cục Gìn giữ hòa bình@64", "Phái bộ UNISFA@88"}},
		{"a listed name runs on through no clause in lower case to a place; infantry goes on a unit's name", "Năm 1975, Bộ Chính trị hạ quyết tâm giải phóng hoàn toàn miền Nam; Trung đoàn Bộ binh 24 dự.", Organization, []string{"Bộ Chính trị@10", "Trung đoàn Bộ binh 24@67"}},
		{"an issuer's code after a spaced dash is no body", "Theo Quyết định số 5092/QĐ- UBND ngày 3/5 của UBND tỉnh.", Organization, []string{"UBND tỉnh@46"}},
		{"the field a law is named by is no body, a listed force is", "Thực hiện Luật Biên phòng Việt Nam năm 2020 và Luật Công an nhân dân.", Organization, []string{"Công an nhân dân@52"}},
		{"a town's word written short", "Khám bệnh tại xã Phổ Châu, TX.Đức Phổ, Quảng Ngãi.", Location, []string{"xã Phổ Châu@14", "TX.Đức Phổ@27", "Quảng Ngãi@39"}},
		{"a verb in lower case ends a school's name", "Huyện có Trường THPT Nghĩa Hưng A đạt chuẩn quốc gia.", Organization, []string{"Trường THPT Nghĩa Hưng A@9"}},
		{"mountains, passes, capes, anchorages, provincial roads, hamlets numbered in a list", "Sạt lở trên đường tỉnh 178 qua đèo Hải Vân; tàu neo tại âu tàu Đá Nam, mũi Hanh; dãy núi Hoàng Vần Thùng; mưa lớn tại thôn 2, 3, 4 xã Trà Bui.", Location, []string{"đường tỉnh 178@12", "đèo Hải Vân@31", "âu tàu Đá Nam@56", "mũi Hanh@71", "dãy núi Hoàng Vần Thùng@81", "thôn 2, 3, 4@118", "xã Trà Bui@131"}},
		{"a deputy's title after và starts no second field", "Thứ trưởng Bộ Quốc phòng Việt Nam và Phó Trợ lý Bộ trưởng Quốc phòng Mỹ đồng chủ trì.", Organization, []string{"Bộ Quốc phòng Việt Nam@11"}},
		{"regions, sea areas, border-gate ports, stations and districts written short", "Mưa lớn ở Bắc Tây Nguyên; cứu tàu cá ở vùng biển Trường Sa; qua cửa khẩu cảng Phú Quý; gần ga Khoa Trường; tại H.Xín Mần.", Location, []string{"Bắc Tây Nguyên@10", "vùng biển Trường Sa@39", "cửa khẩu cảng Phú Quý@64", "ga Khoa Trường@91", "H.Xín Mần@111"}},
		{"a range of a measure gives two counts", "Lượng mưa phổ biến 100-200 mm; nước dâng sâu 0,5-2,5 mét; ngày 20-25/5.", Count, []string{"100@19", "200 mm@23", "0,5@45", "2,5 mét@49"}},
		{"a head noun that ends a listed place's name starts no body", "Mưa lớn ở Ba Đồn 249 mm; Đồn Biên phòng Cà Roòng tuần tra.", Organization, []string{"Đồn Biên phòng Cà Roòng@25"}},
		{"one-word place inside a longer entry", "Anh hùng LLVT nhân dân Nguyễn Văn Bảy", Location, nil},
		{"capitalized honorific opening a sentence", "Ông Ksor Bloih, Chủ tịch UBND xã Ia Dom cho biết.", Person, []string{"Ksor Bloih@4"}},
		{"capitalized honorific before a Kinh name", "Ông Lê Văn Tám phát biểu.", Person, []string{"Lê Văn Tám@4"}},
		{"special zone is an administrative unit", "UBND đặc khu Cô Tô phối hợp tổ chức.", Organization, []string{"UBND đặc khu Cô Tô@0"}},
		{"place in a special zone", "UBND đặc khu Cô Tô phối hợp tổ chức.", Location, []string{"đặc khu Cô Tô@5"}},
		{"special zone named like a person", "ngư dân đặc khu Bạch Long Vĩ vươn khơi", Person, nil},
		{"official name with a lower-case tail up to a comma", "Thiếu tá Trần Văn Hòa, Đội trưởng Đội Chống buôn lậu, Công an tỉnh", Position, []string{"Đội trưởng Đội Chống buôn lậu@23"}},
		{"lower-case tail of a verb ends at a full stop", "giao cho Đội Xe quản lý.", Organization, []string{"Đội Xe@9"}},
		{"numbered team in lower case", "Trung úy Lê Minh Hải, Đội trưởng Đội khảo sát số 2 cho biết", Position, []string{"Đội trưởng Đội khảo sát số 2@22"}},
		{"lower-case kind without a number is no name", "Đơn vị huy động 9 đội rà phá và Đội xe tải", Organization, nil},
		{"council every province keeps", "Hội đồng Nghĩa vụ quân sự xã Tân Lập họp.", Organization, []string{"Hội đồng Nghĩa vụ quân sự xã Tân Lập@0"}},
		{"lower-case words and a country up to a bracketed code", "do Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam (VMRCC) điều động", Organization, []string{"Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam (VMRCC)@3"}},
		{"regional court of the 2025 reform", "bị TAND khu vực 3 – Đắk Lắk tuyên phạt", Organization, []string{"TAND khu vực 3 – Đắk Lắk@3"}},
		{"surname head after a title is a person", "Phát biểu, Thứ trưởng Đoàn Văn Hậu cảm ơn.", Person, []string{"Đoàn Văn Hậu@22"}},
		{"surname head after a title is no organization", "Phát biểu, Thứ trưởng Đoàn Văn Hậu cảm ơn.", Organization, nil},
		{"surname head after a title leaves the bare title", "Phát biểu, Thứ trưởng Đoàn Văn Hậu cảm ơn.", Position, []string{"Thứ trưởng@11"}},
		{"source credit opening a line", "QĐND - Sáng 26-4, Quân đội nhân dân Lào", Organization, []string{"Quân đội nhân dân Lào@18"}},
		{"source credit in brackets opening a line", "(BBP) - Ngày 20/1, Đồn Biên phòng Lìa tổ chức", Organization, []string{"Đồn Biên phòng Lìa@19"}},
		{"source credit after Theo", "Các đơn vị tham gia.\n(Theo TTXVN)", Organization, nil},
		{"papers credited after Ảnh, Nguồn tin, or in brackets opening a line; a report is no paper", "Toàn cảnh - Ảnh: Báo Quân đội nhân dân\n(Báo Quảng Ngãi)- Sáng 18.8, Công an tỉnh họp.\nNguồn tin: Báo Tiền Phong\nBộ Chính trị nghe Báo cáo số 493.", Organization, []string{"Công an tỉnh@68", "Bộ Chính trị@112"}},
		{"a channel's number and a paper named in full in credits", "(VOV5) - Ngày 20/1, Đồn Biên phòng Lìa họp.\n(Theo Công An Nhân Dân)", Organization, []string{"Đồn Biên phòng Lìa@20"}},
		{"source credit alone on a line", "Các đơn vị tham gia.\nCAND", Organization, nil},
		{"an abbreviation inside a sentence names a body", "phóng viên TTXVN tại Lào", Organization, []string{"TTXVN@11"}},
		{"the place a border station is named after", "Thiếu tá Pả Văn Hùng, Chính trị viên Đồn Biên phòng Pa Nang cho biết", Location, []string{"Pa Nang@52"}},
		{"a school is named after people more often than its commune: no place in its name", "tại Trường THCS Ia Chia", Location, nil},
		{"a school named after a person is no place", "tại Trường THPT Nguyễn Du", Location, nil},
		{"the capital's word goes with its name, but inside a body's name it is the body's", "tại Thủ đô Hà Nội và thủ đô Viêng Chăn; Bộ Tư lệnh Thủ đô Hà Nội dự", Location, []string{"Thủ đô Hà Nội@4", "thủ đô Viêng Chăn@21", "Hà Nội@58"}},
		{"the commanders as a group hold no office", "các đồng chí Thủ trưởng Bộ Tư lệnh Quân khu 9 và thủ trưởng nhà trường", Position, nil},
		{"front and social insurance bodies written short", "Chủ tịch UBMTTQ Việt Nam tỉnh và Giám đốc Bảo hiểm xã hội Quân đội; BHXH huyện; chính sách bảo hiểm xã hội", Organization, []string{"UBMTTQ Việt Nam tỉnh@9", "Bảo hiểm xã hội Quân đội@42", "BHXH huyện@68"}},
		{"a session after a title is no unit", "Thay mặt Thường trực và Chủ tọa Kỳ họp, tôi chào mừng", Position, []string{"Chủ tọa@24"}},
		{"a body's name stops before the countries it spans", "Bộ trưởng Bộ Quốc phòng ba nước Việt Nam - Lào - Campuchia gặp nhau", Organization, []string{"Bộ Quốc phòng@10"}},
		{"a border gate written short", "Đoàn đến CKQT La Lay và cửa khẩu quốc tế Lao Bảo", Location, []string{"CKQT La Lay@9", "cửa khẩu quốc tế Lao Bảo@24"}},
		{"a police department code", "Trung tá Hồ Văn Nam, Phó Trưởng phòng PA05 cho biết", Organization, []string{"PA05@38"}},
		{"a foreign service and its country", "đề nghị Hải quân Hàn Quốc tăng cường hợp tác", Organization, []string{"Hải quân Hàn Quốc@8"}},
		// Written with a capital, the Navy alone is the service, as real
		// reports' gold has it ("Tham mưu trưởng Hải quân"); in lower case
		// it is the trade.
		{"a service alone in lower case is no organization", "cán bộ, chiến sĩ hải quân và Hải quân", Organization, []string{"Hải quân@29"}},
		{"an abbreviation in brackets after a listed name", "hợp tác với Liên minh châu Âu (EU) về an ninh", Organization, []string{"Liên minh châu Âu (EU)@12"}},
		{"a listed name in lower case is other words", "cùng lãnh đạo Bộ xây dựng lực lượng vững mạnh", Organization, nil},
		{"a listed name with one later word capitalized", "Tổng Bí thư Ban chấp hành Đảng cộng sản Việt Nam", Organization, []string{"Ban chấp hành Đảng cộng sản Việt Nam@12"}},
		{"a verb between a unit and a capitalized word", "Đồn Biên phòng Pa Nang mang Tết đến bản", Organization, []string{"Đồn Biên phòng Pa Nang@0"}},
		{"NFD text gives code point offsets into NFD", "Đại tá Hoa\u0300ng Va\u0306n Nam", Person, []string{"Hoa\u0300ng Va\u0306n Nam@7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Extract(context.Background(), Input{ID: "t", Text: tt.text})
			if got := spansOf(d, tt.typ); !slices.Equal(got, tt.want) {
				t.Errorf("%s in %q:\n got %q\nwant %q", tt.typ, tt.text, got, tt.want)
			}
		})
	}
}

func TestRoster(t *testing.T) {
	p := newTestPipeline(t)
	tests := []struct {
		name, text string
		want       []string // "Name|rank|pos1;pos2"
	}{
		{
			"a foreign name set off by a comma after a post joined by 'và'; a general named by his country",
			"Lễ ký có Bộ trưởng Bộ Quốc phòng Philippines Raymundo Elefante và Đại sứ Ấn Độ tại Manila, Shambhu Kumaran. Tư lệnh NATO, Tướng Mỹ Alexus Grynkewich nói.",
			[]string{"Raymundo Elefante||Bộ trưởng Bộ Quốc phòng Philippines", "Shambhu Kumaran||Đại sứ Ấn Độ tại Manila", "Alexus Grynkewich|Tướng|Tư lệnh NATO"},
		},
		{
			"a counted post over a list after 'cho các ông, bà:' or ', trong đó có'",
			"Phó Thủ tướng trao Quyết định bổ nhiệm 3 Thứ trưởng cho các ông, bà: Nguyễn Hoàng Hiệp, Nguyễn Thị Phương Hoa, Trần Quý Kiên. Bộ trưởng bổ nhiệm 6 Phó Tổng Biên tập Báo Nông nghiệp và Môi trường, trong đó có ông Hoàng Mạnh Hà, bà Lý Thị Hồng Điệp.",
			[]string{"Nguyễn Hoàng Hiệp||Thứ trưởng", "Nguyễn Thị Phương Hoa||Thứ trưởng", "Trần Quý Kiên||Thứ trưởng", "Hoàng Mạnh Hà||Phó Tổng Biên tập Báo Nông nghiệp và Môi trường", "Lý Thị Hồng Điệp||Phó Tổng Biên tập Báo Nông nghiệp và Môi trường"},
		},
		{
			"a list item's posts, a spaced dash, then a rank and name; who hands over a decision holds none of its posts",
			"Ban lãnh đạo gồm Chủ tịch kiêm Tổng giám đốc Tập đoàn – Trung tướng Tào Đức Thắng; Bí thư Đảng uỷ, Phó Tổng Giám đốc – Thiếu tướng Nguyễn Đình Chiến. Hai đại tá được Đại tướng Phan Văn Giang trao quyết định bổ nhiệm làm Phó Tổng Giám đốc Tập đoàn. Ông Lê Văn Hùng được trao quyết định bổ nhiệm làm Giám đốc Sở Y tế.",
			[]string{"Tào Đức Thắng|Trung tướng|Chủ tịch kiêm Tổng giám đốc Tập đoàn", "Nguyễn Đình Chiến|Thiếu tướng|Bí thư Đảng uỷ;Phó Tổng Giám đốc", "Phan Văn Giang|Đại tướng|", "Lê Văn Hùng||Giám đốc Sở Y tế"},
		},
		{
			"a new holder's post after 'cương vị tân'",
			"Ông Đặng Ngọc Hoà, Phó tổng giám đốc Vietnam Airlines, đảm nhận cương vị tân Chủ tịch Hội đồng quản trị (HĐQT) Vietnam Airlines kể từ hôm nay.",
			[]string{"Đặng Ngọc Hoà||Phó tổng giám đốc Vietnam Airlines;Chủ tịch Hội đồng quản trị (HĐQT) Vietnam Airlines"},
		},
		{
			"a monk's dharma name starts with Thích; religious offices",
			"Thượng tọa Thích Minh Hiếu, Trụ trì chùa Kompong dự. Thích ứng với khí hậu. Đức Pháp chủ GHPGVN Thích Trí Quảng đón đoàn.",
			[]string{"Thích Minh Hiếu||Trụ trì chùa Kompong", "Thích Trí Quảng||Pháp chủ GHPGVN"},
		},
		{
			"a Khmer honorific and its titles stay out of the name and end the post before it",
			"Đoàn do Samdech Akka Moha Ponhea Chakrei Heng Samrin, Chủ tịch Quốc hội dẫn đầu. Phía Campuchia có: Phó Thủ tướng, Bộ trưởng Hoàng cung Samdech Chaufea Veang Kong Sam Ol; Thủ tướng Samdech Techo Hun Sen dự.",
			[]string{"Heng Samrin||Chủ tịch Quốc hội", "Kong Sam Ol||Phó Thủ tướng;Bộ trưởng Hoàng cung", "Hun Sen||Thủ tướng"},
		},
		{
			"a plural post, in lower case too, over the names right after it",
			"Tham gia phiên tòa có các kiểm sát viên Trần Thị Liên, Phạm Văn Hiền và Lê Trương Hà Linh. Dự có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trần Văn Bình.",
			[]string{"Trần Thị Liên||kiểm sát viên", "Phạm Văn Hiền||kiểm sát viên", "Lê Trương Hà Linh||kiểm sát viên", "Nguyễn Văn An||Phó Chủ tịch UBND tỉnh", "Trần Văn Bình||Phó Chủ tịch UBND tỉnh"},
		},
		{
			"a plural post's header with its term and who named them, its items a line each",
			"Các Phó Chủ tịch UBND TP Hải Phòng mới, nhiệm kỳ 2021 - 2026 do Thủ tướng Chính phủ chỉ định gồm:\n\nÔng Lê Anh Quân, Phó Chủ tịch Thường trực UBND TP Hải Phòng;\n\nÔng Hoàng Minh Cường, Giám đốc Sở Tài chính.\n\nÔng Trần Văn Tú phát biểu.",
			[]string{"Lê Anh Quân||Phó Chủ tịch UBND TP Hải Phòng;Phó Chủ tịch Thường trực UBND TP Hải Phòng", "Hoàng Minh Cường||Phó Chủ tịch UBND TP Hải Phòng;Giám đốc Sở Tài chính", "Trần Văn Tú||"},
		},
		{
			"a cleric named after the clergy's rank, which stays out of the name; a pagoda's abbot; a diocese",
			"Thượng tọa Thạch Oai, Trụ trì chùa Kompong dự. Phó Chủ tịch Hội, Hòa thượng Thạch Sok Xane phát biểu. Đức Tổng Giám mục Tổng Giáo phận TPHCM Giuse Nguyễn Năng tiếp.",
			[]string{"Thạch Oai||Trụ trì chùa Kompong", "Thạch Sok Xane||Phó Chủ tịch Hội", "Giuse Nguyễn Năng||Tổng Giám mục Tổng Giáo phận TPHCM"},
		},
		{
			"a service that qualifies a rank names no body, and the name after it is the ranked person's",
			"Lầu Năm Góc cách chức Trung tướng Không quân Jeffrey Kruse, Giám đốc DIA. Đại tá Hải quân Lê Văn Hùng dự. Thiếu tướng Công an tỉnh Nghệ An Trần Văn Sơn dự.",
			[]string{"Jeffrey Kruse|Trung tướng|Giám đốc DIA", "Lê Văn Hùng|Đại tá|", "Trần Văn Sơn|Thiếu tướng|"},
		},
		{
			"foreign names in a list, each with a spaced dash and its post; a general named small",
			"Danh sách gồm có Wang Haijiang – Tư lệnh Chiến khu Tây Bộ; Lin Xiangyang – Tư lệnh Chiến khu Trung tâm. Ông thế chỗ tướng Xu Qiling, người mới nắm chức. Đoàn do Ngài Chan Sorykan - Tổng Lãnh sự Campuchia dẫn đầu.",
			[]string{"Wang Haijiang||Tư lệnh Chiến khu Tây Bộ", "Lin Xiangyang||Tư lệnh Chiến khu Trung tâm", "Xu Qiling|tướng|", "Chan Sorykan||Tổng Lãnh sự Campuchia"},
		},
		{
			"a foreign general's bare rank before his name, not a head of government's word",
			"Bộ Quốc phòng Nga cho biết Tướng Valery Gerasimov, Tổng Tham mưu trưởng Quân đội Nga, được bổ nhiệm thay Tướng Sergei Surovikin. Thủ tướng Narendra Modi phát biểu.",
			[]string{"Valery Gerasimov|Tướng|Tổng Tham mưu trưởng Quân đội Nga", "Sergei Surovikin|Tướng|", "Narendra Modi||Thủ tướng"},
		},
		{
			"a supreme leader's title, with his country or a religious honorific before the name",
			"Israel sát hại Lãnh tụ tối cao Iran Ali Khamenei. Truyền thông xác nhận Lãnh tụ tối cao Ayatollah Ali Khamenei đã qua đời.",
			[]string{"Ali Khamenei||Lãnh tụ tối cao Iran;Lãnh tụ tối cao"},
		},
		{
			"posts written short in army news (TMT, PTL-TMT); 'kết luận' after a body is the verb",
			"Đại tá Phạm Kinh Kha, Phó Chỉ huy trưởng, TMT Bộ CHQS tỉnh lưu ý. Thiếu tướng Lê Bửu Tuấn, PTL-TMT Quân khu kết luận hội nghị.",
			[]string{"Phạm Kinh Kha|Đại tá|Phó Chỉ huy trưởng;TMT Bộ CHQS tỉnh", "Lê Bửu Tuấn|Thiếu tướng|PTL-TMT Quân khu"},
		},
		{
			"a post before a given name alone refers to the one full name that ends in it; a ministry's field is no given name",
			"Kế tiếp là Bộ trưởng Bộ TN-MT Trần Hồng Hà. Sau đó, Bộ trưởng Hà trả lời chất vấn. Ông Nguyễn Văn Quốc dự. Bộ trưởng Quốc phòng Phan Văn Giang phát biểu.",
			[]string{"Trần Hồng Hà||Bộ trưởng Bộ TN-MT;Bộ trưởng", "Nguyễn Văn Quốc||", "Phan Văn Giang||Bộ trưởng Quốc phòng"},
		},
		{
			"a former rank after the name, past an age or a birth year, is the person's, and the posts go on after it",
			"Trong số này có Trần Văn Đồng (sinh năm 1957, cựu đại tá, Phó Tổng giám đốc Tổng công ty Lũng Lô). Phan Hữu Tuấn, cựu trung tướng, cựu Phó tổng cục trưởng Tổng cục Tình báo, tới tòa. Bị cáo Trần Thị Minh Thu (48 tuổi, nguyên trung tá Phòng Hậu cần kỹ thuật) bị phạt.",
			[]string{"Trần Văn Đồng|đại tá|Phó Tổng giám đốc Tổng công ty Lũng Lô", "Phan Hữu Tuấn|trung tướng|Phó tổng cục trưởng Tổng cục Tình báo", "Trần Thị Minh Thu|trung tá|"},
		},
		{
			"a Khmer king's honorifics stand between his post and his name; senators, deputies and counsellors of foreign states",
			"Quốc vương Campuchia Preah Bat Samdech Preah Boromneath Norodom Sihamoni đã tới Hà Nội. Đi cùng có: Samdech Mahamontrei Kuy Sophal, Phó Thủ tướng, Cố vấn tối cao; bà Mean Som An, Thượng nghị sĩ; ngài Sous Yara, Nghị sĩ Quốc hội.",
			[]string{"Norodom Sihamoni||Quốc vương Campuchia", "Kuy Sophal||Phó Thủ tướng;Cố vấn tối cao", "Mean Som An||Thượng nghị sĩ", "Sous Yara||Nghị sĩ Quốc hội"},
		},
		{
			"a foreign surname after a post in a headline, the full name given after it",
			"Lễ đón Thủ tướng Ấn Độ Modi đã được cử hành. Thủ tướng Narendra Modi thăm Việt Nam.",
			[]string{"Narendra Modi||Thủ tướng;Thủ tướng Ấn Độ"},
		},
		{
			"an envoy's post says whose with \"của\" and where with \"tại\"; a photo's \"(đứng)\" stands between a name and its post",
			"Có Đại sứ đặc mệnh toàn quyền của Việt Nam tại Trung Quốc Đặng Minh Khôi dự. Đại tá Đặng Xuân Khanh (đứng) - Chánh văn phòng Interpol Việt Nam tại buổi họp báo.",
			[]string{"Đặng Minh Khôi||Đại sứ đặc mệnh toàn quyền của Việt Nam tại Trung Quốc", "Đặng Xuân Khanh|Đại tá|Chánh văn phòng Interpol Việt Nam"},
		},
		{
			"a post given \"đối với các ông:\" a list of names, past its term, is each one's",
			"HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh Thanh Hóa, nhiệm kỳ 2021-2026 đối với các ông: Nguyễn Tiến Hiệu, Giám đốc Sở Công Thương; Lê Văn Cường, Giám đốc Sở Y tế.",
			[]string{"Nguyễn Tiến Hiệu||Ủy viên UBND tỉnh Thanh Hóa;Giám đốc Sở Công Thương", "Lê Văn Cường||Ủy viên UBND tỉnh Thanh Hóa;Giám đốc Sở Y tế"},
		},
		{
			"\"nguyên\" written small onto a name with a dash starts the former post; a Korean name's small second half stays",
			"Có ông Tạ Minh Châu-nguyên Phó Trưởng ban Ban Đối ngoại Trung ương Đảng dự. Ông Chung Suk-hwan phát biểu.",
			[]string{"Tạ Minh Châu||Phó Trưởng ban Ban Đối ngoại Trung ương Đảng", "Chung Suk-hwan||"},
		},
		{
			"a two-word body listed small after its first word, all capitalized after a surname, is a given name",
			"Bổ sung đồng chí Vũ Hải Quân, Thứ trưởng Thường trực Bộ Khoa học và Công nghệ, làm thành viên. Ông Nguyễn Văn Hải, Tư lệnh Hải Quân, dự.",
			[]string{"Vũ Hải Quân||Thứ trưởng Thường trực Bộ Khoa học và Công nghệ", "Nguyễn Văn Hải||Tư lệnh Hải Quân"},
		},
		{
			"a head coach is a post, with the national team written small",
			"Ông Kim Sang-sik làm HLV trưởng đội tuyển Việt Nam. Huấn luyện viên trưởng Park Hang-seo dự.",
			[]string{"Kim Sang-sik||HLV trưởng đội tuyển Việt Nam", "Park Hang-seo||Huấn luyện viên trưởng"},
		},
		{
			"posts joined by commas before a comma, a rank and a name, or after 'do'; a name before them keeps its own",
			"Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội, Đại tướng Đỗ Bá Tỵ dự. Phiên họp do Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Quốc phòng và An ninh Võ Trọng Việt chủ trì. Ông Lê Văn Hai, Tư lệnh Quân khu 4, Thiếu tướng Trần Văn Ba phát biểu.",
			[]string{"Đỗ Bá Tỵ|Đại tướng|Ủy viên Trung ương Đảng;Phó Chủ tịch Quốc hội", "Võ Trọng Việt||Ủy viên Bộ Chính trị;Chủ nhiệm Ủy ban Quốc phòng và An ninh", "Lê Văn Hai||Tư lệnh Quân khu 4", "Trần Văn Ba|Thiếu tướng|"},
		},
		{
			"a plural post's header says who named the holders before its list",
			"Các Phó bí thư Tỉnh ủy Đồng Tháp nhiệm kỳ mới cũng do Bộ Chính trị chỉ định, gồm: Bà Nguyễn Hải Trâm, Phó bí thư thường trực; ông Trần Trí Quang, Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Hải Trâm||Phó bí thư Tỉnh ủy Đồng Tháp;Phó bí thư thường trực", "Trần Trí Quang||Phó bí thư Tỉnh ủy Đồng Tháp;Chủ tịch UBND tỉnh"},
		},
		{
			"a counted office, a comma and gồm before names addressed in the plural; a ship's captain names the ship; a deputy for operations",
			"UBND tỉnh do ông Hồ Văn Mừng làm Chủ tịch, cùng 3 Phó Chủ tịch, gồm bà Nguyễn Thị Minh Thúy và các ông Nguyễn Thanh Phong, Lê Trung Hồ. Thượng úy Khúc Ngọc Minh, Thuyền trưởng tàu BP 02.04.03 cho biết. Thiếu tá Mai Ngọc Thắng, Phó Đồn trưởng Nghiệp vụ dự.",
			[]string{"Hồ Văn Mừng||Chủ tịch", "Nguyễn Thị Minh Thúy||Phó Chủ tịch", "Nguyễn Thanh Phong||Phó Chủ tịch", "Lê Trung Hồ||Phó Chủ tịch", "Khúc Ngọc Minh|Thượng úy|Thuyền trưởng tàu BP 02.04.03", "Mai Ngọc Thắng|Thiếu tá|Phó Đồn trưởng Nghiệp vụ"},
		},
		{
			"a plural title after a plural address over the names after it; a name after a province's word is the holder's at a title's distance of nine words; a deputy in charge before a verb",
			"Dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Lạc, Nguyễn Thị Lan cùng 70 vị. Bổ nhiệm TS.BS Chu Trọng Trang - Phó Giám đốc phụ trách giữ chức vụ Giám đốc Sở Y tế.",
			[]string{"Trần Lạc||Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Nguyễn Thị Lan||Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chu Trọng Trang||Phó Giám đốc phụ trách;Giám đốc Sở Y tế"},
		},
		{
			"an office a vote gives or takes goes to those named after 'đối với', 'với' or 'của', each with their own posts; not to one named after an unvoted post",
			"HĐND thông qua việc thôi giữ chức danh Ủy viên UBND tỉnh Cà Mau với các ông Phạm Hoàng Sâm, nguyên Chỉ huy trưởng Bộ CHQS tỉnh và ông Lê Hoàng Bé, Giám đốc Sở Nội vụ. HĐND TP bầu chức danh Ủy viên UBND TP đối với ông Nguyễn Hà Bắc-Giám đốc Sở Công thương), bà Trương Thị Hồng Hạnh-Giám đốc Sở Du lịch, và ông Lê Tùng Lâm - Giám đốc Sở Xây dựng. Miễn nhiệm chức Phó Chủ tịch UBND tỉnh Hậu Giang của ông Nguyễn Liên Khoa. Ông Trần Văn Hai, Chủ tịch UBND tỉnh với ông Lê Văn Ba dự.",
			[]string{"Phạm Hoàng Sâm||Ủy viên UBND tỉnh Cà Mau;Chỉ huy trưởng Bộ CHQS tỉnh", "Lê Hoàng Bé||Ủy viên UBND tỉnh Cà Mau;Giám đốc Sở Nội vụ", "Nguyễn Hà Bắc||Ủy viên UBND TP;Giám đốc Sở Công thương", "Trương Thị Hồng Hạnh||Ủy viên UBND TP;Giám đốc Sở Du lịch", "Lê Tùng Lâm||Ủy viên UBND TP;Giám đốc Sở Xây dựng", "Nguyễn Liên Khoa||Phó Chủ tịch UBND tỉnh Hậu Giang", "Trần Văn Hai||Chủ tịch UBND tỉnh", "Lê Văn Ba||"},
		},
		{
			"a role in brackets after the post goes to the same person",
			"Gồm: Ngô Thị Dung, Trưởng phòng 1 Thanh tra tỉnh Lai Châu (Trưởng đoàn thanh tra); Lê Mạnh Cường, Chánh Thanh tra tỉnh (trưởng đoàn) dự.",
			[]string{"Ngô Thị Dung||Trưởng phòng 1 Thanh tra tỉnh Lai Châu;Trưởng đoàn thanh tra", "Lê Mạnh Cường||Chánh Thanh tra tỉnh;trưởng đoàn"},
		},
		{
			"'đối với' closes a longer clause of a voted office; 'giữ chức danh' gives the office after it to the one elected",
			"Kỳ họp miễn nhiệm chức danh Chủ tịch UBND tỉnh Thừa Thiên- Huế, đồng thời cho thôi làm đại biểu HĐND tỉnh đối với ông Nguyễn Văn Cao để ông nghỉ hưu. Ngay sau đó, HĐND tỉnh đã bầu ông Phan Ngọc Thọ, Phó Chủ tịch thường trực UBND tỉnh giữ chức danh Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021.",
			[]string{"Nguyễn Văn Cao||Chủ tịch UBND tỉnh Thừa Thiên- Huế", "Phan Ngọc Thọ||Phó Chủ tịch thường trực UBND tỉnh;Chủ tịch UBND tỉnh"},
		},
		{
			"posts joined by commas after a clause that says when, or after a verb of meeting, go to the name after them",
			"Ngày 1-3, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vương Đình Huệ thăm Lữ đoàn 189. Bà đã hội kiến Tổng Bí thư, Chủ tịch nước Tập Cận Bình và Ủy viên trưởng Ủy ban Thường vụ Nhân đại Triệu Lạc Tế. Giao nhiệm vụ cho tân Giám đốc, Chủ tịch UBND tỉnh Trần Huy Tuấn phát biểu.",
			[]string{"Vương Đình Huệ||Ủy viên Bộ Chính trị;Chủ tịch Quốc hội", "Tập Cận Bình||Tổng Bí thư;Chủ tịch nước", "Triệu Lạc Tế||Ủy viên trưởng Ủy ban Thường vụ Nhân đại", "Trần Huy Tuấn||Chủ tịch UBND tỉnh"},
		},
		{
			"a post made plural by a count heads the names after 'là'",
			"Hai Phó Chủ tịch HĐND tỉnh trúng cử là ông Bùi Văn Nghiêm và ông Nguyễn Minh Dũng. Ba Phó Giám đốc mới là Lê Văn An, Trần Văn Bình và Đỗ Văn Cường.",
			[]string{"Bùi Văn Nghiêm||Phó Chủ tịch HĐND tỉnh", "Nguyễn Minh Dũng||Phó Chủ tịch HĐND tỉnh", "Lê Văn An||Phó Giám đốc", "Trần Văn Bình||Phó Giám đốc", "Đỗ Văn Cường||Phó Giám đốc"},
		},
		{
			"members or a counted office in lower case head the list of names after 'gồm' or 'là:'; members alone are the audience",
			"Các thành viên Tổ công tác gồm: Thứ trưởng Bộ Tài chính Võ Thành Hưng, Phó Chủ nhiệm Văn phòng Chính phủ Cao Huy. Bộ hiện có 5 thứ trưởng là: thượng tướng Trần Quốc Tỏ và thiếu tướng Lê Quốc Hùng. Các thành viên Đảng ủy và ông Đỗ Văn Hà dự họp.",
			[]string{"Võ Thành Hưng||thành viên Tổ công tác;Thứ trưởng Bộ Tài chính", "Cao Huy||thành viên Tổ công tác;Phó Chủ nhiệm Văn phòng Chính phủ", "Trần Quốc Tỏ|thượng tướng|thứ trưởng", "Lê Quốc Hùng|thiếu tướng|thứ trưởng", "Đỗ Văn Hà||"},
		},
		{
			"where a photo shows a person, in brackets, does not break the names the clause lists",
			"Ông Nguyễn Xuân Ký (bên trái) và ông Ngô Hoàng Ngân được bầu làm Phó Bí thư Tỉnh ủy Quảng Ninh.",
			[]string{"Nguyễn Xuân Ký||Phó Bí thư Tỉnh ủy Quảng Ninh", "Ngô Hoàng Ngân||Phó Bí thư Tỉnh ủy Quảng Ninh"},
		},
		{
			"a table's row gives the name's posts in the next cell",
			"STT | Họ và tên | Chức vụ\n1 | Lê Thị Kim Dung | Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang, Bí thư Đảng ủy các cơ quan Đảng tỉnh Tuyên Quang\n2 | Lý Văn Huấn | Viện trưởng Viện kiểm sát nhân dân tỉnh Tuyên Quang\n",
			[]string{"Lê Thị Kim Dung||Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang;Bí thư Đảng ủy các cơ quan Đảng tỉnh Tuyên Quang", "Lý Văn Huấn||Viện trưởng Viện kiểm sát nhân dân tỉnh Tuyên Quang"},
		},
		{
			"an age and home province in brackets after the name, a session's chair heading a list, and a unit's number after a title",
			"Thiếu tướng Hoàng Văn Hữu (55 tuổi, Cao Bằng), Phó Tư lệnh Quân khu 1. Chủ tọa kỳ họp gồm các đồng chí: Võ Văn Minh, Phó Bí thư Thành ủy; Huỳnh Thanh Nhân, Phó Chủ tịch HĐND TPHCM. Bà Nguyễn Thị Oanh, Trưởng phòng 2, Cục XIV, làm tổ phó.",
			[]string{"Hoàng Văn Hữu|Thiếu tướng|Phó Tư lệnh Quân khu 1", "Võ Văn Minh||Chủ tọa;Phó Bí thư Thành ủy", "Huỳnh Thanh Nhân||Chủ tọa;Phó Chủ tịch HĐND TPHCM", "Nguyễn Thị Oanh||Trưởng phòng 2"},
		},
		{
			"posts after a semicolon whose chain ends in its own holder are that holder's; a listed body with a comma in its name keeps the chain going",
			"Dự có Trung tướng Võ Minh Lương, Tư lệnh Quân khu 7; Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP HCM Nguyễn Thành Phong. Đồng chí Bùi Thị Minh Hoài, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu.",
			[]string{"Võ Minh Lương|Trung tướng|Tư lệnh Quân khu 7", "Nguyễn Thành Phong||Ủy viên Trung ương Đảng;Phó Bí thư Thành ủy;Chủ tịch UBND TP HCM", "Bùi Thị Minh Hoài||Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương;Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"},
		},
		{
			"an office given to someone after 'giao cho' is theirs; an office at a level named by its bare administrative word",
			"Chức Chủ tịch HĐND tỉnh Tuyên Quang được giao cho ông Nguyễn Văn Sơn. Ông Lê Văn An giữ chức Chủ tịch xã cho đến năm 2020. Chủ tịch tỉnh Nguyễn Văn Bình dự cùng 2 đồng chí Phó Bí thư Tỉnh đoàn.",
			[]string{"Nguyễn Văn Sơn||Chủ tịch HĐND tỉnh Tuyên Quang", "Lê Văn An||Chủ tịch xã", "Nguyễn Văn Bình||Chủ tịch tỉnh"},
		},
		{
			"a shared title over items that carry their own posts joined by commas, with or without a rank",
			"Đoàn có các Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội, Thượng tướng Trần Quang Phương; Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường. Dự có các đồng chí Ủy viên Trung ương Đảng: Thượng tướng Nguyễn Văn Hiền, Thứ trưởng Bộ Quốc phòng, Bí thư Tỉnh ủy Thanh Hóa Nguyễn Doãn Anh.",
			[]string{"Trần Quang Phương|Thượng tướng|Ủy viên Trung ương Đảng;Phó Chủ tịch Quốc hội", "Bùi Văn Cường||Ủy viên Trung ương Đảng;Tổng Thư ký Quốc hội;Chủ nhiệm Văn phòng Quốc hội", "Nguyễn Văn Hiền|Thượng tướng|Ủy viên Trung ương Đảng;Thứ trưởng Bộ Quốc phòng", "Nguyễn Doãn Anh||Ủy viên Trung ương Đảng;Bí thư Tỉnh ủy Thanh Hóa"},
		},
		{
			"a term in years after an item's post ends the item before the next one after 'và ông'",
			"Các Phó Chủ tịch UBND tỉnh gồm: Bùi Văn Khắng, Giám đốc Sở Y tế nhiệm kỳ 2016-2021; Nguyễn Thị Hạnh, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 và ông Phạm Văn Thành, Bí thư Thị ủy.",
			[]string{"Bùi Văn Khắng||Phó Chủ tịch UBND tỉnh;Giám đốc Sở Y tế", "Nguyễn Thị Hạnh||Phó Chủ tịch UBND tỉnh", "Phạm Văn Thành||Phó Chủ tịch UBND tỉnh;Bí thư Thị ủy"},
		},
		{
			"a two-word name after 'UBND tỉnh' that no province list holds is the official's; a listed province stays",
			"Chủ tịch UBND tỉnh Hoàng Anh dự. Phó Chủ tịch UBND tỉnh Hà Nam Lê Văn Minh phát biểu. Ông đến tỉnh Tạ Minh.",
			[]string{"Hoàng Anh||Chủ tịch UBND tỉnh", "Lê Văn Minh||Phó Chủ tịch UBND tỉnh Hà Nam"},
		},
		{
			"a deputy's title written onto the name with a tight dash starts the post",
			"Dự có: Hồ Văn Niên-Bí thư Tỉnh ủy; Nguyễn Ngọc Lương-Phó Bí thư Tỉnh ủy.",
			[]string{"Hồ Văn Niên||Bí thư Tỉnh ủy", "Nguyễn Ngọc Lương||Phó Bí thư Tỉnh ủy"},
		},
		{
			"posts named in the plural, then a clause in lower case and 'gồm', head the list after it",
			"Các ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng có mặt tại hội nghị gồm Thượng tướng Võ Minh Lương, Trung tướng Lê Huy Vịnh. Ông Trần Văn Nam là Giám đốc Sở Y tế.",
			[]string{"Võ Minh Lương|Thượng tướng|ủy viên Trung ương Đảng;Thứ trưởng Bộ Quốc phòng", "Lê Huy Vịnh|Trung tướng|ủy viên Trung ương Đảng;Thứ trưởng Bộ Quốc phòng", "Trần Văn Nam||Giám đốc Sở Y tế"},
		},
		{
			"'phụ trách' before a capitalized title is part of the post, also after 'kiêm'",
			"Đồng chí Trần Thanh Nghiêm, phụ trách Tư lệnh Hải quân, dự. Thiếu tướng Lê Đăng Dũng, phụ trách Chủ tịch kiêm phụ trách Tổng Giám đốc Tập đoàn Viettel.",
			[]string{"Trần Thanh Nghiêm||phụ trách Tư lệnh Hải quân", "Lê Đăng Dũng|Thiếu tướng|phụ trách Chủ tịch kiêm phụ trách Tổng Giám đốc Tập đoàn Viettel"},
		},
		{
			"a counted header's list with 'anh'/'chị' before the names, and a last item after '; và bà'",
			"Ba phó bí thư Tỉnh Đoàn gồm: anh Trần Bảo Lâm, anh Lê Tuấn Anh và chị Nguyễn Thanh Thảo. Ban Chấp hành bầu 2 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh, Chủ tịch UBND thành phố; và bà Phùng Thị Hồng Hà, Phó chủ tịch HĐND thành phố.",
			[]string{"Trần Bảo Lâm||phó bí thư Tỉnh Đoàn", "Lê Tuấn Anh||phó bí thư Tỉnh Đoàn", "Nguyễn Thanh Thảo||phó bí thư Tỉnh Đoàn", "Trần Sỹ Thanh||Phó bí thư Thành ủy;Chủ tịch UBND thành phố", "Phùng Thị Hồng Hà||Phó bí thư Thành ủy;Phó chủ tịch HĐND thành phố"},
		},
		{
			"a title before a site with its type noun runs the site",
			"Ông Nguyễn Tiến Khôi, Giám đốc Khu di tích lịch sử Đền Hùng dự.",
			[]string{"Nguyễn Tiến Khôi||Giám đốc Khu di tích lịch sử Đền Hùng"},
		},
		{
			"a former post right after an aside in brackets, with no comma",
			"Nhóm có bị cáo Nguyễn Tấn Đức (54 tuổi) cựu Chánh tòa hình sự Tòa án nhân dân tỉnh Đắk Lắk; Vũ Văn Tú (51 tuổi) bị bắt.",
			[]string{"Nguyễn Tấn Đức||Chánh tòa hình sự Tòa án nhân dân tỉnh Đắk Lắk", "Vũ Văn Tú||"},
		},
		{
			"after 'UBND thành phố' an unlisted person's name is the official's; a listed city stays",
			"Phó Chủ tịch Thường trực UBND thành phố Nguyễn Thanh Bình dự. Chủ tịch UBND thành phố Hồ Chí Minh Phan Văn Mãi dự.",
			[]string{"Nguyễn Thanh Bình||Phó Chủ tịch Thường trực UBND thành phố", "Phan Văn Mãi||Chủ tịch UBND thành phố Hồ Chí Minh"},
		},
		{
			"a degree or profession between the post and the name",
			"Hiệu trưởng Trường Đại học Y Hà Nội GS.TS Nguyễn Hữu Tường ký. Giám đốc Trung tâm, bác sĩ Phạm Thị Thu Hà, đề nghị.",
			[]string{"Nguyễn Hữu Tường||Hiệu trưởng Trường Đại học Y Hà Nội", "Phạm Thị Thu Hà||Giám đốc Trung tâm"},
		},
		{
			"an obituary's posts after its fields (birth date with dots, home town, address) and terms after 'các'",
			"Đồng chí Phạm Minh Tuyên, sinh ngày 26.12.1949; quê quán: Xã Khánh Thủy, huyện Yên Khánh, tỉnh Ninh Bình; trú tại số nhà 2/14, phường Bắc Sơn, thành phố Tam Điệp, tỉnh Ninh Bình; Uỷ viên Trung ương Đảng các khoá XII, XIII, nguyên Bí thư Tỉnh ủy.",
			[]string{"Phạm Minh Tuyên||Uỷ viên Trung ương Đảng;Bí thư Tỉnh ủy"},
		},
		{
			"a career after 'Đồng chí từng là' in a later sentence goes to the person named last",
			"Đồng chí Đỗ Mười sinh năm 1917.\n\nĐồng chí từng là Ủy viên Bộ Chính trị các khóa V, VI; Thường trực Ban Bí thư khóa VI.",
			[]string{"Đỗ Mười||Ủy viên Bộ Chính trị;Thường trực Ban Bí thư"},
		},
		{
			"'đồng chí' alone before what the subject did takes the posts for the person named last",
			"Đồng chí Lê Phước Thọ sinh năm 1927.\n\nTrong giai đoạn 1970-1975, đồng chí làm Bí thư Tỉnh ủy Sóc Trăng.\n\nTháng 12-1976, Đại hội bầu đồng chí làm Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng. Các đồng chí lãnh đạo là Bộ trưởng Bộ Y tế.",
			[]string{"Lê Phước Thọ||Bí thư Tỉnh ủy Sóc Trăng;Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"},
		},
		{
			"the post of an election's results heading goes to each line's person",
			"Về kết quả bầu Ủy viên Ủy ban Thường vụ Quốc hội:\n\nĐồng chí Hà Ngọc Chiến: được 487 phiếu\n\nĐồng chí Thượng tướng Võ Trọng Việt: được 484 phiếu\n\nNhư vậy, ông Trần Văn Túy dự.",
			[]string{"Hà Ngọc Chiến||Ủy viên Ủy ban Thường vụ Quốc hội", "Võ Trọng Việt|Thượng tướng|Ủy viên Ủy ban Thường vụ Quốc hội", "Trần Văn Túy||"},
		},
		{
			"foreign honorifics stay out of the name, and one name is enough after them",
			"Bộ trưởng Quốc phòng Malaysia Dato' Seri Mohamed Khaled Bin Nordin chủ trì; Bộ trưởng Quốc phòng Ấn Độ Shri Rajnath dự.",
			[]string{"Mohamed Khaled Bin Nordin||Bộ trưởng Quốc phòng Malaysia", "Rajnath||Bộ trưởng Quốc phòng Ấn Độ"},
		},
		{
			"a country ends a body's name before a foreign official's",
			"Thủ tướng tiếp Bộ trưởng Bộ Giáo dục Malaysia Fadhlina Sidek.",
			[]string{"Fadhlina Sidek||Bộ trưởng Bộ Giáo dục Malaysia"},
		},
		{
			"items of post, comma, rank and name after semicolons",
			"Dự có Thứ trưởng Quốc phòng, Thượng tướng Phạm Hoài Nam; Giám đốc Công an tỉnh, Thiếu tướng Lê Văn Hùng.",
			[]string{"Phạm Hoài Nam|Thượng tướng|Thứ trưởng Quốc phòng", "Lê Văn Hùng|Thiếu tướng|Giám đốc Công an tỉnh"},
		},
		{
			"a rank and a given name refer to the person named in full before",
			"Sư đoàn trưởng Sư đoàn 316 Đại tá Hoàng Đình Luyện nhận quyết định. Trước đó, Đại tá Luyện giữ chức Tham mưu trưởng Sư đoàn.",
			[]string{"Hoàng Đình Luyện|Đại tá|Sư đoàn trưởng Sư đoàn 316;Tham mưu trưởng Sư đoàn"},
		},
		{
			"'ngài' between a post and a foreign name; a byline in capitals on the last line",
			"Đại sứ đặc mệnh toàn quyền nước Cộng hòa Ấn Độ ngài Ran-dít Ra-ê đã ký.\nĐOÀN CA\n",
			[]string{"Ran-dít Ra-ê||Đại sứ đặc mệnh toàn quyền nước Cộng hòa Ấn Độ", "ĐOÀN CA||"},
		},
		{
			"bylines after a reporter's label or before the paper's code; a deputy written small",
			"Khu vực phòng thủ vững chắc\nHiền Phương/HNM| 19/03/2019 15:33\nSáng 19-3, đồng chí Nay Y Phú – phó Bí thư, Chủ tịch UBND huyện dự.\nCTV Thu Trang\n",
			[]string{"Hiền Phương||", "Nay Y Phú||phó Bí thư;Chủ tịch UBND huyện", "Thu Trang||"},
		},
		{
			"bylines with the date after a dash, with the agency in brackets, a given name spelled as two countries, two writers in capitals",
			"Tin tức\nMinh Anh - 10/10/2023 14:48 (GMT+7)\nHội nghị diễn ra tại Hà Nội.\nMinh Khánh (TTXVN)\nĐức Anh\nLÊ MINH - TUẤN LÂM\n",
			[]string{"Minh Anh||", "Minh Khánh||", "Đức Anh||", "LÊ MINH||", "TUẤN LÂM||"},
		},
		{
			"a place's whole name alone on the last line is no byline",
			"Hội nghị diễn ra.\nHà Nội\n",
			nil,
		},
		{
			"a co-chair of a body named by two countries; a delegation from a province",
			"Bộ trưởng Xây dựng, đồng Chủ tịch Ủy ban Liên Chính phủ Việt Nam-Cuba Nguyễn Thanh Nghị; Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị Lê Quang Tùng.",
			[]string{"Nguyễn Thanh Nghị||Bộ trưởng Xây dựng;đồng Chủ tịch Ủy ban Liên Chính phủ Việt Nam-Cuba", "Lê Quang Tùng||Bí thư Tỉnh ủy;Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị"},
		},
		{
			"a chamber of a foreign parliament with its republic's formal name",
			"Theo lời mời của Chủ tịch Hạ viện nước Cộng hòa Argentina Cecilia Moreau, ông thăm Cộng hòa Đông Uruguay.",
			[]string{"Cecilia Moreau||Chủ tịch Hạ viện nước Cộng hòa Argentina"},
		},
		{
			"an aircraft's captain in lower case; a deputy's branch straight after the title",
			"Chiếc 8431 do Đại tá Nguyễn Trường Toán, Chính ủy Trung đoàn, làm cơ trưởng; Đại tá Ngô Hồng Sơn, Phó Trung đoàn trưởng quân huấn lái phụ.",
			[]string{"Nguyễn Trường Toán|Đại tá|Chính ủy Trung đoàn;cơ trưởng", "Ngô Hồng Sơn|Đại tá|Phó Trung đoàn trưởng quân huấn"},
		},
		{
			"a friendship group and a border committee named by two countries, one written short",
			"Chủ tịch Nhóm Nghị sĩ hữu nghị Việt-Trung Đỗ Bá Tỵ; ông Phongsavath Boupha, Trưởng Ban Biên giới Lào-Việt dự.",
			[]string{"Đỗ Bá Tỵ||Chủ tịch Nhóm Nghị sĩ hữu nghị Việt-Trung", "Phongsavath Boupha||Trưởng Ban Biên giới Lào-Việt"},
		},
		{
			"a ship's captain in lower case is a post only when someone holds it",
			"Tàu cá gặp nạn: thuyền trưởng Nguyễn Ngọc Minh đau bụng. Đồn đưa thuyền trưởng gặp nạn vào đảo.",
			[]string{"Nguyễn Ngọc Minh||thuyền trưởng"},
		},
		{
			"chain after name and later reference by title",
			"Thiếu tướng Trần Văn Đông, Phó Chính ủy Quân khu 3 dự hội nghị.\nĐồng chí Phó Chính ủy yêu cầu các đơn vị thực hiện tốt.",
			[]string{"Trần Văn Đông|Thiếu tướng|Phó Chính ủy Quân khu 3;Phó Chính ủy"},
		},
		{
			"a list item's posts that end in their own holder are not the previous item's",
			"Ba nhân sự gồm: Ủy viên Bộ Chính trị Trần Văn An; Ủy viên Trung ương, Bộ trưởng Tài chính Lê Đức Bình và Ủy viên Trung ương, Bộ trưởng Ngoại giao Phạm Thanh Sơn.",
			[]string{"Trần Văn An||Ủy viên Bộ Chính trị", "Lê Đức Bình||Ủy viên Trung ương;Bộ trưởng Tài chính", "Phạm Thanh Sơn||Ủy viên Trung ương;Bộ trưởng Ngoại giao"},
		},
		{
			"deputy offices listed whole and an acting deputy",
			"Trung tướng Vũ Văn Cảnh, Phó Tư lệnh về Chính trị Quân chủng Phòng không, và ông Lê Hữu Mạnh, Phó phòng Tham mưu, đón Quyền Phó trợ lý Ngoại trưởng Marc Knapper.",
			[]string{"Vũ Văn Cảnh|Trung tướng|Phó Tư lệnh về Chính trị Quân chủng Phòng không", "Lê Hữu Mạnh||Phó phòng Tham mưu", "Marc Knapper||Quyền Phó trợ lý Ngoại trưởng"},
		},
		{
			"a header's body ends before gồm, and its post goes to each item",
			"Phó Ban Chỉ đạo gồm các ông: Nguyễn Khắc Định, Phó Chủ tịch Quốc hội; Lê Minh Khái, Phó Thủ tướng Chính phủ.",
			[]string{"Nguyễn Khắc Định||Phó Ban Chỉ đạo;Phó Chủ tịch Quốc hội", "Lê Minh Khái||Phó Ban Chỉ đạo;Phó Thủ tướng Chính phủ"},
		},
		{
			"a dash joins two posts into one, as kiêm does",
			"Trung tướng Trần Hoài Trung, Bí thư Đảng ủy-Chính ủy Quân khu 7 và Đại tá Nguyễn Thành Trung, Phó Bí thư Thường trực ĐUQS-Chính ủy Bộ CHQS tỉnh.",
			[]string{"Trần Hoài Trung|Trung tướng|Bí thư Đảng ủy-Chính ủy Quân khu 7", "Nguyễn Thành Trung|Đại tá|Phó Bí thư Thường trực ĐUQS-Chính ủy Bộ CHQS tỉnh"},
		},
		{
			"a list item may start with Ông or Bà",
			"Thành viên Ban Chỉ đạo gồm: Đại tướng Tô Lâm, Bộ trưởng Bộ Công an; Ông Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Bà Bùi Thị Minh Hoài, Trưởng ban Dân vận Trung ương.",
			[]string{"Tô Lâm|Đại tướng|Thành viên Ban Chỉ đạo;Bộ trưởng Bộ Công an", "Đỗ Văn Chiến||Thành viên Ban Chỉ đạo;Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bùi Thị Minh Hoài||Thành viên Ban Chỉ đạo;Trưởng ban Dân vận Trung ương"},
		},
		{
			"a post handed over goes to the one it is handed to (and stays the giver's, whose it was)",
			"Thượng tá Lê Văn An giao tạm thời nhiệm vụ Phó Bí thư Thường trực ĐUQS cho Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh; còn nhiệm vụ Chính ủy Bộ CHQS tỉnh được giao tạm thời cho Đại tá Hà Văn Cường.",
			[]string{"Lê Văn An|Thượng tá|Phó Bí thư Thường trực ĐUQS", "Trần Văn Bình|Đại tá|Phó Bí thư Thường trực ĐUQS;Chỉ huy trưởng Bộ CHQS tỉnh", "Hà Văn Cường|Đại tá|Chính ủy Bộ CHQS tỉnh"},
		},
		{
			"a post right after the name, the comma left out",
			"Dự có đồng chí Hà Trung Kiên Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam tỉnh, cùng đại diện các ban.",
			[]string{"Hà Trung Kiên||Uỷ viên Ban Thường vụ Tỉnh uỷ;Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam tỉnh"},
		},
		{
			"list header gives its position to every item",
			"Cùng dự có các Phó Tổng Tham mưu trưởng: Trung tướng Lê Văn An; Trung tướng Hà Minh Bảo.",
			[]string{"Lê Văn An|Trung tướng|Phó Tổng Tham mưu trưởng", "Hà Minh Bảo|Trung tướng|Phó Tổng Tham mưu trưởng"},
		},
		{
			"office, rank and name with no comma",
			"Tư lệnh Quân khu 4 Trung tướng Hồ Sỹ Phong kiểm tra huấn luyện.",
			[]string{"Hồ Sỹ Phong|Trung tướng|Tư lệnh Quân khu 4"},
		},
		{
			"list header over names joined by commas and và",
			"Chủ trì có các Phó Chủ tịch UBND tỉnh Quảng Nam: Phan Văn Khiết, Trần Thị Mỹ Lệ và Alăng Thị Bhriu.",
			[]string{"Phan Văn Khiết||Phó Chủ tịch UBND tỉnh Quảng Nam", "Trần Thị Mỹ Lệ||Phó Chủ tịch UBND tỉnh Quảng Nam", "Alăng Thị Bhriu||Phó Chủ tịch UBND tỉnh Quảng Nam"},
		},
		{
			"list header with words before its colon",
			"Có các đồng chí nguyên Chỉ huy trưởng Bộ CHQS tỉnh Quảng Bình qua các thời kỳ: Đại tá Phan Đình Thụ và Đại tá Nguyễn Văn Quyền.",
			[]string{"Phan Đình Thụ|Đại tá|Chỉ huy trưởng Bộ CHQS tỉnh Quảng Bình", "Nguyễn Văn Quyền|Đại tá|Chỉ huy trưởng Bộ CHQS tỉnh Quảng Bình"},
		},
		{
			"names of one list item share its posts",
			"Kết quả bầu được phê chuẩn đối với: bà Tráng Thị Xuân, Phó chủ tịch UBND tỉnh Sơn La; ông Lò Minh Hùng, ông Bùi Đức Hải, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2011- 2016.",
			[]string{"Tráng Thị Xuân||Phó chủ tịch UBND tỉnh Sơn La", "Lò Minh Hùng||Tỉnh ủy viên;Phó chủ tịch UBND tỉnh Sơn La", "Bùi Đức Hải||Tỉnh ủy viên;Phó chủ tịch UBND tỉnh Sơn La"},
		},
		{
			"names in running text keep their own posts",
			"Tham dự có ông Lò Minh Hùng, ông Bùi Đức Hải, Phó chủ tịch UBND tỉnh Sơn La.",
			[]string{"Lò Minh Hùng||", "Bùi Đức Hải||Phó chủ tịch UBND tỉnh Sơn La"},
		},
		{
			"names with posts of their own share the clause's post",
			"Bà Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy và ông Ngô Văn Tuấn, Giám đốc Sở Xây dựng được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Thị Thìn||Ủy viên Ban Thường vụ Tỉnh ủy;Phó Chủ tịch UBND tỉnh", "Ngô Văn Tuấn||Giám đốc Sở Xây dựng;Phó Chủ tịch UBND tỉnh"},
		},
		{
			"a body's name as a post in a chain",
			"Đại tướng Nguyễn Tân Cương, Ủy viên Trung ương Đảng, Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng dự. Thay mặt Thường vụ Quân ủy Trung ương, Thượng tướng Trần Đơn trao quyết định.",
			[]string{"Nguyễn Tân Cương|Đại tướng|Ủy viên Trung ương Đảng;Thường vụ Quân ủy Trung ương;Thứ trưởng Bộ Quốc phòng", "Trần Đơn|Thượng tướng|"},
		},
		{
			"a foreign name after a title, told by its spelling",
			"Tổng thống Philippines Rodrigo Duterte cảnh báo. Bộ trưởng Dầu mỏ Shokri Ghanem đang đi công du. Chuyến thăm của Bộ trưởng Quốc phòng James Mattis là lần thứ ba; Bộ trưởng Mattis nói.",
			[]string{"Rodrigo Duterte||Tổng thống Philippines", "Shokri Ghanem||Bộ trưởng Dầu mỏ", "James Mattis||Bộ trưởng Quốc phòng;Bộ trưởng"},
		},
		{
			"a foreign surname alone is no person",
			"Bộ trưởng Mattis nói.",
			[]string{},
		},
		{
			"a shared title after the list",
			"Ba đồng chí Lê Thị Quỳnh Nga, Trần Văn Sang và Vi Văn Nỏ, đều là Tỉnh ủy viên, được bầu.",
			[]string{"Lê Thị Quỳnh Nga||Tỉnh ủy viên", "Trần Văn Sang||Tỉnh ủy viên", "Vi Văn Nỏ||Tỉnh ủy viên"},
		},
		{
			"posts joined by commas before the name",
			"Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường chủ trì; các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh dự.",
			[]string{"Phan Việt Cường||Ủy viên Trung ương Đảng;Bí thư Tỉnh ủy;Chủ tịch HĐND tỉnh", "Trần Xuân Vinh||Phó Chủ tịch HĐND tỉnh", "Nguyễn Công Thanh||Phó Chủ tịch HĐND tỉnh"},
		},
		{
			"a biography's posts after semicolons",
			"Thượng tướng Lê Chiêm sinh ngày 1/1/1958, quê quán xã Quế Xuân; Ủy viên Trung ương Đảng khóa XI, XII; Đại biểu Quốc hội khóa XIV.",
			[]string{"Lê Chiêm|Thượng tướng|Ủy viên Trung ương Đảng;Đại biểu Quốc hội"},
		},
		{
			"a long career after semicolons",
			"Trung tướng Đồng Sĩ Nguyên trưởng thành từ chiến tranh du kích, từng công tác ở nhiều đơn vị và nhiều chiến trường khác nhau trong những năm kháng chiến; Chính ủy Quân khu 4, Tư lệnh Quân khu 9 trong thời gian rất dài của cuộc chiến tranh; Chủ nhiệm Tổng cục Hậu cần tiền phương; Tư lệnh mặt trận phía tây; Thứ trưởng Bộ Quốc phòng; Bộ trưởng Xây dựng, Tư lệnh kiêm Chính ủy Quân khu Thủ đô.",
			[]string{"Đồng Sĩ Nguyên|Trung tướng|Chính ủy Quân khu 4;Tư lệnh Quân khu 9;Chủ nhiệm Tổng cục Hậu cần;Tư lệnh;Thứ trưởng Bộ Quốc phòng;Bộ trưởng Xây dựng;Tư lệnh kiêm Chính ủy Quân khu Thủ đô"},
		},
		{
			"a career section under its heading, up to a line that is not a period",
			"Quá trình công tác của Đại tướng Lê Văn An:\nTừ 1937 – 1945: Tham gia phong trào ở Phú Vang; Trung đội trưởng, Chính trị viên đại đội, Tỉnh uỷ viên Thủ Dầu Một.\nTừ 10/1948 – 1950: Phụ trách Khu Sài Gòn-Chợ Lớn, Trung đoàn uỷ viên.\nTừ 1/1951 – 1975: Tham mưu phó Bộ Tư lệnh Nam Bộ, Cục phó Cục Tác chiến.\nBuổi lễ có Chủ tịch nước dự.",
			[]string{"Lê Văn An|Đại tướng|Trung đội trưởng;Chính trị viên đại đội;Tỉnh uỷ viên;Trung đoàn uỷ viên;Tham mưu phó Bộ Tư lệnh Nam Bộ;Cục phó Cục Tác chiến"},
		},
		{
			"an obituary notice: the name alone on its line, then the birth paragraph",
			"gia đình thương tiếc báo tin:\nĐồng chí TRẦN VĂN HẢI\n(tên thường gọi Ba Hải)\nSinh ngày 11-11-1942; quê quán tỉnh Bến Tre; Ủy viên Bộ Chính trị khóa X; nguyên Trưởng ban Nội chính Trung ương.\nSau một thời gian lâm bệnh, Chủ tịch nước viếng.",
			[]string{"TRẦN VĂN HẢI||Ủy viên Bộ Chính trị;Trưởng ban Nội chính Trung ương", "Ba Hải||"},
		},
		{
			"a name alone on its line without a birth paragraph gives nothing",
			"Đồng chí TRẦN VĂN HẢI\nNăm nay, tỉnh Bến Tre có thêm nhiều trường học; Trưởng ban Nội chính Trung ương đến thăm.",
			[]string{"TRẦN VĂN HẢI||"},
		},
		{
			"a heading that is not a career gives nothing",
			"Thông tin về Đại tướng Lê Văn An:\nTừ 1/1951 – 1975: Tham mưu phó Bộ Tư lệnh Nam Bộ.",
			[]string{"Lê Văn An|Đại tướng|"},
		},
		{
			"posts taken by election: tái đắc cử, được bầu",
			"Ông Nguyễn Sáng Vang, Bí thư Tỉnh ủy, tái đắc cử Chủ tịch HĐND tỉnh; ông Vũ Quang Tiến được bầu Phó Chủ tịch HĐND tỉnh; cử tri tham gia bầu Chủ tịch nước.",
			[]string{"Nguyễn Sáng Vang||Bí thư Tỉnh ủy;Chủ tịch HĐND tỉnh", "Vũ Quang Tiến||Phó Chủ tịch HĐND tỉnh"},
		},
		{
			"an acting minister and a post taken with giữ chức vụ",
			"Quyền Bộ trưởng Công Thương Lê Mạnh Hùng dự. Bộ Công an bổ nhiệm đại tá Vũ Hoài Bắc giữ chức vụ Cục trưởng Cục An ninh điều tra.",
			[]string{"Lê Mạnh Hùng||Quyền Bộ trưởng Công Thương", "Vũ Hoài Bắc|đại tá|Cục trưởng Cục An ninh điều tra"},
		},
		{
			"a byline before the date it was filed or its weekday; not a law's number at a line's start",
			"Tiêu đề\nQuốc Định 04/10/2022\nGia Bình Thứ bảy, ngày 01/10/2022 11:30\nTheo Luật 98/2025/QH15 sửa đổi.",
			[]string{"Quốc Định||", "Gia Bình||"},
		},
		{
			"bylines and aliases",
			"Hoài Thu| 30/08/2024 21:05\nĐồng chí Trương Vĩnh Trọng (tên thường gọi Hai Nghĩa) từ trần.\nA A\nTác giả bài viết: Minh Hiển\nQuế Chi",
			[]string{"Hoài Thu||", "Trương Vĩnh Trọng||", "Hai Nghĩa||", "Minh Hiển||", "Quế Chi||"},
		},
		{
			"ngài before a foreign name",
			"Bộ trưởng đã tiếp ngài Shimojo Mitsu, Thứ trưởng Bộ Quốc phòng Nhật Bản.",
			[]string{"Shimojo Mitsu||Thứ trưởng Bộ Quốc phòng Nhật Bản"},
		},
		{
			"a foreign official after the body of the post",
			"Trưởng phòng Chính sách quốc phòng thuộc Bộ Quốc phòng Chung Suk-hwan dẫn đầu phái đoàn. Đại sứ Mỹ Daniel J.Kritenbrink chào từ biệt.",
			[]string{"Chung Suk-hwan||Trưởng phòng Chính sách quốc phòng", "Daniel J.Kritenbrink||Đại sứ Mỹ"},
		},
		{
			"a region starts no name",
			"Trợ lý Bộ trưởng Quốc phòng phụ trách an ninh khu vực Ấn Độ - Thái Bình Dương Randall Schreiber làm trưởng đoàn.",
			// no "Dương Randall Schreiber": the name after the region.
			[]string{"Randall Schreiber||Trợ lý Bộ trưởng Quốc phòng;trưởng đoàn"},
		},
		{
			"a later mention by given name alone",
			"Ông Lê Đình Thọ được bổ nhiệm. Ông Thọ là Thứ trưởng thứ 6 của Bộ GTVT.",
			[]string{"Lê Đình Thọ||Thứ trưởng"},
		},
		{
			"a rank over a list of names",
			"Các đồng chí Thượng tướng: Lê Chiêm, Trần Đơn và Bế Xuân Trường thôi giữ chức Thứ trưởng Bộ Quốc phòng.",
			[]string{"Lê Chiêm|Thượng tướng|Thứ trưởng Bộ Quốc phòng", "Trần Đơn|Thượng tướng|Thứ trưởng Bộ Quốc phòng", "Bế Xuân Trường|Thượng tướng|Thứ trưởng Bộ Quốc phòng"},
		},
		{
			"promotion gives the new rank",
			"Các sĩ quan được thăng quân hàm từ Đại tá lên Thiếu tướng, gồm: Lò Văn Pấng, Chỉ huy trưởng Bộ CHQS tỉnh Sơn La.",
			[]string{"Lò Văn Pấng|Thiếu tướng|Chỉ huy trưởng Bộ CHQS tỉnh Sơn La"},
		},
		{
			"passive promotion gives the new rank to the person before it",
			"Thượng tá Đinh Văn Quý, Phó Chính ủy Lữ đoàn 172 được thăng quân hàm Đại tá.",
			[]string{"Đinh Văn Quý|Đại tá|Phó Chính ủy Lữ đoàn 172"},
		},
		{
			"office, comma, rank and name; a position in brackets",
			"Phát biểu, Tư lệnh Quân khu 9, Trung tướng Nguyễn Xuân Dắt đánh giá cao. Theo Thượng tá Nguyễn Hữu Tâm (Phó Chỉ huy trưởng Bộ CHQS tỉnh), đơn vị đạt.",
			[]string{"Nguyễn Xuân Dắt|Trung tướng|Tư lệnh Quân khu 9", "Nguyễn Hữu Tâm|Thượng tá|Phó Chỉ huy trưởng Bộ CHQS tỉnh"},
		},
		{
			"an office someone else holds or speaks for",
			"Theo Quyết định của Thủ tướng Chính phủ, Thiếu tướng Phạm Hồng Quân được bổ nhiệm.",
			[]string{"Phạm Hồng Quân|Thiếu tướng|"},
		},
		{
			"concurrent offices joined by kiêm",
			"Đồng chí Nguyễn Văn Gấu, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh dự.",
			[]string{"Nguyễn Văn Gấu||Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"},
		},
		{
			"names listed together share the clause's position",
			"Các đồng chí Rah Lan Chung, Phạm Anh Tuấn được bầu giữ chức Phó Bí thư Tỉnh ủy.",
			[]string{"Rah Lan Chung||Phó Bí thư Tỉnh ủy", "Phạm Anh Tuấn||Phó Bí thư Tỉnh ủy"},
		},
		{
			"appointed later in the clause",
			"Đại tá Bùi Quang Huy, Phó Chỉ huy trưởng Bộ CHQS tỉnh nhận quyết định bổ nhiệm làm Chỉ huy trưởng Bộ CHQS tỉnh Hà Giang.",
			[]string{"Bùi Quang Huy|Đại tá|Phó Chỉ huy trưởng Bộ CHQS tỉnh;Chỉ huy trưởng Bộ CHQS tỉnh Hà Giang"},
		},
		{
			"an age between the name and a former post",
			"Cựu chiến binh Trần Văn Bảy, 75 tuổi, nguyên Đại đội trưởng thuộc Trung đoàn 9, xúc động.",
			[]string{"Trần Văn Bảy||Đại đội trưởng"},
		},
		{
			"a birth year, then a former post after a comma",
			"Đồng chí Lê Hồng Phong sinh năm 1975, nguyên Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An, từ năm 2023 giữ chức Phó Tư lệnh Quân khu 4.",
			[]string{"Lê Hồng Phong||Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An;Phó Tư lệnh Quân khu 4"},
		},
		{
			"a later reference names the body a held post left bare",
			"Thiếu tướng Đỗ Văn Bình, Bí thư Đảng ủy, Chính ủy Quân khu chủ trì. Kết luận hội nghị, Bí thư Đảng ủy Quân khu yêu cầu các đơn vị thực hiện.",
			[]string{"Đỗ Văn Bình|Thiếu tướng|Bí thư Đảng ủy;Chính ủy Quân khu;Bí thư Đảng ủy Quân khu"},
		},
		{
			"a capitalized honorific opens the sentence",
			"Ông Phạm Văn Hòa, Bí thư Đảng ủy, Chủ tịch UBND đặc khu Cô Tô cảm ơn.",
			[]string{"Phạm Văn Hòa||Bí thư Đảng ủy;Chủ tịch UBND đặc khu Cô Tô"},
		},
		{
			"a post right before the next name is that name's, not the one before",
			"Dự họp có Phó Chủ tịch Quốc hội Uông Chu Lưu, Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh Phúc, Chủ nhiệm UB các vấn đề xã hội Trương Thị Mai.",
			[]string{"Uông Chu Lưu||Phó Chủ tịch Quốc hội", "Nguyễn Hạnh Phúc||Chủ nhiệm Văn phòng Quốc hội", "Trương Thị Mai||Chủ nhiệm UB các vấn đề xã hội"},
		},
		{
			"a body's lower-case field closed by its holder's name",
			"Chủ nhiệm UB Khoa học và công nghệ môi trường Phan Xuân Dũng phát biểu.",
			[]string{"Phan Xuân Dũng||Chủ nhiệm UB Khoa học và công nghệ môi trường"},
		},
		{
			"an honorific before the name stays out of the body",
			"Trưởng phòng Tham mưu ông Lê Văn Tám phát biểu.",
			[]string{"Lê Văn Tám||Trưởng phòng Tham mưu"},
		},
		{
			"a birth year, then the posts inside the brackets",
			"Bị khởi tố gồm các ông: Đào Hoàng Long (SN 1964, Phó phòng Nghiệp vụ Phòng Quản lý thể dục thể thao); Nguyễn Mạnh Hùng (SN 1964, Phó giám đốc).",
			[]string{"Đào Hoàng Long||Phó phòng Nghiệp vụ Phòng Quản lý thể dục thể thao", "Nguyễn Mạnh Hùng||Phó giám đốc"},
		},
		{
			"a title written onto the name with a dash",
			"Thiếu tướng Lê Xuân Hòa-Giám đốc Công an tỉnh trao Huân chương.",
			[]string{"Lê Xuân Hòa|Thiếu tướng|Giám đốc Công an tỉnh"},
		},
		{
			"a field that starts with a head noun, then the parent",
			"Dự có đại tá Hồ Sơn Đài - Trưởng phòng Khoa học Quân sự Quân khu 7, cùng các đại biểu.",
			[]string{"Hồ Sơn Đài|đại tá|Trưởng phòng Khoa học Quân sự Quân khu 7"},
		},
		{
			"the speaker's own unit by its echelon in lower case",
			"Trung tá Nguyễn Văn Thuân, Phó Chính ủy trung đoàn bày tỏ lòng tri ân.",
			[]string{"Nguyễn Văn Thuân|Trung tá|Phó Chính ủy trung đoàn"},
		},
		{
			"a post approved for the person named after đối với",
			"Phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Hậu Giang khóa X đối với ông Trần Văn Huyến kể từ ngày 22/6/2021; Chủ tịch HĐND tỉnh Điện Biên khóa XV đối với ông Lò Văn Phương.",
			[]string{"Trần Văn Huyến||Chủ tịch HĐND tỉnh Hậu Giang", "Lò Văn Phương||Chủ tịch HĐND tỉnh Điện Biên"},
		},
		{
			"a post heads a list after gồm, with no colon",
			"Công an tỉnh hiện có 3 Phó giám đốc gồm đại tá Trần Tiến Đạt, Văn Quyết Thắng và thượng tá Nguyễn Xuân Thao.",
			[]string{"Trần Tiến Đạt|đại tá|Phó giám đốc", "Văn Quyết Thắng||Phó giám đốc", "Nguyễn Xuân Thao|thượng tá|Phó giám đốc"},
		},
		{
			"a post heads a list after là, past degrees",
			"2 tân Phó Giám đốc là PGS.TS. Huỳnh Văn Chương và TS. Đỗ Thị Xuân Dung.",
			[]string{"Huỳnh Văn Chương||Phó Giám đốc", "Đỗ Thị Xuân Dung||Phó Giám đốc"},
		},
		{
			"a list header over items that give each their own post",
			"Miễn nhiệm các Ủy viên Ủy ban Thường vụ Quốc hội: Phan Xuân Dũng - Chủ nhiệm Ủy ban Khoa học, Nguyễn Văn Giàu - Chủ nhiệm Ủy ban Đối ngoại và Tổng Kiểm toán Nhà nước Hồ Đức Phớc.",
			[]string{"Phan Xuân Dũng||Ủy viên Ủy ban Thường vụ Quốc hội;Chủ nhiệm Ủy ban Khoa học", "Nguyễn Văn Giàu||Ủy viên Ủy ban Thường vụ Quốc hội;Chủ nhiệm Ủy ban Đối ngoại", "Hồ Đức Phớc||Tổng Kiểm toán Nhà nước"},
		},
		{
			"a post approved for a list of persons after đối với, each with a rank or post of their own",
			"Phê chuẩn kết quả bầu bổ sung chức danh Ủy viên UBND tỉnh nhiệm kỳ 2011 - 2016 đối với ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh; ông Trần Tú Anh, Giám đốc Sở Nội vụ.",
			[]string{"Trần Văn Sơn|Đại tá|Ủy viên UBND tỉnh;Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh", "Trần Tú Anh||Ủy viên UBND tỉnh;Giám đốc Sở Nội vụ"},
		},
		{
			"a chain of posts over a colon, items that name each person's own post first",
			"Dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng Ban Tổ chức Trung ương Phạm Minh Chính, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng.",
			[]string{"Phạm Minh Chính||Ủy viên Bộ Chính trị;Bí thư Trung ương Đảng;Trưởng Ban Tổ chức Trung ương", "Võ Văn Thưởng||Ủy viên Bộ Chính trị;Bí thư Trung ương Đảng;Trưởng Ban Tuyên giáo Trung ương"},
		},
		{
			"a deputy's title ends the name before it",
			"Đồng chí Mai Văn Ninh Phó Bí thư Tỉnh ủy khóa XVI được bầu.",
			[]string{"Mai Văn Ninh||Phó Bí thư Tỉnh ủy"},
		},
		{
			"a career after a semicolon and a pronoun, former posts after a colon",
			"Thiếu tướng Nguyễn Chí Dũng sinh năm 1949, quê ở Long An; ông từng đảm nhiệm các cương vị: nguyên Phó tổng cục trưởng Tổng cục An ninh II - Bộ Công an; nguyên Ủy viên Ban Thường vụ Thành ủy TP.HCM.",
			[]string{"Nguyễn Chí Dũng|Thiếu tướng|Phó tổng cục trưởng Tổng cục An ninh II - Bộ Công an;Ủy viên Ban Thường vụ Thành ủy TP.HCM"},
		},
		{
			"an office, a comma, then its holder's name",
			"Khi An đi qua chốt tại xã Lộc An, Trưởng Công an xã Lộc An, Nguyễn Xuân Phong yêu cầu dừng xe. Ông Lê Văn Tám, Giám đốc Sở Nội vụ, Nguyễn Văn Hai, Phó Giám đốc Sở Nội vụ dự.",
			[]string{"Nguyễn Xuân Phong||Trưởng Công an xã Lộc An", "Lê Văn Tám||Giám đốc Sở Nội vụ", "Nguyễn Văn Hai||Phó Giám đốc Sở Nội vụ"},
		},
		{
			"the new rank given for the person after đối với",
			"Bộ trưởng quyết định truy thăng cấp bậc hàm từ Trung tá lên Thượng tá đối với ông Đặng Anh Quân, Đội trưởng; từ Binh nhì lên Hạ sĩ đối với ông Nguyễn Đình Phúc.",
			[]string{"Đặng Anh Quân|Thượng tá|Đội trưởng", "Nguyễn Đình Phúc|Hạ sĩ|"},
		},
		{
			"a post's term between posts, and before đối với",
			"Đồng chí Mai Văn Ninh Phó Bí thư Tỉnh ủy khóa XVI, Chủ tịch UBND tỉnh được bầu. Miễn nhiệm chức vụ Chủ tịch UBND tỉnh khóa XIV, nhiệm kỳ 2016-2021, đối với ông Cầm Ngọc Minh.",
			[]string{"Mai Văn Ninh||Phó Bí thư Tỉnh ủy;Chủ tịch UBND tỉnh", "Cầm Ngọc Minh||Chủ tịch UBND tỉnh"},
		},
		{
			"a foreign official after what the post is in charge of",
			"Phía Mỹ cử Trợ lý Bộ trưởng Quốc phòng phụ trách an ninh khu vực Ấn Độ-Thái Bình Dương Randall Schreiber làm trưởng đoàn.",
			[]string{"Randall Schreiber||Trợ lý Bộ trưởng Quốc phòng;trưởng đoàn"},
		},
		{
			"foreign heads of state and ministers named by their country, then the name",
			"Bộ trưởng Quốc phòng Mỹ James Mattis đã tới thăm; Tổng thống Afghanistan Hamid Karzai ký một thỏa thuận.",
			[]string{"James Mattis||Bộ trưởng Quốc phòng Mỹ", "Hamid Karzai||Tổng thống Afghanistan"},
		},
		{
			"a foreign name after ông, also after a dash; a foreign surname ends the office before it",
			"Bộ trưởng Quốc phòng Ba Lan, ông Mariusz Błaszczak vừa ký. Có mặt bên cạnh Bộ trưởng Quốc phòng Błaszczak tại buổi lễ là Thủ tướng Mateusz Morawiecki và Đại sứ Mỹ tại Ba Lan - ông Georgette Mosbacher.",
			[]string{"Mariusz Błaszczak||Bộ trưởng Quốc phòng Ba Lan;Bộ trưởng Quốc phòng", "Mateusz Morawiecki||Thủ tướng", "Georgette Mosbacher||Đại sứ Mỹ tại Ba Lan"},
		},
		{
			"a foreign place's one word ends before its official's foreign name; a post before a spaced dash and a name",
			"Tỉnh trưởng Chungcheongnam Kim Tae Heum cảm ơn Phó Thống đốc tỉnh Yamanashi Fshidera Junichi và Đại sứ Park Noh-wan. Phó Chủ tịch UBND tỉnh - Phạm Tấn Hòa đã đón.",
			[]string{"Kim Tae Heum||Tỉnh trưởng Chungcheongnam", "Fshidera Junichi||Phó Thống đốc tỉnh Yamanashi", "Park Noh-wan||Đại sứ", "Phạm Tấn Hòa||Phó Chủ tịch UBND tỉnh"},
		},
		{
			"after an item named with its post before the name, posts that run into the next name are that name's",
			"Tham dự có Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.",
			[]string{"Nguyễn Mạnh Hùng||Bộ trưởng Bộ Thông tin và Truyền thông", "Hầu A Lềnh||Bộ trưởng;Chủ nhiệm Ủy ban Dân tộc", "Nguyễn Hồng Diên||Bộ trưởng Bộ Công Thương"},
		},
		{
			"a deputy in charge of a body, or in charge with no body named; a field in charge of stays out",
			"Ông Luyện Hữu Chung, Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo được bổ nhiệm. Phó Giám đốc phụ trách Chu Trọng Trang nhận quyết định. Phó Giám đốc phụ trách lĩnh vực y tế Trần Văn Ba dự.",
			[]string{"Luyện Hữu Chung||Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo", "Chu Trọng Trang||Phó Giám đốc phụ trách", "Trần Văn Ba||Phó Giám đốc"},
		},
		{
			"a body no list holds, after a title, then 'tỉnh' and a person's name: the name is the official's",
			"Dự có Phó Trưởng Ban Tôn giáo-Dân tộc tỉnh Nguyễn Vĩnh Thế.",
			[]string{"Nguyễn Vĩnh Thế||Phó Trưởng Ban Tôn giáo-Dân tộc tỉnh"},
		},
		{
			"a compound in lower case runs on to the holder's name that closes the body",
			"Viện trưởng Viện Địa lý nhân văn Nguyễn Song Tùng phát biểu.",
			[]string{"Nguyễn Song Tùng||Viện trưởng Viện Địa lý nhân văn"},
		},
		{
			"an office, a comma, then its holder addressed; a post appointed to someone",
			"Tổng thư ký NATO, ông Anders Fogh Rasmussen, khẳng định. Trao quyết định bổ nhiệm Chủ tịch HĐTV cho ông Nguyễn Quốc Khánh.",
			[]string{"Anders Fogh Rasmussen||Tổng thư ký NATO", "Nguyễn Quốc Khánh||Chủ tịch HĐTV"},
		},
		{
			"a post appointed to, to one person or to a group listed after a colon, is not the appointer's",
			"Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng trao quyết định bổ nhiệm chức vụ Phó Tư lệnh Quân khu 1 cho Thiếu tướng Nguyễn Văn An. Thượng tướng Lê Huy Vịnh trao quyết định bổ nhiệm giữ chức vụ Thứ trưởng Bộ Công an cho hai thiếu tướng: Lê Văn Tuyến, Phó chủ nhiệm Ủy ban Kiểm tra và Nguyễn Văn Long, Cục trưởng Cục Cảnh sát kinh tế.",
			[]string{"Phan Văn Giang|Đại tướng|Bộ trưởng Bộ Quốc phòng", "Nguyễn Văn An|Thiếu tướng|Phó Tư lệnh Quân khu 1", "Lê Huy Vịnh|Thượng tướng|", "Lê Văn Tuyến|thiếu tướng|Thứ trưởng Bộ Công an;Phó chủ nhiệm Ủy ban Kiểm tra", "Nguyễn Văn Long||Thứ trưởng Bộ Công an;Cục trưởng Cục Cảnh sát kinh tế"},
		},
		{
			"a header's post before \"là:\"; a role joined by \"tham gia\" or \"giữ vai trò\"; a chain after \"giao\"",
			"Tổ phó Tổ công tác là: Bộ trưởng Bộ Tư pháp Lê Thành Long; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn. Bà Nguyễn Thị Hà, Thứ trưởng Bộ Nội vụ, tham gia Ủy viên Ban Chỉ đạo Trung ương thay ông Cao Huy. Quyết định giao Ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc giữ vai trò Trưởng ban chỉ đạo.",
			[]string{"Lê Thành Long||Tổ phó Tổ công tác;Bộ trưởng Bộ Tư pháp", "Trần Văn Sơn||Tổ phó Tổ công tác;Bộ trưởng;Chủ nhiệm Văn phòng Chính phủ", "Nguyễn Thị Hà||Thứ trưởng Bộ Nội vụ;Ủy viên Ban Chỉ đạo Trung ương", "Cao Huy||", "Nguyễn Xuân Phúc||Ủy viên Bộ Chính trị;Thủ tướng;Trưởng ban chỉ đạo"},
		},
		{
			"the palace and the presidium hold no post; a chain after a clause that says where; a title after \"chức vụ\"; the President's command",
			"Chiều 8/8, tại Phủ Chủ tịch, Tổng Bí thư, Chủ tịch nước, Thống lĩnh các lực lượng vũ trang Tô Lâm gặp mặt. Đoàn Chủ tịch điều hành. Bà Lê Thị Hoa được bầu giữ chức vụ Trưởng Ban Pháp chế HĐND tỉnh.",
			[]string{"Tô Lâm||Tổng Bí thư;Chủ tịch nước;Thống lĩnh các lực lượng vũ trang", "Lê Thị Hoa||Trưởng Ban Pháp chế HĐND tỉnh"},
		},
		{
			"a career after \"các chức vụ:\" is the one a given name with \"anh\" or \"chị\" refers to",
			"Chị Nguyễn Phạm Duy Trang và anh Nguyễn Minh Triết trúng cử. Chị Trang đã kinh qua các chức vụ: Chủ tịch Hội Sinh viên Trường ĐH Luật TP.HCM; Phó bí thư Tỉnh đoàn. Anh Triết là Bí thư Đoàn trường.",
			[]string{"Nguyễn Phạm Duy Trang||Chủ tịch Hội Sinh viên Trường ĐH Luật TP.HCM;Phó bí thư Tỉnh đoàn", "Nguyễn Minh Triết||Bí thư Đoàn trường"},
		},
		{
			"a post handed over is the giver's and the receiver's; a photo's position after a name",
			"Đại tá Nguyễn Tâm Hùng giao lại trách nhiệm, quyền hạn Phó Bí thư ĐUQS tỉnh cho Thượng tá Nguyễn Thành Trung. Ông Nguyễn Văn Hùng (thứ 3 từ phải sang), được bầu làm Bí thư Tỉnh ủy.",
			[]string{"Nguyễn Tâm Hùng|Đại tá|Phó Bí thư ĐUQS tỉnh", "Nguyễn Thành Trung|Thượng tá|Phó Bí thư ĐUQS tỉnh", "Nguyễn Văn Hùng||Bí thư Tỉnh ủy"},
		},
		{
			"a later mention by the last two words of a full name is that person",
			"Bộ trưởng Y tế Nguyễn Thị Kim Tiến trao quyết định. Theo Bộ trưởng Kim Tiến, ông Cường được tín nhiệm.",
			[]string{"Nguyễn Thị Kim Tiến||Bộ trưởng Y tế;Bộ trưởng"},
		},
		{
			"a post stated with là",
			"Đồng chí Chu Văn Tấn là Bí thư Đảng ủy; đồng chí Dương Đại Lâm là Phó bí thư Đảng ủy.",
			[]string{"Chu Văn Tấn||Bí thư Đảng ủy", "Dương Đại Lâm||Phó bí thư Đảng ủy"},
		},
		{
			"a post after là that ends in its own holder is not the subject's",
			"Ông Lê Văn Tám là con trai của Đại tá Lê Văn Hai.",
			[]string{"Lê Văn Tám||", "Lê Văn Hai|Đại tá|"},
		},
		{
			"a career listed after nhiều cương vị is the subject's",
			"Ông Trần Văn Hải đã trải qua nhiều cương vị như Bí thư Tỉnh Đoàn Nam Định, Bí thư Thành ủy Nam Định, Phó Chủ tịch UBND tỉnh Nam Định.",
			[]string{"Trần Văn Hải||Bí thư Tỉnh Đoàn Nam Định;Bí thư Thành ủy Nam Định;Phó Chủ tịch UBND tỉnh Nam Định"},
		},
		{
			"a career listed before its holder, and the list stops at the holder",
			"Qua các cương vị Tư lệnh Quân đoàn 2, Hiệu trưởng Trường Sĩ quan Lục quân 2, Thiếu tướng Lê Văn Dũng luôn hoàn thành nhiệm vụ; Đại tá Phan Minh, Chính ủy Lữ đoàn 3 phát biểu.",
			[]string{"Lê Văn Dũng|Thiếu tướng|Tư lệnh Quân đoàn 2;Hiệu trưởng Trường Sĩ quan Lục quân 2", "Phan Minh|Đại tá|Chính ủy Lữ đoàn 3"},
		},
		{
			"a counted header names where the holders serve before the list",
			"Bộ trao quyết định cho 3 Ủy viên Trung ương Đảng khóa XII công tác trong Quân đội, gồm: Đại tướng Đỗ Văn An, Thượng tướng Lê Bình và Thượng tướng Trần Cường.",
			[]string{"Đỗ Văn An|Đại tướng|Ủy viên Trung ương Đảng", "Lê Bình|Thượng tướng|Ủy viên Trung ương Đảng", "Trần Cường|Thượng tướng|Ủy viên Trung ương Đảng"},
		},
		{
			"the Central Committee's member with đảng in lower case heads a chain",
			"Dự có các đồng chí Ủy viên Trung ương đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Lê Bình, Thượng tướng Trần Cường.",
			[]string{"Lê Bình|Thượng tướng|Ủy viên Trung ương đảng;Thứ trưởng Bộ Quốc phòng", "Trần Cường|Thượng tướng|Ủy viên Trung ương đảng;Thứ trưởng Bộ Quốc phòng"},
		},
		{
			"a clause whose subject is a bare ông gives its posts to the person named last",
			"Ông Lê Văn Ngọ sinh năm 1938 tại Thanh Hóa.\nTừ tháng 6/1977 đến tháng 9/1983, ông là Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Vĩnh Phú. Sau đó ông gặp Đại tá Trần An.",
			[]string{"Lê Văn Ngọ||Ủy viên Ban Thường vụ Tỉnh ủy;Phó Chủ tịch UBND tỉnh Vĩnh Phú", "Trần An|Đại tá|"},
		},
		{
			"a heading with career words before the name, dated lines whose posts follow on the next line, and the latest rank",
			"Tiểu sử đồng chí Lê Văn Bình\nNhững mốc trong QUÁ TRÌNH CÔNG TÁC của đồng chí Lê Văn Bình, từ Quân khu 2 đến nay:\n● 5-2016:\nBí thư Đảng ủy, Chính ủy Quân khu 2.\n● 8-2023:\nĐược thăng quân hàm Thượng tướng.\n● 6-2024:\nChủ nhiệm Tổng cục Chính trị.\n\nĐại tá Trần An dự.",
			[]string{"Lê Văn Bình|Thượng tướng|Bí thư Đảng ủy;Chính ủy Quân khu 2;Chủ nhiệm Tổng cục Chính trị", "Trần An|Đại tá|"},
		},
		{
			"the posts a person has held, under a heading that names them mid-line",
			"Những chức vụ ông Trần Văn Mẫn đã trải qua:\n- 7/1979 - 12/1982: Chánh văn phòng Huyện đoàn Châu Thành, Bí thư Huyện đoàn Châu Thành.\n- 1/1988 - 6/1994: Phó bí thư Tỉnh đoàn Cần Thơ.",
			[]string{"Trần Văn Mẫn||Chánh văn phòng Huyện đoàn Châu Thành;Bí thư Huyện đoàn Châu Thành;Phó bí thư Tỉnh đoàn Cần Thơ"},
		},
		{
			"a given name after ông takes a chain of posts with lists of terms and semicolons",
			"Ông Trần Văn Mẫn (62 tuổi) quê ở Hậu Giang. Ông Mẫn từng là Ủy viên dự khuyết Trung ương Đảng khóa X; Ủy viên Trung ương Đảng khóa XI, XII, XIII; Bí thư Trung ương Đảng khóa XII.",
			[]string{"Trần Văn Mẫn||Ủy viên dự khuyết Trung ương Đảng;Ủy viên Trung ương Đảng;Bí thư Trung ương Đảng"},
		},
		{
			"a semicolon does not pass a post whose holder follows it",
			"Ông Lê Văn An, Chủ tịch UBND tỉnh; Phó Chủ tịch UBND tỉnh Trần Văn Bình dự.",
			[]string{"Lê Văn An||Chủ tịch UBND tỉnh", "Trần Văn Bình||Phó Chủ tịch UBND tỉnh"},
		},
		{
			"a career after từng is the subject's, up to the next rank",
			"Trung tướng Đồng Văn Nguyên từng công tác ở Tổng cục Chính trị, Tổng tham mưu phó Tổng cục Chính trị; Chính ủy Quân khu 4; Bộ trưởng Xây dựng, gặp Đại tá Lê An.",
			[]string{"Đồng Văn Nguyên|Trung tướng|Tổng tham mưu phó Tổng cục Chính trị;Chính ủy Quân khu 4;Bộ trưởng Xây dựng", "Lê An|Đại tá|"},
		},
		{
			"a post after được in a bare ông's clause is the giver's",
			"Ông Đồng Văn Nguyên sinh năm 1923. Năm 2018, ông được Thủ tướng trao tặng huy hiệu.",
			[]string{"Đồng Văn Nguyên||"},
		},
		{
			"a post is the person a copula names after it",
			"Người ngồi vào ghế Chủ tịch PVN là ông Trần Sỹ Thanh, sinh năm 1971. Trưởng đoàn là Đại tá Lê Văn An.",
			[]string{"Trần Sỹ Thanh||Chủ tịch PVN", "Lê Văn An|Đại tá|Trưởng đoàn"},
		},
		{
			"a career list whose holder is named short",
			"Ông Trần Sỹ Thanh sinh năm 1971. Ông Thanh đã kinh qua nhiều chức vụ quan trọng, trong đó có Bí thư tỉnh Bắc Giang, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
			[]string{"Trần Sỹ Thanh||Bí thư tỉnh Bắc Giang;Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"},
		},
		{
			"cựu marks a former post as nguyên does, in brackets and after a comma",
			"Bị cáo Lê Mộng Điệp (cựu Giám đốc Sở TN-MT) lãnh 3 năm tù; bị cáo Võ Tấn Thái (cựu Giám đốc Sở KH-ĐT và cựu Giám đốc Sở TN-MT) nhận 3 năm tù. Ông Lê Văn An, cựu Chủ tịch UBND tỉnh, dự.",
			[]string{"Lê Mộng Điệp||Giám đốc Sở TN-MT", "Võ Tấn Thái||Giám đốc Sở KH-ĐT;Giám đốc Sở TN-MT", "Lê Văn An||Chủ tịch UBND tỉnh"},
		},
		{
			"the office that delegates is not the deputy's",
			"Tại lễ, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hồ Xuân Mãn đã trao tặng huân chương.",
			[]string{"Hồ Xuân Mãn||Bí thư Tỉnh ủy"},
		},
		{
			"a list of names goes on with two-word names after a triggered one",
			"Các ông Nguyễn Đức Chính, Nguyễn Hữu Dũng, Mai Thức trúng cử Phó Chủ tịch UBND tỉnh. Đại tá Lê Văn An, Hà Nội dự.",
			[]string{"Nguyễn Đức Chính||Phó Chủ tịch UBND tỉnh", "Nguyễn Hữu Dũng||Phó Chủ tịch UBND tỉnh", "Mai Thức||Phó Chủ tịch UBND tỉnh", "Lê Văn An|Đại tá|"},
		},
		{
			"an office counted in lower case before its holders goes to each",
			"Hai phó giám đốc công an tỉnh là Đại tá Phạm Văn Đức và Thượng tá Lê Quốc Hùng. Ba Phó Chủ tịch UBND tỉnh gồm các ông Lê Văn An, Trần Văn Bình. Năm phó giám đốc ngồi dự cùng Đại tá Lê Văn Cường.",
			[]string{"Phạm Văn Đức|Đại tá|phó giám đốc công an tỉnh", "Lê Quốc Hùng|Thượng tá|phó giám đốc công an tỉnh", "Lê Văn An||Phó Chủ tịch UBND tỉnh", "Trần Văn Bình||Phó Chủ tịch UBND tỉnh", "Lê Văn Cường|Đại tá|"},
		},
		{
			"a post handed over passes to the one named after cho",
			"Đại tá Huỳnh Việt Trung, Chính ủy Bộ Chỉ huy Quân sự tỉnh đã bàn giao chức vụ cho Đại tá Võ Văn Phương, Phó Chính ủy.",
			[]string{"Huỳnh Việt Trung|Đại tá|Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Võ Văn Phương|Đại tá|Chính ủy Bộ Chỉ huy Quân sự tỉnh;Phó Chính ủy"},
		},
		{
			"Party posts written short in a list of officials",
			"Dự có Trung tướng Nguyễn Trường Thắng-UVTW Đảng, Tư lệnh Quân khu 7; ông Võ Tấn Đức, UVTV, Quyền Chủ tịch UBND tỉnh; ông Trần Văn Nam, PBT, CT UBND thị trấn.",
			[]string{"Nguyễn Trường Thắng|Trung tướng|UVTW Đảng;Tư lệnh Quân khu 7", "Võ Tấn Đức||UVTV;Quyền Chủ tịch UBND tỉnh", "Trần Văn Nam||PBT;CT UBND thị trấn"},
		},
		{
			"name without a rank",
			"Về phía tỉnh có các đồng chí: Nguyễn Thị Hoa – Phó Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Thị Hoa||Phó Chủ tịch UBND tỉnh"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Extract(context.Background(), Input{ID: "t", Text: tt.text})
			var got []string
			for _, r := range d.Persons {
				got = append(got, r.Name+"|"+r.RankText()+"|"+strings.Join(r.Titles(false), ";"))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("roster of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestMentionsPointIntoText checks the offset contract on every mention
// of a mixed text: code points and bytes both select Text.
func TestMentionsPointIntoText(t *testing.T) {
	p := newTestPipeline(t)
	text := "Sáng 27/1/2022, Thiếu tướng Trần Ngọc Tuấn, Phó Chính ủy Quân khu II, trao Bằng khen cho 19 tập thể thực hiện Luật Nghĩa vụ quân sự nhiệm kỳ 2021–2026."
	d := p.Extract(context.Background(), Input{ID: "t", Text: text})
	runes := []rune(text)
	if len(d.Mentions) < 8 {
		t.Fatalf("only %d mentions: %+v", len(d.Mentions), d.Mentions)
	}
	for _, m := range d.Mentions {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("%s %q: code points [%d,%d) hold %q", m.Type, m.Text, m.Start, m.End, got)
		}
		if got := text[m.ByteStart:m.ByteEnd]; got != m.Text {
			t.Errorf("%s %q: bytes [%d,%d) hold %q", m.Type, m.Text, m.ByteStart, m.ByteEnd, got)
		}
	}
}

func TestCanonicalOrganizationNames(t *testing.T) {
	p := newTestPipeline(t)
	tests := []struct{ text, org, want string }{
		{"Đoàn công tác của QK7 đến thăm.", "QK7", "Quân khu 7"},
		{"Bộ Tư lệnh Quân khu VII tổ chức.", "Bộ Tư lệnh Quân khu VII", "Bộ Tư lệnh Quân khu 7"},
		{"Bộ CHQS tỉnh Cà Mau tổ chức.", "Bộ CHQS tỉnh Cà Mau", "Bộ Chỉ huy Quân sự tỉnh Cà Mau"},
		{"Bộ Tư lệnh (BTL) Vùng 2 Hải quân họp.", "Bộ Tư lệnh (BTL) Vùng 2 Hải quân", "Bộ Tư lệnh Vùng 2 Hải quân"},
		{"Sư đoàn 309 tổ chức.", "Sư đoàn 309", ""},
		{"Nhà máy X51 nhận cờ.", "Nhà máy X51", ""},
	}
	for _, tt := range tests {
		d := p.Extract(context.Background(), Input{ID: "t", Text: tt.text})
		found := false
		for _, m := range d.Mentions {
			if m.Type == Organization && m.Text == tt.org {
				found = true
				if m.Canonical != tt.want {
					t.Errorf("canonical of %q = %q, want %q", tt.org, m.Canonical, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no organization %q in %q: %+v", tt.org, tt.text, spansOf(d, Organization))
		}
	}
}

// TestExplainSaysWhyNotTaken checks that Explain lists the candidates the
// recognizer's stages gave up, each with why and, where one did, what
// won over it.
func TestExplainSaysWhyNotTaken(t *testing.T) {
	p := newTestPipeline(t)
	tests := []struct {
		text, loser, reason string
	}{
		{"Ban Chỉ đạo điều hành phối hợp công tác dân vận với 9 tỉnh họp.", "Ban Chỉ đạo", "a head noun that nothing after it names"},
		{"Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh dự.", "Bộ Chỉ huy Quân sự tỉnh", `lost to organization "Đảng ủy Bộ Chỉ huy Quân sự tỉnh"`},
		{"Tin vắn trong ngày.\n(TTXVN)", "TTXVN", "credits the news source"},
		{"Ông Nguyễn Văn Sơn La dự.", "Sơn La", `lost to person "Nguyễn Văn Sơn La"`},
	}
	for _, tt := range tests {
		_, tr := p.Explain(context.Background(), Input{ID: "t", Text: tt.text})
		found := false
		for _, d := range tr.Dropped {
			if d.Text == tt.loser && strings.Contains(d.Reason, tt.reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("explain of %q: no %q dropped because %q; dropped: %+v", tt.text, tt.loser, tt.reason, tr.Dropped)
		}
		// Extract records nothing of the kind: the chart is explain's.
		if d := p.Extract(context.Background(), Input{ID: "t", Text: tt.text}); d.Status != "ok" {
			t.Errorf("extract of %q: status %q", tt.text, d.Status)
		}
	}
}
