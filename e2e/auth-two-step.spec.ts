// Two-step sign-in as people meet it: an administrator without a second step is sent to enrol before any
// admin page works; enrolment shows the key as a QR code and as text and gives ten recovery codes once;
// sign-in then asks for the code after the password; a wrong code is refused; a recovery code works once;
// the whole flow works without JavaScript; an administrator can reset someone's second step.
import { test, expect, type Browser, type Page } from "@playwright/test";
import { ADMIN_STATE, totpCode } from "./support";

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.gov.vn`;
const PASSWORD = "Mat-khau-tam-thoi-2026";

async function createUser(browser: Browser, role: "staff" | "admin", name: string) {
  const user = { email: unique(role === "admin" ? "quan-tri" : "bien-tap"), name, password: PASSWORD };
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user-form");
  await form.locator("input[name=email]").fill(user.email);
  await form.locator("input[name=name]").fill(user.name);
  await form.locator("input[name=password]").fill(user.password);
  await form.locator("select[name=role]").selectOption(role);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByTestId("create-user-message")).toContainText(user.email);
  await context.close();
  return user;
}

async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.fill("input[name=email]", email);
  await page.fill("input[name=password]", password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Enrols from the account page; returns the key (as typed from the page) and the recovery codes. */
async function enrol(page: Page): Promise<{ key: string; codes: string[] }> {
  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Thiết lập xác thực hai bước" }).click();
  await expect(page.getByTestId("two-step-enrolment").getByRole("img", { name: /Mã QR/ }).locator("svg")).toBeVisible();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();
  await page.fill("#totp-code", await totpCode(key, 0));
  await page.getByRole("button", { name: "Xác nhận và bật" }).click();
  const items = page.getByTestId("recovery-codes").locator("li");
  await expect(items).toHaveCount(10);
  return { key, codes: await items.allTextContents() };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL(/\/login\?da-dang-xuat/);
}

test("an administrator without a second step is asked to enrol; a wrong code is refused; a recovery code works once", async ({ browser }) => {
  const user = await createUser(browser, "admin", "Quản Trị Viên Mới");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();

  await submitPassword(page, user.email, user.password);
  await page.waitForURL("**/admin/account");
  await expect(page.getByTestId("account-obligation")).toHaveText("Quản trị viên phải thiết lập xác thực hai bước trước khi tiếp tục.");
  await expect(page.getByTestId("two-step-required")).toBeVisible();
  // Every other admin page sends them back here, whatever they type in the address bar.
  for (const path of ["/admin", "/admin/users", "/admin/news", "/admin/audit"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/account$/);
  }
  await expect(page.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Người dùng" })).toHaveCount(0);

  // Enrolment: a wrong code first, refused beside the field; then the right one.
  await page.getByRole("button", { name: "Thiết lập xác thực hai bước" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();
  expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const right = await totpCode(key, 0);
  await page.fill("#totp-code", String((Number(right) + 1) % 1_000_000).padStart(6, "0"));
  await page.getByRole("button", { name: "Xác nhận và bật" }).click();
  await expect(page.locator("#totp-code-error")).toHaveText("Mã không đúng. Hãy nhập mã đang hiển thị trong ứng dụng xác thực.");
  await page.fill("#totp-code", await totpCode(key, 0));
  await page.getByRole("button", { name: "Xác nhận và bật" }).click();
  const items = page.getByTestId("recovery-codes").locator("li");
  await expect(items).toHaveCount(10);
  const codes = await items.allTextContents();
  await page.getByRole("link", { name: "Tiếp tục vào trang quản trị" }).click();
  await page.waitForURL("**/admin");
  expect((await page.goto("/admin/users"))?.status()).toBe(200);
  // The codes were shown once: the account page now only counts them.
  await page.goto("/admin/account");
  await expect(page.getByTestId("two-step-status")).toContainText("Còn 10 mã khôi phục chưa dùng.");
  expect(await page.locator("body").innerText()).not.toContain(codes[0]!);
  await signOut(page);

  // Sign-in now asks for the code after the password; a wrong code is refused.
  await submitPassword(page, user.email, user.password);
  await page.waitForURL("**/login/two-step");
  await page.fill("input[name=code]", "000000");
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.locator("#code-error")).toHaveText("Mã xác thực không đúng.");
  await expect(page).toHaveURL(/\/login\/two-step$/);
  // A recovery code works…
  await page.fill("input[name=code]", codes[0]!);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.waitForURL("**/admin");
  await expect(page.getByTestId("current-user")).toContainText(user.name);
  await signOut(page);

  // …once.
  await submitPassword(page, user.email, user.password);
  await page.waitForURL("**/login/two-step");
  await page.fill("input[name=code]", codes[0]!);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.locator("#code-error")).toHaveText("Mã xác thực không đúng.");
  // The app's code still works.
  await page.fill("input[name=code]", await totpCode(key));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.waitForURL("**/admin");
  await page.goto("/admin/account");
  await expect(page.getByTestId("two-step-status")).toContainText("Còn 9 mã khôi phục chưa dùng.");
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a staff member enrols a second step and signs in with it", async ({ browser }) => {
    const user = await createUser(browser, "staff", "Biên Tập Không JS");
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
    const page = await context.newPage();
    await submitPassword(page, user.email, user.password);
    await page.waitForURL("**/admin");
    const { key, codes } = await enrol(page);
    expect(codes).toHaveLength(10);
    await signOut(page);

    await submitPassword(page, user.email, user.password);
    await page.waitForURL("**/login/two-step");
    await page.fill("input[name=code]", await totpCode(key));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await page.waitForURL("**/admin");
    await expect(page.getByTestId("current-user")).toContainText(user.name);
    await context.close();
  });
});

test("an administrator resets a staff member's second step, which ends their session", async ({ browser }) => {
  const user = await createUser(browser, "staff", "Biên Tập Mất Điện Thoại");
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await theirs.newPage();
  await submitPassword(page, user.email, user.password);
  await page.waitForURL("**/admin");
  await enrol(page);

  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const row = adminPage.locator(`tr[data-email="${user.email}"]`);
  await expect(row.getByTestId("user-second-step")).toHaveText("Đã bật");
  await row.getByRole("button", { name: "Đặt lại xác thực hai bước" }).click();
  await expect(row.getByText("Đã đặt lại xác thực hai bước.", { exact: false })).toBeVisible();
  await adminPage.reload();
  await expect(row.getByTestId("user-second-step")).toHaveText("Chưa bật");
  await admin.close();

  // Their session ended; they sign in with the password alone again (optional for staff).
  await page.goto("/admin/account");
  await expect(page).toHaveURL(/\/login/);
  await submitPassword(page, user.email, user.password);
  await page.waitForURL("**/admin");
  await theirs.close();
});
