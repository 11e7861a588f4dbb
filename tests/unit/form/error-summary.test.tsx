// ErrorSummary (GOV.UK): shown only when the state has field errors; a heading and one link per field in
// error, to that field's id, in the action's order; focusable (tabindex -1, autofocus without JS); never
// role="alert".
import { describe, expect, it } from "vitest";
import { ErrorSummary, RepeatableRows, TextField } from "@/app/_components/form";
import { all, byId, byTag, render, text } from "@/tests/helpers/markup";

const summaryOf = (doc: ReturnType<typeof render>) => {
  const found = all(doc, (n) => n.attrs["data-testid"] === "error-summary");
  expect(found).toHaveLength(1);
  return found[0];
};
const links = (summary: ReturnType<typeof render>) => byTag(summary, "a").map((a) => [a.attrs.href, text(a)]);

describe("ErrorSummary", () => {
  it("renders nothing without field errors, nor for a whole-form message alone", () => {
    expect(render(<ErrorSummary state={{}} />).children).toEqual([]);
    expect(render(<ErrorSummary state={{ ok: true, message: "Đã lưu." }} />).children).toEqual([]);
    expect(render(<ErrorSummary state={{ ok: false, errors: { _form: "Bài đã bị người khác sửa." } }} />).children).toEqual([]);
  });

  it("lists each field in error as a link to its id, with its message, under a heading", () => {
    const state = { ok: false, errors: { email: "Email không hợp lệ.", password: "Mật khẩu phải có ít nhất 10 ký tự.", _form: "x" } };
    const summary = summaryOf(render(<ErrorSummary state={state} idPrefix="new-" ids={{ password: "new-password" }} />));
    expect(text(byTag(summary, "h2")[0])).toBe("Có lỗi cần sửa");
    expect(summary.attrs["aria-labelledby"]).toBe(byTag(summary, "h2")[0].attrs.id);
    expect(links(summary)).toEqual([
      ["#new-email", "Email không hợp lệ."],
      ["#new-password", "Mật khẩu phải có ít nhất 10 ký tự."],
    ]);
    expect(summary.attrs.tabindex).toBe("-1");
    expect(summary.attrs.autofocus).toBeDefined();
    expect(summary.attrs.role).toBeUndefined();
  });

  it("links land on the fields the kit renders, including indexed row fields", () => {
    const state = { errors: { title: "Vui lòng nhập tiêu đề.", "rows.1.name": "Vui lòng nhập tên." }, values: { "rows.0.name": "A", "rows.1.name": "" } };
    const doc = render(
      <form>
        <ErrorSummary state={state} />
        <TextField name="title" label="Tiêu đề" state={state} />
        <RepeatableRows name="rows" legend="Chỉ tiêu" rowLabel="Dòng" fields={[{ name: "name", label: "Tên" }]} state={state} />
      </form>,
    );
    const targets = links(summaryOf(doc)).map(([href]) => href.slice(1));
    expect(targets).toEqual(["title", "rows-1-name"]);
    for (const id of targets) expect(byId(doc, id).tag).toBe("input");
  });
});
