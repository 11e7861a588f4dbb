// The awards registry's writes: administrators only (a staff member calling any awards mutation is refused and
// nothing changes), a decision entered by pasting recipients, every bad pasted line named by its row with nothing
// saved, publishing (with a news draft for staff to review), revocation that keeps the record, marked.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, auditLog, awardDecisions, awardRecipients } from "@/db/schema";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import * as awards from "@/lib/awards/mutations";
import { getPublicRecipient, listPublicDecisions } from "@/lib/awards/queries";
import { useTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/fixtures";
import { csvOf, decisionForm, makeDecision, makePublishedDecision } from "../../helpers/awards";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

const snapshot = async () => ({
  decisions: await t.db.select().from(awardDecisions).orderBy(awardDecisions.id),
  recipients: await t.db.select().from(awardRecipients).orderBy(awardRecipients.id),
  audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
  articles: (await t.db.select({ n: count() }).from(articles))[0]!.n,
});

describe("staff are refused every awards mutation", () => {
  it("refuses each exported mutation and changes nothing", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    const cat = await makeCategory(t.db);
    const draft = await makeDecision(t.db);
    const published = await makePublishedDecision(t.db);
    const calls: Record<string, (a: Actor) => Promise<unknown>> = {
      createAwardDecision: (a) => awards.createAwardDecision(a, decisionForm()),
      updateAwardDecision: (a) => awards.updateAwardDecision(a, draft.id, decisionForm()),
      deleteAwardDecision: (a) => awards.deleteAwardDecision(a, draft.id),
      publishAwardDecision: (a) => awards.publishAwardDecision(a, draft.id, { draftNews: { categoryId: cat.id } }),
      revokeAwardDecision: (a) => awards.revokeAwardDecision(a, published.id, { reason: "Sai đối tượng.", revokedOn: "05/03/2014" }),
    };
    // Every export of lib/awards/mutations.ts that is a call is in the list above.
    const exported = Object.entries(awards).filter(([k, v]) => typeof v === "function" && !/^[A-Z]/.test(k)).map(([k]) => k);
    expect(exported.sort()).toEqual(Object.keys(calls).sort());
    const before = await snapshot();
    for (const [name, call] of Object.entries(calls)) {
      const error = await call(staff).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${name} as staff`).toBeInstanceOf(AuthorizationError);
      expect((error as AuthorizationError).kind).toBe("forbidden");
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("entering a decision", () => {
  it("saves the pasted recipients in order, a person's three parts and a collective's name", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const saved = await awards.createAwardDecision(
      admin,
      decisionForm({ recipientsText: "Phòng Bưu chính, Viễn thông\r\n\r\n  Nguyễn Văn An ; Chuyên viên ; Phòng Công nghệ thông tin\nTrần Thị Bình; ; Văn phòng Sở\n" }),
    );
    expect(saved).toMatchObject({ ok: true, value: { recipients: 3 } });
    const rows = await t.db.select().from(awardRecipients).orderBy(awardRecipients.position);
    expect(rows.map((r) => [r.kind, r.name, r.jobTitle, r.unit])).toEqual([
      ["collective", "Phòng Bưu chính, Viễn thông", "", ""],
      ["individual", "Nguyễn Văn An", "Chuyên viên", "Phòng Công nghệ thông tin"],
      ["individual", "Trần Thị Bình", "", "Văn phòng Sở"],
    ]);
    const [d] = await t.db.select().from(awardDecisions);
    expect(d).toMatchObject({ status: "draft", decisionDate: "2013-12-25", year: 2013, issuerSlug: "ubnd-tinh-nghe-an" });
  });

  it("names every bad pasted line and saves nothing", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const before = await snapshot();
    const result = await awards.createAwardDecision(admin, decisionForm({ recipientsText: "Văn phòng Sở\nNguyễn Văn An; Chuyên viên\n\n ; Kỹ sư; Phòng CNTT\nA; b; c; d" }));
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.errors.recipientsText! : "";
    expect(message).toContain("Dòng 2: cá nhân cần đủ 3 phần");
    expect(message).toContain("Dòng 4: thiếu tên");
    expect(message).toContain("Dòng 5: có 4 phần");
    expect(message).not.toContain("Dòng 1");
    expect(await snapshot()).toEqual(before);
  });

  it("reports field errors and bad rows together, in Vietnamese beside each field", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const result = await awards.createAwardDecision(admin, decisionForm({ issuer: "", decisionDate: "31/02/2013", year: "hai nghìn", recipientsText: "X; Y" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["decisionDate", "issuer", "recipientsText", "year"]);
    expect(result.errors.issuer).toBe("Vui lòng nhập cơ quan ban hành quyết định.");
  });

  it("takes the recipients from a file instead of the textarea when one is given", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const file = { filename: "danh-sach.csv", bytes: csvOf("Tên,Chức vụ,Đơn vị\nPhòng Báo chí,,\nLê Văn Cường,Kỹ sư,Trung tâm CNTT\n") };
    const saved = await awards.createAwardDecision(admin, decisionForm({ recipientsText: "bị bỏ qua" }), file);
    expect(saved).toMatchObject({ ok: true, value: { recipients: 2, recipientsText: "Phòng Báo chí\nLê Văn Cường; Kỹ sư; Trung tâm CNTT" } });
  });

  it("refuses the same number twice from one issuer beside the number field", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect((await awards.createAwardDecision(admin, decisionForm({ decisionNumber: "12/QĐ-UBND" }))).ok).toBe(true);
    const again = await awards.createAwardDecision(admin, decisionForm({ decisionNumber: "12/QĐ-UBND" }));
    expect(again).toEqual({ ok: false, errors: { decisionNumber: "Cơ quan này đã có một quyết định mang số này." } });
  });
});

describe("publishing and revoking", () => {
  it("publishes a draft and drafts a news item for staff to review", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const cat = await makeCategory(t.db);
    const saved = await awards.createAwardDecision(admin, decisionForm());
    if (!saved.ok) throw new Error("fixture");
    const published = await awards.publishAwardDecision(admin, saved.value.id, { draftNews: { categoryId: cat.id } });
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    expect(published.value.article).not.toBeNull();
    const [a] = await t.db.select().from(articles).where(eq(articles.id, published.value.article!.id));
    expect(a).toMatchObject({ status: "draft", categoryId: cat.id });
    expect(a!.sapo).toContain("1 tập thể và 1 cá nhân");
    expect((await listPublicDecisions({})).map((d) => d.id)).toEqual([saved.value.id]);
  });

  it("never shows a draft publicly and refuses to publish one without recipients", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const empty = await makeDecision(t.db, {}, []);
    const draft = await makeDecision(t.db);
    expect(await listPublicDecisions({})).toEqual([]);
    expect(await getPublicRecipient(draft.recipientIds[0]!)).toBeNull();
    const refused = await awards.publishAwardDecision(admin, empty.id);
    expect(refused).toEqual({ ok: false, errors: { recipientsText: "Quyết định cần có ít nhất một người nhận trước khi công bố." } });
  });

  it("keeps a revoked decision on the public record, marked with its reason and date", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const d = await makePublishedDecision(t.db);
    const noReason = await awards.revokeAwardDecision(admin, d.id, { reason: " ", revokedOn: "05/03/2014" });
    expect(noReason).toMatchObject({ ok: false, errors: { reason: "Vui lòng nêu lý do thu hồi." } });
    expect(await awards.revokeAwardDecision(admin, d.id, { reason: "Phát hiện sai sót về thành tích.", revokedOn: "05/03/2014" })).toMatchObject({ ok: true });
    const [listed] = await listPublicDecisions({ year: 2013 });
    expect(listed).toMatchObject({ id: d.id, status: "revoked", revocationReason: "Phát hiện sai sót về thành tích.", revocationDate: "2014-03-05" });
    expect(listed!.recipients).toHaveLength(1);
    expect(await getPublicRecipient(d.recipientIds[0]!)).toMatchObject({ decision: { status: "revoked", revocationDate: "2014-03-05" } });
    // Revoked is final; a published decision is not edited or deleted.
    expect(await awards.revokeAwardDecision(admin, d.id, { reason: "Lần nữa.", revokedOn: "06/03/2014" })).toEqual({ ok: false, errors: { _form: "Quyết định đã bị thu hồi." } });
    expect((await awards.updateAwardDecision(admin, d.id, decisionForm())).ok).toBe(false);
    expect((await awards.deleteAwardDecision(admin, d.id)).ok).toBe(false);
  });

  it("filters the public registry by year, issuer and form", async () => {
    await makePublishedDecision(t.db, { year: 2013, form: "co_thi_dua", issuer: "Bộ Thông tin và Truyền thông", issuerSlug: "bo-thong-tin-va-truyen-thong" });
    await makePublishedDecision(t.db, { year: 2013 });
    await makePublishedDecision(t.db, { year: 2014 });
    expect(await listPublicDecisions({ year: 2013 })).toHaveLength(2);
    expect(await listPublicDecisions({ year: 2013, issuer: "ubnd-tinh-nghe-an" })).toHaveLength(1);
    expect(await listPublicDecisions({ form: "co_thi_dua" })).toHaveLength(1);
    expect((await listPublicDecisions({})).map((d) => d.year)).toEqual([2014, 2013, 2013]);
  });
});
