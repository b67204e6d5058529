// What several browser tests do the same way: sign in and out as people do, make a fresh
// account through a trainer's join code, answer a quiz, and finish the interview course.
import { expect, type Page } from "@playwright/test";

// The demo accounts the server starts with (`serve --demo`, as the README's run command does).
export const DEMO_PASSWORD = "demo-password";

// Every interface language, by its code.
export const LANGUAGES = ["en", "it", "el", "ro", "bg", "de", "sq", "fr", "ar"];

export const INTERVIEW = "/en/courses/job-interview";
// The interview course's lessons, in order, each with the start of its right option.
export const INTERVIEW_LESSONS: [string, string][] = [
  ["what-is-an-interview", "Both: the employer and you"],
  ["learn-about-the-job", "Paid work, and also work at home"],
  ["prepare-your-answers", "Three things about work"],
  ["getting-there", "Call before the start time"],
  ["during-the-interview", "Say politely"],
  ["after-the-interview", "Ask for a written contract"],
];

export async function signIn(page: Page, handle: string, password = DEMO_PASSWORD) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Name on this site").fill(handle);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
}

/** A handle no earlier run used: letters, digits and dashes, at most 32 characters. */
export function freshHandle(prefix: string, project: string) {
  return `${prefix}-${project}-${Date.now().toString(36)}`.replace(/[^a-z0-9-]/gi, "").slice(0, 32);
}

/** Ticks an option of the lesson's quiz and sends it; returns the quiz's result region. */
export async function answer(page: Page, option: string) {
  const quiz = page.locator("form.quiz");
  await quiz.getByLabel(option).check();
  await quiz.getByRole("button", { name: "Check my answer" }).click();
  return page.locator(".quiz-result");
}

/** The demo trainer makes a group named `group` and a join code for it; the code. */
export async function newGroupCode(page: Page, group: string) {
  await signIn(page, "demo-trainer");
  await page.getByLabel("Group name").fill(group);
  await page.getByRole("button", { name: "Create the group" }).click();
  await page.getByRole("button", { name: "Create a join code" }).click();
  const code = (await page.locator(".join-code").first().textContent())!.trim();
  await signOut(page);
  return code;
}

/** A new learner joins with `code` and lands on her home page, signed in. */
export async function join(page: Page, code: string, handle: string, password: string) {
  await page.goto("/en/join");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Choose a name for this site").fill(handle);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/home$/);
}

/** Answers every lesson of the interview course right and marks it done, to its end. */
export async function finishInterviewCourse(page: Page) {
  for (const [index, [lesson, right]] of INTERVIEW_LESSONS.entries()) {
    await page.goto(`${INTERVIEW}/${lesson}`);
    const result = await answer(page, right);
    await expect(result.getByText("Right!")).toBeVisible();
    const last = index === INTERVIEW_LESSONS.length - 1;
    await page
      .getByRole("button", { name: last ? "Done, finish the course" : "Done, next lesson" })
      .click();
  }
  await expect(page).toHaveURL(/\/en\/home\?done=course_completed$/);
}
