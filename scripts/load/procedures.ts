// Generated procedures for load and speed tests (npm run db:generate-load): clearly marked (is_generated, names
// starting "[Dữ liệu tạo tự động]", agencies of their own), never part of the demo content. Deterministic
// (codes 8.000001…, a seeded generator), so running it again adds only what is missing.
import { and, eq, inArray, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { procedureDocuments, procedures, serviceAgencies, serviceFields } from "@/db/schema";
import { demoServiceFields } from "@/db/seed-data/services";

export const GENERATED_PREFIX = "[Dữ liệu tạo tự động]";
const BATCH = 500;

const VERBS = ["Cấp", "Cấp lại", "Gia hạn", "Sửa đổi, bổ sung", "Thu hồi", "Đăng ký", "Thay đổi thông tin", "Xác nhận", "Chấp thuận", "Điều chỉnh", "Công nhận", "Hủy bỏ"];
const OBJECTS = [
  "giấy phép hoạt động in",
  "giấy phép bưu chính",
  "giấy phép xuất bản bản tin",
  "giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử",
  "giấy phép thiết lập trang thông tin điện tử tổng hợp",
  "giấy phép xây dựng",
  "giấy chứng nhận quyền sử dụng đất",
  "giấy phép kinh doanh vận tải",
  "chứng chỉ hành nghề",
  "giấy phép lao động cho người nước ngoài",
  "hộ kinh doanh",
  "giấy phép môi trường",
  "giấy phép khai thác nước mặt",
  "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  "giấy phép tổ chức lễ hội",
  "giấy phép quảng cáo ngoài trời",
  "hoạt động cơ sở in",
  "máy photocopy màu",
  "giấy phép nhập khẩu xuất bản phẩm",
  "giấy phép tổ chức triển lãm",
  "giấy phép hoạt động đo đạc bản đồ",
  "giấy phép kinh doanh karaoke",
  "giấy phép thành lập trường mầm non tư thục",
  "giấy chứng nhận đăng ký hợp tác xã",
  "giấy phép sử dụng tần số vô tuyến điện",
  "giấy phép cung cấp dịch vụ viễn thông",
  "thông báo hoạt động bưu chính",
  "giấy phép thu tín hiệu truyền hình nước ngoài",
  "chứng nhận đăng ký kinh doanh dược",
  "giấy phép khai thác khoáng sản",
];
const QUALIFIERS = ["(cấp tỉnh)", "(cấp huyện)", "cho tổ chức", "cho cá nhân", "trong khu công nghiệp", "đối với doanh nghiệp có vốn đầu tư nước ngoài", "tại khu kinh tế", "khi hết hạn", "khi bị mất hoặc hư hỏng", ""];
const DOCS = ["Đơn đề nghị (theo mẫu)", "Tờ khai (theo mẫu)", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Bản sao căn cước công dân", "Sơ yếu lý lịch", "Phương án hoạt động", "Giấy tờ chứng minh quyền sử dụng mặt bằng", "Danh mục thiết bị"];

/** mulberry32: a small seeded generator, so every run makes the same rows. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateProcedures(db: Db, count: number, log: (line: string) => void = () => {}): Promise<{ inserted: number; total: number }> {
  await db.insert(serviceFields).values([...demoServiceFields]).onConflictDoNothing();
  const fields = await db.select({ id: serviceFields.id }).from(serviceFields).where(inArray(serviceFields.slug, demoServiceFields.map((f) => f.slug)));
  const agencyRows = Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return { slug: `du-lieu-tao-tu-dong-co-quan-${n}`, name: `${GENERATED_PREFIX} Cơ quan thực hiện ${n}`, code: `G00.00.${n}.X99`, isSample: true };
  });
  await db.insert(serviceAgencies).values(agencyRows).onConflictDoNothing();
  const agencies = await db.select({ id: serviceAgencies.id }).from(serviceAgencies).where(like(serviceAgencies.slug, "du-lieu-tao-tu-dong-co-quan-%"));

  const rnd = random(20_261_201);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let inserted = 0;
  for (let start = 1; start <= count; start += BATCH) {
    const rows: (typeof procedures.$inferInsert & { code: string })[] = [];
    for (let n = start; n < Math.min(start + BATCH, count + 1); n++) {
      const level = (1 + Math.floor(rnd() * 3)) as 1 | 2 | 3;
      const days = 1 + Math.floor(rnd() * 30);
      const qualifier = pick(QUALIFIERS);
      const name = `${GENERATED_PREFIX} ${pick(VERBS)} ${pick(OBJECTS)}${qualifier ? ` ${qualifier}` : ""} – bản ${1 + (n % 97)}`;
      const time = `${days} ngày làm việc`;
      rows.push({
        code: `8.${String(n).padStart(6, "0")}`,
        name,
        kind: "Dữ liệu tạo tự động",
        fieldId: pick(fields).id,
        agencyId: pick(agencies).id,
        level,
        subjects: "Tổ chức, cá nhân (dữ liệu tạo tự động)",
        steps: ["Nộp hồ sơ", "Thẩm định hồ sơ", "Trả kết quả"],
        channels: [{ name: "Trực tiếp", time, fee: "Không" }, ...(level === 3 ? [{ name: "Trực tuyến", time, fee: "Không" }] : [])],
        processingDays: days,
        fees: "Không",
        result: "Văn bản chấp thuận (dữ liệu tạo tự động)",
        legalBasis: [],
        isGenerated: true,
        isSample: true,
      });
    }
    const docCounts = rows.map(() => 2 + Math.floor(rnd() * 3));
    await db.transaction(async (tx) => {
      const made = await tx.insert(procedures).values(rows).onConflictDoNothing().returning({ id: procedures.id, code: procedures.code });
      const byCode = new Map(rows.map((r, i) => [r.code, docCounts[i]!]));
      const docs = made.flatMap((p) => Array.from({ length: byCode.get(p.code)! }, (_, position) => ({ procedureId: p.id, position, name: DOCS[(position * 3 + p.id) % DOCS.length]!, originals: 1, copies: position % 2 })));
      if (docs.length) await tx.insert(procedureDocuments).values(docs);
      inserted += made.length;
    });
    if ((start + BATCH - 1) % 5000 === 0) log(`  procedures: ${Math.min(start + BATCH - 1, count)}/${count}`);
  }
  // Fresh statistics, so the planner sees the real table and picks the indexes it should.
  await db.execute(sql`analyze procedures`);
  await db.execute(sql`analyze procedure_documents`);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(procedures).where(and(eq(procedures.isGenerated, true)));
  return { inserted, total };
}
