// Timings, not tests: how long a 2 MB photo takes to upload, and to publish in an article that a citizen
// then opens. Run by `npm run bench` (playwright.bench.config.ts), never by the test suite: a shared
// machine's speed varies, so a time is reported, not asserted.
import { expect, test, type Page } from "@playwright/test";
import { noisePng } from "../../tests/helpers/images";
import { STAFF_STATE } from "../support";

test.use({ storageState: STAFF_STATE });

function report(note: string) {
  console.log(`[measure] ${note}`);
  test.info().annotations.push({ type: "measure", description: note });
}

/** Milliseconds a step takes: only the waits on the server are timed (click to result), not the typing. */
async function timed(step: () => Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  await step();
  return Date.now() - t0;
}

async function chooseAndDescribe(page: Page, name: string, png: Buffer, text: { altText: string; caption?: string; credit?: string }) {
  await page.goto("/admin/media");
  await page.setInputFiles("input[name=file]", { name, mimeType: "image/png", buffer: png });
  await page.fill("input[name=altText]", text.altText);
  if (text.caption) await page.fill("textarea[name=caption]", text.caption);
  if (text.credit) await page.fill("input[name=credit]", text.credit);
}

const twoMegabytes = () => {
  const png = noisePng(820, 820); // random noise does not compress: about 2 MB
  expect(png.length).toBeGreaterThan(2_000_000);
  return png;
};

test("uploading a 2 MB PNG", async ({ page }) => {
  const png = twoMegabytes();
  await chooseAndDescribe(page, "anh-2mb.png", png, { altText: "Ảnh thử dung lượng 2 MB" });
  const upload = await timed(async () => {
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await page.waitForURL(/\/admin\/media\?tai-len=/);
    await expect(page.getByTestId("media-flash")).toBeVisible();
  });
  const id = new URL(page.url()).searchParams.get("tai-len")!;
  let body: Buffer | undefined;
  const fetchMs = await timed(async () => {
    body = Buffer.from(await (await page.request.get(`/media/${id}`)).body());
  });
  expect(body!.equals(png)).toBe(true);
  report(`2 MB upload (${(png.length / 1024 / 1024).toFixed(2)} MiB PNG): click to library shown ${upload} ms; GET /media/<id> ${fetchMs} ms`);
});

test("publishing an article with a 2 MB photo (upload, save, publish, read)", async ({ page, browser }) => {
  const png = twoMegabytes();
  const stamp = Date.now().toString(36);
  const photo = { altText: `Ảnh 2 MB ${stamp}`, caption: `Ảnh đo thời gian ${stamp}`, credit: "Sở TTTT" };
  const title = `Tin có ảnh 2 MB ${stamp}`;

  await chooseAndDescribe(page, "anh-2mb.png", png, photo);
  const upload = await timed(async () => {
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await page.waitForURL(/\/admin\/media\?tai-len=/);
  });

  await page.goto("/admin/news/new");
  await page.fill("input[name=title]", title);
  await page.fill("textarea[name=sapo]", "Đo thời gian đăng một bài có ảnh lớn.");
  await page.selectOption("select[name=categoryId]", { label: "Tin hoạt động" });
  await page.fill("input[name=author]", "P.V - Sở TTTT");
  await page.fill("input[name=source]", "stttt.example.gov.vn");
  await page.getByRole("textbox", { name: "Nội dung" }).click();
  await page.keyboard.type("Nội dung ngắn.");
  await page.getByRole("button", { name: "Chèn ảnh từ thư viện" }).click();
  const picker = page.getByRole("dialog", { name: "Chọn ảnh từ thư viện" });
  await picker.getByRole("button", { name: `Chèn ảnh: ${photo.caption}` }).click();
  await expect(picker).toBeHidden();
  const save = await timed(async () => {
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.waitForURL(/\/admin\/news\/\d+\?ok=created/);
  });

  await page.getByText("Đăng ngay, không qua duyệt").click();
  await page.fill("#skip-reason", "Đo thời gian đăng bài trong kiểm thử tự động");
  const publish = await timed(async () => {
    await page.getByRole("button", { name: "Đăng ngay", exact: true }).click();
    await expect(page.getByTestId("done-message")).toHaveText("Đã đăng bài không qua duyệt; lý do đã được ghi vào nhật ký.");
  });

  const citizen = await browser.newContext();
  const reader = await citizen.newPage();
  const read = await timed(async () => {
    await reader.goto("/news");
    await reader.getByRole("link", { name: title }).first().click();
    const img = reader.locator("main article figure img").first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBe(820);
  });
  await citizen.close();
  report(
    `2 MB photo (${(png.length / 1e6).toFixed(2)} MB PNG): upload ${upload} ms, save article ${save} ms, publish ${publish} ms ` +
      `(server steps ${upload + save + publish} ms); citizen list → article with photo loaded ${read} ms`,
  );
});
