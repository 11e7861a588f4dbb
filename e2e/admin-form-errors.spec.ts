// Bad input in an admin form, as the form kit shows it: each message beside its field (the control marked
// invalid and pointing at it) and again in the error summary at the top of the form, whose links lead to
// the fields. Without JavaScript (plain form posts) and, for focus handling, with it.
import { test, expect, type Page } from "./fixtures";
import { ADMIN_STATE } from "./support";

test.use({ storageState: ADMIN_STATE });

async function sendBadNewAccount(page: Page) {
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user-form");
  await form.locator("input[name=email]").fill("khong-phai-email");
  await form.locator("input[name=name]").fill("Nguyễn Văn Thử Lỗi");
  await form.locator("input[name=password]").fill("ngan");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  return form;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new-account form lists each error beside its field and in the summary, linked to the field", async ({ page }) => {
    const form = await sendBadNewAccount(page);
    const expected = [
      { id: "new-email", name: "email", message: "Email không hợp lệ." },
      { id: "new-password", name: "password", message: "Mật khẩu phải có ít nhất 12 ký tự." },
    ];

    const summary = form.getByTestId("error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText(expected.map((e) => e.message));
    // The summary sits at the top of the form, above the first field.
    const summaryBox = (await summary.boundingBox())!;
    const firstField = (await form.locator("#new-email").boundingBox())!;
    expect(summaryBox.y).toBeLessThan(firstField.y);
    // Without JavaScript the browser's autofocus puts the keyboard on it.
    await expect(summary).toBeFocused();

    for (const e of expected) {
      const control = form.locator(`#${e.id}`);
      await expect(control).toHaveAttribute("name", e.name);
      await expect(control).toHaveAttribute("aria-invalid", "true");
      await expect(control).toHaveAttribute("aria-describedby", new RegExp(`\\b${e.id}-error\\b`));
      await expect(form.locator(`#${e.id}-error`)).toHaveText(e.message);
      await expect(summary.getByRole("link", { name: e.message })).toHaveAttribute("href", `#${e.id}`);
    }
    // The name was fine: no error beside it, and not in the summary.
    await expect(form.locator("#new-name")).not.toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#new-name-error")).toHaveCount(0);

    // Following a link goes to its field.
    await summary.getByRole("link", { name: expected[1].message }).click();
    await expect(page).toHaveURL(/#new-password$/);
  });

  test("a category with an empty name: the error beside the name and in the summary", async ({ page }) => {
    await page.goto("/admin/categories");
    const form = page.getByTestId("create-category-form");
    await form.getByRole("button", { name: "Thêm chuyên mục" }).click();

    const error = form.locator("#new-name-error");
    await expect(error).toBeVisible();
    const message = (await error.textContent())!.trim();
    expect(message.length).toBeGreaterThan(0);
    await expect(form.locator("#new-name")).toHaveAttribute("aria-invalid", "true");
    const link = form.getByTestId("error-summary").getByRole("link", { name: message });
    await expect(link).toHaveAttribute("href", "#new-name");
    // Only the form that was sent shows a summary.
    await expect(page.getByTestId("error-summary")).toHaveCount(1);
  });
});

test("with JavaScript, the summary takes the focus and its link moves the focus to the field", async ({ page }) => {
  const form = await sendBadNewAccount(page);
  const summary = form.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Email không hợp lệ." }).click();
  await expect(form.locator("#new-email")).toBeFocused();

  // A second bad attempt brings the focus back to the summary.
  await form.locator("#new-password").fill("van-ngan");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(summary).toBeFocused();
});
