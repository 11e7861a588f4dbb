// Before/after of an audit entry, field by field. Values are shown as text only (React escapes them): an
// entry may hold anything a user typed, including markup, and must never be rendered as HTML.

type Plain = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function show(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v, null, 2);
}

const cell = "max-h-60 overflow-auto whitespace-pre-wrap break-words font-mono text-xs";

export function ChangeTable({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <p className="text-sm text-muted">Không có dữ liệu thay đổi.</p>;
  if ((before == null || isPlainObject(before)) && (after == null || isPlainObject(after))) {
    const b = (before ?? {}) as Plain;
    const a = (after ?? {}) as Plain;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return (
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="border border-gray-300 px-2 py-1">
              Trường
            </th>
            <th scope="col" className="border border-gray-300 px-2 py-1">
              Trước
            </th>
            <th scope="col" className="border border-gray-300 px-2 py-1">
              Sau
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => {
            const changed = JSON.stringify(b[k]) !== JSON.stringify(a[k]);
            return (
              <tr key={k} className={changed ? "bg-amber-50" : undefined} data-changed={changed || undefined}>
                <th scope="row" className="border border-gray-300 px-2 py-1 text-left align-top font-mono text-xs">
                  {k}
                  {changed ? <span className="sr-only"> (đã thay đổi)</span> : null}
                </th>
                <td className="border border-gray-300 px-2 py-1 align-top">
                  <pre className={cell}>{before == null ? "—" : show(b[k])}</pre>
                </td>
                <td className="border border-gray-300 px-2 py-1 align-top">
                  <pre className={cell}>{after == null ? "—" : show(a[k])}</pre>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  // Anything else (a list, a scalar): both sides as JSON text.
  return (
    <div className="grid gap-2 md:grid-cols-2">
      <div>
        <p className="text-xs font-semibold">Trước</p>
        <pre className={cell}>{show(before)}</pre>
      </div>
      <div>
        <p className="text-xs font-semibold">Sau</p>
        <pre className={cell}>{show(after)}</pre>
      </div>
    </div>
  );
}
