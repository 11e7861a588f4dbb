// Input schemas of the newsroom (article form, workflow steps, admin list filters) with Vietnamese
// messages keyed by form field; shared by server and forms, so nothing server-side is imported here.
import { z } from "zod";
import { parsePageNumber } from "@/lib/pagination";
import { parseVietnamLocalDateTime } from "@/lib/time";

export const ARTICLE_STATUSES = ["draft", "in_review", "published", "unpublished", "scheduled"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Bản nháp",
  in_review: "Chờ duyệt",
  published: "Đã đăng",
  unpublished: "Đã gỡ",
  scheduled: "Hẹn giờ đăng",
};

export const EDITION_STATUSES = ["draft", "in_review", "published", "discarded"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const EDITION_STATUS_LABELS: Record<EditionStatus, string> = {
  draft: "Bản nháp",
  in_review: "Chờ duyệt",
  published: "Đã đăng",
  discarded: "Đã hủy",
};

export const ADMIN_PAGE_SIZE = 20;
export const MIN_REASON_LENGTH = 10;
export const MAX_BODY_LENGTH = 500_000;

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : v), z.string().trim().max(max, message));

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const articleInput = z.object({
  title: z
    .string({ error: "Vui lòng nhập tiêu đề." })
    .trim()
    .min(1, "Vui lòng nhập tiêu đề.")
    .max(300, "Tiêu đề tối đa 300 ký tự."),
  sapo: optionalText(1000, "Sapo tối đa 1.000 ký tự."),
  categoryId: z.coerce
    .number({ error: "Vui lòng chọn chuyên mục." })
    .int("Vui lòng chọn chuyên mục.")
    .positive("Vui lòng chọn chuyên mục."),
  author: optionalText(200, "Tên tác giả tối đa 200 ký tự."),
  source: optionalText(200, "Nguồn tối đa 200 ký tự."),
  featured: checkbox,
  bodyHtml: z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z.string().max(MAX_BODY_LENGTH, "Nội dung quá dài (tối đa 500.000 ký tự)."),
  ),
  coverMediaId: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.uuid("Ảnh đại diện không hợp lệ.").nullable(),
  ),
});
/** What callers pass (form strings or typed values); the schema turns it into ArticleData. */
export type ArticleInput = {
  title: string;
  categoryId: number | string;
  sapo?: string;
  author?: string;
  source?: string;
  featured?: boolean | string;
  bodyHtml?: string;
  coverMediaId?: string | null;
};
export type ArticleData = z.output<typeof articleInput>;

/** The article form adds the version the editor started from, so a concurrent save is not overwritten. */
const optionalId = z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v), z.coerce.number().int().positive().optional());

export const articleUpdateInput = articleInput.extend({
  id: z.coerce.number().int().positive(),
  version: optionalId,
  // Set when the editor was editing the article's open edition (a published article's next version).
  editionId: optionalId,
});


const reason = z
  .string({ error: `Vui lòng nêu lý do đăng không qua duyệt (ít nhất ${MIN_REASON_LENGTH} ký tự).` })
  .trim()
  .min(MIN_REASON_LENGTH, `Vui lòng nêu lý do đăng không qua duyệt (ít nhất ${MIN_REASON_LENGTH} ký tự).`)
  .max(500, "Lý do tối đa 500 ký tự.");

export const skipReviewInput = z.object({ reason });

export const scheduleInput = z.object({
  scheduledAt: z
    .string({ error: "Vui lòng chọn ngày giờ đăng." })
    .trim()
    .min(1, "Vui lòng chọn ngày giờ đăng.")
    .transform((v, ctx) => {
      const at = parseVietnamLocalDateTime(v);
      if (!at) {
        ctx.addIssue({ code: "custom", message: "Ngày giờ đăng không hợp lệ." });
        return z.NEVER;
      }
      return at;
    }),
  // Empty: the article must have been approved by someone else (or be approved by this step).
  reason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), reason.optional()),
});
export type ScheduleInput = z.input<typeof scheduleInput>;

export const restoreInput = z.object({
  id: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
});

/** Admin list filters from the query string: junk values fall back to "all", never to an error page. */
export const adminListFilter = z.object({
  status: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum([...ARTICLE_STATUSES, "failed"]).optional().catch(undefined)),
  category: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().trim().max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  ),
  page: z.preprocess(parsePageNumber, z.number().int().min(1)),
});
export type AdminListFilter = z.output<typeof adminListFilter>;
