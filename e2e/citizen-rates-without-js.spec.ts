// A citizen with JavaScript turned off rates an article: a plain form post, a redirect back to the article,
// and the outcome shown by CSS :target on the URL fragment. A second vote from the same browser is refused.
import { test, expect, type Page } from "./fixtures";
import { REFERENCE, ratingCount } from "./support";

test.use({ javaScriptEnabled: false });

const THANKS = "Cảm ơn bạn đã đánh giá bài viết.";
const ALREADY = "Bạn đã đánh giá bài viết này rồi";
// A sample article that no other spec votes on, so its count starts at 0 on a fresh database.
const UNTOUCHED = "/news/to-chuc-hoi-bao-xuan-giap-ngo";

async function vote(page: Page, stars: number, outcome: string): Promise<void> {
  const radio = page.getByRole("radio", { name: `${stars} sao`, exact: true });
  await expect(radio).toHaveAttribute("name", "stars");
  await expect(radio).toHaveAttribute("value", String(stars));
  await radio.check();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await page.waitForURL((url) => url.hash === `#${outcome}`);
}

test("a vote without JavaScript is counted once and thanked @smoke", async ({ page }) => {
  await page.goto(REFERENCE.path);
  const count = page.getByTestId("rating-count");
  const before = await ratingCount(count);
  await expect(page.getByText(THANKS)).toBeHidden();

  await vote(page, 4, "danh-gia-cam-on");
  expect(new URL(page.url()).pathname).toBe(REFERENCE.path);
  await expect(count).toHaveText(String(before + 1));
  await expect(page.getByText(THANKS)).toBeVisible();
  await expect(page.getByText(ALREADY)).toBeHidden();

  // Same browser (same visitor cookie), second vote: refused, count unchanged.
  await vote(page, 4, "danh-gia-trung");
  await expect(count).toHaveText(String(before + 1));
  await expect(page.getByText(ALREADY)).toBeVisible();
  await expect(page.getByText(THANKS)).toBeHidden();
});

test("the first vote on an article nobody rated makes its count 1", async ({ page }) => {
  await page.goto(UNTOUCHED);
  const count = page.getByTestId("rating-count");
  // Only this test votes here, and the suite runs once on a fresh database (no retries).
  expect(await ratingCount(count), `${UNTOUCHED} should have no votes on a fresh database`).toBe(0);
  await expect(page.getByTestId("rating-summary")).toHaveText("Chưa có lượt đánh giá nào.");

  await vote(page, 5, "danh-gia-cam-on");
  await expect(count).toHaveText("1");
  await expect(page.getByText(THANKS)).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toHaveText("Điểm trung bình 5,0/5 từ 1 lượt đánh giá.");
});
