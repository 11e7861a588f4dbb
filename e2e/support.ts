// Shared facts for the end-to-end journeys: the reference article (db/seed-data) and small helpers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Locator } from "@playwright/test";

export const REFERENCE = {
  slug: "nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014",
  path: "/news/nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014",
  title: "Nghệ An: Triển khai nhiệm vụ công tác thông tin và truyền thông năm 2014",
  captions: [
    "Đồng chí Huỳnh Thanh Điền, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
    "Đồng chí Hồ Quang Thành, Giám đốc Sở TT&TT phát biểu tổng kết hội nghị",
    "Đồng chí Huỳnh Thanh Điền thay mặt lãnh đạo tỉnh trao tặng cờ thi đua của Bộ TT&TT cho đại diện lãnh đạo Sở TT&TT",
  ],
  author: "N.Hồng - Sở TTTT Nghệ An",
  source: "Mic.gov.vn",
  date: "02/01/2014",
} as const;

/** A sample notice (category "thong-bao") that the "dang ky" searches must find first. */
export const REGISTRATION_NOTICE_TITLE = "Hướng dẫn đăng ký hoạt động cơ sở in trên địa bàn tỉnh";

/** Collapses every run of whitespace (incl. non-breaking spaces) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Paragraphs of the original text (db/seed-data/article-2014-conference.txt) longer than 120 characters. */
export function referenceParagraphs(): string[] {
  const file = path.join(process.cwd(), "db", "seed-data", "article-2014-conference.txt");
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map(collapse)
    .filter((p) => p.length > 120);
}

/** The vote count shown in the rating box, as a number. */
export async function ratingCount(count: Locator): Promise<number> {
  const text = collapse((await count.textContent()) ?? "");
  const n = Number.parseInt(text, 10);
  if (!Number.isFinite(n)) throw new Error(`rating count is not a number: "${text}"`);
  return n;
}

/** Text that only a leaked stack trace or raw error would show to a citizen. */
export const STACK_TRACE = /\n\s+at [^\n]+\(|\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|\bError: /;

// The suite's accounts. ADMIN is the first administrator (SEED_ADMIN_* in playwright.config.ts), so it exists
// on both databases; e2e/auth.setup.ts enrols its second step (the key is kept in ADMIN_TOTP_KEY_FILE) and
// creates STAFF. DEMO_ADMIN is the demo account (db/seed-data/demo-users.ts): only on the embedded database.
export const ADMIN = { email: "quantri.e2e@example.gov.vn", password: "E2E-quan-tri-mat-khau-2026" };
export const STAFF = { email: "bientap.e2e@example.gov.vn", password: "E2E-bien-tap-mat-khau-2026", name: "Biên tập viên (e2e)" };
export const DEMO_ADMIN = { email: "quantri@example.gov.vn", password: "QuanTri-2026-demo" };
export const ADMIN_STATE = "e2e/.auth/admin.json";
export const STAFF_STATE = "e2e/.auth/staff.json";
export const ADMIN_TOTP_KEY_FILE = "e2e/.auth/admin-totp-key.txt";

/**
 * The code an authenticator app shows for `key`, one step ahead by default: a step the portal has not seen
 * yet (it refuses a step twice) and still within the one step of drift it allows.
 */
export async function totpCode(key: string, stepsAhead = 1): Promise<string> {
  const { generate } = await import("otplib");
  return generate({ secret: key.replace(/\s+/g, ""), epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
}

/**
 * Changes the department's phone number in /admin/settings (signed in as the administrator, through `baseURL`
 * when given), runs `check` with the new number, and puts the old one back whatever happened. The phone is in
 * every public page's footer: the simplest public change to watch for. `beforeSave` runs just before the
 * change is sent (with the form filled in), e.g. to have a cache hold the page as it is at that moment.
 */
export async function withChangedPhone(browser: Browser, baseURL: string | undefined, check: (phone: string) => Promise<void>, beforeSave?: () => Promise<void>): Promise<void> {
  const phone = `0238 ${String(Date.now()).slice(-7)}`;
  const admin = await browser.newContext({ storageState: ADMIN_STATE, ...(baseURL ? { baseURL } : {}) });
  const page = await admin.newPage();
  const save = async (value: string, justBefore?: () => Promise<void>) => {
    await page.goto("/admin/settings");
    const field = page.getByLabel("Điện thoại", { exact: false }).first();
    const before = await field.inputValue();
    await field.fill(value);
    await justBefore?.();
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(page.getByTestId("settings-message")).toBeVisible();
    return before;
  };
  const before = await save(phone, beforeSave);
  try {
    await check(phone);
  } finally {
    await save(before);
    await admin.close();
  }
}
