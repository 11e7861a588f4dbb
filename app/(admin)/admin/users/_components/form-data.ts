// Reading a posted form in the back-office actions: a post may carry anything, so each field becomes one
// bounded string ("" when absent or a file).
export function formText(formData: FormData, name: string, max = 1000): string {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
}
