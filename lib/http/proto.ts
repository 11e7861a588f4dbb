// Whether a request reached the portal over TLS: the one rule behind X-Forwarded-Proto, which decides HSTS
// (next.config.js sends Strict-Transport-Security only when the header says "https"). A client can send
// the header itself, so the HTTP server replaces it before Next sees the request (lib/http/stamp.ts).
import type { Socket } from "node:net";

type MaybeTlsSocket = Pick<Socket, "remoteAddress"> & { encrypted?: boolean };

/**
 * "https" when the connection itself is TLS; behind `trustedProxies` reverse proxies (nginx terminating
 * TLS), what the nearest one says: the last value of the header, which that proxy set or appended.
 * With no trusted proxy the header is ignored, whatever the client wrote.
 */
export function forwardedProto(socket: MaybeTlsSocket, header: string | string[] | undefined, trustedProxies: number): "https" | "http" {
  if (socket.encrypted) return "https";
  if (trustedProxies < 1 || header === undefined) return "http";
  const values = (Array.isArray(header) ? header.join(",") : header).split(",").map((v) => v.trim().toLowerCase()).filter(Boolean);
  return values.at(-1) === "https" ? "https" : "http";
}
