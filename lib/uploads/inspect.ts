// One uploaded file against its kind: the size first (before reading anything), then what the BYTES are
// (file-type; compound files by cfb.ts), never the name or the browser's Content-Type; images must have a
// readable header. The stored name is a safe display name ending in the detected type's extension.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { inspectCompoundFile } from "./cfb";
import { cleanUploadName, safeDisplayName } from "./filename";
import { uploadKind, type UploadKind } from "./kinds";
import { uploadMessages } from "./messages";

/** A file that passed every check, ready to store. */
export type AcceptedUpload = {
  kind: UploadKind;
  /** Safe display name with the extension of the detected type. */
  filename: string;
  mimeType: string;
  ext: string;
  byteSize: number;
  sha256: string;
  bytes: Buffer;
  /** Images only. */
  width?: number;
  height?: number;
};

export type UploadCheck = { ok: true; file: AcceptedUpload } | { ok: false; error: string };

/** What the bytes are: a MIME type (compound files resolved to Word or Excel), or why an Office file is refused. */
export type DetectedType = { mime: string | null; problem?: "macros" | "encrypted" };

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export async function detectType(bytes: Uint8Array): Promise<DetectedType> {
  let detected: { mime: string } | undefined;
  try {
    detected = await fileTypeFromBuffer(bytes);
  } catch {
    return { mime: null }; // file-type stops on malformed containers (its own hard limits): not a type we know
  }
  if (detected?.mime !== "application/x-cfb") return { mime: detected?.mime ?? null };
  const verdict = inspectCompoundFile(bytes);
  if (verdict.kind === "doc") return { mime: "application/msword" };
  if (verdict.kind === "xls") return { mime: "application/vnd.ms-excel" };
  return { mime: null, problem: verdict.kind === "other" ? undefined : verdict.kind };
}

/**
 * Checks one file. `name` is the browser's (untrusted) name, used only to build the display name and to say
 * which file a message is about. An empty `bytes` with no name means nothing was chosen.
 */
export async function checkUpload(kind: UploadKind, bytes: Uint8Array, name = ""): Promise<UploadCheck> {
  const spec = uploadKind(kind);
  const shown = cleanUploadName(name);
  if (bytes.byteLength === 0) return { ok: false, error: shown ? uploadMessages.empty(shown) : spec.missing("tệp") };
  if (bytes.byteLength > spec.maxFileBytes) return { ok: false, error: uploadMessages.tooLarge(kind, shown, bytes.byteLength) };

  const detected = await detectType(bytes);
  const { problem } = detected;
  // Plain text has no magic bytes: a kind that takes CSV accepts bytes that decode as UTF-8 with no NUL.
  const mime = !detected.mime && !problem && "text/csv" in spec.types && isUtf8Text(bytes) ? "text/csv" : detected.mime;
  if (problem === "macros") return { ok: false, error: uploadMessages.macros(shown) };
  if (problem === "encrypted") return { ok: false, error: uploadMessages.encrypted(shown) };
  const type = mime ? spec.types[mime] : undefined;
  if (!mime || !type) return { ok: false, error: uploadMessages.notAllowed(kind, shown) };

  let dimensions: { width: number; height: number } | undefined;
  if (mime.startsWith("image/")) {
    let size: { width?: number; height?: number };
    try {
      // image-size reads the header: a file with the right magic bytes but a broken header fails here.
      size = imageSize(bytes);
    } catch {
      return { ok: false, error: uploadMessages.unreadableImage(shown) };
    }
    const { width, height } = size;
    if (!width || !height) return { ok: false, error: uploadMessages.unreadableImage(shown) };
    if (spec.maxImageSide && (width > spec.maxImageSide || height > spec.maxImageSide)) {
      return { ok: false, error: uploadMessages.imageTooLarge(kind, shown, width, height) };
    }
    dimensions = { width, height };
  }

  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ok: true,
    file: {
      kind,
      filename: safeDisplayName(name, type.ext, spec.fallbackName),
      mimeType: mime,
      ext: type.ext,
      byteSize: data.byteLength,
      sha256: createHash("sha256").update(data).digest("hex"),
      bytes: data,
      ...dimensions,
    },
  };
}
