// The public statistics through Next's data cache, tagged so that a dossier received, moved or rated
// refreshes them at once (lib/cache.ts revalidateStatistics); 10 minutes at most otherwise, since
// "in progress, late" is as of now. Aggregates only.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache";
import { getDossierStatistics } from "./queries";

export const getCachedDossierStatistics = unstable_cache(
  (fieldSlug: string | null, month: string | null) => getDossierStatistics({ fieldSlug: fieldSlug ?? undefined, month: month ?? undefined }),
  ["dossier-statistics"],
  { tags: [CACHE_TAGS.statistics], revalidate: 600 },
);
