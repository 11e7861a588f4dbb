// Staff editing the catalogue: every field of a procedure saved with Vietnamese errors beside the bad fields
// and nothing half-saved; documents keep their identity (and form file) across edits; a save over a newer
// version is refused; form files are checked by their bytes; every change has one audit entry with before
// and after; fields and agencies are renamed (an agency's code corrected) with their own entries.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, procedureDocuments, procedureFiles, procedures } from "@/db/schema";
import { attachFormFile, createProcedure, createServiceAgency, removeFormFile, updateProcedure, updateServiceAgency } from "@/lib/services/mutations";
import { getProcedureForEdit } from "@/lib/services/queries";
import type { ProcedureInput } from "@/lib/services/validation";
import { useTestDb } from "../../helpers/db";
import { minimalPdf } from "../../helpers/documents";
import { makeAgency, makeField } from "../../helpers/services";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

async function setup() {
  const staff = actorOf(await makeUser(t.db, "staff"));
  const field = await makeField(t.db);
  const agency = await makeAgency(t.db);
  const input: ProcedureInput = {
    code: "1.000948",
    name: "Cấp giấy phép bưu chính (phạm vi nội tỉnh)",
    kind: "Thủ tục hành chính",
    fieldId: String(field.id),
    agencyId: String(agency.id),
    level: "3",
    subjects: "Doanh nghiệp",
    steps: ["Nộp hồ sơ", "Thẩm định", "Trả kết quả"],
    channels: [{ name: "Trực tiếp", time: "20 ngày làm việc", fee: "10.000.000 đồng" }],
    documents: [
      { name: "Đơn đề nghị", originals: "1", copies: "0", required: "yes" },
      { name: "Phương án kinh doanh", originals: "1", copies: "", required: "yes" },
    ],
    processingDays: "20",
    fees: "10.000.000 đồng",
    result: "Giấy phép bưu chính",
    conditions: "",
    legalBasis: [{ number: "49/2010/QH12", title: "Luật Bưu chính", effectiveDate: "01/01/2011" }],
    publishingDecision: "Quyết định số 1/QĐ-UBND",
    nationalUrl: "https://dichvucong.gov.vn/p/home/dvc-tthc.html",
  };
  return { staff, field, agency, input };
}

