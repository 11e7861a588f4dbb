// Delivery of the outbox by SMTP (nodemailer), inside the server process: a sender started from lib/boot runs
// every MAIL_INTERVAL_MS, one run at a time, its timers unref'd; deliverPendingNow() asks for a run right after
// a commit. A run claims due messages (FOR UPDATE SKIP LOCKED plus a lease, so two servers never send one
// message twice at once), sends each outside any transaction, and marks it sent, or retries it later with
// backoff, or gives up after MAIL_MAX_ATTEMPTS. Mail goes only to the SMTP server named by SMTP_URL.
import "server-only";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, type Db } from "@/db/client";
import { outbox, type OutboxMessage } from "@/db/schema";
import { logger } from "@/lib/logger";
import { mailSettings, smtpEndpoint, type MailSettings } from "./config";

export const MAIL_INTERVAL_MS = 15_000;
export const MAIL_MAX_ATTEMPTS = 8;
const BATCH = 20;
// A claimed message is left alone this long: a server that died mid-send has it retried after that.
const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 3_600_000;

/** Wait after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour (8 attempts span about 2 hours). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export type DeliveryRun = { sent: number[]; retrying: number[]; failed: number[] };

type RunOptions = { settings?: MailSettings; now?: Date; batch?: number; db?: Db };

/** An SMTP error as staff read it: what the server or the socket said, never credentials. */
function describeError(err: unknown): string {
  const e = err as { message?: string; code?: string; responseCode?: number };
  const text = [e.code, e.responseCode, e.message ?? String(err)].filter((x) => x !== undefined && x !== "").join(" ");
  return text.replace(/\/\/[^@\s/]+@/g, "//***@").slice(0, 500);
}

async function claimDue(db: Db, now: Date, batch: number): Promise<OutboxMessage[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(batch)
      .for("update", { skipLocked: true });
    if (rows.length) {
      await tx
        .update(outbox)
        .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
        .where(inArray(outbox.id, rows.map((r) => r.id)));
    }
    return rows;
  });
}

/**
 * Sends the pending messages that are due (at most `batch`), once. Without an SMTP URL it does nothing. Safe to
 * run from several processes: each message is claimed by one run.
 */
export async function deliverPendingMail(options: RunOptions = {}): Promise<DeliveryRun> {
  const settings = options.settings ?? mailSettings();
  const result: DeliveryRun = { sent: [], retrying: [], failed: [] };
  if (!settings.smtpUrl) return result;
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const due = await claimDue(db, now, options.batch ?? BATCH);
  if (!due.length) return result;
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  try {
    for (const m of due) {
      const attempts = m.attempts + 1;
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: m.recipient,
          subject: m.subject,
          text: m.textBody,
          html: m.htmlBody ?? undefined,
          // RFC 3834: an automatic message; out-of-office replies should not answer it.
          headers: { "Auto-Submitted": "auto-generated" },
        });
        await db
          .update(outbox)
          .set({ status: "sent", attempts, sentAt: new Date(), lastError: null, messageId: info.messageId ?? null })
          .where(eq(outbox.id, m.id));
        result.sent.push(m.id);
      } catch (err) {
        const giveUp = attempts >= MAIL_MAX_ATTEMPTS;
        await db
          .update(outbox)
          .set({
            status: giveUp ? "failed" : "pending",
            attempts,
            lastError: describeError(err),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          })
          .where(eq(outbox.id, m.id));
        (giveUp ? result.failed : result.retrying).push(m.id);
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

export type MailSenderHandle = { runOnce: () => Promise<DeliveryRun | null>; stop: () => void };

const g = globalThis as unknown as { __mailSender?: MailSenderHandle };

/** A sender: a run every `intervalMs`, runs never overlap, and a run asked for during one follows it. */
export function createMailSender(opts: { intervalMs?: number; firstRunMs?: number; deliver?: () => Promise<DeliveryRun> } = {}): MailSenderHandle {
  const deliver = opts.deliver ?? (() => deliverPendingMail());
  let running: Promise<DeliveryRun | null> | null = null;
  let again = false;

  async function run(): Promise<DeliveryRun | null> {
    try {
      const r = await deliver();
      if (r.sent.length || r.retrying.length || r.failed.length) logger.info({ sent: r.sent.length, retrying: r.retrying.length, failed: r.failed.length }, "outbox delivery");
      if (r.failed.length) logger.warn({ ids: r.failed }, "e-mail given up after the last attempt");
      return r;
    } catch (err) {
      logger.error({ err }, "outbox delivery run failed");
      return null;
    }
  }

  const handle: MailSenderHandle = {
    runOnce() {
      if (running) {
        // A message committed while this run is sending may have been missed by its claim: run once more.
        again = true;
        return running;
      }
      running = (async () => {
        let last: DeliveryRun | null;
        do {
          again = false;
          last = await run();
        } while (again);
        return last;
      })().finally(() => {
        running = null;
      });
      return running;
    },
    stop() {
      clearInterval(interval);
      clearTimeout(first);
    },
  };
  const interval = setInterval(() => void handle.runOnce(), opts.intervalMs ?? MAIL_INTERVAL_MS);
  const first = setTimeout(() => void handle.runOnce(), opts.firstRunMs ?? 5_000);
  interval.unref();
  first.unref();
  return handle;
}

/** Starts the process's sender once when SMTP_URL is set (lib/boot calls it); null when mail is only kept. */
export function startMailSender(): MailSenderHandle | null {
  const settings = mailSettings();
  if (!settings.smtpUrl) {
    logger.info("SMTP_URL is not set: e-mail is kept in the outbox (/admin/outbox), nothing is sent");
    return null;
  }
  if (!g.__mailSender) {
    g.__mailSender = createMailSender();
    logger.info({ smtp: smtpEndpoint(settings.smtpUrl), everySeconds: MAIL_INTERVAL_MS / 1000 }, "mail sender started");
  }
  return g.__mailSender;
}

/** Call after committing a change that enqueued mail: sends it now rather than at the next interval. */
export function deliverPendingNow(): Promise<DeliveryRun | null> {
  return g.__mailSender ? g.__mailSender.runOnce() : Promise.resolve(null);
}
