// Sessions really end: a token is honoured only while its account exists, is active, carries the same
// session version and its session row is live. Deactivation, a role change, a password reset or change,
// and sign-out (endAllSessions, and next-auth's own route via endSessionsOfToken) each refuse the user's
// existing token at the next request, while other users stay signed in; a session also ends when idle.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users, userSessions } from "@/db/schema";
import { env } from "@/lib/env";
import { resolveActor, resolveSession } from "@/lib/auth/resolve-actor";
import { claimSession, hashSessionId, SESSION_MAX_HOURS, startSession } from "@/lib/auth/sessions";
import { changeOwnPassword, changeUserRole, endAllSessions, endSessionsOfToken, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { useTestDb } from "../../helpers/db";
import { actorOf, FROM, makeUser, PASSWORD, tokenOf } from "../../helpers/users";

const t = useTestDb();

async function reload(id: number) {
  const [u] = await t.db.select().from(users).where(eq(users.id, id));
  return u!;
}

async function setup() {
  const admin = await makeUser(t.db, "admin");
  const user = await makeUser(t.db, "staff");
  const bystander = await makeUser(t.db, "staff");
  return { admin: actorOf(admin), user, token: await tokenOf(t.db, user), bystanderToken: await tokenOf(t.db, bystander) };
}

describe("resolveActor", () => {
  it("accepts a valid token and takes the role from the database, with the request's address", async () => {
    const { user, token } = await setup();
    expect(await resolveActor(token, FROM)).toEqual({ id: user.id, email: user.email, name: user.name, role: "staff", ip: "127.0.0.1", userAgent: "test" });
  });

  it("refuses no session, an unknown or malformed user id, and a token without the version", async () => {
    const { user } = await setup();
    expect(await resolveActor(null, FROM)).toBeNull();
    expect(await resolveActor({ user: { id: "999999" }, sv: 1 }, FROM)).toBeNull();
    expect(await resolveActor({ user: { id: "abc" }, sv: 1 }, FROM)).toBeNull();
    expect(await resolveActor({ user: { id: "-1" }, sv: 1 }, FROM)).toBeNull();
    expect(await resolveActor({ user: {}, sv: 1 }, FROM)).toBeNull();
    const live = await tokenOf(t.db, user);
    expect(await resolveActor({ user: { id: String(user.id) }, sid: live.sid }, FROM)).toBeNull();
    expect(await resolveActor({ ...live, sv: user.sessionVersion - 1 }, FROM)).toBeNull();
    // A token without a session id (minted before sessions had rows), or with someone else's, is refused.
    expect(await resolveActor({ user: { id: String(user.id) }, sv: user.sessionVersion }, FROM)).toBeNull();
    expect(await resolveActor({ ...live, sid: "x".repeat(43) }, FROM)).toBeNull();
    const other = await makeUser(t.db, "staff");
    expect(await resolveActor({ ...live, user: { id: String(other.id) }, sv: other.sessionVersion }, FROM)).toBeNull();
    expect(await resolveActor(live, FROM)).not.toBeNull();
  });

  it("refuses a deactivated user's existing session at the next request; reactivation does not revive it", async () => {
    const { admin, user, token, bystanderToken } = await setup();
    expect(await resolveActor(token, FROM)).not.toBeNull();
    expect(await setUserActive(admin, user.id, false)).toEqual({ ok: true, value: undefined });
    expect(await resolveActor(token, FROM)).toBeNull();
    // Even a token minted with the new version is refused while the account is locked.
    expect(await resolveActor(await tokenOf(t.db, await reload(user.id)), FROM)).toBeNull();

    await setUserActive(admin, user.id, true);
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(await tokenOf(t.db, await reload(user.id)), FROM)).not.toBeNull();
    expect(await resolveActor(bystanderToken, FROM)).not.toBeNull();
  });

  it("refuses the old token after a role change; a new sign-in gets the new role", async () => {
    const { admin, user, token, bystanderToken } = await setup();
    await changeUserRole(admin, user.id, "admin");
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(await tokenOf(t.db, await reload(user.id)), FROM)).toMatchObject({ id: user.id, role: "admin" });
    expect(await resolveActor(bystanderToken, FROM)).not.toBeNull();
  });

  it("refuses the old token after an administrator resets the password", async () => {
    const { admin, user, token, bystanderToken } = await setup();
    await resetUserPassword(admin, user.id, "Mat-khau-moi-2026");
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(bystanderToken, FROM)).not.toBeNull();
  });

  it("refuses the old token after the user changes their own password, but not after a wrong current password", async () => {
    const { user, token } = await setup();
    const me = actorOf(user);
    expect(await changeOwnPassword(me, "sai-mat-khau-hien-tai", "Mat-khau-moi-2026")).toMatchObject({ ok: false, errors: { currentPassword: expect.any(String) } });
    expect(await resolveActor(token, FROM)).not.toBeNull();
    expect(await changeOwnPassword(me, PASSWORD, "Mat-khau-moi-2026")).toEqual({ ok: true, value: undefined });
    expect(await resolveActor(token, FROM)).toBeNull();
  });

  it("refuses every token of the user after sign-out (endAllSessions), not other users'", async () => {
    const { user, token, bystanderToken } = await setup();
    const copied = { ...token }; // a token copied to another browser dies too
    await endAllSessions(actorOf(user));
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(copied, FROM)).toBeNull();
    expect(await resolveActor(bystanderToken, FROM)).not.toBeNull();
  });
});

