// Sizes checked in the browser before a form sends its files (a form's onSubmit, with JavaScript): a file
// over its limit or a form over its total is refused before megabytes travel on a slow link, in the same
// words the server would use. Only a convenience: the server checks everything again. Pure.
import type { FieldErrors } from "@/lib/kernel/result";
import { cleanUploadName } from "./filename";
import { MAX_FORM_BYTES, uploadKind, type UploadKind } from "./kinds";
import { uploadMessages } from "./messages";

export type ChosenFile = { field: string; kind: UploadKind; file: { name: string; size: number } | null | undefined };

export function sizeErrors(chosen: readonly ChosenFile[], maxTotalBytes = MAX_FORM_BYTES): FieldErrors {
  const errors: FieldErrors = {};
  let total = 0;
  for (const { field, kind, file } of chosen) {
    if (!file) continue;
    total += file.size;
    if (file.size > uploadKind(kind).maxFileBytes) errors[field] = uploadMessages.tooLarge(kind, cleanUploadName(file.name), file.size);
  }
  if (total > Math.min(maxTotalBytes, MAX_FORM_BYTES)) errors._form = uploadMessages.totalTooLarge(total, Math.min(maxTotalBytes, MAX_FORM_BYTES));
  return errors;
}
