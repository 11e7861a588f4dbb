// The holiday table and the outbox in the back office. An administrator pre-fills a year (twice: nothing is
// duplicated), adds a make-up Saturday, renames and deletes a day, all with JavaScript off; a weekday make-up
// day is refused beside its field. Staff may not open the holiday table. Staff read the outbox (the e2e server
// has no SMTP, so mail is kept) and opening a message lands in the audit log. Both pages pass axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_OUTBOX_MESSAGE } from "./outbox-fixture";
import { ADMIN_STATE, STACK_TRACE, STAFF, STAFF_STATE } from "./support";

// A year the server does not pre-fill at start-up (it fills this year and the next).
const YEAR = 2031;
const PAGE = `/admin/holidays?year=${YEAR}`;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const item = (page: Page, date: string) => page.locator(`[data-testid=holiday-item][data-date="${date}"]`);

test.describe("administrator, JavaScript off", () => {
  test.use({ storageState: ADMIN_STATE, javaScriptEnabled: false });

  test("pre-fills a year once, adds a make-up Saturday, renames and deletes a day", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ngày nghỉ lễ và ngày làm bù năm ${YEAR}`);

    await page.getByRole("button", { name: `Điền sẵn năm ${YEAR}` }).click();
    await expect(page.getByTestId("holidays-flash")).toContainText("Đã điền sẵn");
    await expect(page.getByTestId("holiday-item")).toHaveCount(13);
    await expect(item(page, `${YEAR}-01-23`)).toContainText("Tết Nguyên đán (mùng 1)");
    await expect(item(page, `${YEAR}-09-01`)).toContainText("Theo Bộ luật Lao động");
    await expect(page.getByTestId("holidays-summary")).toHaveText("13 ngày nghỉ, 0 ngày làm bù.");

    // Pressed again: nothing to add, nothing duplicated.
    await page.getByRole("button", { name: `Điền sẵn năm ${YEAR}` }).click();
    await expect(page.getByTestId("holidays-flash")).toContainText("không có ngày nào cần thêm");
    await expect(page.getByTestId("holiday-item")).toHaveCount(13);

    // A make-up Saturday, typed as staff type dates.
    const add = page.getByTestId("add-holiday-form");
    await add.locator("#new-date").fill(`03/05/${YEAR}`);
    await add.getByLabel("Tên ngày").fill("Làm bù cho ngày 02/05");
    await add.getByLabel("Ngày làm bù").check();
    await add.getByRole("button", { name: "Thêm ngày" }).click();
    await expect(page.getByTestId("holidays-flash")).toHaveText(`Đã thêm ngày 03/05/${YEAR} vào lịch.`);
    await expect(item(page, `${YEAR}-05-03`)).toContainText("Thứ Bảy, 03/05/2031: Làm bù cho ngày 02/05");
    await expect(item(page, `${YEAR}-05-03`)).toContainText("Ngày làm bù");
    await expect(item(page, `${YEAR}-05-03`)).toContainText("Cán bộ nhập/sửa");

    // Rename a day (the <details> opens without JavaScript).
    const qk = item(page, `${YEAR}-09-01`);
    await qk.getByText("Sửa hoặc xóa").click();
    await qk.getByLabel("Tên ngày").fill("Quốc khánh (ngày liền kề, theo thông báo)");
    await qk.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("holidays-flash")).toHaveText(`Đã lưu ngày 01/09/${YEAR}.`);
    await expect(item(page, `${YEAR}-09-01`)).toContainText("Quốc khánh (ngày liền kề, theo thông báo)");
    await expect(item(page, `${YEAR}-09-01`)).toContainText("Cán bộ nhập/sửa");

    // Delete a compensatory day: it leaves the calendar and the pre-fill does not bring it back.
    const nb = item(page, `${YEAR}-01-28`);
    await nb.getByText("Sửa hoặc xóa").click();
    await nb.getByRole("button", { name: /Xóa ngày này/ }).click();
    await expect(page.getByTestId("holidays-flash")).toContainText(`Đã xóa ngày 28/01/${YEAR}`);
    await expect(item(page, `${YEAR}-01-28`)).toHaveCount(0);
    await expect(page.getByTestId("removed-holidays")).toContainText("28/01/2031");
    await page.getByRole("button", { name: `Điền sẵn năm ${YEAR}` }).click();
    await expect(page.getByTestId("holidays-flash")).toContainText("giữ nguyên 2 ngày do cán bộ đã sửa hoặc xóa");
    await expect(item(page, `${YEAR}-01-28`)).toHaveCount(0);
    await expect(page.getByTestId("holidays-summary")).toHaveText("12 ngày nghỉ, 1 ngày làm bù.");
  });
});

test.describe("administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("a make-up day on a weekday is refused beside its field, nothing added; the page passes axe", async ({ page }) => {
    await page.goto(PAGE);
    const before = await page.getByTestId("holiday-item").count();
    const add = page.getByTestId("add-holiday-form");
    await add.locator("#new-date").fill(`05/05/${YEAR}`);
    await add.getByLabel("Tên ngày").fill("Làm bù sai ngày");
    await add.getByLabel("Ngày làm bù").check();
    await add.getByRole("button", { name: "Thêm ngày" }).click();
    await expect(page.locator("#new-kind-error")).toContainText("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật");
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("holiday-item")).toHaveCount(before);
    await expect(page.locator("body")).not.toContainText(STACK_TRACE);
    await expectNoAxeViolations(page);
  });

  test("the admin navigation links to the holiday table and the outbox", async ({ page }) => {
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "Điều hướng quản trị" });
    await expect(nav.getByRole("link", { name: "Ngày nghỉ lễ" })).toHaveAttribute("href", "/admin/holidays");
    await expect(nav.getByRole("link", { name: "Hộp thư đi" })).toHaveAttribute("href", "/admin/outbox");
  });
});

test.describe("staff", () => {
  test.use({ storageState: STAFF_STATE });

  test("may not open the holiday table, and has no link to it", async ({ page }) => {
    const res = await page.goto(PAGE);
    expect(res?.status()).toBe(403);
    await page.goto("/admin");
    await expect(page.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Ngày nghỉ lễ" })).toHaveCount(0);
  });

  test("reads kept mail in the outbox, filters it, opens one in full, and the opening is audited", async ({ page, browser }) => {
    await page.goto("/admin/outbox");
    await expect(page.getByTestId("outbox-mode")).toContainText("Chưa cấu hình máy chủ gửi thư");
    const row = page.getByTestId("outbox-row").filter({ hasText: E2E_OUTBOX_MESSAGE.subject });
    await expect(row).toContainText(E2E_OUTBOX_MESSAGE.recipient);
    await expect(row).toContainText("Thông báo tiếp nhận hồ sơ");
    await expect(row).toContainText("Lưu tại hộp thư");
    await expectNoAxeViolations(page);

    await page.getByLabel("Trạng thái").selectOption("sent");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/status=sent/);
    await expect(page.getByTestId("outbox-row").filter({ hasText: E2E_OUTBOX_MESSAGE.subject })).toHaveCount(0);

    await page.goto("/admin/outbox?status=kept");
    await page.getByRole("link", { name: E2E_OUTBOX_MESSAGE.subject }).click();
    await expect(page.getByTestId("outbox-subject")).toHaveText(E2E_OUTBOX_MESSAGE.subject);
    await expect(page.getByTestId("outbox-text")).toHaveText(E2E_OUTBOX_MESSAGE.textBody);
    await expect(page.locator("body")).toContainText("Hồ sơ #e2e-1");
    await expectNoAxeViolations(page);
    const id = page.url().split("/").pop()!;

    const admin = await browser.newContext({ storageState: ADMIN_STATE });
    const audit = await admin.newPage();
    await audit.goto(`/admin/audit?action=outbox.open&entityId=${id}`);
    await expect(audit.getByTestId("audit-row").first()).toContainText(STAFF.email);
    await expect(audit.getByTestId("audit-row").first()).toContainText("Mở thư trong hộp thư đi");
    await admin.close();
  });

  test("an unknown message is a 404", async ({ page }) => {
    expect((await page.goto("/admin/outbox/999999"))?.status()).toBe(404);
    expect((await page.goto("/admin/outbox/abc"))?.status()).toBe(404);
  });
});
