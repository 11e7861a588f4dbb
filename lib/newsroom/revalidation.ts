// How the scheduler, which runs outside any request, gets public pages re-rendered after it publishes:
// Next's revalidatePath/revalidateTag only work inside a request (they throw "static generation store
// missing" from a timer), so the scheduler calls our own route handler on the loopback address with a
// signed, short-lived header, and the handler revalidates inside its request.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { keyedHash } from "@/lib/security/secret";

export const REVALIDATE_PATH = "/api/newsroom/revalidate";
export const SIGNATURE_HEADER = "x-newsroom-signature";
const PURPOSE = "newsroom-revalidate";
const MAX_SKEW_SECONDS = 60;

export function signRevalidation(now = Date.now()): string {
  const ts = Math.floor(now / 1000);
  return `${ts}.${keyedHash(PURPOSE, String(ts))}`;
}

export function verifyRevalidationSignature(header: string | null, now = Date.now()): boolean {
  const m = /^(\d{10,12})\.([A-Za-z0-9_-]{43})$/.exec(header ?? "");
  if (!m) return false;
  const ts = Number(m[1]);
  if (Math.abs(Math.floor(now / 1000) - ts) > MAX_SKEW_SECONDS) return false;
  const given = Buffer.from(m[2]);
  const expected = Buffer.from(keyedHash(PURPOSE, m[1]));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks this server (on its own port, via loopback) to drop its cached public news pages. */
export async function requestPublicRevalidation(origin = `http://127.0.0.1:${env.PORT}`): Promise<void> {
  const res = await fetch(`${origin}${REVALIDATE_PATH}`, {
    method: "POST",
    headers: { [SIGNATURE_HEADER]: signRevalidation() },
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`revalidation request answered ${res.status}`);
}
