// The lesson editor asks before a page with unsent changes is left, and quick exit never asks
// (runs in the JavaScript project only: without it, the form is a plain form).
import { expect, type Page, test } from "@playwright/test";
import { freshHandle, signIn } from "./helpers";

const NEUTRAL = "https://www.wikipedia.org/";

/** A new course with one lesson, written by the demo author: she lands in its editor. */
async function newLesson(page: Page, project: string) {
  await signIn(page, "demo-author");
  await page.getByLabel("Title", { exact: true }).fill(`Leaving ${freshHandle("c", project)}`);
  await page.getByRole("button", { name: "Create the course" }).click();
  await page.getByLabel("Module title").fill("First steps");
  await page.getByRole("button", { name: "Add a module" }).click();
  await page.getByLabel("Lesson title").fill("Saying hello");
  await page.getByRole("button", { name: "Add a lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saying hello · English" })).toBeVisible();
  await expect(page.locator(".ask-before-leaving")).toHaveAttribute("data-active", "true");
}

test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Neutral</title><p>Neutral</p>" }),
  );
});

test("leaving the editor with unsaved text asks first; saving does not", async ({ page }, testInfo) => {
  await newLesson(page, testInfo.project.name);
  const editor = page.url();
  const asked: string[] = [];
  page.on("dialog", async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  // Nothing typed yet: the page is left without a word.
  await page.getByRole("link", { name: "My courses" }).first().click();
  await expect(page).toHaveURL(/\/en\/author$/);
  expect(asked).toEqual([]);
  await page.goBack();
  await expect(page.locator(".ask-before-leaving")).toHaveAttribute("data-active", "true");

  // Typed and not saved: a tapped link asks, and staying keeps her text.
  const text = page.getByLabel("Text (Markdown)");
  await text.pressSequentially("Hello, and welcome.");
  await page.getByRole("link", { name: "My courses" }).first().click();
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  expect(page.url()).toBe(editor);
  await expect(text).toHaveValue("Hello, and welcome.");

  // Saved: the save itself, and the next link, go without a word.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("link", { name: "My courses" }).first().click();
  await expect(page).toHaveURL(/\/en\/author$/);
  expect(asked).toEqual(["beforeunload"]);
});

test("quick exit leaves the editor at once, unsaved text or not", async ({ page }, testInfo) => {
  await newLesson(page, testInfo.project.name);
  const asked: string[] = [];
  page.on("dialog", async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  await page.getByLabel("Text (Markdown)").pressSequentially("Half a sentence");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL);
  expect(asked).toEqual([]);
});
