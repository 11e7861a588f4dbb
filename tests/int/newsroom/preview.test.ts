// Preview links: a signed link shows one draft to someone without an account for 24 hours; a changed or
// expired link shows nothing.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // The signing secret comes from the environment (else a file under DATA_DIR, which tests must not touch).
  process.env.AUTH_SECRET ??= "test-only-secret-for-preview-links-0123456789";
});

import { useTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/fixtures";
import { makeActor, READY } from "../../helpers/newsroom";
import { createArticle } from "@/lib/newsroom/mutations";
import { getArticlePreview, getArticlePreviewByToken } from "@/lib/newsroom/queries";
import { createPreviewToken, PREVIEW_TTL_SECONDS, verifyPreviewToken } from "@/lib/newsroom/preview-token";
import { AuthorizationError } from "@/lib/auth/permissions";

const t = useTestDb();

describe("preview tokens", () => {
  it("grants its article until it expires 24 hours later", () => {
    const now = Date.UTC(2026, 10, 26, 3, 0, 0);
    const { token, expiresAt } = createPreviewToken(42, now);
    expect(token).toMatch(/^42\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime()).toBe(now + PREVIEW_TTL_SECONDS * 1000);
    expect(verifyPreviewToken(token, now)).toBe(42);
    expect(verifyPreviewToken(token, now + 23 * 3600_000)).toBe(42);
    expect(verifyPreviewToken(token, now + 24 * 3600_000)).toBeNull();
    expect(verifyPreviewToken(token, now + 30 * 24 * 3600_000)).toBeNull();
  });

  it("refuses a tampered token: another article, a later expiry, a changed signature, junk", () => {
    const now = Date.now();
    const { token } = createPreviewToken(7, now);
    const [id, exp, mac] = token.split(".");
    expect(verifyPreviewToken(`8.${exp}.${mac}`, now)).toBeNull();
    expect(verifyPreviewToken(`${id}.${Number(exp) + 3600}.${mac}`, now)).toBeNull();
    const flipped = mac.slice(0, -1) + (mac.endsWith("A") ? "B" : "A");
    expect(verifyPreviewToken(`${id}.${exp}.${flipped}`, now)).toBeNull();
    for (const junk of ["", "7", "7..", `${id}.${exp}`, `${token}.x`, `0${token}`, "../../etc/passwd", `${id}.${exp}.${mac}%00`]) {
      expect(verifyPreviewToken(junk, now), junk).toBeNull();
    }
  });

  it("shows the current draft to anyone with a valid link, and nothing otherwise", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const r = await createArticle(editor, { title: "Bản nháp chưa đăng", categoryId: c.id, ...READY });
    if (!r.ok) throw new Error("create failed");
    const { token } = createPreviewToken(r.value.id);
    expect(await getArticlePreviewByToken(token)).toMatchObject({ title: "Bản nháp chưa đăng", status: "draft", sapo: READY.sapo });
    expect(await getArticlePreviewByToken(token, Date.now() + 25 * 3600_000)).toBeNull();
    expect(await getArticlePreviewByToken(createPreviewToken(r.value.id + 1).token)).toBeNull();
    // Without a link, previews are for signed-in staff only.
    await expect(getArticlePreview(null, r.value.id)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await getArticlePreview(editor, r.value.id)).toMatchObject({ title: "Bản nháp chưa đăng" });
  });
});
