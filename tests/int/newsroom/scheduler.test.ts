// The scheduler's job: scheduled articles appear by themselves when their time comes (dated at the
// scheduled time), future ones wait, and failures are recorded on the article for staff to see instead of
// being lost; the job stops retrying after a few attempts. Runs never overlap.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // The signing secret comes from the environment (else a file under DATA_DIR, which tests must not touch).
  process.env.AUTH_SECRET ??= "test-only-secret-for-the-scheduler-0123456789";
});

import { eq, sql } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { articles, auditLog, categories } from "@/db/schema";
import { getPublishedArticle } from "@/lib/news/queries";
import { publishDueArticles, SYSTEM_ACTOR } from "@/lib/newsroom/mutations";
import { listSchedules, MAX_SCHEDULE_ATTEMPTS } from "@/lib/newsroom/queries";
import { createScheduler } from "@/lib/newsroom/scheduler";
import { signRevalidation, verifyRevalidationSignature } from "@/lib/newsroom/revalidation";
import { makeActor, READY } from "../../helpers/newsroom";
import { SCHEDULE_SYSTEM_ERROR } from "@/lib/newsroom/schedule-error";
import { articleWorkflow } from "@/lib/newsroom/workflow";
import { applyTransition } from "@/lib/workflow/engine";

const t = useTestDb();

async function scheduled(title: string, scheduledAt: Date, over: Partial<typeof articles.$inferInsert> = {}) {
  const c = (await t.db.select().from(categories))[0] ?? (await makeCategory(t.db));
  return makeArticle(t.db, { title, categoryId: c.id, ...READY, status: "scheduled", publishedAt: null, scheduledAt, ...over });
}

async function row(id: number) {
  const [a] = await t.db.select().from(articles).where(eq(articles.id, id));
  return a;
}

describe("publishDueArticles", () => {
  it("publishes scheduled articles whose time has come, dated at their scheduled time, and leaves the rest", async () => {
    const past = new Date(Date.now() - 5 * 60_000);
    const due = await scheduled("Tin đến giờ đăng", past);
    const future = await scheduled("Tin chưa đến giờ", new Date(Date.now() + 3600_000));
    const draft = await scheduled("Bản nháp có giờ cũ", past, { status: "draft" });
    expect(await getPublishedArticle(due.slug)).toBeNull();

    const result = await publishDueArticles();
    expect(result).toEqual({ published: [{ id: due.id, slug: due.slug }], failed: [] });
    expect(await row(due.id)).toMatchObject({ status: "published", publishedAt: past, scheduleError: null });
    expect(await getPublishedArticle(due.slug)).not.toBeNull();
    expect((await row(future.id)).status).toBe("scheduled");
    expect((await row(draft.id)).status).toBe("draft");

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "article.publish_scheduled"));
    expect(entry).toMatchObject({ actorId: null, actorEmail: SYSTEM_ACTOR.email, entityId: String(due.id) });
    expect(entry.after).toMatchObject({ status: "published" });

    // A second run finds nothing more to do.
    expect(await publishDueArticles()).toEqual({ published: [], failed: [] });
  });

  it("records a failure on the article, keeps it listed as failed, counts attempts and stops retrying", async () => {
    const staff = await makeActor(t.db, "Biên tập");
    const past = new Date(Date.now() - 60_000);
    const empty = await scheduled("Tin hẹn giờ thiếu nội dung", past, { sapo: "", bodyHtml: "<p></p>" });
    const ok = await scheduled("Tin hẹn giờ bình thường", past);

    const first = await publishDueArticles();
    expect(first.published.map((p) => p.id)).toEqual([ok.id]);
    expect(first.failed).toEqual([{ id: empty.id, error: expect.stringMatching(/chưa thể đăng.*thiếu sapo, nội dung/) }]);
    expect(await row(empty.id)).toMatchObject({ status: "scheduled", scheduleAttempts: 1, scheduleError: expect.stringMatching(/thiếu sapo/) });
    const lists = await listSchedules(staff);
    expect(lists.failed.map((f) => [f.id, f.scheduleAttempts])).toEqual([[empty.id, 1]]);
    expect(lists.pending).toEqual([]);
    const failures = await t.db.select().from(auditLog).where(eq(auditLog.action, "article.schedule_failed"));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ actorId: null, actorEmail: "system" });

    for (let i = 2; i <= MAX_SCHEDULE_ATTEMPTS + 2; i++) await publishDueArticles();
    expect((await row(empty.id)).scheduleAttempts).toBe(MAX_SCHEDULE_ATTEMPTS);
  });

  it("records a database failure without losing the article, and the next articles still publish", async () => {
    const past = new Date(Date.now() - 60_000);
    const broken = await scheduled("Tin gặp lỗi cơ sở dữ liệu", past, { scheduledAt: new Date(past.getTime() - 1000) });
    const fine = await scheduled("Tin đăng sau tin lỗi", past);
    // A trigger that refuses to publish one article stands in for any failure inside the transaction.
    await t.db.execute(sql.raw(`
      create function test_refuse_publish() returns trigger language plpgsql as $$
      begin
        if new.status = 'published' and new.id = ${broken.id} then raise exception 'ổ đĩa đầy (giả lập)'; end if;
        return new;
      end $$`));
    await t.db.execute(sql.raw(`create trigger test_refuse_publish before update on articles for each row execute function test_refuse_publish()`));
    try {
      const result = await publishDueArticles();
      expect(result.published.map((p) => p.id)).toEqual([fine.id]);
      expect(result.failed).toEqual([{ id: broken.id, error: expect.stringMatching(/^Lỗi hệ thống khi đăng bài/) }]);
      // Staff see that it failed and that it will be retried, never the database's own words.
      expect(result.failed[0].error).not.toContain("ổ đĩa đầy");
      expect(await row(broken.id)).toMatchObject({ status: "scheduled", publishedAt: null, scheduleAttempts: 1, scheduleError: result.failed[0].error });
      expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "article.publish_scheduled"))).toHaveLength(1);
    } finally {
      await t.db.execute(sql.raw(`drop trigger test_refuse_publish on articles`));
      await t.db.execute(sql.raw(`drop function test_refuse_publish()`));
    }
  });
});

