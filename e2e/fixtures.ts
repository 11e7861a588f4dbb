// The suite's `test` and `expect`: Playwright's, plus an automatic check that no page broke the
// Content-Security-Policy. Every page of every browser context a test opens (its own `page`, and contexts
// made with browser.newContext or browser.newPage) is watched: a console report of a violation, or a
// `securitypolicyviolation` event in the page, fails the test with the page and the directive. Specs
// import from here, never from @playwright/test directly.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect };
export type { APIRequestContext, APIResponse, Browser, BrowserContext, Locator, Page } from "@playwright/test";

// Chromium's own console line for a blocked resource or script, and the line our listener below writes.
const CSP_REPORT = /Content Security Policy|Content-Security-Policy|securitypolicyviolation/i;

/** Runs in every document before its own scripts (when JavaScript is on): reports what the policy blocked. */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
  });
}

async function watch(context: BrowserContext, found: string[]): Promise<void> {
  const onPage = (page: Page) => {
    page.on("console", (msg) => {
      if (CSP_REPORT.test(msg.text())) found.push(`${page.url()} — ${msg.text()}`);
    });
  };
  context.pages().forEach(onPage);
  context.on("page", onPage);
  await context.addInitScript(reportViolations);
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const found: string[] = [];
      await watch(context, found);
      // Contexts a test makes itself (browser.newPage goes through newContext too).
      const newContext = browser.newContext;
      (browser as { newContext: Browser["newContext"] }).newContext = async function (this: Browser, options) {
        const made = await newContext.call(this, options);
        await watch(made, found);
        return made;
      };
      try {
        await use(found);
      } finally {
        (browser as { newContext: Browser["newContext"] }).newContext = newContext;
      }
      expect(found, "the Content-Security-Policy blocked something on these pages").toEqual([]);
    },
    { auto: true },
  ],
});
