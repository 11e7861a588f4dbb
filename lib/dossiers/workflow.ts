// The dossier workflow, declared once with the national statuses: Mới đăng ký → Được tiếp nhận (or Không được
// tiếp nhận) → Đang xử lý ⇄ Yêu cầu bổ sung giấy tờ → Đã xử lý xong → Đã trả kết quả; Dừng xử lý and rút hồ sơ
// from any open status. Staff steps need "dossiers.process"; the applicant's own steps (the supplement, the
// rating) are "citizen" steps whose proof the caller checked. Every step lands on the timeline with its note,
// and the deadline clock pauses at a supplement request and resumes when the supplement arrives.
import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { dossierEvents, dossierFiles, dossiers, supplementRequests, type Dossier } from "@/db/schema";
import type { AuditEvent } from "@/lib/audit/vocabulary";
import type { AnyActor } from "@/lib/auth/permissions";
import { refuse, type Tx } from "@/lib/kernel";
import { DAY_MS, vietnamIsoDate } from "@/lib/time";
import { closingInstant, resumedDueDate, type WorkingCalendar } from "@/lib/time/working-days";
import type { AcceptedUpload } from "@/lib/uploads";
import { savePrivateFile } from "@/lib/uploads/private-files";
import { defineWorkflow, type StepPresentation } from "@/lib/workflow/engine";
import { mailApology, mailResult, mailSupplementRequest } from "./notifications";
import { newSupplementNonce, SUPPLEMENT_TTL_DAYS } from "./supplement-token";
import { apologyInput, DOSSIER_STATUS_LABELS, OPEN_STATUSES, ratingInput, stepNote } from "./validation";

type Patch = Partial<typeof dossiers.$inferInsert>;
type NoteInput = z.output<ReturnType<typeof stepNote>>;

export const DOSSIER_NOT_FOUND = "Không tìm thấy hồ sơ.";

const OPEN = OPEN_STATUSES as readonly Dossier["status"][];

/** Past its due instant: while paused, as of the pause (time waiting for the applicant does not count). */
export const isDossierOverdue = (d: Pick<Dossier, "status" | "dueAt" | "pausedAt">, now: Date) =>
  OPEN.includes(d.status) && (d.pausedAt ?? now).getTime() > d.dueAt.getTime();

async function lockDossier(tx: Tx, id: number): Promise<Dossier | null> {
  const [d] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for("update");
  return d ?? null;
}

/** The timeline line of a step: its note, for the applicant or internal. */
export async function addDossierEvent(
  tx: Tx,
  e: { dossierId: number; step: string; from: Dossier["status"] | null; to: Dossier["status"]; note?: string; visibility?: "applicant" | "internal"; actor: AnyActor; at?: Date },
): Promise<void> {
  await tx.insert(dossierEvents).values({
    dossierId: e.dossierId,
    step: e.step,
    fromStatus: e.from,
    toStatus: e.to,
    note: e.note ?? "",
    visibility: e.visibility ?? "applicant",
    actorId: e.actor.id,
    actorName: e.actor.name,
    ...(e.at ? { at: e.at } : {}),
  });
}

const noteUi = (summary: string, variant: StepPresentation["variant"] = "secondary", reason: "required" | "optional" = "optional"): StepPresentation => ({
  form: "note",
  variant,
  summary,
  reason,
  pendingText: "Đang lưu…",
});

/** A staff step with a note: the status change, the timeline line, the audit entry (the engine's). */
function staffStep(o: {
  label: string;
  from: readonly Dossier["status"][];
  to: Dossier["status"];
  audit: AuditEvent;
  wrongState: string;
  noteRequired?: string;
  patch?: (d: Dossier, now: Date) => Patch;
  ui: StepPresentation;
  after?: (tx: Tx, d: Dossier, input: NoteInput) => Promise<void>;
  step: string;
}) {
  return {
    label: o.label,
    from: o.from,
    permission: "dossiers.process" as const,
    audit: o.audit,
    wrongState: o.wrongState,
    input: stepNote(o.noteRequired ?? null),
    apply: ({ record, now }: { record: Dossier; now: Date }) => ({ status: o.to, ...o.patch?.(record, now) }),
    effect: async ({ tx, record, after, actor, input }: { tx: Tx; record: Dossier; after: Dossier; actor: AnyActor; input: NoteInput }) => {
      await addDossierEvent(tx, { dossierId: after.id, step: o.step, from: record.status, to: after.status, note: input.note, visibility: input.visibility, actor });
      await o.after?.(tx, after, input);
      return input.note ? { note: input.note, visibility: input.visibility } : undefined;
    },
    ui: o.ui,
  };
}

