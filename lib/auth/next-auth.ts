// next-auth (v5) with JWT sessions and a credentials provider that checks nothing itself: it only claims
// a session that lib/auth/sign-in.ts opened after every check passed (password, then the second step),
// once, within a minute. The token carries the user's id, session version and session id;
// lib/auth/session.ts checks them against the database on every admin request. Every sign-out path, this
// library's own POST /api/auth/signout included, ends every session of the user (events.signOut).
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { logger } from "@/lib/logger";
import { getServerSecret } from "@/lib/security/secret";
import { claimSession, SESSION_MAX_HOURS } from "./sessions";
import { findUserById } from "./users";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: "staff" | "admin" };
    sv: number;
    sid: string;
  }
  interface User {
    role?: "staff" | "admin";
    sv?: number;
    sid?: string;
  }
}

/** No session to claim (never says why). */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

/** The request's address and browser, where next-auth calls back without the request (sign-out). */
async function requestFrom(): Promise<{ ip: string; userAgent: string }> {
  try {
    const { headers } = await import("next/headers");
    const { clientAddress } = await import("@/lib/http/request");
    const h = await headers();
    return { ip: clientAddress(h), userAgent: h.get("user-agent") ?? "" };
  } catch {
    return { ip: "", userAgent: "" };
  }
}

function config(): NextAuthConfig {
  return {
    secret: getServerSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { sid: {} },
        async authorize(raw) {
          const sid = typeof raw?.sid === "string" ? raw.sid : "";
          const userId = await claimSession(sid);
          const user = userId ? await findUserById(userId) : null;
          if (!user?.active) throw new InvalidCredentials();
          return { id: String(user.id), email: user.email, name: user.name, role: user.role, sv: user.sessionVersion, sid };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sv;
          token.sid = user.sid;
        }
        return token;
      },
      session({ session, token }) {
        session.user.id = String(token.uid ?? "");
        session.user.role = (token.role as "staff" | "admin") ?? "staff";
        session.sv = Number(token.sv ?? 0);
        session.sid = String(token.sid ?? "");
        return session;
      },
      // Used by proxy.ts: only a redirect for the signed-out; the real checks are in the guards.
      authorized({ auth }) {
        return !!auth?.user;
      },
    },
    events: {
      // POST /api/auth/signout (and our own sign-out action, which has already done this: then a no-op).
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (!token) return;
        const { endSessionsOfToken } = await import("@/lib/users/mutations");
        await endSessionsOfToken({ user: { id: String(token.uid ?? "") }, sv: Number(token.sv ?? 0), sid: String(token.sid ?? "") }, await requestFrom());
      },
    },
    logger: {
      // Refused claims are expected: no stack trace for them.
      error(error) {
        const type = (error as { type?: string }).type;
        if (error instanceof CredentialsSignin || type === "CredentialsSignin") return;
        // A cookie that does not decrypt (forged, or from another secret) is a signed-out visitor, not a fault.
        if (type === "JWTSessionError") return void logger.warn("unreadable session cookie");
        logger.error({ err: error }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
