// SMTP_URL: unset means "keep mail in the outbox"; set, it must be a smtp:// or smtps:// URL with a host, and a
// wrong value stops the start without printing the value (it may hold a password). MAIL_FROM has a default.
import { afterEach, describe, expect, it, vi } from "vitest";

async function readEnv() {
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

describe("SMTP_URL and MAIL_FROM", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are optional: no SMTP, the portal's own sender name", async () => {
    vi.stubEnv("SMTP_URL", undefined);
    vi.stubEnv("MAIL_FROM", undefined);
    const env = await readEnv();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe("Cổng thông tin điện tử <no-reply@localhost>");
  });

  it.each(["smtp://mail.example.gov.vn:587", "smtps://user:p%40ss@mail.example.gov.vn", "smtp://127.0.0.1:2525"])("takes %s", async (url) => {
    vi.stubEnv("SMTP_URL", url);
    expect((await readEnv()).SMTP_URL).toBe(url);
  });

  it("treats an empty value as unset", async () => {
    vi.stubEnv("SMTP_URL", "  ");
    expect((await readEnv()).SMTP_URL).toBeUndefined();
  });

  it.each(["http://mail.example.gov.vn", "mail.example.gov.vn:25", "smtp://", "smtp:user:secret-pass"])("refuses %s, without echoing it", async (url) => {
    vi.stubEnv("SMTP_URL", url);
    const failure = readEnv();
    await expect(failure).rejects.toThrow(/Invalid environment:\n\s+SMTP_URL/);
    await expect(failure).rejects.not.toThrow(/secret-pass/);
  });

  it.each(["Sở TT&TT <no-reply@stttt.example.gov.vn>", "no-reply@stttt.example.gov.vn"])("takes MAIL_FROM %s", async (from) => {
    vi.stubEnv("MAIL_FROM", from);
    expect((await readEnv()).MAIL_FROM).toBe(from);
  });

  it.each(["Cổng thông tin", "a@b\r\nBcc: x@y", "<>"])("refuses MAIL_FROM %j", async (from) => {
    vi.stubEnv("MAIL_FROM", from);
    await expect(readEnv()).rejects.toThrow(/MAIL_FROM/);
  });
});
