// A conference report: when and where, who chaired and attended, the summary, the indicators reported
// (with the share of plan reached), a chart and a table per indicator over the years, speeches and
// directions, photos with captions. Rendered on first visit, then served from Next's full-route cache
// until a publish revalidates it; plain HTML and SVG, readable without JavaScript.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { IndicatorChart, SeriesTable } from "@/app/_components/conferences/indicator-chart";
import { formatShare, formatValue, SHARE_BASIS } from "@/app/_components/conferences/figures";
import { getPublishedConference, type PublicConference } from "@/lib/conferences/queries";
import { DecisionCard } from "@/app/_components/awards/decision-card";
import { listConferenceDecisions } from "@/lib/awards/queries";
import { KIND_LABELS } from "@/lib/conferences/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => getPublishedConference(slug));

const vnDate = (iso: string) => iso.split("-").reverse().join("/");
const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load((await params).slug);
  if (!c) return { title: "Không tìm thấy trang" };
  return {
    title: c.title,
    description: c.summary.slice(0, 300),
    alternates: { canonical: `/conferences/${c.slug}` },
    openGraph: { type: "article", title: c.title, description: c.summary.slice(0, 300), url: `/conferences/${c.slug}`, locale: "vi_VN" },
  };
}

function People({ title, id, text }: { title: string; id: string; text: string }) {
  const items = lines(text);
  if (!items.length) return null;
  return (
    <section aria-labelledby={id} className="mt-4">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-1 list-disc pl-6">
        {items.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </section>
  );
}

function IndicatorsTable({ c }: { c: PublicConference }) {
  const shareOf = (indicatorId: number, year: number) => c.series.find((s) => s.indicator.id === indicatorId)?.points.find((p) => p.year === year)?.share ?? null;
  return (
    <div className="overflow-x-auto">
      <table className="data-table text-sm" data-testid="indicators-table">
        <caption className="text-left text-muted">Kết quả và chỉ tiêu nêu tại hội nghị. Tỷ lệ đạt chỉ có khi năm đó có cả chỉ tiêu và kết quả, hoặc khi báo cáo nêu tỷ lệ.</caption>
        <thead>
          <tr>
            <th scope="col">Chỉ tiêu</th>
            <th scope="col">Năm</th>
            <th scope="col">Loại</th>
            <th scope="col">Giá trị</th>
            <th scope="col">Tỷ lệ đạt kế hoạch</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r, i) => {
            const share = r.kind === "result" ? shareOf(r.indicatorId, r.year) : null;
            return (
              <tr key={i}>
                <th scope="row">{r.name}</th>
                <td>{r.year}</td>
                <td>{KIND_LABELS[r.kind]}</td>
                <td>{r.value !== null ? formatValue(r.value, r.unit) : "—"}</td>
                <td>{share ? `${formatShare(share)} (${SHARE_BASIS[share.basis]})` : "—"}</td>
                <td>{r.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function ConferencePage({ params }: Props) {
  const c = await load((await params).slug);
  if (!c) notFound();
  const awards = await listConferenceDecisions(c.slug);
  const charted = c.series.filter((s) => s.points.some((p) => p.target?.value != null || p.result?.value != null));
  return (
    <article aria-labelledby="tieu-de">
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { href: "/conferences", label: "Hội nghị" }, { label: c.title }]} />
      <h1 id="tieu-de" className="text-2xl font-bold leading-snug md:text-3xl">
        {c.title}
      </h1>
      <p className="mt-2 text-sm text-muted">
        <time dateTime={c.heldOn}>{[c.timeOfDay, vnDate(c.heldOn)].filter(Boolean).join(" ngày ")}</time>
        {c.place ? <> · {c.place}</> : null}
      </p>
      {c.isSample ? (
        <p className="mt-2">
          <SampleBadge long />
        </p>
      ) : null}
      <People title="Chủ trì" id="chu-tri" text={c.chairs} />
      <People title="Thành phần tham dự" id="tham-du" text={c.attendees} />
      <section aria-labelledby="tom-tat" className="mt-4">
        <h2 id="tom-tat" className="text-lg font-bold">
          Tóm tắt
        </h2>
        {lines(c.summary).map((p, i) => (
          <p key={i} className="mt-2">
            {p}
          </p>
        ))}
      </section>
      {c.rows.length ? (
        <section aria-labelledby="chi-tieu" className="mt-6">
          <h2 id="chi-tieu" className="text-lg font-bold">
            Kết quả và chỉ tiêu
          </h2>
          <IndicatorsTable c={c} />
        </section>
      ) : null}
      {charted.length ? (
        <section aria-labelledby="bieu-do" className="mt-6">
          <h2 id="bieu-do" className="text-lg font-bold">
            Chỉ tiêu và kết quả qua các năm
          </h2>
          {charted.map((s) => (
            <section key={s.indicator.id} aria-labelledby={`cs-${s.indicator.id}`} className="mt-4 grid gap-4 border-t border-gray-200 pt-3 md:grid-cols-2">
              <h3 id={`cs-${s.indicator.id}`} className="font-semibold md:col-span-2">
                {s.indicator.name}
                {s.indicator.unit ? <span className="font-normal text-muted"> ({s.indicator.unit})</span> : null}
              </h3>
              <IndicatorChart id={`chart-${s.indicator.id}`} name={s.indicator.name} unit={s.indicator.unit} points={s.points} />
              <SeriesTable name={s.indicator.name} unit={s.indicator.unit} points={s.points} />
            </section>
          ))}
        </section>
      ) : null}
      {awards.length ? (
        <section aria-labelledby="khen-thuong" className="mt-6" data-testid="conference-awards">
          <h2 id="khen-thuong" className="text-lg font-bold">
            Khen thưởng tại hội nghị
          </h2>
          {awards.map((d) => (
            <DecisionCard key={d.id} d={d} />
          ))}
        </section>
      ) : null}
      {c.speechesHtml ? (
        <section aria-labelledby="tham-luan" className="mt-6">
          <h2 id="tham-luan" className="text-lg font-bold">
            Tham luận
          </h2>
          <div className="prose-vn" dangerouslySetInnerHTML={{ __html: c.speechesHtml }} />
        </section>
      ) : null}
      {c.directionsHtml ? (
        <section aria-labelledby="chi-dao" className="mt-6">
          <h2 id="chi-dao" className="text-lg font-bold">
            Phát biểu chỉ đạo và kết luận
          </h2>
          <div className="prose-vn" dangerouslySetInnerHTML={{ __html: c.directionsHtml }} />
        </section>
      ) : null}
      {c.photos.length ? (
        <section aria-labelledby="hinh-anh" className="mt-6">
          <h2 id="hinh-anh" className="text-lg font-bold">
            Hình ảnh
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {c.photos.map((p) => (
              <figure key={p.mediaId} className="m-0">
                {/* eslint-disable-next-line @next/next/no-img-element -- library images are served as stored */}
                <img src={`/media/${p.mediaId}`} alt={p.altText} width={p.width ?? undefined} height={p.height ?? undefined} loading="lazy" className="h-auto w-full bg-gray-100" />
                {p.caption ? <figcaption className="mt-1 text-center text-sm italic text-muted">{p.caption}</figcaption> : null}
              </figure>
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}
