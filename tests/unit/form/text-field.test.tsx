// TextField and TextArea: label tied to the control, hint and error ids in aria-describedby, aria-invalid
// only in error, the error in a live region beside the field, refilled values (never a password).
import { describe, expect, it } from "vitest";
import { TextArea, TextField } from "@/app/_components/form";
import { ancestors, byId, hasId, labelFor, render, text } from "@/tests/helpers/markup";

describe("TextField", () => {
  it("ties the label to the input, shows the hint, and is not invalid without an error", () => {
    const doc = render(<TextField name="email" id="new-email" type="email" label="Email" hint="Email công vụ." required state={{}} />);
    const input = byId(doc, "new-email");
    expect(input.tag).toBe("input");
    expect(input.attrs).toMatchObject({ name: "email", type: "email" });
    expect(input.attrs.required).toBeDefined();
    expect(text(labelFor(doc, "new-email"))).toBe("Email *");
    expect(text(byId(doc, "new-email-hint"))).toBe("Email công vụ.");
    expect(input.attrs["aria-describedby"]).toBe("new-email-hint");
    expect(input.attrs["aria-invalid"]).toBeUndefined();
    expect(hasId(doc, "new-email-error")).toBe(false);
  });

  it("in error: the message beside the field, announced, and pointed at by the input", () => {
    const state = { errors: { email: "Email không hợp lệ." }, values: { email: "khong-phai-email" } };
    const doc = render(<TextField name="email" id="new-email" label="Email" hint="Gợi ý" state={state} />);
    const input = byId(doc, "new-email");
    expect(input.attrs["aria-invalid"]).toBe("true");
    expect(input.attrs["aria-describedby"]).toBe("new-email-hint new-email-error");
    const error = byId(doc, "new-email-error");
    expect(text(error)).toBe("Email không hợp lệ.");
    expect(error.attrs["data-field-error"]).toBe("new-email");
    expect(ancestors(error).some((a) => a.attrs["aria-live"] === "polite")).toBe(true);
    // What was typed comes back.
    expect(input.attrs.value).toBe("khong-phai-email");
  });

  it("defaults its id to the name and prefers the sent-back value over the stored one", () => {
    const doc = render(<TextField name="title" label="Tiêu đề" defaultValue="Cũ" state={{ values: { title: "Mới gõ" } }} />);
    expect(byId(doc, "title").attrs.value).toBe("Mới gõ");
    expect(byId(render(<TextField name="title" label="Tiêu đề" defaultValue="Cũ" />), "title").attrs.value).toBe("Cũ");
  });

  it("never refills a password, not even the one just sent", () => {
    const doc = render(<TextField name="password" type="password" label="Mật khẩu" defaultValue="x" state={{ values: { password: "bi-mat" }, errors: { password: "Ngắn quá." } }} />);
    expect(byId(doc, "password").attrs.value).toBeUndefined();
  });

  it("passes the input attributes through", () => {
    const doc = render(
      <TextField name="at" type="datetime-local" label="Lúc" step={1} maxLength={30} inputMode="numeric" autoComplete="off" placeholder="dd/mm/yyyy" list="l" min="2020-01-01T00:00" />,
    );
    expect(byId(doc, "at").attrs).toMatchObject({ type: "datetime-local", step: "1", maxlength: "30", inputmode: "numeric", autocomplete: "off", placeholder: "dd/mm/yyyy", list: "l", min: "2020-01-01T00:00" });
  });

  it("can hide its label visually but keeps it for screen readers", () => {
    const doc = render(<TextField name="q" label="Tìm" hideLabel />);
    expect(labelFor(doc, "q").attrs.class).toBe("sr-only");
  });
});

describe("TextArea", () => {
  it("ties label, hint and error to the textarea and refills it", () => {
    const state = { errors: { reason: "Vui lòng nêu lý do." }, values: { reason: "ngắn" } };
    const doc = render(<TextArea name="reason" id="skip-reason" label="Lý do" hint="Ít nhất 10 ký tự." rows={2} maxLength={500} state={state} />);
    const area = byId(doc, "skip-reason");
    expect(area.tag).toBe("textarea");
    expect(area.attrs).toMatchObject({ name: "reason", rows: "2", maxlength: "500", "aria-invalid": "true", "aria-describedby": "skip-reason-hint skip-reason-error" });
    expect(text(area)).toBe("ngắn");
    expect(text(labelFor(doc, "skip-reason"))).toBe("Lý do");
    expect(text(byId(doc, "skip-reason-error"))).toBe("Vui lòng nêu lý do.");
  });
});
