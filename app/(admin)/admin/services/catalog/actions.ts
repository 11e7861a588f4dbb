"use server";
// Fields and agencies of the catalogue: create and edit (an agency's code too). Each action checks the session
// and "services.manage" itself (runAction), hands over to lib/services/mutations.ts (which checks again and
// audits), refreshes the cached public pages (filters and procedure pages show these names) and redirects.
import { redirect } from "next/navigation";
import { revalidatePublicServices } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formText, formValues } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { createServiceAgency, createServiceField, updateServiceAgency, updateServiceField } from "@/lib/services/mutations";

const PAGE = "/admin/services/catalog";
const fieldValues = (fd: FormData) => formValues(fd, { name: 300, slug: 200, sortOrder: 20 });
const agencyValues = (fd: FormData) => formValues(fd, { name: 400, code: 100, slug: 200, address: 600, phone: 100 });
const done = (flag: string): never => redirect(`${PAGE}?${flag}=${Date.now().toString(36)}`);

export async function createFieldAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const values = fieldValues(fd);
  return runAction("services.manage", async (actor) => {
    const r = await createServiceField(actor, values);
    if (!r.ok) return failedState(r, values);
    revalidatePublicServices();
    return done("da-them-linh-vuc");
  });
}

export async function updateFieldAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const values = fieldValues(fd);
  return runAction("services.manage", async (actor) => {
    const r = await updateServiceField(actor, formText(fd, "id", 20), values);
    if (!r.ok) return failedState(r, values);
    revalidatePublicServices();
    return done("da-luu-linh-vuc");
  });
}

export async function createAgencyAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const values = agencyValues(fd);
  return runAction("services.manage", async (actor) => {
    const r = await createServiceAgency(actor, values);
    if (!r.ok) return failedState(r, values);
    revalidatePublicServices();
    return done("da-them-co-quan");
  });
}

export async function updateAgencyAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const values = agencyValues(fd);
  return runAction("services.manage", async (actor) => {
    const r = await updateServiceAgency(actor, formText(fd, "id", 20), values);
    if (!r.ok) return failedState(r, values);
    revalidatePublicServices();
    return done("da-luu-co-quan");
  });
}
