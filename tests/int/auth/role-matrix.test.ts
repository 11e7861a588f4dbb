// The role matrix: every mutation (and every admin-only read) of the data layer, called as nobody, as a
// staff member and as an administrator. Refusals come from the data layer itself, whatever page or action
// calls it: anonymous gets "unauthenticated", a wrong role "forbidden", and a refused call writes nothing.
// To cover a new mutation, add a row to ROWS; the coverage test at the end fails until every exported
// function of every lib/**/mutations.ts has a row or a stated exemption.
import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

// Sealing TOTP keys derives a key from the server secret: give the test one (not a file under DATA_DIR).
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "role-matrix-test-secret-0123456789abcdefghijklmn";
});
import { articleEditions, articleRevisions, articles, auditLog, media, privateFiles, procedureDocuments, users, type Role } from "@/db/schema";
import type { Db } from "@/db/client";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { checkAuditChain, listAuditEntries, listAuditFacets } from "@/lib/audit/queries";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { defaultSettings } from "@/db/seed-data/settings";
import * as userMutations from "@/lib/users/mutations";
import { getOwnAccount, listRepeatedSignInFailures, listUsers } from "@/lib/users/queries";
import { seal } from "@/lib/auth/secret-box";
import { currentTotp, newTotpSecret, totpContext } from "@/lib/auth/totp";
import * as newsroom from "@/lib/newsroom/mutations";
import * as mediaMutations from "@/lib/media/mutations";
import * as categoryMutations from "@/lib/categories/mutations";
import { openPrivateFile } from "@/lib/uploads/private-files";
import * as holidayMutations from "@/lib/holidays/mutations";
import { listHolidayYear } from "@/lib/holidays/queries";
import { makeHoliday } from "../../helpers/holidays";
import { listOutbox, openOutboxMessage } from "@/lib/mail/queries";
import { enqueueMail } from "@/lib/mail/mutations";
import * as services from "@/lib/services/mutations";
import * as dossierMutations from "@/lib/dossiers/mutations";
import { listDossierQueue, countDossierAttention, openDossier } from "@/lib/dossiers/queries";
import { makeDossier, makeOnlineProcedure } from "../../helpers/dossiers";
import * as conferenceMutations from "@/lib/conferences/mutations";
import { conferenceInput, makeIndicator } from "../../helpers/conferences";
import { previewImport } from "@/lib/services/import";
import { getProcedureForEdit, listAdminProcedures, listAgenciesForAdmin, listFieldsForAdmin } from "@/lib/services/queries";
import { adminServicesFilter } from "@/lib/services/validation";
import * as awards from "@/lib/awards/mutations";
import { getDecisionForEdit, listAdminDecisions } from "@/lib/awards/queries";
import { decisionForm, makeDecision, makePublishedDecision } from "../../helpers/awards";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { PNG_1X1 } from "../../helpers/images";
import { minimalPdf } from "../../helpers/documents";
import { importCsv, importRecord, makeAgency, makeField, makeProcedure } from "../../helpers/services";
import { actorOf, makeUser, PASSWORD } from "../../helpers/users";

const t = useTestDb();

type Who = "anonymous" | "staff" | "admin";
/** Made fresh for every cell of the matrix (tables are emptied between tests). */
type Ctx = { db: Db; admin: Actor; staff: Actor; /** another staff account: the object of user changes, the author of articles */ target: Actor };
type Row<P = unknown> = {
  /** The function under test: the coverage check below matches rows to exports by identity. */
  fn: (...args: never[]) => unknown;
  /** Roles allowed; everyone else is refused. */
  allowed: readonly Role[];
  /** Makes the records the call needs (before the "nothing written" snapshot is taken). */
  prepare?: (ctx: Ctx) => Promise<P>;
  /** Calls fn as `actor` with input that is valid, so an allowed call must succeed. */
  call: (actor: Actor | null, ctx: Ctx, prepared: P) => Promise<unknown>;
};
/** Keeps each row's prepare/call types tied together inside the one ROWS list. */
const row = <P,>(r: Row<P>) => r as Row<unknown>;

const ADMIN_ONLY = ["admin"] as const satisfies readonly Role[];
const SIGNED_IN = ["staff", "admin"] as const satisfies readonly Role[];

