// How the portal delivers e-mail, from the environment (lib/env.ts): through SMTP_URL when it is set, else not
// at all (messages are kept in the outbox). The URL carries credentials: it is never logged or shown.
import "server-only";
import { env } from "@/lib/env";

export type MailSettings = { smtpUrl?: string; from: string };

export function mailSettings(): MailSettings {
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

export const mailDeliveryConfigured = (): boolean => !!env.SMTP_URL;

/** Where mail goes, for logs: scheme, host and port only. */
export function smtpEndpoint(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}`;
}
