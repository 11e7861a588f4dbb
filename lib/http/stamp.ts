// What the portal's HTTP server (scripts/server.ts) writes on every request before Next sees it: the client's
// address and the protocol by the one rule, with a token only this process knows, so handlers can tell our
// stamp from a header a client made up. Forwarding headers are dropped unless a trusted proxy set them.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { resolveClientAddress } from "./client-address";
import { forwardedProto } from "./proto";
import { CLIENT_ADDRESS_HEADER, REQUEST_PROTO_HEADER, REQUEST_TOKEN_HEADER, setRequestToken } from "./stamp-token";

const TOKEN = randomBytes(24).toString("base64url");
setRequestToken(TOKEN);

const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

export function stampRequest(req: IncomingMessage, trustedProxies: number): void {
  const h = req.headers;
  const client = resolveClientAddress(req.socket.remoteAddress, h["x-forwarded-for"], trustedProxies);
  const proto = forwardedProto(req.socket as TLSSocket, h["x-forwarded-proto"], trustedProxies);
  // Without a trusted proxy, nobody in front may speak for the client: next-auth (trustHost) and Next would
  // otherwise build URLs from a made-up X-Forwarded-Host.
  if (trustedProxies <= 0) for (const name of FORWARDING) delete h[name];
  // Next and libraries that read X-Forwarded-For see the same single address as our own code.
  h["x-forwarded-for"] = client;
  h[CLIENT_ADDRESS_HEADER] = client;
  // HSTS (next.config.js) follows X-Forwarded-Proto: it now says what the one rule decided.
  h["x-forwarded-proto"] = proto;
  h[REQUEST_PROTO_HEADER] = proto;
  h[REQUEST_TOKEN_HEADER] = TOKEN;
}
