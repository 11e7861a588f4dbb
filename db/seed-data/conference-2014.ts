// The reference conference (Hội nghị triển khai nhiệm vụ công tác năm 2014, 02/01/2014), copied faithfully
// from article-2014-conference.txt beside this file: who chaired and attended, the 2013 results and the 2014
// targets as indicator rows. The source gives the revenue's share of plan (102 %) but no plan value: the row
// keeps the stated share and no target is invented. Photos reuse the reference article's placeholders.

export const demoIndicators = [
  { code: "hoi-nghi-truc-tuyen", name: "Hội nghị giao ban trực tuyến của tỉnh", unit: "cuộc" },
  { code: "diem-cau-truc-tuyen", name: "Điểm cầu hội nghị trực tuyến", unit: "điểm cầu" },
  { code: "dvc-muc-1-2", name: "Dịch vụ công mức độ 1, 2 trên Cổng thông tin điện tử tỉnh", unit: "dịch vụ" },
  { code: "dvc-muc-3", name: "Dịch vụ công trực tuyến mức độ 3 đưa vào vận hành", unit: "dịch vụ" },
  { code: "ict-index-xep-hang", name: "Xếp hạng Chỉ số sẵn sàng ứng dụng CNTT (ICT Index)", unit: "thứ hạng trên 63 tỉnh, thành phố" },
  { code: "tram-bts", name: "Trạm BTS doanh nghiệp xây dựng", unit: "trạm" },
  { code: "cap-quang", name: "Cáp quang", unit: "km" },
  { code: "doanh-thu-bcvt-cntt", name: "Tổng doanh thu Bưu chính, Viễn thông và CNTT", unit: "tỷ đồng" },
  { code: "nop-ngan-sach", name: "Nộp ngân sách", unit: "tỷ đồng" },
  { code: "van-ban-qppl", name: "Văn bản quy phạm pháp luật tham mưu xây dựng", unit: "văn bản" },
  { code: "mat-do-thue-bao-dien-thoai", name: "Mật độ thuê bao điện thoại", unit: "thuê bao/100 dân" },
  { code: "cbcc-dung-thu-dien-tu", name: "Cán bộ, công chức sử dụng hộp thư điện tử trong công việc", unit: "%" },
  { code: "ubnd-huyen-cntt-mot-cua", name: "UBND cấp huyện ứng dụng CNTT tại bộ phận một cửa", unit: "%" },
  { code: "mot-cua-lien-thong-cap-xa", name: "Mô hình thí điểm một cửa liên thông đến cấp xã", unit: "" },
] as const;

type Code = (typeof demoIndicators)[number]["code"];
type Row = { code: Code; year: number; kind: "result" | "target"; value: number | null; statedSharePercent?: number; note?: string };

export const demoConferenceRows: readonly Row[] = [
  { code: "hoi-nghi-truc-tuyen", year: 2013, kind: "result", value: 11, note: "Kết nối UBND tỉnh, Tỉnh ủy với 100% UBND các huyện, thành, thị" },
  { code: "diem-cau-truc-tuyen", year: 2013, kind: "result", value: 24 },
  { code: "dvc-muc-1-2", year: 2013, kind: "result", value: 1467 },
  { code: "dvc-muc-3", year: 2013, kind: "result", value: 3 },
  { code: "ict-index-xep-hang", year: 2013, kind: "result", value: 7, note: "Đứng thứ 7/63 tỉnh, thành phố" },
  { code: "tram-bts", year: 2013, kind: "result", value: 3670 },
  { code: "cap-quang", year: 2013, kind: "result", value: 12000, note: "Trên 12.000 km, đến 100% trung tâm huyện, bưu cục III" },
  { code: "doanh-thu-bcvt-cntt", year: 2013, kind: "result", value: 4020, statedSharePercent: 102, note: "Đạt 102% kế hoạch đề ra năm 2013" },
  { code: "nop-ngan-sach", year: 2013, kind: "result", value: 230 },
  { code: "van-ban-qppl", year: 2014, kind: "target", value: 4 },
  { code: "doanh-thu-bcvt-cntt", year: 2014, kind: "target", value: 4000, note: "Phấn đấu trên 4.000 tỷ đồng" },
  { code: "mat-do-thue-bao-dien-thoai", year: 2014, kind: "target", value: 175 },
  { code: "cbcc-dung-thu-dien-tu", year: 2014, kind: "target", value: 100 },
  { code: "ubnd-huyen-cntt-mot-cua", year: 2014, kind: "target", value: 80 },
  { code: "mot-cua-lien-thong-cap-xa", year: 2014, kind: "target", value: null, note: "Tổ chức triển khai một số mô hình thí điểm một cửa liên thông đến cấp xã" },
];

