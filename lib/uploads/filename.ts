// File names are never trusted: what a browser sends as a name may hold folders, control characters, a
// right-to-left override that makes "gpj.exe" read as "exe.jpg", or thousands of characters. These turn it
// into a safe display name, and a stored file's name into a Content-Disposition header. Pure.

export const MAX_NAME_LENGTH = 150;

// C0/C1 controls, DEL, bidirectional overrides and isolates, zero-width characters and the BOM.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Characters Windows refuses in a name (the file will be saved on staff's machines).
const RESERVED_CHARS = /[<>:"|?*]/g;

/** The uploaded name without folders or unsafe characters, capped, as the user recognises it (for messages). */
export function cleanUploadName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC") // macOS sends Vietnamese decomposed; one form for display and comparison
    .replace(UNSAFE_CHARS, "")
    .replace(RESERVED_CHARS, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  return capLength(base, MAX_NAME_LENGTH);
}

/** The name a stored file gets: the cleaned base of the uploaded name with the extension of its real type. */
export function safeDisplayName(name: string, ext: string, fallback: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const base = cleanUploadName(last.replace(/\.[^.]*$/, ""));
  return `${capLength(base, MAX_NAME_LENGTH - ext.length - 1) || fallback}.${ext}`;
}

/** Cuts by code points, so a Vietnamese letter or an emoji is never split in half. */
function capLength(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max).join("").trim();
}

/**
 * `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 with RFC 5987): browsers that
 * read filename* get the Vietnamese name, older ones an ASCII fallback with the accents removed.
 */
export function attachmentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\]/g, "_") || "tep";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
