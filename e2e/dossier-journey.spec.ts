// The online dossier journey (issue 8): a citizen with JavaScript OFF submits a level-3 dossier with files and
// gets a code and a receipt; staff (signed in) accept it and ask for a supplement; the citizen reads the link on
// the tracking page and uploads it; staff process, finish and return the result; the citizen tracks it, sees the
// timeline (and not the internal note) and rates it; /statistics counts it.
import { test, expect, type Page } from "./fixtures";
import { STAFF_STATE } from "./support";

// A sample level-3 procedure with two documents that no other spec submits to.
const PROCEDURE = { code: "9.990209", field: "xuat-ban-in-va-phat-hanh" };
const DOCS = ["Tờ khai đăng ký sử dụng máy photocopy màu (theo mẫu)", "Bản sao hóa đơn hoặc giấy tờ chứng minh nguồn gốc máy"];
const PHONE = "0912 345 678";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: PDF });

const INTERNAL_NOTE = "Ghi chú nội bộ: đối chiếu hóa đơn với sổ thiết bị.";
const SUPPLEMENT_NOTE = "Vui lòng bổ sung bản sao hóa đơn mua máy rõ nét hơn.";
const RESULT_NOTE = "Đã cấp giấy xác nhận đăng ký, mời nhận tại bộ phận một cửa.";

/** This month in Vietnam, as the statistics filter names it. */
function vietnamMonth(): string {
  const p = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit" }).formatToParts(new Date());
  return `${p.find((x) => x.type === "year")!.value}-${p.find((x) => x.type === "month")!.value}`;
}

async function statisticsTotals(page: Page): Promise<{ received: number; rated: string }> {
  const res = await page.goto(`/statistics?field=${PROCEDURE.field}&month=${vietnamMonth()}`);
  expect(res?.status()).toBe(200);
  const total = page.getByTestId("statistics-total");
  if (!(await total.count())) return { received: 0, rated: "—" };
  const received = Number((await total.locator('[data-stat="received"]').textContent())!.replace(/\./g, ""));
  return { received, rated: (await total.locator('[data-stat="satisfaction"]').textContent()) ?? "" };
}

/** Opens a step's folded form on the staff page, writes its note and submits; waits for the saved message. */
async function takeStep(page: Page, step: string, note?: string, internal = false) {
  const box = page.getByTestId(`step-${step}`);
  await box.locator("summary").click();
  if (note !== undefined) await box.locator("textarea[name=note]").fill(note);
  if (internal) await box.getByLabel("Chỉ nội bộ").check();
  await box.getByTestId(`step-submit-${step}`).click();
  await expect(page.getByTestId("dossier-flash")).toContainText("Đã lưu bước");
}

