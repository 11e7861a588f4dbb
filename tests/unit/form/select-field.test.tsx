// SelectField: label, hint, error and refill like every field, plus the remount key that keeps the chosen
// option after React resets the form following an action.
import { isValidElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { SelectField } from "@/app/_components/form";
import { all, byId, labelFor, render, text } from "@/tests/helpers/markup";

const roles = [
  { value: "staff", label: "Biên tập viên" },
  { value: "admin", label: "Quản trị viên" },
];

const selected = (doc: ReturnType<typeof render>) => all(doc, (n) => n.tag === "option" && "selected" in n.attrs).map((o) => o.attrs.value);

describe("SelectField", () => {
  it("selects the stored value, or the one sent back after an error", () => {
    expect(selected(render(<SelectField name="role" id="new-role" label="Vai trò" options={roles} defaultValue="staff" />))).toEqual(["staff"]);
    expect(selected(render(<SelectField name="role" id="new-role" label="Vai trò" options={roles} defaultValue="staff" state={{ values: { role: "admin" } }} />))).toEqual(["admin"]);
  });

  it("ties label, hint and error to the select", () => {
    const doc = render(<SelectField name="categoryId" label="Chuyên mục" hint="Chọn một." options={roles} required state={{ errors: { categoryId: "Vui lòng chọn chuyên mục." } }} />);
    const select = byId(doc, "categoryId");
    expect(select.tag).toBe("select");
    expect(text(labelFor(doc, "categoryId"))).toBe("Chuyên mục *");
    expect(select.attrs["aria-invalid"]).toBe("true");
    expect(select.attrs["aria-describedby"]).toBe("categoryId-hint categoryId-error");
    expect(text(byId(doc, "categoryId-error"))).toBe("Vui lòng chọn chuyên mục.");
  });

  it("is keyed by its value, so a changed value remounts it (React applies defaultValue only at mount)", () => {
    const selectOf = (value: string) => {
      const shell = SelectField({ name: "role", label: "Vai trò", options: roles, state: { values: { role: value } } }) as ReactElement<{ children: unknown }>;
      const select = shell.props.children;
      if (!isValidElement(select)) throw new Error("the shell should wrap the select");
      return select;
    };
    expect(selectOf("admin").type).toBe("select");
    expect(selectOf("admin").key).toBe("admin");
    expect(selectOf("staff").key).toBe("staff");
  });
});
