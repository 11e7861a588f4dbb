// Several named file inputs of one form, checked together: every bad file gets its own field error in the
// same answer (so the form shows all problems at once), and the sum of all files is held to the form's
// total. Works on a plain FormData (a server action's, a route handler's, a test's): no Next imports.
import { FORM, type FieldErrors, type Result } from "@/lib/kernel/result";
import { cleanUploadName } from "./filename";
import { checkUpload, type AcceptedUpload } from "./inspect";
import { MAX_FORM_BYTES, uploadKind, type UploadKind } from "./kinds";
import { uploadMessages } from "./messages";

export type UploadField = {
  /** The input's name in the form, also the key of its error. */
  readonly field: string;
  readonly kind: UploadKind;
  readonly required?: boolean;
  /** The input's label as the form shows it (for "Vui lòng chọn tệp cho mục …"). */
  readonly label?: string;
};

/** Each field's accepted file, or null for an optional field left empty. */
export type CollectedUploads<F extends readonly UploadField[]> = {
  [K in F[number] as K["field"]]: K["required"] extends true ? AcceptedUpload : AcceptedUpload | null;
};

export type CollectOptions = {
  /** Largest sum of all files of the form (FORM_TOTALS); at most MAX_FORM_BYTES. */
  maxTotalBytes?: number;
};

/** The parts a browser sent under one name that are files; an unchosen input arrives as one empty, unnamed part. */
function chosenFiles(formData: FormData, field: string): File[] {
  return formData.getAll(field).filter((v): v is File => typeof v !== "string" && !(v.size === 0 && v.name === ""));
}

export async function collectUploads<const F extends readonly UploadField[]>(
  formData: FormData,
  fields: F,
  options: CollectOptions = {},
): Promise<Result<CollectedUploads<F>>> {
  const maxTotal = Math.min(options.maxTotalBytes ?? MAX_FORM_BYTES, MAX_FORM_BYTES);
  const errors: FieldErrors = {};
  const value: Record<string, AcceptedUpload | null> = {};
  let total = 0;

  for (const f of fields) {
    const label = f.label ?? f.field;
    const files = chosenFiles(formData, f.field);
    for (const file of files) total += file.size;
    if (files.length > 1) {
      errors[f.field] = uploadMessages.oneFileOnly(label);
      continue;
    }
    const [file] = files;
    if (!file) {
      if (f.required) errors[f.field] = uploadKind(f.kind).missing(label);
      else value[f.field] = null;
      continue;
    }
    // The size is known before the bytes are read: an oversized file is refused without reading it.
    if (file.size > uploadKind(f.kind).maxFileBytes) {
      errors[f.field] = uploadMessages.tooLarge(f.kind, cleanUploadName(file.name), file.size);
      continue;
    }
    const checked = await checkUpload(f.kind, new Uint8Array(await file.arrayBuffer()), file.name);
    if (checked.ok) value[f.field] = checked.file;
    else errors[f.field] = checked.error;
  }
  if (total > maxTotal) errors[FORM] = uploadMessages.totalTooLarge(total, maxTotal);
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: value as CollectedUploads<F> };
}
