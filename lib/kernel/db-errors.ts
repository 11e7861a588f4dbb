// Database errors as the people who caused them should read them. drizzle wraps driver errors (postgres-js
// or PGlite) in an error whose message repeats the whole query: the code and constraint are on a cause.
// Nothing here ever shows database text to a user.
import type { FieldErrors } from "./result";

type PgLike = { code?: string; constraint?: string; constraint_name?: string; cause?: unknown; message?: string };

function* chain(err: unknown): Generator<PgLike> {
  let e = err as PgLike | undefined;
  for (let i = 0; e && typeof e === "object" && i < 6; i++, e = e.cause as PgLike | undefined) yield e;
}

/** The SQLSTATE of a database error (e.g. "23505"), wherever in the cause chain it sits. */
export function dbErrorCode(err: unknown): string | undefined {
  for (const e of chain(err)) if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

/** The constraint a violation names (postgres-js: constraint_name; PGlite: constraint). */
export function dbConstraint(err: unknown): string | undefined {
  for (const e of chain(err)) {
    const c = e.constraint_name ?? e.constraint;
    if (c) return c;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => dbErrorCode(err) === "23505";
export const isForeignKeyViolation = (err: unknown) => dbErrorCode(err) === "23503";
/** Serialization failure or deadlock: the transaction may simply be tried again. */
export const isRetryable = (err: unknown) => ["40001", "40P01"].includes(dbErrorCode(err) ?? "");

/** The database's own words, for logs only (never for a page). */
export function dbRootMessage(err: unknown): string {
  let last: PgLike | undefined;
  for (const e of chain(err)) last = e;
  return last?.message ?? String(err);
}

/** Messages for the constraint violations of one write: a constraint name (or a SQLSTATE) to field errors. */
export type ViolationMessages = Record<string, FieldErrors>;

const GENERIC: Record<string, string> = {
  "23505": "Dữ liệu này trùng với một bản ghi đã có. Vui lòng kiểm tra lại.",
  "23503": "Dữ liệu liên quan vừa bị thay đổi hoặc xóa. Vui lòng tải lại trang rồi thử lại.",
  "23514": "Dữ liệu không hợp lệ. Vui lòng kiểm tra lại.",
  "23502": "Còn thiếu thông tin bắt buộc. Vui lòng kiểm tra lại.",
  "22001": "Nội dung nhập quá dài. Vui lòng rút gọn.",
  "57014": "Hệ thống đang bận, thao tác chưa hoàn tất và chưa có gì được lưu. Vui lòng thử lại.",
};

/**
 * Field errors for a constraint violation: the write's own message for that constraint (or code) when it
 * has one, else a generic Vietnamese message; undefined when the error is not a violation a user can fix.
 */
export function violationErrors(err: unknown, messages: ViolationMessages = {}): FieldErrors | undefined {
  const code = dbErrorCode(err);
  if (!code) return undefined;
  const constraint = dbConstraint(err);
  if (constraint && messages[constraint]) return messages[constraint];
  if (messages[code]) return messages[code];
  const generic = GENERIC[code];
  return generic ? { _form: generic } : undefined;
}
