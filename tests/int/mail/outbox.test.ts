// Without SMTP_URL (the default here), nothing is sent: messages are kept in the outbox, listed for staff newest
// first with a status filter, and opening one writes an "outbox.open" audit entry before it is shown.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, outbox } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/permissions";
import { deliverPendingMail } from "@/lib/mail/delivery";
import { enqueueMail } from "@/lib/mail/mutations";
import { listOutbox, openOutboxMessage } from "@/lib/mail/queries";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

const enqueue = (subject: string, related = true) =>
  t.db.transaction((tx) =>
    enqueueMail(tx, {
      to: "tran.thi.binh@example.vn",
      subject,
      text: `Kính gửi bà Trần Thị Bình,\n\n${subject}.`,
      kind: "supplement_requested",
      related: related ? { entity: "dossier", id: "42" } : undefined,
    }),
  );

describe("without SMTP_URL", () => {
  it("keeps the message, sends nothing, and lists it for staff newest first", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    const first = await enqueue("Yêu cầu bổ sung hồ sơ lần 1");
    const second = await enqueue("Yêu cầu bổ sung hồ sơ lần 2");
    expect(await deliverPendingMail()).toEqual({ sent: [], retrying: [], failed: [] });
    const rows = await t.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["kept", 0],
      ["kept", 0],
    ]);

    const page = await listOutbox(staff);
    expect(page.items.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(page.items[0]).toMatchObject({ recipient: "tran.thi.binh@example.vn", subject: "Yêu cầu bổ sung hồ sơ lần 2", status: "kept" });
    expect((await listOutbox(staff, { status: "kept" })).total).toBe(2);
    expect((await listOutbox(staff, { status: "sent" })).items).toEqual([]);
    expect((await listOutbox(staff, { status: "nonsense" })).status).toBeNull();
  });

  it("opening a message shows its full text and writes an audit entry first", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    const { id } = await enqueue("Yêu cầu bổ sung bản sao giấy phép kinh doanh");
    const opened = await openOutboxMessage(staff, String(id));
    expect(opened?.textBody).toBe("Kính gửi bà Trần Thị Bình,\n\nYêu cầu bổ sung bản sao giấy phép kinh doanh.");
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "outbox.open"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: staff.id, entity: "mail", entityId: String(id), after: { related: "dossier:42" } });
  });

  it("an unknown or malformed id opens nothing and audits nothing; the signed-out are refused", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    expect(await openOutboxMessage(staff, "999")).toBeNull();
    expect(await openOutboxMessage(staff, "1 or 1=1")).toBeNull();
    expect((await t.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(0);
    await expect(listOutbox(null)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(openOutboxMessage(null, "1")).rejects.toBeInstanceOf(AuthorizationError);
  });
});