const ROWS: Row<unknown>[] = [
  // lib/users (users.manage: administrators)
  {
    fn: userMutations.createUser,
    allowed: ADMIN_ONLY,
    call: (a) => userMutations.createUser(a, { email: "moi@example.gov.vn", name: "Người mới", password: "Mat-khau-moi-2026", role: "staff" }),
  },
  { fn: userMutations.changeUserRole, allowed: ADMIN_ONLY, call: (a, c) => userMutations.changeUserRole(a, c.target.id, "admin") },
  { fn: userMutations.setUserActive, allowed: ADMIN_ONLY, call: (a, c) => userMutations.setUserActive(a, c.target.id, false) },
  { fn: userMutations.resetUserPassword, allowed: ADMIN_ONLY, call: (a, c) => userMutations.resetUserPassword(a, c.target.id, "Mat-khau-moi-2026") },
  { fn: listUsers, allowed: ADMIN_ONLY, call: (a) => listUsers(a) },
  { fn: listRepeatedSignInFailures, allowed: ADMIN_ONLY, call: (a) => listRepeatedSignInFailures(a) },
  { fn: userMutations.resetSecondStep, allowed: ADMIN_ONLY, call: (a, c) => userMutations.resetSecondStep(a, c.target.id) },
  // lib/users: one's own second step (account.update: every signed-in user)
  { fn: userMutations.startTwoStepEnrolment, allowed: SIGNED_IN, call: (a) => userMutations.startTwoStepEnrolment(a) },
  {
    fn: userMutations.confirmTwoStepEnrolment,
    allowed: SIGNED_IN,
    // A pending key for the acting user (written straight into the table), and the code an app shows for it.
    call: async (a, c) => {
      if (!a) return userMutations.confirmTwoStepEnrolment(a, "123456");
      const secret = newTotpSecret();
      await c.db.update(users).set({ totpPendingSecret: seal(secret, totpContext(a.id)) }).where(eq(users.id, a.id));
      return userMutations.confirmTwoStepEnrolment(a, await currentTotp(secret));
    },
  },
  { fn: getOwnAccount, allowed: SIGNED_IN, call: (a) => getOwnAccount(a) },
  // lib/users: one's own password (account.update: every signed-in user)
  { fn: userMutations.changeOwnPassword, allowed: SIGNED_IN, call: (a) => userMutations.changeOwnPassword(a, PASSWORD, "Mat-khau-moi-2026") },
  // lib/settings (settings.manage: administrators)
  {
    fn: updateSiteSettings,
    allowed: ADMIN_ONLY,
    call: (a) => updateSiteSettings(a, { ...defaultSettings, phone: "(0238) 3844 123", email: "stttt@example.gov.vn" }),
  },
  // lib/audit (audit.read: administrators)
  { fn: listAuditEntries, allowed: ADMIN_ONLY, call: (a) => listAuditEntries(a, { action: "user" }) },
  { fn: listAuditFacets, allowed: ADMIN_ONLY, call: (a) => listAuditFacets(a) },
  { fn: checkAuditChain, allowed: ADMIN_ONLY, call: (a) => checkAuditChain(a) },

  // lib/newsroom (news.write / news.review / news.publish: staff and administrators). Articles are written
  // by `target`, so approving them is never self-approval.
  row({
    fn: newsroom.createArticle,
    allowed: SIGNED_IN,
    prepare: (c) => makeCategory(c.db),
    call: (a, _c, cat) => newsroom.createArticle(a, { title: "Bài viết mới", categoryId: cat.id, ...READY }),
  }),
  row({
    fn: newsroom.updateArticle,
    allowed: SIGNED_IN,
    prepare: (c) => articleIn(c, "draft"),
    call: (a, _c, art) => newsroom.updateArticle(a, art.id, { title: "Tiêu đề đã sửa", categoryId: art.categoryId, ...READY }),
  }),
  row({
    fn: newsroom.restoreRevision,
    allowed: SIGNED_IN,
    prepare: async (c) => {
      // Two versions written by the author through the newsroom itself, so a revision exists to restore.
      const cat = await makeCategory(c.db);
      const created = await newsroom.createArticle(c.target, { title: "Bản đầu", categoryId: cat.id, ...READY });
      if (!created.ok) throw new Error("fixture: createArticle failed");
      await newsroom.updateArticle(c.target, created.value.id, { title: "Bản sau", categoryId: cat.id, ...READY });
      const [rev] = await c.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, created.value.id)).orderBy(articleRevisions.version).limit(1);
      return { id: created.value.id, revisionId: rev!.id };
    },
    call: (a, _c, p) => newsroom.restoreRevision(a, p),
  }),
  row({ fn: newsroom.submitForReview, allowed: SIGNED_IN, prepare: (c) => articleIn(c, "draft"), call: (a, _c, art) => newsroom.submitForReview(a, art.id) }),
  row({ fn: newsroom.approveAndPublish, allowed: SIGNED_IN, prepare: (c) => articleIn(c, "in_review"), call: (a, _c, art) => newsroom.approveAndPublish(a, art.id) }),
  row({
    fn: newsroom.publishWithoutReview,
    allowed: SIGNED_IN,
    prepare: (c) => articleIn(c, "draft"),
    call: (a, _c, art) => newsroom.publishWithoutReview(a, art.id, { reason: "Thông báo khẩn của UBND tỉnh, cần đăng ngay." }),
  }),
  row({
    fn: newsroom.scheduleArticle,
    allowed: SIGNED_IN,
    prepare: (c) => articleIn(c, "in_review"),
    call: (a, _c, art) => newsroom.scheduleArticle(a, art.id, { scheduledAt: "2099-01-02T08:00" }),
  }),
  row({ fn: newsroom.returnToDraft, allowed: SIGNED_IN, prepare: (c) => articleIn(c, "in_review"), call: (a, _c, art) => newsroom.returnToDraft(a, art.id) }),
  row({
    fn: newsroom.unscheduleArticle,
    allowed: SIGNED_IN,
    prepare: (c) => articleIn(c, "scheduled", { scheduledAt: new Date("2099-01-02T01:00:00Z"), approvedById: c.admin.id }),
    call: (a, _c, art) => newsroom.unscheduleArticle(a, art.id),
  }),
  row({
    fn: newsroom.retryFailedSchedule,
    allowed: SIGNED_IN,
    prepare: (c) =>
      articleIn(c, "scheduled", { scheduledAt: new Date(Date.now() - 3_600_000), scheduleError: "lỗi thử nghiệm", scheduleAttempts: 3, approvedById: c.admin.id }),
    call: (a, _c, art) => newsroom.retryFailedSchedule(a, art.id),
  }),
  row({ fn: newsroom.unpublishArticle, allowed: SIGNED_IN, prepare: (c) => articleIn(c, "published"), call: (a, _c, art) => newsroom.unpublishArticle(a, art.id) }),
  // Editions of a published article (written by `target`, so approving is never self-approval).
  row({ fn: newsroom.submitEditionForReview, allowed: SIGNED_IN, prepare: (c) => editionIn(c, "draft"), call: (a, _c, e) => newsroom.submitEditionForReview(a, e.id) }),
  row({ fn: newsroom.approveEdition, allowed: SIGNED_IN, prepare: (c) => editionIn(c, "in_review"), call: (a, _c, e) => newsroom.approveEdition(a, e.id) }),
  row({
    fn: newsroom.publishEditionWithoutReview,
    allowed: SIGNED_IN,
    prepare: (c) => editionIn(c, "draft"),
    call: (a, _c, e) => newsroom.publishEditionWithoutReview(a, e.id, { reason: "Đính chính số liệu theo yêu cầu của lãnh đạo." }),
  }),
  row({ fn: newsroom.returnEditionToDraft, allowed: SIGNED_IN, prepare: (c) => editionIn(c, "in_review"), call: (a, _c, e) => newsroom.returnEditionToDraft(a, e.id) }),
  row({ fn: newsroom.discardEdition, allowed: SIGNED_IN, prepare: (c) => editionIn(c, "draft"), call: (a, _c, e) => newsroom.discardEdition(a, e.id) }),

  // lib/conferences (conferences.write / review / publish, indicators.manage: staff and administrators).
  // Reports are written by `target`, so approving them is never self-approval.
  row({ fn: conferenceMutations.createConference, allowed: SIGNED_IN, call: (a) => conferenceMutations.createConference(a, conferenceInput()) }),
  row({
    fn: conferenceMutations.saveConference,
    allowed: SIGNED_IN,
    prepare: (c) => conferenceIn(c, "draft"),
    call: (a, _c, r) => conferenceMutations.saveConference(a, r.id, conferenceInput({ title: "Tên hội nghị đã sửa" })),
  }),
  row({ fn: conferenceMutations.submitConferenceEdition, allowed: SIGNED_IN, prepare: (c) => conferenceIn(c, "draft"), call: (a, _c, r) => conferenceMutations.submitConferenceEdition(a, r.editionId) }),
  row({ fn: conferenceMutations.approveConferenceEdition, allowed: SIGNED_IN, prepare: (c) => conferenceIn(c, "in_review"), call: (a, _c, r) => conferenceMutations.approveConferenceEdition(a, r.editionId) }),
  row({
    fn: conferenceMutations.publishConferenceEditionWithoutReview,
    allowed: SIGNED_IN,
    prepare: (c) => conferenceIn(c, "draft"),
    call: (a, _c, r) => conferenceMutations.publishConferenceEditionWithoutReview(a, r.editionId, { reason: "Lãnh đạo Sở yêu cầu đăng ngay trong ngày." }),
  }),
  row({ fn: conferenceMutations.returnConferenceEditionToDraft, allowed: SIGNED_IN, prepare: (c) => conferenceIn(c, "in_review"), call: (a, _c, r) => conferenceMutations.returnConferenceEditionToDraft(a, r.editionId) }),
  row({
    fn: conferenceMutations.discardConferenceEdition,
    allowed: SIGNED_IN,
    prepare: async (c) => {
      const r = await conferenceIn(c, "published");
      const e = await conferenceMutations.saveConference(c.target, r.id, conferenceInput({ title: "Ấn bản mới" }));
      if (!e.ok) throw new Error("fixture: saveConference failed");
      return e.value;
    },
    call: (a, _c, e) => conferenceMutations.discardConferenceEdition(a, e.editionId),
  }),
  row({ fn: conferenceMutations.unpublishConference, allowed: SIGNED_IN, prepare: (c) => conferenceIn(c, "published"), call: (a, _c, r) => conferenceMutations.unpublishConference(a, r.id) }),
  row({
    fn: conferenceMutations.republishConference,
    allowed: SIGNED_IN,
    prepare: async (c) => {
      const r = await conferenceIn(c, "published");
      await conferenceMutations.unpublishConference(c.admin, r.id);
      return r;
    },
    call: (a, _c, r) => conferenceMutations.republishConference(a, r.id, { reason: "Đã kiểm tra lại số liệu, đăng lại." }),
  }),
  row({ fn: conferenceMutations.createIndicator, allowed: SIGNED_IN, call: (a) => conferenceMutations.createIndicator(a, { code: "tram-bts", name: "Trạm BTS", unit: "trạm" }) }),
  row({
    fn: conferenceMutations.updateIndicator,
    allowed: SIGNED_IN,
    prepare: (c) => makeIndicator(c.db, "tram-bts", "Trạm BTS", "trạm"),
    call: (a, _c, i) => conferenceMutations.updateIndicator(a, i.id, { code: "tram-bts", name: "Trạm BTS xây dựng mới", unit: "trạm" }),
  }),
  row({ fn: conferenceMutations.deleteIndicator, allowed: SIGNED_IN, prepare: (c) => makeIndicator(c.db, "tram-bts"), call: (a, _c, i) => conferenceMutations.deleteIndicator(a, i.id) }),

  // lib/media (media.manage: staff and administrators)
  row({
    fn: mediaMutations.uploadMedia,
    allowed: SIGNED_IN,
    call: (a) => mediaMutations.uploadMedia(a, { bytes: PNG_1X1, filename: "anh.png", altText: "Ảnh thử nghiệm", caption: "", credit: "" }),
  }),
  row({
    fn: mediaMutations.updateMediaText,
    allowed: SIGNED_IN,
    prepare: (c) => storedImage(c),
    call: (a, _c, id) => mediaMutations.updateMediaText(a, id, { altText: "Mô tả mới của ảnh", caption: "Chú thích", credit: "N.Hồng" }),
  }),
  row({ fn: mediaMutations.deleteMedia, allowed: SIGNED_IN, prepare: (c) => storedImage(c), call: (a, _c, id) => mediaMutations.deleteMedia(a, id) }),

  // lib/categories (categories.manage: staff and administrators)
  row({ fn: categoryMutations.createCategory, allowed: SIGNED_IN, call: (a) => categoryMutations.createCategory(a, { name: "Chuyển đổi số" }) }),
  row({
    fn: categoryMutations.updateCategory,
    allowed: SIGNED_IN,
    prepare: (c) => makeCategory(c.db, "Tin cũ"),
    call: (a, _c, cat) => categoryMutations.updateCategory(a, cat.id, { name: "Tin mới", description: "Mô tả" }),
  }),
  row({ fn: categoryMutations.deleteCategory, allowed: SIGNED_IN, prepare: (c) => makeCategory(c.db, "Chuyên mục trống"), call: (a, _c, cat) => categoryMutations.deleteCategory(a, cat.id) }),

  // lib/uploads: opening a private file (files.download: staff and administrators; the download is audited)
  row({
    fn: openPrivateFile,
    allowed: SIGNED_IN,
    prepare: (c) => storedPrivateFile(c),
    call: async (a, _c, id) => {
      const file = await openPrivateFile(a, id);
      if (!file) throw new Error("stored file not found");
      return file;
    },
  }),

  // lib/holidays (holidays.manage: administrators; the table every due date is counted with)
  row({
    fn: holidayMutations.addHoliday,
    allowed: ADMIN_ONLY,
    call: (a) => holidayMutations.addHoliday(a, { date: "03/09/2026", name: "Quốc khánh (ngày liền kề)", kind: "day_off" }),
  }),
  row({
    fn: holidayMutations.updateHoliday,
    allowed: ADMIN_ONLY,
    prepare: (c) => makeHoliday(c.db, { date: "2026-09-03", name: "Quốc khánh", source: "rule" }),
    call: (a) => holidayMutations.updateHoliday(a, { date: "2026-09-03", name: "Quốc khánh (ngày liền kề)", kind: "day_off" }),
  }),
  row({
    fn: holidayMutations.deleteHoliday,
    allowed: ADMIN_ONLY,
    prepare: (c) => makeHoliday(c.db, { date: "2026-09-03", source: "rule" }),
    call: (a) => holidayMutations.deleteHoliday(a, "2026-09-03"),
  }),
  row({ fn: holidayMutations.prefillHolidayYear, allowed: ADMIN_ONLY, call: (a) => holidayMutations.prefillHolidayYear(a, 2026) }),
  { fn: listHolidayYear, allowed: ADMIN_ONLY, call: (a) => listHolidayYear(a, 2026) },

  // lib/mail: the outbox (outbox.read: staff and administrators; opening a message is audited)
  { fn: listOutbox, allowed: SIGNED_IN, call: (a) => listOutbox(a, { status: "kept" }) },
  row({
    fn: openOutboxMessage,
    allowed: SIGNED_IN,
    prepare: (c) =>
      c.db.transaction((tx) =>
        enqueueMail(tx, { to: "cong.dan@example.vn", subject: "Hồ sơ đã được tiếp nhận", text: "Kính gửi công dân.", kind: "dossier_received", related: { entity: "dossier", id: "1" } }),
      ),
    call: async (a, _c, m) => {
      const opened = await openOutboxMessage(a, m.id);
      if (!opened) throw new Error("outbox message not found");
      return opened;
    },
  }),
  // lib/services (services.manage: staff and administrators; services.import: administrators)
  row({
    fn: services.createProcedure,
    allowed: SIGNED_IN,
    prepare: (c) => catalogueRefs(c),
    call: (a, _c, r) => services.createProcedure(a, { code: "1.000948", name: "Cấp giấy phép bưu chính", fieldId: r.fieldId, agencyId: r.agencyId, level: 2, processingDays: 10 }),
  }),
  row({
    fn: services.updateProcedure,
    allowed: SIGNED_IN,
    prepare: (c) => storedProcedure(c),
    call: (a, _c, p) => services.updateProcedure(a, p.id, { code: p.code, name: "Tên đã sửa", fieldId: p.fieldId, agencyId: p.agencyId, level: 3, processingDays: 7 }),
  }),
  row({ fn: services.setProcedurePublished, allowed: SIGNED_IN, prepare: (c) => storedProcedure(c), call: (a, _c, p) => services.setProcedurePublished(a, p.id, false) }),
  row({
    fn: services.attachFormFile,
    allowed: SIGNED_IN,
    prepare: (c) => storedProcedure(c),
    call: (a, _c, p) => services.attachFormFile(a, p.documentId, { bytes: minimalPdf(), filename: "mau-don.pdf" }),
  }),
  row({
    fn: services.removeFormFile,
    allowed: SIGNED_IN,
    prepare: async (c) => {
      const p = await storedProcedure(c);
      const attached = await services.attachFormFile(c.admin, p.documentId, { bytes: minimalPdf(), filename: "mau-don.pdf" });
      if (!attached.ok) throw new Error("fixture: attachFormFile failed");
      return p;
    },
    call: (a, _c, p) => services.removeFormFile(a, p.documentId),
  }),
  row({ fn: services.createServiceField, allowed: SIGNED_IN, call: (a) => services.createServiceField(a, { name: "Viễn thông và Internet" }) }),
  row({ fn: services.updateServiceField, allowed: SIGNED_IN, prepare: (c) => makeField(c.db, "Báo chí"), call: (a, _c, f) => services.updateServiceField(a, f.id, { name: "Báo chí, xuất bản" }) }),
  row({ fn: services.createServiceAgency, allowed: SIGNED_IN, call: (a) => services.createServiceAgency(a, { name: "UBND huyện Mẫu", code: "000.00.30.H42" }) }),
  row({
    fn: services.updateServiceAgency,
    allowed: SIGNED_IN,
    prepare: (c) => makeAgency(c.db, "Cơ quan tạm", "TAM.0001"),
    call: (a, _c, ag) => services.updateServiceAgency(a, ag.id, { name: "Phòng Văn hóa và Thông tin", code: "000.00.30.H42" }),
  }),
  row({
    fn: services.importProcedures,
    allowed: ADMIN_ONLY,
    call: (a) => services.importProcedures(a, { filename: "danh-muc.csv", bytes: importCsv([importRecord(), importRecord()]) }),
  }),
  row({
    fn: previewImport,
    allowed: ADMIN_ONLY,
    call: (a) => previewImport(a, { filename: "danh-muc.csv", bytes: importCsv([importRecord()]) }),
  }),
  { fn: listAdminProcedures, allowed: SIGNED_IN, call: (a) => listAdminProcedures(a, adminServicesFilter.parse({})) },
  row({ fn: getProcedureForEdit, allowed: SIGNED_IN, prepare: (c) => storedProcedure(c), call: (a, _c, p) => getProcedureForEdit(a, p.id) }),
  { fn: listFieldsForAdmin, allowed: SIGNED_IN, call: (a) => listFieldsForAdmin(a) },
  { fn: listAgenciesForAdmin, allowed: SIGNED_IN, call: (a) => listAgenciesForAdmin(a) },
  // lib/dossiers (dossiers.process: staff and administrators; personal data, never anonymous)
  row({
    fn: dossierMutations.takeDossierStep,
    allowed: SIGNED_IN,
    prepare: async (c) => makeDossier(c.db, await makeOnlineProcedure(c.db)),
    call: async (a, _c, d) => {
      const r = await dossierMutations.takeDossierStep(a, d.id, "accept", { note: "Hồ sơ đầy đủ.", visibility: "applicant" });
      if (!r.ok) throw new Error(`accept refused: ${JSON.stringify(r.errors)}`);
      return r;
    },
  }),
  { fn: listDossierQueue, allowed: SIGNED_IN, call: (a) => listDossierQueue(a, {}) },
  { fn: countDossierAttention, allowed: SIGNED_IN, call: (a) => countDossierAttention(a) },
  row({ fn: openDossier, allowed: SIGNED_IN, prepare: async (c) => makeDossier(c.db, await makeOnlineProcedure(c.db)), call: (a, _c, d) => openDossier(a, d.id) }),

  // lib/awards (awards.manage: administrators only)
  row({ fn: awards.createAwardDecision, allowed: ADMIN_ONLY, call: (a) => awards.createAwardDecision(a, decisionForm()) }),
  row({ fn: awards.updateAwardDecision, allowed: ADMIN_ONLY, prepare: (c) => makeDecision(c.db), call: (a, _c, d) => awards.updateAwardDecision(a, d.id, decisionForm()) }),
  row({ fn: awards.deleteAwardDecision, allowed: ADMIN_ONLY, prepare: (c) => makeDecision(c.db), call: (a, _c, d) => awards.deleteAwardDecision(a, d.id) }),
  row({
    fn: awards.publishAwardDecision,
    allowed: ADMIN_ONLY,
    prepare: async (c) => ({ d: await makeDecision(c.db), cat: await makeCategory(c.db) }),
    call: (a, _c, p) => awards.publishAwardDecision(a, p.d.id, { draftNews: { categoryId: p.cat.id } }),
  }),
  row({
    fn: awards.revokeAwardDecision,
    allowed: ADMIN_ONLY,
    prepare: (c) => makePublishedDecision(c.db),
    call: (a, _c, d) => awards.revokeAwardDecision(a, d.id, { reason: "Phát hiện sai sót về thành tích.", revokedOn: "05/03/2014" }),
  }),
  { fn: listAdminDecisions, allowed: ADMIN_ONLY, call: (a) => listAdminDecisions(a) },
  row({ fn: getDecisionForEdit, allowed: ADMIN_ONLY, prepare: (c) => makeDecision(c.db), call: (a, _c, d) => getDecisionForEdit(a, d.id) }),
];

