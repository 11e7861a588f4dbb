// A citizen, with JavaScript off, finds a procedure by typing without diacritics, filters the catalogue by
// level 3, opens a procedure, reads its documents and downloads a form file; an administrator imports a CSV
// with a bad row (sees "Dòng N"), fixes it, previews and applies it; staff cannot import; the catalogue and a
// procedure page pass axe's WCAG 2.1 A/AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, STAFF_STATE, STACK_TRACE } from "./support";

const PRINTING = { code: "9.990202", name: "Cấp giấy phép hoạt động in (địa phương)" };
const cards = (page: Page) => page.locator("main article[data-testid=procedure-card]");

test.describe("a citizen without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("finds a procedure typed without diacritics, filters by level 3, opens it and downloads a form @smoke", async ({ page }) => {
    await page.goto("/services");
    await page.getByLabel("Tên hoặc mã thủ tục").fill("cap giay phep hoat dong in");
    await page.getByRole("button", { name: "Tìm thủ tục" }).click();
    await page.waitForURL((u) => u.pathname === "/services" && u.searchParams.get("q") === "cap giay phep hoat dong in");
    await expect(cards(page).first().locator("h2 a")).toHaveText(PRINTING.name);

    await page.goto("/services");
    await page.getByLabel("Mức độ").selectOption("3");
    await page.getByRole("button", { name: "Tìm thủ tục" }).click();
    await page.waitForURL((u) => u.searchParams.get("level") === "3");
    await expect(page.getByTestId("catalogue-count")).toContainText("Mức độ 3 / Một phần");
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await expect(cards(page).nth(i)).toContainText("Mức độ 3 / Một phần");

    await cards(page).getByRole("link", { name: PRINTING.name }).click();
    await expect(page).toHaveURL(`/services/${PRINTING.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PRINTING.name);
    await expect(page.getByText("Dữ liệu mẫu – mã thủ tục")).toBeVisible();
    await expect(page.getByTestId("procedure-summary")).toContainText("Mức độ 3 / Một phần");
    await expect(page.getByTestId("apply-online")).toHaveAttribute("href", `/services/${PRINTING.code}/apply`);
    await expect(page.getByTestId("national-portal")).toHaveAttribute("href", /^https:\/\/dichvucong\.gov\.vn\//);
    const rows = page.getByTestId("document-row");
    await expect(rows.first()).toContainText("Đơn đề nghị cấp giấy phép hoạt động in");
    expect(await rows.count()).toBeGreaterThanOrEqual(3);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("form-download").first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const body = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(body).subarray(0, 2).toString()).toBe("PK");
  });

});

// FIXME: with JavaScript off this 404 (like /news/<unknown>) has an empty body: Next 16 renders notFound() of an
// ISR route with dynamicParams only into the RSC payload (vercel/next.js#95613). Status and text are checked here
// with JavaScript on, as e2e/bad-input.spec.ts does for articles.
test("an unknown or malformed code gets the Vietnamese 404", async ({ page, request }) => {
  for (const path of ["/services/9.999999", "/services/khong-phai-ma"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    expect(await page.content()).not.toMatch(STACK_TRACE);
  }
  const file = await request.get("/services/9.990202/forms/00000000-0000-4000-8000-000000000000");
  expect(file.status()).toBe(404);
  expect(await file.text()).toContain("Không tìm thấy mẫu đơn");
});

function csv(rows: string[][]): string {
  const header = "code,name,field,level,agency,subjects,steps,channels,documents,processing_days,fees,result,conditions,legal_basis";
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((r) => r.map(q).join(","))].join("\r\n") + "\r\n";
}

test.describe("an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("imports a CSV: sees the bad row named, fixes it, previews and applies it", async ({ page }) => {
    const stamp = String(Date.now()).slice(-6);
    const name = `Thủ tục nhập thử e2e ${stamp}`;
    const row = (code: string, level: string, title: string) => [
      code,
      title,
      "Bưu chính",
      level,
      "Sở Thông tin và Truyền thông",
      "Doanh nghiệp",
      "Nộp hồ sơ\nThẩm định\nTrả kết quả",
      "Trực tiếp | 10 ngày làm việc | Không",
      "Đơn đề nghị (theo mẫu) | 1 | 0\nBản sao giấy phép | 0 | 1",
      "10",
      "Không",
      "Giấy xác nhận",
      "",
      "49/2010/QH12 | Luật Bưu chính | 01/01/2011",
    ];
    const upload = async (text: string) => {
      await page.getByLabel("Tệp danh mục (CSV hoặc JSON)").setInputFiles({ name: "danh-muc.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
      await page.getByRole("button", { name: "Xem trước" }).click();
    };

    await page.goto("/admin/services/import");
    await upload(csv([row(`7.${stamp}`, "2", name), row(`7.${stamp}1`, "bốn", `${name} (b)`)]));
    await expect(page.getByTestId("import-row-error")).toHaveText([/^Dòng 3 .*cột “level”: mức độ phải là 1, 2 hoặc 3/]);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);

    await upload(csv([row(`7.${stamp}`, "2", name), row(`7.${stamp}1`, "3", `${name} (b)`)]));
    await expect(page.getByTestId("import-counts")).toContainText("2 thủ tục: 2 mới, 0 thay đổi, 0 không đổi.");
    await expect(page.getByTestId("import-plan-row")).toHaveCount(2);
    await page.getByRole("button", { name: "Nhập vào danh mục" }).click();
    await expect(page.getByTestId("import-flash")).toContainText("Đã nhập vào danh mục: 2 thủ tục mới, 0 cập nhật, 0 không đổi.");

    // Citizens find it at once: the cached catalogue was refreshed.
    await page.goto(`/services?field=buu-chinh&level=3`);
    await expect(cards(page).getByRole("link", { name: `${name} (b)` })).toBeVisible();
    await page.goto(`/services/7.${stamp}1`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} (b)`);

    // The same file again changes nothing.
    await page.goto("/admin/services/import");
    await upload(csv([row(`7.${stamp}`, "2", name), row(`7.${stamp}1`, "3", `${name} (b)`)]));
    await expect(page.getByTestId("import-counts")).toContainText("0 mới, 0 thay đổi, 2 không đổi.");
  });
});