describe("the recorded failure", () => {
  it("is stored in Vietnamese whatever the caller passed: a database's own words never reach the schedules page", async () => {
    const past = new Date(Date.now() - 60_000);
    const a = await scheduled("Tin có lỗi thô", past);
    const raw = 'Failed query: update "articles" set "status" = $1 where "articles"."id" = $2\nparams: published,1';
    const r = await applyTransition(articleWorkflow, SYSTEM_ACTOR, a.id, "schedule_failed", { error: raw });
    expect(r.ok).toBe(true);
    expect((await row(a.id)).scheduleError).toBe(SCHEDULE_SYSTEM_ERROR);
  });
});

describe("the scheduler loop", () => {
  it("never runs twice at once, and retries the page revalidation it could not do", async () => {
    let active = 0;
    let maxActive = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const revalidations: string[] = [];
    let failRevalidation = true;
    const s = createScheduler({
      intervalMs: 3_600_000,
      firstRunMs: 3_600_000,
      publish: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await gate;
        active--;
        return { published: [{ id: 1, slug: "tin" }], failed: [] };
      },
      revalidate: async () => {
        revalidations.push("call");
        if (failRevalidation) throw new Error("server not listening yet");
      },
    });
    try {
      const a = s.runOnce();
      const b = s.runOnce();
      expect(b).toBe(a);
      release();
      await a;
      expect(maxActive).toBe(1);
      expect(revalidations).toHaveLength(1);
      failRevalidation = false;
      await s.runOnce();
      expect(revalidations).toHaveLength(2);
    } finally {
      s.stop();
    }
  });

  it("keeps running after a failed run", async () => {
    let calls = 0;
    const s = createScheduler({
      intervalMs: 3_600_000,
      firstRunMs: 3_600_000,
      publish: async () => {
        calls++;
        if (calls === 1) throw new Error("database unavailable");
        return { published: [], failed: [] };
      },
      revalidate: async () => {},
    });
    try {
      expect(await s.runOnce()).toBeNull();
      expect(await s.runOnce()).toEqual({ published: [], failed: [] });
    } finally {
      s.stop();
    }
  });
});

describe("the scheduler's revalidation request", () => {
  it("is obeyed only when signed with the server secret and fresh", () => {
    const now = Date.now();
    const header = signRevalidation(now);
    expect(verifyRevalidationSignature(header, now)).toBe(true);
    expect(verifyRevalidationSignature(header, now + 50_000)).toBe(true);
    expect(verifyRevalidationSignature(header, now + 120_000)).toBe(false);
    const [ts, mac] = header.split(".");
    expect(verifyRevalidationSignature(`${Number(ts) + 1}.${mac}`, now)).toBe(false);
    for (const bad of [null, "", "abc", `${ts}.`, `${ts}.${"A".repeat(43)}`]) expect(verifyRevalidationSignature(bad, now)).toBe(false);
  });

  it("covers what it asks for: a signed request for some articles cannot be turned into another", () => {
    const now = Date.now();
    const body = JSON.stringify({ articles: ["bai-a"] });
    const header = signRevalidation(now, body);
    expect(verifyRevalidationSignature(header, now, body)).toBe(true);
    expect(verifyRevalidationSignature(header, now, JSON.stringify({ articles: ["bai-b"] }))).toBe(false);
    expect(verifyRevalidationSignature(header, now, "")).toBe(false);
  });
});