/** Exported functions of lib/**\/mutations.ts that take no acting user, and why that is right. */
const EXEMPT: Record<string, string> = {
  "lib/users/mutations.ts#createInitialUser": "first start: creates the first administrator before anyone can sign in",
  "lib/users/mutations.ts#endAllSessions": "sign-out of the acting user itself; a null actor is a no-op",
  "lib/users/mutations.ts#endSessionsOfToken": "next-auth's sign-out route: the live session token is the credential; a dead one is a no-op",
  "lib/news/mutations.ts#rateArticle": "a citizen's vote: public by design (rate-limited by the route)",
  "lib/newsroom/mutations.ts#publishDueArticles": "the scheduler's job: runs as the system, publishes only what an authorised user scheduled",
  "lib/newsroom/mutations.ts#publishProblem": "a pure check of an article's content: writes nothing",
  "lib/mail/mutations.ts#enqueueMail": "writes inside the caller's transaction; the caller authorised the change the message reports",
  "lib/dossiers/mutations.ts#submitDossier": "a citizen's submission: public by design (rate-limited per address, idempotent by its form key)",
  "lib/dossiers/mutations.ts#submitSupplement": "the applicant's upload: the supplement link's token is the credential (one use, one dossier, expires)",
  "lib/dossiers/mutations.ts#rateDossier": "the applicant's rating: the dossier code with its phone number is the credential",
  "lib/dossiers/mutations.ts#newSubmissionKey": "a random key for a form: writes nothing",
  "lib/holidays/mutations.ts#prefillMissingYears": "start-up, as the system: fills only years with no row, never touches a row staff wrote",
};

