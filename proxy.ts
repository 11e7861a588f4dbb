// Next's proxy: sends signed-out visitors of /admin to the sign-in page. Only a convenience: every admin
// page, action and handler checks the session and role itself (lib/auth/session.ts).
export { auth as proxy } from "@/lib/auth/next-auth";

export const config = { matcher: ["/admin/:path*"] };
