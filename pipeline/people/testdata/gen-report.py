# gen-report.py N > report.jsonl: a JSON Lines report of N small made-up documents
# (1-3 persons each, names with careers of their own) for measuring
# "vnextract people" at scale, as README's figures were measured:
#   python3 gen-report.py 1000000 > r1m.jsonl
#   /usr/bin/time -v vnextract people -o p.json r1m.jsonl
# Generates a JSON Lines report of N small documents for the people benchmark.
import json, random, sys
n = int(sys.argv[1]); random.seed(1)
sur = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
mid = "Văn Thị Đức Minh Quang Hữu Thanh Xuân Quốc Ngọc".split()
giv = "An Bình Cường Dũng Giang Hải Hùng Khánh Long Nam Phong Quân Sơn Tâm Thắng Tuấn Vinh Hiếu Lâm Toàn Trung Hòa Nghĩa Kiên Đạt".split()
ranks = ["Thiếu úy","Trung úy","Thượng úy","Đại úy","Thiếu tá","Trung tá","Thượng tá","Đại tá","Thiếu tướng","Trung tướng"]
names = []
for s in sur:
    for m in mid:
        for m2 in ["", " Đình", " Công", " Bá", " Trọng", " Duy", " Khắc", " Viết", " Mạnh", " Tiến"]:
            for g in giv:
                for g2 in ["", " " + random.choice(giv), " " + random.choice(giv)]:
                    names.append(s + " " + m + m2 + " " + g + g2)
names = list(dict.fromkeys(names))
career = {nm: (random.randrange(0, 6), random.randrange(1, 10)) for nm in names}
out = sys.stdout
for i in range(n):
    year = random.randrange(2010, 2026)
    date = "%d-%02d-%02d" % (year, random.randrange(1, 13), random.randrange(1, 29))
    persons, mentions, text_pos = [], [], 0
    for k in range(random.randrange(1, 4)):
        nm = random.choice(names)
        base, unit = career[nm]
        rank = ranks[min(base + (year - 2010) // 5, len(ranks) - 1)]
        org = "Sư đoàn %d" % unit
        title = "Sư đoàn trưởng " + org if random.random() < 0.5 else "Phó Tư lệnh Quân khu %d" % (unit % 9 + 1)
        orgt = org if title.startswith("Sư") else title[len("Phó Tư lệnh "):]
        persons.append({"name": nm, "rank": rank, "positions": [{"title": title, "organization": orgt, "start": text_pos + 40}], "mentions": [text_pos + 10], "sentence": k})
        mentions.append({"type": "organization", "text": orgt, "start": text_pos + 40 + len(title) - len(orgt), "end": text_pos + 40 + len(title), "byte_start": 0, "byte_end": 0, "sentence": k, "rule": "orgs.txt:1"})
        text_pos += 120
    d = {"id": "doc-%07d.txt" % i, "source": "gen/doc-%07d.txt" % i, "encoding": "utf-8", "sha256": "0" * 64, "bytes": 400, "length": 360, "sentences": 3, "date": date, "status": "ok", "warnings": [], "mentions": mentions, "persons": persons}
    out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(names), file=sys.stderr)
