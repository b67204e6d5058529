// Learning, as a learner and her trainer live it, with JavaScript on and off: a quiz answered
// wrong then right, lessons marked done, progress bars that move, a break and a return to
// where she stopped, a finished course; then her trainer sees her progress and the
// struggling flag, and downloads the group's table.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  INTERVIEW as COURSE,
  INTERVIEW_LESSONS as LESSONS,
  answer,
  freshHandle,
  newGroupCode,
  signIn,
  signOut,
} from "./helpers";

test("a learner learns, leaves, comes back, finishes; her trainer sees it and downloads the table", async ({
  page,
}, testInfo) => {
  // A group of her own, and a code to join it.
  const group = `Class ${freshHandle("l", testInfo.project.name)}`;
  const code = await newGroupCode(page, group);

  const handle = freshHandle("rose", testInfo.project.name);
  await page.goto("/en/join");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("and your progress: the lessons you finish")).toBeVisible();
  await page.getByLabel("Choose a name for this site").fill(handle);
  await page.getByLabel("Choose a password").fill("a sentence of mine");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/home$/);
  await expect(page.getByText("You have not started a course yet.")).toBeVisible();
  await expect(page.getByText("Your trainers at Demo Partner (IT) see your progress")).toBeVisible();

  // Wrong, then right: feedback and explanation each time, in a region read out.
  await page.goto(`${COURSE}/${LESSONS[0][0]}`);
  await expect(page.getByText("Lesson 1 of 6 · 0 of 6 lessons done")).toBeVisible();
  let result = await answer(page, "Only the employer");
  await expect(page).toHaveURL(/#quiz-who-asks-questions-result$/);
  await expect(result).toHaveAttribute("role", "status");
  await expect(result.getByText("Not yet.")).toBeVisible();
  await expect(result.getByText("Not only the employer. You can ask questions too.")).toBeVisible();
  await expect(result.getByText("Both sides ask questions. You can ask about")).toBeVisible();
  result = await answer(page, LESSONS[0][1]);
  await expect(result.getByText("Right!")).toBeVisible();
  await expect(result.getByText("Yes. An interview is a conversation.")).toBeVisible();
  await page.getByRole("button", { name: "Done, next lesson" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSONS[1][0]}$`));
  await expect(page.getByText("Lesson 2 of 6 · 1 of 6 lessons done")).toBeVisible();

  // Her home shows the bar moved; she leaves (the phone is shared) and comes back.
  await page.getByRole("link", { name: "My courses" }).click();
  const bar = page.locator("progress").first();
  await expect(bar).toHaveAttribute("value", "1");
  await expect(bar).toHaveAttribute("max", "6");
  await signOut(page);
  await signIn(page, handle, "a sentence of mine");
  await expect(page).toHaveURL(/\/en\/home$/);
  await expect(page.getByRole("heading", { name: "Continue where you stopped" })).toBeVisible();
  await page.getByRole("link", { name: "Learn about the job and the employer" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSONS[1][0]}$`));

  // The rest of the course, to its end.
  for (const [index, [, right]] of LESSONS.entries()) {
    if (index === 0) continue;
    await expect(page.getByText(`Lesson ${index + 1} of 6`)).toBeVisible();
    result = await answer(page, right);
    await expect(result.getByText("Right!")).toBeVisible();
    const last = index === LESSONS.length - 1;
    await page
      .getByRole("button", { name: last ? "Done, finish the course" : "Done, next lesson" })
      .click();
  }
  await expect(page).toHaveURL(/\/en\/home\?done=course_completed$/);
  await expect(page.getByText("You completed the course. Well done!")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Courses you finished" })).toBeVisible();

  // Another course, where one question keeps going wrong.
  await page.goto("/en/courses/safe-phone/screen-lock");
  for (let i = 0; i < 3; i++) {
    result = await answer(page, "123456");
    await expect(result.getByText("Not yet.")).toBeVisible();
  }
  await signOut(page);

  // Her trainer: her row, the struggling flag, the missed question, and the CSV.
  await signIn(page, "demo-trainer");
  await page.getByRole("link", { name: group }).click();
  const row = page.locator("tr", { hasText: handle });
  await expect(row).toContainText("6/6 (completed)");
  await expect(row).toContainText("struggling");
  await expect(page.locator(".needs-help")).toContainText(handle);
  await expect(page.getByText("Which PIN is best for your screen lock?")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the table (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("group-progress.csv");
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const line = csv.split("\r\n").find((l) => l.startsWith(`"${handle}"`));
  expect(line).toContain('"6/6","yes"');
  expect(line).toContain('"yes"');

  // And her own page: results lesson by lesson.
  await row.getByRole("link", { name: handle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(handle);
  await expect(page.getByText("not right yet, 3 tries")).toBeVisible();
  await expect(page.getByRole("img", { name: /Answers and lessons done per week/ })).toBeVisible();
});
