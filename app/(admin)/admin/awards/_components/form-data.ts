// Reading the decision form's post (create and edit) into the mutation's input, the recipients file and the
// values to refill the form with. Each field one bounded string; validation is the mutation's (lib/awards).
import { formCheckbox, formFile, formValues } from "@/lib/form/form-data";
import type { DecisionInput } from "@/lib/awards/validation";
import type { RecipientsFile } from "@/lib/awards/import";

const SCALARS = {
  form: 40,
  title: 400,
  issuer: 400,
  decisionNumber: 200,
  decisionDate: 20,
  year: 10,
  reason: 5000,
  signerName: 300,
  signerTitle: 300,
  conferenceSlug: 300,
  recipientsText: 200_000,
};

export async function readDecisionForm(formData: FormData): Promise<{ input: DecisionInput & { expectedVersion: string }; file: RecipientsFile | null; values: Record<string, string> }> {
  const scalars = formValues(formData, SCALARS);
  const isSample = formCheckbox(formData, "isSample");
  const expectedVersion = formValues(formData, { version: 20 }).version;
  const upload = formFile(formData, "recipientsFile");
  const file = upload ? { bytes: new Uint8Array(await upload.arrayBuffer()), filename: upload.name } : null;
  return { input: { ...scalars, isSample, expectedVersion }, file, values: { ...scalars, isSample } };
}
