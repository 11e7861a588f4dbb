// Reading the procedure form's post (create and edit) into the mutation's input and the values to refill the
// form with: each field one bounded string, the lists (steps, channels, documents, legal basis) as rows.
// Validation is the mutation's (lib/services/validation.ts).
import { formCheckbox, formValues } from "@/lib/form/form-data";
import { formRows, rowValues } from "@/lib/form/rows";
import type { ProcedureInput } from "@/lib/services/validation";

const SCALARS = {
  code: 100,
  name: 600,
  kind: 300,
  fieldId: 20,
  agencyId: 20,
  level: 10,
  processingDays: 20,
  subjects: 6000,
  fees: 6000,
  result: 6000,
  conditions: 6000,
  publishingDecision: 1200,
  nationalUrl: 600,
};

export function readProcedureForm(formData: FormData): { input: ProcedureInput & { expectedVersion: string }; values: Record<string, string> } {
  const scalars = formValues(formData, SCALARS);
  const steps = formRows(formData, "steps", { text: 1100 }, 60);
  const channels = formRows(formData, "channels", { name: 310, time: 310, fee: 310 }, 30);
  // A document row is blank when its texts are: the "required" select and the hidden id always hold a value.
  const documents = formRows(formData, "documents", { id: 20, name: 1100, originals: 10, copies: 10, required: 10 }, 60).filter((r) =>
    [r.name, r.originals, r.copies].some((v) => v.trim() !== ""),
  );
  const legalBasis = formRows(formData, "legalBasis", { number: 210, title: 1100, effectiveDate: 20 }, 60);
  const published = formCheckbox(formData, "published");
  const isSample = formCheckbox(formData, "isSample");
  const expectedVersion = formValues(formData, { version: 20 }).version;
  return {
    input: { ...scalars, steps: steps.map((s) => s.text), channels, documents, legalBasis, published, isSample, expectedVersion },
    values: {
      ...scalars,
      published,
      isSample,
      ...rowValues("steps", steps),
      ...rowValues("channels", channels),
      ...rowValues("documents", documents),
      ...rowValues("legalBasis", legalBasis),
    },
  };
}
