// A citizen prints an article: the "Bản in" link opens a clean page with the text, author and captions,
// without the site navigation.
import { test, expect } from "./fixtures";
import { REFERENCE } from "./support";

test("the print view shows the article without site navigation", async ({ page }) => {
  await page.goto(REFERENCE.path);
  await page.getByRole("link", { name: "Bản in", exact: true }).click();
  await expect(page).toHaveURL(`${REFERENCE.path}/print`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE.title);
  await expect(page.getByText(REFERENCE.author, { exact: true })).toBeVisible();
  const captions = page.locator("figure figcaption");
  await expect(captions).toHaveCount(3);
  for (const [i, caption] of REFERENCE.captions.entries()) {
    await expect(captions.nth(i)).toHaveText(caption);
  }

  await expect(page.locator('nav[aria-label="Điều hướng chính"]')).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.locator("form[role=search]")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "‹ Quay lại bài viết" })).toHaveAttribute("href", REFERENCE.path);
});
