// The password rule (ASVS 5.0): 12 to 128 characters as a person counts them, no composition rules, and
// not a common password (the list shipped with @zxcvbn-ts/language-common) nor the account's e-mail.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COMMON_PASSWORD_MESSAGE, EMAIL_AS_PASSWORD_MESSAGE, isCommonPassword, passwordPolicyProblem, withPasswordPolicy } from "@/lib/auth/password-policy";
import { passwordRule } from "@/lib/auth/validation";

const messageOf = (password: string) => {
  const r = passwordRule.safeParse(password);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("password length", () => {
  it("takes 12 to 128 characters, with no rule about which characters", () => {
    expect(messageOf("a".repeat(11))).toBe("Mật khẩu phải có ít nhất 12 ký tự.");
    expect(messageOf("a".repeat(12))).toBeNull();
    expect(messageOf("mưa rơi trên phố cổ")).toBeNull(); // lower case and spaces only: fine
    expect(messageOf("x".repeat(128))).toBeNull();
    expect(messageOf("x".repeat(129))).toBe("Mật khẩu không được dài quá 128 ký tự.");
    expect(messageOf("")).toBe("Vui lòng nhập mật khẩu.");
  });

  it("counts characters, not UTF-16 units: 12 emoji are 12 characters, 11 are too few", () => {
    expect(messageOf("🔑".repeat(12))).toBeNull();
    expect(messageOf("🔑".repeat(11))).toBe("Mật khẩu phải có ít nhất 12 ký tự.");
  });
});

describe("common passwords", () => {
  it("refuses passwords from the shipped list, whatever their case", () => {
    for (const p of ["1q2w3e4r5t6y", "qwerty123456", "123qweasdzxc", "Q1W2E3R4T5Y6"]) expect(isCommonPassword(p), p).toBe(true);
    expect(isCommonPassword("QAZWSXEDCRFV")).toBe(true);
    expect(passwordPolicyProblem("qazwsxedcrfv")).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it("accepts an uncommon passphrase, refuses the account's own e-mail", () => {
    expect(passwordPolicyProblem("Mưa rơi trên phố cổ Hội An")).toBeNull();
    expect(passwordPolicyProblem("Can.Bo@example.gov.vn", "can.bo@example.gov.vn")).toBe(EMAIL_AS_PASSWORD_MESSAGE);
  });

  it("puts its message beside the password field of a schema", () => {
    const schema = withPasswordPolicy(z.object({ email: z.string(), password: z.string() }));
    const r = schema.safeParse({ email: "a@example.gov.vn", password: "1q2w3e4r5t6y" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", COMMON_PASSWORD_MESSAGE]]);
    expect(schema.safeParse({ email: "a@example.gov.vn", password: "Mưa rơi trên phố cổ Hội An" }).success).toBe(true);
  });
});
