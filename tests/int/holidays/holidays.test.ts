// The holiday table on a real database: the pre-fill is idempotent and keeps what administrators wrote, edits
// change the calendar the deadline clock reads (and its per-process cache notices), bad input and non-admins
// change nothing, and start-up fills only years the table does not have yet.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, holidays } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/permissions";
import { addHoliday, deleteHoliday, prefillHolidayYear, prefillMissingYears, updateHoliday } from "@/lib/holidays/mutations";
import { listHolidayYear, loadCalendar } from "@/lib/holidays/queries";
import { dueDate, isWorkingDay } from "@/lib/time/working-days";
import { useTestDb } from "../../helpers/db";
import { makeHoliday } from "../../helpers/holidays";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

const admin = async () => actorOf(await makeUser(t.db, "admin"));
const rowsOf = (year: number) => t.db.select().from(holidays).where(eq(holidays.year, year)).orderBy(holidays.date);
const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

describe("pre-fill", () => {
  it("fills 2026 from the library and the rules, and a second run changes nothing", async () => {
    const a = await admin();
    const first = await prefillHolidayYear(a, 2026);
    expect(first.ok && first.value.added).toHaveLength(12);
    const after1 = await rowsOf(2026);
    expect(after1.map((r) => `${r.date} ${r.source}`)).toContain("2026-09-03 rule");
    expect(after1.every((r) => r.kind === "day_off" && !r.removed)).toBe(true);
    const audits = await auditCount();

    const second = await prefillHolidayYear(a, "2026");
    expect(second).toEqual({ ok: true, value: { year: 2026, added: [], refreshed: [], keptStaff: [] } });
    expect(await rowsOf(2026)).toEqual(after1);
    expect(await auditCount()).toBe(audits);
  });

  it("keeps every row an administrator edited, added or deleted", async () => {
    const a = await admin();
    await prefillHolidayYear(a, 2026);
    // The government picks Tuesday 01/09 instead of Thursday 03/09, and swaps Monday 27/04 for a Saturday.
    expect((await deleteHoliday(a, "2026-09-03")).ok).toBe(true);
    expect((await addHoliday(a, { date: "01/09/2026", name: "Quốc khánh (ngày liền kề, theo quyết định)", kind: "day_off" })).ok).toBe(true);
    expect((await updateHoliday(a, { date: "2026-04-27", name: "Nghỉ bù Giỗ tổ (hoán đổi)", kind: "day_off" })).ok).toBe(true);
    expect((await addHoliday(a, { date: "09/05/2026", name: "Làm bù cho ngày 27/04", kind: "working_day" })).ok).toBe(true);
    const edited = await rowsOf(2026);

    const again = await prefillHolidayYear(a, 2026);
    expect(again.ok && again.value.added).toEqual([]);
    expect(again.ok && again.value.keptStaff.sort()).toEqual(["2026-04-27", "2026-09-03"]);
    expect(await rowsOf(2026)).toEqual(edited);
    const removed = edited.find((r) => r.date === "2026-09-03")!;
    expect(removed).toMatchObject({ removed: true, source: "staff" });

    const cal = await loadCalendar(2026, 2026);
    expect(cal.daysOff.has("2026-09-03")).toBe(false);
    expect(cal.daysOff.has("2026-09-01")).toBe(true);
    expect(cal.workingDays.has("2026-05-09")).toBe(true);
  });

  it("brings a library row back to the library's values but never a staff row", async () => {
    const a = await admin();
    await makeHoliday(t.db, { date: "2026-01-01", name: "Tên cũ của thư viện", source: "library" });
    await makeHoliday(t.db, { date: "2026-04-30", name: "Giải phóng miền Nam (tên do cán bộ sửa)", source: "staff" });
    const result = await prefillHolidayYear(a, 2026);
    expect(result.ok && result.value.refreshed).toEqual(["2026-01-01"]);
    const rows = await rowsOf(2026);
    expect(rows.find((r) => r.date === "2026-01-01")?.name).toBe("Tết Dương lịch");
    expect(rows.find((r) => r.date === "2026-04-30")?.name).toBe("Giải phóng miền Nam (tên do cán bộ sửa)");
  });

  it("at start-up fills only the years with no row, as the system", async () => {
    await makeHoliday(t.db, { date: "2027-05-03", name: "Nghỉ bù do cán bộ nhập" });
    expect(await prefillMissingYears([2026, 2027])).toEqual([2026]);
    expect(await prefillMissingYears([2026, 2027])).toEqual([]);
    expect((await rowsOf(2027)).map((r) => r.date)).toEqual(["2027-05-03"]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "holiday.prefill"));
    expect(entry).toMatchObject({ actorEmail: "system", entityId: "2026" });
  });
});

