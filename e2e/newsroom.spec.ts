// The newsroom journey: the demo editor uploads a photo, writes an article with it in the rich-text editor
// and sends it for review (and cannot approve it); the demo administrator approves it; a citizen finds it
// at /news and reads it, photo captioned. A scheduled article appears at /news by itself, with nobody in
// the admin. Also: the form without JavaScript, and preview links (minted on request, revocable, dead once
// the content is published). (npm run bench times a 2 MB publish.)
import { expect, test, type Browser, type Page } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { noisePng } from "../tests/helpers/images";
import { ADMIN_STATE, STACK_TRACE, STAFF_STATE } from "./support";

const CATEGORY = "Tin hoạt động";

/** "2026-11-26T14:30:05" in Asia/Ho_Chi_Minh (UTC+7, no DST), as a datetime-local input takes it. */
function vietnamLocal(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
}

async function uploadPhoto(page: Page, text: { altText: string; caption: string; credit: string }, png: Buffer): Promise<string> {
  await page.goto("/admin/media");
  await page.setInputFiles("input[name=file]", { name: "anh-hoi-nghi.png", mimeType: "image/png", buffer: png });
  await page.fill("input[name=altText]", text.altText);
  await page.fill("textarea[name=caption]", text.caption);
  await page.fill("input[name=credit]", text.credit);
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await page.waitForURL(/\/admin\/media\?tai-len=/);
  return new URL(page.url()).searchParams.get("tai-len")!;
}

/** Fills the article form (new or edit page already open); the body is typed into the editor. */
async function writeArticle(page: Page, a: { title: string; sapo: string; body: string }) {
  await page.fill("input[name=title]", a.title);
  await page.fill("textarea[name=sapo]", a.sapo);
  await page.selectOption("select[name=categoryId]", { label: CATEGORY });
  await page.fill("input[name=author]", "P.V - Sở TTTT");
  await page.fill("input[name=source]", "stttt.example.gov.vn");
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await page.keyboard.type(a.body);
}

async function insertFromPicker(page: Page, caption: string) {
  await page.getByRole("button", { name: "Chèn ảnh từ thư viện" }).click();
  const picker = page.getByRole("dialog", { name: "Chọn ảnh từ thư viện" });
  await picker.getByRole("button", { name: `Chèn ảnh: ${caption}` }).click();
  await expect(picker).toBeHidden();
}

async function saveNew(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await page.waitForURL(/\/admin\/news\/\d+\?ok=created/);
  await expect(page.getByTestId("done-message")).toHaveText("Đã tạo bản nháp.");
  return Number(/\/admin\/news\/(\d+)/.exec(page.url())![1]);
}

/** Mints a preview link on the article page (already open) and returns its path; the address shows only once. */
async function mintPreviewLink(page: Page): Promise<string> {
  await page.getByTestId("mint-preview-link").click();
  await expect(page.getByTestId("mint-preview-link-message")).toHaveText("Đã tạo liên kết xem trước.");
  return new URL(await page.getByTestId("preview-url").inputValue()).pathname;
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
}

async function newContext(browser: Browser, storageState?: string) {
  return browser.newContext(storageState ? { storageState } : {});
}

