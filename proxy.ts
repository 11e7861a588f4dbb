// Next's proxy: sends signed-out visitors of /admin to the sign-in page, and answers a form post whose body
// is over the upload limit with a Vietnamese 413 page (otherwise Next cuts the body at its limit and the
// action fails with a bare "Internal Server Error"). Only a convenience: every admin page, action and
// handler checks the session and role itself (lib/auth/session.ts), and uploads are checked in lib/uploads.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { bodyTooLargeResponse, declaresTooLargeBody } from "@/lib/uploads/body-limit";

// next-auth's `auth` called with (request, event) is its proxy: the `authorized` callback, then the redirect.
const signInGate = auth as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  if (req.method === "POST" && declaresTooLargeBody(req)) return bodyTooLargeResponse(undefined, "html");
  const { pathname } = req.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return signInGate(req, ev);
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/admin/:path*",
    // The citizens' dossier form (SPEC: /services/[code]/apply): only requests carrying a body come here.
    { source: "/services/:code/apply", has: [{ type: "header", key: "content-length" }] },
  ],
};
