// E-mail delivery through a REAL SMTP server started by this test (smtp-server on a free port), with SMTP_URL
// set as an operator would set it: a message enqueued in a committed transaction arrives with its recipient,
// subject and Vietnamese text; a rolled-back one never exists; a server that is down leaves the message pending
// with its attempts counted until a later run delivers it; the sender gives up after the last attempt.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { outbox } from "@/db/schema";
import { useTestDb } from "../../helpers/db";
import { closedPort, startTestSmtp, type TestSmtp } from "../../helpers/smtp";

const t = useTestDb();
let smtp: TestSmtp;
let mail: typeof import("@/lib/mail/mutations");
let delivery: typeof import("@/lib/mail/delivery");

const FROM = "Sở Thông tin và Truyền thông <no-reply@stttt.example.gov.vn>";
const TEXT = [
  "Kính gửi ông Nguyễn Văn Ánh,",
  "",
  "Sở Thông tin và Truyền thông đã tiếp nhận hồ sơ “Cấp giấy phép hoạt động in” của ông.",
  "Mã hồ sơ: 000.00.01.H42-260213-0001. Ngày hẹn trả kết quả: 25/02/2026.",
  "Tra cứu tình trạng hồ sơ tại cổng thông tin điện tử của Sở.",
].join("\n");
const message = (over: Record<string, unknown> = {}) => ({
  to: "nguyen.van.anh@example.vn",
  subject: "Hồ sơ 000.00.01.H42-260213-0001 đã được tiếp nhận",
  text: TEXT,
  kind: "dossier_received" as const,
  related: { entity: "dossier" as const, id: "1" },
  ...over,
});

beforeAll(async () => {
  smtp = await startTestSmtp();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", FROM);
  // The mail modules read the environment when they load: load them after setting it.
  vi.resetModules();
  mail = await import("@/lib/mail/mutations");
  delivery = await import("@/lib/mail/delivery");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

const enqueue = (over: Record<string, unknown> = {}) => t.db.transaction((tx) => mail.enqueueMail(tx, message(over)));
const row = async (id: number) => (await t.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
const down = async () => ({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM });

describe("with SMTP_URL set", () => {
  it("delivers an enqueued message with its recipient, subject and Vietnamese text, once", async () => {
    smtp.received.length = 0;
    const { id } = await enqueue();
    expect((await row(id)).status).toBe("pending");

    expect(await delivery.deliverPendingMail()).toEqual({ sent: [id], retrying: [], failed: [] });
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.envelopeTo).toEqual(["nguyen.van.anh@example.vn"]);
    expect(got.subject).toBe("Hồ sơ 000.00.01.H42-260213-0001 đã được tiếp nhận");
    expect(got.text.trimEnd()).toBe(TEXT);
    expect(got.headers["content-type"]).toMatch(/charset=utf-8/i);
    expect(got.headers.from).toContain("no-reply@stttt.example.gov.vn");
    expect(got.headers["auto-submitted"]).toBe("auto-generated");

    const sent = await row(id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    // Nothing left to send: a second run sends nothing again.
    expect(await delivery.deliverPendingMail()).toEqual({ sent: [], retrying: [], failed: [] });
    expect(smtp.received).toHaveLength(1);
  });

  it("keeps no message of a change that was rolled back", async () => {
    smtp.received.length = 0;
    await expect(
      t.db.transaction(async (tx) => {
        await mail.enqueueMail(tx, message());
        throw new Error("the dossier could not be saved");
      }),
    ).rejects.toThrow("could not be saved");
    expect((await t.db.select({ n: count() }).from(outbox))[0]!.n).toBe(0);
    await delivery.deliverPendingMail();
    expect(smtp.received).toHaveLength(0);
  });

  it("refuses a subject that would add a header, and undoes the caller's change", async () => {
    await expect(enqueue({ subject: "Hồ sơ\r\nBcc: someone@example.com" })).rejects.toBeInstanceOf(mail.InvalidMailError);
    await expect(enqueue({ to: "không phải email" })).rejects.toBeInstanceOf(mail.InvalidMailError);
    expect((await t.db.select({ n: count() }).from(outbox))[0]!.n).toBe(0);
  });

  it("leaves a message pending with its attempt counted when the server is down, and a later run delivers it", async () => {
    smtp.received.length = 0;
    const { id } = await enqueue();
    const start = new Date();
    expect(await delivery.deliverPendingMail({ settings: await down(), now: start })).toEqual({ sent: [], retrying: [id], failed: [] });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBe(start.getTime() + delivery.retryDelayMs(1));

    // The server is back, but the retry is not due yet.
    expect(await delivery.deliverPendingMail({ now: new Date(start.getTime() + 30_000) })).toEqual({ sent: [], retrying: [], failed: [] });
    expect(smtp.received).toHaveLength(0);
    // Once due, it goes.
    expect(await delivery.deliverPendingMail({ now: new Date(start.getTime() + 61_000) })).toEqual({ sent: [id], retrying: [], failed: [] });
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([["nguyen.van.anh@example.vn"]]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("backs off longer after each failure and gives up after the last attempt", async () => {
    expect([1, 2, 3, 7, 8].map(delivery.retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const { id } = await enqueue();
    await t.db.update(outbox).set({ attempts: delivery.MAIL_MAX_ATTEMPTS - 1 }).where(eq(outbox.id, id));
    expect(await delivery.deliverPendingMail({ settings: await down() })).toEqual({ sent: [], retrying: [], failed: [id] });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: delivery.MAIL_MAX_ATTEMPTS });
    expect(await delivery.deliverPendingMail({ now: new Date(Date.now() + 86_400_000) })).toEqual({ sent: [], retrying: [], failed: [] });
  });

  it("the process's sender delivers on deliverPendingNow(), one run at a time, each message once", async () => {
    smtp.received.length = 0;
    expect(await delivery.deliverPendingNow()).toBeNull(); // no sender started yet
    const sender = delivery.startMailSender();
    expect(sender).not.toBeNull();
    try {
      const a = await enqueue({ to: "a@example.vn" });
      const b = await enqueue({ to: "b@example.vn" });
      // Asked twice at once: the second request waits for the same run (and one more after it).
      const [first, second] = await Promise.all([delivery.deliverPendingNow(), delivery.deliverPendingNow()]);
      expect(first).toBe(second);
      expect((await row(a.id)).status).toBe("sent");
      expect((await row(b.id)).status).toBe("sent");
      expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(["a@example.vn", "b@example.vn"]);
    } finally {
      sender!.stop();
    }
  });
});
