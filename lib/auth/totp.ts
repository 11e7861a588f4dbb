// The second step: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) via otplib, one step of clock
// drift either way, and never the same step twice (the last accepted step is stored: no replay). The QR
// code for enrolment is made here, as SVG, by the portal itself (no outside service sees the key).
import "server-only";
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

export const TOTP_PERIOD = 30;
const ISSUER = "Cổng TTĐT Sở TT&TT";

/** The associated data a user's TOTP key is sealed with (lib/auth/secret-box.ts): bound to the account. */
export const totpContext = (userId: number): string => `totp:${userId}`;

export const newTotpSecret = (): string => generateSecret({ length: 20 });

/** The key grouped by four, as people type it into an authenticator app that cannot scan. */
export const formatTotpKey = (secret: string): string => secret.replace(/(.{4})(?=.)/g, "$1 ");

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: ISSUER, label: account, secret, period: TOTP_PERIOD, digits: 6, algorithm: "sha1" });
}

/** The otpauth URI as an SVG QR code (markup made from our own URI only). */
export function totpQrSvg(secret: string, account: string): Promise<string> {
  return QRCode.toString(totpUri(secret, account), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * The time step the code belongs to, if it is right for `secret` within one step of `now` and later than
 * `afterStep`; else null.
 */
export async function matchTotp(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The current code (tests and the e2e set-up compute codes the way an authenticator app does). */
export function currentTotp(secret: string, now: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
