// CheckboxField, CheckboxGroup and RadioGroup: a lone checkbox before its label; groups as a fieldset whose
// legend asks the question, hint and error wired to the fieldset, the first option carrying the field's id.
import { describe, expect, it } from "vitest";
import { CheckboxField, CheckboxGroup, RadioGroup } from "@/app/_components/form";
import { joinChoices } from "@/lib/form/action-state";
import { all, ancestors, byId, byTag, labelFor, render, text } from "@/tests/helpers/markup";

const channels = [
  { value: "web", label: "Cổng thông tin" },
  { value: "email", label: "Thư điện tử", hint: "Gửi tới hộp thư công vụ." },
  { value: "sms", label: "Tin nhắn" },
];
const checked = (doc: ReturnType<typeof render>) => all(doc, (n) => n.tag === "input" && "checked" in n.attrs).map((n) => n.attrs.value);

describe("CheckboxField", () => {
  it("is ticked from the stored value, or from the value sent back", () => {
    const box = (state?: { values: Record<string, string> }) => byId(render(<CheckboxField name="featured" label="Tin nổi bật" defaultChecked state={state} />), "featured");
    expect(box().attrs).toMatchObject({ type: "checkbox", name: "featured" });
    expect("checked" in box().attrs).toBe(true);
    expect("checked" in box({ values: { featured: "" } }).attrs).toBe(false);
    expect("checked" in box({ values: { title: "x" } }).attrs).toBe(true); // not sent back: the stored value stands
  });

  it("shows its error beside it and points at it", () => {
    const doc = render(<CheckboxField name="agree" label="Tôi đồng ý" hint="Bắt buộc." state={{ errors: { agree: "Vui lòng đồng ý." } }} />);
    expect(text(labelFor(doc, "agree"))).toBe("Tôi đồng ý");
    expect(byId(doc, "agree").attrs["aria-describedby"]).toBe("agree-hint agree-error");
    expect(text(byId(doc, "agree-error"))).toBe("Vui lòng đồng ý.");
  });
});

describe("CheckboxGroup", () => {
  it("is a fieldset with a legend; hint and error are wired to the fieldset, not to each box", () => {
    const doc = render(<CheckboxGroup name="channels" legend="Kênh nhận tin" hint="Chọn một hoặc nhiều." options={channels} required state={{ errors: { channels: "Vui lòng chọn ít nhất một kênh." } }} />);
    const [fieldset] = byTag(doc, "fieldset");
    expect(text(byTag(fieldset, "legend")[0])).toBe("Kênh nhận tin *");
    expect(fieldset.attrs["aria-describedby"]).toBe("channels-hint channels-error");
    const error = byId(doc, "channels-error");
    expect(text(error)).toBe("Vui lòng chọn ít nhất một kênh.");
    expect(ancestors(error)).toContain(fieldset);
    expect(ancestors(error).some((a) => a.attrs["aria-live"] === "polite")).toBe(true);
  });

  it("gives the first option the field's id, each option its label, and one name to all", () => {
    const doc = render(<CheckboxGroup name="channels" legend="Kênh" options={channels} />);
    const inputs = byTag(doc, "input");
    expect(inputs.map((i) => i.attrs.id)).toEqual(["channels", "channels-2", "channels-3"]);
    expect(inputs.every((i) => i.attrs.name === "channels" && i.attrs.type === "checkbox")).toBe(true);
    expect(text(labelFor(doc, "channels-2"))).toBe("Thư điện tử");
    expect(byId(doc, "channels-2").attrs["aria-describedby"]).toBe("channels-2-hint");
    expect(byId(doc, "channels").attrs.required).toBeUndefined();
  });

  it("ticks the stored choices, or those sent back", () => {
    expect(checked(render(<CheckboxGroup name="channels" legend="Kênh" options={channels} defaultValue={["web"]} />))).toEqual(["web"]);
    expect(checked(render(<CheckboxGroup name="channels" legend="Kênh" options={channels} defaultValue={["web"]} state={{ values: { channels: joinChoices(["email", "sms"]) } }} />))).toEqual(["email", "sms"]);
  });
});

describe("RadioGroup", () => {
  it("is a fieldset of radios, one checked, the choice required on the radios", () => {
    const doc = render(<RadioGroup name="channel" legend="Kênh chính" options={channels} defaultValue="web" required state={{ values: { channel: "sms" }, errors: { channel: "Sai." } }} inline />);
    const [fieldset] = byTag(doc, "fieldset");
    expect(fieldset.attrs["aria-describedby"]).toBe("channel-error");
    expect(checked(doc)).toEqual(["sms"]);
    const radios = byTag(doc, "input");
    expect(radios.every((r) => r.attrs.type === "radio" && r.attrs.name === "channel" && "required" in r.attrs)).toBe(true);
    expect(radios[0].attrs.id).toBe("channel");
  });
});