export const demoConference = {
  title: "Hội nghị triển khai nhiệm vụ công tác năm 2014",
  heldOn: "2014-01-02",
  timeOfDay: "Sáng",
  place: "Nghệ An",
  publishedAt: "2014-01-02T09:00:00+07:00",
  chairs: ["Hồ Quang Thành – Giám đốc Sở Thông tin và Truyền thông", "Phan Nguyên Hào – Phó Giám đốc Sở", "Nguyễn Bá Hảo – Phó Giám đốc Sở"].join("\n"),
  attendees: [
    "Huỳnh Thanh Điền – Phó Chủ tịch UBND tỉnh",
    "Phan Hữu Phong – Giám đốc Ban quản lý dự án BMGF-VN",
    "Đại diện lãnh đạo Bộ Thông tin và Truyền thông",
    "Các Sở, Ban, ngành; doanh nghiệp Bưu chính, Viễn thông, Công nghệ thông tin",
    "Các cơ sở xuất bản – in – phát hành",
    "UBND các huyện, thành, thị",
  ].join("\n"),
  summary: [
    "Sáng ngày 02/01/2014, Ngành Thông tin và Truyền thông Nghệ An tổ chức Hội nghị triển khai nhiệm vụ công tác năm 2014. Năm 2013, Sở Thông tin và Truyền thông đã hoàn thành tốt nhiệm vụ chính trị và kế hoạch công tác năm 2013; công tác quản lý nhà nước tiếp tục được triển khai kịp thời trên cả 5 lĩnh vực: báo chí, xuất bản, bưu chính, viễn thông và CNTT.",
    "Năm 2014, Sở tập trung tham mưu xây dựng văn bản quy phạm pháp luật; xây dựng và triển khai các quy hoạch, kế hoạch, đề án, dự án, đặc biệt là đề án Xây dựng chính quyền điện tử tỉnh Nghệ An; tăng cường các nhiệm vụ quản lý nhà nước chuyên ngành.",
  ].join("\n"),
  speeches: [
    "Tại hội nghị, đại diện lãnh đạo các Sở, Ban, ngành, các doanh nghiệp, UBND các huyện trình bày các tham luận về các vấn đề như việc phát triển CNTT, ứng dụng CNTT tại các cơ quan, đơn vị trong việc cải cách hành chính; vấn đề cung cấp thông tin cho báo chí, việc xử lí thông tin các cơ quan báo chí phản ánh; thực hiện nhiệm vụ cung cấp thông tin chính thống và dịch vụ công trên các cổng cấp hai...",
    "Cũng trong hội nghị, Sở Thông tin và Truyền thông đã công bố Chỉ số sẵn sàng ứng dụng và phát triển CNTT – TT Nghệ An năm 2013.",
  ],
  directions: [
    "Phát biểu chỉ đạo tại hội nghị, đồng chí Huỳnh Thanh Điền - Phó Chủ tịch UBND tỉnh đánh giá cao những kết quả Ngành Thông tin và Truyền thông đã đạt được trong thời gian qua, đóng góp xứng đáng vào sự phát triển kinh tế - xã hội của tỉnh.",
    "Năm 2014, đồng chí yêu cầu Ngành Thông tin và Truyền thông tiếp tục thực hiện có hiệu quả công tác quản lý nhà nước về thông tin và truyền thông. Đặc biệt, Ngành cần cụ thể hóa, triển khai thực hiện tốt các nội dung Nghị quyết 26 của Bộ Chính trị về phương hướng nhiệm vị phát triển tỉnh Nghệ An đến năm 2020 trong lĩnh vực CNTT:  Xây dựng Đề án phát triển Nghệ An thành Trung tâm CNTT vùng Bắc Trung Bộ; Phối hợp xây dựng Đề án phát triển Nghệ An thành trung tâm đào tạo nguồn nhân lực vùng Bắc Trung Bộ; Tăng cường ứng dụng CNTT Triển khai thực hiện dự án \"Công viên CNTT\", tổ chức thu hút, kêu gọi đầu tư để dự án triển khai nhanh chóng, hiệu quả, theo đúng các mục tiêu đề ra...",
    "Kết luận tại hội nghị, đồng chí Hồ Quang Thành - Giám đốc Sở nhấn mạnh Ngành Thông tin và Truyền thông thực hiện tốt các nhiệm vụ đã đề ra; Chú trọng vào việc tăng cường công tác tham mưu các văn bản quy phạm pháp luật; Xây dựng kế hoạch hành động dựa trên các quy hoạch, đề án, dự án và nhiệm vụ quản lý nhà nước của ngành; Tiếp tục triển khai thực hiện Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu vùng xa, biên giới, hải đảo...",
  ],
} as const;
