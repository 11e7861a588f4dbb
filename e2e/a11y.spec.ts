// Accessibility: the citizen-facing pages pass axe's WCAG 2.1 A/AA rules. Failures print each violation with
// its rule, help text and the elements involved, so they can be fixed without re-running.
import { test, expect } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { REFERENCE } from "./support";

const PAGES: { name: string; path: string; status: number }[] = [
  { name: "home", path: "/", status: 200 },
  { name: "news list", path: "/news", status: 200 },
  { name: "reference article", path: REFERENCE.path, status: 200 },
  { name: "search results", path: "/search?q=dang+ky", status: 200 },
  { name: "conference reports", path: "/conferences", status: 200 },
  { name: "404 page", path: "/news/khong-ton-tai", status: 404 },
];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`);
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join("\n")}`;
    })
    .join("\n");
}

for (const p of PAGES) {
  test(`${p.name} (${p.path}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    const res = await page.goto(p.path);
    expect(res?.status()).toBe(p.status);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    // Compare rule ids only, so the diff stays short; the message carries the details.
    expect(violations.map((v) => v.id), `axe violations on ${p.path}:\n${describe(violations)}`).toEqual([]);
  });
}