/** Content that publishing accepts (title, lead and body present). */
const READY = {
  sapo: "Sáng 02/01/2014, Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ năm 2014.",
  bodyHtml: "<p>Hội nghị đánh giá kết quả năm 2013 và bàn nhiệm vụ năm 2014.</p>",
  author: "N.Hồng",
  source: "Mic.gov.vn",
};

/** An article by `target` in the given state, written straight into the table. */
async function articleIn(c: Ctx, status: "draft" | "in_review" | "published" | "scheduled", over: Partial<typeof articles.$inferInsert> = {}) {
  const cat = await makeCategory(c.db);
  return makeArticle(c.db, {
    title: `Bài ${status}`,
    categoryId: cat.id,
    status,
    publishedAt: status === "published" ? new Date(Date.now() - 60_000) : null,
    createdById: c.target.id,
    updatedById: c.target.id,
    submittedById: status === "in_review" ? c.target.id : null,
    ...READY,
    ...over,
  });
}

/** An open edition by `target` of a published article, written straight into the tables. */
async function editionIn(c: Ctx, status: "draft" | "in_review") {
  const art = await articleIn(c, "published");
  const [e] = await c.db
    .insert(articleEditions)
    .values({ articleId: art.id, number: 2, status, title: "Ấn bản mới", categoryId: art.categoryId, ...READY, bodyText: "Hội nghị", createdById: c.target.id, submittedById: status === "in_review" ? c.target.id : null })
    .returning();
  return e!;
}

