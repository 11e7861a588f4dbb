// The audit reader: newest first, paginated, filtered by who, what and which record, and by calendar days
// in Asia/Ho_Chi_Minh (an entry at 00:30 Vietnam time belongs to that Vietnamese day, not the UTC one).
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeAudit } from "@/lib/audit";
import { AUDIT_PAGE_SIZE, checkAuditChain, listAuditEntries, listAuditFacets } from "@/lib/audit/queries";
import { parseVietnamDate } from "@/lib/time";
import type { AuditEvent, AuditSubject } from "@/lib/audit/vocabulary";
import { cutNewest, writeSomeHistory } from "../../helpers/audit";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
afterEach(() => {
  vi.useRealTimers();
});

/** Writes one entry as if at `when` (writeAudit stamps the application's clock). The reader must cope with any
 * stored code (older releases wrote others), so these tests store free-form codes on purpose. */
async function entryAt(when: string, email: string, action: string, entity: string = "user", entityId: string | number = 1) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(when));
  try {
    await t.db.transaction((tx) => writeAudit(tx, { id: null, email, ip: "10.1.2.3", userAgent: "test" }, { action: action as AuditEvent, entity: entity as AuditSubject, entityId, after: { x: 1 } }));
  } finally {
    vi.useRealTimers();
  }
}

describe("parseVietnamDate", () => {
  it.each([
    ["02/01/2014", "2014-01-01T17:00:00.000Z"],
    ["2/1/2014", "2014-01-01T17:00:00.000Z"],
    ["2014-01-02", "2014-01-01T17:00:00.000Z"],
    ["29/02/2024", "2024-02-28T17:00:00.000Z"],
  ])("reads %s as the start of that day in Vietnam", (text, iso) => {
    expect(parseVietnamDate(text)?.toISOString()).toBe(iso);
  });

  it.each(["31/02/2026", "29/02/2025", "2026-13-01", "01-02-2026", "hôm qua", "", "1/1/26"])("refuses %j", (text) => {
    expect(parseVietnamDate(text)).toBeNull();
  });
});