describe("server-side sessions", () => {
  const MINUTE = 60_000;
  const sessionRow = async (sid: string) => (await t.db.select().from(userSessions).where(eq(userSessions.idHash, hashSessionId(sid))))[0]!;

  it("ends a session after SESSION_IDLE_MINUTES without a request, with a clock the test controls", async () => {
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
    const user = await makeUser(t.db, "staff");
    const t0 = new Date("2026-03-02T08:00:00Z");
    const token = await tokenOf(t.db, user, t0);
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);

    // Requests every 20 minutes keep it alive well past 30 minutes from the start…
    expect(await resolveActor(token, FROM, at(20))).not.toBeNull();
    expect((await sessionRow(token.sid)).lastSeenAt).toEqual(at(20));
    expect(await resolveActor(token, FROM, at(40))).not.toBeNull();
    // …a request within a minute of the last one does not write again…
    expect(await resolveActor(token, FROM, at(40.5))).not.toBeNull();
    expect((await sessionRow(token.sid)).lastSeenAt).toEqual(at(40));
    // …and 30 minutes and a second without a request end it, for good.
    expect(await resolveActor(token, FROM, new Date(at(70).getTime() + 1000))).toBeNull();
    expect((await sessionRow(token.sid)).endedAt).not.toBeNull();
    expect(await resolveActor(token, FROM, at(41))).toBeNull();
  });

  it("ends a session after SESSION_MAX_HOURS however busy", async () => {
    const user = await makeUser(t.db, "staff");
    const t0 = new Date("2026-03-02T08:00:00Z");
    const token = await tokenOf(t.db, user, t0);
    let now = t0;
    for (let i = 0; i < (SESSION_MAX_HOURS * 60) / 20; i++) {
      now = new Date(now.getTime() + 20 * MINUTE);
      const alive = await resolveActor(token, FROM, now);
      if (now.getTime() - t0.getTime() <= SESSION_MAX_HOURS * 3_600_000) expect(alive).not.toBeNull();
    }
    expect(await resolveActor(token, FROM, new Date(t0.getTime() + SESSION_MAX_HOURS * 3_600_000 + MINUTE))).toBeNull();
  });

  it("is claimed by next-auth once, within a minute of being opened after the checks", async () => {
    const user = await makeUser(t.db, "staff");
    const now = new Date();
    const sid = await startSession(user, FROM, "password", now);
    // Not usable before it is claimed (the token does not exist yet).
    expect(await resolveActor({ user: { id: String(user.id) }, sv: user.sessionVersion, sid }, FROM, now)).toBeNull();
    const [a, b] = await Promise.all([claimSession(sid, now), claimSession(sid, now)]);
    expect([a, b].filter((x) => x === user.id)).toHaveLength(1);
    expect([a, b].filter((x) => x === null)).toHaveLength(1);
    expect(await resolveActor({ user: { id: String(user.id) }, sv: user.sessionVersion, sid }, FROM, now)).not.toBeNull();

    const late = await startSession(user, FROM, "password", now);
    expect(await claimSession(late, new Date(now.getTime() + 61_000))).toBeNull();
    expect(await claimSession("khong-co-phien-nay", now)).toBeNull();
  });

  it("ends every session of the user when a live token signs out through next-auth's route; a dead token changes nothing", async () => {
    const user = await makeUser(t.db, "staff");
    const here = await tokenOf(t.db, user);
    const elsewhere = await tokenOf(t.db, user);
    await endSessionsOfToken(here, FROM);
    expect(await resolveActor(here, FROM)).toBeNull();
    expect(await resolveActor(elsewhere, FROM)).toBeNull();
    const after = await reload(user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await sessionRow(elsewhere.sid)).endedAt).not.toBeNull();
    const outs = await t.db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_out"));
    expect(outs).toHaveLength(1);

    // The same copied token again: already dead, so no second bump and no second entry.
    await endSessionsOfToken(here, FROM);
    expect((await reload(user.id)).sessionVersion).toBe(after.sessionVersion);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_out"))).toHaveLength(1);
  });

  it("names what a session must do first: a demo password to change, an administrator's second step", async () => {
    const demo = await makeUser(t.db, "admin", { mustChangePassword: true });
    expect(await resolveSession(await tokenOf(t.db, demo), FROM)).toMatchObject({ obligation: "change_password" });
    const admin = await makeUser(t.db, "admin");
    expect(await resolveSession(await tokenOf(t.db, admin), FROM)).toMatchObject({ obligation: "enrol_second_step" });
    const staff = await makeUser(t.db, "staff");
    expect(await resolveSession(await tokenOf(t.db, staff), FROM)).toMatchObject({ obligation: null });
    const enrolled = await makeUser(t.db, "admin", { totpSecret: "v1:sealed", totpEnabledAt: new Date() });
    expect(await resolveSession(await tokenOf(t.db, enrolled), FROM)).toMatchObject({ obligation: null });
  });
});
