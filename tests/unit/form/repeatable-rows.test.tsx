// RepeatableRows: indexed names ("rows.0.name"), the given rows plus blank ones so it works without
// JavaScript, refilled from the values the action sent back, and each row's errors beside that row's field.
import { describe, expect, it } from "vitest";
import { RepeatableRows, type RowField } from "@/app/_components/form";
import { rowValues } from "@/lib/form/rows";
import { all, ancestors, byId, byTag, labelFor, render, text } from "@/tests/helpers/markup";

const fields: RowField[] = [
  { name: "name", label: "Tên chỉ tiêu", required: true, maxLength: 200 },
  { name: "target", label: "Chỉ tiêu", inputMode: "numeric" },
  { name: "unit", label: "Đơn vị", options: [{ value: "", label: "—" }, { value: "pct", label: "%" }, { value: "count", label: "số lượng" }] },
];
const rows = [
  { name: "Tỷ lệ hồ sơ trực tuyến", target: "80", unit: "pct" },
  { name: "Số xã có wifi công cộng", target: "120", unit: "count" },
];
const names = (doc: ReturnType<typeof render>) => all(doc, (n) => (n.tag === "input" || n.tag === "select") && !!n.attrs.name).map((n) => n.attrs.name);
const rowEls = (doc: ReturnType<typeof render>) => all(doc, (n) => n.attrs["data-testid"] === "repeatable-row");

describe("RepeatableRows", () => {
  it("renders the given rows and then blank ones, with indexed names and ids", () => {
    const doc = render(<RepeatableRows name="indicators" legend="Chỉ tiêu của hội nghị" rowLabel="Chỉ tiêu" fields={fields} rows={rows} blankRows={2} />);
    expect(rowEls(doc)).toHaveLength(4);
    expect(names(doc).slice(0, 6)).toEqual(["indicators.0.name", "indicators.0.target", "indicators.0.unit", "indicators.1.name", "indicators.1.target", "indicators.1.unit"]);
    expect(names(doc)).toHaveLength(12);
    expect(byId(doc, "indicators-1-name").attrs.value).toBe("Số xã có wifi công cộng");
    expect(byId(doc, "indicators-0-target").attrs.inputmode).toBe("numeric");
    expect(all(byId(doc, "indicators-1-unit"), (n) => "selected" in n.attrs).map((o) => o.attrs.value)).toEqual(["count"]);
    expect(byId(doc, "indicators-3-name").attrs.value).toBe("");
    expect(text(labelFor(doc, "indicators-2-name"))).toBe("Tên chỉ tiêu *");
    // Each row is a fieldset named by its number, inside the list's fieldset.
    const legends = byTag(doc, "legend").map(text);
    expect(legends).toEqual(["Chỉ tiêu của hội nghị", "Chỉ tiêu 1", "Chỉ tiêu 2", "Chỉ tiêu 3", "Chỉ tiêu 4"]);
  });

  it("carries a hidden field (a stored row's id) through the post, with no label or control shown", () => {
    const withId: RowField[] = [...fields, { name: "id", label: "Mã dòng", type: "hidden" }];
    const doc = render(<RepeatableRows name="indicators" legend="L" rowLabel="Chỉ tiêu" fields={withId} rows={[{ ...rows[0]!, id: "41" }]} blankRows={1} />);
    const hidden = all(doc, (n) => n.tag === "input" && n.attrs.type === "hidden");
    expect(hidden.map((n) => [n.attrs.name, n.attrs.value])).toEqual([["indicators.0.id", "41"], ["indicators.1.id", ""]]);
    expect(all(doc, (n) => n.tag === "label").map(text)).not.toContain("Mã dòng");
  });

  it("offers no add or remove buttons until JavaScript runs (the server render works as a plain form)", () => {
    const doc = render(<RepeatableRows name="indicators" legend="L" rowLabel="Chỉ tiêu" fields={fields} rows={rows} />);
    expect(byTag(doc, "button")).toEqual([]);
  });

  it("refills from the values the action sent back rather than the stored rows, and never exceeds maxRows with blanks", () => {
    const sent = [{ name: "Mới gõ", target: "abc", unit: "" }];
    const doc = render(<RepeatableRows name="indicators" legend="L" rowLabel="Chỉ tiêu" fields={fields} rows={rows} state={{ values: rowValues("indicators", sent) }} blankRows={5} maxRows={3} />);
    expect(rowEls(doc)).toHaveLength(3);
    expect(byId(doc, "indicators-0-name").attrs.value).toBe("Mới gõ");
    expect(byId(doc, "indicators-1-name").attrs.value).toBe("");
  });

  it("shows an error keyed rows.N.field beside that row's field, a row error on the row, a list error on the list", () => {
    const state = {
      errors: { "indicators.1.target": "Chỉ tiêu phải là số.", "indicators.0": "Dòng trùng với dòng 2.", indicators: "Cần ít nhất hai chỉ tiêu." },
      values: rowValues("indicators", rows),
    };
    const doc = render(<RepeatableRows name="indicators" legend="L" rowLabel="Chỉ tiêu" fields={fields} rows={[]} state={state} />);
    const target = byId(doc, "indicators-1-target");
    expect(target.attrs["aria-invalid"]).toBe("true");
    expect(target.attrs["aria-describedby"]).toBe("indicators-1-target-error");
    expect(text(byId(doc, "indicators-1-target-error"))).toBe("Chỉ tiêu phải là số.");
    expect(ancestors(byId(doc, "indicators-1-target-error"))).toContain(rowEls(doc)[1]);
    expect(byId(doc, "indicators-0-target").attrs["aria-invalid"]).toBeUndefined();

    const rowError = byId(doc, "indicators-0-error");
    expect(text(rowError)).toBe("Dòng trùng với dòng 2.");
    expect(ancestors(rowError)).toContain(rowEls(doc)[0]);

    const [list] = byTag(doc, "fieldset");
    expect(list.attrs["aria-describedby"]).toBe("indicators-error");
    expect(text(byId(doc, "indicators-error"))).toBe("Cần ít nhất hai chỉ tiêu.");
  });
});
