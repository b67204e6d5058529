// Quick exit once the island has hydrated (runs in the JavaScript project only).
import { expect, test } from "@playwright/test";

const NEUTRAL = "https://www.wikipedia.org/";
const LESSON = "/en/courses/job-interview/what-is-an-interview";

test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Neutral</title><p>Neutral</p>" }),
  );
});

test("with JavaScript, leaving replaces the page so Back does not return to it", async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.locator(".quick-exit-frame")).toHaveAttribute("data-active", "true");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain("/courses/");
});

test("with JavaScript, pressing Shift three times leaves too", async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.locator(".quick-exit-frame")).toHaveAttribute("data-active", "true");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
});