/** A conference report by `target` whose first edition is in the given state (published: without review, by `target`). */
async function conferenceIn(c: Ctx, state: "draft" | "in_review" | "published") {
  const r = await conferenceMutations.createConference(c.target, conferenceInput());
  if (!r.ok) throw new Error("fixture: createConference failed");
  if (state === "in_review") await conferenceMutations.submitConferenceEdition(c.target, r.value.editionId);
  if (state === "published") await conferenceMutations.publishConferenceEditionWithoutReview(c.target, r.value.editionId, { reason: "Đăng để chuẩn bị kiểm thử." });
  return r.value;
}

/** An unused image in the library, written straight into the table. */
async function storedImage(c: Ctx): Promise<string> {
  const [m] = await c.db
    .insert(media)
    .values({ filename: "anh.png", mimeType: "image/png", byteSize: PNG_1X1.length, width: 1, height: 1, sha256: createHash("sha256").update(PNG_1X1).digest("hex"), data: PNG_1X1, altText: "Ảnh thử nghiệm" })
    .returning({ id: media.id });
  return m!.id;
}

/** A private file (a dossier's document), written straight into the table. */
async function storedPrivateFile(c: Ctx): Promise<string> {
  const data = Buffer.from("%PDF-1.4\n%%EOF\n");
  const [f] = await c.db
    .insert(privateFiles)
    .values({ kind: "document", filename: "to-khai.pdf", mimeType: "application/pdf", byteSize: data.length, sha256: createHash("sha256").update(data).digest("hex"), data })
    .returning({ id: privateFiles.id });
  return f!.id;
}

