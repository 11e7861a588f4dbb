// The home page's public-services block: a search box into the catalogue (a plain GET form), the level-3
// procedures that can be submitted online, and how many procedures there are per level.
import { TextField } from "@/app/_components/form";
import { formatNumber } from "@/lib/format";
import type { getHomeServices } from "@/lib/services/queries";
import { catalogueHref, LEVEL_LABELS, LEVELS } from "@/lib/services/validation";
import { procedureHref } from "./procedure-card";

export function ServicesBlock({ services }: { services: Awaited<ReturnType<typeof getHomeServices>> }) {
  return (
    <section aria-labelledby="dich-vu-cong" className="mt-10 rounded border border-gray-300 p-4" data-testid="home-services">
      <h2 id="dich-vu-cong" className="mb-3 border-b-2 border-brand pb-1 text-sm font-bold uppercase text-brand">
        <a href="/services">Dịch vụ công trực tuyến</a>
      </h2>
      <form action="/services" method="get" role="search" aria-label="Tìm thủ tục hành chính" className="flex max-w-xl items-end gap-2">
        <TextField name="q" id="home-services-q" label="Tìm thủ tục hành chính" inputMode="search" maxLength={200} placeholder="Ví dụ: cap giay phep hoat dong in" className="min-w-0 flex-1" compact />
        <button type="submit" className="mb-px rounded bg-brand px-4 py-1.5 font-semibold text-white">
          Tìm
        </button>
      </form>
      {services.online.length ? (
        <>
          <h3 className="mt-4 font-semibold">Nộp hồ sơ trực tuyến (mức độ 3)</h3>
          <ul className="mt-1 grid gap-x-6 gap-y-1 text-sm md:grid-cols-2">
            {services.online.map((p) => (
              <li key={p.code}>
                <a href={procedureHref(p.code)}>{p.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {LEVELS.map((l) =>
          services.counts[l] ? (
            <a key={l} href={catalogueHref({ level: l })}>
              {LEVEL_LABELS[l]}: {formatNumber(services.counts[l])} thủ tục
            </a>
          ) : null,
        )}
        <a href="/services" className="font-semibold">
          Xem tất cả {formatNumber(services.total)} thủ tục ›
        </a>
      </p>
    </section>
  );
}
