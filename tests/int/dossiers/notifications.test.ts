// The applicant's e-mails through a REAL SMTP server started by this test (smtp-server on a free port), with
// SMTP_URL set as an operator would: at receipt, at a supplement request (with the upload link) and at the
// result, each to the address the applicant gave, in Vietnamese; an applicant who gave none gets nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "dossier-test-secret-0123456789abcdefghijklmnopq";
});
import { useTestDb } from "../../helpers/db";
import { dossierForm, FROM, makeOnlineProcedure } from "../../helpers/dossiers";
import { startTestSmtp, type TestSmtp } from "../../helpers/smtp";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
let smtp: TestSmtp;
let dossiers: typeof import("@/lib/dossiers/mutations");
let delivery: typeof import("@/lib/mail/delivery");

beforeAll(async () => {
  smtp = await startTestSmtp();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Sở Thông tin và Truyền thông <no-reply@stttt.example.gov.vn>");
  // The mail modules read the environment when they load: load them after setting it.
  vi.resetModules();
  dossiers = await import("@/lib/dossiers/mutations");
  delivery = await import("@/lib/mail/delivery");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

/** The sender runs after each commit; this waits until the server holds `n` messages. */
async function received(n: number) {
  for (let i = 0; i < 50 && smtp.received.length < n; i++) {
    await delivery.deliverPendingMail();
    if (smtp.received.length < n) await new Promise((r) => setTimeout(r, 100));
  }
  return smtp.received;
}

describe("e-mails to the applicant", () => {
  it("arrive at receipt, at the supplement request with its link, and at the result", async () => {
    smtp.received.length = 0;
    const staff = actorOf(await makeUser(t.db, "staff"));
    const p = await makeOnlineProcedure(t.db);
    const r = await dossiers.submitDossier(p.code, dossierForm(p), FROM);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const code = r.value.code;
    const [receipt] = await received(1);
    expect(receipt!.envelopeTo).toEqual(["nguyen.van.an@example.vn"]);
    expect(receipt!.subject).toBe(`Đã nhận hồ sơ trực tuyến – hồ sơ ${code}`);
    expect(receipt!.text).toContain(`Mã hồ sơ: ${code}.`);
    expect(receipt!.text).toContain("Ngày hẹn trả kết quả:");

    const take = async (step: string, input: Record<string, unknown> = {}) => {
      const x = await dossiers.takeDossierStep(staff, r.value.id, step, { note: "", visibility: "applicant", ...input });
      if (!x.ok) throw new Error(JSON.stringify(x.errors));
    };
    await take("accept");
    await take("request_supplement", { note: "Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp." });
    const supplement = (await received(2))[1]!;
    expect(supplement.subject).toBe(`Yêu cầu bổ sung hồ sơ – hồ sơ ${code}`);
    expect(supplement.text).toContain("Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp.");
    expect(supplement.text).toMatch(/\/track\/bo-sung\/\d+\.[A-Za-z0-9_-]{43}/);

    const link = /\/track\/bo-sung\/(\d+\.[A-Za-z0-9_-]{43})/.exec(supplement.text)![1]!;
    const form = new FormData();
    const { minimalPdf } = await import("../../helpers/documents");
    form.append("supplement", new File([new Uint8Array(minimalPdf())], "bo-sung.pdf", { type: "application/pdf" }));
    expect((await dossiers.submitSupplement(link, form, FROM)).ok).toBe(true);
    await take("finish", { note: "Đã cấp giấy phép." });
    const result = (await received(3))[2]!;
    expect(result.subject).toBe(`Hồ sơ đã có kết quả – hồ sơ ${code}`);
    expect(result.text).toContain("đánh giá việc giải quyết");
    expect(smtp.received).toHaveLength(3);
  });

  it("sends nothing to an applicant who gave no e-mail", async () => {
    smtp.received.length = 0;
    const p = await makeOnlineProcedure(t.db);
    expect((await dossiers.submitDossier(p.code, dossierForm(p, { email: "" }), FROM)).ok).toBe(true);
    await delivery.deliverPendingMail();
    expect(smtp.received).toHaveLength(0);
  });
});
