// What a message may hold before it enters the outbox (no server imports: a dossier form can check an applicant's
// address with the same rule). One-line subjects only: a line break in a header would let text become headers.
import { z } from "zod";
import { MAIL_KINDS, MAIL_RELATED, type MailKind, type MailRelated } from "./kinds";

/** An applicant's e-mail address as the outbox accepts it; a form that collects one should use this rule. */
export const mailAddress = z
  .string({ error: "Vui lòng nhập địa chỉ email." })
  .trim()
  .toLowerCase()
  .min(1, "Vui lòng nhập địa chỉ email.")
  .max(254, "Địa chỉ email quá dài.")
  .pipe(z.email("Địa chỉ email không hợp lệ."));

export const MAIL_TEXT_MAX = 100_000;

const kinds = Object.keys(MAIL_KINDS) as [MailKind, ...MailKind[]];
const related = Object.keys(MAIL_RELATED) as [MailRelated, ...MailRelated[]];

export const mailMessage = z.object({
  to: mailAddress,
  subject: z
    .string()
    .refine((s) => !/[\r\n]/.test(s), "subject must be one line")
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(1).max(250)),
  text: z.string().min(1).max(MAIL_TEXT_MAX),
  html: z.string().max(MAIL_TEXT_MAX * 2).optional(),
  kind: z.enum(kinds),
  related: z.object({ entity: z.enum(related), id: z.string().trim().min(1).max(100) }).optional(),
});
export type MailMessage = z.input<typeof mailMessage>;
