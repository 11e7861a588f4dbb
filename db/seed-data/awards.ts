// The reference article's three award decisions for 2013 (SPEC "What the seed article holds"): the Ministry's
// Cờ thi đua to the department; the province's Bằng khen to 3 collectives and 3 individuals; the department's
// Bằng khen to 7 collectives and 11 individuals. The article gives no numbers, dates, signers or names: those
// are invented, marked "(mẫu)" and flagged isSample, so they are never presented as fact. Only the department
// itself, the flag's recipient, is named by the article.
import { slugify } from "@/lib/text/slug";
import type { AwardForm, RecipientKind } from "../schema/awards";

type DemoRecipient = { kind: RecipientKind; name: string; jobTitle?: string; unit?: string };
export type DemoDecision = {
  form: AwardForm;
  title: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  reason: string;
  recipients: DemoRecipient[];
};

/** The reference conference's page, once conference reports exist (a plain slug until then). */
export const DEMO_CONFERENCE_SLUG = slugify("Hội nghị triển khai nhiệm vụ công tác năm 2014");

export const SAMPLE_NOTE = "(mẫu)";

const UNITS = ["Văn phòng Sở", "Phòng Bưu chính, Viễn thông", "Phòng Công nghệ thông tin", "Phòng Báo chí, Xuất bản", "Thanh tra Sở", "Trung tâm Công nghệ thông tin và Truyền thông", "Phòng Kế hoạch – Tài chính"];
const PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Hồ Thị Lan", "Ngô Văn Minh"];
const TITLES = ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Kế toán", "Thanh tra viên", "Kỹ sư", "Chuyên viên", "Phó Chánh Văn phòng", "Chuyên viên", "Kỹ thuật viên"];

const sampleCollective = (i: number): DemoRecipient => ({ kind: "collective", name: `${UNITS[i % UNITS.length]} ${SAMPLE_NOTE}` });
const samplePerson = (i: number): DemoRecipient => ({ kind: "individual", name: `${PEOPLE[i % PEOPLE.length]} ${SAMPLE_NOTE}`, jobTitle: TITLES[i % TITLES.length], unit: UNITS[i % UNITS.length] });

export const demoAwardDecisions: DemoDecision[] = [
  {
    form: "co_thi_dua",
    title: "Cờ thi đua của Bộ Thông tin và Truyền thông",
    issuer: "Bộ Thông tin và Truyền thông",
    decisionNumber: `MẪU-01/QĐ-BTTTT ${SAMPLE_NOTE}`,
    decisionDate: "2013-12-20",
    reason: "Đơn vị xuất sắc tiêu biểu trong phong trào thi đua năm 2013.",
    recipients: [{ kind: "collective", name: "Sở Thông tin và Truyền thông Nghệ An" }],
  },
  {
    form: "bang_khen",
    title: "Bằng khen của UBND tỉnh",
    issuer: "UBND tỉnh Nghệ An",
    decisionNumber: `MẪU-02/QĐ-UBND ${SAMPLE_NOTE}`,
    decisionDate: "2013-12-25",
    reason: "Có thành tích xuất sắc năm 2013.",
    recipients: [0, 1, 2].map(sampleCollective).concat([0, 1, 2].map(samplePerson)),
  },
  {
    form: "bang_khen",
    title: "Bằng khen của Sở Thông tin và Truyền thông",
    issuer: "Sở Thông tin và Truyền thông Nghệ An",
    decisionNumber: `MẪU-03/QĐ-STTTT ${SAMPLE_NOTE}`,
    decisionDate: "2013-12-30",
    reason: "Có thành tích xuất sắc năm 2013.",
    recipients: [0, 1, 2, 3, 4, 5, 6].map(sampleCollective).concat(Array.from({ length: 11 }, (_, i) => samplePerson(i))),
  },
];
