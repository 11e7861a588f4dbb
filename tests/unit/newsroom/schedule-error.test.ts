// Staff read why a scheduled publication failed: our Vietnamese reasons pass, a database's own words
// (driver messages, SQL, stack traces, English text from older versions) become the generic Vietnamese one.
import { describe, expect, it } from "vitest";
import { SCHEDULE_SYSTEM_ERROR, scheduleErrorForStaff } from "@/lib/newsroom/schedule-error";

describe("scheduleErrorForStaff", () => {
  it("keeps the portal's own Vietnamese reasons", () => {
    for (const ours of ["Bài viết chưa thể đăng vì còn thiếu sapo.", SCHEDULE_SYSTEM_ERROR, "Dữ liệu này trùng với một bản ghi đã có. Vui lòng kiểm tra lại."]) {
      expect(scheduleErrorForStaff(ours)).toBe(ours);
    }
    expect(scheduleErrorForStaff(null)).toBeNull();
  });

  it.each([
    'Failed query: update "articles" set "status" = $1 where "articles"."id" = $2\nparams: published,7',
    'duplicate key value violates unique constraint "articles_slug_unique"',
    'null value in column "title" of relation "articles" violates not-null constraint',
    "canceling statement due to statement timeout",
    "connect ECONNREFUSED 127.0.0.1:5432",
    "Error: ổ đĩa đầy\n    at publish (/srv/app/lib/x.js:10:5)",
    "insert or update on table \"articles\" violates foreign key constraint",
    "",
    "   ",
  ])("replaces database text: %s", (raw) => {
    expect(scheduleErrorForStaff(raw)).toBe(SCHEDULE_SYSTEM_ERROR);
  });
});
