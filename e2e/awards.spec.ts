// The awards registry: an administrator enters a decision by pasting three recipients and publishes it; a
// citizen (JavaScript off) finds it on /awards filtered by year, downloads the CSV and opens a recipient's
// citable page with its QR code. Staff cannot reach /admin/awards. /awards and a recipient page pass axe.
import { test, expect } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { ADMIN_STATE, STAFF_STATE } from "./support";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test.describe("an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("enters a decision by pasting three recipients and publishes it; a citizen finds it by year", async ({ page, browser }) => {
    const number = `${Date.now().toString().slice(-6)}/QĐ-UBND`;
    await page.goto("/admin/awards/new");
    const form = page.getByTestId("decision-form");
    await form.locator("select[name=form]").selectOption("bang_khen");
    await form.locator("input[name=issuer]").fill("UBND tỉnh Nghệ An");
    await form.locator("input[name=decisionNumber]").fill(number);
    await form.locator("input[name=decisionDate]").fill("15/12/2020");
    await form.locator("input[name=year]").fill("2020");
    await form.locator("input[name=signerName]").fill("Huỳnh Thanh Điền");
    await form.locator("input[name=signerTitle]").fill("Phó Chủ tịch");
    const recipients = form.locator("textarea[name=recipientsText]");
    // A person given two parts is named by its line, beside the list, and nothing is saved.
    await recipients.fill("Phòng Công nghệ thông tin\nNguyễn Thị Kiểm Thử; Chuyên viên\nTrần Văn Thử Nghiệm; ; Trung tâm CNTT");
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(form.locator('[data-field-error="recipientsText"]')).toContainText("Dòng 2: cá nhân cần đủ 3 phần");
    await expect(page).toHaveURL(/\/admin\/awards\/new$/);
    await recipients.fill("Phòng Công nghệ thông tin\nNguyễn Thị Kiểm Thử; Chuyên viên; Văn phòng Sở\nTrần Văn Thử Nghiệm; ; Trung tâm CNTT");
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.waitForURL(/\/admin\/awards\/\d+\?da-tao=/);
    await expect(page.getByTestId("award-status")).toHaveText("Bản nháp");
    await page.getByTestId("publish-form").getByRole("button", { name: "Công bố quyết định" }).click();
    await expect(page.getByTestId("award-status")).toHaveText("Đã công bố");

    // A citizen, without JavaScript, filters by year with the plain GET form.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
    const citizen = await context.newPage();
    await citizen.goto("/awards");
    await citizen.locator("select[name=year]").selectOption("2020");
    await citizen.getByRole("button", { name: "Lọc" }).click();
    await citizen.waitForURL(/\/awards\?year=2020/);
    // The e2e database may keep decisions of earlier runs: this run's is the one with its number.
    const decision = citizen.getByTestId("award-decision").filter({ hasText: number });
    await expect(decision).toHaveCount(1);
    await expect(decision.getByRole("heading")).toHaveText("UBND tỉnh Nghệ An tặng Bằng khen cho 1 tập thể và 2 cá nhân");
    await expect(decision).toContainText(`Quyết định số ${number} ngày 15/12/2020`);
    await expect(citizen.getByTestId("honour-roll")).toContainText("Nguyễn Thị Kiểm Thử");

    const csv = await citizen.request.get("/awards.csv?year=2020");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="khen-thuong-2020.csv"');
    expect(await csv.text()).toContain('"Nguyễn Thị Kiểm Thử","Chuyên viên","Văn phòng Sở"');

    await decision.getByRole("link", { name: "Nguyễn Thị Kiểm Thử" }).click();
    await citizen.waitForURL(/\/awards\/recipients\/\d+$/);
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Nguyễn Thị Kiểm Thử");
    await expect(citizen.getByTestId("recipient-status")).toHaveText("Còn hiệu lực");
    await expect(citizen.getByRole("img", { name: /Mã QR mở trang này: http:\/\/127\.0\.0\.1:\d+\/awards\/recipients\/\d+/ }).locator("svg")).toHaveCount(1);

    // Revoked, the decision keeps its record: the citizen's page now says so.
    await page.locator("summary", { hasText: "Thu hồi quyết định" }).click();
    const revoke = page.getByTestId("revoke-form");
    await revoke.locator("textarea[name=reason]").fill("Thu hồi do sai sót về thành tích (kiểm thử).");
    await revoke.locator("input[name=revokedOn]").fill("05/03/2021");
    await revoke.getByRole("button", { name: "Thu hồi quyết định" }).click();
    await expect(page.getByTestId("award-status")).toHaveText("Đã thu hồi");
    await citizen.reload();
    await expect(citizen.getByTestId("revoked-notice")).toHaveText("Đã thu hồi ngày 05/03/2021. Lý do: Thu hồi do sai sót về thành tích (kiểm thử).");
    await expect(citizen.getByTestId("recipient-status")).toHaveText("Đã thu hồi ngày 05/03/2021");
    expect(await (await citizen.request.get("/sitemap.xml")).text()).toContain(citizen.url());
    await context.close();
  });
});

test.describe("a staff member", () => {
  test.use({ storageState: STAFF_STATE });

  test("cannot reach the awards admin and sees no link to it", async ({ page }) => {
    for (const path of ["/admin/awards", "/admin/awards/new"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền truy cập trang này");
    }
    await page.goto("/admin");
    await expect(page.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Khen thưởng" })).toHaveCount(0);
  });
});

test.describe("as served without the client runtime", () => {
  // axe runs inside the page, so JavaScript stays on for it; Next's own scripts are refused instead, so what
  // is checked is the server's HTML exactly as a reader without JavaScript gets it.
  test("/awards and a recipient's page have no WCAG 2.1 A/AA violations", async ({ page }) => {
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/awards?year=2013");
    await expect(page.getByTestId("award-decision").first()).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await expect(page.getByText("Dữ liệu mẫu – người nhận và số quyết định chỉ để minh họa").first()).toBeVisible();
    await page.getByRole("link", { name: "Sở Thông tin và Truyền thông Nghệ An" }).first().click();
    await page.waitForURL(/\/awards\/recipients\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Thông tin và Truyền thông Nghệ An");
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
