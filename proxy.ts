// Next's proxy, in this order: refuses a server action posted from another site (Vietnamese 403, see
// lib/security/cross-origin.ts); answers a form post whose body is over the upload limit with a Vietnamese
// 413 page (otherwise Next cuts the body at its limit and the action fails with a bare "Internal Server
// Error"); hands the tracking form's POST /track to its handler (/track/lookup); sends signed-out visitors of /admin to the sign-in page; and gives the pages rendered per request
// (admin, sign-in, preview links, search) a Content-Security-Policy with a fresh nonce (lib/security/csp.ts).
// Only a convenience for sessions: every admin page, action and handler checks the session and role itself
// (lib/auth/session.ts), and uploads are checked in lib/uploads.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { createNonce, noncePolicy } from "@/lib/security/csp";
import { crossOriginActionResponse, hasSameOrigin, isPossibleServerAction } from "@/lib/security/cross-origin";
import { bodyTooLargeResponse, declaresTooLargeBody } from "@/lib/uploads/body-limit";

// next-auth's `auth` called with (request, event) is its proxy: the `authorized` callback, then the redirect.
const signInGate = auth as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;

const isAdminPath = (p: string) => p === "/admin" || p.startsWith("/admin/");
// Rendered per request, so each response can carry its own nonce. Cached pages get theirs from next.config.js.
const isNoncePath = (p: string) => isAdminPath(p) || p === "/login" || p.startsWith("/preview/") || p === "/search";

/** The response continues to Next with the policy on the request (Next reads the nonce there) and on the answer. */
function withNonce(req: NextRequest, response: Response | null): Response {
  const policy = noncePolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", policy);
  const forward = NextResponse.next({ request: { headers: requestHeaders } });
  const out = response ?? forward;
  if (response) for (const [key, value] of forward.headers) if (key.startsWith("x-middleware-")) out.headers.set(key, value);
  out.headers.set("Content-Security-Policy", policy);
  return out;
}

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  if (isPossibleServerAction(req) && !hasSameOrigin(req.headers)) return crossOriginActionResponse();
  if (req.method === "POST" && declaresTooLargeBody(req)) return bodyTooLargeResponse(undefined, "html");
  const { pathname } = req.nextUrl;
  // The tracking form posts to /track itself (SPEC: /track with fields code and phone); a page cannot take a
  // POST, so its handler lives at /track/lookup (rate limit, 429, the sealed cookie, 303 back to /track).
  if (req.method === "POST" && pathname === "/track") return NextResponse.rewrite(new URL("/track/lookup", req.url));
  if (isAdminPath(pathname)) {
    const gate = await signInGate(req, ev);
    // A redirect to the sign-in page (or any answer of its own) goes out as it is.
    if (gate.headers.has("location") || !gate.headers.has("x-middleware-next")) return gate;
    return withNonce(req, gate);
  }
  // Routes are case-sensitive but next.config.js header paths are not: /ADMIN (a 404 page) gets a policy here.
  if (isNoncePath(pathname.toLowerCase())) return withNonce(req, null);
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/admin/:path*",
    "/login",
    "/preview/:path*",
    "/search",
    "/track",
    // The same paths in another case (404 pages): next.config.js matches header paths case-insensitively and
    // leaves them out too, so their policy comes from here.
    "/((?:[Aa][Dd][Mm][Ii][Nn]|[Ll][Oo][Gg][Ii][Nn]|[Pp][Rr][Ee][Vv][Ii][Ee][Ww]|[Ss][Ee][Aa][Rr][Cc][Hh])(?:/.*)?)",
    // The citizens' dossier form (SPEC: /services/[code]/apply): only requests carrying a body come here.
    { source: "/services/:code/apply", has: [{ type: "header", key: "content-length" }] },
    // Anything Next could run as a server action, on any page: the origin check above.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
