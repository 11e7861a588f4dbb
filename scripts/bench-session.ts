// A signed-in staff member's session cookie for the HTTP benchmark (npm run bench:services): a session row
// as sign-in leaves it (claimed) and next-auth's own encrypted cookie for it, so the queue is measured as staff
// use it, without a browser. The benchmark's own staff account is made when missing; it has no usable password
// (its hash is not argon2), so nobody can sign in with it. Prints the Cookie header. Refuses while the server
// holds the embedded database.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { runCli } from "./cli";
import { userSessions, users } from "@/db/schema";
import { hashSessionId } from "@/lib/auth/sessions";
import { getServerSecret } from "@/lib/security/secret";

const COOKIE = "authjs.session-token";

await runCli("bench-session", async (h) => {
  const email = "bench.staff@example.invalid";
  await h.db.insert(users).values({ email, name: "Tài khoản đo tốc độ", role: "staff", passwordHash: "!bench-no-password" }).onConflictDoNothing();
  const [u] = await h.db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!u) throw new Error("could not make the benchmark's staff account");
  const sid = randomBytes(32).toString("base64url");
  const now = new Date();
  await h.db.insert(userSessions).values({ idHash: hashSessionId(sid), userId: u.id, createdAt: now, claimedAt: now, lastSeenAt: now, ip: "127.0.0.1", userAgent: "bench" });
  const token = await encode({
    token: { sub: String(u.id), name: u.name, email: u.email, uid: String(u.id), role: u.role, sv: u.sessionVersion, sid },
    secret: getServerSecret(),
    salt: COOKIE,
    maxAge: 8 * 3600,
  });
  process.stdout.write(`${COOKIE}=${token}\n`);
});
