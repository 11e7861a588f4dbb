// The award decision's life, declared once (lib/workflow): a draft is published (with at least one recipient),
// a published decision may be revoked (thu hồi) with a reason and the date of the revoking decision. A revoked
// decision keeps its record and recipients, marked; nothing leaves "revoked". Administrators only.
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { awardDecisions, awardRecipients, type AwardDecision, type AwardStatus } from "@/db/schema";
import type { Db } from "@/db/client";
import { refuse, type Tx } from "@/lib/kernel";
import { defineWorkflow } from "@/lib/workflow/engine";
import { AWARD_STATUS_LABELS, revokeInput } from "./validation";

export type DecisionRecord = AwardDecision & { recipientCount: number };
type Patch = Partial<Pick<AwardDecision, "status" | "publishedAt" | "revokedAt" | "revocationReason" | "revocationDate">>;

export const DECISION_NOT_FOUND = "Không tìm thấy quyết định khen thưởng này (có thể đã bị xóa).";

export function decisionAuditView(d: AwardDecision) {
  return {
    form: d.form,
    title: d.title,
    issuer: d.issuer,
    decisionNumber: d.decisionNumber,
    decisionDate: d.decisionDate,
    year: d.year,
    reason: d.reason,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    conferenceSlug: d.conferenceSlug,
    status: d.status,
    publishedAt: d.publishedAt,
    revokedAt: d.revokedAt,
    revocationReason: d.revocationReason,
    revocationDate: d.revocationDate,
    isSample: d.isSample,
  };
}

export async function lockDecision(tx: Tx, id: number): Promise<DecisionRecord | null> {
  const [d] = await tx.select().from(awardDecisions).where(eq(awardDecisions.id, id)).for("update");
  if (!d) return null;
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(awardRecipients).where(eq(awardRecipients.decisionId, id));
  return { ...d, recipientCount: Number(n) };
}

export const loadRecipients = (tx: Tx | Db, decisionId: number) =>
  tx.select().from(awardRecipients).where(eq(awardRecipients.decisionId, decisionId)).orderBy(asc(awardRecipients.position));

export const awardWorkflow = defineWorkflow<DecisionRecord, AwardStatus, Patch>()({
  subject: "award_decision",
  states: AWARD_STATUS_LABELS,
  notFound: DECISION_NOT_FOUND,
  load: lockDecision,
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(awardDecisions)
      .set({ ...patch, version: record.version + 1, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(awardDecisions.id, record.id))
      .returning();
    return { ...after!, recipientCount: record.recipientCount };
  },
  idOf: (d) => d.id,
  auditView: (d) => ({ ...decisionAuditView(d), recipientCount: d.recipientCount }),
  transitions: {
    publish: {
      label: "Công bố",
      from: ["draft"],
      permission: "awards.manage",
      audit: "award.publish",
      changesPublic: true,
      wrongState: (d) => (d.status === "revoked" ? "Quyết định đã bị thu hồi." : "Quyết định đã được công bố."),
      apply: ({ record, now }) => {
        if (record.recipientCount === 0) refuse({ recipientsText: "Quyết định cần có ít nhất một người nhận trước khi công bố." });
        return { status: "published", publishedAt: now };
      },
      ui: { form: "button", variant: "primary", testId: "award-publish" },
    },
    revoke: {
      label: "Thu hồi quyết định",
      from: ["published"],
      permission: "awards.manage",
      audit: "award.revoke",
      changesPublic: true,
      input: revokeInput,
      wrongState: (d) => (d.status === "revoked" ? "Quyết định đã bị thu hồi." : "Chỉ thu hồi được quyết định đã công bố."),
      apply: ({ input, now }) => ({ status: "revoked", revokedAt: now, revocationReason: input.reason, revocationDate: input.revokedOn }),
      ui: { form: "reason", variant: "danger", summary: "Thu hồi quyết định (giữ lại hồ sơ, đánh dấu đã thu hồi)", reason: "required", testId: "award-revoke" },
    },
  },
});