const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe("procedures", () => {
  it("creates a procedure with every field and one audit entry", async () => {
    const { staff, input } = await setup();
    const r = await createProcedure(staff, input);
    expect(r).toMatchObject({ ok: true, value: { code: "1.000948" } });
    if (!r.ok) return;
    const p = await getProcedureForEdit(staff, r.value.id);
    expect(p).toMatchObject({ level: 3, processingDays: 20, published: true, nationalUrl: input.nationalUrl, publishingDecision: "Quyết định số 1/QĐ-UBND" });
    expect(p!.legalBasis).toEqual([{ number: "49/2010/QH12", title: "Luật Bưu chính", effectiveDate: "2011-01-01" }]);
    expect(p!.documents.map((d) => [d.name, d.originals, d.copies])).toEqual([["Đơn đề nghị", 1, 0], ["Phương án kinh doanh", 1, 0]]);
    const [entry] = await audits("procedure.create");
    expect(entry!.after).toMatchObject({ code: "1.000948", level: 3, documents: [{ name: "Đơn đề nghị" }, { name: "Phương án kinh doanh" }] });
  });

  it("answers bad input with Vietnamese messages by field, and writes nothing", async () => {
    const { staff, input } = await setup();
    const r = await createProcedure(staff, {
      ...input,
      code: "abc",
      level: "4",
      processingDays: "ba",
      nationalUrl: "http://example.com",
      documents: [{ name: "", originals: "x", copies: "0" }],
      legalBasis: [{ number: "1/2020", title: "", effectiveDate: "31/02/2020" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      code: expect.stringContaining("Mã thủ tục"),
      level: "Mức độ phải là 1, 2 hoặc 3.",
      processingDays: expect.stringContaining("Thời hạn giải quyết"),
      nationalUrl: expect.stringContaining("https://"),
      "documents.0.name": "Vui lòng nhập tên giấy tờ.",
      "documents.0.originals": expect.stringContaining("bản chính"),
      "legalBasis.0.effectiveDate": expect.stringContaining("ngày có thật"),
    });
    expect((await t.db.select({ n: count() }).from(procedures))[0]!.n).toBe(0);
    expect((await t.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(0);
    await createProcedure(staff, input);
    expect(await createProcedure(staff, { ...input, name: "Khác" })).toEqual({ ok: false, errors: { code: "Mã thủ tục 1.000948 đã có trong danh mục." } });
  });

  it("edits keep each document (and its form file) that stays, and refuse a save over a newer version", async () => {
    const { staff, input } = await setup();
    const created = await createProcedure(staff, input);
    if (!created.ok) throw new Error("create failed");
    const before = (await getProcedureForEdit(staff, created.value.id))!;
    const plan = before.documents.find((d) => d.name === "Phương án kinh doanh")!;
    expect(await attachFormFile(staff, plan.id, { bytes: minimalPdf(), filename: "phuong-an.pdf" })).toMatchObject({ ok: true });
    const withFile = (await getProcedureForEdit(staff, created.value.id))!;

    // Reordered, one renamed (the form carries its id), one added.
    const form = before.documents.find((d) => d.name === "Đơn đề nghị")!;
    const r = await updateProcedure(staff, created.value.id, {
      ...input,
      name: "Cấp giấy phép bưu chính",
      documents: [
        { name: "Phương án kinh doanh", originals: "2", copies: "0" },
        { id: String(form.id), name: "Đơn đề nghị (mẫu mới)", originals: "1", copies: "0" },
        { name: "Bản sao điều lệ", originals: "0", copies: "1" },
      ],
      expectedVersion: withFile.version,
    });
    expect(r).toMatchObject({ ok: true });
    const after = (await getProcedureForEdit(staff, created.value.id))!;
    expect(after.documents.map((d) => d.name)).toEqual(["Phương án kinh doanh", "Đơn đề nghị (mẫu mới)", "Bản sao điều lệ"]);
    expect(after.documents[0]!.id).toBe(plan.id);
    expect(after.documents[0]!.form?.filename).toBe("phuong-an.pdf");
    expect(after.documents[1]!.id).toBe(form.id);
    expect(after.documents[2]!.id).not.toBe(form.id);

    const [entry] = await audits("procedure.update");
    expect(entry!.before).toMatchObject({ name: input.name });
    expect(entry!.after).toMatchObject({ name: "Cấp giấy phép bưu chính" });

    const stale = await updateProcedure(staff, created.value.id, { ...input, name: "Bản cũ", expectedVersion: withFile.version });
    expect(stale).toMatchObject({ ok: false, errors: { _form: expect.stringContaining("vừa được người khác sửa") } });
    expect((await getProcedureForEdit(staff, created.value.id))!.name).toBe("Cấp giấy phép bưu chính");
  });

  it("takes form files by their bytes, replaces and removes them, each audited", async () => {
    const { staff, input } = await setup();
    const created = await createProcedure(staff, input);
    if (!created.ok) throw new Error("create failed");
    const doc = (await getProcedureForEdit(staff, created.value.id))!.documents[0]!;
    const disguised = await attachFormFile(staff, doc.id, { bytes: Buffer.from("<html><script>alert(1)</script></html>"), filename: "mau-don.pdf" });
    expect(disguised).toMatchObject({ ok: false, errors: { file: expect.stringContaining("mau-don.pdf") } });
    expect(await t.db.select().from(procedureFiles)).toEqual([]);

    await attachFormFile(staff, doc.id, { bytes: minimalPdf(), filename: "mau-1.pdf" });
    await attachFormFile(staff, doc.id, { bytes: minimalPdf(), filename: "mau-2.pdf" });
    // The replaced file is gone: public files that nothing uses are not kept.
    expect((await t.db.select({ filename: procedureFiles.filename }).from(procedureFiles)).map((f) => f.filename)).toEqual(["mau-2.pdf"]);
    expect(await removeFormFile(staff, doc.id)).toMatchObject({ ok: true });
    expect(await t.db.select().from(procedureFiles)).toEqual([]);
    const [d] = await t.db.select().from(procedureDocuments).where(eq(procedureDocuments.id, doc.id));
    expect(d!.formFileId).toBeNull();
    expect((await audits("procedure.attach_form")).map((e) => (e.after as { formFile: { filename: string } }).formFile.filename)).toEqual(["mau-1.pdf", "mau-2.pdf"]);
    expect(await audits("procedure.remove_form")).toHaveLength(1);
  });
});

describe("agencies", () => {
  it("corrects an agency's code, audited, and refuses a code another agency has", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    const a = await makeAgency(t.db, "Phòng Văn hóa và Thông tin huyện Mẫu", "TAM.0001");
    await makeAgency(t.db, "Sở Thông tin và Truyền thông", "000.00.14.H42");
    const r = await updateServiceAgency(staff, a.id, { name: a.name, code: "000.22.30.h42", address: "", phone: "" });
    expect(r).toMatchObject({ ok: true });
    const [entry] = await audits("service_agency.update");
    expect(entry).toMatchObject({ before: { code: "TAM.0001" }, after: { code: "000.22.30.H42" } });
    expect(await updateServiceAgency(staff, a.id, { name: a.name, code: "000.00.14.H42", address: "", phone: "" })).toEqual({
      ok: false,
      errors: { code: "Mã cơ quan này đã được cơ quan khác dùng." },
    });
    expect(await createServiceAgency(staff, { name: "", code: "x y", address: "", phone: "" })).toMatchObject({ ok: false, errors: { name: "Vui lòng nhập tên cơ quan.", code: expect.stringContaining("Mã cơ quan") } });
  });
});
