// FileField: its hint always states the allowed types and the largest size; label, error and accept wired.
import { describe, expect, it } from "vitest";
import { FileField } from "@/app/_components/form";
import { byId, labelFor, render, text } from "@/tests/helpers/markup";

describe("FileField", () => {
  it("states allowed types and size in the hint the input points at", () => {
    const doc = render(<FileField name="file" label="Tệp ảnh" accept="image/*" allowed="JPEG, PNG, WebP hoặc GIF" maxSize="10 MB" hint="Ảnh SVG không được nhận." required />);
    const input = byId(doc, "file");
    expect(input.attrs).toMatchObject({ type: "file", name: "file", accept: "image/*", "aria-describedby": "file-hint" });
    expect(text(byId(doc, "file-hint"))).toBe("JPEG, PNG, WebP hoặc GIF, tối đa 10 MB. Ảnh SVG không được nhận.");
    expect(text(labelFor(doc, "file"))).toBe("Tệp ảnh *");
  });

  it("shows a refusal beside the field", () => {
    const doc = render(<FileField name="file" label="Tệp ảnh" accept="image/*" allowed="PNG" maxSize="1 MB" state={{ errors: { file: "Tệp quá lớn." } }} />);
    expect(byId(doc, "file").attrs).toMatchObject({ "aria-invalid": "true", "aria-describedby": "file-hint file-error" });
    expect(text(byId(doc, "file-error"))).toBe("Tệp quá lớn.");
    expect(text(byId(doc, "file-hint"))).toBe("PNG, tối đa 1 MB.");
  });
});
