// Signs in once per run as the demo administrator and the demo editor and saves their cookies.
import { expect, test as setup } from "./fixtures";
import { ADMIN, ADMIN_STATE, STAFF, STAFF_STATE } from "./support";

for (const [who, account, file] of [
  ["administrator", ADMIN, ADMIN_STATE],
  ["editor", STAFF, STAFF_STATE],
] as const) {
  setup(`sign in as the demo ${who}`, async ({ page }) => {
    await page.goto("/login");
    await page.fill("input[name=email]", account.email);
    await page.fill("input[name=password]", account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL("**/admin");
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: file });
  });
}
