// lib/form/rows.ts: reading indexed row fields from a post (bounded, blank rows dropped, in order), and the
// round trip to ActionState values that the form refills from.
import { describe, expect, it } from "vitest";
import { formRows, rowFieldName, rowValues, rowsFromValues } from "@/lib/form/rows";

function post(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("row fields", () => {
  it("names a row's field by list, index and field", () => {
    expect(rowFieldName("rows", 3, "name")).toBe("rows.3.name");
  });

  it("reads rows in order, drops blank ones, cuts each field to its limit and reads no more than maxRows", () => {
    const fd = post([
      ["rows.0.name", "Một"],
      ["rows.0.target", "10"],
      ["rows.1.name", "  "],
      ["rows.1.target", ""],
      ["rows.2.name", "Ba dài quá"],
      ["rows.5.name", "Sáu"],
      ["rows.50.name", "ngoài giới hạn"],
    ]);
    fd.append("rows.2.target", new Blob(["not text"]));
    expect(formRows(fd, "rows", { name: 6, target: 5 }, 10)).toEqual([
      { name: "Một", target: "10" },
      { name: "Ba dài", target: "" },
      { name: "Sáu", target: "" },
    ]);
  });

  it("round-trips rows through ActionState values, so errors keyed by the parsed index match the refilled row", () => {
    const rows = [
      { name: "Một", target: "10" },
      { name: "Ba", target: "" },
    ];
    const values: Record<string, string> = { title: "x", ...rowValues("rows", rows) };
    expect(values["rows.1.name"]).toBe("Ba");
    expect(rowsFromValues(values, "rows", ["name", "target"])).toEqual(rows);
    expect(rowsFromValues({ title: "x" }, "rows", ["name"])).toBeNull();
    expect(rowsFromValues(undefined, "rows", ["name"])).toBeNull();
  });
});
