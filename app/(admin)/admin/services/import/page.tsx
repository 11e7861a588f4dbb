// /admin/services/import (administrators): import the catalogue from a CSV or JSON file (SPEC "Catalogue import
// format"): a preview per row (new / changed, which columns / unchanged) and the fields and agencies it will
// create, then all rows in one transaction, or none with every bad row named "Dòng N".
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { COLUMN_HELP, IMPORT_COLUMNS } from "@/lib/services/import-format";
import { Flash } from "@/app/_components/form";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Nhập thủ tục từ tệp" };

const EXAMPLE = `code,name,field,level,agency,subjects,steps,channels,documents,processing_days,fees,result,conditions,legal_basis
1.000948,Cấp giấy phép bưu chính,Bưu chính,3,"Sở Thông tin và Truyền thông | 000.00.14.H42",Doanh nghiệp,"Nộp hồ sơ
Thẩm định hồ sơ
Trả kết quả","Trực tiếp | 20 ngày làm việc | Theo quy định
Trực tuyến | 20 ngày làm việc | Theo quy định","Đơn đề nghị (theo mẫu) | 1 | 0
Bản sao giấy chứng nhận đăng ký doanh nghiệp | 0 | 1",20,Theo quy định,Giấy phép bưu chính,,"49/2010/QH12 | Luật Bưu chính | 01/01/2011"`;

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("services.import");
  const sp = await searchParams;
  const n = (k: string) => formatNumber(Number(sp[k] ?? 0) || 0);
  const done = sp["da-nhap"] !== undefined ? `Đã nhập vào danh mục: ${n("moi")} thủ tục mới, ${n("sua")} cập nhật, ${n("giu")} không đổi.` : undefined;
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/services", label: "Dịch vụ công" }, { label: "Nhập từ tệp" }]} />
      <h1 className="text-2xl font-bold">Nhập thủ tục từ tệp</h1>
      <div className="mt-3">
        <Flash testId="import-flash" message={done} />
      </div>
      <p className="mt-2 max-w-3xl text-muted">
        Tệp CSV (UTF-8, có dòng tiêu đề; dấu phẩy hoặc dấu chấm phẩy) hoặc JSON (một mảng đối tượng với cùng các khóa). Thủ tục được cập nhật theo mã; mã chưa có được thêm mới. Dòng
        trong thông báo lỗi là dòng như bảng tính hiển thị (dòng tiêu đề là dòng 1; với JSON: vị trí trong mảng cộng 2).
      </p>
      <div className="mt-4 rounded border border-gray-300 p-4">
        <ImportForm key={String(sp["da-nhap"] ?? "")} />
      </div>
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold text-brand">Định dạng tệp: các cột và cách viết</summary>
        <dl className="mt-2 space-y-1 text-sm">
          {IMPORT_COLUMNS.map((c) => (
            <div key={c}>
              <dt className="inline font-mono font-semibold">{c}</dt>: <dd className="inline">{COLUMN_HELP[c]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm">
          Trong một ô, mỗi mục một dòng (Alt+Enter trong Excel). Các phần của một dòng ngăn bởi dấu “|”. Cột không có trong danh sách trên là lỗi. Hai dòng cùng mã là lỗi.
        </p>
        <pre className="mt-2 overflow-x-auto rounded bg-gray-100 p-3 text-xs">{EXAMPLE}</pre>
      </details>
    </>
  );
}
