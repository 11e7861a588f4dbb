// next-auth (v5) with the credentials provider and JWT sessions. The token carries the user's id and
// session version; lib/auth/session.ts checks both against the database on every admin request, so
// sign-out, deactivation, role and password changes end sessions at once.
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { clientAddress } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { getServerSecret } from "@/lib/security/secret";
import { burnPasswordCheck, verifyPassword } from "./password";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "./throttle";
import { findUserByEmail } from "./users";
import { signInInput } from "./validation";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: "staff" | "admin" };
    sv: number;
  }
  interface User {
    role?: "staff" | "admin";
    sv?: number;
  }
}

/** Wrong e-mail or password (never says which). */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
/** Too many failures: the code carries the minutes to wait. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

const SESSION_HOURS = 8;

function config(): NextAuthConfig {
  return {
    secret: getServerSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const { email, password } = parsed.data;
          const ip = clientAddress(request.headers);
          const throttle = await checkSignInThrottle(email, ip);
          if (throttle.locked) throw new ThrottledSignIn(Math.max(1, Math.ceil(throttle.retryAfterSeconds / 60)));
          if (throttle.delayMs) await new Promise((r) => setTimeout(r, throttle.delayMs));

          const user = await findUserByEmail(email);
          const ok = user?.active ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
          if (!user || !ok) {
            await recordSignInFailure(email, ip);
            logger.info({ ip }, "sign-in failed");
            throw new InvalidCredentials();
          }
          await clearSignInFailures(email);
          const db = await getDb();
          await db.transaction(async (tx) => {
            await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
            await writeAudit(
              tx,
              { id: user.id, email: user.email, ip, userAgent: request.headers.get("user-agent") ?? "" },
              { action: "auth.sign_in", entity: "user", entityId: user.id },
            );
          });
          return { id: String(user.id), email: user.email, name: user.name, role: user.role, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sv;
        }
        return token;
      },
      session({ session, token }) {
        session.user.id = String(token.uid ?? "");
        session.user.role = (token.role as "staff" | "admin") ?? "staff";
        session.sv = Number(token.sv ?? 0);
        return session;
      },
      // Used by proxy.ts: only a redirect for the signed-out; the real checks are in the guards.
      authorized({ auth }) {
        return !!auth?.user;
      },
    },
    logger: {
      // Wrong passwords are expected: no stack trace for them.
      error(error) {
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
        logger.error({ err: error }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
