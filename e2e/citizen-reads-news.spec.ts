// A citizen opens the portal, follows the featured article and reads it in full: title, photos with
// captions and alternative text, author, source, date, and every paragraph of the original text.
import { test, expect, type Locator } from "./fixtures";
import { REFERENCE, collapse, referenceParagraphs } from "./support";

/** The image was fetched and decoded (a broken /media/<id> link has naturalWidth 0). */
async function expectLoaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)), { message: `image ${await img.getAttribute("src")} loads` })
    .toBeGreaterThan(0);
}

test("a citizen reads the featured reference article from the home page @smoke", async ({ page }) => {
  await page.goto("/");
  const featured = page.getByRole("region", { name: "Tin nổi bật" });
  const link = featured.getByRole("link", { name: REFERENCE.title, exact: true });
  await expect(link).toBeVisible();
  const cover = featured.locator("img").first();
  await expect(cover).toHaveAttribute("alt", /\S/);
  await expectLoaded(cover);

  await link.click();
  await expect(page).toHaveURL(REFERENCE.path);

  const article = page.locator("main article").first();
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(REFERENCE.title);

  // The three photos, each with its caption as written in the source and a non-empty alternative text.
  const captions = article.locator("figure figcaption");
  await expect(captions).toHaveCount(3);
  for (const [i, caption] of REFERENCE.captions.entries()) {
    await expect(captions.nth(i)).toHaveText(caption);
  }
  const images = article.locator("img");
  expect(await images.count()).toBeGreaterThanOrEqual(3);
  for (const img of await images.all()) {
    const alt = await img.getAttribute("alt");
    expect(alt?.trim(), `alt of ${await img.getAttribute("src")}`).toBeTruthy();
    await expectLoaded(img);
  }

  await expect(article.getByText(REFERENCE.author, { exact: true })).toBeVisible();
  await expect(article.getByText(`Nguồn: ${REFERENCE.source}`, { exact: true })).toBeVisible();
  await expect(article.locator("time").first()).toContainText(REFERENCE.date);
});

test("the article reproduces every paragraph of the reference text", async ({ page }) => {
  const paragraphs = referenceParagraphs();
  expect(paragraphs.length, "paragraphs found in the reference text file").toBeGreaterThanOrEqual(10);

  await page.goto(REFERENCE.path);
  const text = collapse((await page.locator("main article").first().textContent()) ?? "");
  const missing = paragraphs.filter((p) => !text.includes(p));
  expect(missing, `paragraphs missing from ${REFERENCE.path}`).toEqual([]);
});
