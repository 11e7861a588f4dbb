// The reference article (Mic.gov.vn, 02/01/2014), reproduced faithfully from article-2014-conference.txt
// beside this file. The photos are not in the source: neutral placeholders carry the captions as written.
export const referenceArticle = {
  "title": "Nghệ An: Triển khai nhiệm vụ công tác thông tin và truyền thông năm 2014",
  "sapo": "(Mic.gov.vn) - Sáng ngày 02/01/2014, Ngành Thông tin và Truyền thông Nghệ An tổ chức Hội nghị triển khai nhiệm vụ công tác năm 2014. Đồng chí Hồ Quang Thành, Giám đốc Sở TT&TT và các đồng chí Phó Giám đốc Sở: Phan Nguyên Hào, Nguyễn Bá Hảo chủ trì hội nghị.",
  "captions": [
    "Đồng chí Huỳnh Thanh Điền, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
    "Đồng chí Hồ Quang Thành, Giám đốc Sở TT&TT phát biểu tổng kết hội nghị",
    "Đồng chí Huỳnh Thanh Điền thay mặt lãnh đạo tỉnh trao tặng cờ thi đua của Bộ TT&TT cho đại diện lãnh đạo Sở TT&TT"
  ],
  "author": "N.Hồng - Sở TTTT Nghệ An",
  "blocks": [
    {
      "figure": 0
    },
    {
      "p": "Tham dự hội nghị có các đồng chí Huỳnh Thanh Điền, Phó Chủ tịch UBND tỉnh; Phan Hữu Phong - Giám đốc Ban quản lý dự án BMGF-VN; Đại diện lãnh đạo Bộ Thông tin và Truyền thông; các Sở, Ban, ngành, doanh nghiệp Bưu chính, Viễn thông, Công nghệ thông tin, các cơ sở xuất bản - in - phát hành, UBND các huyện, thành, thị."
    },
    {
      "p": "Năm 2013, nền kinh tế của tỉnh gặp nhiều khó khăn, thách thức, nhưng với sự chỉ đạo kịp thời của Bộ Thông tin và Truyền thông và UBND tỉnh, sự phối hợp chặt chẽ của các Sở, ngành, UBND cấp huyện cùng với sự đoàn kết, nỗ lực phấn đấu của cán bộ công chức, người lao động toàn ngành, Sở Thông tin và Truyền thông đã hoàn thành tốt nhiệm vụ chính trị và kế hoạch công tác năm 2013."
    },
    {
      "p": "Công tác quản lý nhà nước về thông tin và truyền thông tiếp tục được Sở triển khai kịp thời và phát huy hiệu quả trên cả 5 lĩnh vực: báo chí, xuất bản, bưu chính, viễn thông và CNTT. Hoạt động quản lý báo chí, xuất bản, công tác tuyên truyền được thực hiện theo đúng định hướng của Bộ Thông tin và Truyền thông và của tỉnh; Công tác quản lý xuất bản, in và phát hành được tăng cường."
    },
    {
      "p": "Công tác ứng dụng và phát triển CNTT trong cơ quan nhà nước được quan tâm chỉ đạo thực hiện. Trong năm, Sở đã tổ chức 11 cuộc hội nghị giao ban trực tuyến của tỉnh với 24 điểm cầu, kết nối UBND tỉnh, Tỉnh ủy với 100% UBND các huyện, thành, thị; Cổng Thông tin điện tử của tỉnh cung cấp 1.467 dịch vụ công cấp 1, 2 cho người dân và doanh nghiệp; Đưa vào vận hành 03 dịch vụ công mức độ 3 trực tuyến... Chỉ số sẵn sàng ứng dụng CNTT năm 2013 (ICT Index) của tỉnh đứng thứ 7/63 tỉnh, thành phố. Các đề án lớn của Bộ Thông tin và Tuyền thông được chú trọng triển khai đạt kết quả tốt như: Chương trình mục tiêu quốc gia đưa thông tin về cơ sở; dự án nâng cao khả năng sử dụng máy tính và truy cập Internet công cộng."
    },
    {
      "p": "Công tác quản lý về bưu chính, viễn thông ngày càng được tăng cường, đáp ứng yêu cầu của doanh nghiệp và người dân. Năm 2013, các doanh nghiệp xây dựng được 3.670 trạm BTS; Trên 12.000 km cáp quang đến 100% trung tâm huyện, bưu cục III... Tổng doanh thu Bưu chính, Viễn thông và CNTT năm 2013 đạt 4.020 tỷ đồng, đạt 102% kế hoạch đề ra năm 2013; Nộp ngân sách đạt 230 tỷ đồng."
    },
    {
      "p": "Năm 2014, Sở Thông tin và Truyền thông tập trung lãnh đạo, thực hiện tốt nhiệm vụ trọng tâm: Tham mưu xây dựng văn bản Quy phạm pháp luật (04 văn bản); Xây dựng và Triển khai Thực hiện các quy hoạch, kế hoạch, đề án, dự án, đặc biệt là đề án Xây dựng chính quyền điện tử tỉnh Nghệ An; Tăng cường các nhiệm vụ quản lý Nhà nước chuyên ngành. Phấn đấu doanh thu toàn ngành đạt trên 4.000 tỷ đồng; Mật độ thuê bao điện thoại toàn tỉnh đạt 175,0 thuê bao/100 dân; 100%  số cán bộ, công chức sử dụng hộp thư điện tử để trao đổi tài liệu, công việc; Đảm bảo 80% UBND các huyện ứng dụng CNTT tại bộ phận một cửa; Tổ chức triển khai một số mô hình thí điểm một cửa liên thông đến cấp xã."
    },
    {
      "p": "Tại hội nghị, đại diện lãnh đạo các Sở, Ban, ngành, các doanh nghiệp, UBND các huyện trình bày các tham luận về các vấn đề như việc phát triển CNTT, ứng dụng CNTT tại các cơ quan, đơn vị trong việc cải cách hành chính; vấn đề cung cấp thông tin cho báo chí, việc xử lí thông tin các cơ quan báo chí phản ánh; thực hiện nhiệm vụ cung cấp thông tin chính thống và dịch vụ công trên các cổng cấp hai..."
    },
    {
      "p": "Cũng trong hội nghị, Sở Thông tin và Truyền thông đã công bố Chỉ số sẵn sàng ứng dụng và phát triển CNTT – TT Nghệ An năm 2013."
    },
    {
      "p": "Phát biểu chỉ đạo tại hội nghị, đồng chí Huỳnh Thanh Điền - Phó Chủ tịch UBND tỉnh đánh giá cao những kết quả Ngành Thông tin và Truyền thông đã đạt được trong thời gian qua, đóng góp xứng đáng vào sự phát triển kinh tế - xã hội của tỉnh."
    },
    {
      "p": "Năm 2014, đồng chí yêu cầu Ngành Thông tin và Truyền thông tiếp tục thực hiện có hiệu quả công tác quản lý nhà nước về thông tin và truyền thông. Đặc biệt, Ngành cần cụ thể hóa, triển khai thực hiện tốt các nội dung Nghị quyết 26 của Bộ Chính trị về phương hướng nhiệm vị phát triển tỉnh Nghệ An đến năm 2020 trong lĩnh vực CNTT:  Xây dựng Đề án phát triển Nghệ An thành Trung tâm CNTT vùng Bắc Trung Bộ; Phối hợp xây dựng Đề án phát triển Nghệ An thành trung tâm đào tạo nguồn nhân lực vùng Bắc Trung Bộ; Tăng cường ứng dụng CNTT Triển khai thực hiện dự án \"Công viên CNTT\", tổ chức thu hút, kêu gọi đầu tư để dự án triển khai nhanh chóng, hiệu quả, theo đúng các mục tiêu đề ra..."
    },
    {
      "figure": 1
    },
    {
      "p": "Kết luận tại hội nghị, đồng chí Hồ Quang Thành - Giám đốc Sở nhấn mạnh Ngành Thông tin và Truyền thông thực hiện tốt các nhiệm vụ đã đề ra; Chú trọng vào việc tăng cường công tác tham mưu các văn bản quy phạm pháp luật; Xây dựng kế hoạch hành động dựa trên các quy hoạch, đề án, dự án và nhiệm vụ quản lý nhà nước của ngành; Tiếp tục triển khai thực hiện Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu vùng xa, biên giới, hải đảo..."
    },
    {
      "figure": 2
    },
    {
      "p": "Tổng kết phong trào thi đua,  Sở đã được Bộ Thông tin và Truyền thông tặng Cờ thi đua cho đơn vị xuất sắc tiêu biểu; UBND tỉnh tặng Bằng khen cho 3 tập thể và 3 cá nhân; Sở TT&TT trao bằng khen cho 7 tập thể và 11 cá nhân vì đã có thành tích xuất sắc năm 2013."
    }
  ]
} as const;
