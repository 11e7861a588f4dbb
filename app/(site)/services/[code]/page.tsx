// One procedure's whole record (/services/1.000948): code, level in both names, field, agency, steps, channels
// with time and fee, documents with their counts and form files, processing time, fees, result, conditions,
// legal basis, publishing decision; the national-portal link where set and, for level 3, online submission.
// ISR: rendered on first visit, cached until the catalogue changes; unknown or hidden codes get the 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { LevelBadge, procedureHref } from "@/app/_components/services/procedure-card";
import { formatNumber } from "@/lib/format";
import { formatDate } from "@/lib/time";
import { formatBytes } from "@/lib/uploads/messages";
import { getPublicProcedure } from "@/lib/services/queries";
import { catalogueHref, LEVEL_DESCRIPTIONS, levelLabel, type Level } from "@/lib/services/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string }> };

const loadProcedure = cache((code: string) => getPublicProcedure(code));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await loadProcedure((await params).code);
  if (!p) return { title: "Không tìm thấy trang" };
  return {
    title: p.name,
    description: `Thủ tục ${p.name} (mã ${p.code}), ${levelLabel(p.level)}, lĩnh vực ${p.fieldName}: trình tự, thành phần hồ sơ, thời hạn, phí và mẫu đơn.`,
    alternates: { canonical: procedureHref(p.code) },
  };
}