test("a citizen without JavaScript submits, supplements, tracks and rates a dossier that staff process", async ({ browser }) => {
  test.setTimeout(90_000);
  const citizen = await (await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } })).newPage();
  const staff = await (await browser.newContext({ storageState: STAFF_STATE })).newPage();
  const before = await statisticsTotals(citizen);

  // The procedure page leads to the form.
  await citizen.goto(`/services/${PROCEDURE.code}`);
  await citizen.getByTestId("apply-online").click();
  await expect(citizen).toHaveURL(new RegExp(`/services/${PROCEDURE.code.replace(".", "\\.")}/apply$`));

  // A first post without consent and files comes back with the errors and what was typed.
  await citizen.getByLabel("Họ và tên").fill("Nguyễn Văn An");
  await citizen.getByLabel("Số định danh cá nhân (CCCD)").fill("040123456789");
  await citizen.getByLabel("Số điện thoại").fill(PHONE);
  await citizen.getByLabel("Email").fill("an.nguyen@example.com");
  await citizen.getByLabel("Địa chỉ liên hệ").fill("Số 1 đường Lê Lợi, TP Vinh, Nghệ An");
  await citizen.getByTestId("submit-dossier").click();
  await expect(citizen.getByTestId("error-summary")).toBeVisible();
  await expect(citizen.getByTestId("error-summary")).toContainText("Nghị định 13/2023");
  await expect(citizen.getByLabel("Họ và tên")).toHaveValue("Nguyễn Văn An");

  // Now with consent and one file per document.
  await citizen.getByLabel(DOCS[0]!).setInputFiles(pdf("to-khai.pdf"));
  await citizen.getByLabel(DOCS[1]!).setInputFiles(pdf("hoa-don.pdf"));
  await citizen.getByLabel("Tôi đồng ý cho cơ quan giải quyết xử lý dữ liệu cá nhân của tôi để giải quyết hồ sơ này").check();
  await citizen.getByTestId("submit-dossier").click();
  await citizen.waitForURL(/\/track\/receipt\//);
  const code = (await citizen.getByTestId("receipt-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
  await expect(citizen.getByTestId("receipt-procedure")).toContainText("photocopy màu");
  await expect(citizen.getByTestId("receipt-due")).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(citizen.getByTestId("receipt-qr").locator("svg")).toHaveCount(1);
  await expect(citizen.getByTestId("receipt-documents").locator("li")).toHaveCount(2);
  const receiptUrl = citizen.url();
  const receipt = await citizen.request.get(receiptUrl);
  expect(receipt.headers()["cache-control"]).toMatch(/no-store/);
  expect(receipt.headers()["cache-control"]).toMatch(/private/);

  // Staff see it counted on the admin home, find it in the queue (filtered by status), accept it (with an internal note) and ask for a supplement of the second paper.
  await staff.goto("/admin");
  expect(Number(await staff.getByTestId("dossiers-submitted").textContent())).toBeGreaterThanOrEqual(1);
  await staff.getByRole("link", { name: "Mới đăng ký, chờ tiếp nhận" }).click();
  await expect(staff.getByTestId("queue-row").filter({ hasText: code })).toHaveCount(1);
  await staff.goto(`/admin/dossiers?q=${encodeURIComponent(code)}`);
  await expect(staff.getByTestId("queue-row")).toHaveCount(1);
  await staff.getByRole("link", { name: code }).click();
  await expect(staff.getByTestId("dossier-code")).toHaveText(code);
  await expect(staff.getByTestId("dossier-file")).toHaveCount(2);
  await takeStep(staff, "accept", INTERNAL_NOTE, true);
  await expect(staff.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  const box = staff.getByTestId("step-request_supplement");
  await box.locator("summary").click();
  await box.locator("textarea[name=note]").fill(SUPPLEMENT_NOTE);
  await box.getByLabel(DOCS[1]!).check();
  await box.getByTestId("step-submit-request_supplement").click();
  await expect(staff.getByTestId("dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");

  // The citizen tracks it: a wrong phone finds nothing, the right one shows the request and its link.
  await citizen.goto(`/track?code=${encodeURIComponent(code)}`);
  await expect(citizen.getByLabel("Mã hồ sơ")).toHaveValue(code);
  await citizen.getByLabel("Số điện thoại").fill("0987 654 321");
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByTestId("track-not-found")).toHaveText(/^Không tìm thấy hồ sơ/);
  await expect(citizen.getByTestId("track-result")).toHaveCount(0);
  await citizen.getByLabel("Số điện thoại").fill(PHONE);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");
  await expect(citizen.getByTestId("track-supplement")).toContainText(SUPPLEMENT_NOTE);
  expect(new URL(citizen.url()).search).not.toContain("0912");
  const link = await citizen.getByTestId("supplement-link").getAttribute("href");
  expect(link).toMatch(/^\/track\/bo-sung\/\d+\.[A-Za-z0-9_-]{43}$/);

  // …and uploads the paper through the link, which then no longer works.
  await citizen.goto(link!);
  await expect(citizen.getByTestId("supplement-request")).toHaveText(SUPPLEMENT_NOTE);
  await citizen.getByLabel(DOCS[1]!).setInputFiles(pdf("hoa-don-ro-net.pdf"));
  await citizen.getByTestId("submit-supplement").click();
  await expect(citizen.getByTestId("track-flash")).toContainText("Đã nhận giấy tờ bổ sung");
  await citizen.goto(link!);
  await expect(citizen.getByTestId("supplement-invalid")).toBeVisible();

  // Staff process it to the end, with a note for the applicant at the result.
  await staff.reload();
  await expect(staff.getByTestId("dossier-file")).toHaveCount(3);
  if (await staff.getByTestId("step-start_processing").count()) await takeStep(staff, "start_processing");
  await takeStep(staff, "finish", RESULT_NOTE);
  await takeStep(staff, "return_result");
  await expect(staff.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");

  // The citizen sees the timeline (not the internal note) and rates the handling.
  await citizen.goto("/track");
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  await expect(citizen.getByTestId("track-result-date")).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  const timeline = citizen.getByTestId("timeline");
  await expect(timeline).toContainText("Hồ sơ đã được nộp trực tuyến.");
  await expect(timeline).toContainText(SUPPLEMENT_NOTE);
  await expect(timeline).toContainText(RESULT_NOTE);
  await expect(timeline).not.toContainText(INTERNAL_NOTE);
  await citizen.getByLabel("Rất hài lòng").check();
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(citizen.getByTestId("track-flash")).toContainText("Cảm ơn bạn đã đánh giá");
  await expect(citizen.getByTestId("dossier-rated")).toContainText("Rất hài lòng");
  const tracked = await citizen.request.get("/track");
  expect(tracked.headers()["cache-control"]).toMatch(/no-store/);

  // The public statistics count it: one more received this month, and a rating.
  const after = await statisticsTotals(citizen);
  expect(after.received).toBe(before.received + 1);
  expect(after.rated).toContain("lượt");
  await expect(citizen.getByTestId("statistics-chart").locator("svg title").first()).toContainText("Số hồ sơ tiếp nhận");
});
