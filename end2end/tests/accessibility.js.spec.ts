// WCAG 2.2 AA as axe-core checks it, on every kind of page, signed out and signed in. axe runs
// as a script in the page, so this runs in the JavaScript project only; the markup is the same
// without JavaScript.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

async function expectNoViolations(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const found = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}): ${v.help}`);
  expect(found).toEqual([]);
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
    "/en/verify",
    "/en/verify/AAAA-BBBB-CCCC",
  ]) {
    await expectNoViolations(page, path);
  }
  await expectNoViolations(page, "/en/no-such-page", 404);
});

test("signed-in pages have no accessibility violations", async ({ page }) => {
  await signIn(page, "demo-learner");
  await expectNoViolations(page, "/en/account");
  await expectNoViolations(page, "/en/home");
  // A lesson with her answer graded on it, and the "done" form.
  await page.goto("/en/courses/job-interview/what-is-an-interview");
  await page.locator("form.quiz").getByLabel("Only the employer").check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expectNoViolations(page, "/en/courses/job-interview/what-is-an-interview");
  await page.getByRole("button", { name: "Done, next lesson" }).click();
  await expectNoViolations(page, "/en/home");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await signIn(page, "demo-trainer");
  await expectNoViolations(page, "/en/trainer/certificates");
  await expectNoViolations(page, "/en/trainer");
  await page.getByRole("link", { name: "Demo group" }).click();
  const group = page.url().replace(/^https?:\/\/[^/]+/, "");
  await expectNoViolations(page, group);
  await page.locator(".progress-table").getByRole("link", { name: "demo-learner" }).click();
  await expectNoViolations(page, page.url().replace(/^https?:\/\/[^/]+/, ""));
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await signIn(page, "demo-admin");
  await expectNoViolations(page, "/en/admin");
});

test("a partner's authoring pages have no accessibility violations and fit 320 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, "demo-author");
  await expectNoViolations(page, "/en/author");
  await page.getByLabel("Title", { exact: true }).fill(`Axe course ${Date.now().toString(36)}`);
  await page.getByLabel("Other languages").fill("it");
  await page.getByRole("button", { name: "Create the course" }).click();
  const course = page.url().replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
  await page.getByLabel("Module title").fill("First part");
  await page.getByRole("button", { name: "Add a module" }).click();
  await page.getByLabel("Lesson title").fill("First lesson");
  await page.getByRole("button", { name: "Add a lesson" }).click();
  await page.getByLabel("Text (Markdown)").fill("A [broken link](09-none.md).");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  for (const path of [
    course,
    `${course}/settings`,
    `${course}/lessons/first-lesson/en`,
    `${course}/lessons/first-lesson/it`,
    `${course}/lessons/first-lesson/en/preview`,
  ]) {
    await expectNoViolations(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("account pages fit a 320 px wide screen in Italian without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const fits = async (path: string) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  };
  await fits("/it/sign-in");
  await fits("/it/reset");
  await fits("/it/verify");
  await page.goto("/it/join");
  await page.getByLabel("Codice di accesso").fill("DEMO-2026");
  await page.getByRole("button", { name: "Continua" }).click();
  await fits("/it/join");
  await page.getByRole("button", { name: "Non è questo gruppo? Usa un altro codice" }).click();
  for (const [handle, paths] of [
    ["demo-learner", ["/it/account", "/it/home", "/it/courses/job-interview/what-is-an-interview"]],
    ["demo-trainer", ["/it/trainer/certificates", "/it/trainer"]],
    ["demo-admin", ["/it/admin"]],
  ] as const) {
    await page.goto("/it/sign-in");
    await page.getByLabel("Nome su questo sito").fill(handle);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Accedi" }).click();
    for (const path of paths) await fits(path);
    if (handle === "demo-trainer") {
      await page.getByRole("link", { name: "Demo group" }).click();
      await fits(page.url().replace(/^https?:\/\/[^/]+/, ""));
      await page.locator(".progress-table").getByRole("link", { name: "demo-learner" }).click();
      await fits(page.url().replace(/^https?:\/\/[^/]+/, ""));
    }
    await page.getByRole("button", { name: "Esci", exact: true }).click();
  }
});