test("an editor writes an article with a photo and sends it for review; the administrator approves; a citizen reads it", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const title = `Sở TT&TT tập huấn chuyển đổi số cấp xã ${stamp}`;
  const photo = { altText: `Cán bộ xã tham gia lớp tập huấn ${stamp}`, caption: `Lớp tập huấn tại Hội trường Sở ${stamp}`, credit: "Ảnh: Minh Anh" };

  // The editor: a photo into the library, then the article, written in the editor with the photo in it.
  const staff = await newContext(browser, STAFF_STATE);
  const page = await staff.newPage();
  const mediaId = await uploadPhoto(page, photo, noisePng(96, 64));
  await page.goto("/admin/news/new");
  await writeArticle(page, { title, sapo: "Sở tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã.", body: "Sáng nay, hơn 100 cán bộ xã tham dự lớp tập huấn." });
  const bold = page.getByRole("button", { name: "In đậm" });
  await bold.click();
  // Typed only once the toolbar shows bold on, as a person would see it (the editor applies the click a frame later).
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type(" Nội dung chính là dịch vụ công trực tuyến.");
  await page.keyboard.press("Enter");
  await insertFromPicker(page, photo.caption);
  await expect(page.getByTestId("body-html")).toHaveValue(new RegExp(`<img src="/media/${mediaId}" alt="${photo.altText}"`));
  const id = await saveNew(page);

  // Saved with the caption from the library: the editor shows the photo as a captioned figure.
  const editorFigure = page.getByRole("textbox", { name: "Nội dung" }).locator("figure");
  await expect(editorFigure.locator("figcaption")).toHaveText(`${photo.caption} (${photo.credit})`);
  await expect(page.getByRole("textbox", { name: "Nội dung" }).locator("strong")).toHaveText("Nội dung chính là dịch vụ công trực tuyến.");

  await page.getByTestId("submit-for-review").click();
  await expect(page.getByTestId("done-message")).toHaveText("Đã gửi duyệt.");
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");
  // The author is not offered approval of their own article.
  await expect(page.getByTestId("author-cannot-approve")).toBeVisible();
  await expect(page.getByTestId("approve")).toHaveCount(0);
  // No link exists until one is asked for; then the address is shown once.
  await expect(page.getByTestId("preview-url")).toHaveCount(0);
  const previewPath = await mintPreviewLink(page);
  await expect(page.getByTestId("preview-link-row")).toHaveCount(1);

  // Not public yet, but the preview link works for anyone while it is live; a changed link does not.
  const citizen = await newContext(browser);
  const reader = await citizen.newPage();
  await reader.goto("/news");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  const previewResponse = await reader.goto(previewPath);
  expect(previewResponse?.status()).toBe(200);
  expect(previewResponse?.headers()["cache-control"]).toContain("no-store");
  expect(previewResponse?.headers()["content-security-policy"]).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  await expect(reader.getByTestId("preview-banner")).toContainText("Bản xem trước");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNotFound(reader, previewPath.replace(/.$/, (c) => (c === "A" ? "B" : "A")));

  // A second link, revoked on the article page: dead at once; the first still works.
  await page.reload();
  const revokedPath = await mintPreviewLink(page);
  const newest = page.getByTestId("preview-link-row").first();
  await newest.getByTestId("revoke-preview-link").click();
  await expect(page.getByTestId("done-message")).toHaveText("Đã thu hồi liên kết xem trước: liên kết không còn mở được.");
  await expect(page.getByTestId("preview-link-row").first().getByTestId("preview-link-state")).toContainText("Đã thu hồi");
  await expectNotFound(reader, revokedPath);
  expect((await reader.goto(previewPath))?.status()).toBe(200);

  // The administrator approves it from the list of articles waiting for review.
  const adminContext = await newContext(browser, ADMIN_STATE);
  const admin = await adminContext.newPage();
  await admin.goto("/admin/news?status=in_review");
  await admin.getByRole("link", { name: title }).click();
  await admin.getByTestId("approve").click();
  await expect(admin.getByTestId("done-message")).toHaveText("Đã duyệt và đăng bài.");
  await expect(admin.getByTestId("article-status")).toHaveText("Đã đăng");
  // Published: the draft's preview link is dead; the page lists it as such.
  await expectNotFound(reader, previewPath);
  await expect(admin.getByTestId("preview-links")).toContainText("Không còn mở được: Bài đã được đăng.");

  // A citizen finds it in the news list and reads it, photo with caption and alternative text.
  await reader.goto("/news");
  await reader.getByRole("link", { name: title }).first().click();
  const article = reader.locator("main article").first();
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(article.getByText("Sở tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã.")).toBeVisible();
  const figure = article.locator("figure", { has: reader.locator(`img[src="/media/${mediaId}"]`) });
  await expect(figure.locator("figcaption")).toHaveText(`${photo.caption} (${photo.credit})`);
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", photo.altText);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBe(96);
  await expect(article.getByText("P.V - Sở TTTT", { exact: true })).toBeVisible();
  expect(await reader.content()).not.toMatch(STACK_TRACE);

  await Promise.all([staff.close(), citizen.close(), adminContext.close()]);
});

