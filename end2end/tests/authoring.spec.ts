// A partner writes a course in the browser, with JavaScript on and off: two modules, three
// lessons and a quiz; a preview; a problem shown at its line, then fixed; publishing; a
// learner reads it; a second version keeps her progress and flags the Italian translation,
// whose readers see the notice.
import { expect, type Page, test } from "@playwright/test";
import { freshHandle, signIn, signOut } from "./helpers";

const QUIZ = "```quiz who-reads-it\nWho reads a CV first?\n\n- [x] The employer\n- [ ] A friend\n```";

/** Writes the lesson text in the editor she is on, and saves it. */
async function write(page: Page, text: string, button = "Save") {
  await page.getByLabel("Text (Markdown)").fill(text);
  await page.getByRole("button", { name: button, exact: true }).click();
}

/** Adds a lesson to the module headed `module` on the course page; lands in its editor. */
async function addLesson(page: Page, module: string, title: string) {
  const section = page.locator("section.module", { has: page.getByRole("heading", { name: module }) });
  await section.getByLabel("Lesson title").fill(title);
  await section.getByRole("button", { name: "Add a lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} · English` })).toBeVisible();
}

test("a partner writes, previews, fixes and publishes a course; learners read it across versions", async ({
  page,
}, testInfo) => {
  const title = `CV basics ${freshHandle("c", testInfo.project.name)}`;
  await signIn(page, "demo-author");
  await expect(page).toHaveURL(/\/en\/author$/);

  // A new course, in English and Italian.
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Other languages").fill("it");
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByText("The course is created.")).toBeVisible();
  const course = page.url().replace(/\?.*$/, "");
  for (const module of ["Before you write", "The parts"]) {
    await page.getByLabel("Module title").fill(module);
    await page.getByRole("button", { name: "Add a module" }).click();
  }

  // Three lessons; the first with a quiz, previewed as learners will see it.
  await addLesson(page, "Before you write", "Why a CV");
  await write(page, `An employer reads **many** CVs.\n\n${QUIZ}`, "Save and preview");
  await expect(page.getByText("Preview: learners see this once you publish.")).toBeVisible();
  await expect(page.locator("article strong", { hasText: "many" })).toBeVisible();
  await expect(page.getByText("Who reads a CV first?")).toBeVisible();
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await page.goto(course);
  await addLesson(page, "The parts", "Your work");
  await write(page, "List your work.\n\nSee [the next part](02-nowhere.md).");
  await page.goto(course);
  await addLesson(page, "The parts", "Your skills");
  await write(page, "List what you can do.");

  // A problem, at its lesson and line; fixed from there.
  await page.goto(course);
  const problems = page.locator("section.problems");
  await expect(problems.getByText("line 3")).toBeVisible();
  await expect(problems.getByText(/`02-nowhere\.md` points to no lesson of this course/)).toBeVisible();
  await expect(page.getByText("Fix the problems above first")).toBeVisible();
  await problems.getByRole("link", { name: /01-your-work\.md/ }).click();
  await expect(page.locator("section.problems").getByText("line 3")).toBeVisible();
  await write(page, "List your work.\n\nSee [the next part](02-your-skills.md).");
  await expect(page.locator("section.problems")).toHaveCount(0);

  // The Italian texts, each written beside the English one.
  await page.goto(`${course}/settings`);
  await page.locator('[name="title.it"]').fill("Le basi del CV");
  await page.locator('[name="summary.en"]').fill("What goes in a CV.");
  await page.locator('[name="summary.it"]').fill("Che cosa va in un CV.");
  await page.locator('[name="module.before-you-write.it"]').fill("Prima di scrivere");
  await page.locator('[name="module.the-parts.it"]').fill("Le parti");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  for (const lesson of ["why-a-cv", "your-work", "your-skills"]) {
    await page.goto(`${course}/lessons/${lesson}/it`);
    await expect(page.getByRole("heading", { name: "The English text" })).toBeVisible();
    const quiz = lesson === "why-a-cv" ? `\n\n${QUIZ.replace("Who reads a CV first?", "Chi legge per primo un CV?")}` : "";
    const link = lesson === "your-work" ? "\n\nVedi [la parte dopo](02-your-skills.md)." : "";
    await write(page, `Testo in italiano.${link}${quiz}`);
  }

  // Publishing shows what changes for learners first.
  await page.goto(course);
  await expect(page.getByText("First version: every lesson is new to learners.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  await signOut(page);

  // A learner of the organisation reads it, and finishes the first lesson.
  const slug = course.split("/").pop()!;
  await signIn(page, "demo-learner");
  await page.goto(`/en/courses/${slug}/why-a-cv`);
  await expect(page.getByText("An employer reads")).toBeVisible();
  await expect(page.getByText("Who reads a CV first?")).toBeVisible();
  await page.getByRole("button", { name: "Done, next lesson" }).click();
  await expect(page.getByText("1 of 3 lessons done")).toBeVisible();
  await signOut(page);

  // A second version changes the English lesson: its translation is out of date.
  await signIn(page, "demo-author");
  await page.goto(`${course}/lessons/why-a-cv/en`);
  await write(page, `An employer reads **many** CVs, quickly.\n\n${QUIZ}`);
  await page.goto(course);
  await expect(page.getByRole("link", { name: "Italiano (out of date)" })).toBeVisible();
  await expect(page.getByText("Changed lessons: Why a CV")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Version 2, published by demo-author")).toBeVisible();
  await signOut(page);

  // Her progress is kept; the Italian lesson tells its readers it may be behind.
  await signIn(page, "demo-learner");
  await page.goto(`/en/courses/${slug}/your-work`);
  await expect(page.getByText("1 of 3 lessons done")).toBeVisible();
  await page.goto(`/it/courses/${slug}/why-a-cv`);
  await expect(page.getByText("Questa traduzione potrebbe non essere aggiornata")).toBeVisible();
  await page.goto(`/en/courses/${slug}/why-a-cv`);
  await expect(page.getByText("An employer reads many CVs, quickly.")).toBeVisible();
});
