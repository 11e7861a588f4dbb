// The one rule for the client's address, used by every limit and by the audit log: the socket's address, or,
// behind TRUSTED_PROXIES reverse proxies (each appending the address it received from to X-Forwarded-For),
// the right-most hop that none of them is. Anything a client writes further left is ignored. Pure.
import { isIP } from "node:net";

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1; zone ids and brackets go. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  const zone = a.indexOf("%");
  if (zone > 0) a = a.slice(0, zone);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  // A proxy may write "1.2.3.4:5678": an IPv4 address with a port.
  const v4port = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(a);
  if (v4port) a = v4port[1]!;
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * The client, given the socket's peer, the X-Forwarded-For header as it arrived, and how many proxies we
 * trust. With 0, the socket is the client whatever the header says. With n, the socket is the nearest proxy;
 * the header's right-most n−1 entries are the other proxies' peers; the entry before them is the client.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const socket = normalizeAddress(socketAddress) ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  // hops[len - 1] is what the nearest proxy saw; each further trusted proxy adds one more on the right.
  const index = hops.length - trustedProxies;
  if (index < 0) return hops.length ? (normalizeAddress(hops[0]) ?? socket) : socket;
  return normalizeAddress(hops[index]) ?? socket;
}
