// The queue's filters from the query string: known values kept, ticked boxes ("on") and links ("1") alike,
// anything else left out.
import { describe, expect, it } from "vitest";
import { parseQueueFilter } from "@/lib/dossiers/queue-filter";

describe("parseQueueFilter", () => {
  it("keeps known statuses, a procedure code, both spellings of a ticked box, a trimmed search", () => {
    expect(parseQueueFilter({ status: "supplement_requested", procedure: " 1.000948 ", overdue: "on", week: "1", q: "  H42-2612 ", page: "2" })).toEqual({
      status: "supplement_requested",
      procedureCode: "1.000948",
      overdue: true,
      dueThisWeek: true,
      q: "H42-2612",
      page: "2",
    });
  });

  it("leaves out junk and repeated parameters", () => {
    expect(parseQueueFilter({ status: "deleted", procedure: "1; drop", overdue: "yes", week: ["1", "1"], q: ["a", "b"] })).toEqual({
      status: undefined,
      procedureCode: undefined,
      overdue: false,
      dueThisWeek: false,
      q: "",
      page: "",
    });
  });
});
