// The workflow engine on its own: a step the state or the actor does not allow is refused and nothing
// changes; an allowed step writes the change and exactly one audit entry, in one transaction (a failure in
// its effect rolls back the change too). A small workflow over the articles table stands in for any type.
import { describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { makeActor } from "../../helpers/newsroom";
import { articles, auditLog, type Article } from "@/db/schema";
import { AuthorizationError, SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { refuse } from "@/lib/kernel";
import { applyTransition, availableTransitions, blockedTransitions, defineWorkflow } from "@/lib/workflow/engine";

const t = useTestDb();

const demo = defineWorkflow<Article, Article["status"], Partial<typeof articles.$inferInsert>>()({
  subject: "article",
  states: { draft: "Nháp", in_review: "Chờ duyệt", published: "Đã đăng", unpublished: "Đã gỡ", scheduled: "Hẹn giờ" },
  notFound: "Không có.",
  load: async (tx, id) => (await tx.select().from(articles).where(eq(articles.id, id)).for("update"))[0] ?? null,
  save: async (tx, r, patch) => (await tx.update(articles).set(patch).where(eq(articles.id, r.id)).returning())[0]!,
  idOf: (a) => a.id,
  auditView: (a) => ({ status: a.status, title: a.title }),
  transitions: {
    send: { label: "Gửi", from: ["draft"], permission: "news.write", audit: "article.submit_for_review", wrongState: "Chỉ gửi bản nháp.", apply: () => ({ status: "in_review" }), ui: { form: "button" } },
    approve: {
      label: "Duyệt",
      from: ["in_review"],
      permission: "news.review",
      audit: "article.approve_publish",
      wrongState: "Chỉ duyệt bài chờ duyệt.",
      guard: (a, actor) => (a.createdById === actor.id ? { _form: "Không tự duyệt." } : null),
      apply: () => ({ status: "published", publishedAt: new Date() }),
      ui: { form: "button" },
    },
    // Its effect fails after the record was saved: the whole step must roll back.
    broken: {
      label: "Hỏng",
      from: ["draft"],
      permission: "news.write",
      audit: "article.update",
      wrongState: "x",
      apply: () => ({ title: "Đã đổi tiêu đề" }),
      effect: async ({ tx }) => {
        await tx.execute(sql`select 1`);
        refuse("Hiệu ứng thất bại.");
      },
      ui: { form: "button" },
    },
    tick: { label: "Hệ thống", from: ["draft"], permission: "system", audit: "article.publish_scheduled", wrongState: "x", apply: () => ({ featured: true }), ui: { form: "button" } },
  },
});

const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
const read = async (id: number) => (await t.db.select().from(articles).where(eq(articles.id, id)))[0]!;

async function draftBy(authorId: number) {
  const c = await makeCategory(t.db);
  return makeArticle(t.db, { title: "Bài thử", categoryId: c.id, status: "draft", publishedAt: null, createdById: authorId });
}

describe("workflow engine", () => {
  it("offers only the steps the state, the role and the guard allow, and explains the guarded ones", async () => {
    const author = await makeActor(t.db, "Tác giả");
    const other = await makeActor(t.db, "Người duyệt");
    const a = await draftBy(author.id);
    expect(availableTransitions(demo, a, author).map((s) => s.name)).toEqual(["send", "broken"]);
    expect(availableTransitions(demo, a, null)).toEqual([]);
    expect(availableTransitions(demo, a, SYSTEM_ACTOR).map((s) => s.name)).toEqual(["tick"]);
    const inReview = { ...a, status: "in_review" as const };
    expect(availableTransitions(demo, inReview, author)).toEqual([]);
    expect(blockedTransitions(demo, inReview, author)).toEqual([expect.objectContaining({ name: "approve", reason: "Không tự duyệt." })]);
    expect(availableTransitions(demo, inReview, other).map((s) => s.name)).toEqual(["approve"]);
  });

  it("refuses a step the state does not allow, or the guard refuses, and changes nothing", async () => {
    const author = await makeActor(t.db, "Tác giả");
    const a = await draftBy(author.id);
    const before = await read(a.id);
    const n = await audits();
    expect(await applyTransition(demo, author, a.id, "approve")).toEqual({ ok: false, errors: { _form: "Chỉ duyệt bài chờ duyệt." }, stage: "state" });
    expect(await applyTransition(demo, author, 999_999, "send")).toMatchObject({ ok: false, stage: "missing" });
    expect((await applyTransition(demo, author, a.id, "send")).ok).toBe(true);
    expect(await applyTransition(demo, author, a.id, "approve")).toMatchObject({ ok: false, errors: { _form: "Không tự duyệt." }, stage: "guard" });
    expect(await read(a.id)).toMatchObject({ ...before, status: "in_review" });
    expect(await audits()).toBe(n + 1);
  });

  it("refuses an actor without the permission before reading anything: a user cannot take a system step, nobody signed out can act", async () => {
    const author = await makeActor(t.db, "Tác giả");
    const a = await draftBy(author.id);
    await expect(applyTransition(demo, author, a.id, "tick")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(applyTransition(demo, null, a.id, "send")).rejects.toBeInstanceOf(AuthorizationError);
    expect((await read(a.id)).status).toBe("draft");
    expect(await audits()).toBe(0);
  });

  it("writes the change and exactly one audit entry, with before and after", async () => {
    const author = await makeActor(t.db, "Tác giả");
    const reviewer = await makeActor(t.db, "Người duyệt");
    const a = await draftBy(author.id);
    await applyTransition(demo, author, a.id, "send");
    const r = await applyTransition(demo, reviewer, a.id, "approve");
    expect(r).toMatchObject({ ok: true, value: { status: "published" } });
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "article.approve_publish"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: reviewer.id, entity: "article", entityId: String(a.id), before: { status: "in_review" }, after: { status: "published" } });
  });

  it("rolls back the change when the step's effect fails: one transaction", async () => {
    const author = await makeActor(t.db, "Tác giả");
    const a = await draftBy(author.id);
    expect(await applyTransition(demo, author, a.id, "broken")).toMatchObject({ ok: false, errors: { _form: "Hiệu ứng thất bại." }, stage: "apply" });
    expect((await read(a.id)).title).toBe("Bài thử");
    expect(await audits()).toBe(0);
  });
});
