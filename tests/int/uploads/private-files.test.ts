// Private files on a real database: a checked upload is stored with its bytes intact and a "file.upload"
// audit entry in the caller's transaction (rolled back with it); only signed-in staff open one, each opening
// writes exactly one "file.download" entry, and the signed-out, unknown or malformed ids get nothing.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, privateFiles } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { AuthorizationError } from "@/lib/auth/permissions";
import { runInTransaction, refuse } from "@/lib/kernel";
import { checkUpload, type AcceptedUpload } from "@/lib/uploads";
import { openPrivateFile, savePrivateFile } from "@/lib/uploads/private-files";
import { actorOf, makeUser } from "../../helpers/users";
import { minimalDocx, minimalPdf } from "../../helpers/documents";
import { useTestDb } from "../../helpers/db";

const t = useTestDb();

const CITIZEN = { id: null, email: "", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Linux; Android 14)" };

async function accepted(bytes: Buffer, name: string): Promise<AcceptedUpload> {
  const r = await checkUpload("document", bytes, name);
  if (!r.ok) throw new Error(r.error);
  return r.file;
}

async function stored(bytes = minimalPdf(), name = "to-khai.pdf"): Promise<string> {
  const file = await accepted(bytes, name);
  const r = await runInTransaction((tx) => savePrivateFile(tx, file, CITIZEN));
  if (!r.ok) throw new Error("save failed");
  return r.value.id;
}

describe("savePrivateFile", () => {
  it("stores the bytes, the safe name and the detected type, audited without the bytes", async () => {
    const docx = minimalDocx();
    const id = await stored(docx, "C:\\fakepath\\Đơn đề nghị.docx");
    const [row] = await t.db.select().from(privateFiles).where(eq(privateFiles.id, id));
    expect(row).toMatchObject({
      kind: "document",
      filename: "Đơn đề nghị.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      byteSize: docx.length,
      createdById: null,
    });
    expect(Buffer.compare(Buffer.from(row.data), docx)).toBe(0);
    const entries = await t.db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "file.upload", entity: "file", entityId: id, actorId: null, ip: CITIZEN.ip });
    expect(entries[0].after).toEqual({ kind: "document", filename: "Đơn đề nghị.docx", mimeType: row.mimeType, byteSize: docx.length, sha256: row.sha256 });
  });

  it("is rolled back with the caller's transaction: nothing half-saved", async () => {
    const file = await accepted(minimalPdf(), "a.pdf");
    const r = await runInTransaction(async (tx) => {
      await savePrivateFile(tx, file, CITIZEN);
      refuse("Hồ sơ không hợp lệ.");
    });
    expect(r.ok).toBe(false);
    expect(await t.db.select({ id: privateFiles.id }).from(privateFiles)).toHaveLength(0);
    expect(await t.db.select({ id: auditLog.id }).from(auditLog)).toHaveLength(0);
  });
});

describe("openPrivateFile", () => {
  it("gives staff the bytes and writes exactly one download entry per opening", async () => {
    const id = await stored();
    const staff = actorOf(await makeUser(t.db, "staff"));
    const file = await openPrivateFile(staff, id.toUpperCase());
    expect(file).toMatchObject({ id, filename: "to-khai.pdf", mimeType: "application/pdf", byteSize: minimalPdf().length });
    expect(Buffer.compare(file!.data, minimalPdf())).toBe(0);
    await openPrivateFile(staff, id);
    const downloads = await t.db.select().from(auditLog).where(eq(auditLog.action, "file.download"));
    expect(downloads).toHaveLength(2);
    expect(downloads[0]).toMatchObject({ entity: "file", entityId: id, actorId: staff.id, actorEmail: staff.email });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("refuses the signed-out before reading, and answers null (unaudited) for unknown or malformed ids", async () => {
    const id = await stored();
    await expect(openPrivateFile(null, id)).rejects.toMatchObject({ kind: "unauthenticated" });
    await expect(openPrivateFile(null, id)).rejects.toBeInstanceOf(AuthorizationError);
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect(await openPrivateFile(admin, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await openPrivateFile(admin, "'; drop table private_files; --")).toBeNull();
    expect(await openPrivateFile(admin, `${id}x`)).toBeNull();
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "file.download"))).toHaveLength(0);
  });

  it("cannot hold a row whose size disagrees with its bytes", async () => {
    await expect(
      t.db.insert(privateFiles).values({ kind: "document", filename: "x.pdf", mimeType: "application/pdf", byteSize: 999, sha256: "0".repeat(64), data: Buffer.from("abc") }),
    ).rejects.toThrow();
  });
});
