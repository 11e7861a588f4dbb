// The catalogue without a search text (served at /services?field=&level=&agency=&page= through rewrites in
// next.config.js): every (field, level, agency, page) is rendered once and cached (ISR) until the catalogue
// changes (lib/cache.ts revalidatePublicServices). With ?q= the catalogue is rendered per request instead
// (../../../../../search/page.tsx).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CataloguePage } from "@/app/_components/services/catalogue";
import { listCatalogue, listCatalogueFacets } from "@/lib/services/queries";
import { catalogueHref, catalogueQuery } from "@/lib/services/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

type Props = { params: Promise<{ field: string; level: string; agency: string; page: string }> };

async function resolve(params: Props["params"]) {
  const p = await params;
  const query = catalogueQuery.parse({
    q: "",
    field: p.field === "all" ? undefined : p.field,
    level: p.level === "all" ? undefined : p.level,
    agency: p.agency === "all" ? undefined : p.agency,
    page: p.page,
  });
  const facets = await listCatalogueFacets();
  const unknown =
    (p.field !== "all" && !facets.fields.some((f) => f.slug === query.field)) ||
    (p.agency !== "all" && !facets.agencies.some((a) => a.slug === query.agency)) ||
    (p.level !== "all" && !query.level);
  return { query, facets, unknown };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query, facets } = await resolve(params);
  const field = facets.fields.find((f) => f.slug === query.field);
  return { title: field ? `Thủ tục lĩnh vực ${field.name}` : "Dịch vụ công", alternates: { canonical: catalogueHref({ ...query, page: 1 }) } };
}

export default async function CatalogueListPage({ params }: Props) {
  const { query, facets, unknown } = await resolve(params);
  if (unknown) notFound();
  const result = await listCatalogue(query);
  return <CataloguePage query={query} result={result} facets={facets} />;
}
