// Conference reports as staff and citizens live them: a report reaches citizens only when someone other
// than its author approves it (or it is published without review with a reason); editing a published report
// makes a new edition while citizens keep reading the approved one; taking it down hides it everywhere; the
// report also appears in the news stream, linking to its own page.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeActor } from "../../helpers/newsroom";
import { conferenceInput, makeIndicator } from "../../helpers/conferences";
import { articles, auditLog, conferenceEditions } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import {
  approveConferenceEdition,
  createConference,
  discardConferenceEdition,
  publishConferenceEditionWithoutReview,
  republishConference,
  saveConference,
  submitConferenceEdition,
  unpublishConference,
} from "@/lib/conferences/mutations";
import { getConferenceForEdit, getPublishedConference, listPublishedConferences } from "@/lib/conferences/queries";
import { listPublishedArticles, searchArticles } from "@/lib/news/queries";
import { takeArticleStep } from "@/lib/newsroom/workflow";

const t = useTestDb();

async function people() {
  return { author: await makeActor(t.db, "Biên tập viên A"), reviewer: await makeActor(t.db, "Biên tập viên B") };
}

async function created(author: Awaited<ReturnType<typeof people>>["author"], over = {}) {
  const r = await createConference(author, conferenceInput(over));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("conference report workflow", () => {
  it("the author cannot approve their own report; another person can, and citizens then see it", async () => {
    const { author, reviewer } = await people();
    const c = await created(author);
    expect(await getPublishedConference(c.slug)).toBeNull();
    expect((await submitConferenceEdition(author, c.editionId)).ok).toBe(true);

    const self = await approveConferenceEdition(author, c.editionId);
    expect(self.ok).toBe(false);
    expect(await getPublishedConference(c.slug)).toBeNull();

    const ok = await approveConferenceEdition(reviewer, c.editionId);
    expect(ok).toMatchObject({ ok: true, value: { status: "published", editionStatus: "published" } });
    const page = await getPublishedConference(c.slug);
    expect(page).toMatchObject({ title: "Hội nghị triển khai nhiệm vụ công tác năm 2014", heldOn: "2014-01-02" });
    // Sanitised like articles.
    expect(page!.speechesHtml).not.toContain("<script");
    expect((await listPublishedConferences({ page: 1 })).items.map((i) => i.slug)).toEqual([c.slug]);
  });

  it("publishing without review needs a reason, which is recorded", async () => {
    const { author } = await people();
    const c = await created(author);
    const none = await publishConferenceEditionWithoutReview(author, c.editionId, { reason: "" });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors.reason).toMatch(/lý do/);
    const r = await publishConferenceEditionWithoutReview(author, c.editionId, { reason: "Lãnh đạo Sở yêu cầu đăng ngay trong ngày." });
    expect(r.ok).toBe(true);
    const [e] = await t.db.select().from(conferenceEditions).where(eq(conferenceEditions.id, c.editionId));
    expect(e!.skipReviewReason).toBe("Lãnh đạo Sở yêu cầu đăng ngay trong ngày.");
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "conference_edition.publish_without_review"));
    expect(entries).toHaveLength(1);
  });

  it("a report without a summary cannot be published", async () => {
    const { author } = await people();
    const c = await created(author, { summary: "" });
    const r = await publishConferenceEditionWithoutReview(author, c.editionId, { reason: "Lãnh đạo Sở yêu cầu đăng ngay trong ngày." });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors._form).toMatch(/tóm tắt/);
  });

  it("editing a published report makes a new edition; citizens keep the approved one until it is approved", async () => {
    const { author, reviewer } = await people();
    const c = await created(author);
    await submitConferenceEdition(author, c.editionId);
    await approveConferenceEdition(reviewer, c.editionId);

    const edit = await saveConference(author, c.id, conferenceInput({ title: "Hội nghị triển khai nhiệm vụ năm 2014 (bổ sung)" }));
    expect(edit).toMatchObject({ ok: true, value: { newEdition: true, editionNumber: 2 } });
    if (!edit.ok) return;
    expect((await getPublishedConference(c.slug))!.title).toBe("Hội nghị triển khai nhiệm vụ công tác năm 2014");

    // A second save goes into the same open edition.
    const again = await saveConference(author, c.id, { ...conferenceInput({ title: "Hội nghị triển khai nhiệm vụ năm 2014 (bổ sung 2)" }), editionId: String(edit.value.editionId), version: "1" });
    expect(again).toMatchObject({ ok: true, value: { newEdition: false, editionId: edit.value.editionId } });

    await submitConferenceEdition(author, edit.value.editionId);
    expect((await approveConferenceEdition(author, edit.value.editionId)).ok).toBe(false);
    expect((await approveConferenceEdition(reviewer, edit.value.editionId)).ok).toBe(true);
    expect((await getPublishedConference(c.slug))!.title).toBe("Hội nghị triển khai nhiệm vụ năm 2014 (bổ sung 2)");

    const history = (await getConferenceForEdit(author, c.id))!.history;
    expect(history.map((h) => [h.number, h.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("discarding a new edition leaves the published one as it is; the first edition cannot be discarded", async () => {
    const { author, reviewer } = await people();
    const c = await created(author);
    expect((await discardConferenceEdition(author, c.editionId)).ok).toBe(false);
    await submitConferenceEdition(author, c.editionId);
    await approveConferenceEdition(reviewer, c.editionId);
    const edit = await saveConference(author, c.id, conferenceInput({ title: "Bản sửa sẽ bị hủy" }));
    if (!edit.ok) throw new Error("save failed");
    expect((await discardConferenceEdition(author, edit.value.editionId)).ok).toBe(true);
    expect((await getPublishedConference(c.slug))!.title).toBe("Hội nghị triển khai nhiệm vụ công tác năm 2014");
  });

  it("appears in the news list and search linking to its page, disappears when taken down, and the newsroom cannot edit it", async () => {
    const { author, reviewer } = await people();
    const c = await created(author);
    await submitConferenceEdition(author, c.editionId);
    await approveConferenceEdition(reviewer, c.editionId);

    const list = await listPublishedArticles({ page: 1 });
    expect(list.items.map((i) => i.linkPath)).toContain(`/conferences/${c.slug}`);
    const found = await searchArticles("hoi nghi trien khai", { page: 1 });
    expect(found.items.find((i) => i.linkPath === `/conferences/${c.slug}`)).toBeTruthy();

    const [item] = await t.db.select().from(articles).where(eq(articles.conferenceId, c.id));
    const edit = await takeArticleStep(reviewer, item!.id, "unpublish");
    expect(edit.ok).toBe(false);

    expect((await unpublishConference(reviewer, c.id)).ok).toBe(true);
    expect(await getPublishedConference(c.slug)).toBeNull();
    expect((await listPublishedArticles({ page: 1 })).items).toHaveLength(0);

    const back = await republishConference(reviewer, c.id, { reason: "Đã kiểm tra lại số liệu, đăng lại theo chỉ đạo." });
    expect(back.ok).toBe(true);
    expect(await getPublishedConference(c.slug)).not.toBeNull();
    expect((await listPublishedArticles({ page: 1 })).items).toHaveLength(1);
  });

  it("refuses bad input beside the field and saves nothing", async () => {
    const { author } = await people();
    const ind = await makeIndicator(t.db, "doanh-thu", "Doanh thu", "tỷ đồng");
    const r = await createConference(
      author,
      conferenceInput({
        heldOn: "31/02/2014",
        rows: [
          { indicatorId: String(ind.id), year: "2013", kind: "result", value: "abc" },
          { indicatorId: String(ind.id), year: "2013", kind: "result", value: "4.020" },
        ] as never,
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.heldOn).toMatch(/ngày\/tháng\/năm/);
      expect(r.errors["rows.0.value"]).toMatch(/số/);
    }
    const dup = await createConference(
      author,
      conferenceInput({
        rows: [
          { indicatorId: String(ind.id), year: "2013", kind: "result", value: "4.020" },
          { indicatorId: String(ind.id), year: "2013", kind: "result", value: "4.021" },
        ] as never,
      }),
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.errors["rows.1.year"]).toMatch(/Trùng/);
    expect(await t.db.select().from(conferenceEditions)).toHaveLength(0);
  });
});
