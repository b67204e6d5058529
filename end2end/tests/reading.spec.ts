// What a learner does: find a course, open it, read a lesson, go on, switch language.
import { expect, test } from "@playwright/test";

test("a learner reads a course from the catalogue onwards and switches language", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle("Courses · Skillpath");
  await expect(page.getByRole("heading", { level: 2, name: "Getting ready for work" })).toBeVisible();

  await page.getByRole("link", { name: "Preparing for a job interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preparing for a job interview");
  await expect(page.getByRole("heading", { name: /Before the interview/ })).toBeVisible();

  await page.getByRole("link", { name: "Start the course" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is a job interview?");
  await expect(page.getByRole("img", { name: /Two people talk at a table/ })).toBeVisible();

  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/en\/courses\/job-interview\/learn-about-the-job$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn about the job and the employer");

  // The lesson in Italian, on the same page: the pages stay in English.
  await page.locator(".translations").getByRole("link", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/en\/courses\/job-interview\/learn-about-the-job\?in=it$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Informati sul lavoro e sul datore di lavoro");

  // The pages in Italian, from the language list: the same lesson.
  await page.getByRole("link", { name: "Languages" }).click();
  await page.getByRole("button", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/it\/courses\/job-interview\/learn-about-the-job$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("link", { name: "Esci subito" })).toBeVisible();

  await page.getByRole("link", { name: /Precedente/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Che cos'è un colloquio di lavoro?");
});

test("the last lesson of a course says so and leads back to its contents", async ({ page }) => {
  await page.goto("/en/courses/job-interview/after-the-interview");
  await expect(page.getByText("You reached the end of this course.")).toBeVisible();
  await page.getByRole("link", { name: "Course contents" }).last().click();
  await expect(page).toHaveURL(/\/en\/courses\/job-interview$/);
});

test("a lesson fits a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/it/courses/job-interview/during-the-interview");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const exit = await page.getByRole("link", { name: "Esci subito" }).boundingBox();
  expect(exit?.height).toBeGreaterThanOrEqual(44);
});

test("a missing page says so in the page language, with a way back", async ({ page }) => {
  const response = await page.goto("/it/courses/job-interview/no-such-lesson");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  await page.getByRole("link", { name: "Torna a tutti i corsi" }).click();
  await expect(page).toHaveURL(/\/it$/);
});
