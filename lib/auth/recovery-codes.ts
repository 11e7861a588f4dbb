// Recovery codes for the second step: ten random codes shown once at enrolment; only keyed hashes (HMAC
// under the server secret, bound to the user) are stored, and each code works once.
import "server-only";
import { randomInt } from "node:crypto";
import { keyedHash } from "@/lib/security/secret";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper. 10 characters of 31 ≈ 49 bits, behind the code-step throttle.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What a person typed, as stored codes are compared: case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (typed: string): string => typed.toLowerCase().replace(/[\s-]+/g, "");

export const looksLikeRecoveryCode = (typed: string): boolean => /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(typed));

export function recoveryCodeHash(userId: number, code: string): string {
  return keyedHash("recovery-code", `${userId}:${normalizeRecoveryCode(code)}`);
}
