// /admin/news/[id]: edit an article, move it through the workflow (the steps its status allows, and only
// those the person may take: an author is never offered approval of their own article), preview it, and
// compare or restore its revisions (?diff=<revision id>), and mint or revoke its preview links.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/time";
import { listMediaForPicker } from "@/lib/media/queries";
import { diffRevisions } from "@/lib/newsroom/diff";
import { listPreviewLinks } from "@/lib/newsroom/preview-links";
import { scheduleErrorForStaff } from "@/lib/newsroom/schedule-error";
import { getArticleForEdit, getRevisionWithPrevious, listEditions, listNewsroomCategories, listRevisions, MAX_SCHEDULE_ATTEMPTS } from "@/lib/newsroom/queries";
import { toVietnamLocalInput } from "@/lib/time";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ArticleForm } from "../_components/article-form";
import { DONE_MESSAGES } from "../_components/form-data";
import { StatusBadge } from "../_components/status-badge";
import { StepButton } from "../_components/workflow-forms";
import { StepForms } from "../_components/step-forms";
import { PreviewLinkForm } from "../_components/preview-link-form";
import { editionWorkflow } from "@/lib/newsroom/editions";
import { articleWorkflow } from "@/lib/newsroom/workflow";
import { EDITION_STATUS_LABELS } from "@/lib/newsroom/validation";
import { availableTransitions, blockedTransitions } from "@/lib/workflow/engine";
import { articleStepAction, editionStepAction, mintPreviewLinkAction, restoreRevisionAction, revokePreviewLinkAction, updateArticleAction } from "./actions";

