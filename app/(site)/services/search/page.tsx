// The catalogue with a search text (served at /services?q=… through a rewrite in next.config.js): rendered per
// request, like /search. Without q it shows the same page the cached route does.
import type { Metadata } from "next";
import { CataloguePage } from "@/app/_components/services/catalogue";
import { listCatalogue, listCatalogueFacets } from "@/lib/services/queries";
import { catalogueQuery } from "@/lib/services/validation";

export const metadata: Metadata = { title: "Tìm thủ tục", robots: { index: false } };

// Rendered per request (query parameters); the build must never open the database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogueSearchPage({ searchParams }: Props) {
  const query = catalogueQuery.parse(await searchParams);
  const [result, facets] = await Promise.all([listCatalogue(query), listCatalogueFacets()]);
  return <CataloguePage query={query} result={result} facets={facets} />;
}
