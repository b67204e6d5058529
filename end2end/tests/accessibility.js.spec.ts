// WCAG 2.2 AA as axe-core checks it, on every kind of page, signed out and signed in. axe runs
// as a script in the page, so this runs in the JavaScript project only; the markup is the same
// without JavaScript.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const DEMO_PASSWORD = "demo-password";

async function expectNoViolations(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const found = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}): ${v.help}`);
  expect(found).toEqual([]);
}

async function signIn(page: Page, handle: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Name on this site").fill(handle);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("public pages have no accessibility violations", async ({ page }) => {
  for (const path of [
    "/en",
    "/en/courses/job-interview",
    "/en/courses/job-interview/what-is-an-interview",
    "/it/sign-in",
    "/en/sign-in?error=wrong",
    "/en/join",
    "/en/reset",
    "/en/safety",
  ]) {
    await expectNoViolations(page, path);
  }
  await expectNoViolations(page, "/en/no-such-page", 404);
});

test("signed-in pages have no accessibility violations", async ({ page }) => {
  await signIn(page, "demo-learner");
  await expectNoViolations(page, "/en/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await signIn(page, "demo-trainer");
  await expectNoViolations(page, "/en/trainer");
  await page.getByRole("link", { name: "Demo group" }).click();
  await expectNoViolations(page, page.url().replace(/^https?:\/\/[^/]+/, ""));
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await signIn(page, "demo-admin");
  await expectNoViolations(page, "/en/admin");
});