describe("listAuditEntries", () => {
  it("lists newest first with who, what, which record, when and from where", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    await entryAt("2026-03-01T01:00:00Z", "a@example.gov.vn", "user.create", "user", 5);
    await entryAt("2026-03-02T01:00:00Z", "b@example.gov.vn", "settings.update", "site_settings", 1);
    const page = await listAuditEntries(admin, {});
    expect(page.total).toBe(2);
    expect(page.errors).toEqual({});
    expect(page.entries.map((e) => e.action)).toEqual(["settings.update", "user.create"]);
    expect(page.entries[1]).toMatchObject({ actorEmail: "a@example.gov.vn", entity: "user", entityId: "5", ip: "10.1.2.3", at: new Date("2026-03-01T01:00:00Z"), after: { x: 1 } });
  });

  it("filters by actor e-mail (part, any case), action (exact or family), entity and entity id", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    await entryAt("2026-03-01T01:00:00Z", "quantri@example.gov.vn", "user.create", "user", 5);
    await entryAt("2026-03-01T02:00:00Z", "quantri@example.gov.vn", "user.deactivate", "user", 6);
    await entryAt("2026-03-01T03:00:00Z", "bientap@example.gov.vn", "article.publish", "article", 5);
    await entryAt("2026-03-01T04:00:00Z", "ke_xau@example.gov.vn", "users.weird", "user", 5);
    const ids = async (f: Parameters<typeof listAuditEntries>[1]) => (await listAuditEntries(admin, f)).entries.map((e) => `${e.action}#${e.entityId}`);

    expect(await ids({ actorEmail: "QUANTRI" })).toEqual(["user.deactivate#6", "user.create#5"]);
    // "_" and "%" are literal characters, not wildcards.
    expect(await ids({ actorEmail: "an_r" })).toEqual([]); // as a wildcard it would match "quantri"
    expect(await ids({ actorEmail: "ke_" })).toEqual(["users.weird#5"]);
    expect(await ids({ action: "user" })).toEqual(["user.deactivate#6", "user.create#5"]);
    expect(await ids({ action: "user.create" })).toEqual(["user.create#5"]);
    expect(await ids({ entity: "user", entityId: "5" })).toEqual(["users.weird#5", "user.create#5"]);
    expect(await ids({ entity: "article" })).toEqual(["article.publish#5"]);
    expect(await ids({ actorEmail: "bientap", entity: "user" })).toEqual([]);
  });

  it("filters by Vietnamese calendar days, both ends inclusive, in either date format", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    await entryAt("2026-01-01T16:59:00Z", "x@example.gov.vn", "a.late_on_1st"); // 23:59 on 01/01 in Vietnam
    await entryAt("2026-01-01T17:30:00Z", "x@example.gov.vn", "a.early_on_2nd"); // 00:30 on 02/01 in Vietnam
    await entryAt("2026-01-02T16:00:00Z", "x@example.gov.vn", "a.late_on_2nd"); // 23:00 on 02/01
    await entryAt("2026-01-02T17:00:00Z", "x@example.gov.vn", "a.start_of_3rd"); // 00:00 on 03/01
    const actions = async (from?: string, to?: string) => (await listAuditEntries(admin, { from, to })).entries.map((e) => e.action).reverse();

    expect(await actions("02/01/2026", "02/01/2026")).toEqual(["a.early_on_2nd", "a.late_on_2nd"]);
    expect(await actions("2026-01-02", "2026-01-02")).toEqual(["a.early_on_2nd", "a.late_on_2nd"]);
    expect(await actions(undefined, "01/01/2026")).toEqual(["a.late_on_1st"]);
    expect(await actions("03/01/2026")).toEqual(["a.start_of_3rd"]);
  });

  it("reports an unreadable or reversed date range instead of listing everything", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    await entryAt("2026-01-01T01:00:00Z", "x@example.gov.vn", "a.b");
    const bad = await listAuditEntries(admin, { from: "31/02/2026", to: "hôm nay" });
    expect(bad.errors).toEqual({ from: "Ngày không hợp lệ (nhập dd/mm/yyyy).", to: "Ngày không hợp lệ (nhập dd/mm/yyyy)." });
    expect(bad.entries).toEqual([]);
    const reversed = await listAuditEntries(admin, { from: "05/01/2026", to: "01/01/2026" });
    expect(reversed.errors).toEqual({ to: "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu." });
  });

  it("pages through the log, clamping out-of-range pages", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await entryAt(new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), "x@example.gov.vn", `a.n${i}`);
    const p1 = await listAuditEntries(admin, { page: 1 });
    const p2 = await listAuditEntries(admin, { page: 2 });
    expect(p1).toMatchObject({ total: AUDIT_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(p1.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(p1.entries[0]!.action).toBe(`a.n${AUDIT_PAGE_SIZE + 2}`);
    expect(p2.entries.map((e) => e.action)).toEqual(["a.n2", "a.n1", "a.n0"]);
    expect((await listAuditEntries(admin, { page: 99 })).page).toBe(2);
    expect((await listAuditEntries(admin, { page: -3 })).page).toBe(1);
  });

  it("offers the actions and entities present as filter choices", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    await entryAt("2026-01-01T01:00:00Z", "x@example.gov.vn", "user.create", "user");
    await entryAt("2026-01-01T02:00:00Z", "x@example.gov.vn", "settings.update", "site_settings");
    await entryAt("2026-01-01T03:00:00Z", "x@example.gov.vn", "user.create", "user");
    expect(await listAuditFacets(admin)).toEqual({ actions: ["settings.update", "user.create"], entities: ["site_settings", "user"] });
  });
});

describe("checkAuditChain", () => {
  it("is the CLI's verification, anchor included, and for administrators only", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const staff = actorOf(await makeUser(t.db, "staff"));
    await writeSomeHistory(t.db);
    expect(await checkAuditChain(admin)).toMatchObject({ ok: true, checked: 4, anchor: { state: "ok", count: 4 } });
    await cutNewest(t.db, 1);
    expect(await checkAuditChain(admin)).toMatchObject({ ok: false, problem: "truncated" });
    await expect(checkAuditChain(staff)).rejects.toThrow();
  });
});
