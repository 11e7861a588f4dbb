// Accessibility of the dossier pages as they are without JavaScript (as many citizens on slow links meet them):
// the catalogue, a level-3 procedure, its form (also after a refused post), a receipt, tracking (with a
// result) and statistics pass axe's WCAG 2.1 A/AA rules. axe itself runs as a script in the page, so the
// browser keeps JavaScript on but none of the portal's scripts load: forms post as plain HTML forms and
// nothing is hydrated, exactly what a browser with JavaScript off renders.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test.beforeEach(async ({ page }) => {
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
});

const PROCEDURE = "9.990204";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const details = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(" ")}`).join("\n")}`).join("\n");
  expect(violations.map((v) => v.id), `axe violations on ${what}:\n${details}`).toEqual([]);
}

test("catalogue, procedure, form, receipt, tracking and statistics have no WCAG 2.1 A/AA violations", async ({ page }) => {
  test.setTimeout(60_000);
  for (const path of ["/services", `/services/${PROCEDURE}`, `/services/${PROCEDURE}/apply`, "/track", "/statistics"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expectNoViolations(page, path);
  }

  // The form after a refused post (error summary, errors beside the fields).
  await page.goto(`/services/${PROCEDURE}/apply`);
  await page.getByTestId("submit-dossier").click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectNoViolations(page, "the refused form");

  // A receipt and the tracking result of a real submission.
  await page.getByLabel("Họ và tên").fill("Trần Thị Bình");
  await page.getByLabel("Số định danh cá nhân (CCCD)").fill("040987654321");
  await page.getByLabel("Số điện thoại").fill("0913 000 111");
  await page.getByLabel("Địa chỉ liên hệ").fill("Xã Nghi Phú, TP Vinh");
  for (const input of await page.locator('input[type="file"][required]').all()) await input.setInputFiles({ name: "giay-to.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.locator('input[name="consent"]').check();
  await page.getByTestId("submit-dossier").click();
  await page.waitForURL(/\/track\/receipt\//);
  await expectNoViolations(page, "the receipt");
  const code = (await page.getByTestId("receipt-code").textContent())!.trim();
  await page.goto(`/track?code=${encodeURIComponent(code)}`);
  await page.getByLabel("Số điện thoại").fill("0913 000 111");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByTestId("track-result")).toBeVisible();
  await expectNoViolations(page, "the tracking result");
  await page.goto("/statistics");
  await expect(page.getByTestId("statistics-table")).toBeVisible();
  await expectNoViolations(page, "statistics with figures");
});
