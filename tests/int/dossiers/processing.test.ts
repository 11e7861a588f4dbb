// Processing on a real database: the national statuses as workflow steps (each with its note on the timeline
// and one audit entry), refusals for a wrong state or role with nothing changed, the supplement request that
// pauses the clock and the link that resumes it (one use, one dossier, expires), the apology only when late,
// the applicant's rating once after the result, and what the applicant sees versus what staff see.
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "dossier-test-secret-0123456789abcdefghijklmnopq";
});
import { auditLog, dossierFiles, dossiers, outbox, supplementRequests } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/permissions";
import { rateDossier, submitDossier, submitSupplement, takeDossierStep } from "@/lib/dossiers/mutations";
import { countDossierAttention, listDossierQueue, openDossier, trackDossier } from "@/lib/dossiers/queries";
import { findSupplementRequest } from "@/lib/dossiers/queries-receipt";
import { supplementPath } from "@/lib/dossiers/supplement-token";
import { availableTransitions } from "@/lib/workflow/engine";
import { dossierWorkflow } from "@/lib/dossiers/workflow";
import { vietnamInstant } from "@/lib/time";
import { useTestDb } from "../../helpers/db";
import { minimalPdf } from "../../helpers/documents";
import { dossierForm, FROM, makeDossier, makeOnlineProcedure } from "../../helpers/dossiers";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
const staff = async () => actorOf(await makeUser(t.db, "staff"));
const pdf = (name = "bo-sung.pdf") => new File([new Uint8Array(minimalPdf())], name, { type: "application/pdf" });
const MONDAY = vietnamInstant(2026, 11, 9, 9, 0)!;
const at = (day: number, hour = 10) => vietnamInstant(2026, 11, day, hour, 0)!;
const PHONE = "0912345678";

async function submitted(processingDays = 5) {
  const p = await makeOnlineProcedure(t.db, { processingDays });
  const r = await submitDossier(p.code, dossierForm(p), FROM, MONDAY);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { p, ...r.value };
}
const step = async (who: Awaited<ReturnType<typeof staff>>, id: number, name: string, input: Record<string, unknown> = {}, now = MONDAY) => {
  const r = await takeDossierStep(who, id, name, { note: "", visibility: "applicant", ...input }, now);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.value;
};
const linkOf = async (dossierId: number) => {
  const [req] = await t.db.select().from(supplementRequests).where(eq(supplementRequests.dossierId, dossierId));
  return supplementPath(req!.id, req!.nonce).split("/").pop()!;
};

describe("the workflow", () => {
  it("offers staff the steps of each status and nothing to anyone else", async () => {
    const s = await staff();
    const d = await makeDossier(t.db, await makeOnlineProcedure(t.db));
    expect(availableTransitions(dossierWorkflow, d, s).map((x) => x.name).sort()).toEqual(["accept", "reject", "withdraw"]);
    expect(availableTransitions(dossierWorkflow, d, null)).toEqual([]);
    await expect(takeDossierStep(null, d.id, "accept", {})).rejects.toBeInstanceOf(AuthorizationError);
    // The citizen's own steps are not a staff member's to take.
    expect(await takeDossierStep(s, d.id, "rate", { rating: 5 })).toEqual({ ok: false, errors: { _form: "Thao tác không hợp lệ." } });
  });

  it("goes from submission to the returned result, each step on the timeline with its note and audited", async () => {
    const s = await staff();
    const { id, code } = await submitted();
    await step(s, id, "accept", { note: "Hồ sơ hợp lệ, đã tiếp nhận." });
    await step(s, id, "start_processing", { note: "Chuyển phòng chuyên môn thẩm định.", visibility: "internal" });
    const done = await step(s, id, "finish", { note: "Đã có giấy phép." }, at(12));
    expect(done.resultAt?.toISOString()).toBe(at(12).toISOString());
    const returned = await step(s, id, "return_result", {}, at(13));
    expect(returned.status).toBe("returned");

    const view = await trackDossier(code, PHONE);
    expect(view!.status).toBe("returned");
    // The applicant sees the notes meant for them, never the internal one.
    expect(view!.timeline.map((e) => e.note)).toEqual(["Hồ sơ đã được nộp trực tuyến.", "Hồ sơ hợp lệ, đã tiếp nhận.", "Đã có giấy phép.", ""]);
    expect(JSON.stringify(view)).not.toContain("phòng chuyên môn");
    const opened = await openDossier(s, id);
    expect(opened!.events.map((e) => e.step)).toEqual(["submit", "accept", "start_processing", "finish", "return_result"]);
    expect(opened!.events.find((e) => e.step === "start_processing")!.visibility).toBe("internal");
    const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, "dossier"));
    expect(audits.map((a) => a.action)).toEqual(["dossier.submit", "dossier.accept", "dossier.start_processing", "dossier.finish", "dossier.return_result", "dossier.open"]);
  });

  it("refuses a step from the wrong status, or a rejection without a reason, and changes nothing", async () => {
    const s = await staff();
    const { id } = await submitted();
    const before = await t.db.select().from(dossiers).where(eq(dossiers.id, id));
    expect(await takeDossierStep(s, id, "finish", { note: "" })).toEqual({ ok: false, errors: { _form: "Chỉ hoàn thành được hồ sơ đang xử lý." } });
    const noReason = await takeDossierStep(s, id, "reject", { note: "" });
    expect(!noReason.ok && noReason.errors.note).toMatch(/lý do/);
    expect(await takeDossierStep(s, 999999, "accept", {})).toEqual({ ok: false, errors: { _form: "Không tìm thấy hồ sơ." } });
    expect(await t.db.select().from(dossiers).where(eq(dossiers.id, id))).toEqual(before);
  });
});

