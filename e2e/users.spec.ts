// An administrator manages accounts: creates a staff member with the form, who signs in elsewhere; locking
// the account ends that session at the user's next request. Bad input in the form is explained beside the
// fields in Vietnamese and creates nothing. The admin pages of this area pass axe's WCAG 2.1 A/AA rules.
import { test, expect, type Browser, type Page } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { ADMIN_STATE } from "./support";

test.use({ storageState: ADMIN_STATE });

const unique = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.gov.vn`;

/** Fills and sends the new-account form on /admin/users (fields email, name, password, role). */
async function fillCreateForm(page: Page, u: { email: string; name: string; password: string; role: "staff" | "admin" }) {
  const form = page.getByTestId("create-user-form");
  await form.locator("input[name=email]").fill(u.email);
  await form.locator("input[name=name]").fill(u.name);
  await form.locator("input[name=password]").fill(u.password);
  await form.locator("select[name=role]").selectOption(u.role);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
}

/** A browser of its own (no saved state) signed in as `email`. */
async function signInElsewhere(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.fill("input[name=email]", email);
  await page.fill("input[name=password]", password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // An administrator without a second step lands on the account page to enrol it.
  await page.waitForURL(/\/admin(\/account)?$/);
  return page;
}

test("the administrator creates a staff member, who signs in; locking the account ends their session", async ({ page, browser }) => {
  const user = { email: unique("bien-tap-moi"), name: "Trần Thị Biên Tập", password: "Mat-khau-tam-2026", role: "staff" as const };
  await page.goto("/admin/users");
  await fillCreateForm(page, user);
  await expect(page.getByTestId("create-user-message")).toHaveText(`Đã tạo tài khoản ${user.email} (Biên tập viên).`);
  const row = page.locator(`tr[data-email="${user.email}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("user-role")).toHaveText("Biên tập viên");
  await expect(row.getByTestId("user-status")).toHaveText("Đang hoạt động");
  // The password field is empty again: it is never sent back.
  await expect(page.getByTestId("create-user-form").locator("input[name=password]")).toHaveValue("");

  const theirs = await signInElsewhere(browser, user.email, user.password);
  await expect(theirs.getByTestId("current-user")).toContainText(user.name);
  // A staff member's navigation has no users, audit or settings link.
  await expect(theirs.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Người dùng" })).toHaveCount(0);

  await page.reload();
  await row.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(row.getByTestId("user-status")).toHaveText("Đã khóa");

  // Their very next request finds the session ended.
  await theirs.reload();
  await theirs.waitForURL(/\/login(\?|$)/);
  await expect(theirs.getByRole("heading", { level: 1, name: "Đăng nhập quản trị" })).toBeVisible();
  expect(await theirs.locator("body").innerText()).not.toContain(user.name);

  // And a locked account cannot sign in again: the same message as a wrong password.
  await theirs.fill("input[name=email]", user.email);
  await theirs.fill("input[name=password]", user.password);
  await theirs.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(theirs.getByTestId("login-message")).toHaveText("Email hoặc mật khẩu không đúng.");
  await theirs.context().close();
});

test("bad input in the new-account form is explained beside the fields and creates nothing", async ({ page }) => {
  await page.goto("/admin/users");
  const rowsBefore = await page.getByTestId("user-row").count();
  await fillCreateForm(page, { email: "khong-phai-email", name: "Nguyễn Văn Thử", password: "ngan", role: "staff" });

  const form = page.getByTestId("create-user-form");
  await expect(page.getByTestId("create-user-message")).toHaveText("Vui lòng kiểm tra lại các trường được đánh dấu.");
  const email = form.locator("input[name=email]");
  const password = form.locator("input[name=password]");
  await expect(form.locator("#new-email-error")).toHaveText("Email không hợp lệ.");
  await expect(form.locator("#new-password-error")).toHaveText("Mật khẩu phải có ít nhất 12 ký tự.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-describedby", /new-email-error/);
  await expect(password).toHaveAttribute("aria-describedby", /new-password-error/);
  // What was typed is kept (never the password), so only the mistakes need fixing.
  await expect(email).toHaveValue("khong-phai-email");
  await expect(form.locator("input[name=name]")).toHaveValue("Nguyễn Văn Thử");
  await expect(password).toHaveValue("");

  await page.reload();
  await expect(page.getByTestId("user-row")).toHaveCount(rowsBefore);
  await expect(page.locator('tr[data-email="khong-phai-email"]')).toHaveCount(0);

  // An e-mail already in use is refused beside the e-mail field, whatever its case.
  const existing = (await page.getByTestId("user-row").first().getAttribute("data-email"))!;
  await fillCreateForm(page, { email: existing.toUpperCase(), name: "Trùng Email", password: "Mat-khau-tam-2026", role: "admin" });
  await expect(form.locator("#new-email-error")).toHaveText("Email này đã được dùng cho một tài khoản khác.");
  await page.reload();
  await expect(page.getByTestId("user-row")).toHaveCount(rowsBefore);
});

test("the administrator changes a role and resets a password from the list; the user signs in with the new one", async ({ page, browser }) => {
  const user = { email: unique("doi-vai-tro"), name: "Lê Văn Đổi Vai Trò", password: "Mat-khau-tam-2026", role: "staff" as const };
  await page.goto("/admin/users");
  await fillCreateForm(page, user);
  const row = page.locator(`tr[data-email="${user.email}"]`);
  await expect(row).toBeVisible();

  await row.locator("select[name=role]").selectOption("admin");
  await row.getByRole("button", { name: "Đổi vai trò" }).click();
  await expect(row.getByText("Đã đổi vai trò thành Quản trị viên.", { exact: false })).toBeVisible();
  await expect(row.getByTestId("user-role")).toHaveText("Quản trị viên");
  await expect(row.locator("select[name=role]")).toHaveValue("admin");

  // Too short first: the message sits beside that row's field.
  await row.getByText("Đặt lại mật khẩu", { exact: true }).first().click();
  const reset = row.locator("input[name=password]");
  await reset.fill("ngan");
  await row.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  await expect(row.locator('[data-field-error^="reset-password-"]')).toHaveText("Mật khẩu phải có ít nhất 12 ký tự.");
  await reset.fill("Mat-khau-dat-lai-2026");
  await row.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  await expect(row.getByText("Đã đặt lại mật khẩu.", { exact: false })).toBeVisible();

  const theirs = await signInElsewhere(browser, user.email, "Mat-khau-dat-lai-2026");
  await expect(theirs.getByTestId("current-user")).toContainText("Quản trị viên");
  await theirs.context().close();
});

for (const path of ["/admin", "/admin/users", "/admin/account", "/admin/audit", "/admin/settings"]) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      violations.map((v) => v.id),
      violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}`).join("\n")}`).join("\n"),
    ).toEqual([]);
  });
}
