// The staff member's media library (/admin/media) and categories (/admin/categories): uploading a real
// image with its alt text, caption and credit; refusals in Vietnamese beside the field (a fake .png, a
// missing alt, an oversized file), with and without JavaScript; the stored file served with a year-long
// immutable cache and its real type; editing, the delete guard for images in use; categories created,
// renamed, deleted, and the guard for categories holding articles. (A 2 MB upload is timed by npm run bench.)
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "./fixtures";
import { noisePng } from "../tests/helpers/images";
import { STACK_TRACE, STAFF_STATE } from "./support";

test.use({ storageState: STAFF_STATE });

const HTML_AS_PNG = Buffer.from("<!doctype html><html><body><h1>Không phải ảnh</h1><script>alert(1)</script></body></html>");

async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = "image/png") {
  await page.setInputFiles("input[name=file]", { name, mimeType, buffer });
}

/** Opens a category's "Sửa hoặc xóa" disclosure (it may still be open from before a redirect). */
async function openDetails(item: Locator) {
  const details = item.locator("details");
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator("summary").click();
}

async function libraryTotal(page: Page): Promise<number> {
  const text = (await page.locator("#library-heading").textContent()) ?? "";
  return Number(/\(([\d.]+)\)/.exec(text)?.[1].replace(/\./g, "") ?? NaN);
}

/** Uploads through the form and returns the new image's id (from the address after the redirect). */
async function upload(page: Page, file: { name: string; buffer: Buffer }, text: { altText: string; caption?: string; credit?: string }): Promise<string> {
  await page.goto("/admin/media");
  await chooseFile(page, file.name, file.buffer);
  await page.fill("input[name=altText]", text.altText);
  if (text.caption) await page.fill("textarea[name=caption]", text.caption);
  if (text.credit) await page.fill("input[name=credit]", text.credit);
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await page.waitForURL(/\/admin\/media\?tai-len=/);
  await expect(page.getByTestId("media-flash")).toHaveText("Đã tải ảnh lên thư viện.");
  return new URL(page.url()).searchParams.get("tai-len")!;
}