/** Multi-line text as typed (line breaks kept), or a dash when empty. */
function Text({ value }: { value: string }) {
  return value ? <p className="whitespace-pre-line">{value}</p> : <p className="text-muted">Không có thông tin.</p>;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold text-brand">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ProcedurePage({ params }: Props) {
  const p = await loadProcedure((await params).code);
  if (!p) notFound();
  const href = procedureHref(p.code);
  return (
    <article aria-labelledby="ten-thu-tuc">
      <Breadcrumb
        items={[
          { href: "/", label: "Trang chủ" },
          { href: "/services", label: "Dịch vụ công" },
          { href: catalogueHref({ field: p.fieldSlug }), label: p.fieldName },
        ]}
      />
      <h1 id="ten-thu-tuc" className="text-2xl font-bold leading-snug md:text-3xl">
        {p.name}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <LevelBadge level={p.level} />
        <span className="text-muted">Mã thủ tục: {p.code}</span>
      </p>
      {p.isSample ? (
        <p className="mt-2">
          <SampleBadge data long />
        </p>
      ) : null}

      <div className="mt-4 grid gap-6 md:grid-cols-3">
        <dl className="grid gap-x-4 gap-y-2 rounded border border-gray-300 p-4 text-sm sm:grid-cols-[max-content_1fr] md:col-span-2" data-testid="procedure-summary">
          <dt className="font-semibold">Mã thủ tục</dt>
          <dd>{p.code}</dd>
          <dt className="font-semibold">Mức độ</dt>
          <dd>
            {levelLabel(p.level)}: {LEVEL_DESCRIPTIONS[p.level as Level]}
          </dd>
          <dt className="font-semibold">Lĩnh vực</dt>
          <dd>
            <a href={catalogueHref({ field: p.fieldSlug })}>{p.fieldName}</a>
          </dd>
          {p.kind ? (
            <>
              <dt className="font-semibold">Loại thủ tục</dt>
              <dd>{p.kind}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Cơ quan thực hiện</dt>
          <dd>
            <a href={catalogueHref({ agency: p.agencySlug })}>{p.agencyName}</a>
            {p.agencyAddress ? <span className="block text-muted">{p.agencyAddress}</span> : null}
            {p.agencyPhone ? <span className="block text-muted">Điện thoại: {p.agencyPhone}</span> : null}
          </dd>
          <dt className="font-semibold">Thời hạn giải quyết</dt>
          <dd>{formatNumber(p.processingDays)} ngày làm việc</dd>
          <dt className="font-semibold">Phí, lệ phí</dt>
          <dd className="whitespace-pre-line">{p.fees || "Không"}</dd>
        </dl>

        <aside aria-labelledby="nop-ho-so" className="rounded border-2 border-brand p-4" data-testid="procedure-actions">
          <h2 id="nop-ho-so" className="font-bold text-brand">
            Nộp hồ sơ
          </h2>
          {p.level === 3 ? (
            <p className="mt-3">
              <a href={`${href}/apply`} className="block rounded bg-brand px-4 py-3 text-center font-bold text-white no-underline" data-testid="apply-online">
                Nộp hồ sơ trực tuyến
              </a>
            </p>
          ) : (
            <p className="mt-2 text-sm">Hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính tại {p.agencyName}.</p>
          )}
          {p.nationalUrl ? (
            <p className="mt-3 text-sm">
              <a href={p.nationalUrl} rel="noopener noreferrer external" data-testid="national-portal">
                Nộp hồ sơ trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)
              </a>
            </p>
          ) : null}
          {p.documents.some((d) => d.form) ? (
            <p className="mt-3 text-sm">
              <a href="#thanh-phan-ho-so">Tải mẫu đơn, tờ khai</a>
            </p>
          ) : null}
        </aside>
      </div>

      <Section id="trinh-tu" title="Trình tự thực hiện">
        {p.steps.length ? (
          <ol className="list-decimal space-y-1 pl-6">
            {p.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        ) : (
          <Text value="" />
        )}
      </Section>

      <Section id="cach-thuc" title="Cách thức thực hiện">
        {p.channels.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-2">Hình thức nộp</th>
                  <th scope="col" className="px-2 py-2">Thời hạn giải quyết</th>
                  <th scope="col" className="px-2 py-2">Phí, lệ phí</th>
                </tr>
              </thead>
              <tbody>
                {p.channels.map((c, i) => (
                  <tr key={i} className="border-b border-gray-200 align-top">
                    <th scope="row" className="px-2 py-2 text-left font-semibold">{c.name}</th>
                    <td className="px-2 py-2">{c.time || "—"}</td>
                    <td className="px-2 py-2">{c.fee || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Text value="" />
        )}
      </Section>

      <Section id="thanh-phan-ho-so" title="Thành phần hồ sơ">
        {p.documents.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="documents">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-2">Tên giấy tờ</th>
                  <th scope="col" className="px-2 py-2">Bản chính</th>
                  <th scope="col" className="px-2 py-2">Bản sao</th>
                  <th scope="col" className="px-2 py-2">Mẫu đơn, tờ khai</th>
                </tr>
              </thead>
              <tbody>
                {p.documents.map((d) => (
                  <tr key={d.id} className="border-b border-gray-200 align-top" data-testid="document-row">
                    <th scope="row" className="px-2 py-2 text-left font-normal">
                      {d.name}
                      {d.required ? null : <span className="text-muted"> (nếu có)</span>}
                    </th>
                    <td className="px-2 py-2">{formatNumber(d.originals)}</td>
                    <td className="px-2 py-2">{formatNumber(d.copies)}</td>
                    <td className="px-2 py-2">
                      {d.form ? (
                        <a href={`${href}/forms/${d.form.id}`} download={d.form.filename} data-testid="form-download">
                          Tải về<span className="sr-only"> mẫu {d.name}</span> ({d.form.filename.split(".").pop()?.toUpperCase()}, {formatBytes(d.form.byteSize)})
                        </a>
                      ) : (
                        <span className="text-muted">Không có mẫu</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Text value="" />
        )}
      </Section>

      <Section id="doi-tuong" title="Đối tượng thực hiện">
        <Text value={p.subjects} />
      </Section>
      <Section id="ket-qua" title="Kết quả thực hiện">
        <Text value={p.result} />
      </Section>
      <Section id="dieu-kien" title="Yêu cầu, điều kiện">
        <Text value={p.conditions} />
      </Section>
      <Section id="can-cu" title="Căn cứ pháp lý">
        {p.legalBasis.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-2">Số, ký hiệu văn bản</th>
                  <th scope="col" className="px-2 py-2">Trích yếu</th>
                  <th scope="col" className="px-2 py-2">Ngày hiệu lực</th>
                </tr>
              </thead>
              <tbody>
                {p.legalBasis.map((l, i) => (
                  <tr key={i} className="border-b border-gray-200 align-top">
                    <th scope="row" className="px-2 py-2 text-left font-semibold">{l.number}</th>
                    <td className="px-2 py-2">{l.title || "—"}</td>
                    <td className="px-2 py-2">{l.effectiveDate ? formatDate(`${l.effectiveDate}T00:00:00+07:00`) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Text value="" />
        )}
      </Section>
      {p.publishingDecision ? (
        <Section id="quyet-dinh" title="Quyết định công bố">
          <Text value={p.publishingDecision} />
        </Section>
      ) : null}
      <p className="mt-6 text-sm">
        <a href="/services">‹ Tất cả thủ tục</a>
      </p>
    </article>
  );
}
