// SubmitButton, FormStatus and Flash: the pending text and look of the button, the form's outcome in an
// always-present live region, and the post-redirect message as a status.
import { describe, expect, it } from "vitest";
import { Flash, FormStatus, SubmitButton } from "@/app/_components/form";
import { all, byTag, render, text } from "@/tests/helpers/markup";

describe("SubmitButton", () => {
  it("submits, carries its test id, and says what is happening while pending", () => {
    const idle = byTag(render(<SubmitButton testId="save-article">Lưu</SubmitButton>), "button")[0];
    expect(idle.attrs).toMatchObject({ type: "submit", "data-testid": "save-article" });
    expect("disabled" in idle.attrs).toBe(false);
    expect(text(idle)).toBe("Lưu");
    const busy = byTag(render(<SubmitButton pending pendingText="Đang xóa…" variant="danger">Xóa</SubmitButton>), "button")[0];
    expect("disabled" in busy.attrs).toBe(true);
    expect(text(busy)).toBe("Đang xóa…");
    expect(busy.attrs.class).toContain("text-accent");
    expect(text(byTag(render(<SubmitButton pending>Lưu</SubmitButton>), "button")[0])).toBe("Đang lưu…");
  });
});

describe("FormStatus", () => {
  it("is a live region even when empty, so a message that appears is announced", () => {
    const empty = render(<FormStatus state={{}} testId="m" />);
    const [region] = all(empty, (n) => n.attrs["data-testid"] === "m");
    expect(region.attrs["aria-live"]).toBe("polite");
    expect(text(region)).toBe("");
    const failed = render(<FormStatus state={{ ok: false, message: "Vui lòng kiểm tra lại." }} testId="m" />);
    expect(text(failed)).toBe("Vui lòng kiểm tra lại.");
  });
});

describe("Flash", () => {
  it("is a status region that shows the message after a redirect", () => {
    const [region] = all(render(<Flash message="Đã lưu." testId="media-flash" />), (n) => n.attrs["data-testid"] === "media-flash");
    expect(region.attrs.role).toBe("status");
    expect(text(region)).toBe("Đã lưu.");
    const [empty] = all(render(<Flash testId="media-flash" />), (n) => n.attrs.role === "status");
    expect(text(empty)).toBe("");
  });
});
