// Sessions really end: a token is honoured only while its account exists, is active and carries the same
// session version. Deactivation, a role change, a password reset or change, and sign-out (endAllSessions)
// each refuse the user's existing token at the next request, while other users stay signed in.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { changeOwnPassword, changeUserRole, endAllSessions, resetUserPassword, setUserActive } from "@/lib/users/mutations";
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
  return { admin: actorOf(admin), user, token: tokenOf(user), bystanderToken: tokenOf(bystander) };
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
    expect(await resolveActor({ user: { id: String(user.id) } }, FROM)).toBeNull();
    expect(await resolveActor({ user: { id: String(user.id) }, sv: user.sessionVersion - 1 }, FROM)).toBeNull();
  });

  it("refuses a deactivated user's existing session at the next request; reactivation does not revive it", async () => {
    const { admin, user, token, bystanderToken } = await setup();
    expect(await resolveActor(token, FROM)).not.toBeNull();
    expect(await setUserActive(admin, user.id, false)).toEqual({ ok: true, value: undefined });
    expect(await resolveActor(token, FROM)).toBeNull();
    // Even a token minted with the new version is refused while the account is locked.
    expect(await resolveActor(tokenOf(await reload(user.id)), FROM)).toBeNull();

    await setUserActive(admin, user.id, true);
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(tokenOf(await reload(user.id)), FROM)).not.toBeNull();
    expect(await resolveActor(bystanderToken, FROM)).not.toBeNull();
  });

  it("refuses the old token after a role change; a new sign-in gets the new role", async () => {
    const { admin, user, token, bystanderToken } = await setup();
    await changeUserRole(admin, user.id, "admin");
    expect(await resolveActor(token, FROM)).toBeNull();
    expect(await resolveActor(tokenOf(await reload(user.id)), FROM)).toMatchObject({ id: user.id, role: "admin" });
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
