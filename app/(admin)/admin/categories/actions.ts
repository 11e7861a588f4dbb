"use server";
// Category actions: create, edit, delete. Each checks the session and "categories.manage" itself
// (runAction), hands over to lib/categories/mutations.ts (which checks again and audits), then drops the
// cached public pages (menus, lists, feeds show category names) and redirects (Post/Redirect/Get).
import { redirect } from "next/navigation";
import { createCategory, deleteCategory, updateCategory } from "@/lib/categories/mutations";
import { revalidatePublicNews } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { formText } from "@/lib/form/form-data";

const PAGE = "/admin/categories";

const categoryValues = (formData: FormData) => ({
  name: formText(formData, "name", 500),
  slug: formText(formData, "slug", 500),
  description: formText(formData, "description", 2000),
  sortOrder: formText(formData, "sortOrder", 50),
});

export async function createCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = categoryValues(formData);
  return runAction("categories.manage", async (actor) => {
    const result = await createCategory(actor, values);
    if (!result.ok) return failedState(result, values);
    revalidatePublicNews();
    redirect(`${PAGE}?da-tao=${result.value.id}`);
  });
}

export async function updateCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = categoryValues(formData);
  return runAction("categories.manage", async (actor) => {
    const id = formText(formData, "id", 20);
    const result = await updateCategory(actor, id, values);
    if (!result.ok) return failedState(result, values);
    revalidatePublicNews();
    redirect(`${PAGE}?da-luu=${id}&t=${Date.now().toString(36)}`);
  });
}

export async function deleteCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("categories.manage", async (actor) => {
    const result = await deleteCategory(actor, formText(formData, "id", 20));
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    revalidatePublicNews();
    redirect(`${PAGE}?da-xoa=1`);
  });
}
