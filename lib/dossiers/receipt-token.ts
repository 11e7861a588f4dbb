// The receipt's address: /track/receipt/<dossier id>.<HMAC under the server secret>. Whoever submitted the
// dossier is sent there and can print it again from their history; nobody can walk other dossiers' receipts.
// The receipt shows no personal data beyond the applicant's initials.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/security/secret";

const PURPOSE = "dossier-receipt";

export const receiptToken = (dossierId: number, code: string) => `${dossierId}.${keyedHash(PURPOSE, `${dossierId}.${code}`)}`;
export const receiptPath = (dossierId: number, code: string) => `/track/receipt/${receiptToken(dossierId, code)}`;

export function parseReceiptToken(value: string): { dossierId: number; mac: string } | null {
  const m = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{43})$/.exec(value);
  return m ? { dossierId: Number(m[1]), mac: m[2]! } : null;
}

export function receiptMacMatches(dossierId: number, code: string, mac: string): boolean {
  const a = Buffer.from(keyedHash(PURPOSE, `${dossierId}.${code}`));
  const b = Buffer.from(mac);
  return a.length === b.length && timingSafeEqual(a, b);
}
