// Newsroom test helpers: staff accounts written through the real schema and the Actor a session would give.
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";

let hashed: Promise<string> | undefined;

export async function makeActor(db: Db, name: string, role: "staff" | "admin" = "staff"): Promise<Actor> {
  // One argon2 hash per file: the password itself plays no part in these tests.
  hashed ??= hashPassword("MatKhau-thu-nghiem-2026");
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.gov.vn`;
  const [u] = await db.insert(users).values({ email, name, role, passwordHash: await hashed }).returning();
  return { id: u.id, email: u.email, name: u.name, role: u.role, ip: "127.0.0.1", userAgent: "test" };
}

/** A body a citizen could read: the fields publishing requires. */
export const READY = {
  sapo: "Sáng 02/01/2014, Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ năm 2014.",
  bodyHtml: "<p>Hội nghị đánh giá kết quả năm 2013 và bàn nhiệm vụ năm 2014.</p>",
  author: "N.Hồng",
  source: "Mic.gov.vn",
  featured: false,
  coverMediaId: null,
};