describe("supplements", () => {
  it("pauses the clock at the request and resumes it with the days left when the applicant uploads through the link", async () => {
    const s = await staff();
    // Monday 09/11 with 5 days: due Monday 16/11 at 17:00.
    const { id, code, p } = await submitted(5);
    await step(s, id, "accept");
    // Asked on Wednesday 11/11 (3 working days left: Thu, Fri, Mon).
    const asked = await step(s, id, "request_supplement", { note: "Bổ sung bản sao giấy phép kinh doanh có chứng thực.", documentIds: [String(p.documentIds[1])] }, at(11));
    expect(asked.pausedAt?.toISOString()).toBe(at(11).toISOString());
    const view = await trackDossier(code, PHONE, at(12));
    expect(view!.supplement!.request).toMatch(/bản sao giấy phép/);
    const link = view!.supplement!.path.split("/").pop()!;
    expect(link).toBe(await linkOf(id));
    const req = await findSupplementRequest(link, at(12));
    expect(req!.documents.map((x) => x.id)).toEqual([p.documentIds[1]]);

    // Uploaded on Tuesday 17/11: counting day Tue, 3 days left: Wed, Thu, Fri → Friday 20/11 at 17:00.
    const form = new FormData();
    form.append(`document-${p.documentIds[1]}`, pdf());
    const r = await submitSupplement(link, form, FROM, at(17));
    expect(r).toEqual({ ok: true, value: { code } });
    const [after] = await t.db.select().from(dossiers).where(eq(dossiers.id, id));
    expect(after).toMatchObject({ status: "processing", pausedAt: null });
    expect(after!.dueAt.toISOString()).toBe(at(20, 17).toISOString());
    expect((await t.db.select({ n: count() }).from(dossierFiles).where(and(eq(dossierFiles.dossierId, id), eq(dossierFiles.stage, "supplement"))))[0]!.n).toBe(1);

    // The link works once.
    const again = new FormData();
    again.append(`document-${p.documentIds[1]}`, pdf());
    const reused = await submitSupplement(link, again, FROM, at(18));
    expect(!reused.ok && reused.errors._form).toMatch(/không hợp lệ, đã được dùng hoặc đã hết hạn/);
  });

  it("refuses a link for another dossier, a forged token and an expired link", async () => {
    const s = await staff();
    const one = await submitted();
    const two = await submitted();
    for (const d of [one, two]) {
      await step(s, d.id, "accept", {}, new Date());
      await step(s, d.id, "request_supplement", { note: "Bổ sung đơn có chữ ký." }, new Date());
    }
    const linkOne = await linkOf(one.id);
    const [reqTwo] = await t.db.select().from(supplementRequests).where(eq(supplementRequests.dossierId, two.id));
    // The token of request one with the id of request two: another dossier's request.
    const swapped = `${reqTwo!.id}.${linkOne.split(".")[1]}`;
    const form = () => {
      const f = new FormData();
      f.append("supplement", pdf());
      return f;
    };
    expect((await submitSupplement(swapped, form(), FROM)).ok).toBe(false);
    expect((await submitSupplement(`${reqTwo!.id}.${"x".repeat(43)}`, form(), FROM)).ok).toBe(false);
    const eightDaysLater = new Date(Date.now() + 8 * 86400_000);
    expect((await submitSupplement(linkOne, form(), FROM, eightDaysLater)).ok).toBe(false);
    expect(await t.db.select({ status: dossiers.status }).from(dossiers).orderBy(dossiers.id)).toEqual([{ status: "supplement_requested" }, { status: "supplement_requested" }]);
    // And the genuine one still works.
    expect((await submitSupplement(linkOne, form(), FROM)).ok).toBe(true);
  });
});