test("editing a published article makes a new edition: citizens keep the old text until another person approves it", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const title = `Sở TT&TT công bố kế hoạch chuyển đổi số ${stamp}`;
  const edited = `Sở TT&TT công bố kế hoạch chuyển đổi số năm 2026 (cập nhật) ${stamp}`;

  // The administrator writes and publishes an article (without review, with a reason).
  const adminContext = await newContext(browser, ADMIN_STATE);
  const admin = await adminContext.newPage();
  await admin.goto("/admin/news/new");
  await writeArticle(admin, { title, sapo: "Kế hoạch chuyển đổi số của tỉnh được công bố.", body: "Kế hoạch gồm ba nhóm nhiệm vụ chính." });
  const id = await saveNew(admin);
  await admin.getByText("Đăng ngay, không qua duyệt").click();
  const publish = admin.getByTestId("publish-without-review-form");
  await publish.locator("textarea[name=reason]").fill("Thông cáo báo chí đã được lãnh đạo Sở duyệt.");
  await publish.getByRole("button", { name: "Đăng ngay" }).click();
  await expect(admin.getByTestId("done-message")).toHaveText(/Đã đăng bài không qua duyệt/);
  const slugPath = (await admin.getByRole("link", { name: "Xem trên cổng ›" }).getAttribute("href"))!;

  // The editor edits the live article: the save becomes edition 2 and goes for review.
  const staff = await newContext(browser, STAFF_STATE);
  const page = await staff.newPage();
  await page.goto(`/admin/news/${id}`);
  await page.fill("input[name=title]", edited);
  await page.getByTestId("save-article").click();
  await expect(page.getByTestId("done-message")).toHaveText(/Đã lưu vào ấn bản mới/);
  await expect(page.getByTestId("edition-status")).toContainText("Bản nháp");
  await page.getByTestId("edition-submit").click();
  await expect(page.getByTestId("done-message")).toHaveText("Đã gửi duyệt ấn bản mới.");
  // The editor wrote this edition, so cannot approve it.
  await expect(page.getByTestId("edition-approve")).toHaveCount(0);
  const editionPreview = await mintPreviewLink(page);

  // Citizens still read the approved text; the edition's preview link shows the new one.
  const citizen = await newContext(browser);
  const reader = await citizen.newPage();
  await reader.goto(slugPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await reader.goto(editionPreview);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(edited);

  // The administrator approves the edition; citizens now read the new text; the history lists both editions.
  await admin.goto(`/admin/news/${id}`);
  await admin.getByTestId("edition-approve").click();
  await expect(admin.getByTestId("done-message")).toHaveText(/Đã duyệt và đăng ấn bản mới/);
  const rows = admin.getByTestId("editions").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Đã đăng");
  await expect(rows.nth(0)).toContainText(edited);
  await expect(rows.nth(1)).toContainText(title);
  await reader.goto(slugPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(edited);
  // The edition is live: its preview link is dead.
  await expectNotFound(reader, editionPreview);

  // The audit log names every step in words, news and editions included, never a bare code.
  await admin.goto("/admin/audit");
  await expect(admin.locator("td", { hasText: "Duyệt và đăng ấn bản mới" }).first()).toBeVisible();
  await expect(admin.locator("td", { hasText: "Đăng tin bài không qua duyệt" }).first()).toBeVisible();
  const unlabelled = await admin.locator("td:has(> code)").evaluateAll((cells) =>
    cells.filter((td) => td.firstChild?.textContent?.trim() === td.querySelector("code")?.textContent?.trim()).length,
  );
  expect(unlabelled).toBe(0);

  await Promise.all([staff.close(), citizen.close(), adminContext.close()]);
});

test("a scheduled article appears at /news by itself when its time comes", async ({ browser }) => {
  test.setTimeout(60_000);
  const title = `Thông báo lịch tiếp công dân tháng tới ${Date.now().toString(36)}`;

  const staff = await newContext(browser, STAFF_STATE);
  const page = await staff.newPage();
  await page.goto("/admin/news/new");
  await writeArticle(page, { title, sapo: "Lịch tiếp công dân định kỳ của lãnh đạo Sở.", body: "Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần." });
  const id = await saveNew(page);
  await page.getByTestId("submit-for-review").click();
  await expect(page.getByTestId("done-message")).toHaveText("Đã gửi duyệt.");

  // The administrator approves it for publication a few seconds from now: time enough to see it still
  // hidden; the e2e server's scheduler runs every 2 s (SCHEDULER_INTERVAL_SECONDS in playwright.config.ts).
  const adminContext = await newContext(browser, ADMIN_STATE);
  const admin = await adminContext.newPage();
  await admin.goto(`/admin/news/${id}`);
  await admin.getByText("Duyệt và hẹn giờ đăng").click();
  // On a whole second: the field holds seconds, so this is exactly the time the server is given.
  const at = new Date(Math.floor((Date.now() + 12_000) / 1000) * 1000);
  await admin.fill("input[name=scheduledAt]", vietnamLocal(at));
  await admin.getByTestId("schedule-submit").click();
  await expect(admin.getByTestId("done-message")).toHaveText("Đã hẹn giờ đăng.");
  await expect(admin.getByTestId("article-status")).toHaveText("Hẹn giờ đăng");
  await admin.goto("/admin/news/schedules");
  await expect(admin.getByTestId("pending-schedules")).toContainText(title);
  // Everyone leaves the admin: the server must publish it on its own.
  await Promise.all([staff.close(), adminContext.close()]);

  const citizen = await newContext(browser);
  const reader = await citizen.newPage();
  await reader.goto("/news");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  // That look must have come before the scheduled time, or it proves nothing.
  expect(Date.now(), "the article was checked hidden before its time").toBeLessThan(at.getTime());
  await expect
    .poll(
      async () => {
        await reader.goto("/news");
        return reader.getByRole("link", { name: title }).count();
      },
      { timeout: 25_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  await reader.getByRole("link", { name: title }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await citizen.close();
});

test.describe("without JavaScript", () => {
  test.use({ storageState: STAFF_STATE, javaScriptEnabled: false });

  test("the article form works as a plain form: errors beside fields, typed text kept, then saved", async ({ page }) => {
    await page.goto("/admin/news/new");
    // Without the editor, the body is a plain textarea (the only field named bodyHtml).
    await expect(page.locator("[name=bodyHtml]")).toHaveCount(1);
    await page.fill("textarea[name=sapo]", "Sapo đã gõ phải được giữ lại.");
    await page.fill("textarea[name=bodyHtml]", "<p>Nội dung gõ tay.</p><script>alert(1)</script>");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page.locator("#title-error")).toHaveText("Vui lòng nhập tiêu đề.");
    await expect(page.locator("#categoryId-error")).toHaveText("Vui lòng chọn chuyên mục.");
    await expect(page.locator("input[name=title]")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("textarea[name=sapo]")).toHaveValue("Sapo đã gõ phải được giữ lại.");
    await expect(page.locator("textarea[name=bodyHtml]")).toHaveValue(/Nội dung gõ tay/);

    const title = `Tin soạn không cần JavaScript ${Date.now().toString(36)}`;
    await page.fill("input[name=title]", title);
    await page.selectOption("select[name=categoryId]", { label: CATEGORY });
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.waitForURL(/\/admin\/news\/\d+\?ok=created/);
    await expect(page.locator("textarea[name=bodyHtml]")).toHaveValue("<p>Nội dung gõ tay.</p>");
    await expect(page.locator("input[name=title]")).toHaveValue(title);

    // The workflow buttons are plain forms too (and <details> opens without script); a refusal comes back as text.
    await page.getByText("Đăng ngay, không qua duyệt").click();
    await page.getByRole("button", { name: "Đăng ngay", exact: true }).click();
    await expect(page.locator("#skip-reason-error")).toBeVisible();
    await expect(page.locator("#skip-reason-error")).toHaveText("Vui lòng nêu lý do đăng không qua duyệt (ít nhất 10 ký tự).");
    await page.getByTestId("submit-for-review").click();
    await expect(page.getByTestId("done-message")).toHaveText("Đã gửi duyệt.");
    await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");
  });
});

test("the newsroom pages have no WCAG 2.1 A/AA violations", async ({ browser }) => {
  const staff = await newContext(browser, STAFF_STATE);
  const page = await staff.newPage();
  // A draft of its own, with a preview link minted (the panel then lists it).
  await page.goto("/admin/news/new");
  await writeArticle(page, { title: `Bản nháp kiểm tra trợ năng ${Date.now().toString(36)}`, sapo: "Sapo kiểm tra.", body: "Nội dung kiểm tra." });
  const edit = `/admin/news/${await saveNew(page)}`;
  const preview = await mintPreviewLink(page);
  const scan = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const details = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
    expect(violations.map((v) => v.id), `axe violations on ${label}:\n${details}`).toEqual([]);
  };
  // The panel as it is right after minting, with the new address shown.
  await scan(`${edit} (link minted)`);
  for (const path of ["/admin/news", "/admin/news/new", edit, `${edit}/preview`, "/admin/news/schedules", preview]) {
    await page.goto(path);
    // The editor has started (client component), so its toolbar is scanned too.
    if (path === "/admin/news/new" || path === edit) await expect(page.getByRole("toolbar", { name: "Định dạng nội dung" })).toBeVisible();
    await scan(path);
  }
  await staff.close();
});
