// Submitting a level-3 dossier on a real database: the code in the national pattern and distinct under 20
// concurrent submissions; the same post twice (even at once) makes one dossier; a bad file, an oversized file
// or a disguised type refuses the whole dossier and saves nothing; the due date counts working days from the
// holiday table; only level-3 procedures take dossiers; the address limit; the audit entry names no person.
import { count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "dossier-test-secret-0123456789abcdefghijklmnopq";
});
import { auditLog, dossierEvents, dossierFiles, dossiers, holidays, outbox, privateFiles, procedures } from "@/db/schema";
import { submitDossier } from "@/lib/dossiers/mutations";
import { openReceipt } from "@/lib/dossiers/queries-receipt";
import { vietnamInstant } from "@/lib/time";
import { useTestDb } from "../../helpers/db";
import { HTML_PAGE, windowsExe } from "../../helpers/documents";
import { APPLICANT, dossierForm, FROM, makeOnlineProcedure, newKey } from "../../helpers/dossiers";

const t = useTestDb();
const countOf = async (table: typeof dossiers | typeof privateFiles | typeof dossierFiles) => (await t.db.select({ n: count() }).from(table))[0]!.n;
// Monday 09/11/2026, 09:00 in Vietnam: an ordinary working morning.
const MONDAY = vietnamInstant(2026, 11, 9, 9, 0)!;