describe("deadlines, apology and rating", () => {
  it("marks a late dossier, offers the apology only then, and shows it with the new date to the applicant", async () => {
    const s = await staff();
    const { id, code } = await submitted(1);
    await step(s, id, "accept");
    const [d] = await t.db.select().from(dossiers).where(eq(dossiers.id, id));
    expect(availableTransitions(dossierWorkflow, d!, s, at(9)).map((x) => x.name)).not.toContain("apologize");
    const late = at(12);
    expect(availableTransitions(dossierWorkflow, d!, s, late).map((x) => x.name)).toContain("apologize");
    const early = await takeDossierStep(s, id, "apologize", { newDueDate: "20/11/2026", letter: "Kính gửi ông/bà, chúng tôi xin lỗi vì hồ sơ chậm." }, at(9));
    expect(!early.ok && early.errors._form).toMatch(/quá hạn/);
    expect((await listDossierQueue(s, { overdue: true }, late)).items.map((i) => i.id)).toEqual([id]);
    expect((await countDossierAttention(s, late)).overdue).toBe(1);

    await step(s, id, "apologize", { newDueDate: "20/11/2026", letter: "Kính gửi ông/bà, chúng tôi thành thật xin lỗi vì hồ sơ chậm trễ." }, late);
    const view = await trackDossier(code, PHONE, late);
    expect(view!.overdue).toBe(true);
    expect(view!.apologyText).toMatch(/thành thật xin lỗi/);
    expect(view!.apologyDueAt!.toISOString()).toBe(at(20, 17).toISOString());
    expect((await t.db.select().from(outbox).where(eq(outbox.kind, "apology"))).length).toBe(1);
  });

  it("lets the applicant rate once after the result, with the code and the right phone only", async () => {
    const s = await staff();
    const { id, code } = await submitted();
    expect(await rateDossier({ code, phone: PHONE, rating: "5" }, FROM)).toEqual({ ok: false, errors: { _form: "Chỉ đánh giá được hồ sơ đã có kết quả." } });
    await step(s, id, "accept");
    await step(s, id, "start_processing");
    await step(s, id, "finish");
    expect(await rateDossier({ code, phone: "0900000000", rating: "5" }, FROM)).toEqual({ ok: false, errors: { _form: "Không tìm thấy hồ sơ nào khớp với mã hồ sơ và số điện thoại đã nhập." } });
    expect(await rateDossier({ code, phone: "0912 345 678", rating: "4" }, FROM)).toEqual({ ok: true, value: undefined });
    expect(await rateDossier({ code, phone: PHONE, rating: "1" }, FROM)).toEqual({ ok: false, errors: { _form: "Bạn đã đánh giá việc giải quyết hồ sơ này rồi." } });
    expect((await t.db.select({ rating: dossiers.rating }).from(dossiers).where(eq(dossiers.id, id)))[0]!.rating).toBe(4);
  });
});

describe("who sees a dossier", () => {
  it("shows nothing for a code with the wrong phone, and the applicant's view holds no one else's data", async () => {
    const one = await submitted();
    expect(await trackDossier(one.code, "0987654321")).toBeNull();
    expect(await trackDossier("000.00.14.H42-261109-9999", PHONE)).toBeNull();
    const view = await trackDossier(one.code, PHONE);
    expect(view).not.toHaveProperty("idNumber");
    expect(view).not.toHaveProperty("phone");
  });

  it("lets staff open a dossier (audited) and refuses anyone without an account", async () => {
    const s = await staff();
    const { id } = await submitted();
    await expect(openDossier(null, id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listDossierQueue(null, {})).rejects.toBeInstanceOf(AuthorizationError);
    const opened = await openDossier(s, id);
    expect(opened!.files).toHaveLength(2);
    // The queue filtered by a procedure's code holds that procedure's dossiers only.
    const other = await submitted();
    expect((await listDossierQueue(s, { procedureCode: other.p.code })).items.map((i) => i.id)).toEqual([other.id]);
    expect((await listDossierQueue(s, { procedureCode: "9.999999" })).total).toBe(0);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "dossier.open"));
    expect(entry).toMatchObject({ actorId: s.id, entityId: String(id) });
  });
});
