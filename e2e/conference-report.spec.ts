// Conference reports: a staff member writes a report in the admin (an indicator row among them), cannot
// approve it themself, and publishes it without review with a reason; a citizen with JavaScript off finds it
// on /conferences and reads its indicators table (the share reached worked out against the reference
// conference's 2014 target) and the server-drawn chart with its table; the report is in the news list too.
// The reference conference's page passes axe as a reader without JavaScript gets it: its HTML fetched as
// served, scripts stripped, and re-served to the browser for axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { STAFF_STATE } from "./support";

const DEMO_SLUG = "hoi-nghi-trien-khai-nhiem-vu-cong-tac-nam-2014";
const REVENUE = "Tổng doanh thu Bưu chính, Viễn thông và CNTT";

test("a staff member publishes a conference report; a citizen without JavaScript reads its indicators and chart", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const title = `Hội nghị sơ kết 6 tháng đầu năm 2014 ${stamp}`;

  const staffContext = await browser.newContext({ storageState: STAFF_STATE });
  const page = await staffContext.newPage();
  await page.goto("/admin/conferences");
  await page.getByRole("link", { name: "Thêm báo cáo" }).click();
  await page.fill("textarea[name=title]", title);
  await page.fill("input[name=heldOn]", "15/07/2014");
  await page.fill("input[name=place]", "Hội trường Sở Thông tin và Truyền thông");
  await page.fill("textarea[name=chairs]", "Hồ Quang Thành – Giám đốc Sở");
  await page.fill("textarea[name=summary]", "Hội nghị sơ kết công tác 6 tháng đầu năm 2014 của ngành.");
  await page.selectOption('[name="rows.0.indicatorId"]', { label: `${REVENUE} (tỷ đồng)` });
  await page.fill('[name="rows.0.year"]', "2014");
  await page.selectOption('[name="rows.0.kind"]', "result");
  await page.fill('[name="rows.0.value"]', "4.100");
  // The rich-text editors name their fields once started.
  await expect(page.locator('input[type=hidden][name="speechesHtml"]')).toBeAttached();
  await expect(page.locator('input[type=hidden][name="directionsHtml"]')).toBeAttached();
  await page.getByTestId("save-conference").click();
  await page.waitForURL(/\/admin\/conferences\/\d+\?ok=created/);
  await expect(page.getByTestId("conference-flash")).toHaveText(/Đã tạo báo cáo/);

  await page.getByTestId("conference-submit").click();
  await expect(page.getByTestId("conference-flash")).toHaveText("Đã gửi duyệt.");
  // The author may not approve their own report: the page says so instead of offering it.
  await expect(page.getByTestId("author-cannot-approve")).toBeVisible();
  await expect(page.getByTestId("conference-approve")).toHaveCount(0);
  await page.getByText("Đăng ngay, không qua duyệt").click();
  const publish = page.getByTestId("publish-without-review-form");
  await publish.locator("textarea[name=reason]").fill("Lãnh đạo Sở yêu cầu đăng ngay sau hội nghị.");
  await publish.getByRole("button", { name: "Đăng ngay" }).click();
  await expect(page.getByTestId("conference-flash")).toHaveText(/Đã đăng không qua duyệt/);
  await expect(page.getByTestId("conference-status")).toHaveText("Đang đăng");
  await expect(page.getByTestId("edition-history")).toContainText("Ấn bản 1: Đang đăng");
  await staffContext.close();

  const citizenContext = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await citizenContext.newPage();
  await citizen.goto("/conferences");
  await citizen.getByRole("link", { name: title }).click();
  await expect(citizen).toHaveURL(/\/conferences\/hoi-nghi-so-ket-6-thang-dau-nam-2014-/);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(title);
  const table = citizen.getByTestId("indicators-table");
  const row = table.getByRole("row").filter({ hasText: REVENUE });
  await expect(row).toContainText("4.100 tỷ đồng");
  // 4.100 against the 2014 target of 4.000 given at the reference conference.
  await expect(row).toContainText("102,5 % (tính từ chỉ tiêu và kết quả)");
  const chart = citizen.getByTestId("indicator-chart");
  await expect(chart).toHaveCount(1);
  await expect(chart.locator("title")).toHaveText(`Biểu đồ chỉ tiêu và kết quả: ${REVENUE} (tỷ đồng)`);
  await expect(chart.locator("desc")).toContainText("Năm 2014: chỉ tiêu 4.000 tỷ đồng, kết quả 4.100 tỷ đồng");
  await expect(chart.locator("rect[fill='#1d4f91']")).toHaveCount(3); // two results (2013, 2014) + legend
  const series = citizen.getByTestId("series-table");
  await expect(series.getByRole("row", { name: /2013/ })).toContainText("102 % (theo báo cáo)");
  await expect(series.getByRole("row", { name: /2014/ })).toContainText("102,5 %");

  // In the news stream, linking to the report.
  await citizen.goto("/news");
  await expect(citizen.getByRole("link", { name: title })).toHaveAttribute("href", /^\/conferences\//);
  await citizenContext.close();
});

test("the reference conference shows its 2013 results, the stated 102 % and its 2014 targets without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/conferences/${DEMO_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hội nghị triển khai nhiệm vụ công tác năm 2014");
  await expect(page.locator("article time").first()).toHaveText("Sáng ngày 02/01/2014");
  const table = page.getByTestId("indicators-table");
  await expect(table.getByRole("row").filter({ hasText: "Dịch vụ công mức độ 1, 2" })).toContainText("1.467 dịch vụ");
  await expect(table.getByRole("row").filter({ hasText: "Trạm BTS" })).toContainText("3.670 trạm");
  await expect(table.getByRole("row").filter({ hasText: "Mật độ thuê bao" })).toContainText("175 thuê bao/100 dân");
  await expect(page.getByRole("figure").filter({ hasText: "Đồng chí Huỳnh Thanh Điền, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo" })).toBeVisible();
  // The reference article links to the report.
  await page.goto("/news/nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014");
  await expect(page.getByRole("link", { name: "Hội nghị triển khai nhiệm vụ công tác năm 2014" })).toHaveAttribute("href", `/conferences/${DEMO_SLUG}`);
  await context.close();
});

test(`/conferences/${DEMO_SLUG} without JavaScript has no WCAG 2.1 A/AA violations`, async ({ page, request, baseURL }) => {
  const url = `${baseURL}/conferences/${DEMO_SLUG}`;
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  // What a reader without JavaScript gets: the server's HTML with its scripts removed.
  const html = (await res.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const details = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(" ")}`).join("\n")}`).join("\n");
  expect(violations.map((v) => v.id), details).toEqual([]);
});

test.describe("the admin's conference pages", () => {
  test.use({ storageState: STAFF_STATE });
  for (const path of ["/admin/conferences", "/admin/conferences/new", "/admin/conferences/indicators"]) {
    test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const details = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(" ")}`).join("\n")}`).join("\n");
      expect(violations.map((v) => v.id), details).toEqual([]);
    });
  }
});