describe("submitDossier", () => {
  it("saves the dossier, its files, the timeline and the receipt; the code follows the national pattern", async () => {
    const p = await makeOnlineProcedure(t.db, { processingDays: 5 });
    const r = await submitDossier(p.code, dossierForm(p), FROM, MONDAY);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.value.code).toMatch(/^[0-9A-Z.]+-261109-0001$/);
    // Monday morning + 5 working days = Monday 16/11 at 17:00.
    expect(r.value.dueAt.toISOString()).toBe(vietnamInstant(2026, 11, 16, 17, 0)!.toISOString());
    const [d] = await t.db.select().from(dossiers);
    expect(d).toMatchObject({ status: "submitted", applicantName: APPLICANT.fullName, phone: "0912345678", idNumber: APPLICANT.idNumber });
    expect(await countOf(dossierFiles)).toBe(2);
    const events = await t.db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, d!.id));
    expect(events.map((e) => [e.step, e.toStatus, e.visibility])).toEqual([["submit", "submitted", "applicant"]]);
    const receipt = await openReceipt(r.value.receiptPath.split("/").pop()!);
    expect(receipt).toMatchObject({ code: r.value.code, applicantName: "N. V. A.", documents: ["Đơn đề nghị (theo mẫu)", "Bản sao giấy phép"] });
    expect(receipt!.trackUrl).toContain(`/track?code=${encodeURIComponent(r.value.code)}`);
    // A forged receipt address shows nothing.
    expect(await openReceipt(`${d!.id}.${"A".repeat(43)}`)).toBeNull();
    // The audit entry names the dossier, never the person.
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "dossier.submit"));
    expect(entry!.actorEmail).toBe(`citizen:${r.value.code}`);
    expect(JSON.stringify(entry)).not.toContain(APPLICANT.idNumber);
    // The receipt e-mail waits in the outbox (no SMTP in this test).
    const mails = await t.db.select().from(outbox);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "dossier_received", recipient: APPLICANT.email, status: "kept" });
  });

  it("gives 20 concurrent submissions 20 distinct codes in sequence", async () => {
    const p = await makeOnlineProcedure(t.db);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => submitDossier(p.code, dossierForm(p), { ...FROM, ip: `198.51.100.${i + 1}` }, MONDAY)));
    const codes = results.map((r) => (r.ok ? r.value.code : JSON.stringify(r.errors)));
    expect(new Set(codes).size).toBe(20);
    expect(codes.map((c) => c.slice(-4)).sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(4, "0")));
  });

  it("makes one dossier of the same form posted twice, one after the other and at the same moment", async () => {
    const p = await makeOnlineProcedure(t.db);
    const key = newKey();
    const first = await submitDossier(p.code, dossierForm(p, { submissionKey: key }), FROM, MONDAY);
    const again = await submitDossier(p.code, dossierForm(p, { submissionKey: key }), FROM, MONDAY);
    expect(first.ok && again.ok && again.value.code === first.value.code).toBe(true);
    const key2 = newKey();
    const both = await Promise.all([1, 2].map(() => submitDossier(p.code, dossierForm(p, { submissionKey: key2 }), FROM, MONDAY)));
    expect(both.every((r) => r.ok)).toBe(true);
    expect(new Set(both.map((r) => r.ok && r.value.code)).size).toBe(1);
    expect(await countOf(dossiers)).toBe(2);
    expect(await countOf(dossierFiles)).toBe(4);
  });

  it("refuses the whole dossier for a disguised file or one too large, naming each, and saves nothing", async () => {
    const p = await makeOnlineProcedure(t.db);
    const [a, b] = p.documentIds;
    const r = await submitDossier(
      p.code,
      dossierForm(p, {
        [`document-${a}`]: new File([new Uint8Array(windowsExe())], "don.pdf", { type: "application/pdf" }),
        [`document-${b}`]: new File([new Uint8Array(11 * 1024 * 1024)], "ban-sao.pdf", { type: "application/pdf" }),
      }),
      FROM,
      MONDAY,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([`document-${a}`, `document-${b}`]);
    expect(r.errors[`document-${b}`]).toMatch(/10 MB/);
    const html = await submitDossier(p.code, dossierForm(p, { [`document-${a}`]: new File([new Uint8Array(HTML_PAGE)], "don.pdf") }), FROM, MONDAY);
    expect(!html.ok && html.errors[`document-${a}`]).toBeTruthy();
    expect(await countOf(dossiers)).toBe(0);
    expect(await countOf(privateFiles)).toBe(0);
  });

  it("names every bad field at once, the files included, and counts nothing against the address", async () => {
    const p = await makeOnlineProcedure(t.db);
    const r = await submitDossier(p.code, dossierForm(p, { fullName: "  ", phone: "12345", consent: null, [`document-${p.documentIds[0]}`]: null }), FROM, MONDAY);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(["consent", `document-${p.documentIds[0]}`, "fullName", "phone"].sort());
    expect(!r.ok && r.errors.consent).toMatch(/13\/2023/);
    expect(await countOf(dossiers)).toBe(0);
  });

  it("takes dossiers for level-3 procedures only", async () => {
    const p = await makeOnlineProcedure(t.db);
    await t.db.update(procedures).set({ level: 2 }).where(eq(procedures.id, p.id));
    const r = await submitDossier(p.code, dossierForm(p), FROM, MONDAY);
    expect(!r.ok && r.errors._form).toMatch(/mức độ 3/);
    expect((await submitDossier("9.999999", dossierForm(p), FROM, MONDAY)).ok).toBe(false);
  });

  it("counts from the next working day after 17:00, over a weekend and over Tết in the holiday table", async () => {
    const p = await makeOnlineProcedure(t.db, { processingDays: 3 });
    // Friday 13/11/2026 at 17:30: counts from Monday 16/11; 3 working days: Thursday 19/11.
    const late = await submitDossier(p.code, dossierForm(p), FROM, vietnamInstant(2026, 11, 13, 17, 30)!);
    expect(late.ok && late.value.dueAt.toISOString()).toBe(vietnamInstant(2026, 11, 19, 17, 0)!.toISOString());
    // Tết 2027 as the table holds it (05/02–11/02/2027, Friday to Thursday): received Thursday 04/02 morning.
    await t.db.insert(holidays).values(
      ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"].map((date) => ({ date, year: 2027, name: "Tết Nguyên đán", kind: "day_off" as const, source: "staff" as const })),
    );
    const tet = await submitDossier(p.code, dossierForm(p), { ...FROM, ip: "198.51.100.200" }, vietnamInstant(2027, 2, 4, 9, 0)!);
    // Day 0 Thursday 04/02; working days: Friday 12/02, Monday 15/02, Tuesday 16/02.
    expect(tet.ok && tet.value.dueAt.toISOString()).toBe(vietnamInstant(2027, 2, 16, 17, 0)!.toISOString());
  });

  it("allows 10 dossiers an hour from one address, then refuses in Vietnamese", async () => {
    const p = await makeOnlineProcedure(t.db);
    for (let i = 0; i < 10; i++) expect((await submitDossier(p.code, dossierForm(p), FROM, MONDAY)).ok).toBe(true);
    const r = await submitDossier(p.code, dossierForm(p), FROM, MONDAY);
    expect(!r.ok && r.errors._form).toMatch(/quá nhiều hồ sơ/);
    expect((await submitDossier(p.code, dossierForm(p), { ...FROM, ip: "198.51.100.99" }, MONDAY)).ok).toBe(true);
  });
});
