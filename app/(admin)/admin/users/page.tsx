// /admin/users: accounts and roles (administrators only). Lists who can sign in, creates accounts, and
// per account changes role, locks/unlocks and resets the password; each of those ends the user's sessions.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { listUsers } from "@/lib/users/queries";
import { formatDateTime } from "@/lib/time";
import { CreateUserForm } from "./create-user-form";
import { UserActions } from "./user-actions";

export const metadata: Metadata = { title: "Người dùng" };

export default async function UsersPage() {
  const actor = await requirePage("users.manage");
  const users = await listUsers(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Người dùng và phân quyền</h1>
      <p className="mt-2 text-muted">
        Biên tập viên viết, duyệt và đăng tin; quản trị viên làm được mọi việc, kể cả quản lý tài khoản, cài đặt và nhật ký. Đổi
        vai trò, khóa tài khoản, đặt lại mật khẩu hay đặt lại xác thực hai bước sẽ kết thúc ngay mọi phiên đăng nhập của người đó.
        Quản trị viên bắt buộc dùng xác thực hai bước.
      </p>

      <section aria-labelledby="tao-tai-khoan" className="mt-8 rounded border border-gray-300 p-4">
        <h2 id="tao-tai-khoan" className="text-xl font-bold">
          Tạo tài khoản
        </h2>
        <div className="mt-4">
          <CreateUserForm />
        </div>
      </section>

      <section aria-labelledby="danh-sach" className="mt-8">
        <h2 id="danh-sach" className="text-xl font-bold">
          Danh sách tài khoản ({users.length})
        </h2>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">
                  Email
                </th>
                <th scope="col" className="px-2 py-2">
                  Họ tên
                </th>
                <th scope="col" className="px-2 py-2">
                  Vai trò
                </th>
                <th scope="col" className="px-2 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-2 py-2">
                  Xác thực hai bước
                </th>
                <th scope="col" className="px-2 py-2">
                  Đăng nhập gần nhất
                </th>
                <th scope="col" className="px-2 py-2">
                  Thao tác
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={`border-b border-gray-200 align-top ${u.active ? "" : "bg-gray-50 text-muted"}`} data-testid="user-row" data-email={u.email}>
                  <th scope="row" className="px-2 py-2 text-left font-normal break-all">
                    {u.email}
                  </th>
                  <td className="px-2 py-2">
                    {u.name}
                    {u.id === actor.id ? <span className="ml-1 text-xs">(bạn)</span> : null}
                  </td>
                  <td className="px-2 py-2" data-testid="user-role">
                    {ROLE_LABELS[u.role]}
                  </td>
                  <td className="px-2 py-2" data-testid="user-status">
                    {u.active ? "Đang hoạt động" : "Đã khóa"}
                  </td>
                  <td className="px-2 py-2" data-testid="user-second-step">
                    {u.secondStep ? "Đã bật" : u.role === "admin" ? "Chưa bật (bắt buộc)" : "Chưa bật"}
                  </td>
                  <td className="px-2 py-2">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Chưa đăng nhập"}</td>
                  <td className="px-2 py-2">
                    <UserActions user={{ id: u.id, email: u.email, role: u.role, active: u.active, secondStep: u.secondStep }} isSelf={u.id === actor.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
