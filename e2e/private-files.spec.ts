// Private files (/files/[id], a dossier's documents): the signed-out get 401 and never the bytes nor a
// public cache header; a signed-in staff member gets the file as a download that no cache keeps and no
// browser renders; each download lands once in the audit log, as the administrator sees it there.
import { expect, test, type APIResponse } from "./fixtures";
import { E2E_PRIVATE_FILE } from "./private-file-fixture";
import { ADMIN_STATE, STAFF, STAFF_STATE } from "./support";

const URL_ = `/files/${E2E_PRIVATE_FILE.id}`;

function expectPrivate(res: APIResponse) {
  const h = res.headers();
  expect(h["cache-control"]).toBe("private, no-store");
  expect(h["cache-control"]).not.toContain("public");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toBe("default-src 'none'; sandbox");
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("gets 401 in Vietnamese, not the file, and nothing cacheable", async ({ request }) => {
    const res = await request.get(URL_, { maxRedirects: 0 });
    expect(res.status()).toBe(401);
    expectPrivate(res);
    expect(res.headers()["content-disposition"]).toBeUndefined();
    expect(await res.text()).toBe("Vui lòng đăng nhập để tải tệp này.");
    // A made-up session cookie is no session.
    const forged = await request.get(URL_, { headers: { cookie: "authjs.session-token=forged" }, maxRedirects: 0 });
    expect(forged.status()).toBe(401);
  });
});

test.describe("staff", () => {
  test.use({ storageState: STAFF_STATE });

  test("downloads the bytes as a private attachment, and the download is audited once", async ({ request, browser }) => {
    const admin = await browser.newContext({ storageState: ADMIN_STATE });
    const adminPage = await admin.newPage();
    const auditRows = async () => {
      await adminPage.goto(`/admin/audit?action=file.download&entityId=${E2E_PRIVATE_FILE.id}`);
      return adminPage.getByTestId("audit-row").count();
    };
    const before = await auditRows();

    const res = await request.get(URL_);
    expect(res.status()).toBe(200);
    expectPrivate(res);
    const h = res.headers();
    expect(h["content-type"]).toBe("application/pdf");
    expect(h["content-disposition"]).toBe(
      `attachment; filename="To khai dang ky (ban sao).pdf"; filename*=UTF-8''${encodeURIComponent(E2E_PRIVATE_FILE.filename).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(h["etag"]).toBeUndefined();
    expect(Buffer.from(await res.body()).equals(E2E_PRIVATE_FILE.data)).toBe(true);

    expect(await auditRows()).toBe(before + 1);
    const row = adminPage.getByTestId("audit-row").first();
    await expect(row).toContainText(STAFF.email);
    await expect(row).toContainText("file.download");
    await admin.close();
  });

  test("unknown and malformed ids answer 404, privately", async ({ request }) => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "%27%3B%20drop%20table"]) {
      const res = await request.get(`/files/${id}`);
      expect(res.status(), id).toBe(404);
      expectPrivate(res);
      expect(await res.text()).toBe("Không tìm thấy tệp.");
    }
  });
});
