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

/** The signature covers the time and the body (what to refresh), so a seen request cannot be altered. */
export function signRevalidation(now = Date.now(), body = ""): string {
  const ts = Math.floor(now / 1000);
  return `${ts}.${keyedHash(PURPOSE, `${ts}.${body}`)}`;
}

export function verifyRevalidationSignature(header: string | null, now = Date.now(), body = ""): boolean {
  const m = /^(\d{10,12})\.([A-Za-z0-9_-]{43})$/.exec(header ?? "");
  if (!m) return false;
  const ts = Number(m[1]);
  if (Math.abs(Math.floor(now / 1000) - ts) > MAX_SKEW_SECONDS) return false;
  const given = Buffer.from(m[2]);
  const expected = Buffer.from(keyedHash(PURPOSE, `${m[1]}.${body}`));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What a revalidation request asks for: every public news page, or only some articles' pages. */
export type RevalidationRequest = { articles?: string[] };

/** Asks this server (on its own port, via loopback) to drop cached public pages: all news, or some articles. */
export async function requestPublicRevalidation(what: RevalidationRequest = {}, origin = `http://127.0.0.1:${env.PORT}`): Promise<void> {
  const body = JSON.stringify(what);
  const res = await fetch(`${origin}${REVALIDATE_PATH}`, {
    method: "POST",
    headers: { [SIGNATURE_HEADER]: signRevalidation(Date.now(), body), "Content-Type": "application/json" },
    body,
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`revalidation request answered ${res.status}`);
}
