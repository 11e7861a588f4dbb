// Vietnamese-aware slugs and search folding: strip diacritics (đ/Đ -> d) so URLs and queries are ASCII.
export function foldVietnamese(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

export function slugify(input: string, maxLength = 120): string {
  const slug = foldVietnamese(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "") || "bai-viet";
}
