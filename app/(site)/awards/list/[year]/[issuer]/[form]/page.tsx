// /awards: the public awards registry (thi đua – khen thưởng) with filters by year, issuer and form (a GET form:
// bookmarkable, works without JavaScript), decisions grouped by year with their recipients, an honour roll per
// year (recipients of decisions still in force) and the same selection as CSV. Served at /awards?year=&issuer=&form=
// through rewrites in next.config.js onto this ISR route ("all" for an absent filter): each selection is rendered
// once and cached until a decision is published or revoked (lib/cache.ts revalidatePublicAwards).
import type { Metadata } from "next";
import { listAwardFacets, listPublicDecisions } from "@/lib/awards/queries";
import { AWARD_FORM_LABELS, awardsHref, awardsQuery, countInWords, formWording } from "@/lib/awards/validation";
import { SelectField, SubmitButton } from "@/app/_components/form";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { DecisionCard, recipientHref, type DecisionView } from "@/app/_components/awards/decision-card";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

export const metadata: Metadata = {
  title: "Thi đua – Khen thưởng",
  description: "Các quyết định khen thưởng của ngành Thông tin và Truyền thông: cờ thi đua, bằng khen, giấy khen, danh hiệu thi đua, theo năm, cơ quan ban hành và hình thức.",
  alternates: { canonical: "/awards" },
};

type Props = { params: Promise<{ year: string; issuer: string; form: string }> };

function HonourRoll({ year, decisions }: { year: number; decisions: DecisionView[] }) {
  const inForce = decisions.filter((d) => d.status === "published");
  const entries = inForce.flatMap((d) => d.recipients.map((r) => ({ ...r, award: formWording(d), issuer: d.issuer })));
  if (!entries.length) return null;
  const collectives = entries.filter((e) => e.kind === "collective");
  const individuals = entries.filter((e) => e.kind === "individual");
  const list = (items: typeof entries) => (
    <ul className="mt-1 list-disc space-y-0.5 pl-6">
      {items.map((e) => (
        <li key={e.id}>
          <a href={recipientHref(e.id)} className="underline">{e.name}</a> <span className="text-muted">– {e.award} ({e.issuer})</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby={`bang-vang-${year}`} className="mt-4 rounded border border-amber-700 bg-amber-50 p-4" data-testid="honour-roll">
      <h3 id={`bang-vang-${year}`} className="text-lg font-bold">
        Bảng vàng năm {year}: {countInWords(collectives.length, individuals.length)}
      </h3>
      {collectives.length ? (
        <>
          <h4 className="mt-2 font-semibold">Tập thể</h4>
          {list(collectives)}
        </>
      ) : null}
      {individuals.length ? (
        <>
          <h4 className="mt-2 font-semibold">Cá nhân</h4>
          {list(individuals)}
        </>
      ) : null}
    </section>
  );
}

export default async function AwardsPage({ params }: Props) {
  const p = await params;
  const q = awardsQuery.parse({ year: p.year === "all" ? undefined : p.year, issuer: p.issuer === "all" ? undefined : p.issuer, form: p.form === "all" ? undefined : p.form });
  const [decisions, facets] = await Promise.all([listPublicDecisions(q), listAwardFacets()]);
  const years = [...new Set(decisions.map((d) => d.year))];
  const filtered = !!(q.year || q.issuer || q.form);
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { label: "Thi đua – Khen thưởng" }]} />
      <h1 className="text-2xl font-bold text-brand">Thi đua – Khen thưởng</h1>
      <p className="mt-1 text-muted">Quyết định khen thưởng đã ban hành, theo Luật Thi đua, khen thưởng số 06/2022/QH15. Mỗi người nhận có trang riêng để tra cứu, xác minh.</p>

      <form method="get" action="/awards" className="mt-4 grid gap-3 rounded border border-gray-300 p-3 md:grid-cols-4" role="search" aria-label="Lọc quyết định khen thưởng">
        <SelectField name="year" id="loc-nam" label="Năm" defaultValue={q.year ? String(q.year) : ""} options={[{ value: "", label: "Tất cả" }, ...facets.years.map((y) => ({ value: String(y), label: String(y) }))]} compact />
        <SelectField name="issuer" id="loc-co-quan" label="Cơ quan ban hành" defaultValue={q.issuer ?? ""} options={[{ value: "", label: "Tất cả" }, ...facets.issuers.map((i) => ({ value: i.slug, label: i.name }))]} compact />
        <SelectField
          name="form"
          id="loc-hinh-thuc"
          label="Hình thức"
          defaultValue={q.form ?? ""}
          options={[{ value: "", label: "Tất cả" }, ...facets.forms.map((f) => ({ value: f, label: AWARD_FORM_LABELS[f] }))]}
          compact
        />
        <div className="flex items-end gap-3">
          <SubmitButton>Lọc</SubmitButton>
          {filtered ? <a href="/awards">Bỏ lọc</a> : null}
        </div>
      </form>
      <p className="mt-3 text-sm">
        <a href={awardsHref(q, "/awards.csv")} data-testid="awards-csv">
          Tải danh sách (CSV){filtered ? " theo bộ lọc đang chọn" : ""}
        </a>
      </p>

      {decisions.length === 0 ? <p className="mt-4">Không có quyết định khen thưởng nào{filtered ? " theo bộ lọc này" : ""}.</p> : null}
      {years.map((year) => {
        const ofYear = decisions.filter((d) => d.year === year);
        return (
          <section key={year} aria-labelledby={`nam-${year}`} className="mt-6">
            <h2 id={`nam-${year}`} className="border-b-2 border-brand pb-1 text-xl font-bold text-brand">
              Năm {year}
            </h2>
            <HonourRoll year={year} decisions={ofYear} />
            {ofYear.map((d) => (
              <DecisionCard key={d.id} d={d} />
            ))}
          </section>
        );
      })}
    </>
  );
}
