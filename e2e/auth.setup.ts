// Signs in once per run as the suite's administrator and editor and saves their cookies. The administrator
// must have a second step: on a fresh database it is enrolled here through the account page (the key read
// from the page as text, as someone who cannot scan the QR code would), and kept for later sign-ins. The
// editor is created by the administrator through /admin/users (there are no demo accounts on a server).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test as setup } from "./fixtures";
import { ADMIN, ADMIN_STATE, ADMIN_TOTP_KEY_FILE, STAFF, STAFF_STATE, totpCode } from "./support";

async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.fill("input[name=email]", email);
  await page.fill("input[name=password]", password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/(admin(\/account)?|login\/two-step)$/);
}

setup("sign in as the administrator, with a second step", async ({ page }) => {
  await submitPassword(page, ADMIN.email, ADMIN.password);
  if (page.url().endsWith("/login/two-step")) {
    // A database kept from an earlier run: the key enrolled then.
    expect(existsSync(ADMIN_TOTP_KEY_FILE), "the administrator's TOTP key from the earlier run").toBe(true);
    await page.fill("input[name=code]", await totpCode(readFileSync(ADMIN_TOTP_KEY_FILE, "utf8")));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await page.waitForURL("**/admin");
  } else {
    // An administrator without a second step is sent to enrol before any admin page works.
    await expect(page).toHaveURL(/\/admin\/account$/);
    await page.getByRole("button", { name: "Thiết lập xác thực hai bước" }).click();
    const key = (await page.getByTestId("totp-key").textContent())!.trim();
    mkdirSync(path.dirname(ADMIN_TOTP_KEY_FILE), { recursive: true });
    writeFileSync(ADMIN_TOTP_KEY_FILE, key);
    await page.fill("#totp-code", await totpCode(key, 0));
    await page.getByRole("button", { name: "Xác nhận và bật" }).click();
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await page.getByRole("link", { name: "Tiếp tục vào trang quản trị" }).click();
    await page.waitForURL("**/admin");
  }
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.context().storageState({ path: ADMIN_STATE });
});

setup("create the editor and sign in as them", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  if ((await adminPage.locator(`tr[data-email="${STAFF.email}"]`).count()) === 0) {
    const form = adminPage.getByTestId("create-user-form");
    await form.locator("input[name=email]").fill(STAFF.email);
    await form.locator("input[name=name]").fill(STAFF.name);
    await form.locator("input[name=password]").fill(STAFF.password);
    await form.locator("select[name=role]").selectOption("staff");
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(adminPage.getByTestId("create-user-message")).toContainText(STAFF.email);
  }
  await admin.close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await submitPassword(page, STAFF.email, STAFF.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await context.storageState({ path: STAFF_STATE });
  await context.close();
});