test.describe("media library", () => {
  test("staff uploads a real PNG with alt, caption and credit and sees it in the library @smoke", async ({ page }) => {
    const png = noisePng(64, 48);
    const text = { altText: "Toàn cảnh hội nghị triển khai nhiệm vụ năm 2014", caption: "Quang cảnh hội nghị sáng 02/01/2014", credit: "N.Hồng – Sở TTTT" };
    const id = await upload(page, { name: "hoi-nghi.png", buffer: png }, text);

    const item = page.locator(`[data-testid=media-item][data-media-id="${id}"]`);
    await expect(item.getByTestId("media-alt")).toHaveText(text.altText);
    await expect(item.getByTestId("media-caption")).toHaveText(text.caption);
    await expect(item.getByTestId("media-credit")).toHaveText(text.credit);
    await expect(item).toContainText("hoi-nghi.png · PNG");
    await expect(item).toContainText("64×48");
    const img = item.locator("img");
    await expect(img).toHaveAttribute("src", `/media/${id}`);
    await expect(img).toHaveAttribute("alt", text.altText);
    await expect(img).toHaveAttribute("width", "64");
    await expect(img).toHaveAttribute("height", "48");
    await expect(img).toHaveAttribute("loading", "lazy");
    // The thumbnail really loads.
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);

    // The stored file: same bytes, its real type, cached for a year and never sniffed.
    const res = await page.request.get(`/media/${id}`);
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-type"]).toBe("image/png");
    expect(h["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["etag"]).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Buffer.from(await res.body()).equals(png)).toBe(true);
    const again = await page.request.get(`/media/${id}`, { headers: { "If-None-Match": h["etag"] } });
    expect(again.status()).toBe(304);
  });

  test("a file named x.png that is really HTML is refused in Vietnamese beside the file field", async ({ page }) => {
    await page.goto("/admin/media");
    const before = await libraryTotal(page);
    await chooseFile(page, "x.png", HTML_AS_PNG);
    await page.fill("input[name=altText]", "Ảnh giả");
    await page.fill("input[name=credit]", "Không rõ");
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();

    const error = page.locator("#file-error");
    await expect(error).toContainText("Tệp “x.png” không phải ảnh JPEG, PNG, WebP hoặc GIF");
    await expect(page.locator("#file")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#file")).toHaveAttribute("aria-describedby", /file-error/);
    await expect(page.getByTestId("upload-message")).toContainText("Vui lòng kiểm tra lại");
    // What was typed is kept; nothing was stored.
    await expect(page.locator("input[name=altText]")).toHaveValue("Ảnh giả");
    await expect(page.locator("input[name=credit]")).toHaveValue("Không rõ");
    await page.goto("/admin/media");
    expect(await libraryTotal(page)).toBe(before);
  });

  test("an upload without alt text shows the message beside the alt field", async ({ page }) => {
    await page.goto("/admin/media");
    const before = await libraryTotal(page);
    await chooseFile(page, "anh.png", noisePng(8, 8));
    await page.fill("textarea[name=caption]", "Chú thích vẫn được giữ");
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();

    const error = page.locator("#altText-error");
    await expect(error).toHaveText(/^Vui lòng nhập mô tả ảnh \(alt\)/);
    const alt = page.locator("#altText");
    await expect(alt).toHaveAttribute("aria-invalid", "true");
    await expect(alt).toHaveAttribute("aria-describedby", /altText-error/);
    await expect(page.locator("#file-error")).toHaveCount(0);
    await expect(page.locator("textarea[name=caption]")).toHaveValue("Chú thích vẫn được giữ");
    await page.goto("/admin/media");
    expect(await libraryTotal(page)).toBe(before);
  });

  test("an SVG is refused", async ({ page }) => {
    await page.goto("/admin/media");
    await chooseFile(page, "logo.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "image/svg+xml");
    await page.fill("input[name=altText]", "Logo");
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.locator("#file-error")).toContainText("ảnh SVG");
  });

  test("a file over 10 MB is stopped before sending, with the limit beside the field", async ({ page }) => {
    await page.goto("/admin/media");
    await chooseFile(page, "lon.png", Buffer.concat([noisePng(4, 4), Buffer.alloc(10 * 1024 * 1024)]));
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.locator("#file-error")).toContainText("Dung lượng tối đa là 10 MB");
    await expect(page.locator("#altText-error")).toContainText("Vui lòng nhập mô tả ảnh (alt)");
  });

  test("editing alt, caption and credit; an image used by an article cannot be deleted; an unused one can", async ({ page }) => {
    const id = await upload(page, { name: "xoa.png", buffer: noisePng(10, 10) }, { altText: "Ảnh sẽ bị xóa" });
    await page.goto(`/admin/media/${id}`);
    await page.fill("#altText", "");
    await page.getByRole("button", { name: "Lưu mô tả" }).click();
    await expect(page.locator("#altText-error")).toContainText("Vui lòng nhập mô tả ảnh (alt)");
    await page.fill("#altText", "Mô tả đã sửa");
    await page.fill("#caption", "Chú thích đã sửa");
    await page.getByRole("button", { name: "Lưu mô tả" }).click();
    await expect(page.getByTestId("media-flash")).toHaveText("Đã lưu mô tả ảnh.");
    await expect(page.locator("#altText")).toHaveValue("Mô tả đã sửa");

    // The reference article's photos are in use: deleting one is refused with the reason.
    await page.goto("/admin/media");
    const used = page.locator("[data-testid=media-item]", { hasText: "1 tin bài" }).first();
    const usedId = await used.getAttribute("data-media-id");
    await page.goto(`/admin/media/${usedId}`);
    await expect(page.getByTestId("media-usage")).toContainText("Nghệ An: Triển khai nhiệm vụ");
    await page.getByRole("button", { name: "Xóa ảnh" }).click();
    await expect(page.getByTestId("media-delete-message")).toContainText("Không thể xóa: ảnh đang được dùng trong 1 tin bài");
    expect((await page.request.get(`/media/${usedId}`)).status()).toBe(200);

    // The unused one goes, after the confirmation.
    await page.goto(`/admin/media/${id}`);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Xóa ảnh" }).click();
    await page.waitForURL(/\/admin\/media\?da-xoa=1/);
    await expect(page.getByTestId("media-flash")).toHaveText("Đã xóa ảnh khỏi thư viện.");
    await expect(page.locator(`[data-media-id="${id}"]`)).toHaveCount(0);
    expect((await page.request.get(`/media/${id}`)).status()).toBe(404);
  });

  test("malformed and unknown image addresses answer 404, not an error", async ({ request }) => {
    for (const path of ["/media/------------------------------------", "/media/00000000-0000-4000-8000-000000000000", "/media/abc"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text()).not.toMatch(STACK_TRACE);
    }
  });
});

test.describe("accessibility", () => {
  async function violations(page: Page): Promise<string[]> {
    const { violations: found } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  test("library, image and category pages (also with field errors shown) have no WCAG 2.1 A/AA violations", async ({ page }) => {
    await page.goto("/admin/media");
    expect(await violations(page), "/admin/media").toEqual([]);
    await chooseFile(page, "x.png", HTML_AS_PNG);
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.locator("#file-error")).toBeVisible();
    expect(await violations(page), "/admin/media with errors").toEqual([]);

    const id = await page.locator("[data-testid=media-item]").first().getAttribute("data-media-id");
    await page.goto(`/admin/media/${id}`);
    expect(await violations(page), "/admin/media/[id]").toEqual([]);

    await page.goto("/admin/categories");
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.locator("#new-name-error")).toBeVisible();
    expect(await violations(page), "/admin/categories with errors").toEqual([]);
  });
});

