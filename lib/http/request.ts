// Request facts route handlers need: the client's address (from the reverse proxy) and a same-origin check.
import "server-only";

export function clientAddress(headers: Headers): string {
  // Behind the deployment's reverse proxy, which sets X-Forwarded-For; the first hop is the client.
  const xff = headers.get("x-forwarded-for");
  if (xff) return xff.split(",")[0]!.trim();
  return headers.get("x-real-ip") ?? "unknown";
}

/** Refuses cross-site form posts: a present Origin must match the Host the request came to. */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return origin !== "null";
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