/** A field and an agency for a new procedure. */
async function catalogueRefs(c: Ctx) {
  const field = await makeField(c.db);
  const agency = await makeAgency(c.db);
  return { fieldId: field.id, agencyId: agency.id };
}

/** A procedure with documents, written straight into the tables; `documentId` is its first document. */
async function storedProcedure(c: Ctx) {
  const refs = await catalogueRefs(c);
  const p = await makeProcedure(c.db, refs);
  const [doc] = await c.db.select().from(procedureDocuments).where(eq(procedureDocuments.procedureId, p.id)).orderBy(procedureDocuments.position).limit(1);
  return { ...p, documentId: doc!.id };
}

async function makeCtx(): Promise<Ctx> {
  const admin = actorOf(await makeUser(t.db, "admin"));
  const staff = actorOf(await makeUser(t.db, "staff"));
  const target = actorOf(await makeUser(t.db, "staff"));
  return { db: t.db, admin, staff, target };
}

const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

describe.each(ROWS.map((r) => [r.fn.name, r] as const))("%s", (_name, r) => {
  it.each<Who>(["anonymous", "staff", "admin"])("as %s", async (who) => {
    const ctx = await makeCtx();
    const actor = who === "anonymous" ? null : ctx[who];
    const allowed = actor !== null && r.allowed.includes(actor.role);
    const prepared = r.prepare ? await r.prepare(ctx) : undefined;
    const auditBefore = await auditCount();
    const usersBefore = await t.db.select().from(users).orderBy(users.id);

    const outcome = await r.call(actor, ctx, prepared).then(
      (value) => ({ value, error: undefined as unknown }),
      (error: unknown) => ({ value: undefined, error }),
    );

    if (allowed) {
      expect(outcome.error, `${who} may call ${r.fn.name}`).not.toBeInstanceOf(AuthorizationError);
      expect(outcome.error).toBeUndefined();
      // Valid input: a mutation's own result must be a success, not a refusal dressed as a field error.
      if (outcome.value && typeof outcome.value === "object" && "ok" in outcome.value) expect(outcome.value).toMatchObject({ ok: true });
    } else {
      expect(outcome.error, `${who} must be refused ${r.fn.name}`).toBeInstanceOf(AuthorizationError);
      expect((outcome.error as AuthorizationError).kind).toBe(who === "anonymous" ? "unauthenticated" : "forbidden");
      // Refused before touching anything: no audit entry, no account changed.
      expect(await auditCount()).toBe(auditBefore);
      expect(await t.db.select().from(users).orderBy(users.id)).toEqual(usersBefore);
    }
  });
});

describe("the matrix covers every mutation", () => {
  it("has a row (or a stated exemption) for each exported function of lib/**/mutations.ts", async () => {
    const modules = import.meta.glob<Record<string, unknown>>("../../../lib/**/mutations.ts", { eager: true });
    const covered = new Set<unknown>(ROWS.map((x) => x.fn));
    const missing: string[] = [];
    for (const [file, mod] of Object.entries(modules)) {
      const path = file.replace(/^(\.\.\/)+/, "");
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function" || /^[A-Z]/.test(name)) continue; // classes and constants are not calls
        if (!covered.has(value) && !EXEMPT[`${path}#${name}`]) missing.push(`${path}#${name}`);
      }
    }
    expect(missing, "add a row to ROWS (or a reasoned entry to EXEMPT) for").toEqual([]);
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(3);
    // An exemption for something that no longer exists is stale.
    for (const key of Object.keys(EXEMPT)) {
      const [path, name] = key.split("#");
      const mod = Object.entries(modules).find(([f]) => f.endsWith(path!))?.[1];
      expect(mod?.[name!], `stale exemption ${key}`).toBeTypeOf("function");
    }
  });
});
