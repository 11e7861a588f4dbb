// What staff read about a failed scheduled publication: a Vietnamese reason, never the database's own words.
// The scheduler records only Vietnamese refusals (scheduled-publishing.ts); this also guards what is stored
// by the "schedule_failed" step and what older versions stored (raw driver messages), on write and on read.
// Pure (no server imports).

export const SCHEDULE_SYSTEM_ERROR = "Lỗi hệ thống khi đăng bài; chi tiết đã được ghi vào nhật ký máy chủ. Hệ thống sẽ tự thử lại.";

// Words of database drivers, SQL and stack traces that no message of ours contains.
const DATABASE_TEXT =
  /failed query|params:|duplicate key|violates|constraint|relation "|column "|syntax error|sqlstate|deadlock|\berror:|\bat [\w$.<>]+ \(|\b(select|insert into|update|delete from)\b .*\b(from|set|values|where)\b|postgres|pglite|drizzle|econnrefused|etimedout/i;
// Every message the portal writes is Vietnamese, so it has letters no English or SQL text has.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The stored reason when it is one of ours, else the generic Vietnamese one; null stays null. */
export function scheduleErrorForStaff(stored: string | null): string | null {
  if (stored === null) return null;
  const text = stored.trim();
  if (!text || DATABASE_TEXT.test(text) || !VIETNAMESE.test(text)) return SCHEDULE_SYSTEM_ERROR;
  return text.slice(0, 500);
}