const requestSupplementInput = z.object({
  note: z
    .string({ error: "Vui lòng ghi rõ giấy tờ cần bổ sung." })
    .transform((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(5, "Vui lòng ghi rõ giấy tờ cần bổ sung (ít nhất 5 ký tự).").max(2000, "Ghi chú tối đa 2.000 ký tự.")),
  documentIds: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive({ error: "Giấy tờ không hợp lệ." })).max(50),
  ),
});

/** What the applicant's supplement step gets from the caller: the spent request and the checked files. */
export type SupplementStepInput = { requestId: number; files: { documentId: number | null; documentName: string; file: AcceptedUpload }[]; note: string; calendar: WorkingCalendar };
const supplementStepInput = z.custom<SupplementStepInput>((v) => !!v && typeof v === "object" && "requestId" in v && "files" in v && "calendar" in v);

export const dossierWorkflow = defineWorkflow<Dossier, Dossier["status"], Patch>()({
  subject: "dossier",
  states: DOSSIER_STATUS_LABELS,
  notFound: DOSSIER_NOT_FOUND,
  load: lockDossier,
  idOf: (d) => d.id,
  auditView: (d) => ({ code: d.code, status: d.status, dueAt: d.dueAt.toISOString(), pausedAt: d.pausedAt?.toISOString() ?? null }),
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(dossiers)
      .set({ ...patch, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(dossiers.id, record.id))
      .returning();
    return after!;
  },
  transitions: {
    accept: staffStep({
      step: "accept",
      label: "Tiếp nhận hồ sơ",
      from: ["submitted"],
      to: "accepted",
      audit: "dossier.accept",
      wrongState: "Chỉ tiếp nhận được hồ sơ mới đăng ký.",
      ui: noteUi("Tiếp nhận hồ sơ", "primary"),
    }),
    reject: staffStep({
      step: "reject",
      label: "Không tiếp nhận",
      from: ["submitted"],
      to: "rejected",
      audit: "dossier.reject",
      wrongState: "Chỉ từ chối tiếp nhận được hồ sơ mới đăng ký.",
      noteRequired: "Vui lòng nêu lý do không tiếp nhận (ít nhất 5 ký tự).",
      patch: (_d, now) => ({ closedAt: now }),
      ui: noteUi("Không tiếp nhận hồ sơ (nêu lý do)", "danger", "required"),
    }),
    start_processing: staffStep({
      step: "start_processing",
      label: "Bắt đầu xử lý",
      from: ["accepted"],
      to: "processing",
      audit: "dossier.start_processing",
      wrongState: "Chỉ bắt đầu xử lý được hồ sơ đã tiếp nhận.",
      ui: noteUi("Bắt đầu xử lý", "primary"),
    }),
    request_supplement: {
      label: "Yêu cầu bổ sung giấy tờ",
      from: ["accepted", "processing"],
      permission: "dossiers.process",
      audit: "dossier.request_supplement",
      wrongState: "Chỉ yêu cầu bổ sung được hồ sơ đã tiếp nhận hoặc đang xử lý.",
      input: requestSupplementInput,
      // The clock pauses now; it resumes, with the working days it had left, when the supplement arrives.
      apply: ({ now }) => ({ status: "supplement_requested" as const, pausedAt: now }),
      effect: async ({ tx, record, after, actor, input, now }) => {
        const [req] = await tx
          .insert(supplementRequests)
          .values({ dossierId: after.id, nonce: newSupplementNonce(), request: input.note, documentIds: input.documentIds, createdById: actor.id, expiresAt: new Date(now.getTime() + SUPPLEMENT_TTL_DAYS * DAY_MS) })
          .returning();
        await addDossierEvent(tx, { dossierId: after.id, step: "request_supplement", from: record.status, to: after.status, note: input.note, visibility: "applicant", actor });
        await mailSupplementRequest(tx, after, req!);
        return { request: input.note, supplementRequestId: req!.id };
      },
      ui: noteUi("Yêu cầu bổ sung giấy tờ (ghi rõ giấy tờ còn thiếu)", "secondary", "required"),
    },
    supplement_received: {
      label: "Nộp bổ sung",
      from: ["supplement_requested"],
      permission: "citizen",
      audit: "dossier.supplement_received",
      wrongState: "Hồ sơ không ở trạng thái chờ bổ sung.",
      input: supplementStepInput,
      apply: async ({ tx, record, input, now }) => {
        // The link is spent here, in the same transaction as the files: one use, one dossier, before it expires.
        const spent = await tx
          .update(supplementRequests)
          .set({ usedAt: now })
          .where(and(eq(supplementRequests.id, input.requestId), eq(supplementRequests.dossierId, record.id), isNull(supplementRequests.usedAt), gt(supplementRequests.expiresAt, now)))
          .returning({ id: supplementRequests.id });
        if (!spent.length) refuse("Đường dẫn bổ sung không còn hiệu lực (đã dùng hoặc đã hết hạn).");
        const dueAt = record.pausedAt ? resumedDueDate(record.dueAt, record.pausedAt, now, input.calendar) : record.dueAt;
        return { status: "processing" as const, pausedAt: null, dueAt };
      },
      effect: async ({ tx, record, after, actor, input }) => {
        for (const f of input.files) {
          const saved = await savePrivateFile(tx, f.file, actor);
          await tx.insert(dossierFiles).values({ dossierId: after.id, documentId: f.documentId, documentName: f.documentName, fileId: saved.id, stage: "supplement" });
        }
        const note = ["Đã nhận giấy tờ bổ sung.", input.note].filter(Boolean).join(" ");
        await addDossierEvent(tx, { dossierId: after.id, step: "supplement_received", from: record.status, to: after.status, note, visibility: "applicant", actor });
        return { files: input.files.length, dueAt: after.dueAt.toISOString() };
      },
      ui: { form: "button" },
    },
    finish: staffStep({
      step: "finish",
      label: "Đã xử lý xong",
      from: ["processing"],
      to: "done",
      audit: "dossier.finish",
      wrongState: "Chỉ hoàn thành được hồ sơ đang xử lý.",
      patch: (_d, now) => ({ resultAt: now }),
      after: (tx, d) => mailResult(tx, d),
      ui: noteUi("Xử lý xong, có kết quả", "primary"),
    }),
    return_result: staffStep({
      step: "return_result",
      label: "Trả kết quả",
      from: ["done"],
      to: "returned",
      audit: "dossier.return_result",
      wrongState: "Chỉ trả kết quả được hồ sơ đã xử lý xong.",
      patch: (_d, now) => ({ returnedAt: now, closedAt: now }),
      ui: noteUi("Trả kết quả cho người nộp", "primary"),
    }),
    stop: staffStep({
      step: "stop",
      label: "Dừng xử lý",
      from: ["accepted", "processing", "supplement_requested"],
      to: "stopped",
      audit: "dossier.stop",
      wrongState: "Hồ sơ đã kết thúc.",
      noteRequired: "Vui lòng nêu lý do dừng xử lý (ít nhất 5 ký tự).",
      patch: (_d, now) => ({ closedAt: now, pausedAt: null }),
      ui: noteUi("Dừng xử lý (nêu lý do)", "danger", "required"),
    }),
    withdraw: staffStep({
      step: "withdraw",
      label: "Công dân rút hồ sơ",
      from: ["submitted", "accepted", "processing", "supplement_requested"],
      to: "withdrawn",
      audit: "dossier.withdraw",
      wrongState: "Hồ sơ đã kết thúc.",
      noteRequired: "Vui lòng ghi lại yêu cầu rút hồ sơ của công dân (ít nhất 5 ký tự).",
      patch: (_d, now) => ({ closedAt: now, pausedAt: null }),
      ui: noteUi("Ghi nhận công dân rút hồ sơ", "danger", "required"),
    }),
    apologize: {
      label: "Gửi thư xin lỗi, hẹn lại ngày trả",
      from: ["accepted", "processing", "supplement_requested"],
      permission: "dossiers.process",
      audit: "dossier.apologize",
      wrongState: "Chỉ gửi thư xin lỗi cho hồ sơ đang giải quyết đã quá hạn.",
      when: (d, now) => isDossierOverdue(d, now),
      input: apologyInput,
      apply: ({ input, now }) => {
        const newDue = closingInstant(vietnamIsoDate(input.newDueDate));
        if (newDue.getTime() <= now.getTime()) refuse({ newDueDate: "Ngày hẹn trả mới phải sau hôm nay." });
        return { apologyText: input.letter, apologyAt: now, apologyDueAt: newDue };
      },
      effect: async ({ tx, record, after, actor }) => {
        await addDossierEvent(tx, { dossierId: after.id, step: "apologize", from: record.status, to: after.status, note: `Thư xin lỗi, hẹn trả kết quả ngày ${vietnamIsoDate(after.apologyDueAt!).split("-").reverse().join("/")}.`, visibility: "applicant", actor });
        await mailApology(tx, after);
        return { apologyDueAt: after.apologyDueAt!.toISOString() };
      },
      ui: { form: "note", variant: "secondary", summary: "Thư xin lỗi và hẹn lại ngày trả kết quả", pendingText: "Đang gửi…" },
    },
    rate: {
      label: "Đánh giá",
      from: ["done", "returned"],
      permission: "citizen",
      audit: "dossier.rate",
      wrongState: (d) => (d.rating !== null ? "Bạn đã đánh giá việc giải quyết hồ sơ này rồi." : "Chỉ đánh giá được hồ sơ đã có kết quả."),
      when: (d) => d.rating === null,
      input: ratingInput,
      apply: ({ input, now }) => ({ rating: input.rating, ratedAt: now }),
      auditExtra: ({ input }) => ({ rating: input.rating }),
      ui: { form: "button" },
    },
  },
});

export type DossierStep = keyof typeof dossierWorkflow.transitions;
