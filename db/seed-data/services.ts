// Demo catalogue: the department's procedures by field, names as listed in services.tsv beside this file (the
// level is illustrative). Codes, processing times, fees, documents and agency details are invented and
// stored with is_sample = true; every page that shows one says "Dữ liệu mẫu". Codes start with 9.99, which
// the national procedure database does not use, so no sample can be taken for a real procedure's code.

export const demoServiceFields = [
  { slug: "bao-chi", name: "Báo chí", sortOrder: 10 },
  { slug: "xuat-ban-in-va-phat-hanh", name: "Xuất bản, in và phát hành", sortOrder: 20 },
  { slug: "buu-chinh", name: "Bưu chính", sortOrder: 30 },
  { slug: "vien-thong-va-internet", name: "Viễn thông và Internet", sortOrder: 40 },
  { slug: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", name: "Phát thanh, truyền hình và thông tin điện tử", sortOrder: 50 },
] as const;

export const demoServiceAgencies = [
  {
    slug: "so-thong-tin-va-truyen-thong",
    name: "Sở Thông tin và Truyền thông",
    code: "000.00.14.H42",
    address: "Địa chỉ mẫu: Bộ phận một cửa, Sở Thông tin và Truyền thông",
    phone: "Số mẫu: 0238 000 0000",
    isSample: true,
  },
  {
    slug: "ubnd-cap-huyen",
    name: "UBND cấp huyện (Phòng Văn hóa và Thông tin)",
    code: "000.00.30.H42",
    address: "Địa chỉ mẫu: Bộ phận một cửa UBND cấp huyện",
    phone: "Số mẫu: 0238 000 0001",
    isSample: true,
  },
] as const;

type FieldSlug = (typeof demoServiceFields)[number]["slug"];
type AgencySlug = (typeof demoServiceAgencies)[number]["slug"];

/** A document: name, originals, copies, and the kind of form file to make for it (if any). */
type Doc = [name: string, originals: number, copies: number, form?: "docx" | "pdf"];

export type DemoProcedure = {
  code: string;
  name: string;
  field: FieldSlug;
  agency: AgencySlug;
  level: 1 | 2 | 3;
  days: number;
  fee: string;
  result: string;
  docs: Doc[];
  legal: (keyof typeof LAWS)[];
  conditions?: string;
  nationalUrl?: string;
};

const LAWS = {
  baoChi: { number: "103/2016/QH13", title: "Luật Báo chí", effectiveDate: "2017-01-01" },
  xuatBan: { number: "19/2012/QH13", title: "Luật Xuất bản", effectiveDate: "2013-07-01" },
  in: { number: "60/2014/NĐ-CP", title: "Nghị định quy định về hoạt động in", effectiveDate: "2014-08-15" },
  inSuaDoi: { number: "25/2018/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP", effectiveDate: "2018-02-28" },
  buuChinh: { number: "49/2010/QH12", title: "Luật Bưu chính", effectiveDate: "2011-01-01" },
  buuChinhND: { number: "47/2011/NĐ-CP", title: "Nghị định quy định chi tiết thi hành một số nội dung của Luật Bưu chính", effectiveDate: "2011-08-01" },
  internet: { number: "72/2013/NĐ-CP", title: "Nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng", effectiveDate: "2013-09-01" },
  internetSuaDoi: { number: "27/2018/NĐ-CP", title: "Nghị định sửa đổi, bổ sung Nghị định số 72/2013/NĐ-CP", effectiveDate: "2018-04-15" },
  phatNgon: { number: "09/2017/NĐ-CP", title: "Nghị định quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí", effectiveDate: "2017-03-25" },
} as const;

const ORG_PAPERS: Doc = ["Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp", 0, 1];

export const demoProcedures: DemoProcedure[] = [
  // Báo chí
  { code: "9.990101", field: "bao-chi", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy phép xuất bản bản tin (địa phương)", days: 15, fee: "Phí thẩm định: 500.000 đồng/giấy phép", result: "Giấy phép xuất bản bản tin",
    docs: [["Đơn đề nghị cấp giấy phép xuất bản bản tin (theo mẫu)", 1, 0, "docx"], ["Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin", 1, 0, "pdf"], ORG_PAPERS, ["Mẫu trình bày tên gọi và trang đầu của bản tin", 1, 0]],
    legal: ["baoChi"], conditions: "Có người chịu trách nhiệm xuất bản bản tin; có nguồn tài chính và địa chỉ trụ sở rõ ràng.", nationalUrl: "https://dichvucong.gov.vn/" },
  { code: "9.990102", field: "bao-chi", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Văn bản chấp thuận thay đổi nội dung ghi trong giấy phép xuất bản bản tin (địa phương)", days: 7, fee: "Không", result: "Văn bản chấp thuận thay đổi nội dung giấy phép",
    docs: [["Văn bản đề nghị thay đổi nội dung ghi trong giấy phép (theo mẫu)", 1, 0, "docx"], ["Bản sao giấy phép xuất bản bản tin đã được cấp", 0, 1]], legal: ["baoChi"] },
  { code: "9.990103", field: "bao-chi", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cho phép họp báo (trong nước)", days: 2, fee: "Không", result: "Văn bản trả lời về việc tổ chức họp báo",
    docs: [["Văn bản thông báo tổ chức họp báo (theo mẫu)", 1, 0, "docx"], ["Nội dung thông cáo báo chí", 1, 0]], legal: ["baoChi", "phatNgon"] },
  { code: "9.990104", field: "bao-chi", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Trưng bày tranh, ảnh và các hình thức thông tin khác bên ngoài trụ sở cơ quan đại diện nước ngoài, tổ chức nước ngoài", days: 10, fee: "Không", result: "Văn bản chấp thuận trưng bày",
    docs: [["Văn bản đề nghị trưng bày (theo mẫu)", 1, 0, "pdf"], ["Danh mục tranh, ảnh, nội dung thông tin dự kiến trưng bày", 1, 0]], legal: ["baoChi"] },

  // Xuất bản, in và phát hành
  { code: "9.990201", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy phép xuất bản tài liệu không kinh doanh (địa phương)", days: 10, fee: "Không", result: "Giấy phép xuất bản tài liệu không kinh doanh",
    docs: [["Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh (theo mẫu)", 1, 0, "docx"], ["Bản thảo tài liệu (hai bản in hoặc tệp điện tử)", 2, 0]], legal: ["xuatBan"] },
  { code: "9.990202", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy phép hoạt động in (địa phương)", days: 15, fee: "Phí thẩm định: 1.000.000 đồng/giấy phép", result: "Giấy phép hoạt động in",
    docs: [["Đơn đề nghị cấp giấy phép hoạt động in (theo mẫu)", 1, 0, "docx"], ORG_PAPERS, ["Giấy tờ chứng minh quyền sử dụng hợp pháp mặt bằng sản xuất", 0, 1], ["Danh mục thiết bị in", 1, 0, "pdf"], ["Sơ yếu lý lịch của người đứng đầu cơ sở in", 1, 0]],
    legal: ["in", "inSuaDoi"], conditions: "Có thiết bị in phù hợp với nội dung hoạt động; có mặt bằng sản xuất hợp pháp; người đứng đầu có trình độ phù hợp.", nationalUrl: "https://dichvucong.gov.vn/" },
  { code: "9.990203", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cấp lại giấy phép hoạt động in (địa phương)", days: 7, fee: "Không", result: "Giấy phép hoạt động in (cấp lại)",
    docs: [["Đơn đề nghị cấp lại giấy phép hoạt động in (theo mẫu)", 1, 0, "docx"], ["Giấy phép đã được cấp (trường hợp bị hư hỏng)", 1, 0]], legal: ["in", "inSuaDoi"] },
  { code: "9.990204", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Đăng ký hoạt động cơ sở in", days: 5, fee: "Không", result: "Giấy xác nhận đăng ký hoạt động cơ sở in",
    docs: [["Tờ khai đăng ký hoạt động cơ sở in (theo mẫu)", 1, 0, "docx"], ORG_PAPERS, ["Danh mục thiết bị in", 1, 0]], legal: ["in", "inSuaDoi"] },
  { code: "9.990205", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Thay đổi thông tin đăng ký hoạt động cơ sở in", days: 5, fee: "Không", result: "Giấy xác nhận thay đổi thông tin đăng ký",
    docs: [["Tờ khai thay đổi thông tin đăng ký hoạt động cơ sở in (theo mẫu)", 1, 0, "pdf"], ["Giấy tờ chứng minh nội dung thay đổi", 0, 1]], legal: ["in"] },
  { code: "9.990206", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm", days: 10, fee: "Không", result: "Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
    docs: [["Đơn đề nghị xác nhận đăng ký hoạt động phát hành xuất bản phẩm (theo mẫu)", 1, 0, "docx"], ORG_PAPERS], legal: ["xuatBan"] },
  { code: "9.990207", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm (địa phương)", days: 10, fee: "Không", result: "Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm",
    docs: [["Đơn đề nghị cấp giấy phép tổ chức triển lãm, hội chợ (theo mẫu)", 1, 0, "docx"], ["Danh mục xuất bản phẩm dự kiến trưng bày", 1, 0]], legal: ["xuatBan"] },
  { code: "9.990208", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh (địa phương)", days: 7, fee: "Phí thẩm định: 50.000 đồng/giấy phép", result: "Giấy phép nhập khẩu xuất bản phẩm không kinh doanh",
    docs: [["Đơn đề nghị cấp giấy phép nhập khẩu (theo mẫu)", 1, 0], ["Danh mục xuất bản phẩm nhập khẩu", 3, 0]], legal: ["xuatBan"] },
  { code: "9.990209", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu", days: 3, fee: "Không", result: "Giấy xác nhận đăng ký sử dụng máy photocopy màu",
    docs: [["Tờ khai đăng ký sử dụng máy photocopy màu (theo mẫu)", 1, 0, "docx"], ["Bản sao hóa đơn hoặc giấy tờ chứng minh nguồn gốc máy", 0, 1]], legal: ["in", "inSuaDoi"] },
  { code: "9.990210", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Chuyển nhượng máy photocopy màu, máy in có chức năng photocopy màu", days: 3, fee: "Không", result: "Giấy xác nhận chuyển nhượng",
    docs: [["Tờ khai chuyển nhượng máy photocopy màu (theo mẫu)", 1, 0], ["Hợp đồng chuyển nhượng", 0, 1]], legal: ["in"] },
  { code: "9.990211", field: "xuat-ban-in-va-phat-hanh", agency: "so-thong-tin-va-truyen-thong", level: 1, name: "Cấp giấy phép in gia công xuất bản phẩm cho nước ngoài (địa phương)", days: 7, fee: "Không", result: "Giấy phép in gia công xuất bản phẩm cho nước ngoài",
    docs: [["Đơn đề nghị cấp giấy phép in gia công (theo mẫu)", 1, 0], ["Hợp đồng in gia công với đối tác nước ngoài", 0, 1], ["Bản mẫu xuất bản phẩm đặt in", 1, 0]], legal: ["xuatBan", "in"] },

  // Bưu chính
  { code: "9.990301", field: "buu-chinh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy phép bưu chính (phạm vi nội tỉnh)", days: 20, fee: "Phí thẩm định: 10.000.000 đồng/giấy phép", result: "Giấy phép bưu chính",
    docs: [["Đơn đề nghị cấp giấy phép bưu chính (theo mẫu)", 1, 0, "docx"], ORG_PAPERS, ["Phương án kinh doanh dịch vụ bưu chính", 1, 0, "pdf"], ["Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính", 1, 0]],
    legal: ["buuChinh", "buuChinhND"], conditions: "Có đủ năng lực tài chính, nhân sự phù hợp với phương án kinh doanh đã đề ra." },
  { code: "9.990302", field: "buu-chinh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Sửa đổi, bổ sung giấy phép bưu chính", days: 10, fee: "Phí thẩm định: 5.000.000 đồng/lần", result: "Giấy phép bưu chính đã sửa đổi, bổ sung",
    docs: [["Đơn đề nghị sửa đổi, bổ sung giấy phép bưu chính (theo mẫu)", 1, 0, "docx"], ["Giấy tờ liên quan đến nội dung sửa đổi", 0, 1]], legal: ["buuChinh", "buuChinhND"] },
  { code: "9.990303", field: "buu-chinh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cấp lại giấy phép bưu chính khi hết hạn", days: 10, fee: "Phí thẩm định: 5.000.000 đồng/giấy phép", result: "Giấy phép bưu chính (cấp lại)",
    docs: [["Đơn đề nghị cấp lại giấy phép bưu chính (theo mẫu)", 1, 0], ["Báo cáo tình hình hoạt động bưu chính", 1, 0]], legal: ["buuChinh", "buuChinhND"] },
  { code: "9.990304", field: "buu-chinh", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp văn bản xác nhận thông báo hoạt động bưu chính", days: 7, fee: "Phí thẩm định: 1.000.000 đồng/văn bản", result: "Văn bản xác nhận thông báo hoạt động bưu chính",
    docs: [["Văn bản thông báo hoạt động bưu chính (theo mẫu)", 1, 0, "docx"], ORG_PAPERS], legal: ["buuChinh", "buuChinhND"] },
  { code: "9.990305", field: "buu-chinh", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Cấp lại văn bản xác nhận thông báo hoạt động bưu chính khi bị mất hoặc hư hỏng", days: 5, fee: "Không", result: "Văn bản xác nhận thông báo hoạt động bưu chính (cấp lại)",
    docs: [["Văn bản đề nghị cấp lại (theo mẫu)", 1, 0]], legal: ["buuChinh"] },

  // Viễn thông và Internet
  { code: "9.990401", field: "vien-thong-va-internet", agency: "ubnd-cap-huyen", level: 3, name: "Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", days: 5, fee: "Phí thẩm định: 400.000 đồng/điểm (mẫu theo khu vực)", result: "Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
    docs: [["Đơn đề nghị cấp giấy chứng nhận (theo mẫu)", 1, 0, "docx"], ["Bản sao giấy chứng nhận đăng ký kinh doanh", 0, 1]], legal: ["internet", "internetSuaDoi"], conditions: "Điểm cung cấp dịch vụ cách cổng trường học từ 200 m trở lên; có biển hiệu; tổng diện tích phòng máy theo quy định." },
  { code: "9.990402", field: "vien-thong-va-internet", agency: "ubnd-cap-huyen", level: 2, name: "Sửa đổi, bổ sung giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", days: 5, fee: "Không", result: "Giấy chứng nhận đã sửa đổi, bổ sung",
    docs: [["Đơn đề nghị sửa đổi, bổ sung (theo mẫu)", 1, 0, "pdf"], ["Giấy chứng nhận đã được cấp", 1, 0]], legal: ["internet", "internetSuaDoi"] },
  { code: "9.990403", field: "vien-thong-va-internet", agency: "ubnd-cap-huyen", level: 2, name: "Gia hạn giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", days: 5, fee: "Không", result: "Giấy chứng nhận được gia hạn",
    docs: [["Đơn đề nghị gia hạn (theo mẫu)", 1, 0]], legal: ["internet", "internetSuaDoi"] },
  { code: "9.990404", field: "vien-thong-va-internet", agency: "ubnd-cap-huyen", level: 1, name: "Cấp lại giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", days: 5, fee: "Không", result: "Giấy chứng nhận (cấp lại)",
    docs: [["Đơn đề nghị cấp lại (theo mẫu)", 1, 0]], legal: ["internet"] },

  // Phát thanh, truyền hình và thông tin điện tử
  { code: "9.990501", field: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", agency: "so-thong-tin-va-truyen-thong", level: 3, name: "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", days: 15, fee: "Không", result: "Giấy phép thiết lập trang thông tin điện tử tổng hợp",
    docs: [["Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp (theo mẫu)", 1, 0, "docx"], ORG_PAPERS, ["Đề án hoạt động của trang thông tin điện tử", 1, 0, "pdf"], ["Văn bản chấp thuận của nguồn tin", 0, 1]],
    legal: ["internet", "internetSuaDoi"], conditions: "Có tên miền sử dụng dịch vụ tại Việt Nam; có nhân sự quản lý nội dung; có biện pháp bảo đảm an toàn thông tin." },
  { code: "9.990502", field: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Sửa đổi, bổ sung giấy phép thiết lập trang thông tin điện tử tổng hợp", days: 10, fee: "Không", result: "Giấy phép đã sửa đổi, bổ sung",
    docs: [["Đơn đề nghị sửa đổi, bổ sung giấy phép (theo mẫu)", 1, 0, "docx"], ["Giấy tờ liên quan đến nội dung sửa đổi", 0, 1]], legal: ["internet", "internetSuaDoi"] },
  { code: "9.990503", field: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Gia hạn giấy phép thiết lập trang thông tin điện tử tổng hợp", days: 10, fee: "Không", result: "Giấy phép được gia hạn",
    docs: [["Đơn đề nghị gia hạn giấy phép (theo mẫu)", 1, 0]], legal: ["internet", "internetSuaDoi"] },
  { code: "9.990504", field: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", agency: "so-thong-tin-va-truyen-thong", level: 1, name: "Cấp lại giấy phép thiết lập trang thông tin điện tử tổng hợp", days: 5, fee: "Không", result: "Giấy phép (cấp lại)",
    docs: [["Đơn đề nghị cấp lại giấy phép (theo mẫu)", 1, 0]], legal: ["internet"] },
  { code: "9.990505", field: "phat-thanh-truyen-hinh-va-thong-tin-dien-tu", agency: "so-thong-tin-va-truyen-thong", level: 2, name: "Đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh", days: 10, fee: "Không", result: "Giấy chứng nhận đăng ký thu tín hiệu truyền hình nước ngoài",
    docs: [["Tờ khai đăng ký thu tín hiệu truyền hình nước ngoài (theo mẫu)", 1, 0, "docx"], ["Danh mục kênh chương trình đăng ký thu", 1, 0]], legal: ["baoChi"] },
];

export const SAMPLE_SUBJECTS = "Tổ chức, cá nhân trong nước; tổ chức, cá nhân nước ngoài hoạt động hợp pháp tại Việt Nam (dữ liệu mẫu).";

/** The steps every demo procedure follows, with online submission for level 3. */
export function demoSteps(level: 1 | 2 | 3, agencyName: string): string[] {
  return [
    level === 3
      ? `Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tiếp hoặc qua bưu chính tại Bộ phận một cửa của ${agencyName}, hoặc nộp trực tuyến trên cổng thông tin.`
      : `Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tiếp hoặc qua bưu chính tại Bộ phận một cửa của ${agencyName}.`,
    "Bộ phận một cửa kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ được hướng dẫn bổ sung một lần, bằng văn bản.",
    "Phòng chuyên môn thẩm định hồ sơ, trình lãnh đạo xem xét, quyết định; trường hợp từ chối có văn bản nêu rõ lý do.",
    "Trả kết quả tại Bộ phận một cửa hoặc qua dịch vụ bưu chính; phí, lệ phí (nếu có) nộp khi nhận kết quả.",
  ];
}

export function demoChannels(level: 1 | 2 | 3, days: number, fee: string) {
  const time = `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`;
  return [
    { name: "Trực tiếp", time, fee },
    { name: "Qua dịch vụ bưu chính", time, fee },
    ...(level === 3 ? [{ name: "Trực tuyến", time, fee }] : []),
  ];
}

export const demoLaws = LAWS;
export const DEMO_PUBLISHING_DECISION = "Quyết định công bố danh mục thủ tục hành chính của UBND tỉnh (số hiệu mẫu: 0000/QĐ-UBND)";
