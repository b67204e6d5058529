// People: a trainer makes a group and a join code, a learner joins with it on a shared phone,
// reads, signs out, and Back shows nothing of hers. Runs with JavaScript on and off.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, freshHandle, signIn } from "./helpers";

const LESSON = "/en/courses/job-interview/what-is-an-interview";

test("a trainer's join code lets a learner in; after sign-out Back shows nothing of hers", async ({
  page,
}, testInfo) => {
  const group = `Class ${freshHandle("g", testInfo.project.name)}`;
  await signIn(page, "demo-trainer", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/en\/trainer$/);
  await page.getByLabel("Group name").fill(group);
  await page.getByRole("button", { name: "Create the group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group);
  await page.getByLabel("How many people can use it").fill("3");
  await page.getByRole("button", { name: "Create a join code" }).click();
  await expect(page.getByText("The join code is ready.")).toBeVisible();
  const code = (await page.locator(".join-code").first().textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  // The learner, on the same (shared) phone.
  const handle = freshHandle("sun", testInfo.project.name);
  await page.getByRole("link", { name: "Join with a code" }).first().click();
  await page.getByLabel("Join code").fill(code.toLowerCase().replace("-", " "));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Your trainers at Demo Partner (IT) will see")).toBeVisible();
  await expect(page.getByText(group)).toBeVisible();
  expect(page.url()).not.toContain(code);
  await page.getByLabel("Choose a name for this site").fill(handle);
  await page.getByLabel("Choose a password").fill("a sentence of mine");
  await expect(page.getByLabel("This is a shared phone")).toBeChecked();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/home$/);

  await page.goto(LESSON);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is a job interview?");
  await page.getByRole("link", { name: "My account" }).click();
  await expect(page.getByText(handle)).toBeVisible();
  expect(page.url()).not.toContain(handle);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByText(handle)).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is a job interview?");
  await expect(page.getByRole("link", { name: "My account" })).toHaveCount(0);

  // The trainer sees her in the group.
  await signIn(page, "demo-trainer", DEMO_PASSWORD);
  await page.getByRole("link", { name: group }).click();
  await expect(page.getByRole("link", { name: handle })).toBeVisible();
});

test("a group that is not hers is a page saying so, with the quick exit and a way back", async ({
  page,
}) => {
  // Another organisation's group and no group at all are answered alike, by design: the
  // server's tests hold that; here is what she sees.
  await signIn(page, "demo-trainer", DEMO_PASSWORD);
  const response = await page.goto("/en/trainer/cohorts/0123456789abcdef0123456789abcdef");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Quick exit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "My account" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all courses" }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test("a wrong password is explained, and the form can be tried again", async ({ page }) => {
  await signIn(page, "demo-learner", "not the password");
  await expect(page.getByRole("alert")).toHaveText(/The name or the password is not right/);
  await page.getByLabel("Name on this site").fill("demo-learner");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/home$/);
  await expect(page.getByRole("link", { name: "My account" })).toBeVisible();
});

test("signed-in pages load nothing from any other host and break no security policy", async ({
  page,
  baseURL,
}) => {
  const requested: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const [handle, paths] of [
    ["demo-learner", ["/en/account", LESSON, "/en/safety"]],
    ["demo-trainer", ["/en/trainer"]],
    ["demo-admin", ["/en/admin"]],
  ] as const) {
    await signIn(page, handle, DEMO_PASSWORD);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["cache-control"], path).toBe("no-store");
      await page.waitForLoadState("networkidle");
    }
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
  }
  expect(requested.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  expect(violations).toEqual([]);
});