export const metadata: Metadata = { title: "Sửa tin" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded border border-gray-300 p-4" aria-label={title}>
      <h2 className="text-lg font-bold">{title}</h2>
      <div className="mt-3 space-y-4">{children}</div>
    </section>
  );
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const actor = await requirePage("news.write");
  const rawId = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(rawId)) notFound();
  const id = Number(rawId);
  const sp = await searchParams;
  const [a, categories, media, revisions, editions, previewLinks] = await Promise.all([
    getArticleForEdit(actor, id),
    listNewsroomCategories(actor),
    listMediaForPicker(),
    listRevisions(actor, id),
    listEditions(actor, id),
    listPreviewLinks(actor, id),
  ]);
  if (!a) notFound();

  const done = DONE_MESSAGES[first(sp.ok) ?? ""];
  const diffId = Number(first(sp.diff));
  const diffPair = Number.isInteger(diffId) && diffId > 0 ? await getRevisionWithPrevious(actor, id, diffId) : null;
  const categoryName = (cid: number) => categories.find((c) => c.id === cid)?.name ?? `Chuyên mục #${cid} (đã xóa)`;

  const failed = a.status === "scheduled" && a.scheduleError !== null;
  const scheduleDefault =
    a.status === "scheduled" ? toVietnamLocalInput(a.scheduledAt) : toVietnamLocalInput(new Date(Math.ceil((Date.now() + 3600_000) / 300_000) * 300_000));
  // The steps come from the workflows (lib/newsroom/workflow.ts, editions.ts): this page decides none of them.
  const record = { ...a, searchVector: null };
  const steps = availableTransitions(articleWorkflow, record, actor);
  const blocked = blockedTransitions(articleWorkflow, record, actor);
  const edition = a.openEdition;
  const editionRecord = edition ? { ...edition, article: record } : null;
  const editionSteps = editionRecord ? availableTransitions(editionWorkflow, editionRecord, actor) : [];
  const editionBlocked = editionRecord ? blockedTransitions(editionWorkflow, editionRecord, actor) : [];
  const editionDiff = edition ? diffRevisions(a, edition, categoryName) : [];
  // The form edits the open edition when there is one (a published article's next version), else the article.
  const form = edition ?? a;
  const isPublic = a.status === "published" && !!a.publishedAt && a.publishedAt.getTime() <= Date.now();

  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/news", label: "Tin bài" }, { label: a.title }]} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Sửa tin</h1>
        <StatusBadge status={a.status} failed={failed} />
      </div>
      <p className="mt-1 text-sm text-muted">
        Người viết: {a.createdByName ?? "—"} · Phiên bản {a.version} · Sửa lần cuối {formatDateTime(a.updatedAt)}
        {a.updatedByName ? ` bởi ${a.updatedByName}` : ""} · Địa chỉ:{" "}
        {isPublic ? (
          <a href={`/news/${a.slug}`} className="underline">
            /news/{a.slug}
          </a>
        ) : (
          <span>/news/{a.slug}</span>
        )}
      </p>
      <div role="status" aria-live="polite" data-testid="done-message">
        {done ? <p className="mt-3 rounded bg-green-50 px-3 py-2 text-green-900">{done}</p> : null}
      </div>

      <div className="mt-6 grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ArticleForm
            action={updateArticleAction}
            categories={categories}
            media={[...(a.cover && !media.some((m) => m.id === a.cover!.id) ? [a.cover] : []), ...media].map(({ id: mid, altText, caption, credit }) => ({
              id: mid,
              altText,
              caption,
              credit,
            }))}
            hidden={{ id: String(a.id), version: String(form.version), editionId: edition ? String(edition.id) : "" }}
            initial={{
              title: form.title,
              sapo: form.sapo,
              categoryId: String(form.categoryId),
              author: form.author,
              source: form.source,
              featured: form.featured,
              bodyHtml: form.bodyHtml,
              coverMediaId: form.coverMediaId ?? "",
            }}
            submitLabel={a.status === "published" ? (edition ? `Lưu ấn bản ${edition.number}` : "Lưu thành ấn bản mới (chờ duyệt trước khi đăng)") : "Lưu"}
          />
        </div>

        <div className="space-y-6">
          <Panel title="Quy trình đăng bài">
            {a.submittedByName && a.status === "in_review" ? <p className="text-sm">Gửi duyệt bởi {a.submittedByName}.</p> : null}
            {a.status === "published" ? (
              <>
                <p className="text-sm">
                  Đăng lúc {formatDateTime(a.publishedAt)}
                  {a.approvedByName ? `, duyệt bởi ${a.approvedByName}` : ""}.
                  {a.skipReviewReason ? ` Đăng không qua duyệt, lý do: “${a.skipReviewReason}”.` : ""}
                </p>
                {isPublic ? (
                  <p>
                    <a href={`/news/${a.slug}`}>Xem trên cổng ›</a>
                  </p>
                ) : null}
              </>
            ) : null}
            {a.status === "scheduled" ? (
              <>
                <p className="text-sm">
                  Hẹn đăng lúc <strong>{formatDateTime(a.scheduledAt)}</strong>
                  {a.approvedByName ? `, duyệt bởi ${a.approvedByName}` : ""}
                  {a.skipReviewReason ? `, không qua duyệt (lý do: “${a.skipReviewReason}”)` : ""}.
                </p>
                {failed ? (
                  <div className="rounded border border-accent bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="schedule-error">
                    <p className="font-semibold">
                      Đăng tự động bị lỗi ({a.scheduleAttempts}/{MAX_SCHEDULE_ATTEMPTS} lần thử
                      {a.scheduleAttempts >= MAX_SCHEDULE_ATTEMPTS ? ", đã ngừng thử lại" : ""}):
                    </p>
                    <p>{scheduleErrorForStaff(a.scheduleError)}</p>
                    <p className="mt-1">Sửa nguyên nhân rồi hẹn giờ lại, hoặc thử lại ở trang Lịch đăng.</p>
                  </div>
                ) : null}
              </>
            ) : null}
            {blocked.map((b) => (
              <p key={b.name} className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="author-cannot-approve">
                {b.reason}
              </p>
            ))}
            <StepForms steps={steps} id={a.id} actionFor={(step) => articleStepAction.bind(null, step)} scheduleDefault={scheduleDefault} />
          </Panel>

          {edition ? (
            <Panel title={`Ấn bản mới (ấn bản ${edition.number})`}>
              <p className="text-sm" data-testid="edition-status">
                <strong>{EDITION_STATUS_LABELS[edition.status]}</strong>
                {edition.createdByName ? `, viết bởi ${edition.createdByName}` : ""}, sửa lần cuối {formatDateTime(edition.updatedAt)}.
                {" "}Bạn đọc vẫn thấy bản đang đăng cho đến khi ấn bản này được duyệt và đăng.
              </p>
              {editionBlocked.map((b) => (
                <p key={b.name} className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="author-cannot-approve">
                  {b.reason}
                </p>
              ))}
              <StepForms steps={editionSteps} id={edition.id} actionFor={(step) => editionStepAction.bind(null, step)} scheduleDefault={scheduleDefault} />
              {editionDiff.some((d) => d.changed) ? (
                <details className="rounded border border-gray-200 p-2" data-testid="edition-diff">
                  <summary className="cursor-pointer font-semibold text-brand">Xem thay đổi so với bản đang đăng</summary>
                  <dl className="mt-2 space-y-2 text-sm [&_del]:bg-red-100 [&_del]:text-red-900 [&_ins]:bg-green-100 [&_ins]:text-green-900 [&_ins]:no-underline">
                    {editionDiff
                      .filter((d) => d.changed)
                      .map((d) => (
                        <div key={d.field}>
                          <dt className="font-semibold">{d.label}</dt>
                          {/* Escaped by diffTextHtml: only our <ins>/<del> are markup. */}
                          <dd className="mt-1 whitespace-pre-line" dangerouslySetInnerHTML={{ __html: d.html }} />
                        </div>
                      ))}
                  </dl>
                </details>
              ) : null}
            </Panel>
          ) : null}

          <Panel title="Xem trước">
            <p>
              <a href={`/admin/news/${a.id}/preview`} data-testid="preview-link">
                Xem trước như trên cổng ›
              </a>
            </p>
            {/* A published article without an open edition is on the portal already: nothing to preview. */}
            {a.status === "published" && !edition ? (
              <p className="text-sm text-muted">Bài đang đăng: bạn đọc xem được trên cổng. Liên kết xem trước dùng cho bản nháp hoặc ấn bản mới.</p>
            ) : (
              <PreviewLinkForm action={mintPreviewLinkAction} id={a.id} />
            )}
            {previewLinks.length ? (
              <div>
                <h3 className="text-sm font-semibold">Liên kết xem trước chưa hết hạn</h3>
                <ul className="mt-1 space-y-2 text-sm" data-testid="preview-links">
                  {previewLinks.map((l) => (
                    <li key={l.id} className="rounded border border-gray-200 p-2" data-testid="preview-link-row">
                      <p>
                        Tạo lúc {formatDateTime(l.createdAt)} bởi {l.issuedByName}, cho {l.editionNumber ? `ấn bản ${l.editionNumber}` : "bản nháp"} (phiên bản{" "}
                        {l.contentVersion}).
                      </p>
                      {l.state.live ? (
                        <>
                          <p className="text-green-900" data-testid="preview-link-state">
                            Còn hiệu lực đến {formatDateTime(l.expiresAt)}.
                          </p>
                          <StepButton
                            action={revokePreviewLinkAction}
                            id={a.id}
                            extra={{ linkId: String(l.id) }}
                            label="Thu hồi liên kết"
                            pendingText="Đang thu hồi…"
                            variant="danger"
                            testId="revoke-preview-link"
                          />
                        </>
                      ) : (
                        <p className="text-muted" data-testid="preview-link-state">
                          Không còn mở được: {l.state.reason}
                          {l.revokedAt ? ` lúc ${formatDateTime(l.revokedAt)}${l.revokedByName ? ` bởi ${l.revokedByName}` : ""}` : ""}.
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Panel>
        </div>
      </div>

      <section aria-labelledby="an-ban" className="mt-10">
        <h2 id="an-ban" className="text-xl font-bold">
          Các ấn bản ({editions.length})
        </h2>
        <p className="mt-1 text-sm text-muted">Mỗi lần bài được đăng (hoặc sửa sau khi đăng) là một ấn bản; bạn đọc chỉ thấy ấn bản đã được duyệt và đăng mới nhất.</p>
        {editions.length ? (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="editions">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-2">
                    Ấn bản
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Trạng thái
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Tiêu đề
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Người viết
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Duyệt / lý do
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Thời điểm
                  </th>
                </tr>
              </thead>
              <tbody>
                {editions.map((e) => (
                  <tr key={e.id} className="border-b border-gray-200 align-top">
                    <td className="px-2 py-2">{e.number}</td>
                    <td className="px-2 py-2">{EDITION_STATUS_LABELS[e.status]}</td>
                    <td className="px-2 py-2">{e.title}</td>
                    <td className="px-2 py-2">{e.createdByName ?? "—"}</td>
                    <td className="px-2 py-2">
                      {e.approvedByName ? `Duyệt bởi ${e.approvedByName}` : e.skipReviewReason ? `Không qua duyệt: “${e.skipReviewReason}”` : e.closedReason ?? "—"}
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">
                      {e.status === "published" ? `Đăng ${formatDateTime(e.publishedAt)}` : e.closedAt ? `Đóng ${formatDateTime(e.closedAt)}` : `Sửa ${formatDateTime(e.updatedAt)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-sm">Bài chưa được đăng lần nào.</p>
        )}
      </section>

      <section aria-labelledby="phien-ban" className="mt-10">
        <h2 id="phien-ban" className="text-xl font-bold">
          Các phiên bản ({revisions.length})
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="revisions">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">
                  Phiên bản
                </th>
                <th scope="col" className="px-2 py-2">
                  Lưu lúc
                </th>
                <th scope="col" className="px-2 py-2">
                  Người lưu
                </th>
                <th scope="col" className="px-2 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-2 py-2">
                  Thao tác
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className="border-b border-gray-200 align-top">
                  <td className="px-2 py-2">
                    {r.version}
                    {r.version === a.version ? " (hiện tại)" : ""}
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                  <td className="px-2 py-2">{r.createdByName ?? "—"}</td>
                  <td className="px-2 py-2">{r.title}</td>
                  <td className="px-2 py-2">
                    <div className="flex flex-wrap items-start gap-2">
                      {r.version > 1 ? (
                        <a href={`/admin/news/${a.id}?diff=${r.id}#thay-doi`} className="py-2">
                          Xem thay đổi
                        </a>
                      ) : null}
                      {r.version !== a.version ? (
                        <StepButton
                          action={restoreRevisionAction}
                          id={a.id}
                          extra={{ revisionId: String(r.id) }}
                          label={`Khôi phục phiên bản ${r.version}`}
                          pendingText="Đang khôi phục…"
                          variant="secondary"
                        />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        {diffPair ? (
          <div id="thay-doi" className="mt-6 rounded border border-gray-300 p-4" data-testid="revision-diff">
            <h3 className="text-lg font-bold">
              Thay đổi của phiên bản {diffPair.revision.version}
              {diffPair.previous ? ` so với phiên bản ${diffPair.previous.version}` : ""}
            </h3>
            {diffPair.previous ? (
              <dl className="mt-3 space-y-3 [&_del]:bg-red-100 [&_del]:text-red-900 [&_ins]:bg-green-100 [&_ins]:text-green-900 [&_ins]:no-underline">
                {diffRevisions(diffPair.previous, diffPair.revision, categoryName).map((d) => (
                  <div key={d.field}>
                    <dt className="font-semibold">
                      {d.label}
                      {d.changed ? "" : " (không đổi)"}
                    </dt>
                    {/* Escaped by diffTextHtml: only our <ins>/<del> are markup. */}
                    {d.changed ? <dd className="mt-1 whitespace-pre-line" dangerouslySetInnerHTML={{ __html: d.html }} /> : null}
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-2">Đây là phiên bản đầu tiên, không có bản trước để so sánh.</p>
            )}
          </div>
        ) : null}
      </section>
    </>
  );
}