describe("edits and the calendar", () => {
  it("an edit changes the calendar loadCalendar returns, and the due dates counted with it", async () => {
    const a = await admin();
    await prefillHolidayYear(a, 2026);
    const before = await loadCalendar(2026, 2026);
    expect(await loadCalendar(2026, 2026)).toBe(before); // cached: nothing changed
    const received = new Date("2026-09-01T10:00:00+07:00"); // Tuesday
    expect(dueDate(received, 2, before)).toEqual(new Date("2026-09-07T17:00:00+07:00")); // 02 and 03/09 off

    expect((await deleteHoliday(a, "2026-09-03")).ok).toBe(true);
    const after = await loadCalendar(2026, 2026);
    expect(after).not.toBe(before);
    expect(isWorkingDay("2026-09-03", after)).toBe(true);
    expect(dueDate(received, 2, after)).toEqual(new Date("2026-09-04T17:00:00+07:00"));

    expect(await updateHoliday(a, { date: "2026-09-02", name: "Quốc khánh", kind: "day_off" })).toEqual({ ok: true, value: { changed: false, year: 2026 } });
    expect(await loadCalendar(2026, 2026)).toBe(after); // an edit that changed nothing keeps the cache
  });

  it("a deleted day can be added again, as the administrator's", async () => {
    const a = await admin();
    await makeHoliday(t.db, { date: "2026-09-03", name: "Quốc khánh (ngày liền kề)", source: "rule" });
    await deleteHoliday(a, "2026-09-03");
    const again = await addHoliday(a, { date: "2026-09-03", name: "Quốc khánh (ngày liền kề)", kind: "day_off" });
    expect(again).toEqual({ ok: true, value: { date: "2026-09-03", year: 2026 } });
    expect((await loadCalendar(2026, 2026)).daysOff.has("2026-09-03")).toBe(true);
    expect((await listHolidayYear(a, 2026))[0]).toMatchObject({ source: "staff", removed: false, updatedBy: a.name });
  });
});

describe("bad input and the wrong role change nothing", () => {
  it("refuses a duplicate day, a weekday make-up day, an unreal date and an empty name, beside their fields", async () => {
    const a = await admin();
    await makeHoliday(t.db, { date: "2026-09-02", name: "Quốc khánh" });
    const snapshot = await rowsOf(2026);
    const audits = await auditCount();
    expect(await addHoliday(a, { date: "02/09/2026", name: "Trùng", kind: "day_off" })).toMatchObject({ ok: false, errors: { date: expect.stringContaining("02/09/2026 đã có") } });
    expect(await addHoliday(a, { date: "10/09/2026", name: "Làm bù", kind: "working_day" })).toMatchObject({ ok: false, errors: { kind: expect.stringContaining("thứ Bảy hoặc Chủ nhật") } });
    expect(await addHoliday(a, { date: "30/02/2026", name: "Không có ngày này", kind: "day_off" })).toMatchObject({ ok: false, errors: { date: expect.stringContaining("không hợp lệ") } });
    expect(await addHoliday(a, { date: "11/09/2026", name: "   ", kind: "day_off" })).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
    expect(await addHoliday(a, { date: "11/09/2026", name: "Ngày lạ", kind: "holiday" as never })).toMatchObject({ ok: false, errors: { kind: expect.any(String) } });
    expect(await deleteHoliday(a, "2026-09-09")).toMatchObject({ ok: false });
    expect(await prefillHolidayYear(a, "năm sau")).toMatchObject({ ok: false, errors: { year: expect.any(String) } });
    expect(await rowsOf(2026)).toEqual(snapshot);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses staff (not administrators) on every write, with nothing changed", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    await makeHoliday(t.db, { date: "2026-09-02", name: "Quốc khánh" });
    const snapshot = await rowsOf(2026);
    for (const call of [
      () => addHoliday(staff, { date: "03/09/2026", name: "Quốc khánh (ngày liền kề)", kind: "day_off" }),
      () => updateHoliday(staff, { date: "2026-09-02", name: "Đổi tên", kind: "day_off" }),
      () => deleteHoliday(staff, "2026-09-02"),
      () => prefillHolidayYear(staff, 2026),
      () => listHolidayYear(staff, 2026),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect(await rowsOf(2026)).toEqual(snapshot);
    expect(await auditCount()).toBe(0);
  });
});
