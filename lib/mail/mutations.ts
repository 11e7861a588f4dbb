// The outbox's one write for callers: enqueueMail adds a message inside the caller's transaction, so it exists
// exactly when the change it reports was saved (a transactional outbox). The caller has authorised the change;
// the sender (lib/mail/delivery.ts) delivers it after the commit, or it is kept when no SMTP is configured.
import "server-only";
import { outbox } from "@/db/schema";
import type { Tx } from "@/lib/kernel/transaction";
import { mailDeliveryConfigured } from "./config";
import { mailMessage, type MailMessage } from "./validation";

/** A message that breaks the outbox's rules: a programming error, so it rolls the caller's change back. */
export class InvalidMailError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid mail message: ${issues.join("; ")}`);
    this.name = "InvalidMailError";
  }
}

/**
 * Adds a message to the outbox in the caller's transaction: "pending" when SMTP_URL is set (call
 * deliverPendingNow() after the commit to send it at once), "kept" otherwise. Validate the applicant's address
 * with `mailAddress` (lib/mail/validation.ts) beforehand: an invalid message throws and undoes the change.
 */
export async function enqueueMail(tx: Tx, message: MailMessage): Promise<{ id: number }> {
  const parsed = mailMessage.safeParse(message);
  if (!parsed.success) throw new InvalidMailError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const m = parsed.data;
  const [row] = await tx
    .insert(outbox)
    .values({
      kind: m.kind,
      recipient: m.to,
      subject: m.subject,
      textBody: m.text,
      htmlBody: m.html ?? null,
      relatedEntity: m.related?.entity ?? null,
      relatedId: m.related?.id ?? null,
      status: mailDeliveryConfigured() ? "pending" : "kept",
    })
    .returning({ id: outbox.id });
  return { id: row!.id };
}
