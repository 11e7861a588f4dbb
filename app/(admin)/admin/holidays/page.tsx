// /admin/holidays: the holiday table the deadline clock counts with (administrators, "holidays.manage"), one
// year at a time (?year=). Administrators pre-fill a year, then correct it when the government announces its
// days: add a day off or a make-up Saturday, rename, change or delete a day. Works without JavaScript.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listHolidayYear, type HolidayRow } from "@/lib/holidays/queries";
import { HOLIDAY_KIND_LABELS, HOLIDAY_SOURCE_LABELS, HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN } from "@/lib/holidays/validation";
import { formatDate, formatDateTime, vietnamParts } from "@/lib/time";
import { weekdayOf } from "@/lib/time/working-days";
import { Flash, SubmitButton, TextField } from "@/app/_components/form";
import { AddHolidayForm, DeleteHolidayForm, EditHolidayForm, PrefillYearForm } from "./holiday-forms";

export const metadata: Metadata = { title: "Ngày nghỉ lễ và ngày làm bù" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const showDate = (iso: string) => formatDate(`${iso}T00:00:00+07:00`);
const dayLabel = (iso: string) => `${WEEKDAYS[weekdayOf(iso)]}, ${showDate(iso)}`;

/** The year asked for, or this year (Vietnam) when the query holds none or nonsense. */
function chosenYear(value: string): number {
  const y = /^\d{4}$/.test(value) ? Number(value) : NaN;
  return y >= HOLIDAY_YEAR_MIN && y <= HOLIDAY_YEAR_MAX ? y : vietnamParts(new Date()).year;
}

function flashMessage(sp: SearchParams): string | undefined {
  const d = (k: string) => {
    const v = first(sp[k]);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? showDate(v) : "";
  };
  if (sp["da-them"] !== undefined) return `Đã thêm ngày ${d("da-them")} vào lịch.`;
  if (sp["da-luu"] !== undefined) return `Đã lưu ngày ${d("da-luu")}.`;
  if (sp["da-xoa"] !== undefined) return `Đã xóa ngày ${d("da-xoa")} khỏi lịch. Điền sẵn sẽ không thêm lại ngày này.`;
  if (sp["da-dien"] !== undefined) {
    const n = (k: string) => Number.parseInt(first(sp[k]), 10) || 0;
    const parts = [n("da-dien") ? `thêm ${n("da-dien")} ngày` : "không có ngày nào cần thêm"];
    if (n("cap-nhat")) parts.push(`cập nhật ${n("cap-nhat")} ngày theo thư viện`);
    if (n("giu")) parts.push(`giữ nguyên ${n("giu")} ngày do cán bộ đã sửa hoặc xóa`);
    return `Đã điền sẵn: ${parts.join(", ")}.`;
  }
  return undefined;
}

function DayItem({ day }: { day: HolidayRow }) {
  const label = dayLabel(day.date);
  return (
    <li data-testid="holiday-item" data-date={day.date} className="rounded border border-gray-300 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-bold">
          <time dateTime={day.date}>{label}</time>: {day.name}
        </h3>
        <span className={`rounded px-2 py-0.5 text-sm font-semibold ${day.kind === "working_day" ? "bg-amber-100 text-amber-900" : "bg-green-50 text-green-900"}`}>
          {HOLIDAY_KIND_LABELS[day.kind]}
        </span>
      </div>
      <p className="mt-1 text-sm text-muted">
        Nguồn: {HOLIDAY_SOURCE_LABELS[day.source]}
        {day.source === "staff" ? ` (${day.updatedBy ?? "tài khoản đã xóa"}, ${formatDateTime(day.updatedAt)})` : null}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand">
          Sửa hoặc xóa<span className="sr-only"> ngày {label}</span>
        </summary>
        <div className="mt-3 space-y-4">
          <EditHolidayForm day={day} />
          <DeleteHolidayForm date={day.date} label={label} />
        </div>
      </details>
    </li>
  );
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePage("holidays.manage");
  const sp = await searchParams;
  const year = chosenYear(first(sp.year));
  const rows = await listHolidayYear(actor, year);
  const active = rows.filter((r) => !r.removed);
  const removed = rows.filter((r) => r.removed);
  const daysOff = active.filter((r) => r.kind === "day_off").length;
  const makeUp = active.length - daysOff;
  // Forms get new keys after each change (the redirect carries a fresh t), so they show the saved values.
  const t = first(sp.t);

  return (
    <>
      <h1 className="text-2xl font-bold">Ngày nghỉ lễ và ngày làm bù năm {year}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Thời hạn giải quyết hồ sơ được tính theo ngày làm việc: không tính thứ Bảy, Chủ nhật và các ngày nghỉ trong bảng này; tính các ngày làm bù. Bảng
        được điền sẵn theo thư viện ngày lễ và Bộ luật Lao động (Tết Nguyên đán 5 ngày, Quốc khánh 2 ngày, nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần);
        quyết định của Chính phủ mỗi năm mới là căn cứ: khi có thông báo chính thức, hãy sửa bảng cho đúng.
      </p>

      <nav aria-label="Chọn năm" className="mt-4 flex flex-wrap items-end gap-4">
        {year > HOLIDAY_YEAR_MIN ? <a href={`/admin/holidays?year=${year - 1}`}>‹ Năm {year - 1}</a> : null}
        {year < HOLIDAY_YEAR_MAX ? <a href={`/admin/holidays?year=${year + 1}`}>Năm {year + 1} ›</a> : null}
        <form method="get" className="flex items-end gap-2">
          <TextField name="year" label="Năm" inputMode="numeric" maxLength={4} defaultValue={String(year)} compact />
          <SubmitButton variant="secondary">Xem</SubmitButton>
        </form>
      </nav>

      <div className="mt-4">
        <Flash testId="holidays-flash" message={flashMessage(sp)} />
      </div>

      <section aria-labelledby="dien-san" className="mt-4 rounded border border-gray-300 p-4">
        <h2 id="dien-san" className="text-lg font-bold">
          Điền sẵn năm {year}
        </h2>
        <p className="mt-1 text-sm text-muted">
          Thêm các ngày còn thiếu theo thư viện ngày lễ và Bộ luật Lao động. Không thay đổi ngày nào do cán bộ đã thêm, sửa hoặc xóa; bấm lại nhiều lần
          cũng không tạo ngày trùng.
        </p>
        <div className="mt-3">
          <PrefillYearForm key={`prefill-${year}-${t}`} year={year} />
        </div>
      </section>

      <section aria-labelledby="them-ngay" className="mt-6 rounded border border-gray-300 p-4">
        <h2 id="them-ngay" className="text-lg font-bold">
          Thêm ngày nghỉ hoặc ngày làm bù
        </h2>
        <div className="mt-3">
          <AddHolidayForm key={`add-${year}-${t}`} year={year} />
        </div>
      </section>

      <section aria-labelledby="danh-sach" className="mt-8">
        <h2 id="danh-sach" className="text-lg font-bold">
          Các ngày năm {year}
        </h2>
        <p className="mt-1 text-sm" data-testid="holidays-summary">
          {active.length === 0 ? `Bảng chưa có ngày nào của năm ${year}: thời hạn chỉ trừ thứ Bảy và Chủ nhật. Hãy điền sẵn năm này.` : `${daysOff} ngày nghỉ, ${makeUp} ngày làm bù.`}
        </p>
        <ul className="mt-3 space-y-3">
          {active.map((d) => (
            <DayItem key={`${d.date}-${t}`} day={d} />
          ))}
        </ul>
      </section>

      {removed.length ? (
        <section aria-labelledby="da-xoa" className="mt-8">
          <h2 id="da-xoa" className="text-lg font-bold">
            Ngày đã xóa khỏi lịch
          </h2>
          <p className="mt-1 text-sm text-muted">Điền sẵn không thêm lại các ngày này. Muốn dùng lại, hãy thêm ngày đó bằng biểu mẫu ở trên.</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm" data-testid="removed-holidays">
            {removed.map((d) => (
              <li key={d.date}>
                <time dateTime={d.date}>{dayLabel(d.date)}</time>: {d.name} (xóa bởi {d.updatedBy ?? "tài khoản đã xóa"}, {formatDateTime(d.updatedAt)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
