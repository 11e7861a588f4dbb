// Request facts route handlers and guards need: the client's address, and a same-origin check.
// The address is decided once per request by the portal's HTTP server (scripts/server.ts, with
// lib/http/client-address.ts: the socket, or the right-most untrusted hop behind TRUSTED_PROXIES), which puts
// it in a header together with a token only this process knows. Anything else a client writes (its own
// X-Forwarded-For, X-Real-IP, or our header without the token) is never taken for its address.
import "server-only";
import { CLIENT_ADDRESS_HEADER, isStamped as stamped, REQUEST_PROTO_HEADER } from "./stamp-token";

/** The client's address as the portal's HTTP server resolved it; "unknown" when the request did not come
 * through it (e.g. plain `next start`): then every such request shares one address, never a forged one. */
export function clientAddress(headers: Headers): string {
  return stamped(headers) ? (headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown") : "unknown";
}

/** Whether the browser reached the portal over TLS (directly, or through a trusted proxy that says so). */
export function requestIsHttps(headers: Headers): boolean {
  return stamped(headers) && headers.get(REQUEST_PROTO_HEADER) === "https";
}

/**
 * Refuses cross-site posts: the Origin header must be present and name the host the browser sent the request
 * to. Browsers send Origin with every POST; its absence means a script or an old client, refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("host");
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
