// Signing in and out: failures never say whether the e-mail exists, the admin area is closed to the
// signed-out and its administrator pages to staff, sign-out leaves nothing private behind the back button,
// a password change ends the session, and the sign-in form works with JavaScript turned off.
// next-auth's own sign-out route ends every session too (a copied cookie is refused), and a demo account
// must change its published password before anything else.
// Signing out ends every session of a user, so the tests that sign out use throwaway accounts.
import { test, expect, type Browser, type Page } from "./fixtures";
import { ADMIN, ADMIN_STATE, DEMO_ADMIN, STAFF, STAFF_STATE } from "./support";

const WRONG = "Email hoặc mật khẩu không đúng.";
const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.gov.vn`;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.fill("input[name=email]", email);
  await page.fill("input[name=password]", password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** The demo administrator creates a staff account through /admin/users and closes their browser. */
async function createThrowawayUser(browser: Browser, name: string): Promise<{ email: string; name: string; password: string }> {
  const user = { email: unique("tam"), name, password: "Mat-khau-tam-2026" };
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user-form");
  await form.locator("input[name=email]").fill(user.email);
  await form.locator("input[name=name]").fill(user.name);
  await form.locator("input[name=password]").fill(user.password);
  await form.locator("select[name=role]").selectOption("staff");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByTestId("create-user-message")).toContainText(user.email);
  await context.close();
  return user;
}

test.describe("signed out", () => {
  test("a wrong password and an unknown e-mail get the same message beside the form", async ({ page }) => {
    await signIn(page, ADMIN.email, "khong-dung-mat-khau");
    await expect(page.getByTestId("login-message")).toHaveText(WRONG);
    await expect(page).toHaveURL(/\/login/);
    // The typed e-mail is kept, the password is not.
    await expect(page.locator("input[name=email]")).toHaveValue(ADMIN.email);
    await expect(page.locator("input[name=password]")).toHaveValue("");

    await signIn(page, "khong-ai-co-email-nay@example.gov.vn", "khong-dung-mat-khau");
    await expect(page.getByTestId("login-message")).toHaveText(WRONG);
    await expect(page).toHaveURL(/\/login/);
  });

  test("the admin area sends the signed-out to the sign-in page", async ({ page }) => {
    for (const path of ["/admin", "/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập quản trị" })).toBeVisible();
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("signing in works", async ({ page }) => {
      await signIn(page, STAFF.email, STAFF.password);
      await page.waitForURL("**/admin");
      await expect(page.getByTestId("current-user")).toContainText("Biên tập viên");
    });

    test("a wrong password is reported", async ({ page }) => {
      await signIn(page, "khong-ai-co-email-nay@example.gov.vn", "khong-dung-mat-khau");
      await expect(page.getByTestId("login-message")).toHaveText(WRONG);
    });
  });
});

test.describe("a staff member", () => {
  test.use({ storageState: STAFF_STATE });
  test("gets the 403 page on the administrators' pages", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit", "/admin/settings"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền truy cập trang này");
      await expect(page.getByTestId("create-user-form")).toHaveCount(0);
    }
    // Their own account page is open to them.
    expect((await page.goto("/admin/account"))?.status()).toBe(200);
  });
});

test("after sign-out, the back button shows nothing private", async ({ page, browser }) => {
  const user = await createThrowawayUser(browser, "Người Dùng Tạm Đăng Xuất");
  await signIn(page, user.email, user.password);
  await page.waitForURL("**/admin");
  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
  await expect(page.locator("main")).toContainText(user.email);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL(/\/login\?da-dang-xuat/);
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible();

  await page.goBack();
  // Whatever the browser restores, what a person sees (innerText: inline scripts carry the RSC payload in
  // textContent) holds nothing of the account, and the next step is signing in.
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập quản trị" })).toBeVisible();
  const visible = await page.locator("body").innerText();
  expect(visible).not.toContain(user.email);
  expect(visible).not.toContain(user.name);

  // The admin area is closed again.
  await page.goto("/admin/account");
  await expect(page).toHaveURL(/\/login/);
});

test("changing one's own password ends the session and asks to sign in again", async ({ page, browser }) => {
  const user = await createThrowawayUser(browser, "Người Dùng Tạm Đổi Mật Khẩu");
  await signIn(page, user.email, user.password);
  await page.waitForURL("**/admin");
  await page.goto("/admin/account");
  const form = page.getByTestId("change-password-form");

  // A mismatch is explained beside the field and changes nothing.
  await form.locator("input[name=currentPassword]").fill(user.password);
  await form.locator("input[name=password]").fill("Mat-khau-moi-2026");
  await form.locator("input[name=confirm]").fill("Mat-khau-khac-2026");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(form.locator("#confirm-error")).toHaveText("Mật khẩu nhập lại không khớp.");

  await form.locator("input[name=currentPassword]").fill(user.password);
  await form.locator("input[name=password]").fill("Mat-khau-moi-2026");
  await form.locator("input[name=confirm]").fill("Mat-khau-moi-2026");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL(/\/login\?doi-mat-khau/);
  await expect(page.getByTestId("password-changed")).toHaveText("Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.");

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, user.email, "Mat-khau-moi-2026");
  await page.waitForURL("**/admin");
  await expect(page.getByTestId("current-user")).toContainText(user.name);
});

test("the administrator reaches the administrators' pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  for (const path of ["/admin/users", "/admin/audit", "/admin/settings", "/admin/account"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
  await context.close();
});

test("after next-auth's own POST /api/auth/signout, a copy of the old cookie is refused", async ({ browser }) => {
  const user = await createThrowawayUser(browser, "Người Dùng Tạm API");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await page.waitForURL("**/admin");
  const copied = await context.cookies();
  expect(copied.some((c) => /authjs\.session-token/.test(c.name))).toBe(true);

  // The library's own route, as a script would call it: its CSRF token, then a form POST.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" }, maxRedirects: 0 });
  expect(res.status()).toBeLessThan(400);
  await context.close();

  // Someone who kept a copy of the cookie from before finds the session ended.
  const thief = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await thief.addCookies(copied);
  const again = await thief.newPage();
  await again.goto("/admin/account");
  await expect(again).toHaveURL(/\/login(\?|$)/);
  expect(await again.locator("body").innerText()).not.toContain(user.email);
  await thief.close();
});

test("a demo account must change its published password before anything else @smoke", async ({ page }) => {
  // Demo accounts exist only on the embedded database (never in production on a server database).
  test.skip(!!process.env.DATABASE_URL, "no demo accounts on a server database in production");
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await page.waitForURL("**/admin/account");
  await expect(page.getByTestId("account-obligation")).toHaveText("Vui lòng đổi mật khẩu trước khi tiếp tục.");
  await page.goto("/admin/news");
  await expect(page).toHaveURL(/\/admin\/account$/);

  const form = page.getByTestId("change-password-form");
  await form.locator("input[name=currentPassword]").fill(DEMO_ADMIN.password);
  await form.locator("input[name=password]").fill("qwerty123456");
  await form.locator("input[name=confirm]").fill("qwerty123456");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(form.locator("#password-error")).toHaveText("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.");

  const fresh = "Mot-cum-tu-cua-rieng-toi-2026";
  await form.locator("input[name=currentPassword]").fill(DEMO_ADMIN.password);
  await form.locator("input[name=password]").fill(fresh);
  await form.locator("input[name=confirm]").fill(fresh);
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL(/\/login\?doi-mat-khau/);

  // The published password no longer works; the new one does, and an administrator is then asked to enrol.
  await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(page.getByTestId("login-message")).toHaveText(WRONG);
  await signIn(page, DEMO_ADMIN.email, fresh);
  await page.waitForURL("**/admin/account");
  await expect(page.getByTestId("account-obligation")).toHaveText("Quản trị viên phải thiết lập xác thực hai bước trước khi tiếp tục.");
});
