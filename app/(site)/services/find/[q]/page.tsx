// A catalogue search with only a search text (/services?q=…, rewritten here by next.config.js): rendered once a
// text and cached (ISR) until the catalogue changes (lib/cache.ts revalidatePublicServices revalidates every
// page), so a burst of citizens typing the same words costs one query. Next keeps these pages only in its
// bounded memory cache (isrFlushToDisk off), so endless distinct texts cannot fill a disk. A text with filters
// or a page number, or one the rewrite does not accept, is rendered per request (../../search/page.tsx).
import type { Metadata } from "next";
import { CataloguePage } from "@/app/_components/services/catalogue";
import { listCatalogue, listCatalogueFacets } from "@/lib/services/queries";
import { catalogueQuery } from "@/lib/services/validation";

export const metadata: Metadata = { title: "Tìm thủ tục", robots: { index: false } };
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

type Props = { params: Promise<{ q: string }> };

export default async function CatalogueFindPage({ params }: Props) {
  const { q } = await params;
  const query = catalogueQuery.parse({ q: safeDecode(q) });
  const [result, facets] = await Promise.all([listCatalogue(query), listCatalogueFacets()]);
  return <CataloguePage query={query} result={result} facets={facets} />;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