test.describe("media library without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("uploads, and refuses a fake image beside the field", async ({ page }) => {
    const id = await upload(page, { name: "khong-js.png", buffer: noisePng(12, 9) }, { altText: "Ảnh tải lên khi tắt JavaScript", credit: "Sở TTTT" });
    await expect(page.locator(`[data-media-id="${id}"]`).getByTestId("media-credit")).toHaveText("Sở TTTT");

    await page.goto("/admin/media");
    await chooseFile(page, "x.png", HTML_AS_PNG);
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.locator("#file-error")).toContainText("không phải ảnh JPEG, PNG, WebP hoặc GIF");
    await expect(page.locator("#altText-error")).toContainText("Vui lòng nhập mô tả ảnh (alt)");
  });

  test("a file just under 10 MB is accepted; one just over gets the library's own refusal", async ({ page }) => {
    test.setTimeout(90_000);
    // Real PNGs of noise: 1 800 × 1 900 × 3 ≈ 9,8 MiB; 1 900 × 1 900 × 3 ≈ 10,3 MiB.
    const under = noisePng(1800, 1900);
    const over = noisePng(1900, 1900);
    expect(under.length).toBeLessThan(10 * 1024 * 1024);
    expect(over.length).toBeGreaterThan(10 * 1024 * 1024);
    const id = await upload(page, { name: "gan-10mb.png", buffer: under }, { altText: "Ảnh gần 10 MB" });
    const res = await page.request.get(`/media/${id}`);
    expect(Buffer.from(await res.body()).equals(under)).toBe(true);

    await page.goto("/admin/media");
    await chooseFile(page, "qua-10mb.png", over);
    await page.fill("input[name=altText]", "Ảnh quá 10 MB");
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.locator("#file-error")).toContainText("Tệp “qua-10mb.png” quá lớn (10,3 MB)");
    await expect(page.locator("#file-error")).toContainText("Dung lượng tối đa là 10 MB");
    await expect(page.locator("body")).not.toContainText(STACK_TRACE);
  });

  test("a post beyond the request limit (36 MB) gets a Vietnamese page, not a bare server error", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/admin/media");
    // Only the size matters: Next would cut this body at its limit and fail with "Internal Server Error".
    await chooseFile(page, "qua-lon.png", Buffer.concat([noisePng(4, 4), Buffer.alloc(37 * 1024 * 1024)]));
    await page.fill("input[name=altText]", "Ảnh quá lớn");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Tải ảnh lên" }).click(),
    ]);
    expect(response.status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu gửi lên quá lớn");
    await expect(page.locator("body")).toContainText("tối đa 36 MB cho một lần gửi");
    await expect(page.locator("body")).not.toContainText("Internal Server Error");
  });
});

test.describe("categories", () => {
  test("staff adds, renames and deletes a category; one holding articles cannot be deleted", async ({ page }) => {
    await page.goto("/admin/categories");
    await page.fill("#new-name", "Chuyển đổi số");
    await page.fill("#new-description", "Tin về chuyển đổi số của tỉnh");
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.getByTestId("categories-flash")).toHaveText("Đã thêm chuyên mục.");
    const item = page.locator('[data-testid=category-item][data-slug="chuyen-doi-so"]');
    await expect(item).toContainText("Chuyển đổi số");
    await expect(item).toContainText("0 tin bài");

    // The reserved "all" and a duplicate are refused beside the fields.
    await page.fill("#new-name", "Tất cả tin");
    await page.fill("#new-slug", "all");
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.locator("#new-slug-error")).toContainText("dành riêng");
    await page.fill("#new-name", "chuyển đổi số");
    await page.fill("#new-slug", "");
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.locator("#new-name-error")).toContainText("Đã có chuyên mục");

    // Rename: the address stays.
    await page.goto("/admin/categories");
    await openDetails(item);
    await item.getByLabel("Tên chuyên mục").fill("Chuyển đổi số tỉnh Nghệ An");
    await item.getByRole("button", { name: "Lưu chuyên mục" }).click();
    await expect(page.getByTestId("categories-flash")).toHaveText("Đã lưu chuyên mục.");
    await expect(item).toContainText("Chuyển đổi số tỉnh Nghệ An");

    // The seeded "Thông báo" holds articles: refused with the reason.
    const notices = page.locator('[data-testid=category-item][data-slug="thong-bao"]');
    await openDetails(notices);
    await notices.getByRole("button", { name: /Xóa chuyên mục/ }).click();
    await expect(page.getByTestId(`delete-category-message-${await notices.locator("input[name=id]").first().inputValue()}`)).toContainText(
      "Không thể xóa chuyên mục “Thông báo”",
    );

    // The new, empty one goes.
    await openDetails(item);
    page.once("dialog", (d) => d.accept());
    await item.getByRole("button", { name: /Xóa chuyên mục/ }).click();
    await expect(page.getByTestId("categories-flash")).toHaveText("Đã xóa chuyên mục.");
    await expect(page.locator('[data-testid=category-item][data-slug="chuyen-doi-so"]')).toHaveCount(0);
  });
});