test.describe("a staff member", () => {
  test.use({ storageState: STAFF_STATE });

  test("manages procedures but may not import", async ({ page }) => {
    await page.goto("/admin/services");
    await expect(page.getByRole("heading", { name: "Thủ tục hành chính" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nhập từ tệp" })).toHaveCount(0);
    const res = await page.goto("/admin/services/import");
    expect(res?.status()).toBe(403);
  });
});

test.describe("a staff member without JavaScript", () => {
  test.use({ storageState: STAFF_STATE, javaScriptEnabled: false });

  test("adds a procedure (an error beside its field first), attaches a form file, hides and shows it", async ({ page }) => {
    const code = `6.${String(Date.now()).slice(-6)}`;
    const name = `Thủ tục thêm thử e2e ${code}`;
    await page.goto("/admin/services/new");
    await page.getByLabel("Mã thủ tục").fill("khong hop le");
    await page.getByLabel("Tên thủ tục").fill(name);
    await page.getByLabel("Thời hạn giải quyết (ngày làm việc)").fill("12");
    await page.getByLabel("Lĩnh vực").selectOption({ label: "Bưu chính" });
    await page.getByLabel("Cơ quan thực hiện").selectOption({ label: "Sở Thông tin và Truyền thông" });
    await page.getByLabel("Mức độ").selectOption("3");
    await page.locator("#steps-0-text").fill("Nộp hồ sơ tại Bộ phận một cửa");
    await page.locator("#documents-0-name").fill("Đơn đề nghị (theo mẫu)");
    await page.locator("#legalBasis-0-number").fill("49/2010/QH12");
    await page.locator("#legalBasis-0-effectiveDate").fill("01/01/2011");
    await page.getByRole("button", { name: "Lưu thủ tục" }).click();
    await expect(page.locator("[data-field-error=code]")).toContainText("Mã thủ tục gồm các nhóm chữ số");
    // Everything typed is still there, the lists too.
    await expect(page.locator("#documents-0-name")).toHaveValue("Đơn đề nghị (theo mẫu)");

    await page.getByLabel("Mã thủ tục").fill(code);
    await page.getByRole("button", { name: "Lưu thủ tục" }).click();
    await expect(page.getByTestId("procedure-flash")).toHaveText("Đã thêm thủ tục.");

    const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
    await page.getByLabel("Tải mẫu cho “Đơn đề nghị (theo mẫu)”").setInputFiles({ name: "don-de-nghi.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Tải lên mẫu Đơn đề nghị (theo mẫu)" }).click();
    await expect(page.getByTestId("procedure-flash")).toHaveText("Đã tải mẫu đơn, tờ khai lên.");

    await page.goto(`/services/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByTestId("form-download")).toContainText("PDF");

    await page.goto("/admin/services?q=" + encodeURIComponent(code));
    await page.getByRole("link", { name }).click();
    await page.getByRole("button", { name: `Ẩn khỏi cổng thủ tục ${name}` }).click();
    await expect(page.getByTestId("procedure-visibility")).toHaveText("Đang ẩn");
    expect((await page.request.get(`/services/${code}`)).status()).toBe(404);
    await page.getByRole("button", { name: `Hiện trên cổng thủ tục ${name}` }).click();
    await expect(page.getByTestId("procedure-visibility")).toHaveText("Đang hiện trên cổng");
    expect((await page.request.get(`/services/${code}`)).status()).toBe(200);
  });
});

for (const path of ["/services", `/services/${PRINTING.code}`]) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const details = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(" ")}`).join("\n")}`).join("\n");
    expect(violations.map((v) => v.id), details).toEqual([]);
  });
}
